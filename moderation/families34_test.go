package moderation

import "testing"

// TestEngineNamesOfRound34: an initial with no dot after a courtesy title
// ("Mr R Patel"), though "r." is short for a street; English surnames that
// are words of a place (Church, Temple, Banks, Fields) after a title. Not
// a street written "r" with its name, nor a church or a food bank.
func TestEngineNamesOfRound34(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Mr R Patel", text: "For the refund, the account name is Mr R Patel. Please stop sending cheques.", decision: Publish, gone: []string{"Patel"}},
		{name: "Mme R Dupont", text: "Mme R Dupont a refusé mon dossier sans explication.", decision: Publish, gone: []string{"Dupont"}},
		{name: "Mr Church", text: "Mr Church, the SENCo, has been fighting for our daughter's support plan for a year.", decision: Publish, gone: []string{"Church"}, kept: []string{"SENCo"}},
		{name: "Mrs Banks", text: "Mrs Banks at the housing office sorted my transfer in a week.", decision: Publish, gone: []string{"Banks"}},
		{name: "a street written r", text: "J'habite au 12 r Victor Hugo et le bac jaune n'est pas passé.", decision: Publish, kept: []string{"Victor Hugo"}},
		{name: "a church", text: "St Mary's Church car park is full every Sunday, the council should open the school's.", decision: Publish, kept: []string{"Church"}, absent: []Kind{KindPersonName}},
		{name: "food banks", text: "The food banks in town are full and Universal Credit is still late.", decision: Publish, kept: []string{"banks"}, absent: []Kind{KindPersonName}},
	})
}

// TestEnginePersonalOfRound34: an URSSAF contributor's number ("numéro de
// compte cotisant"), a Home Office visa application's number (GWF and nine
// digits, which no word need announce), a German identity card's number
// ("Personalausweisnummer"). Not contributors counted.
func TestEnginePersonalOfRound34(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "compte cotisant", text: "Trois mois pour annuler la majoration. Mon numéro de compte cotisant : 527 3310 0841 22.", decision: Publish, kinds: data, gone: []string{"527 3310 0841 22", "0841"}},
		{name: "numéro de cotisant", text: "mon numéro de cotisant 527331008412, merci de regarder", decision: Publish, kinds: data, gone: []string{"527331008412"}},
		{name: "a GWF number", text: "The Home Office has had my partner's visa application (GWF071234567) for 14 months.", decision: Publish, kinds: data, gone: []string{"GWF071234567"}},
		{name: "a Personalausweisnummer", text: "Meine Personalausweisnummer L01X00T471 wird im Online-Formular nicht akzeptiert.", decision: Publish, kinds: data, gone: []string{"L01X00T471"}},
		{name: "contributors counted", text: "Les cotisants 2024 ont payé 300 € de plus et chaque cotisant attend toujours sa régularisation.", decision: Publish, absent: data, kept: []string{"2024", "300 €"}},
	})
}

