package moderation

import (
	"testing"
)

// TestEngineForeignServicesAndStreetsOfRound37: the acronyms of Italy's,
// Spain's, Germany's and Portugal's public services are no surnames
// after a role word ("un funzionario INPS"), and an Italian street's
// "via" after a preposition names a place ("in via Giuseppe Verdi"). Not
// English or French "via" before a person, nor a German signature's
// "gez.".
func TestEngineForeignServicesAndStreetsOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "funzionario INPS", text: "Un funzionario INPS mi ha detto di tornare lunedì.", decision: Publish, absent: name, kept: []string{"INPS"}},
		{name: "agente INPS", text: "L'agente INPS allo sportello è stato gentile.", decision: Publish, absent: name, kept: []string{"INPS"}},
		{name: "Sachbearbeiterin BAMF", text: "Die Sachbearbeiterin BAMF hat den Termin verschoben.", decision: Publish, absent: name, kept: []string{"BAMF"}},
		{name: "funcionario INSS", text: "El funcionario INSS no sabía nada de mi prestación.", decision: Publish, absent: name, kept: []string{"INSS"}},
		{name: "a surname that is an acronym elsewhere", text: "Il dottor Sepe del pronto soccorso è stato gentilissimo.", decision: Publish, kinds: name, gone: []string{"Sepe"}},
		{name: "in via, English", text: "I got in via Sarah Jenkins at the front desk.", decision: Publish, kinds: name, gone: []string{"Jenkins"}},
		{name: "in via", text: "L'ufficio in via Giuseppe Verdi apre solo il martedì.", decision: Publish, absent: name, kept: []string{"Giuseppe Verdi"}},
		{name: "di via", text: "Lo sportello di via Luigi Einaudi è chiuso per lavori.", decision: Publish, absent: name, kept: []string{"Luigi Einaudi"}},
		{name: "per via di a person", text: "Tutto bloccato per via di Marco Bianchi che non risponde.", decision: Publish, kinds: name, gone: []string{"Bianchi"}},
		{name: "sent via a person", text: "I sent the form via John Smith at the front desk.", decision: Publish, kinds: name, gone: []string{"Smith"}},
		{name: "gez.", text: "Bitte um Rückruf. Mit freundlichen Grüßen, gez. Schulte", decision: Publish, kinds: name, gone: []string{"Schulte"}},
	})
}

// TestEngineSpelledEmailsOfRound37: an address whose "at" is in brackets
// and whose dots are words between spaces ("aminata.ndiaye (at) laposte
// point net") is the writer's e-mail, masked, no disguised link of an
// advertiser's. Not "(at) home point final".
func TestEngineSpelledEmailsOfRound37(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "(at) … point net", text: "Pour me répondre : fatou.diallo (at) laposte point net, merci.", decision: Publish, kinds: data, absent: []Kind{KindSpam}, gone: []string{"diallo"}},
		{name: "[at] … dot com", text: "Please write to me at j.harris [at] gmail dot com about the refund.", decision: Publish, kinds: data, absent: []Kind{KindSpam}, gone: []string{"harris"}},
		{name: "no address", text: "Il est (at) home point final, rien à ajouter.", decision: Publish, absent: data},
		{name: "dots as words in the local part", text: "Écrivez à aminata point ndiaye (at) laposte point net pour le dossier.", decision: Publish, kinds: data, gone: []string{"aminata", "ndiaye"}},
		{name: "an advertiser's", text: "Travail à domicile, 2000€ par mois, écrivez à job.facile (at) gmail point com", decision: Reject, kinds: []Kind{KindSpam}},
	})
}

