package moderation

import "testing"

// Families of round 14 (2026-12-05), written for these tests; where a
// battery of our own found the gap, its sentences are not copied.

func TestEnginePluralTitles(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian signori before two surnames", text: "I signori Colombo e Ferri dell'ufficio tributi non hanno mai risposto.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Colombo", "Ferri"}},
		{name: "Spanish señores before two surnames", text: "Los señores Ortega y Navarro del registro me hicieron volver tres veces.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ortega", "Navarro"}},
		{name: "Portuguese senhoras before two names", text: "As senhoras Teixeira e Monteiro da recepção foram impecáveis.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Teixeira", "Monteiro"}},
		{name: "an unknown surname after a plural title and a known one", text: "Los señores Ortega y Valbuena, del ayuntamiento, prometieron arreglar la farola.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ortega", "Valbuena"}},
		{name: "a plural title as a greeting", text: "Señores, les escribo otra vez por mi expediente de nacionalidad.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Señores", "les escribo"}},
		{name: "a plural title as a noun", text: "Os senhores da recepção foram muito atenciosos comigo.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"senhores da recepção"}},
	})
}

func TestEngineTitleEndingItsSentence(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French thanks then a new sentence", text: "Merci beaucoup monsieur. Bonne continuation à toute l'équipe du centre des impôts.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Bonne continuation"}},
		{name: "Portuguese exclamation then a new sentence", text: "Esperei quatro horas, minha senhora! Nem uma cadeira havia na sala.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nem uma cadeira"}},
		{name: "Italian question then a new sentence", text: "È normale aspettare sei mesi, signora? Sarebbe ora di rispondere.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Sarebbe ora"}},
		{name: "an abbreviated title's full stop ends no sentence", text: "Mme. Lefebvre a traité mon dossier en une semaine.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lefebvre"}},
		{name: "an abbreviated plural title", text: "Los Sres. Ibáñez y Crespo de la oficina de extranjería no contestan.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ibáñez", "Crespo"}},
	})
}

func TestEngineSurnameAfterAPrepositionOfCompany(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian con, ending the text", text: "Per la pensione di mia madre ho parlato solo con Galli", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Galli"}},
		{name: "French par after a passive", text: "J'ai été reçue par Guillot, qui n'a pas regardé mon dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Guillot"}},
		{name: "English by after a passive", text: "I was seen by Whitaker and told to come back in May.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Whitaker"}, kept: []string{"May"}},
		{name: "German mit", text: "Ich habe dreimal mit Hartmann telefoniert, ohne Ergebnis.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Hartmann"}},
		{name: "a town after par stays", text: "Mon courrier est passé par Paris avant d'arriver à la CAF de Rennes.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Paris", "Rennes"}},
		{name: "a sentence start stays", text: "Avec Orange, la ligne a été coupée trois jours.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Orange"}},
	})
}

func TestEngineFirstNameBeforeAWorkplace(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a word first name on the switchboard", text: "Daisy on the switchboard put me on hold for forty minutes.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Daisy"}},
		{name: "Italian segreteria", text: "Vittoria della segreteria studenti mi ha fatto rifare il modulo.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Vittoria"}},
		{name: "Portuguese article before the name", text: "Hoje a Amparo do balcão ajudou-me com o IRS, foi rápido.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Amparo"}},
		{name: "German Empfang", text: "Frank am Empfang der Krankenkasse hat mich weggeschickt.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Frank"}},
		{name: "a German noun after an article", text: "Heute hat ein Mann am Empfang der Familienkasse laut geschrien.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Mann"}},
		{name: "thanks to, in French", text: "Grâce au service d'accueil de la mairie, j'ai eu mon rendez-vous.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Grâce"}},
	})
}

