package moderation

import (
	"testing"

	"github.com/avisproject/avis/moderation/lexicon"
)

// Families of round 12 (2026-12-05), written for these tests from the
// causes found in heldout-4, 28, 33, 35, 36, 37 and 39, corpora we read:
// their texts are not copied.

func TestEngineNamesStartingAClauseBeforeAPersonsAct(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish first name that is a word", text: "Dolores me explicó el formulario de la CAF en diez minutos.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Dolores"}},
		{name: "a Spanish first name before nos", text: "Paz nos llamó desde la mutua para avisarnos del retraso.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Paz"}},
		{name: "an Italian surname that is a word", text: "Ho scritto tre volte. Conte mi ha risposto solo a febbraio.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Conte"}},
		{name: "German surnames after a comma", text: "Fuchs hatte die Unterlagen schon, Koch hat sie trotzdem noch einmal verlangt.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Fuchs", "Koch"}},
		{name: "a German first name that is a word", text: "Frank hat mir erklärt, wie das Formular geht.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Frank"}},
		{name: "a German noun after a possessive", text: "Mein Mann hatte im März einen Termin bei der CPAM.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Mann"}},
		{name: "the German pronoun man", text: "Man hat mich an einen anderen Schalter verwiesen.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Man"}},
		{name: "a hyphenated name is masked whole", text: "Mein Neffe Moritz von Alvensleben-Krüger wartet noch auf seinen Ausweis.", kinds: []Kind{KindPersonName}, gone: []string{"Moritz", "Alvensleben", "Krüger"}},
		{name: "a town before French me", text: "Florence me manque, j'y ai vécu deux ans.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Florence"}},
		{name: "an English noun starting a sentence", text: "Hope was all we had left after the third letter from the CAF.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Hope"}},
	})
}

func TestEngineShoutedFirstNamesInContext(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a shouted first name before m'a", text: "J'EN AI MARRE!!! SANDRINE M'A PROMIS LA CARTE EN MARS ET RIEN.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"SANDRINE"}, kept: []string{"MARS"}},
		{name: "a shouted first name before where she works", text: "J'EN AI MARRE!!! SANDRINE DE LA CAF M'A DIT QUE C'ETAIT BON.", decision: Review, kinds: []Kind{KindPersonName}, gone: []string{"SANDRINE"}, kept: []string{"CAF"}},
		{name: "a shouted English first name before a verb", text: "STILL NO PENSION!!! SANDRINE PROMISED IT IN MARCH AND NOW NOTHING.", decision: Review, kinds: []Kind{KindPersonName}, gone: []string{"SANDRINE"}, kept: []string{"MARCH"}},
		{name: "a shouted thanks with words between", text: "IL N'Y A PLUS PERSONNE!!! MERCI QUAND MEME A PATRICK QUI DEPANNE TOUT LE MONDE", decision: Review, kinds: []Kind{KindPersonName}, gone: []string{"PATRICK"}},
		{name: "a shouted pair of first names ending the text", text: "RIEN NE MARCHE À LA PRÉFECTURE!!! JE VEUX QUAND MÊME REMERCIER KARIM ET SOPHIE", decision: Review, kinds: []Kind{KindPersonName}, gone: []string{"KARIM", "SOPHIE"}},
		{name: "a shouted month before a verb stays", text: "MARS M'A COÛTÉ 300 EUROS DE FRAIS DE DOSSIER, C'EST SCANDALEUX", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"MARS"}},
		{name: "a shouted town before qui", text: "C'EST TOUJOURS PARIS QUI DÉCIDE, JAMAIS LES COMMUNES !!!", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"PARIS"}},
	})
}

func TestEngineItalianAndSpanishParticlesOfSurnames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian Lo", text: "Il certificato firmato dalla Dott.ssa Giovanna Lo Cascio non è stato accettato.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Giovanna", "Cascio"}},
		{name: "an Italian Dell'", text: "Lo studio dell'avv. Paolo Dell'Acqua ha già inviato i documenti alla CAF.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Paolo", "Acqua"}},
		{name: "a Spanish de los before known surnames", text: "La Dra. Carmen de los Ríos Vega firmó el informe para la MDPH.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Carmen", "Ríos", "Vega"}},
		{name: "a Spanish lo after a title stays", text: "la señora lo sabe todo y no me ayuda", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"sabe"}},
		{name: "an Italian lo after a surname stays", text: "Il sig. Rossi lo ha detto chiaramente.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rossi"}, kept: []string{"lo ha detto"}},
		{name: "a service after de los stays", text: "El Sr. García de los Servicios Sociales me llamó.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"García"}, kept: []string{"Servicios Sociales"}},
	})
}

