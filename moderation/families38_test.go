package moderation

import (
	"testing"
)

// TestEngineIllnessWishedOfRound38: a sudden illness wished on someone is
// harm wished ("spero che al giudice venga un infarto, se lo merita", "I
// hope he gets cancer"), with the verb that makes it befall him and a
// person or a third person's pronoun after the wish; "se lo merita" is
// the next clause, not the writer's own harm. Not an illness the staff
// should understand, a care, nor one feared for the writer's own.
func TestEngineIllnessWishedOfRound38(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "venga un infarto", text: "Spero che al giudice venga un infarto, se lo merita.", decision: Reject, kinds: threat},
		{name: "le dé un infarto", text: "Ojalá le dé un infarto a esa funcionaria.", decision: Reject, kinds: threat},
		{name: "heart attack", text: "I hope the judge has a heart attack, he deserves it.", decision: Reject, kinds: threat},
		{name: "crise cardiaque", text: "J'espère que la juge fera une crise cardiaque.", decision: Reject, kinds: threat},
		{name: "Herzinfarkt", text: "Ich hoffe, der Sachbearbeiter kriegt einen Herzinfarkt.", decision: Reject, kinds: threat},
		{name: "AVC", text: "Espero que a funcionária tenha um AVC.", decision: Reject, kinds: threat},
		{name: "he gets cancer", text: "I hope he gets cancer.", decision: Reject, kinds: threat},
		{name: "qu'elle attrapera", text: "J'espère qu'elle attrapera un cancer.", decision: Reject, kinds: threat},
		{name: "staff should understand", text: "I hope the A&E staff realise a heart attack patient cannot wait six hours.", decision: Publish, absent: threat},
		{name: "capisca", text: "Spero che il medico di base capisca che un infarto non aspetta.", decision: Publish, absent: threat},
		{name: "a care", text: "I hope he gets cancer treatment on the NHS soon.", decision: Publish, absent: threat},
		{name: "the writer's own", text: "I hope my dad doesn't have a heart attack with all this stress.", decision: Publish, absent: threat},
		{name: "feared, negated", text: "Mon père a été opéré, j'espère qu'il n'aura pas un cancer.", decision: Publish, absent: threat},
		{name: "a plan", text: "I hope they have an accident plan for the new roundabout.", decision: Publish, absent: threat},
	})
}

// TestEngineKnownHomeAfterWarningOfRound38: a person named before a
// warning in the same sentence is whom the writer's knowledge of a home
// aims at ("quell'assistente sociale deve stare attenta, so dove abita",
// "that social worker better watch out, I know where she lives"). Not a
// warning of something else in another sentence.
func TestEngineKnownHomeAfterWarningOfRound38(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "deve stare attenta", text: "Quell'assistente sociale deve stare attenta, so dove abita.", decision: Reject, kinds: threat},
		{name: "better watch out", text: "That social worker better watch out, I know where she lives.", decision: Reject, kinds: threat},
		{name: "sollte aufpassen", text: "Diese Sachbearbeiterin sollte aufpassen, ich weiß, wo sie wohnt.", decision: Reject, kinds: threat},
		{name: "que se cuide", text: "Essa assistente social que se cuide, sei onde ela mora.", decision: Reject, kinds: threat},
		{name: "another sentence", text: "The social worker said to watch out for scams; I know where she lives because she is my neighbour.", absent: []Kind{KindAbuse}},
	})
}

// TestEngineArsonOfRound38: a barn someone owns set on fire by the writer
// after "the next time" ("la prochaine fois je lui brûle sa grange"),
// Portuguese "pego fogo" and Portugal's job centre as a building. Not a
// barn that burned, which the writer reports.
func TestEngineArsonOfRound38(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sa grange", text: "Mon voisin a encore menti à la mairie ; la prochaine fois je lui brûle sa grange.", decision: Reject, kinds: threat},
		{name: "pego fogo", text: "Se me cortarem o subsídio outra vez, pego fogo à Segurança Social.", decision: Reject, kinds: threat},
		{name: "centro de emprego", text: "Vou pôr fogo ao centro de emprego.", decision: Reject, kinds: threat},
		{name: "a barn burned", text: "La grange de mon voisin a brûlé, les pompiers sont venus vite.", decision: Publish, absent: threat},
		{name: "pegou fogo", text: "O celeiro do vizinho pegou fogo ontem e os bombeiros demoraram uma hora.", decision: Publish, absent: threat},
	})
}