// Rules alone (NoModels): the threat model may send some of these texts
// to a moderator on its own reading. Friends, sympathy and advice to stay
// away are ambiguous enough to be read by a moderator (review), not
// rejected; harm wished is rejected.
func TestEngineWishesFriendsAndSympathyOfRound14(t *testing.T) {
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "harm wished under a bus", text: "J'espère que vous finirez sous un bus en sortant de la préfecture.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "death wished on a jobcentre's staff", text: "I hope every one of you at that jobcentre dies slowly.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a German wish", text: "Ich hoffe, Sie verrecken an Ihrem Schreibtisch.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a wish negated", text: "J'espère qu'il n'y aura pas d'accident avec ces escaliers glissants à la CAF.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "an accident report hoped received", text: "I hope you received the accident report I sent last week.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a cancer diagnosis hoped read", text: "I hope your staff read my cancer diagnosis before cutting my benefits.", absent: []Kind{KindThreat}},
		{name: "a German wish with the article die", text: "Ich hoffe, die Sachbearbeiter im Amt lesen das endlich.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a wish for the writer's own", text: "I hope my father doesn't die before his pension is sorted.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "cousins who settle things their way", text: "Tengo unos primos en Vallecas que arreglan las cosas a su manera, ustedes verán.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "lads who will visit a manager", text: "My lads will pay your manager a visit at home.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "cousins who helped", text: "Mes cousins m'ont aidée à remplir le dossier, la CAF a tout réglé autrement que prévu.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a cousin at a visit", text: "Mi primo me acompañó a hacer una visita a la oficina del SEPE.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "sympathy with an armed visit", text: "Je comprends ceux qui viennent avec une arme dans ces bureaux.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "fuel that would buy a hearing", text: "Avec un bidon d'essence et un briquet, vous m'écouterez enfin.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "told to stay away as advice", text: "Um conselho de amigo: não venha trabalhar na segunda-feira, é só um conselho.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "advice to come early", text: "Conseil d'ami : venez tôt le lundi, c'est moins bondé.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "fire as fun, Spanish subjunctive", text: "Sería gracioso que la oficina del SEPE ardiera un domingo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "fun that is no fire", text: "Ce serait drôle si le site marchait un jour.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineTitleBeforeAnAcronymIsNoName(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish señora del SEPE", text: "La señora del SEPE me hizo volver tres veces por el mismo papel.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"SEPE"}},
		{name: "Italian dottoressa dell'INPS", text: "La dottoressa dell'INPS non ha mai risposto alla mia PEC.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"INPS"}},
		{name: "French madame la CPE", text: "Madame la CPE, merci d'avoir rappelé mon fils.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"CPE"}},
		{name: "a particle and a name still masked", text: "Mme de Villiers a traité mon dossier en une semaine.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Villiers"}},
	})
}

func TestEnginePlacesNamedAfterPeopleOfRound14(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English street word capitalised", text: "The Hope Street jobcentre has had no heating since October.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Hope Street"}},
		{name: "a street after a first name", text: "The sorting office on Albert Road lost my parcel twice.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Albert Road"}},
		{name: "Our Lady names a hospital", text: "En el Hospital Nuestra Señora de Valme me atendieron rápido.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nuestra Señora de Valme"}},
		{name: "a school phrase before the name", text: "El colegio público Federico García Lorca sigue sin comedor.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Federico García Lorca"}},
		{name: "an Italian school phrase", text: "All'istituto comprensivo Maria Montessori manca il bidello da mesi.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Maria Montessori"}},
		{name: "Santo before a name", text: "Abito in via Santo Stefano da vent'anni e il camion della differenziata non passa.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Santo Stefano"}},
		{name: "a first name and her counter after a comma", text: "Paz, la chica de la ventanilla, me dio la cita en un minuto.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Paz"}},
	})
}

func TestEngineRolesOfRound14(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a word first name and a social worker after a comma", text: "Remedios, la trabajadora social del barrio, nos ayudó con el IMV.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Remedios"}},
		{name: "a cashier's word first name", text: "La cajera Concepción me cobró dos veces la tasa.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Concepción"}},
	})
}

