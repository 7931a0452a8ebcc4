package moderation

import (
	"context"
	"testing"
)

// Families of misses found on heldout-9 once it had been measured,
// written anew.

func TestEngineAccentedWordsAreNoNamesRound6(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a verb with accents a first name lacks (Peter)", text: "franchement le site de la caf va me faire péter les plombs, trois fois que je recommence", decision: Publish, kept: []string{"péter"}},
		{name: "a participle with accents a first name lacks (Marie)", text: "je me suis marié en juin et la caf me demande encore le livret de famille", decision: Publish, kept: []string{"marié"}},
		{name: "the same at the start of a sentence", text: "Pété, l'écran de la borne à la gare. Personne ne répare.", decision: Publish, kept: []string{"Pété"}},
		{name: "an Italian future tense (Sara)", text: "sarà la terza volta che vengo in prefettura per lo stesso documento", decision: Publish, kept: []string{"sarà"}},
		{name: "a word after a role word (Lamine)", text: "le maire a laminé le budget des associations cette année", decision: Publish, kept: []string{"laminé"}},
		{name: "Italian come is no Côme", text: "in comune come al solito nessuno risponde al telefono", decision: Publish, kept: []string{"come"}},
		{name: "a lower-case name with its own accents is still masked", text: "c'est ramón qui m'a aidé au guichet, super gentil", decision: Publish, gone: []string{"ramón"}},
		{name: "a lower-case name without its accents is still masked", text: "j'ai été reçue par helene, très pro", decision: Publish, gone: []string{"helene"}},
		{name: "a name written with accents its listed spelling lacks is masked", text: "Andréa m'a très bien reçue au guichet.", decision: Publish, gone: []string{"Andréa"}},
		{name: "the same in lower case", text: "merci a maïté pour son aide, elle est top", decision: Publish, gone: []string{"maïté"}},
		{name: "the participle after the name is kept", text: "Merci à Marie du guichet 3, je suis marié depuis peu et tout est réglé.", decision: Publish, gone: []string{"Marie"}, kept: []string{"marié"}},
		{name: "a mark on nothing before a phone number", text: "Le numéro perso de l'agente : \u03000612345678, appelez-la le soir.", decision: Publish, gone: []string{"0612345678"}},
	})
}

func TestEngineRemarksOnLooksRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a remark on a clerk's looks in Spanish", text: "La cajera de la oficina de correos, qué buena está, por eso voy tanto.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a remark on an adviser's looks in Portuguese", text: "Fui à CAF só para ver a atendente, que boazuda.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a remark on an adviser's figure in French", text: "L'agente de l'accueil est bien gaulée, dommage qu'elle soit si lente.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a striptease wished on an agent", text: "Celle du guichet 2 devrait plutôt faire du strip-tease, elle aurait plus de succès.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "good food is no remark", text: "La comida del comedor social está buena y el personal es amable.", decision: Publish, absent: clean},
		{name: "a blonde who was curt is no remark", text: "La blonde au guichet m'a répondu sèchement mais le dossier est passé.", decision: Publish, absent: clean},
	})
}

func TestEngineThreatsOfHospitalRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "staff put in hospital", text: "Stop my housing benefit and I'll put that smug clerk in intensive care.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an adviser sent to hospital in French", text: "Si vous me radiez encore, je vais envoyer votre conseiller à l'hosto.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "everyone sent to hospital in Spanish", text: "Si me quitan el subsidio os mando a todos a urgencias.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the reader will end up in hospital", text: "Continuez à bloquer mon dossier et vous allez finir aux urgences.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own stress", text: "Je vais finir à l'hôpital avec ce stress, trois mois sans réponse de la CAF.", decision: Publish, absent: clean},
		{name: "a relative driven to hospital", text: "I will drive my father to the hospital after the appointment at the council.", decision: Publish, absent: clean},
		{name: "a form sent to the hospital", text: "Je vais envoyer le formulaire à l'hôpital, la CPAM dit qu'ils le rempliront.", decision: Publish, absent: clean},
		{name: "a doctor who sends patients to hospital", text: "The GP will send you to the hospital only if the tests are bad, said the CPAM.", decision: Publish, absent: clean},
	})
}

func TestEngineThreatsOnConditionsRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a child's school known, peace on conditions", text: "We know which school your son goes to. Pay my allowance and nobody gets hurt.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "slashing everyone in Spanish", text: "Si no sale mi expediente, vuelvo a la oficina y os rajo a todos.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "friends staying friends is no threat", text: "The adviser and I have known each other for years and we stay friends.", decision: Publish, absent: clean},
	})
}