// TestEngineGroupsOfRound38: a group said unfit to be teachers, German
// putting the verb after where they would teach ("Schwule sollten keine
// Lehrer an Grundschulen sein"), French teachers' nouns; the country
// taken over in German and French ("die Muslime übernehmen unser Land").
// Not an origin said of a species ("les frelons asiatiques nous
// envahissent"), nor tourists, nor a verb that is not the clause's last.
func TestEngineGroupsOfRound38(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Grundschulen sein", text: "Schwule sollten keine Lehrer an Grundschulen sein, das ist krank.", decision: Reject, kinds: abuse},
		{name: "Homosexuelle", text: "Homosexuelle sollten keine Lehrer sein.", decision: Reject, kinds: abuse},
		{name: "instituteurs", text: "Les homosexuels ne devraient pas être instituteurs.", decision: Reject, kinds: abuse},
		{name: "unser Land", text: "Im Amt arbeiten nur noch Kopftuchfrauen, die Muslime übernehmen unser Land.", decision: Reject, kinds: abuse},
		{name: "notre pays", text: "Les musulmans envahissent notre pays.", decision: Reject, kinds: abuse},
		{name: "remplacer les Français", text: "Les musulmans vont remplacer les Français d'ici vingt ans.", decision: Reject, kinds: abuse},
		{name: "mandarán en España", text: "En diez años los musulmanes mandarán en España y el ayuntamiento encima les regala los locales.", decision: Reject, kinds: abuse},
		{name: "no sirven para ser", text: "Las mujeres no sirven para ser bomberas, no tienen ni la fuerza ni la cabeza.", decision: Reject, kinds: abuse},
		{name: "robots", text: "Les robots vont remplacer les Français aux guichets, la mairie installe des bornes partout.", decision: Publish, absent: abuse},
		{name: "hornets", text: "Les frelons asiatiques nous envahissent, que fait la préfecture ?", decision: Publish, absent: abuse},
		{name: "tourists", text: "Les touristes envahissent notre pays chaque été, la mairie devrait prévoir plus de navettes.", decision: Publish, absent: abuse},
		{name: "sein müssen", text: "Die Kinder sollten keine Lehrer an Grundschulen sein müssen.", decision: Publish, absent: abuse},
	})
}

// TestEngineSurnameSlurOfRound38: Italian "negri" is a slur in small
// letters ("tornassero al loro paese quei negri") and a frequent surname
// with a capital ("la dottoressa Negri", "via Ada Negri"); shouted, a
// slur still.
func TestEngineSurnameSlurOfRound38(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "quei negri", text: "Troppi immigrati negli uffici del comune, tornassero al loro paese quei negri.", decision: Reject, kinds: abuse},
		{name: "shouted", text: "QUEI NEGRI DEVONO ANDARSENE DAL NOSTRO COMUNE", decision: Reject, kinds: abuse},
		{name: "via Ada Negri", text: "Lo sportello di via Ada Negri è chiuso il lunedì.", decision: Publish, absent: abuse, kept: []string{"Ada Negri"}},
		{name: "a surname first", text: "Negri ha risposto subito alla mia email, grazie.", decision: Publish, absent: abuse},
		{name: "after a title", text: "La dottoressa Negri dell'ASL è stata gentilissima.", decision: Publish, absent: abuse},
	})
}