// TestEngineTownsAndChargesOfRound37: a town named after a municipality's
// word is no insult ("Comune di Troia"); the liar and the hypocrite of
// Spanish, Italian and German said of a person are ("es una mentirosa",
// "ist ein Lügner"), as the French ones were; the lazy civil servant's
// seat in German ("Sesselfurzer") and the pen-pusher in Spanish
// ("chupatintas") are insults. Not a law called hypocritical, nor the
// writer called a liar.
func TestEngineTownsAndChargesOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Comune di Troia", text: "Grazie al Comune di Troia per la carta d'identità fatta in dieci minuti.", decision: Publish, absent: abuse},
		{name: "ospedale di", text: "Il CUP dell'ospedale di Troia era chiuso, siamo tornati il giorno dopo.", decision: Publish, absent: abuse},
		{name: "commune de", text: "La mairie de la commune de Condom a été très efficace.", decision: Publish, absent: abuse},
		{name: "a city of idiots", text: "Welcome to the City of Idiots, where the council never answers.", decision: Review, kinds: abuse},
		{name: "troia at a person", text: "Quella dell'anagrafe è una troia maleducata.", decision: Review, kinds: abuse},
		{name: "una mentirosa", text: "La directora del centro es una mentirosa y una hipócrita.", decision: Review, kinds: abuse},
		{name: "un bugiardo", text: "Il direttore dell'ufficio è un bugiardo.", decision: Review, kinds: abuse},
		{name: "ein Lügner", text: "Der Sachbearbeiter ist ein Lügner.", decision: Review, kinds: abuse},
		{name: "Sesselfurzer", text: "Mein Berater im Jobcenter ist ein fauler Sesselfurzer.", decision: Review, kinds: abuse},
		{name: "chupatintas", text: "El de la ventanilla es un chupatintas que no sabe nada.", decision: Review, kinds: abuse},
		{name: "a law hypocritical", text: "Esta ley es hipócrita y nadie lo dice.", decision: Publish, absent: abuse},
		{name: "the writer called a liar", text: "Me llamó mentirosa delante de todos en la oficina.", decision: Publish, absent: abuse},
	})
}

// TestEngineSpokenToLikeOfRound37: the writer spoken to like a fool, the
// article between ("on m'a parlé comme à une idiote", "me habló como a
// una idiota", "she spoke to me like I was an idiot", "como se eu fosse
// uma idiota"), is a complaint of how he was treated. Not a subjunctive
// said of the reader ("Usted trabaja como si fuera un imbécil"), nor the
// writer speaking so to another ("je lui parle comme à une gamine, cette
// idiote").
func TestEngineSpokenToLikeOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "comme à une idiote", text: "Au guichet on m'a parlé comme à une idiote, je n'ai pas apprécié.", decision: Publish, absent: abuse},
		{name: "como a una idiota", text: "La funcionaria me habló como a una idiota.", decision: Publish, absent: abuse},
		{name: "come a una stupida", text: "L'impiegata mi ha parlato come a una stupida.", decision: Publish, absent: abuse},
		{name: "like I was an idiot", text: "The adviser spoke to me like I was an idiot.", decision: Publish, absent: abuse},
		{name: "como se eu fosse", text: "A senhora falou comigo como se eu fosse uma idiota.", decision: Publish, absent: abuse},
		{name: "comme si j'étais", text: "Il m'a répondu comme si j'étais un idiot.", decision: Publish, absent: abuse},
		{name: "the reader", text: "Usted trabaja como si fuera un imbécil, señor.", decision: Review, kinds: abuse},
		{name: "another", text: "je lui parle comme à une gamine, cette idiote", decision: Review, kinds: abuse},
		{name: "the writer to the reader", text: "Madame, je vous parle comme à une demeurée parce que vous ne comprenez rien.", decision: Review, kinds: abuse},
		{name: "the writer to the reader, across the article", text: "Je vous réponds comme à une idiote puisque vous en êtes une.", decision: Review, kinds: abuse},
	})
}

