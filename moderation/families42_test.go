package moderation

import (
	"testing"
)

// TestEnginePluggedBrandsOfRound42: a business's made-up name (capitals
// inside a word, or a word of trade after capitalised words) sold in a
// review by a referral, a link in the writer's profile or a discount in
// figures. Not a brand advised against or quoted, nor what the round's
// first form took for selling: a login's code, a public app or a charity
// recommended, a fare or a complaint with its price, a call to look a
// public page up (a review's probes).
func TestEnginePluggedBrandsOfRound42(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "link in profile", text: "Bürgeramt war schnell, danke. Wer sparen will: SparFuchs Karte, Link in meinem Profil!", decision: Review, kinds: spam},
		{name: "discount, mention this site", text: "Got my provisional licence quickly. My mate runs FastLane Driving School, 10% off if you mention this site!", decision: Review, kinds: spam},
		{name: "referral", text: "Conseiller correct. Au passage : formation web chez WebBoost Academy, tapez leur nom de ma part 😉", decision: Review, kinds: spam},
		{name: "digits ending the name", text: "Marché de Noël agréable. PS : tentez votre chance sur JackpotRoyal777, lien dans ma bio !", decision: Review, kinds: spam},
		{name: "a discount in figures", text: "Le site des impôts a bien fonctionné. Profitez aussi de -50 % sur les lunettes chez VisioNet Lyon jusqu'au 30 !", decision: Review, kinds: spam},
		{name: "advised against", text: "Évitez TramiteYa, ils annoncent -20 % sur la prise de rendez-vous que la préfecture donne gratuitement.", decision: Publish, absent: spam},
		{name: "a login's code", text: "Sur l'appli FranceIdentité, on valide son identité avec le code PIN de la carte, c'est rapide.", decision: Publish, absent: spam},
		{name: "a public app recommended", text: "Je recommande MonPsy : 8 séances remboursées, j'ai trouvé une psychologue en une semaine.", decision: Publish, absent: spam},
		{name: "a charity to look up", text: "Il BancoAlimentare di zona è aperto il martedì, cercateli su Facebook per gli orari.", decision: Publish, absent: spam},
		{name: "a fare with a tip", text: "Tipp: Das DeutschlandTicket kostet 58 € im Monat und gilt auch für den Bus zum Bürgeramt.", decision: Publish, absent: spam},
		{name: "a complaint with a price", text: "HelloBank m'avait promis le premier mois offert et j'ai quand même été prélevé de 5 €.", decision: Publish, absent: spam},
		{name: "a discount opposed", text: "Die Bahn gibt mit der ZugFix Karte 25 % Rabatt, aber am Automaten im Bürgeramt kann man sie nicht kaufen.", decision: Publish, absent: spam},
		{name: "a surname with its particle", text: "Mr McKenzie at the council is great, say hello de ma part.", decision: Publish, absent: spam},
		{name: "a fault owned", text: "C'est une erreur de ma part, j'ai payé le stationnement avec PayByPhone au lieu de l'horodateur. La mairie a annulé l'amende, merci.", decision: Publish, absent: spam},
		{name: "a fault owned in Italian", text: "È stato un errore da parte mia con PagoFacile, il comune ha annullato la multa, grazie.", decision: Publish, absent: spam},
		{name: "a fault owned, short, with a link", text: "Erreur de ma part sur ParcourSup, corrigée grâce au tuto www.onisep.fr", decision: Publish, absent: spam},
		{name: "a public discount", text: "Mit dem Sozialpass gibt es 50 % Rabatt im Hallenbad Aqua Plus, danke an die Stadt.", decision: Publish, absent: spam},
		{name: "a range", text: "Les prix de l'abonnement TotalEnergies ont pris 10-15 % cette année, c'est énorme.", decision: Publish, absent: spam},
	})
}

