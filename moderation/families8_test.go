package moderation

import "testing"

// Families of round 7 (2026-12-04), written for these tests: the texts of
// the corpora are not copied.

func TestEngineHurtBodyParts(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "breaking the reader's jaw", text: "Another 'missing document' letter and I'm breaking your jaw, simple as that.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "both legs of a third person", text: "When I find the caseworker who lost my file I'll snap both her arms.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a dative pronoun before the verb", text: "Le gardien du parking, je vais lui défoncer le crâne s'il me bloque encore.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "whoever comes next", text: "Le prochain qui me parle de pièce manquante, je lui pète les dents.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a staff member's face, by role", text: "I'm going to smash that receptionist's face in when I see her.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own fall", text: "Je me suis fracturé le bras en tombant dans l'escalier de la CPAM, rien n'était signalé.", decision: Publish, absent: clean},
		{name: "the writer's own leg", text: "I broke my leg in March and could not come to the appointment, please reschedule.", decision: Publish, absent: clean},
		{name: "a relative's accident", text: "Ma fille s'est cassé le poignet et les deux dents de devant à la cantine, personne ne m'a appelée.", decision: Publish, absent: clean},
		{name: "an agent's accident reported", text: "The clerk broke his arm skiing, so the office was shut for a fortnight. Get well soon!", decision: Publish, absent: clean},
		{name: "good luck", text: "Break a leg at your interview tomorrow, said the adviser. So kind.", decision: Publish, absent: clean},
		{name: "failing on a file", text: "Vous allez vous casser les dents sur ce recours, il est très solide.", decision: Publish, absent: clean},
		{name: "racking one's brains", text: "Ne vous cassez pas la tête pour le formulaire, je le rapporterai lundi.", decision: Publish, absent: clean},
	})
}

func TestEngineLeavingInAnAmbulance(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the adviser leaves on a stretcher", text: "Cancel my appointment once more and your adviser leaves on a stretcher.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "feet first", text: "Si l'huissier revient, il sortira les pieds devant, je vous préviens.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "not on his own legs", text: "Le contrôleur qui a fait ça ne repartira pas sur ses jambes la prochaine fois.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a relative taken away", text: "Mon père est sorti en ambulance après son malaise dans la file, merci au personnel.", decision: Publish, absent: clean},
		{name: "a fainting reported", text: "A man was carried out on a stretcher after fainting in the queue, the heating was off.", decision: Publish, absent: clean},
	})
}

func TestEngineWhatWillHappen(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "what will happen, said to the reader", text: "Refusez encore et vous allez voir ce qui va se passer à l'accueil.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the same in SMS spelling", text: "tu vas voir ce ki va se passer jeudi", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "nothing will happen", text: "Vous verrez ce qui va se passer : rien, le dossier restera bloqué comme d'habitude.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
	})
}

func TestEngineFutureOfTheFirstPerson(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a weapon after a verb in the future", text: "Qu'il revienne me saisir mes meubles, je le recevrai avec le fusil de mon père.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the future of any verb with two pronouns", text: "Je vous le rapporterai moi-même, ce dossier, avec ma batte.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a hunting weapon brought to be registered", text: "Je viendrai avec mon fusil de chasse pour le faire enregistrer, comme demandé par courrier.", decision: Publish, absent: clean},
		{name: "a future with no weapon", text: "Je vous rappellerai lundi avec les justificatifs demandés.", decision: Publish, absent: clean},
		{name: "a licence renewal", text: "Je passerai à la fédération valider mon permis de chasse, la carabine est déclarée.", decision: Publish, absent: clean},
	})
}

func TestEngineFirePromisedToWhatSomeoneOwns(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the reader's car", text: "Refusez encore mon aide au logement et votre bagnole va cramer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a third person's front door, in the future perfect", text: "Le contrôleur rira moins quand sa porte d'entrée aura pris feu.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "in English", text: "Tell the bailiff his garage will burn if he comes back.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own house, past", text: "Notre maison a brûlé l'hiver dernier, tous nos papiers avec, merci à l'assistante sociale.", decision: Publish, absent: clean},
		{name: "a neighbour's car, past", text: "The car of my neighbour caught fire outside the town hall, the firemen were quick.", decision: Publish, absent: clean},
	})
}

func TestEngineSomeonesAddressKnown(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an agent's habits and address", text: "La gestionnaire qui m'a radié, je connais ses habitudes et son adresse. À bon entendeur.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an e-mail address", text: "Je connais son adresse mail, je lui ai écrit cinq fois sans réponse.", decision: Publish, absent: clean},
		{name: "opening hours", text: "Je connais les horaires de l'agence, je viendrai à l'ouverture.", decision: Publish, absent: clean},
	})
}
