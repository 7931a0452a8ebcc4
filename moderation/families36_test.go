package moderation

import (
	"context"
	"testing"
)

// TestEngineFileHeadingsOfRound36: a file's number given as the heading
// of a letter, the file's word opening its sentence with a capital and a
// word of a number after it, is the writer's ("Dossier MDPH n° …
// déposé en mars"). Not a file a sentence tells of, with an article or
// in small letters mid-sentence, nor a reference of the service.
func TestEngineFileHeadingsOfRound36(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Dossier MDPH n°", text: "Dossier MDPH n° 2022-31877 déposé en mars, toujours rien pour l'AEEH.", decision: Publish, kinds: data, gone: []string{"2022-31877"}, kept: []string{"MDPH"}},
		{name: "Dossier n° after a greeting", text: "Bonjour. Dossier n° 13-2025-00412 au nom de mon père, en attente depuis l'été.", decision: Publish, kinds: data, gone: []string{"13-2025-00412"}},
		{name: "Pratica n°", text: "Pratica n° 2025-04417 ferma da tre mesi, nessuna risposta.", decision: Publish, kinds: data, gone: []string{"2025-04417"}},
		{name: "a file told of", text: "Le dossier n° 2022-31877 est resté bloqué six mois à l'instruction.", decision: Publish, absent: data, kept: []string{"2022-31877"}},
		{name: "a file mid-sentence", text: "On m'a dit que le traitement du dossier n° 2022-31877 prendrait du temps.", decision: Publish, absent: data, kept: []string{"2022-31877"}},
		{name: "a letter's reference", text: "Suite au courrier réf. 2025/118, j'ai renvoyé les pièces.", decision: Publish, absent: data, kept: []string{"2025/118"}},
	})
}

// TestEnginePhishingOfRound36: a bank's or a payment service's name in a
// host with a word of phishing ("sparkasse-sicherheit-login.info"), and
// a phishing message whose bait speaks to the reader of a refund waiting
// ("Vous avez un remboursement en attente"), no review of the writer's:
// rejected. Not a bank's own site, a warning that asks to report such
// texts or tells of nearly falling for one, a review before an
// advertising site.
func TestEnginePhishingOfRound36(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a bank's blocked account", text: "Ihr Postbank-Konto wurde gesperrt. Bestätigen Sie Ihre Daten unter postbank-konto-sicherheit.info.", decision: Reject, kinds: spam},
		{name: "an English bank", text: "Your Barclays account has been suspended. Verify your details at barclays-secure-login.com within 24 hours.", decision: Reject, kinds: spam},
		{name: "a refund waiting", text: "URSSAF : Vous avez un remboursement de 96,20 € en attente. Confirmez vos coordonnées sous 24h sur urssaf-remboursement-securise.com.", decision: Reject, kinds: spam},
		{name: "a bank's own site", text: "Mi cuenta de BBVA fue bloqueada por error; en la oficina me dijeron que usara bbva.es y no enlaces de SMS.", decision: Publish, absent: spam},
		{name: "report to 7726", text: "A text told me my account was blocked and sent me to lloyds-secure-login.com. Report such texts to 7726.", decision: Publish, absent: spam},
		{name: "nearly fell for it", text: "I nearly fell for it: a message sent me to hmrc-refund-online.com to claim £312.", decision: Publish, absent: spam},
		{name: "tomber dans le panneau", text: "Ma mère a failli tomber dans le panneau, un SMS l'envoyait sur ameli-remboursement.com pour 148 €.", decision: Publish, absent: spam},
		{name: "a review before an advertising site", text: "Attente interminable à la préfecture. Astuce : le site rdv-facile-prefecture.com vous trouve un créneau pour 29 €.", decision: Review, kinds: spam},
	})
}

