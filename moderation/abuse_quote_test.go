package moderation

import (
	"strings"
	"testing"
)

func TestReportedQuote(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Un usager a traité l'agente de « grosse vache » devant tout le monde.", "vache", true},
		{`The man kept calling the staff "useless parasites" until security came.`, "parasites", true},
		{"Someone sprayed 'lazy bastards' on the door of the post office.", "bastards", true},
		{"Ma voisine a reçu des menaces (« on va te brûler ta voiture ») et rien n'a suivi.", "brûler", true},
		{"J'ai trouvé une lettre : « on sait où tu vis » dans ma boîte.", "vis", false}, // found by the writer: judged, not dropped
		{"Mon message aux agents : « je vais vous tuer »", "tuer", false},
		{"Mes menaces sont claires : « je vais vous tuer »", "tuer", false},
		{"Je lui ai très poliment et calmement dit : « vous êtes un connard »", "connard", false},
		{`That "moron" told me to come back tomorrow.`, "moron", false},
		{"J’ai reçu plein d’insultes : « bande de connards ».", "connards", true},
		{`Sur la porte il y a une affiche "accueil sur rendez-vous" et pourtant ce mardi matin nous étions une bonne vingtaine à attendre debout dans le hall sans aucune information, avec des enfants et des personnes âgées, et un usager a traité l'agente de "grosse vache" devant tout le monde.`, "vache", true},
		{"Je lui ai dit : « vous êtes un incapable » et je le redis.", "incapable", false},
		{"I told him he was a 'useless prick' and I meant it.", "prick", false},
		{"Vous êtes des « incapables », tous autant que vous êtes.", "incapables", false},
		{"Les agents sont des incapables, on m'a dit d'attendre.", "incapables", false},
		{"The clerk's manner was rude and he's an idiot, don't go there.", "idiot", false},
		{"Il m'a traité de « cassos »\net voilà « con ».", "con", false},
		{"I overheard two clerks calling a customer 'that idiot' at the counter.", "idiot", true},
		{"Ein Kunde hat die Beamtin als 'dumme Kuh' beschimpft.", "Kuh", true},
		{"Ich habe den Beamten als 'Idiot' bezeichnet.", "Idiot", false},
	}
	for _, tc := range tests {
		i := strings.Index(tc.text, tc.word)
		if i < 0 {
			if tc.want {
				t.Fatalf("%q not in %q", tc.word, tc.text)
			}
			continue
		}
		toks, fold := newFolder().tokenize(tc.text, nil, nil)
		if got, _, _ := reportedQuote(tc.text, toks, fold, int32(i), int32(i+len(tc.word))); got != tc.want {
			t.Errorf("reportedQuote(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

func TestEngineReportedQuotesRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an insult a user shouted at the clerk", text: "Un monsieur a traité l'agent d'accueil de « gros con » parce qu'il fallait un ticket. L'agent est resté calme.", decision: Publish, absent: clean},
		{name: "a slur written on a wall", text: "Someone wrote 'dirty scroungers' on the wall of the benefits office. It was cleaned the same day.", decision: Publish, absent: clean},
		{name: "a threat a teacher received goes to a moderator, not rejected", text: "Mon mari, professeur, a reçu des menaces d'un élève (« je vais te planter »). L'inspection n'a rien fait.", decision: Review, kinds: []Kind{KindAbuse}, absent: []Kind{KindThreat}},
		{name: "the writer's own message, quoted", text: "Mon message aux agents de la CAF : « je vais vous planter ».", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own insult, quoted after adverbs", text: "Je lui ai très poliment et calmement dit : « vous êtes un connard ».", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "an insult the writer overheard", text: "I overheard two clerks calling a customer 'that idiot' behind the counter. Not acceptable.", decision: Publish, absent: clean},
		{name: "the writer's own insult in quotes", text: "J'ai dit à la conseillère : « vous êtes une idiote ». Je ne regrette rien.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "scare quotes around an insult", text: "Ces « abrutis » du guichet 4 m'ont encore renvoyé chez moi.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}
