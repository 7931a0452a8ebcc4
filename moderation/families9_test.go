package moderation

import "testing"

// Families of round 9 (2026-12-04), written for these tests from the
// causes found in heldout-23: its texts are not copied.

func TestEngineWeaponsBroughtAndBombs(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "iron bars brought back", text: "Je reviendrai lundi avec mes cousins et des barres de fer, vous êtes prévenus.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "coming back armed", text: "Le guichet de la sous-préfecture ? J'y reviens armé la semaine prochaine.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a shotgun brought in Portuguese", text: "Amanhã vou com a caçadeira do meu pai à CAF de Roubaix.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a hunting rifle brought in German", text: "Nächste Woche komme ich mit dem Jagdgewehr ins Finanzamt.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a bomb brought in Spanish", text: "Si me vuelven a pedir el mismo papel, os traigo una bomba a la ventanilla.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a bomb at the consulate in Italian", text: "Ho messo una bomba al consolato di Lione, avete due ore.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a bomb in the office announced", text: "There is a bomb in the tax office on Rue Thiers, it goes off at noon.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a heat pump to install", text: "Voy a instalar una bomba de calor y quiero saber si la ayuda de la ANAH cubre la obra.", decision: Publish, absent: clean},
		{name: "a spray can promised for the tags", text: "Je vous apporterai demain une bombe de peinture pour repeindre le banc du square, comme convenu.", decision: Publish, absent: clean},
		{name: "a health time bomb", text: "Cette école est une bombe sanitaire : amiante dans les faux plafonds et fuites dans la cantine.", decision: Publish, absent: clean},
		{name: "news like a bomb", text: "The closure of our post office hit the village like a bomb, please reconsider.", decision: Publish, absent: clean},
		{name: "a bomb scare reported", text: "Il y a eu une alerte à la bombe dans la gare, j'ai raté mon rendez-vous à la CAF, pouvez-vous le reporter ?", decision: Publish, absent: clean},
	})
}

func TestEngineBuildingsWrecked(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "everything smashed at the agency", text: "Si mon allocation n'arrive pas vendredi, je casse tout à l'agence de Villeurbanne.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "everything broken in Portuguese", text: "Se não me pagarem até sexta, vou à repartição e parto tudo lá dentro.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer burns the agency", text: "Vous perdez mes papiers, moi je brûle votre agence, c'est simple.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer sets fire in Italian", text: "La prossima volta vi incendio l'ufficio, ve lo giuro.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "burnt alive", text: "Un refus de plus et je vous crame vivants dans votre bureau.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the reader's town hall set on fire", text: "Je vais brûler votre mairie si le permis est encore refusé.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "at the very most", text: "La réunion durera une heure à tout casser, je peux venir après le travail.", decision: Publish, absent: clean},
		{name: "burning with impatience", text: "Je brûle d'impatience de recevoir votre réponse pour mon dossier de bourse.", decision: Publish, absent: clean},
		{name: "a fire reported at the town hall", text: "L'incendie de votre mairie l'an dernier a détruit mon acte de naissance, comment le refaire ?", decision: Publish, absent: clean},
	})
}

func TestEngineStockFormulasOfThreats(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "count your days", text: "Comptez vos jours à ce guichet, madame.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "sleep with one eye open", text: "The caseworker who closed my file should sleep with one eye open.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "watch your back in Italian", text: "Il funzionario dell'INPS farebbe bene a guardarsi le spalle.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "dealing with me in Spanish", text: "Quien firmó esa denegación se las verá conmigo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "acts no longer answered for", text: "Si je n'ai pas de réponse lundi, je ne réponds plus de mes actes.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "settled the old way", text: "No more letters. We'll settle this the old way, in the car park.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "brace yourselves in German", text: "Das Bürgeramt kann sich auf was gefasst machen, wenn mein Antrag wieder verschwindet.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "fists will fly", text: "Wenn ich noch einmal umsonst komme, fliegen die Fäuste.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a price to pay in Portuguese", text: "Vais pagar caro por me teres fechado o processo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "paper forms' days are numbered", text: "Vos jours sont comptés, vieux formulaires papier ! Vivement la démarche en ligne.", decision: Publish, absent: clean},
		{name: "the days of a service are numbered", text: "Your days are numbered, fax machine: the council finally takes e-mails.", decision: Publish, absent: clean},
		{name: "paying by cheque the old way", text: "Je règle à l'ancienne, par chèque : à quelle adresse dois-je l'envoyer ?", decision: Publish, absent: clean},
		{name: "a retiring adviser to be missed", text: "Vous allez regretter Mme Perrin, elle part à la retraite en juin : la meilleure conseillère de l'agence.", decision: Publish, absent: clean},
		{name: "regretting it", text: "Vous allez regretter d'avoir suspendu mes allocations, croyez-moi.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "learnt the hard way", text: "Aprendí por las malas que hay que guardar todos los justificantes.", decision: Publish, absent: clean},
	})
}