// TestEngineLowerNamesAfterTitlesOfRound42: after an abbreviated title, a
// listed name in lower case that is a frequent word too ("Dr rosa", "M.
// petit"), and an Irish surname in lower case ("ms o'brien"). Not a
// particle or a role after the title, nor a number's metre.
func TestEngineLowerNamesAfterTitlesOfRound42(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Dr rosa", text: "Dr rosa, médecin du centre de PMI, nous a reçus à l'heure.", decision: Publish, kinds: name, gone: []string{"rosa"}},
		{name: "M. petit", text: "M. petit est toujours désagréable au guichet.", kinds: name, gone: []string{"petit"}},
		{name: "ms o'brien", text: "ms o'brien in planning never answers her emails", decision: Publish, kinds: name, gone: []string{"brien"}},
		{name: "mr o'neill", text: "shout out to mr o'neill, the bus driver on the late route", decision: Publish, kinds: name, gone: []string{"neill"}},
		{name: "the Dr will", text: "The Dr will call you back tomorrow, the receptionist said.", decision: Publish, absent: name, kept: []string{"will call"}},
		{name: "M. le maire", text: "M. le maire est absent depuis trois semaines.", decision: Publish, absent: name, kept: []string{"le maire"}},
		{name: "Mme la directrice", text: "Mme la directrice est absente aujourd'hui.", decision: Publish, absent: name, kept: []string{"la directrice"}},
		{name: "metres", text: "Le trottoir fait 3 m. petit passage pour les poussettes.", decision: Publish, absent: name, kept: []string{"petit"}},
	})
}

// TestEngineWarnedDayOfRound42: "don't be surprised" of a day or a time to
// come, with a fire promised to a building, is a threat; "part en fumée"
// burns in the present and the future too. Not the same warning of no
// harm ("quand les gens iront voir ailleurs").
func TestEngineWarnedDayOfRound42(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "le jour où", text: "Vu comment on est traités à la CPAM de Lens, faudra pas s'étonner le jour où le bâtiment part en fumée.", decision: Reject, kinds: threat},
		{name: "parte en fumée", text: "Ce serait dommage que votre agence parte en fumée, elle est si jolie.", decision: Reject, kinds: threat},
		{name: "no harm", text: "Faudra pas s'étonner quand les gens iront voir ailleurs, le service est lamentable.", decision: Publish, absent: threat},
		{name: "a queue", text: "Ne soyez pas surpris quand la file d'attente fera trois heures.", decision: Publish, absent: threat},
	})
}

// TestEngineAgainstNatureOfRound42: a group called against nature or said
// to have no business here is hate; gays and lesbians named in Italian,
// Spanish and Portuguese are a group. Not a saying said to have no
// business here, nor a prejudice quoted to condemn it, nor a group
// named in thanks.
func TestEngineAgainstNatureOfRound42(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "widernatürlich", text: "Schwule und Lesben haben im Standesamt nichts verloren, das ist krank und widernatürlich.", decision: Reject, kinds: abuse},
		{name: "contro natura", text: "Gli omosessuali sono contro natura, il comune non dovrebbe sposarli.", decision: Reject, kinds: abuse},
		{name: "nichts verloren", text: "Die Flüchtlinge haben hier nichts verloren, schickt sie zurück.", decision: Reject, kinds: abuse},
		{name: "a saying", text: "Der Spruch 'Frauen gehören an den Herd' stammt aus dem letzten Jahrhundert und hat hier nichts verloren.", decision: Publish, absent: abuse},
		{name: "condemned", text: "Die Behauptung, Schwule seien widernatürlich, ist einfach Hetze.", decision: Publish, absent: abuse},
		{name: "thanks", text: "Las lesbianas del ayuntamiento me atendieron muy bien, gracias.", decision: Publish, absent: abuse},
	})
}

