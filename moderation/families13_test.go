package moderation

import (
	"slices"
	"testing"
)

// Families of round 13 (2026-12-05), written for these tests from the
// threats of testdata/train the rules missed, found by reading each file
// while it was left out of the threat model: their texts are not copied.

func TestEngineThreatsTheRulesMissedInTraining(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an SMS clitic before a broken limb", text: "la prochaine fois jlui casse le nez a ce guichetier", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "coming somewhere with a weapon", text: "si ma prime tombe pas lundi je monte a la mairie avec ma machette", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish voy al with a weapon", text: "Si no me dan la cita, voy al consulado con un cuchillo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German komm ich with a weapon", text: "Morgen komm ich mit dem Messer ins Amt.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the intent far before with a weapon", text: "I'll be in your waiting room on Monday morning at nine with a knife.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "French fire set, conjugated", text: "Un refus de plus et je mets le feu à votre agence.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a building in ashes", text: "Keep ignoring me and the job centre will be ashes by spring.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "blood promised in SMS spelling", text: "jvous previens y aura du sang a la caf lundi", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "bandages to bring", text: "On sera vingt devant l'agence mardi, prévoyez des pansements.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "justice by one's own hands", text: "Se a CAF não pagar até sexta, faço justiça com as minhas mãos.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "no guards where we meet", text: "On se reverra là où il n'y a pas de vigile, madame.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "not always behind the counter", text: "You won't always be behind that desk, madam.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "under the car", text: "Refuse my claim again and you should check under your car every morning.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a slap in Portuguese", text: "Amanhã volto lá e o funcionário leva um par de estalos.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a decision on a whim", text: "Je vais pas prendre cette décision sur un coup de tête, je relis le dossier.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "fire to the powder keg", text: "Je vais mettre le feu aux poudres en publiant tous vos courriers contradictoires.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "coming with papers", text: "Je débarque demain avec tous mes justificatifs, préparez le dossier.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a weapon at the shooting range", text: "Je passerai au stand de tir samedi avec ma carabine pour le concours du club.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a fire that happened", text: "C'est dommage, le gymnase a brûlé l'an dernier et rien n'a été reconstruit.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "no guard as a safety complaint", text: "Il n'y a pas de vigile à l'accueil le soir, les agents se sentent en danger.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineSurnamesThatAreWordsAndSaidToTheReader(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname that is a word after a role and a first name", text: "La conseillère Nathalie Petit m'a rappelé deux fois.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Nathalie", "Petit"}},
		{name: "a surname said to the reader ending the text", text: "No vuelva a perder mis papeles, Fernández.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Fernández"}, modelReviews: true},
		{name: "a surname said to the reader before the next sentence", text: "Grazie davvero, Bianchi. La pratica è finalmente chiusa.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Bianchi"}},
		{name: "a town after a comma stays", text: "Je suis allée à la préfecture de Lyon, puis à Villeurbanne.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Lyon", "Villeurbanne"}},
		{name: "a word surname starting a list stays", text: "Merci pour tout, Bon courage à toute l'équipe.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Bon courage"}},
	})
}