// TestEngineHurtForetoldOfRound37: "someone is going to get hurt" after a
// hazard of the road or of a building named in its sentence or the one
// before, with no warning, intent, demand or desk, is a safety complaint,
// which the models do not read as a threat either. With no hazard named,
// or with "and it won't be me", it stays a threat.
func TestEngineHurtForetoldOfRound37(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a crossing", text: "The junction by the school is dangerous since the crossing patrol was cut. Someone is going to get hurt. Please bring it back.", decision: Publish, absent: threat},
		{name: "potholes", text: "The potholes on Elm Street are huge. Someone is going to get hurt if nothing is done.", decision: Publish, absent: threat},
		{name: "uma passadeira", text: "A passadeira da escola é perigosa. Alguém vai se machucar, ponham um semáforo.", decision: Publish, absent: threat},
		{name: "no hazard", text: "The clerk who refused me had better check his car. Someone is going to get hurt.", decision: Reject, kinds: threat},
		{name: "in danger", text: "Tell your manager he is in danger. Someone is going to get hurt very soon.", decision: Reject, kinds: threat},
		{name: "won't be me", text: "Someone is going to get hurt and it won't be me.", decision: Reject, kinds: threat},
		{name: "at the jobcentre", text: "Someone is going to get hurt at that jobcentre.", decision: Reject, kinds: threat},
		{name: "ce ne sera pas moi", text: "Il va y avoir un drame à l'agence et ce ne sera pas moi qui pleurerai.", decision: Reject, kinds: threat},
		{name: "stairs, not me", text: "Someone is going to get hurt on those broken stairs and it won't be me, I've stopped using them.", absent: []Kind{KindAbuse}},
	})
}

// TestEngineScamThreatsToldOfRound37: what a scammer threatened, told in a
// warning that names the scam, is no threat of the writer's, for the
// threat model either.
func TestEngineScamThreatsToldOfRound37(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a false bailiff", text: "J'ai été menacé par téléphone par un faux huissier qui disait que mes meubles seraient saisis demain si je ne payais pas. C'est une arnaque, faites attention.", decision: Publish, absent: threat},
		{name: "a false officer", text: "A man claiming to be from HMRC said police would arrest me tonight unless I paid in gift cards. It is a scam, hang up.", decision: Publish, absent: threat},
		{name: "a fee called a scam", text: "Ces frais de dossier sont une arnaque. Je sais à quelle heure l'agent finit son service, il finira dans le canal.", kinds: threat},
	})
}

// TestEngineSwearingBeforeAThingOfRound37: a swear word right before the
// thing it is said of, as Spanish and Portuguese say it ("la puta app no
// funciona"), is profanity, not an insult. Not the same word said of a
// person.
func TestEngineSwearingBeforeAThingOfRound37(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "puta app", text: "La puta app de la Seguridad Social no funciona nunca.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "puta plataforma", text: "Esta puta plataforma se cae cada día.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "a person", text: "La funcionaria es una puta.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineJunkOfRound37: chain letters that ask to pass the message on
// to a number of people with what the chain promises ("Partilhe com 12
// pessoas em 1 hora e receberá um milagre"), a casino's free spins, a
// quick loan with no paperwork slipped into a review, a prize the reader
// has been selected for, earnings from home slipped into a review. Not a
// flat shared with five people, a file sent to three, a review that
// names a town's casino.
func TestEngineJunkOfRound37(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "chain, pt", text: "Mensagem abençoada. Envie para 9 pessoas hoje e receberá uma bênção. Quem quebrar a corrente terá azar.", decision: Reject, kinds: spam},
		{name: "chain, fr", text: "Ce message porte chance. Envoyez-le à 7 amis avant minuit sinon malheur sur vous. Ne brisez pas la chaîne.", decision: Reject, kinds: spam},
		{name: "chain, en", text: "Share this with 10 friends within the hour and luck will come your way. Don't break the chain!", decision: Reject, kinds: spam},
		{name: "casino, es", text: "Casino online Fortuna: 200 giros gratis al registrarte. ¡Juega ya!", decision: Reject, kinds: spam},
		{name: "quick loan slipped in", text: "Atendimento rápido na Segurança Social. Já agora, crédito rápido sem burocracia em credito-agora.pt!", decision: Review, kinds: spam},
		{name: "selected for a prize", text: "You have been selected for a £500 Amazon voucher. Claim now at amazon-prize-uk.win!", decision: Reject, kinds: spam},
		{name: "earnings slipped in", text: "Bon accueil à la CAF. Pour arrondir vos fins de mois, je gagne 250 € par semaine depuis chez moi avec www.argent-facile-maison.fr", decision: Review, kinds: spam},
		{name: "a shared flat", text: "I share a flat with 5 people and the council counts us as one household.", decision: Publish, absent: spam},
		{name: "chain, ignored it", text: "Forward this to 8 people or your housing benefit will be cut. Not a joke, my neighbour ignored it and was evicted.", decision: Reject, kinds: spam},
		{name: "chain, number in words", text: "Envoie ce message à dix personnes et tu auras de la chance.", decision: Reject, kinds: spam},
		{name: "luckily, not a chain", text: "Enviei o pedido a 2 pessoas da câmara e por sorte uma respondeu.", decision: Publish, absent: spam},
		{name: "an ad for a casino complained of", text: "Pourquoi y a-t-il une publicité pour un casino online sur le site de la mairie ? Retirez-la.", decision: Publish, absent: spam},
		{name: "forwarded, not a chain", text: "I had to forward the email to 3 people at the council and they all ignored it.", decision: Publish, absent: spam},
		{name: "a file sent to three", text: "J'ai dû envoyer le dossier à 3 personnes différentes en une heure, et personne ne l'a lu.", decision: Publish, absent: spam},
		{name: "a town's casino", text: "Le parking du casino de la ville est fermé, merci de prévenir les usagers du bus.", decision: Publish, absent: spam},
	})
}

