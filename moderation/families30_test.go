package moderation

import "testing"

// TestEngineThreatsOfRound30: where a killing leaves a person ("I will put
// that social worker in the ground", "six pieds sous terre"). Not bulbs put
// in the ground, a relative in an early grave; not hazards warned of as the
// reader's interest ("les piétons ont intérêt à faire gaffe en sortant du
// tram"); nor a hazard that will hurt someone as they fall, which the
// models do not read either, though a threat of getting hurt walking out
// still is one.
func TestEngineThreatsOfRound30(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a worker put in the ground", text: "If social services come near my kids again I will put that social worker in the ground. Not a joke.", decision: Reject, kinds: threat},
		{name: "six pieds sous terre", text: "Je vais mettre ce contrôleur six pieds sous terre.", decision: Reject, kinds: threat},
		{name: "pedestrians warned", text: "Les piétons ont intérêt à faire gaffe en sortant du tram, le quai est glissant.", decision: Publish, absent: threat, modelReviews: true},
		{name: "scooters behind", text: "En sortant du parking, vous avez intérêt à regarder derrière vous, les trottinettes arrivent à fond.", decision: Publish, absent: threat, modelReviews: true},
		{name: "hurt walking out", text: "If you evict me, someone from your office will get hurt walking out of that building.", decision: Reject, kinds: threat},
		{name: "bulbs in the ground", text: "He put the bulbs in the ground last week.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a mother in an early grave", text: "The council will put my mother in an early grave with this stress.", decision: Publish, absent: threat},
		{name: "a father buried", text: "My dad, who worked for the council, was put in the ground last year.", decision: Publish, absent: threat},
		{name: "cables under ground", text: "Ils vont mettre les câbles sous terre l'an prochain.", decision: Publish, absent: threat},
		{name: "the back of a sheet", text: "Avant de signer, vous avez intérêt à regarder derrière la feuille, il y a les conditions.", decision: Publish, absent: threat, modelReviews: true},
		{name: "careful leaving the car park", text: "Vous avez intérêt à faire attention en sortant du parking, la barrière est cassée.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a hazard one falls on", text: "I've lived at 27 Hollybush Lane for 20 years and the street lights have been out since November. Someone's going to get hurt falling on the kerb in the dark.", decision: Publish, absent: threat},
		{name: "a crossing", text: "Someone is going to get hurt crossing that junction, put a crossing in.", decision: Publish, absent: threat},
		{name: "someone will get hurt, not me", text: "Someone is going to get hurt and it won't be me.", decision: Reject, kinds: threat},
	})
}

// TestEngineSpamOfRound30: a tradesman's and a teacher's advertisements,
// a paid helper's with a link. Not a local site named with words of the
// area, a site spelled out inside a sentence (a "dot com" there was tried
// and dropped after a review: "I checked moneysavingexpert dot com"), "the
// dot com bubble", a town's free trial lesson.
func TestEngineSpamOfRound30(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a plumber", text: "Plombier chauffagiste sur Toulouse et alentours, dépannage rapide, 7j/7, travail soigné. Devis gratuit, intervention sous 2 heures, paiement en plusieurs fois possible.", decision: Review, kinds: spam},
		{name: "a landlord's repair", text: "Dépannage rapide de l'ascenseur par le bailleur, enfin ! Infos sur www.opac38.fr", decision: Publish, absent: spam},
		{name: "a first lesson free", text: "Cours de français pour préparer l'entretien de naturalisation, premier cours offert ! Inscriptions sur parlons-ensemble-b1.fr", decision: Review, kinds: spam},
		{name: "a paid helper", text: "Vous galérez avec vos démarches CAF ? Je m'occupe de tout pour 25 € le dossier. Infos sur demarches-facile-conseil.fr", decision: Review, kinds: spam},
		{name: "a site named in a sentence", text: "I checked moneysavingexpert dot com and it says the council is wrong about my band.", decision: Publish, absent: spam},
		{name: "a town's trial lesson", text: "La piscine municipale offre un cours d'essai gratuit d'aquagym, merci la ville.", decision: Publish, absent: spam},
		{name: "a local site", text: "Les bus de Lyon et alentours sont toujours en retard, infos sur le site tcl.fr introuvables.", decision: Publish, absent: spam},
		{name: "a debt paid in instalments", text: "J'ai demandé un paiement en plusieurs fois de mon trop-perçu, la CAF n'a jamais répondu.", decision: Publish, absent: spam},
		{name: "a shop spelled out", text: "I ordered it on amazon dot com and it never came, so the refund form is useless.", decision: Publish, absent: spam},
		{name: "the dot com bubble", text: "I remember the dot com bubble, and the council website still looks like it.", decision: Publish, absent: spam},
	})
}

