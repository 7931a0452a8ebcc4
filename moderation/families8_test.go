package moderation

import (
	"context"
	"slices"
	"strings"
	"testing"
)

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
		{name: "a warning about a pavement", text: "Vous allez vous casser une jambe sur ces pavés descellés devant la médiathèque.", decision: Publish, absent: clean},
		{name: "someone else's fall foreseen", text: "He'll break his leg on that pothole on Station Road one day, it's been there since March.", decision: Publish, absent: clean},
		{name: "a surgeon's treatment", text: "Le chirurgien va lui casser le nez pour le redresser, la mutuelle refuse de payer.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a broken arm described", text: "J'accompagnerai ma fille au rendez-vous car son bras cassé l'empêche d'écrire.", decision: Publish, absent: clean},
		{name: "head office", text: "You'll have to ask head office, they will face the music for this mess.", decision: Publish, absent: clean},
	})
}

func TestEngineLeavingInAnAmbulance(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the adviser leaves on a stretcher", text: "Cancel my appointment once more and your adviser leaves on a stretcher.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "feet first", text: "Si l'huissier revient, il sortira les pieds devant, je vous préviens.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "not on his own legs", text: "Le contrôleur qui a fait ça ne repartira pas sur ses jambes la prochaine fois.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a relative taken away", text: "Mon père est sorti en ambulance après son malaise dans la file, merci au personnel.", decision: Publish, absent: clean},
		{name: "a relative's transport", text: "Ma mère sortira en ambulance demain de l'hôpital pour rejoindre l'EHPAD, qui paie le transport ?", decision: Publish, absent: clean},
		{name: "a parent's discharge", text: "My dad is leaving in an ambulance tomorrow morning, the discharge team was great.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a fainting reported", text: "A man was carried out on a stretcher after fainting in the queue, the heating was off.", decision: Publish, absent: clean},
	})
}

func TestEngineWhatWillHappen(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "what will happen, after an ultimatum", text: "Refusez encore et vous allez voir ce qui va se passer à l'accueil.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "the same in SMS spelling", text: "Si je n'ai pas ma réponse, tu vas voir ce ki va se passer jeudi", decision: Review, kinds: []Kind{KindThreat}},
		{name: "with harm said, a threat", text: "Vous allez voir ce qui va se passer : je vais tout casser dans votre agence.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "at the ballot box", text: "Fermez la maternité et vous allez voir ce qui va se passer dans les urnes.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}, modelReviews: true},
		{name: "a bug shown", text: "Regardez la vidéo jusqu'au bout, vous allez voir ce qui va se passer quand on clique sur Valider : une page blanche.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "nothing will happen", text: "Vous verrez ce qui va se passer : rien, le dossier restera bloqué comme d'habitude.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}, modelReviews: true},
	})
}

func TestEngineFutureOfTheFirstPerson(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a weapon after a verb in the future", text: "Qu'il revienne me saisir mes meubles, je le recevrai avec le fusil de mon père.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the future of any verb with two pronouns", text: "Je vous le rapporterai moi-même, ce dossier, avec ma batte.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a hunting weapon brought to be registered", text: "Je viendrai avec mon fusil de chasse pour le faire enregistrer, comme demandé par courrier.", decision: Publish, absent: clean},
		{name: "a future with no weapon", text: "Je vous rappellerai lundi avec les justificatifs demandés.", decision: Publish, absent: clean},
		{name: "a weapon handed in", text: "Je remettrai le fusil de chasse de mon défunt père à la gendarmerie lors de l'opération d'abandon d'armes.", decision: Publish, absent: clean},
		{name: "a tool for a workshop", text: "J'apporterai mon couteau à bois pour l'atelier de sculpture de la MJC, c'est écrit sur le programme.", decision: Publish, absent: clean},
		{name: "the future of a verb of harm announces it", text: "Je lui péterai les genoux s'il refuse encore mon dossier.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a licence renewal", text: "Je passerai à la fédération valider mon permis de chasse, la carabine est déclarée.", decision: Publish, absent: clean},
	})
}

func TestEngineFirePromisedToWhatSomeoneOwns(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the reader's car", text: "Refusez encore mon aide au logement et votre bagnole va cramer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a third person's front door, with a warning", text: "Je vous préviens : sa porte d'entrée aura pris feu avant lundi.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a forecast of drought", text: "Je crois que leur jardin va flamber avec cette sécheresse, il faudrait interdire les barbecues.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a car that burned", text: "Je vous signale que sa voiture a brûlé devant le collège, c'est la troisième ce mois-ci.", decision: Publish, absent: clean},
		{name: "the reader's van, tonight", text: "Your caseworker's van will burn tonight.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an electrical hazard", text: "L'électricien est formel : avec ces câbles qui pendent, votre garage va prendre feu un jour.", decision: Publish, absent: clean, modelReviews: true},
		{name: "fuel burned", text: "Avec la déviation de 12 km, votre camionnette va cramer deux fois plus de gasoil.", decision: Publish, absent: clean, modelReviews: true},
		{name: "burning garden waste", text: "Est-ce qu'il faut brûler les déchets de votre jardin ou les porter à la déchetterie ?", decision: Publish, absent: clean},
		{name: "in English", text: "Tell the bailiff his garage will burn if he comes back.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own house, past", text: "Notre maison a brûlé l'hiver dernier, tous nos papiers avec, merci à l'assistante sociale.", decision: Publish, absent: clean},
		{name: "a neighbour's car, past", text: "The car of my neighbour caught fire outside the town hall, the firemen were quick.", decision: Publish, absent: clean},
	})
}