func TestEngineNameAfterAVerbOfServing(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish atendió before a word first name", text: "Hoy me atendió Paz, que fue un encanto.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Paz"}},
		{name: "Portuguese atendida pela", text: "Fui atendida pela Graça e correu tudo bem.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Graça"}},
		{name: "a word of naming", text: "El guardia, apellido Villalobos creo, fue muy correcto.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Villalobos"}},
		{name: "a town after por stays", text: "Fui atendido por teléfono y luego por Madrid, sin respuesta.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Madrid"}},
	})
}

func TestEngineNicknamesAndRegionalFirstNames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English nickname", text: "Shazza from the council housing team never rang back.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Shazza"}},
		{name: "an Italian first name that is a word", text: "Gioia dell'anagrafe mi ha risolto tutto in dieci minuti.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Gioia"}},
		{name: "a Bavarian short form", text: "Traudl vom Bürgerbüro war sehr freundlich.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Traudl"}},
		{name: "the word stays a word", text: "Hace sol y la oficina estaba cerrada a las once.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"sol"}},
	})
}

func TestEngineARantIsNoVulgarity(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "coup de gueule", text: "Petit coup de gueule contre la CPAM : trois mois pour une carte Vitale.", decision: Publish, absent: []Kind{KindProfanity, KindAbuse}},
		{name: "the vulgar word alone is still flagged", text: "Ta gueule, le guichetier.", absent: []Kind{KindThreat}, kinds: []Kind{KindAbuse}},
	})
}

func TestEnginePhonesOfRound14(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish mobile after SMS", text: "Dejen de mandar SMS al 622 418 907 a las seis de la mañana.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"622 418 907"}},
		{name: "an Austrian mobile with no cue", text: "Der Bus 47A kommt nie pünktlich, ich warte gern auf Ihre Antwort: 0664 218 33 90.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"0664 218 33 90"}, kept: []string{"47A"}},
		{name: "a German mobile code set apart by a spaced hyphen", text: "Meine Nummer ist 0171 - 23 45 67 89, bitte abends anrufen.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"23 45 67 89"}},
		{name: "opening hours with a spaced hyphen stay", text: "Das Bürgerbüro hat nur von 0800 - 1200 Uhr geöffnet.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"0800 - 1200"}},
	})
}

func TestEnginePhonesWrittenInWords(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French pairs", text: "Le formulaire refuse les chiffres, alors : zéro sept, trente et un, douze, quatre-vingt-dix, quinze. Merci.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"trente et un", "quinze"}},
		{name: "English digits with double", text: "ring me on oh seven nine double one, four five six, two eight three", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"double one", "two eight three"}},
		{name: "Spanish hundreds and tens", text: "Mi móvil es seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"seiscientos doce", "setenta y ocho"}},
		{name: "counting stays", text: "Au guichet on m'a fait compter un, deux, trois, quatre, cinq tickets.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"un, deux, trois, quatre, cinq"}},
		{name: "an amount stays", text: "On m'a réclamé trois cent quarante-cinq euros et vingt-deux centimes.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"trois cent quarante-cinq"}},
	})
}

func TestEngineKnowingAHomeAndItsAddress(t *testing.T) {
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "English, the address after the verb", text: "I know you live at 27 Mill Lane, Harrogate. Approve my claim.", decision: Reject, kinds: []Kind{KindThreat, KindPersonalData}, gone: []string{"Mill Lane"}},
		{name: "German, the address before the verb", text: "Ich weiß, dass Sie in der Lindenstraße 8 wohnen.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Portuguese, the third person", text: "Sei que a sua colega mora na Rua do Carmo, 42.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's mother", text: "Je sais que ma mère habite au 8 allée des Tilleuls, mais la CAF écrit ailleurs.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "an office's address further on", text: "I know you live far from town; the office is at 14 Elm Road, by the station.", absent: []Kind{KindThreat}},
	})
}