// TestEngineContemptOfRound34: name-calling without a swear word, said of
// a person (a viper's tongue, a parasite paid with our taxes, the wits of
// a two-watt bulb, an old bat, a pack-saddled donkey, born tired, a
// puffed-up cockerel); a system called a clusterfuck, profanity at a
// thing. Not mistletoe, a hornet, a box tree moth, a roost of bats, a
// clothing brand (which the threat model sends to a moderator), the
// writer's "sans vouloir être une langue de vipère", an underpass's bulb,
// a writer born tired, a treatment that does not tire, a software's wits.
func TestEngineContemptOfRound34(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a viper's tongue", text: "Ma voisine est une langue de vipère, elle a fait un signalement bidon à l'ASE.", decision: Review, kinds: abuse},
		{name: "a paid parasite", text: "Bravo au gestionnaire de mon dossier, champion du monde de la fainéantise, un vrai parasite payé avec nos impôts.", decision: Review, kinds: abuse},
		{name: "a hornet", text: "Le frelon asiatique est un vrai parasite pour nos ruches, que fait la mairie ?", decision: Publish, absent: abuse},
		{name: "not a viper's tongue", text: "Sans vouloir être une langue de vipère, les horaires de la médiathèque sont absurdes.", decision: Publish, absent: abuse},
		{name: "an underpass's bulb", text: "The underpass on Mill Lane is lit by a single 2 watt bulb, it's pitch black and unsafe.", decision: Publish, absent: abuse},
		{name: "a two-watt bulb", text: "Oh sure, the housing officer is a real genius. About as bright as a two-watt bulb.", decision: Review, kinds: abuse},
		{name: "an old bat", text: "Fossilised old bat at the library still can't work the computer and blames the kids.", decision: Review, kinds: abuse},
		{name: "a roost of bats", text: "The council must protect the old bat roost in the church loft.", decision: Publish, absent: abuse},
		{name: "a clothing brand", text: "I bought my son's school coat at Fat Face, the council voucher worked.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "un âne bâté", text: "Mon prof principal = un âne bâté, il a mis 4/20 sans lire la copie.", decision: Review, kinds: abuse},
		{name: "né fatigué", text: "Ce médecin du travail est né fatigué et vit pour se reposer.", decision: Review, kinds: abuse},
		{name: "ne fatigue pas", text: "Ce traitement ne fatigue pas ma mère, merci à l'hôpital.", decision: Publish, absent: abuse},
		{name: "ein aufgeblasener Gockel", text: "Der Oberarzt in der Notaufnahme, dieser aufgeblasene Gockel, hat mich behandelt wie Luft.", decision: Review, kinds: abuse},
		{name: "a clusterfuck", text: "Absolute clusterfuck of a system, nobody knows who's responsible for anything.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "mistletoe", text: "Le gui est un parasite, la mairie devrait l'enlever des tilleuls du parc.", decision: Publish, absent: abuse},
		{name: "a box tree moth", text: "Ce parasite du buis a ravagé le parc municipal, personne ne traite.", decision: Publish, absent: abuse},
		{name: "the writer born tired", text: "Je suis né fatigué, dit mon fils, mais la piscine municipale l'a réveillé.", decision: Publish, absent: abuse},
		{name: "a software's wits", text: "Le nouveau logiciel de la mairie a l'intelligence d'un grille-pain.", decision: Publish, absent: abuse},
	})
}

// TestEngineAdsOfRound34: loans with no credit check around a link,
// crypto and money from home in Spanish, a free first appointment slipped
// into a review in Italian; heldout-86's loans to bad payers, with no
// guarantor, a flat for sale slipped in. Not a council's hardship fund,
// glasses with nothing to pay under 100 % Santé, a public service's number
// passed on, a scam's victim, a flat sold in a complaint.
func TestEngineAdsOfRound34(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "no credit checks", text: "Universal Credit finally paid after 6 weeks. BTW anyone struggling with debt visit easyloans-uk.co for same day cash, no credit checks!!", kinds: spam},
		{name: "criptomonedas", text: "Gana 5.000€ al mes desde casa con nuestro sistema de inversión en criptomonedas. ¡Regístrate ya en cripto-rico.es y empieza hoy!", decision: Reject, kinds: spam},
		{name: "primo appuntamento gratis", text: "Pratica chiusa in un mese, bene. Se vi serve un commercialista economico chiamate lo Studio Fiscale Rapido, primo appuntamento gratis!", decision: Review, kinds: spam},
		{name: "a hardship fund", text: "The council said there are no credit checks for the hardship fund, and the same day cash payment came through.", decision: Publish, absent: spam},
		{name: "100 % Santé", text: "Lunettes avec reste à charge zéro grâce au 100 % Santé, la CPAM m'a bien expliqué.", decision: Publish, absent: spam},
		{name: "the CUP's number", text: "Se vi serve il numero del CUP, è sul sito della ASL.", decision: Publish, absent: spam},
		{name: "a victim", text: "Ho perso 3.000 euro in criptovalute su un sito falso, state attenti: la polizia postale mi ha detto che è una truffa.", decision: Publish, absent: spam},
		{name: "cattivi pagatori", text: "Prestiti a tasso zero anche per protestati e cattivi pagatori, WhatsApp +39 351 447 2290", decision: Reject, kinds: spam},
		{name: "sem fiador", text: "Empréstimo pessoal sem fiador, resposta imediata, email credito.rapido.pt@gmail.com", kinds: spam},
		{name: "vendo piso", text: "Muy bien atendida en el centro de salud, la enfermera un sol. Por cierto, vendo piso en Getafe, interesados llamar al 612 348 905.", decision: Review, kinds: spam},
		{name: "a Krypto victim", text: "Ich habe mit Krypto 4.000 Euro verloren, die Polizei sagt, es war Betrug. Das Bürgeramt war sehr hilfsbereit.", decision: Publish, absent: spam},
		{name: "selling a flat", text: "Vendo piso y Hacienda me cobra una plusvalía que no entiendo, nadie en la oficina me lo explica.", decision: Publish, absent: spam},
	})
}