// TestEngineNamesOfRound30: a family's name between "the" and "family"
// signing the text, not inside a sentence; a house number with bis
// written on or a flat's letter apart.
func TestEngineNamesOfRound30(t *testing.T) {
	names, pii := []Kind{KindPersonName}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a family signing", text: "The school office went above and beyond with the free school meals form. Please pass on our thanks. — The Adeyemi family", decision: Publish, kinds: names, gone: []string{"Adeyemi"}},
		{name: "thanks from a family", text: "The nurses of ward 5 were wonderful. Thanks from the Kowalczyk family", decision: Publish, kinds: names, gone: []string{"Kowalczyk"}},
		{name: "a family on TV", text: "The Simpson family on TV has a better council than ours.", decision: Publish, absent: names, kept: []string{"Simpson"}},
		{name: "living with a family", text: "The council housing office is like living with the Addams family", decision: Publish, absent: names, kept: []string{"Addams"}},
		{name: "the Royal family", text: "The Royal family visited the hospital last year and nothing has changed since.", decision: Publish, absent: names, kept: []string{"Royal"}},
		{name: "a family lunch", text: "The Christmas family lunch at the care home was cancelled without notice.", decision: Publish, absent: names, kept: []string{"Christmas"}},
		{name: "the NHS family", text: "Welcome to the NHS family, they said, then nobody called back.", decision: Publish, absent: names, kept: []string{"NHS"}},
		{name: "bis written on", text: "J'habite au 38bis avenue de la République et le courrier n'arrive pas.", decision: Publish, kinds: pii, gone: []string{"38bis avenue"}},
		{name: "a flat's letter apart", text: "Mon adresse est 12 B rue des Lilas, le facteur ne trouve jamais.", decision: Publish, kinds: pii, gone: []string{"12 B rue des Lilas"}},
		{name: "a bus route", text: "The 12 B bus route has been cut again.", decision: Publish, absent: pii},
	})
}

// TestEngineProfanityOfRound30: a vulgar word said of a situation ("c'est
// dégueulasse") before people are named is profanity, not vulgarity aimed
// at them; said of the people, it still is.
func TestEngineProfanityOfRound30(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a situation, then people", text: "Les toilettes de la gare sont fermées depuis trois mois. C'est dégueulasse, les gens font dehors, contre le mur.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "it's shit, the staff", text: "It's shit, the staff don't care about the queue.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "said of the agents", text: "Les agents sont dégueulasses avec les usagers.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEnginePersonalDataOfRound30: a lieu-dit's name with its postcode,
// whoever lives there; a flat and the building English names after it
// ("Flat 9, Kingsley House"); the writer's request, account or housing
// bid number. Not a quantity after the possessive's file word, nor a
// form's number.
func TestEnginePersonalDataOfRound30(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lieu-dit and its postcode", text: "Le facteur ne trouve jamais ma maison, pourtant l'adresse est claire : lieu-dit Le Bousquet, 46100 Figeac.", decision: Publish, kinds: pii, gone: []string{"Bousquet"}},
		{name: "a lieu-dit with no postcode", text: "Le lieu-dit Les Granges est inondé chaque hiver, la route est coupée.", decision: Publish, absent: pii, kept: []string{"Les Granges"}},
		{name: "a flat in a named house", text: "Re my council tax: I'm at Flat 9, Kingsley House, Brixton Hill. The discount was removed.", decision: Publish, kinds: pii, gone: []string{"Kingsley House"}},
		{name: "a flat in a tower block", text: "There is mould in flat 2 in the tower block and nobody comes.", decision: Publish, absent: pii},
		{name: "a request's number", text: "Mon numéro de demande ANTS est le 24A7KD9310, je l'ai transmis deux fois.", decision: Publish, kinds: pii, gone: []string{"24A7KD9310"}},
		{name: "a bidding number", text: "Social housing waiting list: my bidding number is 2048817 and we've been in band B for four years.", decision: Publish, kinds: pii, gone: []string{"2048817"}},
		{name: "an amount charged", text: "My account was charged 12000 pounds by mistake and nobody answers.", decision: Publish, absent: pii, kept: []string{"12000"}},
		{name: "a count of people", text: "Ma demande concerne 20000 personnes du quartier privées de bus.", decision: Publish, absent: pii, kept: []string{"20000"}},
		{name: "a form's number", text: "Trotzdem wurde mein Antrag mit dem Formular cerfa 14880*02 abgelehnt.", decision: Publish, absent: pii, kept: []string{"14880"}},
	})
}

