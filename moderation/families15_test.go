package moderation

import "testing"

// Families of round 15 (2026-12-05), written for these tests; where a
// corpus or a battery of our own found the gap, its sentences are not
// copied.

func TestEngineListOfNamesStartingTheText(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, first of a list", text: "Rose, Yasmina et Bérénice, du centre social, nous ont aidés pour le dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rose", "Yasmina", "Bérénice"}},
		{name: "a town first of a list stays", text: "Paris, Yasmina et moi, on a tout essayé.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Yasmina"}, kept: []string{"Paris"}},
	})
}

func TestEngineFirstNameSetOffMidSentence(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish name between commas", text: "Volví a hablar con la chica, Rocío, y tampoco sabía nada del expediente.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rocío"}},
		{name: "Portuguese name in brackets", text: "O senhor da secretaria (Amparo, acho eu) resolveu tudo em dez minutos.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Amparo"}},
		{name: "months in a list stay", text: "It was closed from early May, June and most of July.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"May", "June", "July"}},
		{name: "towns between commas stay", text: "Je passe par Nancy, Metz, puis Thionville pour venir.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nancy", "Metz"}},
	})
}

func TestEngineWordNameFoundWithACapitalIsAWordInLowerCase(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French grâce after Grace", text: "Mme Grace Ondoua a été parfaite, grâce à elle j'ai mes droits.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Grace", "Ondoua"}, kept: []string{"grâce à elle"}},
		{name: "English will after Will", text: "Will at the front desk said the form will arrive next week.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Will at"}, kept: []string{"form will arrive"}},
	})
}

func TestEngineNameStartingASentenceBeforeAVerbOfSaying(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French surname that is a word, m'a dit", text: "Boucher m'a dit de renvoyer le formulaire, ce que j'ai fait trois fois.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Boucher"}},
		{name: "Spanish surname that is a word, dijo", text: "Moreno dijo que el certificado valía. En Hacienda opinan lo contrario.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Moreno"}},
		{name: "Portuguese first name that is a word, disse", text: "Rosa disse que o pedido estava na Segurança Social.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rosa"}},
		{name: "Italian shouted first name, dice", text: "GIORGIA DICE UNA COSA E IL SUO CAPO UN'ALTRA, COSÌ NON SI PUÒ ANDARE AVANTI.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"GIORGIA"}},
		{name: "a town that is a surname stays", text: "Paris dit non aux nouveaux horaires des guichets.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Paris"}},
		{name: "a German noun after its article stays", text: "Ich warte auf das Urteil und darauf, was der Richter sagt.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Richter"}},
	})
}

func TestEngineFirstNameTheAbuseListsAllow(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "shouted Véronique at the reception", text: "VÉRONIQUE DE L'ACCUEIL M'A RACCROCHÉ AU NEZ DEUX FOIS CETTE SEMAINE.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"VÉRONIQUE"}},
		{name: "Monique at the counter", text: "Le guichet était fermé, alors Monique de la CPAM m'a reçu dans son bureau.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Monique"}},
		{name: "the town the lists allow stays", text: "Je vis à Bitche et la trésorerie a fermé l'an dernier.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Bitche"}},
	})
}

func TestEngineShoutedNamesOfRound15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "two first names, one a rare word", text: "THOMAS UND SABINE VON DER HOTLINE WISSEN NIE ETWAS ÜBER MEINEN ANTRAG!!!", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"THOMAS", "SABINE"}},
		{name: "a relative's first name", text: "MY SISTER GERALDINE HAS WAITED FOUR MONTHS FOR HER BLUE BADGE. DISGRACEFUL.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"GERALDINE"}},
		{name: "a first name before a relative pronoun", text: "AL TELEFONO HA RISPOSTO DANIELA CHE NON SAPEVA NIENTE DELLA MIA PRATICA.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"DANIELA"}},
	})
}