// TestEngineFireOfRound34: the stem of Spanish "quemar" was written
// "quem*", which is Portuguese "who": a visit to an office and whoever
// serves the writer was read as arson. Fire promised in either language
// still is.
func TestEngineFireOfRound34(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "quem me atender", text: "Vou à repartição amanhã, quem me atender que me explique o processo.", decision: Publish, absent: threat},
		{name: "queimar", text: "Se não me pagarem, vou queimar a repartição.", decision: Reject, kinds: threat},
		{name: "quemar", text: "Si no me pagan, voy a quemar la oficina.", decision: Reject, kinds: threat},
	})
}

// TestEngineUltimatumsOfRound34: fire promised to a public building after
// a demand's "or else" in Portuguese and Spanish ("Se voltarem a…",
// "Como me vuelvan a…"), the building with its town ("o centro de saúde
// de Odivelas"), the readers told they are warned ("Estão avisados",
// "Avisados quedan"); Spanish "va a arder", a future (its "a" was read as
// the French auxiliary of a past fire). Not a house in a heatwave, an
// office busy on Mondays, a stomach that burns.
func TestEngineUltimatumsOfRound34(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "o centro de saúde vai arder", text: "Se voltarem a adiar a minha consulta, o centro de saúde de Odivelas vai arder. Estão avisados.", decision: Reject, kinds: threat},
		{name: "esa oficina arde", text: "Como me vuelvan a cancelar la cita en la Seguridad Social, esa oficina arde. Avisados quedan.", decision: Reject, kinds: threat},
		{name: "va a arder", text: "Si me vuelven a cancelar la cita, la oficina va a arder.", decision: Reject, kinds: threat},
		{name: "a heatwave", text: "Mi casa va a arder con este calor, el ayuntamiento no poda los árboles.", decision: Publish, absent: threat},
		{name: "a busy office", text: "La oficina arde de actividad los lunes, mejor ir el jueves.", decision: Publish, absent: threat},
		{name: "a stomach", text: "Me arde el estómago desde que tomo la medicación del centro de salud.", decision: Publish, absent: threat},
		{name: "a past fire", text: "Il va à la mairie tous les jours depuis que la médiathèque a brûlé.", decision: Publish, absent: threat},
		{name: "a wish of fire", text: "Ojalá alguien queme la oficina del SEPE.", decision: Reject, kinds: threat},
		{name: "the writer burning", text: "Me quemo de impaciencia en el centro de salud.", decision: Publish, absent: threat},
		{name: "the reader's office burnt", text: "Como me vuelvan a cancelar la cita, te quemo la oficina.", decision: Reject, kinds: threat},
		{name: "a neglect's condition", text: "Como vuelvan a dejar la maleza sin cortar, el centro de salud va a arder en agosto.", decision: Publish, absent: threat, modelReviews: true},
	})
}