// TestEngineExecutionsCalledForOfRound36: violence said to be needed
// against staff, their object a pronoun or the staff right after the verb
// ("Il faudrait les fusiller, ces fonctionnaires", "Man sollte sie an die
// Wand stellen", "Habría que fusilarlos"), and executions wished in so
// many words ("They should all be hanged"): threats. Not what the workload
// will do to staff, a negation, their paperwork, a glare, a housewarming.
func TestEngineExecutionsCalledForOfRound36(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "faudrait les fusiller", text: "Il faudrait les fusiller, ces fonctionnaires de la préfecture.", decision: Reject, kinds: threat},
		{name: "aligner contre un mur", text: "Ces contrôleurs de la CAF, faudrait les aligner contre un mur.", decision: Reject, kinds: threat},
		{name: "an die Wand stellen", text: "Man sollte sie alle an die Wand stellen, diese Beamten vom Jobcenter.", decision: Reject, kinds: threat},
		{name: "fusilarlos", text: "Habría que fusilarlos a todos, a los funcionarios de Extranjería.", decision: Reject, kinds: threat},
		{name: "should all be hanged", text: "The assessors at the DWP should all be hanged for what they do.", decision: Reject, kinds: threat},
		{name: "pendre les agents", text: "faudrait pendre les agents du guichet, tous", decision: Reject, kinds: threat},
		{name: "the workload will kill them", text: "The workload will kill the staff, they are exhausted.", decision: Publish, absent: threat},
		{name: "ce rythme va les tuer", text: "Le stress va les tuer, ces pauvres agents, il faut recruter.", decision: Publish, absent: threat},
		{name: "il ne faut pas", text: "Il ne faut pas les tuer au travail, ces agents, ils font ce qu'ils peuvent.", decision: Publish, absent: threat},
		{name: "their paperwork", text: "Il faudrait tuer la paperasse des agents, ils passent leur vie à remplir des formulaires.", decision: Publish, absent: threat},
		{name: "a glare", text: "La conseillère m'a fusillé du regard quand j'ai demandé un rendez-vous.", decision: Publish, absent: threat},
		{name: "a housewarming", text: "On va pendre la crémaillère samedi, les agents de la mairie sont invités.", decision: Publish, absent: threat},
	})
}

// TestEngineShortNamesOfRound36: short forms of first names ("Thank you
// to Mo at the council", "Big shout out to Gaz the caretaker"), masked;
// all of them words, brands or abbreviations too (Mo–Fr, al, di, le Gaz,
// a Cath Lab), only with the evidence such names need.
func TestEngineShortNamesOfRound36(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Mo at the council", text: "Thank you to Mo at the council for sorting my housing benefit.", decision: Publish, kinds: name, gone: []string{"Mo "}},
		{name: "Al at the Jobcentre", text: "Thanks to Al at the Jobcentre, he found the missing payment.", decision: Publish, kinds: name, gone: []string{"Al "}},
		{name: "Flo de l'accueil", text: "Merci à Flo de l'accueil CAF pour sa patience.", decision: Publish, kinds: name, gone: []string{"Flo"}},
		{name: "Gaz at the housing office", text: "Shout out to Gaz at the housing office who sorted my repairs.", decision: Publish, kinds: name, gone: []string{"Gaz"}},
		{name: "le Gaz", text: "Coupure de Gaz depuis trois jours dans tout l'immeuble, la mairie ne répond pas.", decision: Publish, absent: name, kept: []string{"Gaz"}},
		{name: "Mo–Fr", text: "Öffnungszeiten: Mo–Fr 8–12 Uhr, Di und Do bis 18 Uhr.", decision: Publish, absent: name, kept: []string{"Mo–Fr", "Di und Do"}},
		{name: "Al llegar", text: "Al llegar a la oficina del SEPE no había nadie.", decision: Publish, absent: name, kept: []string{"Al llegar"}},
		{name: "Di solito", text: "Di solito l'INPS risponde in una settimana.", decision: Publish, absent: name, kept: []string{"Di solito"}},
		{name: "Li ho chiamati", text: "Li ho chiamati tre volte all'INPS, nessuna risposta.", decision: Publish, absent: name, kept: []string{"Li ho chiamati"}},
		{name: "signor Li", text: "Grazie al signor Li dello sportello 3, gentilissimo.", decision: Publish, kinds: name, gone: []string{"Li "}},
	})
}