// Spam of round 7: links disguised from filters, text typed over and
// over, keyword lists with no link, a private sale slipped into a review.
func TestEngineSpamRound7(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "hxxp and a dot in brackets", text: "Votre remboursement ameli est prêt, connectez-vous sur hxxps://ameli-dossier[.]net avant vendredi.", decision: Reject, kinds: spam},
		{name: "a dot spelled out", text: "Prêt rapide sans banque, tout se fait sur pret-facile point com, réponse immédiate", decision: Reject, kinds: spam},
		{name: "a domain set apart by spaces", text: "Les meilleurs paris du week-end sur w w w . pari - roi . com avec le code WIN50", decision: Reject, kinds: spam},
		{name: "an e-mail address written out is the writer's", text: "Répondez-moi à lucie point garnier arobase orange point fr, la CAF ne m'a rien envoyé.", decision: Publish, absent: spam},
		{name: "an e-mail address in brackets", text: "my email is sam [at] harlow-studio [dot] com, still no answer about my housing benefit", decision: Publish, absent: spam},
		{name: "a point made, not a dot", text: "Le conseiller m'a appelé chaque mois pour faire le point. Ça change tout.", decision: Publish, absent: spam},
		{name: "a Spanish punto", text: "La prefectura ha abierto un punto de información en la entrada, muy práctico.", decision: Publish, absent: spam},
		{name: "one word typed over and over", text: "essai essai essai essai essai essai essai essai", decision: Reject, kinds: spam},
		{name: "a few words typed over and over", text: "lol lol lol mdr mdr lol lol lol", decision: Reject, kinds: spam},
		{name: "thanks said over and over", text: "merci merci merci merci merci merci", decision: Publish, absent: spam},
		{name: "punctuation alone", text: "????????????????????????", decision: Reject, kinds: spam},
		{name: "a keyword list with no link, one weak advertising word", text: "vitrier paris pas cher, vitrier urgence paris, vitrier 75011, remplacement vitre paris, vitrier rapide paris", decision: Review, kinds: spam},
		{name: "a keyword list with no link, two advertising words", text: "cbd pas cher livraison rapide, fleurs cbd, huile cbd, cbd shop france, cbd légal, cbd bio", decision: Reject, kinds: spam},
		{name: "one word said over and over in a complaint", text: "Promotion interne refusée, promotion bloquée, promotion gelée depuis 2019, syndicat saisi", decision: Publish, absent: spam},
		{name: "a space before a full stop", text: "J'ai attendu deux heures . Ça suffit maintenant", decision: Publish, absent: spam},
		{name: "a public service's site written with spaces", text: "Le site www . impots . gouv . fr marche mal", decision: Publish, absent: spam},
		{name: "an information desk", text: "Allez au point info.", decision: Publish, absent: spam},
		{name: "a dot in brackets in prose", text: "Le champ montre [.] au lieu du montant", decision: Publish, absent: spam},
		{name: "an e-mail address written out with brackets", text: "écrivez à jean [dot] dupont [at] gmail [dot] com", decision: Publish, absent: spam},
		{name: "a carrier's own site", text: "J'ai suivi mon colis sur colissimo.fr, rien depuis 10 jours", decision: Publish, absent: spam},
		{name: "an opinion said over and over", text: "nul nul nul nul nul nul", decision: Publish, absent: spam},
		{name: "an emoji with exclamation marks", text: "😡😡 !!!!!!!!!!", decision: Publish, absent: spam},
		{name: "e-mail addresses in a list", text: "jean.dupont@gmail.com ; marie.durand@orange.fr ; paul.martin@free.fr", decision: Publish, absent: spam},
		{name: "a complaint naming a service again and again", text: "La CAF ne répond pas, la CAF perd mes papiers, et la CAF me demande encore un justificatif pas cher à obtenir.", decision: Publish, absent: spam},
		{name: "a citizen who gives his number", text: "Je vends ma maison et le notaire attend le certificat d'urbanisme depuis deux mois, rappelez-moi au 06 21 43 65 87", decision: Publish, absent: spam},
		{name: "a chain letter", text: "La CPAM rembourse 300€ à ceux qui envoient ce message à 10 personnes, ne brisez pas la chaîne !", decision: Reject, kinds: spam},
	})
}

// An entity that unescapes to a longer text ("&nGt;" is "≫⃒") must not
// stop the stripping of markup written as entities behind it; a phone
// number after a note's bracket is masked.
func TestEngineEntitiesAndBrackets(t *testing.T) {
	e := newTestEngine(t, nil)
	for _, text := range []string{
		strings.Repeat("&nGt;", 20) + "&lt;script&gt;alert(1)&lt;/script&gt;",
		strings.Repeat("&nGt;", 8) + "&lt;img src=x onerror=alert(1)&gt;",
	} {
		res, err := e.Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(res.Text, "<") || !slices.Contains(res.Kinds(), KindMarkup) {
			t.Errorf("%q: text %q, flags %+v: want the markup removed and flagged", text, res.Text, res.Flags)
		}
	}
	for _, text := range []string{"voir note [1],06 12 34 56 78", "mon fixe [perso],0612345678"} {
		res, err := e.Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(res.Text, "56 78") || strings.Contains(res.Text, "345678") {
			t.Errorf("%q: text %q: want the phone number masked", text, res.Text)
		}
	}
}