// TestEngineDressedThingsOfRound34: a person, named by a word of the
// person lists before the copula or spoken to, said to be something that
// wears the attire of the office ("es un mueble con bata", "c'est un
// boucher avec un stéthoscope", "is a weathervane in a cheap suit", "Sie
// sind ein Aktenordner mit Krawatte"). Not a person so described ("une
// femme en uniforme", "a nurse with a clipboard", "a tall chap in a
// suit"), praised ("a real star with a clipboard"), a team thanked, a
// thing's copula ("un colegio con uniforme obligatorio"), a costume, a
// form with an attachment.
func TestEngineDressedThingsOfRound34(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "un mueble con bata", text: "El médico de cabecera es un mueble con bata.", decision: Review, kinds: abuse},
		{name: "un boucher avec un stéthoscope", text: "Le médecin-conseil de la CPAM, c'est un boucher avec un stéthoscope.", decision: Review, kinds: abuse},
		{name: "ein Aktenordner mit Krawatte", text: "Herr Baumgartner, Sie sind ein Aktenordner mit Krawatte, innen hohl.", decision: Review, kinds: abuse},
		{name: "a weathervane in a cheap suit", text: "Our ward councillor is a weathervane in a cheap suit.", decision: Review, kinds: abuse},
		{name: "a dictator with a clipboard", text: "honestly the work coach is a pound-shop dictator with a clipboard", decision: Review, kinds: abuse},
		{name: "un singe en uniforme", text: "Au commissariat, le policier de l'accueil est un singe en uniforme.", decision: Review, kinds: abuse},
		{name: "a nurse with a clipboard", text: "The assessor was a nurse with a clipboard, very kind.", decision: Publish, absent: abuse},
		{name: "une femme en uniforme", text: "La conseillère est une femme en uniforme qui m'a bien reçu.", decision: Publish, absent: abuse},
		{name: "a star with a clipboard", text: "The SENCo is a real star with a clipboard, always on our side.", decision: Publish, absent: abuse},
		{name: "a tall chap in a suit", text: "The inspector was a tall chap in a suit, very polite.", decision: Publish, absent: abuse},
		{name: "a team thanked", text: "Die Mitarbeiter sind ein Team mit Namensschild und Lächeln, danke an das Bürgeramt!", decision: Publish, absent: abuse},
		{name: "a school's uniform", text: "Es un colegio con uniforme obligatorio y el ayuntamiento no da ayudas para comprarlo.", decision: Publish, absent: abuse},
		{name: "a man with a tie", text: "Le conseiller, c'est un homme avec une cravate rouge, très aimable.", decision: Publish, absent: abuse},
		{name: "a costume", text: "Pour le carnaval de l'école, la directrice est un robot avec une cravate en carton.", decision: Publish, absent: abuse},
		{name: "a form", text: "Die Formulare sind ein Albtraum mit Anhang.", decision: Publish, absent: abuse},
	})
}

// TestEngineHateOfRound34: what a group is said to come for or to have in
// its nature, after the group ("ils viennent tous ici que pour les aides",
// "vienen a aprovecharse", "unser Sozialsystem ausnutzen", "rubano tutti,
// è nella loro natura"). Not the same said false or denied.
func TestEngineHateOfRound34(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "que pour les aides", text: "Depuis que le quartier est rempli d'Africains plus rien ne marche à la CAF, ils viennent tous ici que pour les aides.", decision: Reject, kinds: abuse},
		{name: "a aprovecharse", text: "Los gitanos solo vienen a los servicios sociales a aprovecharse, todos son iguales.", decision: Reject, kinds: abuse},
		{name: "Sozialsystem ausnutzen", text: "Ausländer wollen doch nur unser Sozialsystem ausnutzen, keiner von denen will arbeiten.", decision: Reject, kinds: abuse},
		{name: "nella loro natura", text: "I rom non dovrebbero entrare negli uffici comunali, rubano tutti, è nella loro natura.", decision: Reject, kinds: abuse},
		{name: "denied", text: "Les réfugiés ne viennent pas que pour les aides, ils fuient la guerre.", decision: Publish, absent: abuse},
		{name: "said false", text: "Es falso que los inmigrantes vengan a aprovecharse del sistema.", decision: Publish, absent: abuse},
		{name: "a false ID is no denial", text: "Los gitanos solo vienen a los servicios sociales a aprovecharse, con un DNI falso.", decision: Reject, kinds: abuse},
	})
}