// TestEngineNamesAgainOfRound30: a first name that is a particle, masked
// alone, is masked where it is written again with a capital and standing
// alone ("agent Ben… Ben, you saved my sanity"), not as a word ("Ben oui").
// (A lower-case particle and any capitalised word after a title and a
// first name, "Mme Anne-Sophie du Plessis", was dropped after a review:
// "Mme Sylvie de Chronopost".)
func TestEngineNamesAgainOfRound30(t *testing.T) {
	names := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Ben again", text: "HMRC webchat agent Ben was patient with my first self-assessment. Ben, you saved my sanity.", decision: Publish, kinds: names, gone: []string{"Ben"}},
		{name: "ben oui", text: "Le conseiller Ben m'a aidé pour mon dossier. Ben oui, il reste des gens bien.", decision: Publish, kinds: names, kept: []string{"Ben oui"}},
		{name: "where a person works", text: "Merci à Mme Sylvie de Chronopost qui a retrouvé mon colis.", decision: Publish, kinds: names, kept: []string{"Chronopost"}},
		{name: "an institution after the particle", text: "Merci à Mme Claire de France Travail pour son aide.", decision: Publish, kinds: names, kept: []string{"France Travail"}},
		{name: "an acronym after the particle", text: "Merci à M. Paul du CCAS, très patient.", decision: Publish, kinds: names, kept: []string{"CCAS"}},
	})
}

// TestEngineHateOfRound30: a noun of contempt or an animal that is no real
// one opening the sentence right after one naming a group, set apart by a
// comma ("Les Roumains qui mendient… Des nuisibles, ni plus ni moins") or
// after a demonstrative; a group wished dead or called useless mouths.
// Not real vermin where people live, nor natural selection condemned, nor
// a denial, in French or Italian.
func TestEngineHateOfRound30(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group, then pests", text: "Les Roumains qui mendient devant le bureau de poste. Des nuisibles, ni plus ni moins.", decision: Reject, kinds: abuse},
		{name: "a group, then animals", text: "À la CPAM il n'y avait que des Africains dans la salle d'attente. Des animaux, ils crient.", decision: Reject, kinds: abuse},
		{name: "qu'ils crèvent", text: "Les migrants, qu'ils crèvent tous.", decision: Reject, kinds: abuse},
		{name: "useless mouths", text: "Les clandestins au guichet toute la journée. Des bouches inutiles, voilà ce qu'ils sont.", decision: Reject, kinds: abuse},
		{name: "rats where refugees sleep", text: "Les migrants dorment sous le pont. Des rats, qui courent sur leurs sacs.", decision: Publish, absent: abuse},
		{name: "cockroaches in the barracks", text: "Asylum seekers in the barracks live in squalor. Cockroaches, crawling over the beds.", decision: Publish, absent: abuse},
		{name: "natural selection condemned", text: "Laisser les personnes âgées sans clim, c'est de la sélection naturelle organisée par l'État.", decision: Publish, absent: abuse},
		{name: "vermin listed", text: "Le foyer des migrants est insalubre. Des cafards, des rats, partout.", decision: Publish, absent: abuse},
		{name: "rats seen", text: "Les réfugiés attendent dehors. Des rats, j'en ai vu trois dans la cour.", decision: Publish, absent: abuse},
		{name: "care homes left to die", text: "Nos personnes âgées, on les laisse crever dans les EHPAD, c'est une honte.", decision: Publish, absent: abuse},
		{name: "a denial in Italian", text: "Le persone disabili non sono parassiti, ma il sistema le tratta così.", decision: Publish, absent: abuse},
		{name: "a denial in French", text: "Les migrants ne sont pas des parasites, ils travaillent dur.", decision: Publish, absent: abuse},
		{name: "carers on the elderly ward", text: "The carers on the elderly ward are heartless harpies who leave the old folk in bed all day.", decision: Review, kinds: abuse},
	})
}

