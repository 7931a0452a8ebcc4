package moderation

import (
	"testing"
)

// TestEnginePluggedBrandsOfRound42: a business's made-up name (capitals
// inside a word, or a word of trade after capitalised words) sold in a
// review: a call to look it up, a referral, a code, a discount, a
// recommendation of the brand itself, or a price with the readers
// addressed. Not a public service, a charity or a platform written so
// (listed institutions), a brand advised against, a recommendation of
// something else, a price with nobody addressed.
func TestEnginePluggedBrandsOfRound42(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "look it up", text: "The DWP took six weeks to answer. Meanwhile I made £2k trading with CoinPilotAI, honestly look it up.", decision: Review, kinds: spam},
		{name: "link in profile", text: "Bürgeramt war schnell, danke. Wer sparen will: SparFuchs Karte, Link in meinem Profil!", decision: Review, kinds: spam},
		{name: "discount, mention this site", text: "Got my provisional licence quickly. My mate runs FastLane Driving School, 10% off if you mention this site!", decision: Review, kinds: spam},
		{name: "recommended, price", text: "Cita previa imposible. Al final lo conseguí con TramiteYa Gestoría, por solo 40€ en 48h, ¡recomendadísimo!", decision: Review, kinds: spam},
		{name: "tip, price", text: "Passport came in two weeks. Pro tip: get your photos at PixBooth, £4 and always accepted.", decision: Review, kinds: spam},
		{name: "word of trade", text: "Pratica sbloccata, grazie. Per chi ha problemi: Pratiche Facili di Lecce vi fa tutto a 25€, cercateli su Facebook!", decision: Review, kinds: spam},
		{name: "recommends the brand", text: "Pour ceux qui sont dans le rouge, je recommande RachatMalin pour regrouper vos crédits.", decision: Review, kinds: spam},
		{name: "a public service", text: "Je recommande MonCompteFormation pour vos formations, c'est gratuit.", decision: Publish, absent: spam},
		{name: "a charity", text: "Check out the StepChange website, they helped me with my £3,000 council tax arrears for free.", decision: Publish, absent: spam},
		{name: "advised against", text: "I would not recommend QuickLoanz, 40% interest, total rip-off.", decision: Publish, absent: spam},
		{name: "avoid", text: "Évitez TramiteYa, ils m'ont pris 40€ pour un rendez-vous que la préfecture donne gratuitement.", decision: Publish, absent: spam},
		{name: "recommends something else", text: "Mon TrottiBoost à 400€ a été volé dans le bus, la gendarmerie a pris la plainte, je recommande la brigade de Melun.", decision: Publish, absent: spam},
		{name: "recommends doing", text: "J'ai pris un CovoitExpress pour 15€ pour aller à la préfecture, je recommande de s'y prendre tôt.", decision: Publish, absent: spam},
		{name: "a price, nobody addressed", text: "My son's GameBox cost £300 and the council still counted it as savings.", decision: Publish, absent: spam},
		{name: "a surname with its particle", text: "Mr McKenzie at the council is great, I recommend him.", decision: Publish, absent: spam},
		{name: "quoted", text: "J'ai reçu un SMS « CitaRapida, tapez le 5 » : c'est une arnaque, ne répondez pas.", decision: Publish, absent: spam},
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