func TestEngineRound9HateAndWishes(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "women denied work in Italian", text: "Le donne non dovrebbero lavorare allo sportello, sono tutte lente.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a slur on disabled staff", text: "The council keeps hiring disabled retards for the front desk.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group called predators", text: "Those refugees at the job centre, they're all predators.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "backs to watch in the third person", text: "The bailiffs who came on Monday should watch their backs.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a death wished in Italian", text: "Spero che muoia, quel funzionario dell'INPS.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "waiting with a bat", text: "Le contrôleur, je l'attends demain devant chez moi avec une batte.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "bombing as a verb", text: "Someone should bomb the prefecture in Bobigny.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a German compound swear word", text: "Dieses Scheißformular lädt seit drei Tagen nicht, bitte reparieren.", decision: Review, kinds: []Kind{KindProfanity}, absent: clean},
		{name: "waiting for the adviser", text: "Je vous attends lundi à l'accueil avec les justificatifs demandés.", decision: Publish, absent: clean},
		{name: "the mayor should be sacked", text: "The mayor should be sacked after this budget scandal, in my opinion.", decision: Publish, absent: clean},
		{name: "a French delay", text: "Les retards de paiement de la CAF mettent les familles en difficulté.", decision: Publish, absent: clean},
		{name: "blowing a phone plan", text: "Je vais exploser mon forfait à force d'attendre au téléphone de la CPAM.", decision: Publish, absent: clean},
		{name: "a last cartridge in Spanish", text: "Voy a quemar mi último cartucho y pedir una cita en otra prefectura.", decision: Publish, absent: clean},
	})
}

func TestEngineRolesAfterMonsieurLe(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the tax collector addressed", text: "Merci monsieur le receveur pour votre patience au téléphone.", decision: Publish, kept: []string{"receveur"}, absent: []Kind{KindPersonName}},
		{name: "the treasurer addressed", text: "Bonjour madame la trésorière, je n'ai pas reçu l'avis.", decision: Publish, kept: []string{"trésorière"}, absent: []Kind{KindPersonName}},
		{name: "a Breton surname after a title", text: "Merci monsieur Le Goff pour votre aide.", decision: Publish, gone: []string{"Goff"}},
	})
}

func TestEngineThreatsReportedByWitnesses(t *testing.T) {
	// A threat someone else made, quoted by the writer, goes to a
	// moderator (review), never rejected as the writer's own.
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a user shouted it, the writer reports", text: "Je tiens à signaler qu'au guichet un usager a hurlé « je vais vous brûler » à l'agente.", decision: Review, kinds: []Kind{KindAbuse}, absent: []Kind{KindThreat}},
		{name: "a message received", text: "Mon fils a reçu « on va te tuer » sur la messagerie du lycée, le proviseur a réagi vite.", decision: Review, kinds: []Kind{KindAbuse}, absent: []Kind{KindThreat}},
		{name: "seen in Italian", text: "Ho visto un signore che urlava 'vi ammazzo' allo sportello, poi è uscito.", decision: Review, kinds: []Kind{KindAbuse}, absent: []Kind{KindThreat}},
		{name: "the writer's own words stay his", text: "Je lui ai dit « je vais vous brûler » et je le pense.", decision: Reject, kinds: []Kind{KindThreat}},
	})
}

func TestEngineNamesRound9(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a known surname doing something to the writer", text: "Hier encore Mercier m'a raccroché au nez sans un mot.", decision: Publish, gone: []string{"Mercier"}},
		{name: "a first name after the surname in lower case", text: "rdv avec mme diallo fatoumata a la caf elle a tout reglé", gone: []string{"diallo", "fatoumata"}},
		{name: "an Italian title abbreviated in lower case", text: "Alla fine il sig. rossi ha ritrovato la mia pratica in un cassetto.", gone: []string{"rossi"}, kept: []string{"pratica"}},
		{name: "a Portuguese surname after dos", text: "A Sra. Maria dos Anjos foi muito simpática comigo no guichê.", gone: []string{"Maria", "Anjos"}},
		{name: "a store is no surname acting", text: "Le Carrefour de la zone m'a remboursé, pas la CAF.", kept: []string{"Carrefour", "CAF"}, absent: []Kind{KindPersonName}},
		{name: "a metre abbreviated before a number", text: "La rampe fait 2 m. de large, trop étroit pour un fauteuil.", kept: []string{"large"}, absent: []Kind{KindPersonName}},
	})
}