// TestEngineThreatsAgainOfRound30: a bad end foretold ("il y aura des
// morts") is a threat after a demand, a warning or a condition on what
// the reader does to the writer, a hazard otherwise; what the writer
// fears for his own is no threat, but an oath on his own still is; a
// threat received by text message is reported.
func TestEngineThreatsAgainOfRound30(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "deaths after a condition on the writer", text: "Si vous me coupez encore le RSA, il y aura des morts.", decision: Reject, kinds: threat},
		{name: "deaths after a warning", text: "Je vous préviens, il y aura des morts.", decision: Reject, kinds: threat},
		{name: "deaths if the bridge falls", text: "Le pont de la D12 va finir par s'écrouler, les fissures sont énormes. Il y aura des morts si on ne fait rien.", decision: Publish, absent: threat},
		{name: "a daughter in hospital", text: "My daughter will end up in hospital again if CAMHS keep cancelling. She's 15 and struggling.", decision: Publish, absent: threat},
		{name: "brothers send the reader", text: "My brothers will make sure you end up in hospital.", decision: Reject, kinds: threat},
		{name: "an oath on a mother", text: "jure sur ma mere jte bute", decision: Reject, kinds: threat},
		// Round 33: the police in a later sentence, a report published.
		{name: "a threat texted", text: "My ex keeps texting me 'sleep with one eye open'. Police gave me a crime number but nobody has called since.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
	})
}

// TestEngineFilesOfRound30: the writer's file number after a colon or in
// brackets ("Mon dossier : 2024-118407", "mi expediente (n.º …)"), owned
// after its word ("qui est le nôtre", "is mine", "c'est mon dossier"), a
// customer's or a beneficiary's number; not one said not to be the
// writer's. A flat in a named block written with a number ("14 Shelley
// House"), not a kind of house; a numbered lieu-dit with no postcode.
func TestEngineFilesOfRound30(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "after a colon", text: "Mon dossier : 2024-118407. Toujours rien depuis mars.", decision: Publish, kinds: pii, gone: []string{"118407"}},
		{name: "in brackets", text: "Si el lunes no tengo respuesta sobre mi expediente de naturalización (n.º 2023-NAT-004518), pondré una reclamación.", decision: Publish, kinds: pii, gone: []string{"004518"}},
		{name: "qui est le nôtre", text: "Identifiant famille qui est le nôtre : FAM-33081. Merci de vérifier.", decision: Publish, kinds: pii, gone: []string{"FAM-33081"}},
		{name: "is mine", text: "Still waiting on my student finance. CRN 11843092764 is mine. Term started.", decision: Publish, kinds: pii, gone: []string{"11843092764"}},
		{name: "c'est mon dossier", text: "Dossier MDPH n° 069-2023-11482, c'est mon dossier perso, pour l'AAH.", decision: Publish, kinds: pii, gone: []string{"069-2023-11482"}},
		{name: "a beneficiary's number", text: "Mi número de beneficiaria es 4401962. Pueden llamarme por la tarde.", decision: Publish, kinds: pii, gone: []string{"4401962"}},
		{name: "not mine", text: "The council's case ref 2024-5519 is not mine to chase.", decision: Publish, absent: pii, kept: []string{"2024-5519"}},
		{name: "a named block", text: "My mum lives at 27 Wordsworth House, Poets Estate, and nobody has fixed her boiler.", decision: Publish, kinds: pii, gone: []string{"Wordsworth House"}},
		{name: "a civic centre", text: "The meeting was held at 1 Kings House, the civic centre, and nobody could hear.", decision: Publish, absent: pii, kept: []string{"Kings House"}},
		{name: "a village hall's lieu-dit", text: "La salle des fêtes, lieu-dit La Grange, 46300 Gourdon, est fermée depuis mars.", decision: Publish, absent: pii, kept: []string{"La Grange"}},
		{name: "a bus stop's number", text: "L'arrêt du 215 lieu-dit Les Granges est supprimé, les enfants marchent sur la route.", decision: Publish, absent: pii},
		{name: "a surgery after du", text: "Le cabinet médical du 3 B rue de la Paix ne prend plus de patients.", decision: Publish, absent: pii},
		{name: "opera tickets", text: "We need 3 Opera House tickets for the school trip, can the council help?", decision: Publish, absent: pii},
		{name: "a bed house", text: "I live in a 3 Bed House and the council tax band is wrong.", decision: Publish, absent: pii},
		{name: "a numbered lieu-dit", text: "J'habite un écart de la commune, au 2 lieu-dit Kerlann, et le courrier arrive un jour sur deux.", decision: Publish, kinds: pii, gone: []string{"Kerlann"}},
	})
}

