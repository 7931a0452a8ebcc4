package moderation

import "testing"

// TestEngineShoutedNamesOfRound27: in a shouted text, a first name that is
// no other word is a person spoken to when words to the reader stand in
// its sentence, or a relative named after the word for him; not a place's,
// a title's or a storm's.
func TestEngineShoutedNamesOfRound27(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a child named last", text: "MERCI A TOUTE L EQUIPE DE PEDIATRIE, VOUS AVEZ ETE DES ANGES AVEC NOTRE PETIT LOUIS", decision: Review, kinds: name, gone: []string{"LOUIS"}},
		{name: "a person spoken to", text: "YOU'RE DEAD MEAT GRAHAM, I KNOW WHICH BUS YOU TAKE HOME", decision: Reject, kinds: name, gone: []string{"GRAHAM"}},
		{name: "clause-opening name spoken to", text: "GRAHAM, YOU'RE DEAD MEAT", decision: Reject, kinds: name, gone: []string{"GRAHAM"}},
		{name: "a town after to", text: "THE BUSES TO PRESTON, ALWAYS LATE!", decision: Review, absent: name, kept: []string{"PRESTON"}},
		{name: "a hospital after a royal title", text: "THANK YOU TO THE STAFF AT THE QUEEN ELIZABETH, AMAZING CARE!", decision: Review, absent: name, kept: []string{"ELIZABETH"}},
		{name: "a storm", text: "FLOODING AGAIN AFTER STORM DARRAGH, WHERE WERE YOU?", decision: Review, absent: name, kept: []string{"DARRAGH"}},
		{name: "a car model", text: "ON M'A VOLE MA SEAT LEON, LA POLICE S'EN FICHE !", decision: Review, absent: name, kept: []string{"LEON"}},
		{name: "a street named after a person", text: "J'HABITE RUE VICTOR HUGO, ET LE CAMION POUBELLE NE PASSE PLUS DEPUIS UN MOIS", decision: Review, absent: name, kept: []string{"VICTOR HUGO"}},
		{name: "a school named after a person", text: "LE LYCEE JEAN MOULIN, TOUJOURS PAS DE CHAUFFAGE EN DECEMBRE", decision: Review, absent: name, kept: []string{"JEAN MOULIN"}},
	})
}

// TestEngineRepeatsAndTestsOfRound27: a word typed over and over is junk,
// whatever else the text says; thanks and emphasis said over and over are
// a citizen's; a test of the form is no contribution.
func TestEngineRepeatsAndTestsOfRound27(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a greeting over and over", text: "hello hello hello hello hello hello hello hello hello hello", decision: Reject, kinds: spam},
		{name: "a word six times in a row among others", text: "WIN WIN WIN WIN WIN WIN FREE IPHONE CLICK NOW WIN WIN WIN", decision: Reject, kinds: spam},
		{name: "thanks over and over", text: "merci merci merci merci merci merci merci", decision: Publish, absent: spam},
		{name: "thank you over and over", text: "thank you thank you thank you so much", decision: Publish, absent: spam},
		{name: "no over and over", text: "NON NON NON NON NON NON, je refuse de payer", decision: Publish, absent: spam},
		{name: "blah over and over in a complaint", text: "Blah blah blah blah blah blah, the council never listens to residents.", decision: Publish, absent: spam},
		{name: "why over and over", text: "Pourquoi pourquoi pourquoi pourquoi pourquoi pourquoi fermer la piscine en été ?", decision: Publish, absent: spam},
		{name: "a frequent word over and over", text: "Et moi, et moi, et moi, et moi ?", decision: Publish, absent: spam},
		{name: "very over and over", text: "the wait was very very very very very very long", decision: Publish, absent: spam},
		{name: "test words alone", text: "test test 123 essai", decision: Reject, kinds: spam},
		{name: "a test alone", text: "test", decision: Reject, kinds: spam},
		{name: "a test announced", text: "Is this thing working? Just testing the feedback form, please ignore.", decision: Review, kinds: spam},
		{name: "a test announced in French", text: "Ceci est un test, ignorez ce message.", decision: Review, kinds: spam},
		{name: "this is a test", text: "This is a test", decision: Reject, kinds: spam},
		{name: "ceci est un test", text: "Ceci est un test", decision: Reject, kinds: spam},
		{name: "a test to delete", text: "Message de test, à supprimer.", decision: Review, kinds: spam},
		{name: "staff ignore this", text: "Your staff ignore this problem; my driving test was cancelled twice.", decision: Publish, absent: spam},
		{name: "why ignore this", text: "Blood test results lost again, why do you ignore this?", decision: Publish, absent: spam},
		{name: "a correction of a driving test", text: "Please ignore the earlier complaint, my driving test was rebooked. Thank you!", decision: Publish, absent: spam},
		{name: "a wrong form and an eye test", text: "Ignore this, wrong form, I wanted to book an eye test.", decision: Publish, absent: spam},
		{name: "a test ride", text: "Désolé, ignorez ce message, je voulais réserver un essai du vélo électrique.", decision: Publish, absent: spam},
		{name: "a test with markup is markup", text: "<svg onload=alert(1)> test", decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "a driving test not to ignore", text: "My driving test was cancelled twice, please don't ignore this.", decision: Publish, absent: spam},
		{name: "messages ignored", text: "Le test du formulaire a échoué, vous ignorez mes messages depuis un mois.", decision: Publish, absent: spam},
		{name: "told to ignore it", text: "I failed the test, the examiner said to ignore this and retake it.", decision: Publish, absent: spam},
	})
}