func TestEngineNamesInAList(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a country, in a list of names", text: "Merci à Sabrina, Jordan et Karima pour leur patience à l'accueil.", gone: []string{"Sabrina", "Jordan", "Karima"}},
		{name: "a country after a name is not listed with it", text: "Merci à Sabrina. Jordan et Maroc n'ont pas les mêmes règles de visa.", gone: []string{"Sabrina"}, kept: []string{"Jordan"}},
		{name: "an institution after a name", text: "J'ai vu Sabrina, France Travail a enfin répondu.", gone: []string{"Sabrina"}, kept: []string{"France Travail"}},
	})
}

func TestEngineNamesAimedAtOrApposed(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname after a noun of contempt", text: "Encore une fois ce guignol Lefebvre m'a fait revenir pour rien.", gone: []string{"Lefebvre"}},
		{name: "a surname after an insult and de", text: "Cette incapable de Marchetti a perdu mon dossier.", gone: []string{"Marchetti"}},
		{name: "a surname after an English insult", text: "That idiot Schneider at the desk sent me home again.", gone: []string{"Schneider"}},
		{name: "a first name that is a word, with a verb of a person", text: "Grace m'a rappelée le lendemain comme promis.", gone: []string{"Grace"}},
		{name: "a first name that is a word, with its role", text: "Olive, la secrétaire du collège, a retrouvé le dossier.", gone: []string{"Olive"}, kept: []string{"secrétaire"}},
		{name: "a country before a role is no name", text: "Il mériterait d'être muté à l'autre bout de la France, ce chef de service.", kept: []string{"France", "chef de service"}, absent: []Kind{KindPersonName}},
		{name: "German nouns after an insult", text: "Der Sachbearbeiter ist ein hirnloser Idiot, eine Amöbe mit Krawatte.", kept: []string{"Idiot", "Amöbe"}, absent: []Kind{KindPersonName}},
		{name: "Italian con is with", text: "Il sito ANTS non funziona con Firefox, solo con Chrome.", kept: []string{"Firefox"}, absent: []Kind{KindPersonName}},
		{name: "a capitals surname before an apposed first name", text: "Réclamation concernant DUPUIS Marie, contrôleur URSSAF, pour un redressement injuste.", gone: []string{"DUPUIS", "Marie"}},
	})
}

func TestEngineNamesAtWorkAndListedBefore(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, at the office", text: "Grace at the front desk of the sous-préfecture sorted my permit.", gone: []string{"Grace"}},
		{name: "a surname at the agency", text: "Le dossier a été bloqué par Lacombe à la CAF pendant deux mois.", gone: []string{"Lacombe"}},
		{name: "a first name listed before a name", text: "Florence et Marie Dubois ont tenu le bureau de vote toute la journée.", gone: []string{"Florence", "Marie", "Dubois"}},
		{name: "thanks to the CAF", text: "Grâce à la CAF, la banque a annulé son dernier avertissement.", kept: []string{"Grâce"}, absent: []Kind{KindPersonName}},
		{name: "a region at the council", text: "En Lorraine, à la mairie, on attend trois mois une carte d'identité.", kept: []string{"Lorraine"}, absent: []Kind{KindPersonName}},
	})
}

func TestEngineNamesAddressed(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, addressed", text: "Merci pour tout au guichet de la CPAM. Hope, if you read this, you saved my month.", gone: []string{"Hope"}},
		{name: "addressed in Spanish", text: "Pilar, si lees esto: gracias por la paciencia en la oficina de la CAF.", gone: []string{"Pilar"}},
		{name: "a country in a sentence about it", text: "France, Belgique et Suisse n'ont pas les mêmes règles pour le permis.", kept: []string{"France"}, absent: []Kind{KindPersonName}},
	})
}

func TestEngineSurnameBeforeANegation(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname before ne", text: "Mercier ne répond jamais aux mails, trois semaines que j'attends.", gone: []string{"Mercier"}},
		{name: "a surname before n'", text: "Depuis mars, Lacroix n'a jamais rappelé.", gone: []string{"Lacroix"}},
		{name: "a town before ne", text: "Paris ne répond plus aux demandes de logement social.", kept: []string{"Paris"}, absent: []Kind{KindPersonName}},
	})
}