func TestEngineRegistrationPlates(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a French plate wherever it stands", text: "Ma Twingo FR-318-QD a été enlevée par la fourrière sans panneau.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"FR-318-QD"}},
		{name: "a Spanish plate after matrícula", text: "Me multaron el coche, matrícula 7713 JKV, estando aparcado en mi plaza.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"7713 JKV"}},
		{name: "a British plate after reg", text: "The warden ticketed my van (reg YG21 KPE) on my own drive.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"YG21 KPE"}},
		{name: "a German plate after Kennzeichen", text: "Das Kennzeichen M-TR 5520 steht falsch im Bescheid.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"M-TR 5520"}},
		{name: "a British plate after a vehicle", text: "The warden ticketed my car (KD70 RWL) outside my own house.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"KD70 RWL"}},
		{name: "a year shouted after a vehicle stays", text: "J'ai acheté une voiture EN 2019 et la carte grise n'est jamais arrivée.", absent: []Kind{KindPersonalData}, kept: []string{"EN 2019"}},
		{name: "a motorbike's model stays", text: "La moto BMW R1250 GS de mon mari n'a toujours pas de certificat.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"BMW R1250 GS"}},
		{name: "a plate word with no plate", text: "La plaque de la rue Victor Hugo a été volée il y a un mois.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"plaque", "Victor Hugo"}},
	})
}

// Found by the review of the round's change: each failed before its fix.
func TestEngineReviewOfRound14(t *testing.T) {
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "an office's address in the next sentence", text: "I know you live nearby. Visit us at 14 Elm Road, we open at nine.", absent: []Kind{KindThreat}},
		{name: "more than an accident is no negation", text: "J'espère que vous aurez plus qu'un accident en rentrant.", decision: Reject, kinds: []Kind{KindThreat}},
	})
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Dña. is an abbreviated title", text: "Gracias Dña. Ferreiro por su ayuda con la pensión.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ferreiro"}},
		{name: "a place word in a job's title", text: "Complaint against Kevin Douglas School Liaison Officer, who never replied.", kinds: []Kind{KindPersonName}, gone: []string{"Kevin", "Douglas"}},
		{name: "an amount in French words", text: "J'ai payé quatre-vingt-dix-neuf, quatre-vingt-dix-neuf euros pour rien.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"quatre-vingt-dix-neuf euros"}},
	})
}

// TestEngineRound14IsIdempotent moderates the round's texts twice: the
// second reading, on the placeholders of the first, must change nothing
// and keep the decision.
func TestEngineRound14IsIdempotent(t *testing.T) {
	e := newTestEngine(t, &Options{NoModels: true})
	for _, text := range []string{
		"write to one two three four five six seven eight nine zero@example.com please",
		"plaque AB 123 CD@example.fr, merci de la retirer du fichier.",
		"I know you live at 27 Mill Lane, Harrogate. Approve my claim.",
		"Ich weiß, dass Sie in der Lindenstraße 8 wohnen.",
		"Meine Nummer ist 0171 - 23 45 67 89, bitte abends anrufen.",
	} {
		first, second := moderateTwice(t, e, text)
		if second.Text != first.Text || second.Decision != first.Decision {
			t.Errorf("%q: first %s %q, second %s %q", text, first.Decision, first.Text, second.Decision, second.Text)
		}
	}
}

func TestEngineAmbiguousVeiledThreatsAreReviewed(t *testing.T) {
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "friends who come to thank", text: "Mes potes vont vous rendre visite pour vous remercier, vous avez été super.", decision: Review},
		{name: "sympathy with people who shoot videos", text: "I understand people who shoot videos of the queue to complain.", decision: Review},
		{name: "dying of laughter is no wish of harm", text: "J'espère que vous mourrez de rire en lisant mon dossier.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "die laughing", text: "I hope you all die laughing at this form.", decision: Publish, absent: []Kind{KindThreat}},
	})
}