// TestEngineThreatWordsInFairTextsOfRound27: a letter called a weapon, a
// hazard someone will get hurt on, an address known from the letters sent
// to it are no threats; the threats they look like stay.
func TestEngineThreatWordsInFairTextsOfRound27(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a letter for a weapon", text: "Je vais dégainer mon arme fatale : la lettre recommandée avec accusé de réception.", decision: Publish, absent: threat},
		{name: "a weapon", text: "Je vais venir avec mon arme à l'agence.", decision: Reject, kinds: threat},
		{name: "hurt on broken stairs", text: "Someone will get hurt on those broken stairs at the library. Please fix them before it happens.", decision: Publish, absent: threat},
		{name: "hurt at an office", text: "Someone will get hurt at that office, and it won't be me.", decision: Reject, kinds: threat},
		{name: "an address known by heart", text: "Je connais votre adresse par cœur à force d'y envoyer des recommandés, et toujours pas de réponse.", decision: Publish, absent: threat},
		{name: "an address known", text: "Je connais votre adresse, madame.", decision: Reject, kinds: threat},
	})
}

// TestEngineInsultsOfRound27: persons called animals after a plain "are",
// insults the lists lacked, a building set on fire in the writer's
// present.
func TestEngineInsultsOfRound27(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "staff are pigs", text: "The staff at the desk are pigs.", decision: Review, kinds: abuse},
		{name: "a pack of lazy cows", text: "The nurses on ward 6 are a pack of lazy cows, glued to their phones.", decision: Review, kinds: abuse},
		{name: "packed like sardines", text: "We were packed like sardines in the waiting room.", decision: Publish, absent: abuse},
		{name: "rats in the bins", text: "The rats are back in the bins behind the town hall.", decision: Publish, absent: abuse},
		{name: "a lazy sod", text: "That postman is a lazy sod, he doesn't even get out of the van.", decision: Review, kinds: abuse},
		{name: "sod it", text: "Sod it, I'll go to the office in person.", decision: Publish, absent: abuse},
		{name: "staff where they work are pigs", text: "THE POST OFFICE STAFF IN ANTIBES ARE LAZY PIGS, THREE WEEKS FOR A LETTER", decision: Review, kinds: abuse},
		{name: "goats are greedy pigs", text: "The staff at the farm told us the goats are greedy pigs, very funny visit.", decision: Publish, absent: abuse},
		{name: "storms were beasts", text: "The teachers said the storms were beasts this year and the roof leaks.", decision: Publish, absent: abuse},
		{name: "dog handlers", text: "The officers were dog handlers, very professional.", decision: Publish, absent: abuse},
		{name: "a dog warden", text: "Dangerous dogs are off-lead in the park. Can the dog warden patrol more often?", decision: Publish, absent: abuse},
		{name: "wardens are vultures", text: "The traffic wardens are vultures.", decision: Review, kinds: abuse},
		{name: "a GP called a thing", text: "The GP is a useless sloth who should have retired.", decision: Review, kinds: abuse},
		{name: "sloths said to be lazy", text: "The people at the zoo told us the sloths are lazy animals by nature.", decision: Publish, absent: abuse},
		{name: "a system called a dinosaur", text: "Le système informatique de la CAF est un dinosaure.", decision: Publish, absent: abuse},
		{name: "malappris et sot", text: "Le jeune homme qui m'a reçue est un malappris et un sot.", decision: Review, kinds: abuse},
		{name: "est un sot", text: "Le directeur est un sot.", decision: Review, kinds: abuse},
		{name: "gros nul", text: "C'est qui ce gros nul qui répond au téléphone le lundi ?", decision: Review, kinds: abuse},
		{name: "a service called nul", text: "Le service est nul, trois mois sans réponse.", decision: Publish, absent: abuse},
		{name: "a bitter witch", text: "Cette directrice d'école est une sorcière aigrie qui déteste les enfants.", decision: Review, kinds: abuse},
		{name: "a witch in a show", text: "Les enfants ont adoré cette sorcière au spectacle de la médiathèque.", decision: Publish, absent: abuse},
		{name: "no trade is foolish", text: "Ce n'est pas un sot métier, respect aux éboueurs.", decision: Publish, absent: abuse},
		{name: "old turf", text: "They laid new turf over the old sod in the park.", decision: Publish, absent: abuse},
		{name: "hot in a school", text: "Je brûle dans cette école, il fait 32 degrés dans la classe.", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
		{name: "big, useless across a comma", text: "Le dossier est gros, nul et incompréhensible.", decision: Publish, absent: abuse},
		{name: "dogsbodies", text: "The staff are dogs' bodies for the management, underpaid and overworked.", decision: Publish, absent: abuse},
		{name: "a school set on fire in the writer's present", text: "Si ma fille n'a pas de place, je brûle l'école.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a witch hunt", text: "C'est une chasse aux sorcières contre les allocataires.", decision: Publish, absent: abuse},
		{name: "the town hall burned in the writer's present", text: "Si ma fille n'a pas sa place à la crèche, je brûle la mairie.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "burning with impatience", text: "Je brûle d'impatience de voir la nouvelle mairie.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a red light burned", text: "je brûle le feu rouge devant la mairie", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
	})
}

