package moderation

import "testing"

// Round 3 families found on a third blind corpus, with invented texts of
// the same family and clean controls next to them.

func TestEngineThreatsWithoutAWeaponInManyLanguages(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knowing where a señora lives with a consequence is a threat", text: "Sé dónde vive, señora García. Resuelva lo mío o se va a arrepentir.", decision: Reject, kinds: threat},
		{name: "knowing where a Herr parks is a threat", text: "Ich weiß, wo Sie parken, Herr Schulz. Zahlen Sie endlich, sonst passiert was.", decision: Reject, kinds: threat},
		{name: "sonst passiert etwas is a threat", text: "Geben Sie mir meinen Bescheid, sonst passiert etwas.", decision: Reject, kinds: threat},
		{name: "knowing when a signora leaves is a threat", text: "So quando esce, signora Conti. Le conviene firmare la mia domanda.", decision: Reject, kinds: threat},
		{name: "knowing where a senhor lives is a threat", text: "Sei onde mora, senhor Costa. Vai se arrepender.", decision: Reject, kinds: threat},
		{name: "breaking someone's teeth is a threat", text: "Si l'agente me refait le coup, je lui casse la figure.", decision: Reject, kinds: threat},
		{name: "smashing his face is a threat", text: "If he loses my file again I'll smash his face.", decision: Reject, kinds: threat},
		{name: "an armed visit as a warning is a threat", text: "Ne vous étonnez pas si un usager débarque avec une arme un de ces jours.", decision: Reject, kinds: threat},
		{name: "someone who will come with a gun is a threat", text: "Keep refusing people and one day someone will come in with a gun.", decision: Reject, kinds: threat},
		{name: "a past armed visit is a report", text: "Someone came with a knife yesterday and the guard handled it well.", decision: Publish, absent: clean},
		{name: "falling over is no threat", text: "Je me suis cassé la figure dans l'escalier de la mairie, il faudrait une rampe.", decision: Publish, absent: clean},
		{name: "knowing where the office is is no threat", text: "Ahora sé dónde está la oficina, gracias señora.", decision: Publish, absent: clean},
		{name: "a person who lives abroad is no threat", text: "Mi madre vive en Madrid y la CAF la ayudó mucho.", decision: Publish, absent: clean},
		{name: "you would better bring papers is advice", text: "Le conviene traer el pasaporte, me dijo la señora del mostrador.", decision: Publish, absent: clean, modelReviews: true},
	})
}

func TestEngineDehumanisingGeneralisations(t *testing.T) {
	hate, clean := []Kind{KindAbuse}, []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group breeding like rats is hate", text: "Les migrants se multiplient comme des rats dans ce quartier.", decision: Reject, kinds: hate},
		{name: "a group breeding like cockroaches is hate", text: "Those people breed like cockroaches and the council pays for it.", decision: Reject, kinds: hate},
		{name: "a country flooded by a group is hate", text: "La ville est envahie par les Roms, on ne peut plus rien faire.", decision: Reject, kinds: hate},
		{name: "a group controlling the media is hate", text: "The Jews control the media, that's why nobody talks about it.", decision: Reject, kinds: hate},
		{name: "a German conspiracy is hate", text: "Die Juden kontrollieren die Banken, deshalb zahlt man so viel.", decision: Reject, kinds: hate},
		{name: "sending a group home is hate", text: "Renvoyez-les tous chez eux, ces Roms.", decision: Reject, kinds: hate},
		{name: "sending files back is no hate", text: "Renvoyez-les chez eux, les dossiers incomplets, disait le chef.", decision: Publish, absent: clean, modelReviews: true},
		{name: "Muslims waiting too is no hate", text: "Les musulmans attendent aussi longtemps que tout le monde à la préfecture.", decision: Publish, absent: clean},
		{name: "a Jewish family helped is no hate", text: "A Jewish family was helped by the social worker, lovely to see.", decision: Publish, absent: clean},
		{name: "statistics on migrants are no hate", text: "Les migrants représentent 10 % des demandes traitées cette année selon la préfecture.", decision: Publish, absent: clean},
		{name: "an office flooded with requests is no hate", text: "The office is flooded with requests in September, be patient.", decision: Publish, absent: clean},
	})
}