func TestEngineParentsNameTheirChildren(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French mother", text: "Ma mère Yvette attend sa pension de réversion depuis le printemps.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Yvette"}},
		{name: "Portuguese nephew", text: "o meu sobrinho Zé esteve seis horas nas urgências sem ninguém lhe dizer nada", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Zé"}},
		{name: "a parent's word is no name", text: "A Dra. Fonseca aceitou ser a médica de família da minha mãe. Muito obrigado.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Fonseca"}, kept: []string{"minha mãe"}},
		{name: "Father Christmas in French stays", text: "Le Père Noël apportera peut-être mon attestation avant la CAF.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Père Noël"}},
		{name: "a hospital named after a saint stays", text: "Mia madre è stata curata all'ospedale Padre Pio di Bracciano.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Padre Pio"}},
	})
}

func TestEngineFrequentWordThatIsAFirstNameStartingASentence(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian possessive Mia", text: "Mia sorella aspetta il rinnovo del permesso da otto mesi.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Mia sorella"}},
		{name: "Italian Alla", text: "Alla questura di Nizza nessuno risponde al telefono.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Alla questura"}},
		{name: "Portuguese Ela", text: "Falei com a funcionária do balcão. Ela foi muito simpática.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Ela foi"}},
		{name: "German Nur", text: "Das Bürgeramt war schnell. Nur die Wartenummern funktionieren nicht.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nur die"}},
		{name: "a first name and its surname still", text: "Mia Lombardi dell'anagrafe mi ha aiutato moltissimo.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Mia", "Lombardi"}},
	})
}

func TestEngineSurnameBeforeItsRoleOrInAList(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian surname, its role after a comma", text: "Bianchi, l'impiegata dello sportello, mi ha fatto aspettare due ore.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Bianchi"}},
		{name: "a surname first in a list of names found", text: "Mercier, Lambert et Girard : trois conseillers en deux mois pour le même dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Mercier", "Lambert", "Girard"}},
		{name: "a German noun after its article", text: "Der Wachdienst hat einen betrunkenen Mann, der einen Mitarbeiter bedroht hat, hinausbegleitet.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Mann"}},
	})
}

func TestEngineListOfSurnamesAlone(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "English surnames", text: "Walsh, Hughes and Adeyemi each gave me a different answer about my council tax band.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Walsh", "Hughes", "Adeyemi"}},
		{name: "German surnames with a dash", text: "Schmidt, Wagner, Hoffmann – keiner im Bürgeramt wusste von meinem Widerspruch.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Schmidt", "Wagner", "Hoffmann"}},
		{name: "towns stay", text: "J'ai dû aller à Lyon, Grenoble et Valence pour trouver un rendez-vous.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Lyon", "Grenoble", "Valence"}},
		{name: "brands stay", text: "Renault, Peugeot et Citroën ont tous refusé de reprendre ma voiture pour la prime.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Renault", "Peugeot"}},
		{name: "a town before a list of first names stays", text: "Les deux agents de la poste de Mérignac, Julie et Thomas, ont retrouvé mon colis.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Julie", "Thomas"}, kept: []string{"Mérignac"}},
	})
}

func TestEngineWhereAPersonWorksEndsTheName(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "shouted title, name and vom", text: "FRAU KESSLER VOM JOBCENTER HAT MIR ENDLICH GEHOLFEN, DANKE!!!", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"KESSLER"}, kept: []string{"VOM JOBCENTER"}},
		{name: "a particle before a building that is a surname too", text: "O Sr. Moutinho da Câmara Municipal de Gaia nunca respondeu ao meu pedido.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Moutinho"}, kept: []string{"Câmara Municipal"}},
		{name: "a body named after a person", text: "A assistente social da Casa Pia acompanhou o processo todo.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Casa Pia"}},
		{name: "a town named after a person", text: "Il consultorio di Reggio Emilia è stato molto disponibile.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Reggio Emilia"}},
	})
}

func TestEngineSchoolsAndSaintsOfRound15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German school named after a person", text: "Die Geschwister-Scholl-Realschule hat seit Monaten keine Heizung.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Geschwister-Scholl-Realschule"}},
		{name: "a German clinic named after a person", text: "Im Robert-Koch-Klinikum musste ich sechs Stunden warten.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Robert-Koch-Klinikum"}},
		{name: "a hyphenated surname with Haus in it", text: "Frau Anna Haus-Meier vom Bürgeramt war sehr freundlich.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Haus-Meier"}},
		{name: "a saint's place in lower case", text: "o meu pai esteve 8 horas nas urgencias do santa maria sem ninguem lhe dizer nada", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"santa maria"}},
		{name: "a French saint's town in lower case", text: "jsuis allé a la caf de st denis ce matin, 2h d'attente", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"st denis"}},
	})
}