func TestEnginePersonalDataReadInHeldout4And37(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an NHS number", text: "The GP surgery needs my NHS number, 943 476 5919, on the French form too.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"943 476 5919"}},
		{name: "an Irish PPS number", text: "My PPSN is 1234567T and nobody at the consulate answers.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"1234567T"}},
		{name: "an address with arobase and its dots written", text: "répondez-moi sur marc.olivier arobase laposte.net, je ne reçois pas vos SMS", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"marc", "olivier", "laposte.net"}, kept: []string{"SMS"}},
		{name: "an underscore before arobase", text: "écrivez à marie_dupont arobase orange.fr pour le rendez-vous", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"marie_dupont", "orange.fr"}},
		{name: "an Irish mobile", text: "My mobile in Cork is 086 512 3380, the school can ring me there.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"086 512 3380"}},
		{name: "French 08 service numbers stay", text: "Appelez le 08 00 12 34 56 ou le 0 800 123 456, c'est gratuit.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"08 00 12 34 56", "0 800 123 456"}},
		{name: "a local part with its dot in brackets", text: "écrivez-moi à jean (point) dupont (at) gmail (point) com pour le dossier", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"jean", "dupont", "gmail"}, kept: []string{"dossier"}},
		{name: "a point in brackets is no address", text: "Le formulaire (point 3) de la CAF (at) est faux.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"point 3"}},
		{name: "a site after at", text: "The form is available at service-public.fr since May.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"available at service-public.fr"}},
	})
}

// An agency's own word for its users' numbers masks them, and its own
// word for its case numbers keeps a number after it from being read as a
// phone.
func TestEngineAgencyPersonalCues(t *testing.T) {
	text := "Mon numéro d'usager 48213377 ne figure pas sur le courrier."
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "without the agency's word", text: text, decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"48213377"}},
	})
	set := &lexicon.Set{PersonalCues: []lexicon.CueTerm{{Term: "usager", Class: "number"}, {Term: "signalement", Class: "reference"}}}
	runEngineCases(t, newTestEngine(t, &Options{Lexicon: set}), []engineCase{
		{name: "with the agency's word", text: text, decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"48213377"}},
		{name: "a case number of the agency", text: "Mon signalement 612345678 est resté sans réponse.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"612345678"}},
	})
}

func TestEngineParticlesOfNamesOnly(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "ould", text: "Je remercie M. Sidi ould Cheikh de la mairie.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Sidi", "ould", "Cheikh"}, kept: []string{"mairie"}},
		{name: "bint", text: "Merci à Mme Salma bint Khalid pour sa patience.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Salma", "bint", "Khalid"}},
		{name: "van before a word in no list", text: "Le conseiller, Pieter van Dijkstraat, était parfait.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Pieter", "van", "Dijkstraat"}},
		{name: "de before a town stays", text: "M. Martin de Paris m'a rappelé hier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Martin"}, kept: []string{"de Paris"}},
	})
	text := "Diolch i Mr Rhys ap Gruffydd o'r cyngor, merci pour tout."
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Welsh ap unknown to the lists", text: text, kinds: []Kind{KindPersonName}, kept: []string{"ap"}},
	})
	set := &lexicon.Set{NameWords: []lexicon.CueTerm{{Term: "ap", Class: "name-particle"}}}
	runEngineCases(t, newTestEngine(t, &Options{Lexicon: set}), []engineCase{
		{name: "the agency's particle", text: text, kinds: []Kind{KindPersonName}, gone: []string{"Rhys", "ap", "Gruffydd"}},
	})
}

func TestEngineFamiliesByTheirSurname(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French les", text: "Chez les Girard, au deuxième, la taxe foncière est arrivée deux fois, comme la nôtre à la CAF.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Girard"}, kept: []string{"CAF"}},
		{name: "Spanish los", text: "Los García del tercero tampoco recibieron la carta.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"García"}},
		{name: "a group that is no family", text: "Les Restos du Cœur et les Verts ont tenu un stand devant la mairie.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Restos", "Verts"}},
	})
}

func TestEngineFirstNameAndInitial(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a French initial", text: "Un grand merci à Marie-Claire B. de France Services à Pézenas.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Marie-Claire", "B."}, kept: []string{"France Services", "Pézenas"}},
		{name: "an English initial", text: "Thanks to Mark T. at the consulate, the visa came in a week.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Mark", "T."}},
		{name: "a signature", text: "Toujours pas de réponse après 11 semaines. — Camille V., Limoges", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Camille", "V."}, kept: []string{"Limoges"}},
		{name: "a sentence after a name", text: "J'ai parlé à Marie. R. Dupont n'était pas là.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Marie", "Dupont"}},
	})
}

func TestEngineEnglishFirstNamesThatAreWords(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, from where she works", text: "Grace from the CAF called back within the hour.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Grace"}, kept: []string{"CAF"}},
		{name: "a first name that is a word, before what she did", text: "Sunny booked me a slot at the préfecture when the website was down.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Sunny"}},
		{name: "a first name that is a frequent word, from where he lives", text: "Will from the tax office filled in the form with my mother.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Will"}},
		{name: "a noun before from", text: "Help from the mairie never came, and nobody answers the phone.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Help"}},
		{name: "a word before a comma and a verb", text: "the appointment system is a joke, checked every day for a month", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"joke"}},
	})
}