func TestEngineInsultsOfAWholeStaff(t *testing.T) {
	abuse, clean := []Kind{KindAbuse}, []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "all incapable is an insult", text: "Vous êtes tous des incapables à la mairie.", decision: Review, kinds: abuse},
		{name: "all incapable in capitals is an insult", text: "VOUS ÊTES TOUS DES INCAPABLES, DEUX MOIS POUR UN PAPIER !", decision: Review, kinds: abuse},
		{name: "a bunch of useless people is an insult", text: "You're all useless idiots at that office.", decision: Review, kinds: abuse},
		{name: "ce sont des incapables is an insult", text: "Ce sont des incapables à la CPAM.", decision: Review, kinds: abuse},
		{name: "incapables as a rhetorical question is no insult", text: "Des incapables ? Non, ils manquent juste de moyens.", decision: Publish, absent: clean},
		{name: "flooded with calls is no hate", text: "The benefits office was flooded with calls after the reform.", decision: Publish, absent: clean},
		{name: "knowing where a brother lives is no threat", text: "Sé dónde vive mi hermano, pero la carta llegó a otra dirección.", decision: Publish, absent: clean},
		{name: "incapable of answering is criticism", text: "Ils sont incapables de répondre au téléphone, c'est pénible.", decision: Publish, absent: clean},
	})
}

func TestEngineGetRichAndBettingAds(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish get-rich ad is spam", text: "Gana dinero desde casa, apuestas-seguras.es te lo explica.", decision: Reject, kinds: spam},
		{name: "an Italian betting ad is spam", text: "Scommesse sportive vincenti garantite su vinci-sempre.it", decision: Reject, kinds: spam},
		{name: "an ad with a discount for mentioning a review is spam", text: "Great help at the town hall. PS: mention this review at cleanfast-services.com for 15% off!", decision: Review, kinds: spam},
		{name: "a review without an ad is clean", text: "Great help at the town hall, they explained the 15% tax reduction.", decision: Publish, absent: spam},
	})
}

func TestEnginePersonalDataSpelledOut(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a French spelled e-mail is masked", text: "Écrivez-moi : marie point durand arobase orange point fr, merci.", decision: Publish, gone: []string{"durand", "orange point fr"}, kept: []string{"merci"}},
		{name: "an English spelled e-mail is masked", text: "Contact me at paul dot jones at yahoo dot co dot uk about my claim.", decision: Publish, gone: []string{"jones", "yahoo"}, kept: []string{"claim"}},
		{name: "a Spanish spelled e-mail is masked", text: "Mi correo es ana punto ruiz arroba correo punto es para el expediente.", decision: Publish, gone: []string{"ruiz", "arroba"}},
		{name: "an Italian spelled e-mail is masked", text: "Scrivetemi a luca punto neri chiocciola libero punto it grazie.", decision: Publish, gone: []string{"neri", "libero"}},
		{name: "at the office is no e-mail", text: "I was at the office at nine, point taken about the queue.", decision: Publish, kept: []string{"at the office", "point taken"}},
		{name: "a foreigner number is masked", text: "Mon numéro étranger est le 9912345678, je n'ai aucune réponse.", decision: Publish, gone: []string{"9912345678"}},
		{name: "an Italian fiscal code number is masked", text: "Il mio numero di tessera sanitaria è 80380123456789012345.", decision: Publish, gone: []string{"80380123456789012345"}},
		{name: "a case number stays", text: "Le numéro de dossier est 2023-45871, la date limite le 30/06.", decision: Publish, kept: []string{"2023-45871", "30/06"}},
	})
}

func TestEngineKeptServiceNumbersPlacesAndServices(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a free service number after tax is kept", text: "The tax helpline 0 800 123 456 answered quickly.", decision: Publish, kept: []string{"0 800 123 456"}},
		{name: "a short service number is kept", text: "J'ai appelé le 3949 pour France Travail, attente courte.", decision: Publish, kept: []string{"3949"}},
		{name: "a mobile after tax is still masked", text: "Call me about my tax on 06 12 34 56 78 please.", decision: Publish, gone: []string{"06 12 34 56 78"}},
		{name: "a name before station is a place", text: "The lift at Victor Hugo station was broken again.", decision: Publish, kept: []string{"Victor Hugo station"}},
		{name: "a name before hospital is a place", text: "The staff at Pasteur hospital were kind to my mother.", decision: Publish, kept: []string{"Pasteur hospital"}},
		{name: "a person before a lower-case verb is still a name", text: "Marie Dupont was rude at the desk.", decision: Publish, gone: []string{"Dupont"}},
		{name: "a service in capitals is kept after a surname", text: "MME GARNIER DU SERVICE DES IMPÔTS N'A RIEN FAIT.", decision: Review, kept: []string{"SERVICE DES IMPÔTS"}, gone: []string{"GARNIER"}},
	})
}

func TestEngineAbbreviatedTitlesAndAnnouncedIBAN(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a name after Sig.ra is masked", text: "La Sig.ra Ferrari dell'ufficio è stata molto paziente.", decision: Publish, gone: []string{"Ferrari"}, kept: []string{"Sig.ra"}},
		{name: "a name after Dott.ssa is masked", text: "La Dott.ssa Greco mi ha spiegato tutto.", decision: Publish, gone: []string{"Greco"}},
		{name: "an announced IBAN with a typo is masked", text: "Mon IBAN est FR12 3000 4000 0312 3456 7890 14, merci de corriger.", decision: Publish, gone: []string{"3456 7890"}, kept: []string{"merci"}},
		{name: "a reference after IBAN without digits enough stays", text: "L'IBAN du formulaire AB12 est illisible.", decision: Publish, kept: []string{"AB12"}},
	})
}

