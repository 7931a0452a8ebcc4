package moderation_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/moderation/lexicon"
)

func ExampleEngine_Moderate() {
	engine, err := moderation.New(nil)
	if err != nil {
		panic(err)
	}
	res, err := engine.Moderate(context.Background(), moderation.Input{
		Text: "Merci à Mme Dupont de la CAF, rappelez-moi au 06 12 34 56 78.",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Decision, res.Lang, res.Kinds())
	fmt.Println(res.Text)
	// Output:
	// publish fr [person_name personal_data]
	// Merci à Mme [nom masqué] de la CAF, rappelez-moi au [téléphone masqué].
}

func ExampleEngine_Moderate_abuse() {
	engine, _ := moderation.New(nil)
	for _, text := range []string{
		"Putain, trois heures d'attente au guichet.",
		"Le conseiller est un vrai connard.",
		"Si on me refuse encore je reviens avec un fusil.",
	} {
		res, _ := engine.Moderate(context.Background(), moderation.Input{Text: text})
		fmt.Println(res.Decision, res.Kinds())
	}
	// Output:
	// review [profanity]
	// review [abuse]
	// reject [threat abuse]
}

func ExampleOptions() {
	agents, _ := moderation.LoadAgents(strings.NewReader("caf-94\tGwenaëlle Kerbrat\n"))
	engine, _ := moderation.New(&moderation.Options{
		Agents: agents,
		Lexicon: &lexicon.Set{
			Abuse: []lexicon.AbuseTerm{{Term: "tocard", Category: lexicon.Insult, Severity: 2, Lang: "fr"}},
		},
	})
	res, _ := engine.Moderate(context.Background(), moderation.Input{
		Service: "caf-94",
		Text:    "gwenaelle kerbat est une tocard",
	})
	fmt.Println(res.Decision, res.Text)
	// Output:
	// review [nom masqué] est une tocard
}

func ExampleDecisionPolicy() {
	// An agency that publishes shouting but rejects every insult.
	engine, _ := moderation.New(&moderation.Options{Policy: &moderation.DecisionPolicy{
		Review: moderation.SeverityLow,
		Reject: moderation.SeverityMedium,
		Kinds:  map[moderation.Kind]moderation.Decision{moderation.KindShouting: moderation.Publish},
	}})
	res, _ := engine.Moderate(context.Background(), moderation.Input{Text: "TROIS MOIS SANS RÉPONSE DE LA PRÉFECTURE"})
	fmt.Println(res.Decision, res.Kinds())
	// Output:
	// publish [shouting]
}