// TestEngineFirstNamesOfRound38: first names the list lacked, of older
// generations and other origins ("Jeanine Morel", "Adelheid aus der
// Poststelle", "Réjean"), are masked; the words that fold to them are
// not names ("Según la Ley 39/2015", "le Maire", "my chemo at the
// Christie", "Aadhaar Seva Kendra").
func TestEngineFirstNamesOfRound38(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Jeanine Morel", text: "Ma mère, Jeanine Morel, est décédée en mars et la caisse de retraite écrit encore à son nom.", decision: Publish, kinds: name, gone: []string{"Jeanine", "Morel"}},
		{name: "Adelheid", text: "Adelheid aus der Poststelle im Rathaus hat mir meinen Brief persönlich gebracht. Danke!", decision: Publish, kinds: name, gone: []string{"Adelheid"}},
		{name: "Réjean", text: "Merci à Réjean Tremblay du bureau de Service Canada pour sa patience.", decision: Publish, kinds: name, gone: []string{"Réjean", "Tremblay"}},
		{name: "según", text: "Según la Ley 39/2015, artículo 21, tienen un plazo máximo para resolver.", decision: Publish, absent: name, kept: []string{"Según"}},
		{name: "Monsieur le Maire", text: "Monsieur le Maire, la cantine de l'école est fermée depuis deux semaines.", decision: Publish, absent: name, kept: []string{"Maire"}},
		{name: "the Christie", text: "My last chemo session at the Christie was today. The team carried me through.", decision: Publish, absent: name, kept: []string{"Christie"}},
		{name: "at the Citizens Advice drop-in", text: "Jan at the Citizens Advice drop-in spent a whole morning on my benefit appeal.", decision: Publish, kinds: name, gone: []string{"Jan"}},
		{name: "Seva Kendra", text: "The Aadhaar Seva Kendra near the station updated my address in one visit.", decision: Publish, absent: name, kept: []string{"Kendra"}},
	})
}

// TestEngineAdsAndPhishingOfRound38: a need of the readers' said mid-text
// turns to an offer as a "PS" does, with a word of advertising and a
// contact ("pour ceux qui cherchent une mutuelle pas chère… devis gratuit
// au 09…"); a site named for quick money is an advertiser's; Spain's tax
// agency and Italy's post in a lookalike host are phishing. Not a
// service's switchboard or e-mail passed on to whoever looks for it, nor
// a bank's or the student loans' own site, nor a warning of the fake one.
func TestEngineAdsAndPhishingOfRound38(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "pour ceux qui cherchent", text: "Attente raisonnable à la CPAM. Et pour ceux qui cherchent une mutuelle pas chère, je recommande MutuEco, devis gratuit au 09 70 81 22 45 !", decision: Review, kinds: spam},
		{name: "quick money host", text: "Council tax helpline was helpful. And if you're struggling with debt, check out quickcashloans-uk.com, approval in 5 minutes!", decision: Review, kinds: spam},
		{name: "aeat", text: "Agencia Tributaria: tiene un reembolso pendiente de 215,60 €. Acceda a aeat-devoluciones-online.com para recibirlo.", decision: Reject, kinds: spam},
		{name: "poste", text: "Poste Italiane: il suo pacco è in giacenza. Paghi 1,99 € di spese su poste-consegna-pacchi.info", decision: Reject, kinds: spam},
		{name: "si vous avez besoin d'aide", text: "Déclaration en ligne assez simple cette année. Si vous avez besoin d'aide pour votre déclaration d'impôts, je la fais pour 30 € : contact au 07 81 55 20 14.", decision: Review, kinds: spam},
		{name: "if you need help", text: "Online self-assessment was fine this year. If you need help with your tax return I do them for £40, text 07700 900482.", decision: Review, kinds: spam},
		{name: "wer … sucht", text: "Der Antrag auf Wohngeld war verständlich. Wer Hilfe bei der Steuererklärung sucht: ich mach das für 50 Euro, Tel. 0176 23456789.", decision: Review, kinds: spam},
		{name: "bzst", text: "Bundeszentralamt für Steuern: Ihnen steht eine Rückerstattung von 412,80 € zu. Bestätigen Sie Ihre Bankdaten unter bzst-erstattung-online.de", decision: Reject, kinds: spam},
		{name: "if you need to check", text: "Parcel to my sister returned after 6 weeks. Postage £34.50 not refunded. She's at +1 555 010 7788 if you need to check with her.", decision: Publish, absent: spam},
		{name: "a switchboard", text: "For anyone looking for it, the consulate's switchboard is +33 1 44 29 40 00, but it only picks up between 14:00 and 16:00.", decision: Publish, absent: spam},
		{name: "an e-mail", text: "Pour ceux qui cherchent, l'assistante sociale du secteur c'est Mme Haddou, on peut la joindre à s.haddou@cd93.fr, elle répond vite.", decision: Publish, absent: spam},
		{name: "a bank's site", text: "Le Crédit Agricole m'a refusé, et le site credit-agricole.fr ne marche pas.", decision: Publish, absent: spam},
		{name: "student loans", text: "I applied for a student loan on studentloanrepayment.co.uk and nobody answers.", decision: Publish, absent: spam},
		{name: "a warning", text: "Attenzione, ho ricevuto un SMS da poste-consegna-pacchi.info che chiede 1,99 €, è una truffa!", decision: Publish, absent: spam},
	})
}