func TestEngineRound3VariantsInOtherLanguages(t *testing.T) {
	threat, abuse, spam := []Kind{KindThreat}, []Kind{KindAbuse}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knowing where a senhor parks is a threat", text: "Sei onde estaciona, senhor Alves. Assine o meu pedido senão vai ver.", decision: Reject, kinds: threat},
		{name: "knowing the reader's address in German is a threat", text: "Wir kennen Ihre Adresse. Denken Sie darüber nach.", decision: Reject, kinds: threat},
		{name: "breaking a jaw is a threat", text: "I'll break your jaw if my claim is refused.", decision: Reject, kinds: threat},
		{name: "a group invading the country is hate", text: "Immigrants are invading our town and nobody does anything.", decision: Reject, kinds: abuse},
		{name: "an Italian call to send them back is hate", text: "I rom ci stanno invadendo, rimandateli a casa.", decision: Reject, kinds: abuse},
		{name: "a Spanish staff of useless people is an insult", text: "Sois todos unos inútiles, llevo un año esperando.", decision: Review, kinds: abuse},
		{name: "an Italian staff of incapable people is an insult", text: "Siete tutti degli incapaci all'INPS.", decision: Review, kinds: abuse},
		{name: "a German get-rich ad is spam", text: "Verdienen Sie 3000€ pro Woche mit Krypto: schnell-reich.de", decision: Reject, kinds: spam},
		{name: "an Italian work-from-home ad is spam", text: "Guadagna 300€ al giorno da casa: lavoro-facile.it", decision: Reject, kinds: spam},
		{name: "an office invaded by paperwork is no hate", text: "Notre bureau est envahi par les dossiers en septembre.", decision: Publish, absent: abuse},
		{name: "earning a salary is no ad", text: "Ich verdiene wenig und das Jobcenter hat mir gut geholfen.", decision: Publish, absent: spam},
	})
}

func TestEngineTaxCodesAndSlashedIdentifiers(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian tax code is masked", text: "Il mio codice fiscale è VRDLGU80A01H501U, la pratica è ferma.", decision: Publish, gone: []string{"VRDLGU80A01H501U"}, kept: []string{"pratica"}},
		{name: "a tax code in lower case is masked", text: "codice vrdlgu80a01h501u per favore", decision: Publish, gone: []string{"vrdlgu80a01h501u"}},
		{name: "an announced slashed tax number is masked", text: "Meine Steuernummer lautet 21/815/08150, bitte prüfen.", decision: Publish, gone: []string{"21/815/08150"}},
		{name: "a slashed date stays", text: "Meine Steuernummer kam am 30/06/2025 per Post.", decision: Publish, kept: []string{"30/06/2025"}},
		{name: "a slashed case number stays", text: "Le dossier 2023/45871 avance bien.", decision: Publish, kept: []string{"2023/45871"}},
	})
}

func TestEngineKeywordStuffing(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "keywords repeating a word around a link are spam", text: "cheap plumber lyon best plumber 24h emergency plumber www.plumber-lyon-fast.com", decision: Reject, kinds: spam},
		{name: "a word said three times without a link is no spam", text: "Dossier, dossier, dossier : toujours le même refrain à la préfecture.", decision: Publish, absent: spam},
	})
}

