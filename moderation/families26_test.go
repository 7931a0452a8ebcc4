package moderation

import "testing"

// TestEngineSlursSomeoneElseCalledOfRound26: a slur someone else called
// the writer or his child is his report, published; one the writer
// called someone is his own.
func TestEngineSlursSomeoneElseCalledOfRound26(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "passive été traité de", text: "Au guichet de la gare, j'ai été traité de « sale arabe » par un autre voyageur et l'agent est intervenu.", decision: Publish, absent: abuse},
		{name: "s'est fait traiter de", text: "Mon fils de 12 ans s'est fait traiter de « gogol » dans le car scolaire, le chauffeur n'a rien dit.", decision: Publish, absent: abuse},
		{name: "called me a", text: "A man called me a dirty paki at the counter and the staff did nothing.", decision: Publish, absent: abuse},
		{name: "called my wife a", text: "Another parent called my wife a dirty gypsy at the school gate.", decision: Publish, absent: abuse},
		{name: "a traité ma femme de", text: "Au guichet, un homme a traité ma femme de sale arabe et personne n'a réagi.", decision: Publish, absent: abuse},
		{name: "the writer called him", text: "I called him a dirty paki and I'd do it again.", decision: Reject, kinds: abuse},
		{name: "the writer treated him as", text: "Je l'ai traité de sale arabe et je le redirai.", decision: Reject, kinds: abuse},
	})
}

// TestEngineHateWithoutSlursOfRound26: hate said without a slur.
func TestEngineHateWithoutSlursOfRound26(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "back to the kitchen", text: "Une femme conductrice de bus ? Retournez à la cuisine, mesdames.", decision: Reject, kinds: abuse},
		{name: "a country invaded", text: "Polish bin men, Romanian bus drivers... this country's been invaded.", decision: Reject, kinds: abuse},
		{name: "a nation kept for its own", text: "No more foreign doctors at the surgery. Britain for the British.", decision: Reject, kinds: abuse},
		{name: "rien à faire chez nous", text: "La mairie n'embauche que des Arabes à l'accueil. Ils ont rien à faire chez nous.", decision: Reject, kinds: abuse},
		{name: "a cook back in the kitchen", text: "Je suis retourné à la cuisine de la cantine pour récupérer le sac de mon fils.", decision: Publish, absent: abuse},
		{name: "staff not at home", text: "Les agents n'ont rien à faire chez nous le dimanche, le compteur est dehors.", decision: Publish, absent: abuse},
	})
}

// TestEngineDramaForetoldOfRound26: a bad end foretold is a threat after
// a demand, a warning or where staff work; alone it warns of a danger.
func TestEngineDramaForetoldOfRound26(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "after the writer's demand", text: "Vous l'aurez cherché. Si je n'ai pas ma pension lundi, il va y avoir un drame à l'agence.", decision: Reject, kinds: threat},
		{name: "after a warning", text: "Je vous préviens, il y aura un drame.", decision: Reject, kinds: threat},
		{name: "a danger in a building", text: "Le bâtiment B de la cité administrative est une poudrière : fils électriques apparents, extincteurs périmés, issue de secours bloquée par des cartons. Un jour il y aura un drame, faites les travaux avant.", decision: Publish, absent: threat},
		{name: "a crowded waiting room", text: "Un jour il y aura un drame dans cette salle d'attente bondée. Soixante personnes debout, pas de climatisation.", decision: Publish, absent: threat},
		{name: "batter him", text: "Next time that bus driver shuts the door on my kid I'm going to drag him out of his cab and batter him.", decision: Reject, kinds: threat},
		{name: "the police dragged him out", text: "The police had to drag him out of the car, and the officers were calm.", decision: Publish, absent: threat},
	})
}

// TestEngineNamesOfRound26: an English initial without a dot after a
// title, first names the list lacked, police ranks.
func TestEngineNamesOfRound26(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Mrs J Thornton", text: "Please refund to GB51 BARC 5377 8928 5424 51, account name Mrs J Thornton. Thanks", decision: Publish, kinds: name, gone: []string{"Thornton"}},
		{name: "Dr A Patel", text: "Dr A Patel saw me within ten minutes.", decision: Publish, kinds: name, gone: []string{"Patel"}},
		{name: "a wife named", text: "My wife, Anita Sharma, has been waiting for her appointment since January.", decision: Publish, kinds: name, gone: []string{"Anita", "Sharma"}},
		{name: "a Punjabi first name", text: "Kuldeep Gill at the council sorted it in a day.", decision: Publish, kinds: name, gone: []string{"Kuldeep", "Gill"}},
		{name: "PCSO kept", text: "I'd like to commend PCSO Danny Whitfield for his help with the flooding.", decision: Publish, kinds: name, gone: []string{"Danny", "Whitfield"}, kept: []string{"PCSO"}},
		{name: "Sgt", text: "Sgt Hughes was kind to my mother.", decision: Publish, kinds: name, gone: []string{"Hughes"}},
		{name: "an initial that is a word", text: "M. A Paris il fait beau, mais Mr I think so.", decision: Publish, kept: []string{"think"}},
	})
}