func TestEngineStaffInThePluralAndInARole(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian plural role after two surnames", text: "Galli e Ferrari, i due impiegati dell'anagrafe, mi hanno detto di tornare lunedì.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Galli", "Ferrari"}},
		{name: "Spanish trade before a name between commas", text: "El celador, Bubacar, fue el único que nos trajo una silla.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Bubacar"}},
		{name: "Portuguese surname and its role", text: "Lobo, o funcionário das Finanças, disse-me para voltar amanhã.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lobo"}},
		{name: "a surname said to be in a role", text: "Ferrari è l'unico impiegato del Comune che risponde alle email.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ferrari"}},
		{name: "a first name that is a word said to be in a role", text: "Rose est la seule conseillère qui m'a rappelée.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rose"}},
		{name: "a town said to be in a place stays", text: "Paris est la seule agence ouverte le samedi.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Paris"}},
	})
}

func TestEngineEnglishVerbsAfterAFirstName(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a shouted first name that hung up", text: "THEY PUT ME ON HOLD FOR AN HOUR AND THEN DARREN HUNG UP ON ME. DISGRACEFUL.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"DARREN"}},
		{name: "a phone line is no person", text: "the cpam phone line rang for an hour and nobody picked up", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"phone line rang"}},
		{name: "a lower-case word name before qui still is one", text: "merci à rose qui m'a aidée pour le dossier apl", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"rose"}},
	})
}

func TestEngineReviewOfRound15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German noun after an article and an adjective", text: "Ich warte darauf, was der neue Richter sagt.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Richter"}},
		{name: "a German noun starting a sentence", text: "Bauer sagt man hier zu einem Landwirt.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Bauer"}},
		{name: "a town that is a first name says no", text: "Florence dit non à la réforme des retraites.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Florence"}},
		{name: "a town before a relative", text: "J'ai grandi à Nancy, ma mère y vit toujours.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nancy"}},
		{name: "Italian prima is before", text: "abbiamo provato prima Milano e poi Torino, sempre la stessa risposta", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Milano"}},
		{name: "Vater Staat", text: "Vater Staat zahlt nie pünktlich, das Kindergeld kommt wieder zu spät.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Vater Staat"}},
		{name: "a shouted relative's name ends before a verb", text: "MA MÈRE YVETTE ATTEND SA PENSION DEPUIS MARS !!!", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"YVETTE"}, kept: []string{"ATTEND SA PENSION"}},
		{name: "staff in the plural before an employer", text: "Os técnicos Vodafone vieram três vezes e a fibra continua sem funcionar.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Vodafone"}},
		{name: "técnica is a technique", text: "Usamos la técnica Pomodoro para preparar el examen de la DGT.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Pomodoro"}},
		{name: "a copula with no role after it", text: "Rosa é a cor das enfermeiras neste hospital.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Rosa"}},
		{name: "a brand in brackets", text: "I bought a new car (Ford, of course) and the DVLA lost the form.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Ford"}},
		{name: "German trades in a list", text: "Wir bieten Stellen als Koch, Kellner, Fischer und Bauer an.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Fischer", "Bauer"}},
		{name: "towns that are names in a list", text: "Les guichets de Nancy, Florence, Lourdes et Valence ferment le samedi.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nancy", "Lourdes"}},
		{name: "a first name that is a word of another language", text: "Ali était très gentil au guichet de la CAF.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ali"}},
		{name: "são is a verb", text: "os técnicos que vieram cá a casa são joão e pedro, muito simpáticos", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"joão", "pedro"}},
		{name: "a hyphenated surname ending in Heim", text: "Frau Lena Schmidt-Heim hat mir sehr geholfen.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Schmidt-Heim"}},
	})
}