// TestEngineSignaturesInSmallLettersOfRound37: a signature in small
// letters after a closing or a word of thanks ending the sentence before
// ("… three times. Thanks, priya raman", "Regards, dave") is a name when
// it starts with a known first name that is no word. Not words of thanks
// or praise after the comma.
func TestEngineSignaturesInSmallLettersOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Thanks, priya raman", text: "Please update my bank details, I have asked three times. Thanks, priya raman", decision: Publish, kinds: name, gone: []string{"priya", "raman"}},
		{name: "Regards, dave", text: "The bin was not collected again this week. Regards, dave", decision: Publish, kinds: name, gone: []string{"dave"}},
		{name: "Thanks, great job", text: "Passport renewed in ten days. Thanks, great job", decision: Publish, absent: name},
		{name: "Regards, the tenants", text: "The lift is broken again. Regards, the tenants", decision: Publish, absent: name},
	})
}

// TestEngineProbedNamesOfRound37: names a helper's probes left: a woman
// named by her surname after the article in Italian and Spanish ("la
// Pellegrini o Pelegrini", "la García de la ventanilla"), a widow's and a
// maiden name ("veuve Lambotte", "geb. Schulz"), a signature of an
// initial and a surname in small letters ("cdlt, j. moreau"). Not a
// daughter born ("est née en pleine forme"), nor a widow of someone
// ("la vedova di …" keeps its "di").
func TestEngineProbedNamesOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "la Pellegrini", text: "L'assistente sociale, la Pellegrini o Pelegrini come si chiama, non risponde mai alle mie email.", decision: Publish, kinds: name, gone: []string{"Pellegrini", "Pelegrini"}},
		{name: "la Ferrari", text: "Mio cugino ha comprato la Ferrari che voleva da anni.", decision: Publish, absent: name},
		{name: "la Sierra de Madrid", text: "La ruta por la Sierra de Madrid está muy bien señalizada.", decision: Publish, absent: name},
		{name: "la García", text: "La García de la ventanilla me dijo que volviera mañana.", decision: Publish, kinds: name, gone: []string{"García"}},
		{name: "vve", text: "Je soussignée Germaine Vandenbroucke, vve Lambotte, sollicite le renouvellement de ma carte.", decision: Publish, kinds: name, gone: []string{"Vandenbroucke", "Lambotte"}},
		{name: "la veuve Clicquot", text: "La veuve Clicquot servie à la réception de la mairie, c'est nos impôts ça ?", decision: Publish, absent: name},
		{name: "geb.", text: "Frau Erika Braun geb. Schulz wartet seit Monaten auf ihren Bescheid.", decision: Publish, kinds: name, gone: []string{"Braun", "Schulz"}},
		{name: "cdlt, j. moreau", text: "Mon dossier est bloqué depuis janvier, personne ne répond. cdlt, j. moreau", decision: Publish, kinds: name, gone: []string{"moreau"}},
		{name: "née en pleine forme", text: "Merci à la maternité, notre fille est née en pleine forme.", decision: Publish, absent: name, kept: []string{"pleine forme"}},
	})
}