// TestEngineProbedOfRound36: what the probes a helper wrote found. The
// words of phishing said to the reader (an account limited, a sign-in
// detected, money owed) with a link; lookalikes of the DWP and the
// training account; executions called for in other words (stringing up,
// a firing wall, hanging). Not a warning that names the real site, a
// scheme killed off, the pace that will kill staff.
func TestEngineProbedOfRound36(t *testing.T) {
	spam := []Kind{KindSpam}
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "account limited", text: "PayPal: Your account has been limited. Log in at paypal-account-review.net to restore it.", kinds: spam},
		{name: "unusual sign-in", text: "Santander: unusual sign-in detected. If this wasn't you, go to santander-alerts-uk.com now.", kinds: spam},
		{name: "a DWP lookalike", text: "DWP: your Cost of Living Payment of £301 is waiting. Apply now: dwp-costofliving-gov.co", kinds: spam},
		{name: "actualice sus datos", text: "BBVA: su cuenta ha sido bloqueada. Actualice sus datos en bbva-clientes-seguridad.com hoy.", kinds: spam},
		{name: "the real site named", text: "le vrai site des impots c est impots.gouv.fr, pas impots-gouv-remb.fr comme dans le sms que j ai recu. faites gaffe", decision: Publish, absent: spam},
		{name: "string up", text: "Somebody should string up the clerks at the council tax office.", decision: Reject, kinds: threat},
		{name: "string up the lights", text: "I'll string up the Christmas lights in the community centre on Saturday if the caretaker lets us in.", decision: Publish, absent: threat},
		{name: "contra un paredón", text: "A los funcionarios del SEPE habría que ponerlos a todos contra un paredón.", decision: Reject, kinds: threat},
		{name: "gehören aufgehängt", text: "Die Leute vom Finanzamt gehören aufgehängt, jeder einzelne.", decision: Reject, kinds: threat},
		{name: "deviam ser fuzilados", text: "Os funcionários da Segurança Social deviam ser todos fuzilados.", kinds: threat},
		{name: "a scheme killed off", text: "The council should kill off this ridiculous parking permit scheme, it's driving residents mad.", decision: Publish, absent: threat},
		{name: "the pace", text: "Este ritmo vai matar os funcionários das Finanças, são poucos para tanta gente.", decision: Publish, absent: threat},
	})
}

// TestEngineChainLettersOfRound36: chain letters in other words
// ("Transmettez ce message à 10 personnes … ce n'est pas une blague",
// "Catena di Sant'Antonio"). Not a warning that quotes one, nor a
// complaint that is no joke.
func TestEngineChainLettersOfRound36(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "transmettez ce message", text: "Transmettez ce message à 15 personnes avant minuit sinon vos APL seront suspendues. Ce n'est pas une blague !", kinds: spam},
		{name: "catena di Sant'Antonio", text: "Catena di Sant'Antonio: manda questo a 10 amici o l'INPS ti blocca la pensione. Non interromperla!", kinds: spam},
		{name: "a warning quoting one", text: "J'ai reçu « transmettez ce message à 10 personnes sinon la CAF coupe les APL », c'est faux, ne le faites pas.", decision: Publish, absent: spam},
		{name: "no joke", text: "Ce n'est pas une blague, j'attends depuis 3 mois et on me dit de revenir avant minuit sur le site.", decision: Publish, absent: spam},
	})
}