// TestEngineDeathWishedWithoutHopeOfRound38: death and illness wished
// without "I hope" ("auguro un tumore", "soll Krebs bekommen", "je lui
// souhaite un cancer"), in SMS spelling ("spero ke"), falling ill wished,
// and the French subjunctive opening its clause ("Qu'elle attrape un
// cancer"). Not a fear ("j'ai peur qu'il attrape un cancer"), the writer's
// own, nor a tyre.
func TestEngineDeathWishedWithoutHopeOfRound38(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "auguro", text: "Al vigile che mi ha fatto la multa auguro un tumore.", decision: Reject, kinds: threat},
		{name: "soll Krebs bekommen", text: "Die vom Bürgeramt soll Krebs bekommen und elend verrecken.", decision: Reject, kinds: threat},
		{name: "spero ke", text: "spero ke la dottoressa del CUP faccia un incidente", decision: Reject, kinds: threat},
		{name: "tombe malade", text: "Je souhaite que sa famille tombe malade.", decision: Reject, kinds: threat},
		{name: "qu'elle attrape", text: "Mme la chef de service m'a refusé mon permis. Qu'elle attrape un cancer, cette vipère.", decision: Reject, kinds: threat},
		{name: "a fear", text: "J'ai peur qu'il attrape un cancer avec l'amiante de l'école.", decision: Publish, absent: threat},
		{name: "the writer's own", text: "I hope I don't get sick waiting in the cold queue.", decision: Publish, absent: threat},
		{name: "a tyre", text: "Le pneu a lâché avant qu'il crève complètement.", decision: Publish, absent: threat},
	})
}

// TestEngineStaffInsultsOfRound38: bailiffs in the plural called vultures
// and scum, controllers called brainless, Portuguese staff called a gang
// of freeloaders. Not household waste, nor birds of prey.
func TestEngineStaffInsultsOfRound38(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "rapaces et ordures", text: "Les huissiers mandatés par le tribunal sont des rapaces et des ordures, ils ont saisi la télé de ma mère.", decision: Review, kinds: abuse},
		{name: "vautours", text: "Les huissiers sont des vautours.", decision: Review, kinds: abuse},
		{name: "décérébrés", text: "Les contrôleurs de la RATP sont des cowboys décérébrés.", decision: Review, kinds: abuse},
		{name: "cambada de chulos", text: "a malta da câmara é tudo uma cambada de chulos e preguiçosos", decision: Review, kinds: abuse},
		{name: "household waste", text: "Le ramassage des ordures n'est pas passé depuis deux semaines dans notre rue.", decision: Publish, absent: abuse},
		{name: "birds of prey", text: "Les rapaces nichent dans le clocher de la mairie, c'est magnifique.", decision: Publish, absent: abuse},
	})
}

// TestEngineReportedWordsOfRound38: what an agent said to the writer in
// quotation marks, "que j'étais « … »", is his report, which the abuse
// model does not read; the writer's own words after "je lui ai dit" are
// his, and a quotation he agrees with is his.
func TestEngineReportedWordsOfRound38(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "que j'étais", text: "L'agent du guichet 4 m'a dit que j'étais « incapable de remplir un simple papier » devant toute la file. Je ne trouve pas ça normal.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "the writer's own", text: "Je lui ai dit que j'étais « furieux contre ces connards ».", decision: Review, kinds: abuse},
		{name: "agreed", text: "Mon voisin dit toujours « les fonctionnaires, il faudrait tous les pendre » et il a raison.", decision: Reject, kinds: []Kind{KindThreat}},
	})
}

