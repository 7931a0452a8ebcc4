package moderation

import "testing"

// TestEngineSlursSomeoneElseCalledOfRound26: a slur someone else called
// the writer or his child is his report, published; one the writer
// called someone is his own.
func TestEngineSlursSomeoneElseCalledOfRound26(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "passive été traité de", text: "Au guichet de la gare, j'ai été traité de « sale arabe » par un autre voyageur et l'agent est intervenu.", decision: Publish, absent: abuse},
		{name: "s'est fait traiter de", text: "Mon fils de 12 ans s'est fait traiter de « gogol » dans le car scolaire, le chauffeur n'a rien dit.", decision: Publish, absent: abuse},
		{name: "called me a", text: "A man called me a dirty paki at the counter and the staff did nothing.", decision: Publish, absent: abuse},
		{name: "called my wife a", text: "Another parent called my wife a dirty gypsy at the school gate.", decision: Publish, absent: abuse},
		{name: "a traité ma femme de", text: "Au guichet, un homme a traité ma femme de sale arabe et personne n'a réagi.", decision: Publish, absent: abuse},
		{name: "I was called", text: "I was called a dirty paki by the driver of the 42 bus.", decision: Publish, absent: abuse},
		{name: "we were called", text: "We were called dirty gypsies by the receptionist at the housing office.", decision: Publish, absent: abuse},
		{name: "the writer called him", text: "I called him a dirty paki and I'd do it again.", decision: Reject, kinds: abuse},
		{name: "the writer called his caseworker", text: "I called my caseworker a useless idiot because she is one and I stand by it.", decision: Review, kinds: abuse},
		{name: "the police were called, idiots", text: "The police were called, useless idiots, and they did nothing.", decision: Review, kinds: abuse},
		{name: "the writer treated him as", text: "Je l'ai traité de sale arabe et je le redirai.", decision: Reject, kinds: abuse},
	})
}

// TestEngineHateWithoutSlursOfRound26: hate said without a slur.
func TestEngineHateWithoutSlursOfRound26(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "back to their stoves", text: "Une femme conductrice de bus ? Retournez à vos fourneaux, mesdames.", decision: Reject, kinds: abuse},
		{name: "a country invaded by a group", text: "Too many immigrants at the council, this country's been invaded.", decision: Reject, kinds: abuse},
		{name: "a nation kept for its own", text: "No more foreign doctors at the surgery. Britain for the British.", decision: Reject, kinds: abuse},
		{name: "a cook back in the kitchen", text: "Je suis retourné à la cuisine de la cantine pour récupérer le sac de mon fils.", decision: Publish, absent: abuse},
		{name: "children sent to the canteen's kitchen", text: "À la cantine, le responsable a crié aux enfants : retournez à la cuisine chercher vos plateaux.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "staff back in the kitchen", text: "After the fire alarm the staff were allowed to get back in the kitchen only after 40 minutes.", decision: Publish, absent: abuse},
		{name: "a country invaded by an army", text: "My family fled Ukraine because our country has been invaded, and the Homes for Ukraine team has been wonderful.", decision: Publish, absent: abuse},
		{name: "a chant reported", text: "A group of men chanted England for the English outside the mosque and the police did nothing.", decision: Publish, absent: abuse},
		{name: "staff not at home", text: "Les agents n'ont rien à faire chez nous le dimanche, le compteur est dehors.", decision: Publish, absent: abuse},
	})
}

// TestEngineDramaForetoldOfRound26: a bad end foretold is a threat after
// a demand, a warning or where staff work; alone it warns of a danger.
func TestEngineDramaForetoldOfRound26(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "after the writer's demand", text: "Vous l'aurez cherché. Si je n'ai pas ma pension lundi, il va y avoir un drame à l'agence.", decision: Reject, kinds: threat},
		{name: "after a warning", text: "Je vous préviens, il y aura un drame.", decision: Reject, kinds: threat},
		{name: "after a demand that goes on", text: "Continuez à me refuser mon RSA et il y aura un drame.", decision: Reject, kinds: threat},
		{name: "at a desk", text: "Si ça continue il va y avoir un drame à l'agence.", decision: Reject, kinds: threat},
		{name: "a ceiling at the town hall", text: "Il y aura un drame à la mairie, le plafond de la salle d'attente s'effondre.", decision: Publish, absent: threat},
		{name: "a danger in a building", text: "Le bâtiment B de la cité administrative est une poudrière : fils électriques apparents, extincteurs périmés, issue de secours bloquée par des cartons. Un jour il y aura un drame, faites les travaux avant.", decision: Publish, absent: threat},
		{name: "a crowded waiting room", text: "Un jour il y aura un drame dans cette salle d'attente bondée. Soixante personnes debout, pas de climatisation.", decision: Publish, absent: threat},
		{name: "batter him", text: "Next time that bus driver shuts the door on my kid I'm going to drag him out of his cab and batter him.", decision: Reject, kinds: threat},
		{name: "the police dragged him out", text: "The police had to drag him out of the car, and the officers were calm.", decision: Publish, absent: threat},
	})
}