// TestEnginePromotionsOfRound36: a promotional offer made as a business
// does, slipped into a review with no link and no contact: a discount in
// figures, a code, a thing offered first or with another, a price for a
// limited time, the cheapest prices, made by the writer's or a
// relative's shop, with an invitation or a referral. Not a public body's
// discount passed on, a council tax discount, a free service
// recommended, a price paid.
func TestEnginePromotionsOfRound36(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sconto 30%", text: "Pratica chiusa in una settimana in Comune, bravi. PS: per le foto venite da FotoSole in via Garibaldi, sconto 30%!", decision: Review, kinds: spam},
		{name: "40% de desconto", text: "Atendimento rápido na loja do cidadão. Aproveitem e conheçam a loja TelePlus, 40% de desconto em capas!", decision: Review, kinds: spam},
		{name: "mon salon", text: "Accueil correct à la CAF. En attendant venez dans mon salon juste en face, brushing à 15€ ce mois-ci.", decision: Review, kinds: spam},
		{name: "mio cognato", text: "Agenzia delle Entrate disponibile. Per il 730 però andate dallo studio Bianchi, mio cognato vi fa il 20% di sconto.", decision: Review, kinds: spam},
		{name: "la más barata", text: "Tardaron con la renta. La próxima vez, la gestoría de mi primo os la hace por 25€, la más barata del barrio.", decision: Review, kinds: spam},
		{name: "a public pool's discount", text: "La piscine municipale fait -50% aux demandeurs d'emploi, venez nombreux, merci la mairie.", decision: Publish, absent: spam},
		{name: "a council tax discount", text: "I get the 25% single person discount on council tax and the council still sent a bill for the full amount.", decision: Publish, absent: spam},
		{name: "a free service recommended", text: "La mission locale m'a trouvé une formation gratuite de 6 mois. Foncez si vous avez moins de 26 ans.", decision: Publish, absent: spam},
		{name: "a price paid", text: "J'ai payé 12 € mes photos au photomaton ce mois-ci et la préfecture les a refusées.", decision: Publish, absent: spam},
		{name: "a relative's discount received", text: "Mon mari a eu droit à 50% de réduction sur la carte de bus grâce à sa pension d'invalidité.", decision: Publish, absent: spam},
		{name: "a studio flat", text: "My studio flat costs £750 this month and Universal Credit still hasn't updated the housing element.", decision: Publish, absent: spam},
		{name: "a code that failed", text: "Le code AB12CD reçu par SMS pour activer mon compte ne fonctionne pas. Pensez à corriger ça.", decision: Publish, absent: spam},
		{name: "a neighbourhood feast", text: "Venite numerosi alla festa di quartiere domenica, il primo gelato è gratis per i bambini!", decision: Publish, absent: spam},
		{name: "cheaper than the tram", text: "Le bus est moins cher que le tram pour aller à l'hôpital, passez par la ligne 12.", decision: Publish, absent: spam},
		{name: "a gift with any purchase", text: "Nouvelle boulangerie ouverte rue Voltaire ! Venez goûter nos pains, un café offert pour tout achat jusqu'à dimanche.", decision: Review, kinds: spam},
	})
}

// TestEngineReportedHateOfRound36: hate someone else was heard telling
// another, or written on a wall, told as a report with what was done
// about it ("I've filed a complaint", "C'est insupportable"); a group
// told to go home, a country for its own only. Not the writer's own
// words after the quotation.
func TestEngineReportedHateOfRound36(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a guard telling", text: "Overheard a security guard at the council telling a man to 'go back to your own country'. I've filed a complaint.", decision: Publish, absent: abuse},
		{name: "a tag on a door", text: "Le mot « bougnoule » est tagué sur la porte de l'école depuis lundi. Quand allez-vous l'effacer ? C'est insupportable.", decision: Publish, absent: abuse},
		{name: "the writer's own words", text: "« Sales bougnoules » et je le pense.", decision: Reject, kinds: abuse},
		{name: "a quotation agreed with", text: "Mon grand-père disait « les immigrés, c'est de la vermine ». Il avait raison. C'est insupportable.", kinds: abuse},
		{name: "a guard agreed with", text: "A guard was telling everyone 'Muslims are vermin, deport them all' and he's right. I've complained to the council.", kinds: abuse},
		{name: "no reason", text: "En sortant de l'agence, un monsieur m'a lancé « fais gaffe à toi » sans raison. J'ai prévenu l'agent de sécurité.", decision: Publish, absent: abuse},
		{name: "geht zurück in eure Heimat", text: "Geht doch zurück in eure Heimat, Deutschland gehört den Deutschen.", decision: Reject, kinds: abuse},
		{name: "tornatevene al vostro paese", text: "Tornatevene al vostro paese, basta regalare soldi a voi.", decision: Reject, kinds: abuse},
		{name: "extracomunitari parassiti", text: "All'INPS ci sono solo extracomunitari, sono tutti parassiti.", decision: Reject, kinds: abuse},
	})
}