// TestEnginePoliceRanksOfRound38: a British detective's rank in capitals
// before a name ("DC Adeyemi-Bakare"), a collar number between a rank and
// a name ("PC 4471 Okonkwo"), a surname in capitals as the badge shows it
// ("PC KOWALSKI according to the badge"). Not a Citroën DS, nor a
// computer's model.
func TestEnginePoliceRanksOfRound38(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "DC", text: "DC Adeyemi-Bakare kept us informed at every stage of the investigation.", decision: Publish, kinds: name, gone: []string{"Adeyemi"}},
		{name: "collar number", text: "PC 4471 Okonkwo was incredibly patient with my elderly father.", decision: Publish, kinds: name, gone: []string{"Okonkwo"}},
		{name: "badge", text: "The officer who took my statement, PC KOWALSKI according to the badge, was patient.", decision: Publish, kinds: name, gone: []string{"KOWALSKI"}},
		{name: "DS", text: "My old DS Citroën failed its MOT.", decision: Publish, absent: name, kept: []string{"Citroën"}},
		{name: "PC model", text: "The PC 2000 Pro I bought at the council auction is broken.", decision: Publish, absent: name},
	})
}

// TestEngineReviewedRulesOfRound38: the round's rules after a review's
// probes. Not an illness's care, leave or pay ("sick pay", "a tumour
// removed", "dépisté tôt"), a species after an origin ("Chinese
// mosquitoes are replacing us"), a warning of something else ("deve stare
// attenta alle scale rotte, so dove abita perché è la mia vicina"), a
// site whose name only holds "pret" or "now" ("interpreternow.co.uk"), a
// public office's number after "si buscas", nor French "Quelle" read as
// Italian; but a capitalised "Negri" with no name before it is a slur, and
// "Wer … sucht" opening a text is the readers' need.
func TestEngineReviewedRulesOfRound38(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sick pay", text: "I hope she gets sick pay sorted, the HR office lost her forms twice.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a tumour removed", text: "I hope she has a tumour removed quickly, my neighbour has waited four months for surgery.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "cancer, people like you", text: "I hope you get cancer, people like you deserve it.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "less often", text: "I hope she falls ill less often now that the council has fixed the heating.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "because I know", text: "That social worker better watch out, because I know where she lives.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Mon rêve :", text: "Mon rêve : qu'il attrape un cancer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Negri first in a sentence", text: "Grazie mille. Negri ha risposto subito alla mia mail.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "dott. Negri", text: "Il dott. Negri dell'ASL è gentile.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "a short loan ad", text: "Behind on rent? Sorted in minutes at quickcashloans-uk.com", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "Dr 2 Smith", text: "Dr 2 Smith came.", decision: Publish},
		{name: "dépisté", text: "J'espère qu'il aura un cancer dépisté tôt grâce au nouveau bus de dépistage.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "mosquitoes", text: "Chinese mosquitoes are replacing us, lol, the council should spray the pond.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "stairs", text: "L'assistente sociale deve stare attenta alle scale rotte del nostro palazzo, so dove abita perché è la mia vicina.", absent: []Kind{KindAbuse}},
		{name: "interpreternow", text: "The interpreter service, interpreternow.co.uk, never turned up at my appointment.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "SEPE", text: "Si buscas la oficina del SEPE, está en la calle Mayor 5, teléfono 912 345 678.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "Quelle merde", text: "Quelle merde.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "Basta Negri", text: "Basta Negri nelle case popolari.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "after a sentence's first word", text: "Che schifo. Basta Negri nelle case popolari.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "Wer sucht first", text: "Wer einen Umzugshelfer sucht: ich mach das für 50 Euro, Tel. 0176 1234567.", decision: Review, kinds: []Kind{KindSpam}},
	})
}