// TestEngineNamesOfRound26: an English initial without a dot after a
// title, first names the list lacked, police ranks.
func TestEngineNamesOfRound26(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Mrs J Thornton", text: "Please refund to GB51 BARC 5377 8928 5424 51, account name Mrs J Thornton. Thanks", decision: Publish, kinds: name, gone: []string{"Thornton"}},
		{name: "Dr A Patel", text: "Dr A Patel saw me within ten minutes.", decision: Publish, kinds: name, gone: []string{"Patel"}},
		{name: "a wife named", text: "My wife, Anita Sharma, has been waiting for her appointment since January.", decision: Publish, kinds: name, gone: []string{"Anita", "Sharma"}},
		{name: "a Punjabi first name", text: "Kuldeep Gill at the council sorted it in a day.", decision: Publish, kinds: name, gone: []string{"Kuldeep", "Gill"}},
		{name: "PCSO kept", text: "I'd like to commend PCSO Danny Whitfield for his help with the flooding.", decision: Publish, kinds: name, gone: []string{"Danny", "Whitfield"}, kept: []string{"PCSO"}},
		{name: "Sgt", text: "Sgt Hughes was kind to my mother.", decision: Publish, kinds: name, gone: []string{"Hughes"}},
		{name: "a husband shouted, Mari a first name too", text: "MON MARI PIERRE ATTEND SA PENSION DEPUIS HUIT MOIS", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"PIERRE"}, kept: []string{"MARI", "ATTEND SA PENSION"}},
		{name: "a wife shouted", text: "PIERRE ET MOI (MA FEMME NICOLE) ON A 80 ANS PASSÉS ET ON NE PEUT PLUS RIEN FAIRE", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"NICOLE"}},
		{name: "a wife's nationality", text: "Mon épouse Ukrainienne est réfugiée et attend son titre de séjour.", decision: Publish, absent: name, kept: []string{"Ukrainienne"}},
		{name: "a health board", text: "Aneurin Bevan University Health Board lost my referral.", decision: Publish, absent: name, kept: []string{"Aneurin"}},
		{name: "a woman is no wife", text: "Une femme Agent de sécurité m'a aidée à remplir le formulaire.", decision: Publish, absent: name, kept: []string{"Agent"}},
		{name: "an initial that is a word", text: "M. A Paris il fait beau, mais Mr I think so.", decision: Publish, kept: []string{"think"}},
	})
}