// TestEngineProbedHarmOfRound37: hate, wishes of death and junk worded as
// a helper's probes were: sent back to Africa or the jungle, women sent
// home to cook, "j'espère qu'elle crève", "ojalá se muera la funcionaria",
// "I hope she dies"; phishing in Brazil's and Portugal's services' names,
// loans with no check, dating by WhatsApp. Not a tyre, a grandmother
// whose death is feared, a mother who may die waiting.
func TestEngineProbedHarmOfRound37(t *testing.T) {
	threat, abuse, spam := []Kind{KindThreat}, []Kind{KindAbuse}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "tornassero in Africa", text: "Quelli del centro d'accoglienza non fanno niente, tornassero in Africa.", decision: Reject, kinds: abuse},
		{name: "a su selva", text: "El médico no se le entendía nada, que se vuelva a su selva.", decision: Reject, kinds: abuse},
		{name: "stare a casa a cucinare", text: "Una donna a capo dell'ufficio? Le donne devono stare a casa a cucinare.", decision: Reject, kinds: abuse},
		{name: "qu'elle crève", text: "J'espère qu'elle crève, la conseillère qui m'a radié.", decision: Reject, kinds: threat},
		{name: "a tyre", text: "J'espère que mon pneu ne crève pas sur cette route défoncée.", decision: Publish, absent: threat},
		{name: "se muera", text: "Ojalá se muera la funcionaria que me quitó la ayuda.", decision: Reject, kinds: threat},
		{name: "a grandmother feared for", text: "Espero que mi abuela no se muera antes de la cita.", decision: Publish, absent: threat},
		{name: "she dies", text: "I hope she dies, that woman at the council who stopped my money.", decision: Reject, kinds: threat},
		{name: "dies peacefully", text: "I hope she dies peacefully, my gran is 98 and still waiting for a care home.", decision: Publish, absent: threat},
		{name: "gov-br", text: "Gov.br: seu CPF será cancelado. Regularize agora em gov-br-regularizacao.com.", decision: Reject, kinds: spam},
		{name: "no credit check", text: "Guaranteed loans up to £5000, no credit check, same day approval! WhatsApp 07700 900123", decision: Reject, kinds: spam},
		{name: "chama no zap", text: "Mulheres solteiras perto de você querendo conhecer alguém, chama no zap (11) 98765-4321", decision: Reject, kinds: spam},
	})
}

// TestEngineReportedSlursOfRound37: a slur reported as said to the writer
// or his child, or painted on a wall, with what was done or asked after
// it ("me llamó 'sudaca de mierda'… Quiero presentar una queja formal",
// "foi chamado de 'burro' pela professora… Exijo providências", "hat
// 'Ausländer raus' an die Bushaltestelle geschmiert. Bitte schnell
// entfernen!"), is a fair report. Painted with nothing after, it stays
// for a moderator.
func TestEngineReportedSlursOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "me llamó", text: "Un guardia me llamó 'sudaca de mierda' en la entrada del hospital. Quiero presentar una queja formal.", decision: Publish, absent: abuse},
		{name: "foi chamado de", text: "O meu filho foi chamado de 'burro' pela professora à frente da turma. Exijo providências.", decision: Publish, absent: abuse},
		{name: "geschmiert, removal asked", text: "Jemand hat 'Ausländer raus' an die Bushaltestelle geschmiert. Bitte schnell entfernen!", decision: Publish, absent: abuse},
		{name: "geschmiert, nothing after", text: "Jemand hat „Ausländer raus“ an die Bushaltestelle geschmiert.", decision: Review, kinds: abuse},
	})
}