// TestEnginePersonalNumbersOfRound42: a phone written with its trunk zero
// in brackets and no country code; a number said after it to be the
// writer's (", c'est mon numéro allocataire"). Not a date or an amount
// said to be the writer's, nor "(0)" before a small count.
func TestEnginePersonalNumbersOfRound42(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "(0)20", text: "Work number is (0)20 7946 0123, ext 214. My journal hasn't been updated.", decision: Publish, gone: []string{"7946 0123"}},
		{name: "(0)6", text: "Rappelez-moi au (0)6 12 34 56 78, merci.", decision: Publish, gone: []string{"12 34 56 78"}},
		{name: "allocataire after", text: "4471092, c'est mon numéro allocataire, personne au 32 30 ne retrouve mon dossier.", decision: Publish, gone: []string{"4471092"}, kept: []string{"32 30"}},
		{name: "fiscal after", text: "0723456789012 c'est mon numéro fiscal, le simulateur plante.", decision: Publish, gone: []string{"0723456789012"}},
		{name: "NI after", text: "AB123456C is my NI number and HMRC still can't find me.", decision: Publish, gone: []string{"AB123456C"}},
		{name: "a date", text: "Le 3 janvier 2024, c'est mon anniversaire et toujours pas de réponse.", decision: Publish, kept: []string{"3 janvier 2024"}},
		{name: "an amount", text: "1500000 c'est mon salaire annuel en francs, à l'époque.", decision: Publish, kept: []string{"1500000"}},
		{name: "Italian and", text: "Il protocollo 2023456 e il mio codice fiscale sono nella PEC.", decision: Publish, kept: []string{"2023456"}},
		{name: "(0) before a count", text: "Note (0) 12 items left in the form.", decision: Publish, kept: []string{"12 items"}},
	})
}

// TestEngineThreatAtTheEndOfRound42: the threat model reads two sentences
// in a row too, so that a threat said at the end of a long fair complaint
// is not weighed down by it. Not a long complaint that ends on lawful
// recourse or on the writer's despair.
func TestEngineThreatAtTheEndOfRound42(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "I'll be seeing you", text: "I attended my PIP assessment on 3 May with my support worker. The report says I walked 200 metres unaided - I used a wheelchair to get into the building. It says I made good eye contact and seemed relaxed; I had a panic attack in the waiting room. I have been awarded zero points and lost my Motability car. I am appealing, but pass on one thing. The assessor who wrote that report: I know your name, I know your town, and I'll be seeing you.", kinds: threat},
		{name: "lawful recourse", text: "I attended my PIP assessment on 3 May with my support worker. The report says I walked 200 metres unaided - I used a wheelchair to get into the building. I have been awarded zero points and lost my Motability car. I am appealing, and I will see the assessor at the tribunal with my solicitor.", decision: Publish, absent: threat},
		{name: "despair", text: "Huit mois que j'attends mon remboursement. J'ai envoyé trois courriers recommandés. J'ai appelé quinze fois. Personne ne répond. Je n'en peux plus, je vais finir par craquer.", decision: Publish, absent: threat},
	})
}

// TestEngineSitePluggedOfRound42: a link to a site of no public service,
// a price paid for what it does and a recommendation: an advertisement.
// Not an amount owed, a recommendation denied, a price opposed.
func TestEngineSitePluggedOfRound42(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "pour 29€", text: "L'agent était aimable mais le site est lent. Moi je passe par www.demarches-zen.com, ils font tout pour 29€, je recommande.", decision: Review, kinds: spam},
		{name: "paid £150", text: "Passport took ages. In the end I paid £150 to passport-fasttrack-help.co.uk and got it in a week, highly recommend.", decision: Review, kinds: spam},
		{name: "eligible for", text: "I used www.entitledto.co.uk and found out I was eligible for £300 a month, I recommend it.", decision: Publish, absent: spam},
		{name: "another site recommended", text: "J'ai payé 29 € sur www.mes-demarches-express.com pour rien. Je recommande plutôt le site officiel ants.gouv.fr.", decision: Publish, absent: spam},
		{name: "not worth it, short", text: "Paid £60 for a visa check on www.visa-fast.co.uk, wasn't worth it.", decision: Publish, absent: spam},
		{name: "recommended to nobody", text: "Ich habe für 50 € auf www.visum-schnell.de einen Termin gekauft, ich empfehle sie niemandem.", decision: Publish, absent: spam},
		{name: "an amount owed", text: "Check entitledto.co.uk, I found I was owed £300 a month, highly recommend.", decision: Publish, absent: spam},
		{name: "denied", text: "J'ai payé 80€ à rdv-titre-facile.fr pour un créneau, je ne recommande pas.", decision: Publish, absent: spam},
		{name: "opposed", text: "J'ai payé 80€ à rdv-titre-facile.fr mais rien reçu. Pour les autres, je recommande la préfecture en direct.", decision: Publish, absent: spam},
	})
}