// TestEnginePersonalDataOfRound26: a National Insurance number in lower
// case after its name, a plate after "immat", a phone after "mob" across a
// line, British one-word streets, ranges of house numbers and cottages.
func TestEnginePersonalDataOfRound26(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "NI in lower-case pairs", text: "NI number: ne 45 82 17 c (lower case as the app shows it).", decision: Publish, kinds: pd, gone: []string{"ne 45 82 17 c"}},
		{name: "NI joined after number:", text: "NI number: ne458217c, please check it.", decision: Publish, kinds: pd, gone: []string{"ne458217c"}},
		{name: "lower-case pairs unnamed", text: "my number is ne 45 82 17 c", decision: Publish, absent: pd},
		{name: "immat", text: "Voiture vendue le 10/05 (immat AA 456 BB), l'acheteur n'a jamais fait le changement.", decision: Publish, kinds: pd, gone: []string{"AA 456 BB"}},
		{name: "mob across a line", text: "mob 07412\n889 305 - pls text dont ring im at work till 5", decision: Publish, kinds: pd, gone: []string{"889 305"}},
		{name: "Kingsway", text: "I live at 35 Kingsway, Leeds, and the bins were not collected.", decision: Publish, kinds: pd, gone: []string{"35 Kingsway"}, kept: []string{"Leeds"}},
		{name: "a range of numbers", text: "Flat 12b, Marlowe House, 3-5 Kingsway - the buzzer doesn't work.", decision: Publish, kinds: pd, gone: []string{"3-5 Kingsway"}},
		{name: "Kingsway Road", text: "Mould in my flat at 22b Kingsway Road since March.", decision: Publish, kinds: pd, gone: []string{"22b Kingsway Road"}},
		{name: "cottages", text: "Our new address: 2 Orchard Cottages, Mill Lane.", decision: Publish, kinds: pd, gone: []string{"2 Orchard Cottages"}},
		{name: "Norway is no street", text: "We visited 3 Norway fjords on the school trip.", decision: Publish, absent: pd},
		{name: "a phone glued to au", text: "Appelez-moi au0645129873 svp, j'ai une question sur ma taxe foncière.", decision: Publish, kinds: pd, gone: []string{"0645129873"}},
		{name: "a phone glued to on", text: "Please call me on07700900222 about my tax code.", decision: Publish, kinds: pd, gone: []string{"07700900222"}},
		{name: "a version glued to au", text: "La version au0123 du logiciel plante encore.", decision: Publish, absent: pd},
		{name: "a possessive in a street's name", text: "HMRC has my old address. Please update: 72 Queen's Park Road, Brighton BN2 0GJ.", decision: Publish, kinds: pd, gone: []string{"72 Queen's Park Road"}},
		{name: "a saint's possessive after St", text: "I live at 10 St Mary's Road, Leeds, and the bins were missed.", decision: Publish, kinds: pd, gone: []string{"10 St Mary's Road"}, kept: []string{"Leeds"}},
		{name: "a montée", text: "J'habite 14 montée du Gourguillon, 69005 Lyon.", decision: Publish, kinds: pd, gone: []string{"14 montée du Gourguillon"}, kept: []string{"Lyon"}},
		{name: "a letter to the town hall", text: "J'ai envoyé un courrier à la mairie, 12 rue de la Paix, sans réponse.", decision: Publish, absent: pd},
		{name: "a town hall's line glued", text: "Il faut appeler la mairie au01 42 76 40 40 le matin.", decision: Publish, absent: pd},
		{name: "a helpline after account number", text: "Please quote your account number when calling the helpline on 0300 123 4567.", decision: Publish, absent: pd},
		{name: "a postcode district after car park", text: "The car park in sw19 was full again on Saturday.", decision: Publish, absent: pd},
		{name: "title case words before a street word", text: "The 7 Bus From The Station Road Stop Never Comes.", absent: pd},
		{name: "a lower-case plate after car", text: "I got a letter saying my car wd63 lmo is uninsured and untaxed.", decision: Publish, kinds: pd, gone: []string{"wd63 lmo"}},
		{name: "a joined lower-case plate", text: "My son's car (ks21ftp) was clamped outside our house.", kinds: pd, gone: []string{"ks21ftp"}},
		{name: "a car's make in lower case", text: "My car is a bmw 3 series, bought second hand last year.", absent: pd},
		{name: "a bank account number", text: "Refund to account number 31926819, sort code 60-16-13 please.", decision: Publish, kinds: pd, gone: []string{"31926819"}},
		{name: "into account", text: "Please take into account that 25000 people wait for the same form.", decision: Publish, absent: pd},
		{name: "a council's address", text: "Write to the council at 12 Market Street, they answer within a week.", decision: Publish, absent: pd},
		{name: "a bus is no street", text: "The 24 Highgate bus skipped our stop again this morning.", decision: Publish, absent: pd},
		{name: "a programme is no street", text: "I attended 2 Gateway sessions and the advisers were brilliant.", decision: Publish, absent: pd},
		{name: "a day in hospital", text: "Day 3 Northgate Hospital still no bed for my mum.", decision: Publish, absent: pd},
		{name: "fixe is no phone's word", text: "Le forfait fixe 812345678 de la cantine a augmenté.", decision: Publish, absent: pd},
	})
}