// TestEngineQualitiesOfRound34: a quality a person has as a thing or an
// animal has it, in Spanish, Italian, German and Portuguese. Not a
// quality a person has as a saint has it, nor a park's.
func TestEngineQualitiesOfRound34(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "la grazia di un rinoceronte", text: "L'impiegata dello sportello ha la grazia di un rinoceronte e la pazienza di una vespa.", decision: Review, kinds: abuse},
		{name: "la simpatía de un cactus", text: "El funcionario de la ventanilla 5 tiene la simpatía de un cactus y la rapidez de un caracol con resaca.", decision: Review, kinds: abuse},
		{name: "das Charisma einer Parkuhr", text: "Frau Kühn vom Bürgeramt hat das Charisma einer Parkuhr und den Verstand eines Toasters.", decision: Review, kinds: abuse},
		{name: "a simpatia de uma pedra", text: "A funcionária tem a simpatia de uma pedra.", decision: Review, kinds: abuse},
		{name: "a saint's patience", text: "La enfermera tiene la paciencia de una santa.", decision: Publish, absent: abuse},
		{name: "a park's grace", text: "El parque tiene la gracia de un jardín japonés.", decision: Publish, absent: abuse},
		{name: "a saint, then a street lamp", text: "El funcionario tuvo la paciencia de un santo. La farola de mi calle sigue apagada.", decision: Publish, absent: abuse},
	})
}

// TestEngineTakenAlongOfRound34: people taken along when a writer with
// nothing left to lose goes; a windbag and evolution backwards, said of a
// person. Not originals or children taken along after a warning, a
// town's dragon, a service's evolution, a library's regular who knows its
// routines, opening hours (which "je connais vos horaires" rejected).
func TestEngineTakenAlongOfRound34(t *testing.T) {
	threat, abuse := []Kind{KindThreat}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "je les emmène avec moi", text: "J'ai plus rien à perdre. Le juge des enfants et l'assistante sociale, je les emmène avec moi quand je partirai.", decision: Reject, kinds: threat},
		{name: "une baudruche", text: "Le maire ? Une baudruche.", decision: Review, kinds: abuse},
		{name: "evolution backwards", text: "M. Da Silva, vous êtes la preuve vivante que l'évolution peut faire marche arrière.", decision: Review, kinds: abuse},
		{name: "originals taken along", text: "Attention : la photocopieuse est en panne, donc les originaux, je les emmène avec moi la prochaine fois.", decision: Publish, absent: threat, modelReviews: true},
		{name: "children taken along", text: "Mes enfants ? Je les emmène avec moi au rendez-vous de la CAF.", decision: Publish, absent: threat},
		{name: "a town's dragon", text: "Das Maskottchen unserer Stadt ist ein Drache, die Kinder lieben ihn.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a service's evolution", text: "À la préfecture, l'évolution a fait marche arrière : retour aux dossiers papier.", decision: Publish, absent: abuse},
		{name: "a library's regular", text: "As a regular at the library I know your routines: quiet hour on Tuesday, story time on Friday.", decision: Publish, absent: threat},
		{name: "a busy schedule", text: "I know your schedule is busy, but please call me back.", decision: Publish, absent: threat},
		{name: "opening hours", text: "Je connais vos horaires d'ouverture, vous fermez trop tôt.", decision: Publish, absent: threat},
		{name: "horarios de atención", text: "Conozco sus horarios de atención y aun así llegué a las 10 y estaba cerrado.", decision: Publish, absent: threat},
	})
}

// TestEngineTurnsOfRound34: an offer after a turn to another subject
// ("Au passage", "Übrigens", "PS", "BTW"), with a contact and an
// advertising word that weighs less than 3: a review with an
// advertisement slipped in, whatever public service the review was of.
// Not a citizen who gives his own number or asks to be called back, nor a
// public body's or a volunteer's offer passed on.
func TestEngineTurnsOfRound34(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "au passage", text: "Attente correcte à la CAF de Villeurbanne, dossier traité en trois semaines. Au passage, si vous avez une fuite, Plomberie Express Rhône intervient 7j/7, devis gratuit au 06 71 24 88 13 !", decision: Review, kinds: spam},
		{name: "Übrigens", text: "Im Bürgeramt lief alles flott, nach 20 Minuten war ich durch. Übrigens: Umzüge günstig mit Umzugsfix, Tel. 0176 2248 9130!", decision: Review, kinds: spam},
		{name: "PS", text: "Bon accueil à la mairie. PS : j'installe des panneaux solaires avec 0 € de reste à charge grâce aux aides de l'État, contactez-moi au 06 33 21 87 44.", decision: Review, kinds: spam},
		{name: "a quote that never came", text: "Merci à la mairie. PS : le devis gratuit promis par le CCAS n'est jamais venu, rappelez-moi au 06 12 34 56 78.", decision: Publish, absent: spam},
		{name: "never came, BTW", text: "BTW the free quote the council promised never came, my number is 07700 900123.", decision: Publish, absent: spam},
		{name: "a council's offer passed on", text: "Quick service at the library. By the way, the council gives a free quote for garden waste bins, ring 0161 234 5678.", decision: Publish, absent: spam},
		{name: "a volunteer's class", text: "Great help at the job centre. BTW I volunteer at the food bank, there is a free trial of the cookery class, call 07700 900123.", decision: Publish, absent: spam},
		{name: "an ad after a review of the council", text: "Quick service at the council. BTW, SparkleClean offers a free quote on carpet cleaning, call 07700 900777!", decision: Review, kinds: spam},
	})
}