// TestEngineInsultWordsOfRound38: each language's everyday insults the
// lists lacked ("un mendrugo", "ce charlot", "le niaiseux", "that dozy
// mare", "un cialtrone", "bando de encostados"); not "niaiseux" said of
// a form.
func TestEngineInsultWordsOfRound38(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "mendrugo", text: "Vaya mendrugo el del registro civil, me ha hecho rellenar el mismo impreso tres veces.", decision: Review, kinds: abuse},
		{name: "charlot", text: "Ce charlot de technicien est venu sans ses outils.", decision: Review, kinds: abuse},
		{name: "niaiseux", text: "Le niaiseux au comptoir de la SAAQ m'a fait attendre deux heures pour rien.", decision: Review, kinds: abuse},
		{name: "dozy mare", text: "That dozy mare at the counter lost my documents.", decision: Review, kinds: abuse},
		{name: "cialtrone", text: "L'impiegato dello sportello anagrafe è un cialtrone.", decision: Review, kinds: abuse},
		{name: "encostados", text: "vcs são um bando de encostados, ninguém trabalha nessa repartição", decision: Review, kinds: abuse},
		{name: "a form niaiseux", text: "Le formulaire en ligne est niaiseux, il efface tout si on recule d'une page.", decision: Publish, absent: abuse},
	})
}

// TestEnginePaymentCardsOfRound38: a payment card's number, sixteen
// digits passing the Luhn check, in its four groups or after a word of a
// card, is masked; not sixteen digits that fail the check, nor a
// reference. A Naples landline after a phone word is a phone, and a
// Portuguese mobile after "telemóvel" whatever acronym stands before it
// ("NIF"). An IBAN's
// letters are in the case of its country's code: "The SA100 for the
// 2023-24 tax year" is none, though its checksum came out right.
func TestEnginePaymentCardsOfRound38(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "four groups", text: "J'ai été débité deux fois avec ma carte bancaire 4970 1012 3456 7893. Merci de me rembourser.", decision: Publish, kinds: data, gone: []string{"4970 1012 3456 7893"}},
		{name: "hyphens", text: "Remboursement de la caution par carte 5132-8700-4612-3903 svp.", decision: Publish, kinds: data, gone: []string{"5132-8700-4612-3903"}},
		{name: "tarjeta", text: "Me cobraron dos veces la tasa en la tarjeta 4558810077234193.", decision: Publish, kinds: data, gone: []string{"4558810077234193"}},
		{name: "fails Luhn", text: "Le colis 4970 1012 3456 7894 est bloqué au centre de tri.", decision: Publish, absent: data, kept: []string{"4970 1012 3456 7894"}},
		{name: "a form's name", text: "The SA100 for the 2023-24 tax year is due by 31 January.", decision: Publish, absent: data, kept: []string{"SA100", "2023-24 tax year"}},
		{name: "CNI", text: "CNI n° 880692310285 (ancien modèle, délivrée en 2014) : est-elle encore valable ?", decision: Publish, kinds: data, gone: []string{"880692310285"}},
		{name: "CNI's price", text: "La CNI coûte 25 € en cas de perte, 2 semaines de délai.", decision: Publish, absent: data},
		{name: "telemóvel after a NIF", text: "Devolvam a caução. NIF 123456789, telemóvel 926 114 302.", decision: Publish, kinds: data, gone: []string{"926 114 302"}},
		{name: "(at) yandex.ru", text: "El NIE de mi madre está en el expediente; podéis escribir a k.ivanova(at)yandex.ru.", decision: Publish, kinds: data, gone: []string{"ivanova"}},
		{name: "codice fiscale in three groups", text: "Mia madre (codice fiscale RSSNNA 55P70 L219I) è ricoverata.", decision: Publish, kinds: data, gone: []string{"RSSNNA 55P70 L219I"}},
		{name: "Rückfragen unter", text: "Rückfragen unter 089 12345678 oder per Mail.", decision: Publish, kinds: data, gone: []string{"089 12345678"}},
		{name: "a service's number", text: "Das Bürgeramt ist erreichbar unter 030 115, Montag bis Freitag.", decision: Publish, absent: data, kept: []string{"030 115"}},
		{name: "Naples", text: "Nome: Anna\nTel.: 081 552 3417", decision: Publish, kinds: data, gone: []string{"081 552 3417"}},
	})
}