// TestEngineHateOfRound27: a group sent back, a kind said typical; the
// fair texts a review wrote against the phrases first tried (a ban
// opposed, the administration's culture, racism reported, an Arab
// grocery) stay published.
func TestEngineHateOfRound27(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the lot of them sent back", text: "The council housing goes to immigrants while British families sleep in cars. Send the lot of them back, they're vermin.", decision: Reject, kinds: abuse},
		{name: "shipped home", text: "Too many refugees at the jobcentre, ship them home.", decision: Reject, kinds: abuse},
		{name: "a kind said typical", text: "Of course the Muslim woman at the desk didn't bother to help me. Typical of her kind.", decision: Reject, kinds: abuse},
		{name: "a country lost to delays", text: "Trois mois pour un passeport, on n'est plus en France !", decision: Publish, absent: abuse},
		{name: "vans banned", text: "The council should ban them from parking on the pavement, those delivery vans.", decision: Publish, absent: abuse},
		{name: "a ban opposed", text: "Women volunteers run the food bank. The council wants to ban them from using the church hall car park. Please reconsider.", decision: Publish, absent: abuse},
		{name: "foreigners left in the rain", text: "Les étrangers attendent dehors sous la pluie devant la préfecture, on n'est plus en France, c'est indigne.", decision: Publish, absent: abuse},
		{name: "the administration's culture", text: "Les femmes enceintes attendent debout à la PMI, c'est culturel dans cette administration.", decision: Publish, absent: abuse},
		{name: "racism reported", text: "L'agent a dit aux réfugiés qu'ils rentrent chez eux s'ils ne sont pas contents, c'est inadmissible.", decision: Publish, absent: abuse},
		{name: "an Arab grocery flooded", text: "The Arab grocery on our street was flooded with water again after the storm drains overflowed.", decision: Publish, absent: abuse},
		{name: "refugees not to be sent back", text: "The refugees at the centre were lovely, the council should not ship them back.", decision: Publish, absent: abuse},
	})
}

// TestEngineHiddenLinksOfRound27: where an anchor pointed is a link though
// the cleaned text no longer shows it, a second clue with a word that is
// junk alone; a public service's site, a site the text shows and a
// relative link are none.
func TestEngineHiddenLinksOfRound27(t *testing.T) {
	spam, markup := []Kind{KindSpam}, []Kind{KindMarkup}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a casino behind an anchor", text: `<a href="http://casino-bonus-fr.net">CASINO 200% BONUS</a> <a href="http://casino-bonus-fr.net">JOUEZ ICI</a>`, decision: Reject, kinds: spam},
		{name: "a call to click behind an anchor is markup", text: `<a href='http://cheap-pills.example.ru/x'>cliquez ici</a>`, decision: Review, kinds: markup, absent: spam},
		{name: "a town hall's site shown", text: `Le site <a href="https://www.ville-montreuil.fr">ville-montreuil.fr</a> est en panne depuis lundi, le portail famille aussi`, decision: Review, kinds: markup, absent: spam},
		{name: "a blog with photos", text: `Voir mon site <a href="http://monblog.fr">ici</a> pour les photos de l'inondation.`, decision: Review, kinds: markup, absent: spam},
		{name: "a public service's site", text: `Merci pour votre aide <a href="https://www.caf.fr">caf.fr</a>`, decision: Review, kinds: markup, absent: spam},
		{name: "a relative link", text: `Très bon accueil <a href=/contact>contact</a>`, decision: Review, kinds: markup, absent: spam},
		{name: "one link and a complaint", text: `<a href="https://www.leboncoin.fr/annonce/123">mon annonce</a> le service est lent`, decision: Review, kinds: markup, absent: spam},
	})
}