// TestEnginePlacesOfRound26: towns that are names, places named after
// people with what they do or a possessive before their place word, an
// acronym that is a first name; a shop's owner and a name a title
// announces stay names.
func TestEnginePlacesOfRound26(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "towns after from and to", text: "Moving from Preston to Milton Keynes meant registering with a new GP.", decision: Publish, absent: name, kept: []string{"Preston", "Milton Keynes"}},
		{name: "Mr Preston is a man", text: "Mr Preston called me back the same day.", decision: Publish, kinds: name, gone: []string{"Preston"}},
		{name: "thanks to Preston", text: "Thanks to Preston at the desk for his patience.", decision: Publish, kinds: name, gone: []string{"Preston"}},
		{name: "a health centre", text: "The path to the Edith Cavell health centre has no lighting.", decision: Publish, absent: name, kept: []string{"Edith Cavell"}},
		{name: "a children's hospital", text: "We had letters from the Royal Alexandra Children's Hospital.", decision: Publish, absent: name, kept: []string{"Alexandra"}},
		{name: "a person's possessive", text: "Sophie's Hospital visit went well.", decision: Publish, kinds: name, gone: []string{"Sophie"}},
		{name: "a shop's owner", text: "L'épicerie de Karim Benali est fermée à cause des travaux de la rue.", decision: Publish, kinds: name, gone: []string{"Karim", "Benali"}},
		{name: "a title before a day centre", text: "My dad Mr Kowalski day centre place was cut without notice.", decision: Publish, kinds: name, gone: []string{"Kowalski"}},
		{name: "put through to Chelsea", text: "I was put through to Chelsea and she was lovely.", decision: Publish, kinds: name, gone: []string{"Chelsea"}},
		{name: "Arun District Council", text: "Arun District Council still has not collected our bins.", decision: Publish, absent: name, kept: []string{"Arun"}},
		{name: "GRETA", text: "Mon professeur de français au GRETA, M. Zielinski, est excellent.", decision: Publish, kinds: name, gone: []string{"Zielinski"}, kept: []string{"GRETA"}},
	})
}

// TestEngineInsultsAndHateOfRound26: accusations of one person after a
// copula, the simple-minded, jobs said taken by a group; and what stays
// fair: the same words of things, of how the writer was treated, a
// generalisation denied, nationalities and pests that are no group.
func TestEngineInsultsAndHateOfRound26(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "un lâche et un hypocrite", text: "Le directeur de l'école est un lâche et un hypocrite de la pire espèce.", decision: Review, kinds: abuse},
		{name: "des demeurés", text: "Votre plateforme téléphonique est tenue par des demeurés. Et je pèse mes mots.", decision: Review, kinds: abuse},
		{name: "a busybody", text: "That health visitor is a patronising busybody with the intelligence of a teaspoon.", decision: Review, kinds: abuse},
		{name: "take our jobs", text: "Why do we let Polish people work at the council? They take our jobs.", decision: Reject, kinds: abuse},
		{name: "tous des ivrognes", text: "Les Roumains du chantier municipal, tous des ivrognes.", decision: Reject, kinds: abuse},
		{name: "un lâche with a copula", text: "Le directeur est un lâche.", decision: Review, kinds: abuse},
		{name: "a hypocrite with a copula", text: "The housing officer is a hypocrite.", decision: Review, kinds: abuse},
		{name: "a loose ramp", text: "La rampe de l'entrée est lâche depuis des mois.", decision: Publish, absent: abuse},
		{name: "rotten weather", text: "Le temps est pourri et l'abribus n'a pas de toit.", decision: Publish, absent: abuse},
		{name: "a drunk reported", text: "Un ivrogne m'a agressé devant la mairie.", decision: Publish, absent: abuse},
		{name: "jobs taken denied", text: "Polish people don't take our jobs, they do the jobs nobody else wants.", decision: Publish, absent: abuse},
		{name: "hornets are no group", text: "Les frelons asiatiques, c'est une invasion, la mairie doit financer les nids.", decision: Publish, absent: abuse},
		{name: "a neighbour's dog", text: "Mes voisins portugais ont un chien qui aboie toute la nuit.", decision: Publish, absent: abuse},
		{name: "taken for a fool", text: "Vous nous prenez pour des demeurés ?", decision: Publish, absent: abuse},
		{name: "who thinks he is a cop", text: "Le vigile est un gros bouffon qui se prend pour un flic.", decision: Review, kinds: abuse},
		{name: "demeuré the participle", text: "Le dossier est demeuré bloqué trois mois à la préfecture.", decision: Publish, absent: abuse},
		{name: "spoken to as to", text: "La conseillère vous parle comme à un demeuré, c'est insupportable.", decision: Publish, absent: abuse},
		{name: "not a coward", text: "Ce n'est pas un lâche, il a porté plainte tout de suite.", decision: Publish, absent: abuse},
		{name: "Portuguese workers thanked", text: "Les Portugais du chantier ont été très efficaces, merci.", decision: Publish, absent: abuse},
		{name: "a liaison taking over", text: "The new Polish people liaison is taking over the post next month.", decision: Publish, absent: abuse},
	})
}