// TestEngineGroupsJudgedOfRound37: women said unfit to lead and the old
// told to die or disappear, in the six languages ("Frauen gehören nicht in
// die Leitung", "Los viejos deberían morirse ya", "if the boomers just
// hurried up and died off"), are hateful generalisations. Not denied ("Non
// è vero che le donne non sono fatte per dirigere"), not the old cared
// for, not "ce vieux con" (an insult, no group), not a tax that must stop
// bleeding pensioners.
func TestEngineGroupsJudgedOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Frauen", text: "Frauen gehören nicht in die Leitung vom Finanzamt.", decision: Reject, kinds: abuse},
		{name: "mulheres", text: "Mulheres não servem para chefiar um serviço, são demasiado emotivas.", decision: Reject, kinds: abuse},
		{name: "los viejos", text: "Los viejos deberían morirse ya y dejar de colapsar el centro de salud.", decision: Reject, kinds: abuse},
		{name: "boomers", text: "The NHS would work fine if the boomers just hurried up and died off.", decision: Reject, kinds: abuse},
		{name: "anziani", text: "Gli anziani dovrebbero togliersi di mezzo, intasano il pronto soccorso.", decision: Reject, kinds: abuse},
		{name: "non è vero", text: "Non è vero che le donne non sono fatte per dirigere.", decision: Publish, absent: abuse},
		{name: "stimmt nicht", text: "Es stimmt nicht, dass Frauen nicht logisch denken können.", decision: Publish, absent: abuse},
		{name: "not true in another sentence", text: "It's not true that the tip closes at 5. Anyway women are too emotional to lead.", decision: Reject, kinds: abuse},
		{name: "the old cared for", text: "Gli anziani del quartiere non hanno internet, come fanno con l'INPS?", decision: Publish, absent: abuse},
		{name: "ce vieux con", text: "Le vieux con du guichet m'a envoyé balader.", decision: Review, kinds: abuse},
		{name: "a group named in passing", text: "Per gli anziani la solitudine è una malattia silenziosa.", decision: Publish, absent: abuse},
		{name: "an adjective", text: "Los árboles viejos deberían morirse solos, dice el jardinero.", decision: Publish, absent: abuse},
		{name: "stop bleeding", text: "Il faut arrêter de saigner les retraités avec ces hausses de taxe foncière.", decision: Publish, absent: abuse},
	})
}

// TestEngineSmallNamesAndSpellingsOfRound37: from a writer who
// capitalises, a first name that is no word with a known surname in
// small letters ("thanks to siobhan mcgrath"); a second spelling after a
// comma and "or" ("Mme Beauchamps, ou Beauchamp je ne sais plus", "Herr
// Dimitrov, oder Dimitrow"). Not a stone, a rose garden, "ou plutôt la
// conseillère".
func TestEngineSmallNamesAndSpellingsOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "siobhan mcgrath", text: "Big thanks to siobhan mcgrath at the housing desk, she sorted the repair in a day.", decision: Publish, kinds: name, gone: []string{"siobhan", "mcgrath"}},
		{name: "marie-claire dubois", text: "Je voulais remercier marie-claire dubois du service état civil.", decision: Publish, kinds: name, gone: []string{"marie-claire", "dubois"}},
		{name: ", ou", text: "Mme Beauchamps, ou Beauchamp je ne sais plus, du service urbanisme, a été très claire.", decision: Publish, kinds: name, gone: []string{"Beauchamps", "Beauchamp"}},
		{name: ", oder", text: "Herr Dimitrov, oder Dimitrow, wie es auf dem Brief stand, hat mir sehr geholfen.", decision: Publish, kinds: name, gone: []string{"Dimitrov", "Dimitrow"}},
		{name: "a word after a comma and or", text: "Mr Price, or prices in general, that is what the council should look at.", decision: Publish, kinds: name, kept: []string{"prices"}},
		{name: "a stone", text: "J'ai trébuché sur une pierre blanche devant la mairie.", decision: Publish, absent: name},
		{name: "ou plutôt", text: "Mme Martin, ou plutôt la conseillère, m'a aidé.", decision: Publish, kinds: name, kept: []string{"conseillère"}},
	})
}