// TestEngineHeldout87OfRound34: heldout-87, scored on arrival then read:
// a sale slipped in after a turn ("Ps: je vends un vélo électrique
// presque neuf 600€"), a handle with dots ("@docescaseiros.curso"),
// phishing in a benefit's name, chain messages, a free first lesson; the
// SMS "c" before a noun of contempt, a turnip head; a group called the
// enemies of the Republic or denied adoption. Not what the writer watches
// blow up ("je vois l'accueil des urgences exploser"), an office shown to
// the reader before it blows up, a sale said in a complaint after a turn,
// a town hall's handle, a time after "@", a wait to adopt.
func TestEngineHeldout87OfRound34(t *testing.T) {
	spam, abuse := []Kind{KindSpam}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a sale after a turn", text: "RAS, dossier traité en temps et en heure. Ps: je vends un vélo électrique presque neuf 600€, dispo sur leboncoin, pseudo velo_kiki33", decision: Review, kinds: spam},
		{name: "a handle with dots", text: "Bom serviço do INSS. Aproveito pra divulgar meu curso de confeitaria online, link na bio @docescaseiros.curso", kinds: spam},
		{name: "phishing", text: "URGENT: Your Universal Credit account has been suspended. Verify your details at uc-verify-account.co/login within 24 hours to avoid losing payments.", decision: Reject, kinds: spam},
		{name: "a chain message", text: "Envoie ce message à 10 personnes dans les 24h sinon ton dossier CAF sera refusé et la malchance te suivra 7 ans.", kinds: spam},
		{name: "erste Stunde gratis", text: "Antrag schnell bearbeitet, danke. Wer Nachhilfe in Deutsch oder Mathe braucht: nachhilfe-leicht.de, erste Stunde gratis!", decision: Review, kinds: spam},
		{name: "c un boulet", text: "mlle DUBOIS c un boulet, un poids mort, remplacez la par une plante verte", decision: Review, kinds: abuse},
		{name: "denied adoption", text: "Schwule sollten keine Kinder adoptieren dürfen, das ist krank und widerlich.", decision: Reject, kinds: abuse},
		{name: "a wait to adopt", text: "Les couples homosexuels ne devraient pas attendre 3 ans pour adopter, c'est trop long.", decision: Publish, absent: abuse},
		{name: "testa di rapa", text: "quella dell'anagrafe è una gran cafona, testa di rapa", decision: Review, kinds: abuse},
		{name: "ennemies de la République", text: "Les femmes voilées ne devraient même pas avoir le droit d'entrer dans une mairie, ce sont des ennemies de la République.", decision: Reject, kinds: abuse},
		{name: "watched blowing up", text: "Je suis infirmière et je vois l'accueil des urgences exploser chaque soir. Ce n'est pas la faute des soignants, il manque du monde, point.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a sale in a complaint", text: "Merci. PS : je vends ma voiture 2000 € mais l'ANTS bloque la cession, c'est absurde.", decision: Publish, absent: spam},
		{name: "a town hall's handle", text: "Suivez la mairie sur @ville.de.lyon pour les infos, c'est bien fait.", decision: Publish, absent: spam},
		{name: "shown, then blown up", text: "Vous voyez cette agence ? Elle va sauter cette nuit.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a time after @", text: "Rendez-vous pris @14.30 à la mairie, bon accueil.", decision: Publish, absent: spam},
	})
}