func TestEngineFirstNamesOfRound15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Irish first name", text: "I rang Revenue twice and Siobhán said the form was never received.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Siobhán"}},
		{name: "a Basque first name", text: "En la oficina del SEPE de Irún, Aitziber fue la única que me explicó el formulario.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Aitziber"}},
		{name: "a West African spelling", text: "Le médiateur de la CAF, Bubacar, m'a rappelé le lendemain.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Bubacar"}},
		{name: "a Spanish coast stays", text: "Viví veinte años en la Costa Blanca y ahora la CARSAT me pide papeles.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Costa Blanca"}},
		{name: "to is no first name", text: "Thanks to the lady at the counter, I got my form.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Thanks to the lady"}},
	})
}

func TestEngineIdentityCardsAndLicences(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French identity card of the new kind", text: "J'ai perdu ma carte d'identité (numéro T7KQZP2L8) et la déclaration en ligne ne marche pas.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"T7KQZP2L8"}},
		{name: "British driving licence", text: "The DVLA still has my driving licence HARRI804127JW8KL since the medical review.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"HARRI804127JW8KL"}},
		{name: "Italian electronic identity card", text: "Ho smarrito la carta d'identità elettronica CB71946KD e il Comune chiede la denuncia.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"CB71946KD"}},
		{name: "a word with two digits after a licence stays", text: "Ma licence de club a été annulée à cause du COVID19, aucun remboursement.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"COVID19"}},
	})
}

func TestEnginePhonesReadOutInGroups(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "groups joined by tiret", text: "Votre formulaire refuse les chiffres, alors : 07 tiret 61 tiret 29 tiret 83 tiret 14.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"61 tiret 29"}},
		{name: "groups joined by trattino", text: "Il modulo rifiuta le cifre, il mio numero francese è 06 trattino 12 trattino 34 trattino 56 trattino 78.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"34 trattino 56"}},
		{name: "two whole numbers joined by puis stay two", text: "Essayez le 06 12 34 56 78 puis le 07 11 22 33 44 si je ne réponds pas.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"56 78", "33 44"}, kept: []string{"puis le"}},
		{name: "amounts joined by puis stay", text: "J'ai payé 05 puis 10 euros de frais de dossier.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"05 puis 10"}},
	})
}

// A second review, of the round's last commits.
func TestEngineSecondReviewOfRound15(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "numbers of a list joined by puis", text: "Étapes du dossier : 01 puis 02 puis 03 puis 04 puis 05, rien n'avance.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"01 puis 02 puis 03"}},
		{name: "a key to press before a phone", text: "Composez le 01 puis 06 12 34 56 78 pour joindre ma fille.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"06 12 34 56 78"}, kept: []string{"01 puis"}},
		{name: "times joined by puis", text: "Horaires : 06 30 puis 12 00 puis 18 30 tous les jours.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"06 30 puis 12 00"}},
		{name: "a postcode after an identity card", text: "Ma carte d'identité a été refaite à Paris 75015 en deux semaines.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"75015"}},
		{name: "a flight after identity", text: "They checked my identity twice before boarding flight BA2490 to Nice.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"BA2490"}},
		{name: "a product after a license", text: "The license for WINDOWS11PRO was never sent by the council's IT team.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"WINDOWS11PRO"}},
		{name: "a lower-case noun after com", text: "o cafe com leite da cantina custa dois euros agora", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"com leite"}},
		{name: "a surname set off", text: "on m'a reçu au guichet, Lefebvre, je crois, et tout était réglé", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lefebvre"}},
		{name: "a copula, an adverb, a possessive", text: "Moreau is really our best adviser at the jobcentre.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Moreau"}},
		{name: "German surnames listed mid-sentence", text: "Beim Amt haben Kowalski, Nowak und Lewandowski nicht geholfen.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Kowalski", "Nowak", "Lewandowski"}},
		{name: "a shouted relative's unknown surname", text: "MA MÈRE YVETTE KOWALCZYKOWA ATTEND SA PENSION DEPUIS MARS !!!", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"KOWALCZYKOWA"}, kept: []string{"ATTEND SA PENSION"}},
	})
}