// TestEngineOutcomesOfRound37: a face left unrecognisable or made new,
// knees carried home in a bag, legs broken for whoever comes next, named
// by his work ("Il prossimo funzionario che mi dice di aspettare se ne
// torna a casa con le gambe rotte"). Not a grandmother who will end in a
// wheelchair, an office with no ramp for wheelchairs, a bonfire ablaze,
// the next official who will be better trained.
func TestEngineOutcomesOfRound37(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "irreconocible", text: "Si no me dan cita, al jefe de la oficina se la voy a dejar irreconocible.", decision: Reject, kinds: threat},
		{name: "a new face", text: "u gave me a fine, i give u a new face. c u at 5 when u leave the depot", decision: Reject, kinds: threat},
		{name: "Kniescheiben", text: "Wenn die Sachbearbeiterin mich noch einmal vertröstet, kann sie ihre Kniescheiben in einer Tüte nach Hause tragen.", decision: Reject, kinds: threat},
		{name: "il prossimo funzionario", text: "Il prossimo funzionario che mi dice di aspettare se ne torna a casa con le gambe rotte.", decision: Reject, kinds: threat},
		{name: "a grandmother", text: "Minha avó vai ficar em cadeira de rodas se o elevador não for consertado.", decision: Publish, absent: threat},
		{name: "no ramp", text: "Im Rollstuhl kommt man nicht ins Bürgeramt, es gibt keine Rampe.", decision: Publish, absent: threat},
		{name: "a bonfire", text: "Das Weihnachtsfeuer brannte lichterloh, schön war's.", decision: Publish, absent: threat},
		{name: "the next official", text: "Il prossimo funzionario che arriva sarà formato meglio, spero.", decision: Publish, absent: threat},
	})
}

// TestEngineHateWithoutSlursOfRound37: a religion called a disease, gay
// people said a danger to children, the disabled called a cost, women
// sent home, with a group word near ("L'islam est une maladie", "I gay
// … sono un pericolo per i bambini", "I disabili sono un costo enorme");
// hate reported without quotation marks as someone else's ("Un homme a
// dit que les immigrés étaient des parasites. L'agente a appelé la
// sécurité") is not the writer's, unless he agrees ("… et il a bien
// raison"). Not denied, not a disease of no group.
func TestEngineHateWithoutSlursOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "l'islam", text: "L'islam est une maladie qui gangrène nos quartiers.", decision: Reject, kinds: abuse},
		{name: "der Islam", text: "Der Islam ist eine Krankheit, die sich in unseren Schulen ausbreitet.", decision: Reject, kinds: abuse},
		{name: "i disabili", text: "I disabili sono un costo enorme per la collettività.", decision: Reject, kinds: abuse},
		{name: "denied", text: "L'islam n'est pas une maladie, et les musulmans du quartier aident à la banque alimentaire.", decision: Publish, absent: abuse},
		{name: "a disease of no group", text: "Le diabète est une maladie qui demande un suivi, la CPAM devrait rembourser les capteurs.", decision: Publish, absent: abuse},
		{name: "reported", text: "Un homme a dit que les immigrés étaient des parasites. L'agente a appelé la sécurité.", decision: Publish, absent: abuse},
		{name: "a wish after a report", text: "L'agent a dit que mon dossier était incomplet. J'espère qu'elle crève, cette guichetière.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "reported, agreed", text: "Mon voisin a dit que les immigrés sont des parasites, et il a bien raison.", decision: Reject, kinds: abuse},
		{name: "reported, agreed, en", text: "My neighbour said that immigrants are parasites and he's right.", decision: Reject, kinds: abuse},
	})
}

// TestEngineEndorsedReportsOfRound37: a quotation or a report the writer
// agrees with is his ("… et il avait bien raison", "e ha ragione"), and
// delinquents in the other languages make a generalisation of a group
// ("gli extracomunitari sono tutti delinquenti").
func TestEngineEndorsedReportsOfRound37(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "avait bien raison", text: "Un vigile a dit à un migrant « retourne dans ton pays, parasite » et il avait bien raison. C'est insupportable tous ces étrangers à la CAF.", kinds: abuse},
		{name: "delinquenti", text: "All'anagrafe gli extracomunitari sono tutti delinquenti.", decision: Reject, kinds: abuse},
		{name: "e ha ragione", text: "Un signore in fila continuava a dire «gli extracomunitari sono tutti delinquenti», e ha ragione.", decision: Reject, kinds: abuse},
	})
}