func TestEngineStreetsOfOtherLanguages(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian corso named after a king", text: "Il patronato di Corso Giuseppe Mazzini ha chiuso e il sito dice ancora che è aperto.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Corso Giuseppe Mazzini"}},
		{name: "a private address on a corso", text: "Abito in Corso Vittorio Emanuele 45, Napoli, e la posta non arriva.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Vittorio", "45"}, kept: []string{"Napoli"}},
		{name: "a Spanish comma before the number", text: "Vivo en el Paseo Pablo Picasso, 12, 3ºB y nadie me ha escrito.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Picasso", "12"}},
		{name: "a number of people after a street", text: "En la calle Mayor, 12 personas esperaban delante de la oficina.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"12 personas"}},
	})
}

func TestEngineNameAfterTalDe(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "um tal de", text: "Um tal de Kennedy da CAF de Évry me garantiu que o pagamento saía em março.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Kennedy"}, kept: []string{"Évry"}},
		{name: "esse tal de", text: "Esse tal de Wellington do consulado nunca atende o telefone.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Wellington"}},
		{name: "tal de lower case stays", text: "não tenho tal de documento, disse a moça do guichê", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"documento"}},
	})
}

func TestEngineThreatsInWordsTheListsLacked(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "English set … on fire", text: "If my benefit is cut again I will set your office on fire.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German in Brand setzen", text: "Ich werde die Agentur in Brand setzen, wenn ich kein Geld bekomme.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Italian darò fuoco", text: "Se non mi pagate darò fuoco alla vostra sede.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Portuguese pôr fogo", text: "Se não me pagarem vou pôr fogo na vossa agência.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Portuguese partir a tua cara", text: "Se me negam outra vez o apoio, vou partir a tua cara.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a face broken in a fall", text: "O meu filho partiu a cara a cair da bicicleta e o centro de saúde não tinha médico.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "incitement", text: "That tax office ruined us. Someone should burn that place down.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a Portuguese writer's present", text: "Se não pagarem o subsídio este mês, eu mato alguém.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "making someone suffer", text: "You cut my allowance, I'm going to make you suffer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a request after someone should", text: "Someone should fix the lift, my mother can't climb the stairs to the CCAS.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "killing time in Portuguese", text: "Eu mato o tempo a ler enquanto espero na fila das Finanças.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "I'm a, letters joined", text: "I'm a retired firearms instructor and my permit renewal took a year.", absent: []Kind{KindThreat}},
		{name: "a fire reported", text: "Someone set the bins on fire outside the tax office last night; the staff still opened on time.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a German fire reported", text: "Das Büro der CAF geriet letzte Woche in Brand, alle waren in Sicherheit.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "on fire as praise", text: "The nurses at the emergency ward were on fire last night, so kind to my dad.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineViolenceCalledForAgainstAGroup(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an order", text: "Kill all the immigrants, they take everything from the CAF.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "French il faut", text: "Franchement il faut noyer tous ces migrants qui attendent à la préfecture.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "French il faudrait and the group after", text: "Il faudrait tous les gazer, ces Roms devant la mairie.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "German man sollte", text: "Man sollte alle Ausländer vergasen, dann gäbe es Termine.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "Spanish hay que", text: "Hay que matar a todos los inmigrantes de la cola.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "violence a group suffers", text: "Les migrants se font tuer en mer et personne à la préfecture ne s'en soucie.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "drowned in letters", text: "Je vais vous noyer sous les lettres recommandées jusqu'à ce que vous répondiez.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "noyer le poisson", text: "Il ne faut pas noyer le poisson : la CAF doit répondre aux familles.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
	})
}

func TestEngineOtherSpellingOfAName(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French ou in brackets", text: "L'agent Dupond (ou Dupont ?) a refusé mon dossier sans le lire.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Dupond", "Dupont"}},
		{name: "English or in brackets", text: "Thanks to Ms Kowalczyk (or Kowalski, sorry if I spell it wrong) at the prefecture.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Kowalczyk", "Kowalski"}},
		{name: "an institution in brackets stays", text: "Mme Martin (ou La Poste, je ne sais plus) m'a répondu par courrier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Martin"}, kept: []string{"La Poste"}},
	})
}

// An agency's own word for where the writer lives (class lives of
// personal_cues.txt) masks the named place after it, postcode and town,
// as "habite" does; "résidons" is in no list of ours.
func TestEngineAgencyLivesWord(t *testing.T) {
	text := "Nous résidons Domaine Les Genêts, 46100 Figeac, et le car scolaire ne passe plus."
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "without the agency's word", text: text, decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"Domaine Les Genêts"}},
	})
	set := &lexicon.Set{PersonalCues: []lexicon.CueTerm{{Term: "résidons", Class: "lives"}}}
	runEngineCases(t, newTestEngine(t, &Options{Lexicon: set}), []engineCase{
		{name: "with the agency's word", text: text, decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Genêts", "46100 Figeac"}, kept: []string{"car scolaire"}},
		{name: "our own word still reads", text: "J'habite Lieu-dit La Garenne, 46100 Figeac.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Garenne", "Figeac"}},
	})
}