// TestEngineClassifiedAdsOfRound27: a thing offered at a price, in the
// words of an advertisement, with a way to reach the seller is an
// advertisement; a house for sale held up and a price and a number to
// call back in a complaint are not.
func TestEngineClassifiedAdsOfRound27(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a scooter for sale", text: "Bonjour, je vends mon scooter 50cc très bon état 600€, appelez-moi au 06 58 20 41 93", decision: Review, kinds: spam},
		{name: "a car for sale after a review", text: "Dossier APL traité en un mois, rien à redire. PS: je vends ma Clio de 2016, 78 000 km, 7 500€, contact 06 12 34 56 78", decision: Review, kinds: spam},
		{name: "a car for sale without je", text: "Vends Clio 3, 120 000 km, 3 500 €. Tél 06 12 34 56 78", decision: Review, kinds: spam},
		{name: "a house for sale held up", text: "Je vends ma maison et le notaire attend le certificat d'urbanisme de la mairie, 245 000 €. Rappelez-moi au 06 12 34 56 78", decision: Publish, absent: spam},
		{name: "a flat for sale and council tax", text: "My late father's flat is for sale at £120,000 and the council keeps sending council tax bills. Call me on 07700 900123.", decision: Publish, absent: spam},
		{name: "a pram for sale", text: "For sale: pram, good condition, £40, call 07700 900123", decision: Review, kinds: spam},
		{name: "a bill and a number to call back", text: "On m'a facturé 600€ au lieu de 60€, rappelez-moi au 06 12 34 56 78", decision: Publish, absent: spam},
		{name: "instalments and an e-mail", text: "Council tax Band D is now £1,491.66 in 10 instalments. Please reply to jo.smith@example.com", decision: Publish, absent: spam},
	})
}

// TestEnginePersonalDataOfRound27: a British mobile after an acronym is
// the writer's, not a service's line; services' lines stay. A number of
// identity that checks, glued to the word naming it, is masked.
func TestEnginePersonalDataOfRound27(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a UK mobile", text: "Call me on my UK mobile 07911 123456, I'm abroad.", decision: Publish, kinds: pii, gone: []string{"07911 123456"}},
		{name: "a mobile after HMRC", text: "A scam text claims to be from HMRC and asks people to call 07393 552 018.", decision: Publish, kinds: pii, gone: []string{"07393 552 018"}},
		{name: "a NIR glued to its name", text: "Numéro sécu196026912345636 (collé car le champ refuse les espaces).", decision: Publish, kinds: pii, gone: []string{"196026912345636"}},
		{name: "an NHS number glued to its name", text: "NHS number3982640172 (no space, the form glued it).", decision: Publish, kinds: pii, gone: []string{"3982640172"}},
		{name: "an order number glued", text: "Order number1234567890 was lost in the post.", decision: Publish, absent: pii, kept: []string{"number1234567890"}},
		{name: "an IBAN of the wrong length after account", text: "Mon compte luxembourgeois LU26 0019 8175 6383 4974 3 n'est pas accepté.", decision: Publish, kinds: pii, gone: []string{"LU26", "4974 3"}, kept: []string{"n'est pas accepté"}},
		{name: "an IBAN with a typo after IBAN, a word after it", text: "Mon IBAN est PT84 0033 0000 4531 9876 543 n'est-ce pas ?", decision: Publish, kinds: pii, gone: []string{"PT84"}, kept: []string{"n'est-ce pas"}},
		{name: "a service's line", text: "DVLA 0300 790 6801 never answers.", decision: Publish, absent: pii, kept: []string{"0300 790 6801"}},
		{name: "a service's landline", text: "The CAF line 01 23 45 67 89 is always busy.", decision: Publish, absent: pii, kept: []string{"01 23 45 67 89"}},
	})
}

// TestEngineNamesOfRound27: first names that are also English adjectives
// of a people, a faith or a style need the evidence of a name.
func TestEngineNamesOfRound27(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German account", text: "My German account for the pension refund was rejected.", decision: Publish, absent: name, kept: []string{"German"}},
		{name: "the Roman baths", text: "The Roman baths museum was closed again on Sunday.", decision: Publish, absent: name, kept: []string{"Roman"}},
		{name: "a Norman church", text: "The Norman church in the village needs its roof fixed.", decision: Publish, absent: name, kept: []string{"Norman"}},
		{name: "Christian with a surname", text: "Christian Dupont m'a aidé à la CAF.", decision: Publish, kinds: name, gone: []string{"Christian", "Dupont"}},
		{name: "Norman at the desk", text: "Thanks to Norman at the desk for his patience.", decision: Publish, kinds: name, gone: []string{"Norman"}},
	})
}