// TestEngineLawfulWarningsOfRound36: "vous êtes prévenus" after a
// recourse to the law, with no harm said, is the law's; staff who crack
// under pressure. Still a threat after harm said.
func TestEngineLawfulWarningsOfRound36(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the tribunal", text: "Si ma demande est refusée, je saisirai le tribunal administratif. Vous êtes prévenus, je connais mes droits.", decision: Publish, absent: threat},
		{name: "crack under pressure", text: "Staff at the Jobcentre looked burnt out. Someone's going to crack under that pressure, they need more people.", decision: Publish, absent: threat},
		{name: "harm said", text: "Le prochain contrôleur qui vient chez moi, je lui tire dessus. Vous êtes prévenus, j'irai au tribunal s'il le faut.", decision: Reject, kinds: threat},
		{name: "no law", text: "La prochaine fois je viens pas les mains vides à la CAF. Vous êtes prévenus.", kinds: threat},
	})
}

// TestEngineOafsAndLuminariesOfRound36: the oaf as a noun ("gros
// b@lourd"), the luminary mocked between congratulations and a blunder
// (es "lumbrera", pt "sumidade"). Not a heavy cheese, a luminary
// praised.
func TestEngineOafsAndLuminariesOfRound36(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "gros b@lourd", text: "Merci au gros b@lourd du guichet 2 qui m'a fait revenir pour une photocopie.", decision: Review, kinds: abuse},
		{name: "a heavy cheese", text: "Le fromage est un peu balourd, mais la cantine fait des efforts.", decision: Publish, absent: abuse},
		{name: "el lumbrera", text: "Bravo por el lumbrera de la oficina que perdió mi solicitud dos veces.", decision: Review, kinds: abuse},
		{name: "una sumidade", text: "A doutora é uma sumidade em direito fiscal, ajudou-me imenso.", decision: Publish, absent: abuse},
	})
}

// TestEngineCodeReviewOfRound36: what a review of the round's code found.
// "man" of "man muss" shares its word with what must be done (a panic
// sliced between them); a phisher's "Merci de cliquer" and a text
// "saying how to pay" warn of nothing; agreement far from a quotation or
// said of oneself endorses nothing; a writer's own file said of his
// father before "le juge" is masked; "court" is short in French; an
// intent to hang the reader is a threat of violence, not a call against
// staff.
func TestEngineCodeReviewOfRound36(t *testing.T) {
	threat := []Kind{KindThreat}
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "man muss in an English text", text: "I waited four hours at the office today. Man muss sie an die Wand stellen.", decision: Publish},
		{name: "merci de cliquer", text: "CAF : votre dossier est bloqué. Merci de cliquer sur caf-remboursement-securise.com pour le débloquer.", decision: Reject, kinds: spam},
		{name: "a text saying how to pay", text: "Your parcel is held. Follow the link in the text saying how to pay: royalmail-redelivery-fee.com", decision: Reject, kinds: spam},
		{name: "I was right to", text: "Overheard a guard telling a man to 'go back to your own country'. I've filed a complaint and the manager said I was right to.", decision: Publish},
		{name: "comme toujours", text: "Comme toujours, un agent m'a crié « sale bougnoule ». J'ai porté plainte.", decision: Publish},
		{name: "the father's file", text: "Dossier n° 13-2025-00412 au nom de mon père, en attente chez le juge.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"13-2025-00412"}},
		{name: "court is short", text: "Le délai est court. La prochaine fois je viens pas les mains vides à la CAF. Vous êtes prévenus.", decision: Reject, kinds: threat},
	})
	e := newTestEngine(t, nil)
	res, err := e.Moderate(context.Background(), Input{Text: "Je vais te pendre, sale rat."})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Flags {
		if f.Kind == KindThreat && f.Reason != "threat of violence" {
			t.Errorf("an intent to hang the reader: reason %q, want %q", f.Reason, "threat of violence")
		}
	}
	if res.Decision != Reject {
		t.Errorf("an intent to hang the reader: %s, want reject", res.Decision)
	}
}