// TestEngineStreetsAndParticlesOfRound30: an English street word after a
// person's name keeps the street ("Winston Churchill Drive"), not a
// surname that is a street word too ("Helen Close"); a particle of names
// only after a first name goes on the name ("Karim ben Salah"), not von,
// which is "from" too ("Petra von Caritas"), nor a French "de" before a
// town.
func TestEngineStreetsAndParticlesOfRound30(t *testing.T) {
	names := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a drive", text: "Our street, Winston Churchill Drive, floods every time it rains hard.", decision: Publish, absent: names, kept: []string{"Winston Churchill Drive"}},
		{name: "a surname close", text: "My social worker Helen Close was wonderful with my mum.", decision: Publish, kinds: names, gone: []string{"Helen"}},
		{name: "ben", text: "Merci à Karim ben Salah pour son aide au guichet.", decision: Publish, kinds: names, gone: []string{"Salah"}},
		{name: "von Caritas", text: "Danke an Petra von Caritas für die Hilfe mit dem Antrag.", decision: Publish, kinds: names, kept: []string{"Caritas"}},
		{name: "de and a town", text: "Merci à Julie de Montreuil pour son accueil.", decision: Publish, kinds: names, kept: []string{"Montreuil"}},
	})
}

// TestEngineSpamAgainOfRound30: a recovery scam's testimonial, which warns
// of the first scam to sell the second, is junk with its contact; a
// citizen's warning of it is not. A petition or a fundraiser pushed on the
// form goes to a moderator; one mentioned in a complaint does not.
func TestEngineSpamAgainOfRound30(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a recovery testimonial", text: "Crypto recovery expert!! I lost £40k to a fake broker and Hackerwizard got everything back in 3 days. Email hackerwizard.recovery@protonmail.com, he is legit", decision: Reject, kinds: spam},
		{name: "a warning of it", text: "Attention arnaque : un soi-disant expert en crypto recovery m'a appelé au 06 12 34 56 78, ne répondez pas.", decision: Publish, absent: spam},
		{name: "a petition", text: "Signez la pétition pour la réouverture du bureau de poste ! Déjà 2 300 signatures. Lien sur change.org, partagez autour de vous.", decision: Review, kinds: spam},
		{name: "a fundraiser", text: "Please support our GoFundMe for my nan's funeral, anything helps x", decision: Review, kinds: spam},
		{name: "a petition signed", text: "J'ai signé la pétition sur change.org pour le bureau de poste, sans résultat.", decision: Publish, absent: spam},
		{name: "a fundraiser in a complaint", text: "Nous avons lancé une cagnotte Leetchi pour les obsèques de mon père, la CAF bloque le capital décès.", decision: Publish, absent: spam},
	})
}

// TestEngineReviewedOfRound30: what the second reading of the review's
// probes found: a service's lieu-dit, a school's class, a queue's number,
// an account said not to be the writer's, a service's site.
func TestEngineReviewedOfRound30(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a town hall's lieu-dit", text: "La mairie annexe, lieu-dit Le Bourg, 46100 Figeac, est fermée le lundi.", decision: Publish, absent: pii, kept: []string{"Le Bourg"}},
		{name: "a school's class", text: "La classe de 4 B rue Jean Jaurès n'a plus de chauffage.", decision: Publish, absent: pii},
		{name: "a queue's number", text: "We stood in queue number 3, Somerset House, for two hours.", decision: Publish, absent: pii},
		{name: "an account not mine", text: "The account 12345678 isn't mine, stop sending letters.", decision: Publish, absent: pii, kept: []string{"12345678"}},
		{name: "the CNSA's site", text: "Mon fils est handicapé. Vous galérez avec la MDPH ? Je m'occupe de tout seule. Allez voir sur mdphenligne.cnsa.fr", decision: Publish, absent: []Kind{KindSpam}},
	})
}