func TestEngineSpamRound6(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a phrase said over and over around a link", text: "prime renov prime renov prime renov toutes les infos ici www.prime-renov-2026.info", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a site named again and again by a citizen is no spam", text: "sur doctolib.fr aucun créneau, doctolib ne propose rien, doctolib est saturé", decision: Publish, absent: []Kind{KindSpam}},
	})
}

func TestEngineHateAndInsultsRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group named, then called parasites", text: "Les migrants devant la sous-préfecture, ce sont des parasites, on devrait nettoyer le parvis.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group named, then insulted", text: "Il y a deux musulmanes au guichet maintenant, ces dégénérées font la loi.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group to be thrown out, in Spanish", text: "Los gitanos del barrio viven de las ayudas, habría que echarlos a todos.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group called rabble, in German", text: "Im Jobcenter sitzen nur Flüchtlinge, so ein Pack.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a clerk called a donkey, in Spanish", text: "El chico de la ventanilla es un burro, no sabe ni sumar.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "pests treated in a school yard", text: "Le service d'hygiène a traité les nuisibles dans la cantine, merci à la mairie.", decision: Publish, absent: clean},
		{name: "a group named, then dogs that are dogs", text: "Les gens du voyage sont arrivés avec leurs chiens, la mairie a ouvert l'aire d'accueil.", decision: Publish, absent: clean, modelReviews: true},
	})
}

func TestEngineVeiledThreatsRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a third person's route known, with a warning", text: "L'assistante sociale, je connais son trajet par coeur, elle passe par le parc à 18h. Qu'elle fasse attention.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a clerk's children watched, in German", text: "Ich habe gesehen wie Ihre Kollegin am Schalter ihre Tochter von der Schule abholt. Sie sollte sich gut überlegen, wie sie mit mir redet.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a clerk's hours known, in Spanish", text: "Sé a qué hora sale la señora de la ventanilla y dónde aparca. Que me den la cita, os lo advierto.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "whoever comes next leaves in an ambulance", text: "LE PROCHAIN QUI ME DIT DE REVENIR DEMAIN REPART EN AMBULANCE", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "whoever comes next gets hit", text: "The next one who tells me my file is incomplete gets punched, I swear.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "what will happen to you, in SMS", text: "vs allez voir ce ki va vs arriver a la caf demain", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a better idea is no threat", text: "Vous feriez mieux de répondre aux courriers, je connais la procédure par coeur.", decision: Publish, absent: clean},
		{name: "whoever comes next gets chocolates", text: "La prochaine qui me reçoit aussi bien aura droit à des chocolats.", decision: Publish, absent: clean},
		{name: "a mother taken away in an ambulance", text: "Ma mère est repartie en ambulance, le personnel des urgences a été parfait.", decision: Publish, absent: clean},
		{name: "the next one who asks gets a complaint", text: "The next person who asks me for the same document will get a very formal complaint.", decision: Publish, absent: clean},
	})
}

func TestEngineComparisonsAndRemarksRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a clerk's wits compared with a mollusc's", text: "Le conseiller du 3e étage a le cerveau d'une moule, il m'a demandé quatre fois mon nom.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a clerk's wits compared with a thing's", text: "That receptionist has the brains of a broom handle, honestly.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a machine's intelligence is no insult", text: "L'intelligence d'un robot conversationnel ne remplacera jamais un agent au guichet.", decision: Publish, absent: clean},
		{name: "an intern's cleavage ogled", text: "Je vais à la mairie pour mater le décolleté de l'agente d'accueil, le reste on s'en fiche.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "women called stupid", text: "Les femmes sont trop bêtes pour diriger un service, la preuve à la CPAM.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "the trope of a Jewish lobby", text: "Tout le monde sait que le lobby juif décide des contrôles fiscaux.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a soup that is good", text: "La soupe est bonne à la cantine municipale et les agents sont aimables.", decision: Publish, absent: clean},
	})
}

func TestEngineNamesRound6(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname the abuse lists allow, after a first name", text: "Merci à notre voisine Sarah Cockburn qui nous a conduits à la CPAM.", decision: Publish, gone: []string{"Sarah", "Cockburn"}},
		{name: "the same word alone is a town", text: "We live near Cockburnspath and the council office in Cockburn was closed.", decision: Publish, kept: []string{"Cockburnspath", "Cockburn"}},
		{name: "the allowed surname said again alone", text: "Merci à Dick Cockburn du guichet 2. Cockburn m'a rappelé le lendemain.", decision: Publish, gone: []string{"Dick", "Cockburn"}},
		{name: "an everyday word the abuse lists allow is no surname", text: "Trop pratique l'appli France Identité pour la procuration.", decision: Publish, kept: []string{"France Identité"}},
		{name: "a German title in the dative", text: "Vielen Dank an Herrn Lefebvre vom Bürgeramt für die schnelle Hilfe.", decision: Publish, gone: []string{"Lefebvre"}},
	})
}

func TestEngineHateAsAnOpinionRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group said lazy by nature", text: "Mon avis : les Africains du guichet 2 sont lents par nature, ça se voit.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group said ill", text: "Just my view: trans people are mentally ill and should not work with children at the crèche.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "women sent back to the kitchen", text: "Les femmes à la direction de la CAF, qu'elles aillent plutôt rester à la cuisine.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a clerk called a thing", text: "Le conseiller de l'agence, c'est une vraie potiche, il ne sait rien faire.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a clerk called a vegetable in English", text: "The adviser at the job centre is basically a wet sponge with a lanyard.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a plant in the hall", text: "Il y a une plante verte dans le hall de la mairie et des chaises confortables.", decision: Publish, absent: clean},
		{name: "women who run a food bank", text: "Women run the local food bank and the mairie supports them.", decision: Publish, absent: clean},
		{name: "deaf people who have an interpreter", text: "Les sourds ont enfin un interprète en langue des signes à la CAF, merci.", decision: Publish, absent: clean},
	})
}

func TestEngineTheWriterHimselfRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the writer calls himself a fool", text: "Je me suis sentie idiote d'avoir oublié le justificatif, mais l'agente a été très patiente.", decision: Publish, absent: clean},
		{name: "the writer calls himself a fool, after the word", text: "Quelle buse je fais, j'avais coché la mauvaise case. Corrigé en deux minutes par la CAF.", decision: Publish, absent: clean},
		{name: "the writer calls himself a fool in English", text: "I felt like a complete idiot at the desk, but the clerk was kind about it.", decision: Publish, absent: clean},
		{name: "an insult someone else threw at the writer", text: "Un monsieur dans la file m'a traité d'abruti, la vigile est intervenue tout de suite.", decision: Publish, absent: clean},
		{name: "the writer's own insult after a complaint", text: "Il m'a parlé comme à un chien, ce connard de guichetier.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "animals loved", text: "The staff at the animal shelter run by the council clearly love animals.", decision: Publish, absent: clean},
	})
}

func TestEngineArsonAndGangsRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "fuel at home, the reader's office", text: "J'ai deux jerricans dans le garage et votre bureau est plein de papier. À vous de voir.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a lighter and the reader's office, in German", text: "Ihr Büro hat keine Sprinkleranlage, habe ich gesehen. Ich habe zwei Kanister Benzin in der Garage.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "coming with the cousins, not to talk", text: "Si no me pagan, vuelvo a la oficina con mis primos y no vamos a hablar.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "petrol for the mower, asked about at the town hall", text: "I keep a can of petrol for the lawnmower; the mairie told me where to take the old one. Helpful staff.", decision: Publish, absent: clean},
		{name: "a petition with the lads of the estate", text: "Avec les gars du quartier on a remis une pétition à la mairie pour garder la poste ouverte.", decision: Publish, absent: clean},
	})
}

func TestEngineMoreInsultsRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a clerk called a real thing", text: "La secrétaire de la mairie, une vraie potiche, elle ne sait rien.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a clerk's manners compared with a thing's", text: "Le contrôleur a autant de charisme qu'une porte de garage fermée.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the writer calls himself old", text: "Vieux croûton comme moi, je ne comprends rien aux applis, mais l'agent a été patient.", decision: Publish, absent: clean},
		{name: "the writer's own bird brain", text: "Ma cervelle de moineau a encore oublié le mot de passe, la récupération marche bien.", decision: Publish, absent: clean},
		{name: "a real help", text: "La conseillère a été une vraie aide, je la remercie.", decision: Publish, absent: clean},
	})
}

func TestEngineReviewNegativesRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a pothole warning", text: "Le prochain qui tombe dans ce trou finira aux urgences, la mairie doit le reboucher.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a certificate sent to the hospital", text: "Demain je vais envoyer votre attestation à l'hôpital comme demandé.", decision: Publish, absent: clean},
		{name: "a better idea", text: "Votre trajet de bus 12 est mal conçu, vous feriez mieux de revoir le plan.", decision: Publish, absent: clean},
		{name: "a lighter confiscated", text: "Vos agents de sécurité m'ont confisqué mon briquet à l'entrée de l'agence.", decision: Publish, absent: clean},
		{name: "leaking brake lines on a bus", text: "Your buses are dangerous: the brake lines on the number 12 are leaking, the driver told me.", decision: Publish, absent: clean},
		{name: "a discussion that went wrong", text: "La discussion a dégénéré au guichet et l'agent a appelé la sécurité.", decision: Publish, absent: clean},
		{name: "the writer astonished", text: "J'étais ahurie par la réponse de la conseillère, mais elle avait raison.", decision: Publish, absent: clean},
		{name: "too kind", text: "Vous êtes trop bonne, madame, merci pour votre patience.", decision: Publish, absent: clean},
		{name: "a robot that checks forms", text: "Le conseiller m'a expliqué que c'est un robot qui valide les demandes.", decision: Publish, absent: clean},
		{name: "the CAF gives appointments", text: "La CAF donne des rendez-vous mais les traitements sont lents.", decision: Publish, absent: clean},
		{name: "an insult after a threat received is the writer's own", text: "Le guichetier m'a menacé, ce connard.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

func TestEngineSabotageAndWitnessesRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an agent's car tampered with", text: "La conseillère de France Travail devrait vérifier ses freins avant de rentrer ce soir.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "sugar in the reader's tank", text: "Un peu de sucre dans votre réservoir et votre belle voiture de fonction ne démarrera plus.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "settling it with no witnesses", text: "If my claim is refused again I'll settle it with you outside, no witnesses.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own car", text: "Quelqu'un a mis du sucre dans le réservoir de ma voiture devant la mairie, la police municipale a été top.", decision: Publish, absent: clean},
		{name: "the writer's own brakes", text: "My brake lines failed on the way to the job centre, so I missed the appointment.", decision: Publish, absent: clean},
		{name: "a flammable bin near a car", text: "Your car is parked next to a flammable waste bin at the CAF car park, please move it.", decision: Publish, absent: clean, modelReviews: true},
		{name: "petrol for the reader's car", text: "Your car needs petrol, the station near the CAF is closed on Sundays.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a match at the stadium", text: "Your team lost a match at the municipal stadium, the mairie should fix the pitch.", decision: Publish, absent: clean},
	})
}

func TestEngineSpamRound6Heldout15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "phishing in a public service's name", text: "CPAM : votre dossier de remboursement est bloqué. Débloquez-le ici : cpam-dossier-remboursement.info", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a citizen warning of the same", text: "Attention, faux SMS qui circule : cpam-dossier-remboursement.info, c'est une arnaque, ne cliquez pas.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "a loan offered by e-mail", text: "Besoin d'argent ? Prêt entre particuliers de 2 000 à 80 000 €, réponse rapide : pret.solidaire.rapide@gmail.com", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a paid service slipped after a review", text: "Accueil rapide à la préfecture de Metz. Si besoin je remplis vos dossiers ANEF, tarif unique 25 €, réservez-moi au 06 11 22 33 44.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a referral code after a review", text: "France Travail a validé ma formation, super. Ouvrez un compte en ligne avec mon code parrain ZX45 pour 50 € offerts.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a citizen asking to be called back", text: "Mon dossier APL est bloqué depuis mars, appelez-moi au 06 12 34 56 78 ou écrivez à jean.dupont@example.org, merci.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "a café's site is no public service's", text: "Le café-du-port.fr à côté de la CAF fait de bons croissants, j'y attends mon tour.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

func TestEngineSpamNegativesRound6(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a complaint naming the CAF three times with an article", text: "J'ai appelé la CAF trois fois, la CAF m'a renvoyé vers le site et la CAF ne répond toujours pas, comme le dit cet article https://www.ouest-france.fr/societe/caf-attente", decision: Publish, absent: []Kind{KindSpam}},
		{name: "a bus line named three times with a link", text: "Le bus 12 passe pas. Le bus 12 est en retard. Le bus 12 encore supprimé. https://www.actu.fr/bus", decision: Publish, absent: []Kind{KindSpam}},
	})
}

func TestEngineMaskedNamesCountAsOneWordRound6(t *testing.T) {
	// A long masked name must not push a threat's words apart on the
	// first reading and bring them together on the second.
	e := newTestEngine(t, nil)
	for _, text := range []string{
		"Je vais envoyer votre conseillère Marie-Christine Dupont-Moretti à l'hôpital.",
		"I will send your adviser Mary-Anne Smith-Jones to the hospital.",
	} {
		once, err := e.Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		twice, err := e.Moderate(context.Background(), Input{Text: once.Text})
		if err != nil {
			t.Fatal(err)
		}
		if once.Decision != Reject || twice.Decision != Reject {
			t.Errorf("%q: decisions %s then %s, want reject twice", text, once.Decision, twice.Decision)
		}
	}
}