// TestEngineSpellingsAndPetsOfRound37: a name masked is masked again in
// its other spellings in the text, capitalised, one letter away or two
// for a long name ("M. Kowalczyk … ce monsieur Kowalcyk", "El Sr.
// Ouazzani … Uazani"); a pet's name after its animal is no person's ("Mon
// chat Oscar"); not the name and an "s", a genitive ("des Richters"). A
// screw loose said of a person by a pronoun is an insult, not of an app.
func TestEngineSpellingsAndPetsOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Kowalcyk", text: "Je me plains de l'agent M. Kowalczyk au guichet 3. Ce monsieur Kowalcyk m'a mal reçu.", decision: Publish, kinds: name, gone: []string{"Kowalczyk", "Kowalcyk"}},
		{name: "Uazani", text: "El Sr. Ouazzani me atendió muy bien; su compañera dijo que Uazani ya no trabajaba allí.", decision: Publish, kinds: name, gone: []string{"Ouazzani", "Uazani"}},
		{name: "a pet", text: "Mon chat Oscar s'était échappé : la fourrière l'a retrouvé le soir même.", decision: Publish, absent: name, kept: []string{"Oscar"}},
		{name: "a dog", text: "My dog Oscar was attacked in the park and the dog warden never called back.", decision: Publish, absent: name, kept: []string{"Oscar"}},
		{name: "une case en moins", text: "Le guichetier, il a une case en moins, il m'a envoyé au 3e étage.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "an app", text: "L'appli Ameli a une case en moins : impossible de télécharger l'attestation.", absent: []Kind{KindAbuse}},
		{name: "a genitive", text: "Frau Richter hat entschieden. Die Entscheidung des Richters ist falsch.", decision: Publish, kinds: name, kept: []string{"Richters"}},
	})
}

// TestEngineApposedRolesOfRound37: a name set apart before a role opened
// by an article or a possessive of the other languages ("Graça, a nossa
// vizinha", "Colombe, la puéricultrice de la PMI"). Not a town set apart
// before what it is ("Roma, la capitale d'Italia").
func TestEngineApposedRolesOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "la puéricultrice", text: "Colombe, la puéricultrice de la PMI, est venue trois fois à la maison.", decision: Publish, kinds: name, gone: []string{"Colombe"}},
		{name: "a nossa vizinha", text: "Bianca, a nossa vizinha, ajudou a minha mãe com os papéis da Segurança Social.", decision: Publish, kinds: name, gone: []string{"Bianca"}},
		{name: "a town", text: "Roma, la capitale d'Italia, ha uffici anagrafe sempre pieni.", decision: Publish, absent: name},
	})
}

// TestEngineShortSurnamesOfRound37: a surname of two or three letters that
// is a frequent word too, capitalised after a capitalised title, then set
// apart or followed by where the person works ("Le Dr Do, au centre de
// vaccination", "Dr Lo at the clinic"). Not a title's sentence ended
// ("Merci Monsieur. Le dossier est traité"), nor "Monsieur Le Maire".
func TestEngineShortSurnamesOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Dr Do", text: "Le Dr Do, au centre de vaccination, explique tout calmement.", decision: Publish, kinds: name, gone: []string{"Do"}},
		{name: "Mme Lo", text: "Mme Lo, ma conseillère, m'a trouvé une formation de cariste.", decision: Publish, kinds: name, gone: []string{"Lo"}},
		{name: "Dr Lo at", text: "Dr Lo at the sexual health clinic was clear and kind.", decision: Publish, kinds: name, gone: []string{"Lo"}},
		{name: "a sentence ended", text: "Merci Monsieur. Le dossier est traité depuis hier.", decision: Publish, absent: name},
		{name: "Monsieur Le Maire", text: "Monsieur Le Maire, je vous écris pour la cantine.", decision: Publish, absent: name},
	})
}