// TestEngineThreatWordsOfRound42: Spanish "iré" announces the writer's
// coming with a weapon; a broken nose promised in German. Not the writer
// going to an office with no weapon.
func TestEngineThreatWordsOfRound42(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "iré con la escopeta", text: "Iré a la oficina del SEPE con la escopeta, a ver si así me atienden.", decision: Reject, kinds: threat},
		{name: "breche ich ihm die Nase", text: "Wenn ich den Sachbearbeiter das nächste Mal sehe, breche ich ihm die Nase.", decision: Reject, kinds: threat},
		{name: "iré a la oficina", text: "Iré a la oficina mañana a las nueve con todos los papeles.", decision: Publish, absent: threat},
	})
}

// TestEngineLongTextWordsOfRound42: words of probe set 42d, whose long
// texts weigh the models down: refugees called nothing but parasites a
// clause after the group, Portugal's town hall set on fire, a bitter old
// woman, a petty tyrant. Not a camera, nor tyrants of history, nor an
// old witch in a puppet show ("old witch" was dropped for it, a
// review's).
func TestEngineLongTextWordsOfRound42(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "nichts als Schmarotzer", text: "Seit vierzehn Monaten warte ich auf einen Kitaplatz. Die Stadt sagt, es fehlen Erzieherinnen. Dabei ist klar, wer die Plätze bekommt: diese Flüchtlinge, die nichts als Schmarotzer sind.", decision: Reject, kinds: abuse},
		{name: "pego fogo à câmara", text: "Já gastei dois mil euros em advogados e ninguém me responde. Se aquilo avançar, pego fogo à câmara.", decision: Reject, kinds: threat},
		{name: "vieille aigrie", text: "La dame de l'accueil, une vieille aigrie incompétente, m'a fermé le guichet au nez à 11h58.", decision: Review, kinds: abuse},
		{name: "petit tyran minable", text: "Votre adjoint m'a répondu qu'il n'avait pas de comptes à me rendre. Cet homme est un petit tyran minable.", decision: Review, kinds: abuse},
		{name: "a camera", text: "A câmara fotográfica do meu filho ficou esquecida na repartição, devolveram-na no dia seguinte.", decision: Publish, absent: threat},
		{name: "a puppet show's witch", text: "My daughter loved the old witch in the puppet show at the library on Saturday.", decision: Publish, absent: abuse},
		{name: "a tyrant of history", text: "La médiathèque propose une expo sur les tyrans de l'Antiquité, très bien faite.", decision: Publish, absent: abuse},
	})
}

// TestEngineTitleAddressingOfRound42: a title set apart by a comma or a
// line break addresses the reader ("Madame, Monsieur,\nSuite à…",
// "Exmos. Senhores,\n\nVenho por este meio…"): the word that opens the
// letter is no name. A known name after it still is.
func TestEngineTitleAddressingOfRound42(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Monsieur, Votre", text: "Monsieur,\n\nVotre service est lent, trois mois sans réponse.", decision: Publish, absent: name, kept: []string{"Votre service"}},
		{name: "Madame, Monsieur, Suite", text: "Madame, Monsieur,\nSuite à la baisse de mon activité, je sollicite un échéancier.", decision: Publish, absent: name, kept: []string{"Suite"}},
		{name: "Senhores, Venho", text: "Exmos. Senhores,\n\nVenho por este meio informar que o abono parou em janeiro.", decision: Publish, absent: name, kept: []string{"Venho"}},
		{name: "a known name after the comma", text: "Madame, Dupont vous a déjà écrit deux fois.", kinds: name, gone: []string{"Dupont"}},
		{name: "a title and its name", text: "Bonjour Madame Lefebvre, merci pour votre aide.", decision: Publish, kinds: name, gone: []string{"Lefebvre"}},
		{name: "a line break alone", text: "Je remercie Madame\nNkemelu pour son aide au guichet de la CAF.", decision: Publish, kinds: name, gone: []string{"Nkemelu"}},
	})
}