func TestEngineRound3MoreVariants(t *testing.T) {
	threat, abuse := []Kind{KindThreat}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an underscore spelled in an e-mail is masked", text: "Écrivez à lea underscore roux arobase free point fr svp.", decision: Publish, gone: []string{"roux", "underscore"}},
		{name: "arroba in brackets is masked", text: "Mi correo: pedro.diaz(arroba)gmail.com gracias.", decision: Publish, gone: []string{"diaz", "gmail"}},
		{name: "an announced carte vitale number is masked", text: "Mon numéro de carte vitale : 2 91 03 13 055 123 45", decision: Publish, gone: []string{"055 123"}},
		{name: "knowing where the car is parked with a warning is a threat", text: "On sait où tu gares ta voiture. À bon entendeur.", decision: Reject, kinds: threat},
		{name: "knowing where Sie live is a threat", text: "Ich weiß, wo Sie wohnen.", decision: Reject, kinds: threat},
		{name: "knowing where a signora lives with a warning is a threat", text: "Sappiamo dove abita, signora Gallo. Ci pensi bene.", decision: Reject, kinds: threat},
		{name: "a group to be deported is hate", text: "Migrants should all be deported, the lot of them.", decision: Reject, kinds: abuse},
		{name: "an office where one lives is no threat", text: "Mia madre abita a Nizza e la CAF l'ha aiutata, ci pensi bene chi dice il contrario.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// Name-calling and slurs added to the lexicons in every language, each
// with an innocent look-alike that must stay clean.
func TestEngineMoreInsultsAndSlursInEveryLanguage(t *testing.T) {
	abuse, clean := []Kind{KindAbuse}, []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a tench said of an adviser is an insult", text: "La conseillère est une vraie tanche, elle n'a rien compris.", decision: Review, kinds: abuse},
		{name: "a tench in a pond is clean", text: "La pêche à la tanche est ouverte au plan d'eau municipal.", decision: Publish, absent: clean},
		{name: "pignouf is an insult", text: "Ce pignouf de guichetier m'a raccroché au nez.", decision: Review, kinds: abuse},
		{name: "lopettes is a slur", text: "Bande de lopettes, vous avez peur de répondre ?", decision: Reject, kinds: abuse},
		{name: "nobhead is an insult", text: "The clerk was a complete nobhead about my claim.", decision: Review, kinds: abuse},
		{name: "a twerp is an insult", text: "What a twerp, the advisor hung up on me twice.", decision: Review, kinds: abuse},
		{name: "heebie-jeebies is clean", text: "We got the heebie-jeebies walking past the old station at night.", decision: Publish, absent: clean},
		{name: "huevón and conchudo are insults", text: "El funcionario es un huevón y un conchudo.", decision: Review, kinds: abuse},
		{name: "a donkey said of a reader is an insult", text: "Eres un asno, no sabes ni sumar.", decision: Review, kinds: abuse},
		{name: "donkeys on a school farm are clean", text: "Los niños vieron un asno y unos burros en la granja escuela del ayuntamiento.", decision: Publish, absent: clean},
		{name: "veneco is a slur", text: "Ese veneco de la oficina no sabe nada.", decision: Reject, kinds: abuse},
		{name: "a deficient service in Spanish is criticism", text: "Un deficiente funcionamiento del sistema impidió la cita.", decision: Publish, absent: clean},
		{name: "a Spanish subnormal is a slur", text: "El de la ventanilla es un subnormal.", decision: Reject, kinds: abuse},
		{name: "Vollhorst and Schwachkopf are insults", text: "Der Typ am Schalter ist ein Vollhorst und ein Schwachkopf.", decision: Review, kinds: abuse},
		{name: "an Austrian Vollkoffer is an insult", text: "Der Beamte ist so ein Vollkoffer.", decision: Review, kinds: abuse},
		{name: "Schlitzaugen is a slur", text: "Diese Schlitzaugen im Amt verstehen nichts.", decision: Reject, kinds: abuse},
		{name: "luck is clean in German", text: "Da hatte ich Dusel, der Termin beim Bürgeramt war frei.", decision: Publish, absent: clean},
		{name: "Fiji is clean in German", text: "Wir fliegen nach Fidschi, der Pass kam pünktlich.", decision: Publish, absent: clean},
		{name: "an old goat at the petting zoo is clean", text: "Im Streichelzoo gibt es einen Esel und eine alte Ziege.", decision: Publish, absent: clean},
		{name: "rincoglionito is an insult", text: "L'impiegato è un rincoglionito e un cafone.", decision: Review, kinds: abuse},
		{name: "a somaro said of a reader is an insult", text: "Sei un somaro, non sai neanche leggere un modulo.", decision: Review, kinds: abuse},
		{name: "a pezzo di deficiente is an insult", text: "Vai a fare in culo, pezzo di deficiente.", decision: Review, kinds: abuse},
		{name: "butter and a farm donkey are clean in Italian", text: "Ho comprato il burro e l'asino della fattoria didattica mangia tranquillo.", decision: Publish, absent: clean, modelReviews: true},
		{name: "Tamara is clean", text: "Tamara dell'ufficio tributi è stata gentilissima.", decision: Publish, absent: clean},
		{name: "burro and anta are insults in Portuguese", text: "O atendente é um burro e a chefe dele é uma anta.", decision: Review, kinds: abuse},
		{name: "safada and cafajeste are insults", text: "A funcionária é uma safada e o gerente um cafajeste.", decision: Review, kinds: abuse},
		{name: "boiola is a slur", text: "Aquele boiola da recepção não me deixou entrar.", decision: Reject, kinds: abuse},
		{name: "a car broken into is clean", text: "O meu carro foi arrombado na frente da delegacia e ninguém me ajudou.", decision: Publish, absent: clean},
		{name: "a disabled son is clean", text: "O meu filho é deficiente físico e foi muito bem atendido.", decision: Publish, absent: clean},
		{name: "a dolmen and dates are clean", text: "A Anta de Pavia é linda e comprei tâmaras na feira municipal.", decision: Publish, absent: clean},
	})
}