func TestEngineReadersChildAndItsSchool(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a question tag", text: "Votre fils est en sixième au collège Jean Rostand, n'est-ce pas ? Bonne journée.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "English, with a demand", text: "Your little girl goes to the nursery on Park Road. Sort my claim out.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German nicht wahr", text: "Ihre Tochter geht doch in die Grundschule am Markt, nicht wahr?", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish tus and verdad", text: "Tus hijos salen del colegio a las cinco, ¿verdad?", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "advice to parents", text: "Si vos enfants mangent à la cantine de l'école, regardez les menus avant.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "the writer's own child", text: "La mairie a fermé l'école de mon fils sans prévenir, n'est-ce pas scandaleux ?", absent: []Kind{KindThreat}},
		{name: "what parents must bring", text: "Pour inscrire vos enfants à l'école, la mairie demande un justificatif de domicile.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineMoreThreatsTheRulesMissedInTraining(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "German slang for killing", text: "Du Penner vom Jobcenter, dich mach ich kalt, wenn ich dich erwische.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a bullet deserved", text: "Ese inspector de Hacienda merece un tiro, te lo digo yo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "not in one piece", text: "We're coming to the job centre on Thursday and that manager is not leaving in one piece.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a life made hell, announced", text: "Je vais faire de votre vie un enfer, madame de la CAF.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a Spanish plan to burn", text: "Pienso quemar el coche de ese funcionario si no me pagan.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a German condition before a building burns", text: "Wenn ich bis Freitag keinen Bescheid habe, brennt die Agentur.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "cars keyed", text: "Gonna key every car in the town hall car park tonight.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "getting home whole", text: "Bonne route ce soir, madame... si vous y arrivez entier.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "beyond words", text: "You have until Friday, council. After that it's not words anymore.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a reform that will kill services", text: "Cette réforme va tuer les petites agences de la CAF dans les villages.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a life made hell, described", text: "La CAF fait de votre vie un enfer avec ses contrôles à répétition.", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
		{name: "a guard who did nothing", text: "On m'a volé mon sac devant l'agence, personne n'a bougé, même pas le vigile.", decision: Publish, absent: []Kind{KindThreat}},
	})
	// The rules alone: the threat model sends these to a moderator (wenn
	// ich, Büro; a threat quoted), which is its own reading, not the
	// rules'.
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a threat reported with saying", text: "Ieri un signore ha minacciato l'impiegata della CAF allo sportello dicendo 'ti aspetto fuori'.", absent: []Kind{KindThreat}},
		{name: "a light that burns", text: "Wenn ich ins Büro komme, brennt dort immer noch das Licht.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineFirstNamesBeforeWhereThePersonWorks(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, then an article and a workplace", text: "Rosa, la señora de la oficina de empleo, me ayudó con el formulario.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rosa"}},
		{name: "an Italian first name that is a word before dell'", text: "Felice dell'ufficio anagrafe mi ha aiutato con il certificato.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Felice"}},
		{name: "a German signature after gez.", text: "Bitte um Rückruf wegen des Bescheids. Mit freundlichen Grüßen, gez. Schulte", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Schulte"}},
		{name: "a lower-case Dutch name after a title", text: "herr van den brink vom bürgeramt hat zurückgerufen", kinds: []Kind{KindPersonName}, gone: []string{"brink"}},
		{name: "a Portuguese short first name", text: "Falei com o Zé da portaria e ele resolveu tudo.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Zé"}},
		{name: "a word before pour la mairie stays", text: "Victoire, pour la mairie, c'était facile : trois jours d'attente seulement.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Victoire"}},
		{name: "happy in Italian stays", text: "Felice di aver finito, sono uscito dall'ufficio con il certificato.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Felice"}},
	})
}

func TestEnginePersonalDataOfRound13(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a spelled address ending the text", text: "Para cualquier cosa escríbanme a lucia.moreno arroba gmail.com", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"lucia.moreno", "gmail.com"}},
		{name: "a National Insurance number joined", text: "HMRC lost my record again, my NI number is SN482913B.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"SN482913B"}},
		{name: "a National Insurance number in pairs", text: "The consulate needs my NI number, SN 48 29 13 B, on the S1 form.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"SN", "48 29 13", "13 B"}},
		{name: "a lower-case first name before an e-mail address", text: "ecrivez a rama jean@free.fr pour le dossier", kinds: []Kind{KindPersonalData}, gone: []string{"jean@free.fr"}},
		{name: "a site after at ending the text", text: "All the forms are available at service-public.fr", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"service-public.fr"}},
	})
}

func TestEngineInsultsAndHateOfRound13(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "German lazy sacks", text: "Ihr seid doch alle faule Säcke auf dem Bürgeramt.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Portuguese useless ones", text: "Vocês são uns inúteis no consulado, três meses para um passaporte.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a group said to get everything", text: "Those migrants get everything handed to them by the housing office.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group said to steal homes", text: "Gli immigrati ci rubano le case popolari, vergogna.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "people fleeing a war", text: "Les réfugiés ne viennent que pour fuir la guerre, accueillons-les mieux à la préfecture.", decision: Publish, absent: []Kind{KindAbuse}},
	})
}

// TestSpamRawTermsInTheirOrder checks that the raw spam terms (with a
// symbol) are kept in the order of their text, not of the map they come
// in: which of two found in a text gives the flag its span must be the
// same in every process.
func TestSpamRawTermsInTheirOrder(t *testing.T) {
	terms := map[string]int{"t.me/": 3, "bit.ly/": 3, "100%": 2, "wa.me/": 3, "50€": 2, "discord.gg/": 3, "@gmail": 1}
	for range 5 {
		s := newSpam(terms, nil)
		if !slices.IsSorted(s.raw) {
			t.Fatalf("raw spam terms %q: want them sorted", s.raw)
		}
	}
}
