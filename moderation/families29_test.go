package moderation

import "testing"

// TestEngineHateOfRound29: an insult opening its sentence, followed by a
// quantifier that takes up a whole group named before ("every one of
// them", "the lot of them", "tous autant qu'ils sont"). Not the same
// quantifier after an agent, a victim's words or another group named in
// between, nor an insult inside the sentence that names the group's
// attackers. (A group told it has no place in "our" places was dropped
// after a review: rights complaints and counter-speech say it too.)
func TestEngineHateOfRound29(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group, then every one of them", text: "Gypsy families camp behind the leisure centre and the council just watches. Parasites, every one of them.", decision: Reject, kinds: abuse},
		{name: "a group, then tous autant qu'ils sont", text: "Les migrants du foyer traînent devant la gare toute la journée. Des voleurs, tous autant qu'ils sont.", decision: Reject, kinds: abuse},
		{name: "a demonstrative takes up a real animal", text: "Le voisin a un chien, ce chien aboie toute la nuit et la mairie ne fait rien.", decision: Publish, absent: abuse},
		{name: "staff, then the lot of them", text: "The parking wardens on our estate are bullies and cowards, the lot of them.", decision: Review, kinds: abuse},
		{name: "an agent named in between", text: "The refugees were cheated by landlords. Vermin, every one of them.", decision: Publish, absent: abuse},
		{name: "the lot of them moved", text: "I asked about the refugees at the hotel: the lot of them were moved to Leeds.", decision: Publish, absent: abuse},
		{name: "attackers named with the lot of them", text: "The refugees were beaten by thugs, the lot of them drunk.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "stood together against", text: "Muslims and Jews in the town stood together against the vandals. Cowards, every one of them.", decision: Publish, absent: abuse},
		{name: "a rights complaint", text: "Les élèves handicapés n'ont pas leur place dans nos écoles faute d'AESH, c'est un scandale.", decision: Publish, absent: abuse},
		{name: "nothing to do in the centres", text: "Les réfugiés n'ont rien à faire dans les centres d'accueil, ils attendent des mois sans cours de français.", decision: Publish, absent: abuse},
	})
}

// TestEngineInsultsOfRound29: a vulgar word masked by a run of stars
// ("f***wit", "b**ch", "conn**d"); "pauvres taches" in the plural. Not
// stars that rate a service, nor a word at the end of which stars leave one
// letter.
func TestEngineInsultsOfRound29(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "three stars in a compound", text: "The man who answered the helpline is a total f***wit.", decision: Review, kinds: abuse},
		{name: "two stars", text: "That receptionist is a b**ch.", decision: Review, kinds: abuse},
		{name: "two stars in French", text: "Quel conn**d ce guichetier.", decision: Review, kinds: abuse},
		{name: "pauvres taches", text: "Bande de pauvres taches à l'accueil, toujours à nous renvoyer.", decision: Review, kinds: abuse},
		{name: "stars of a rating", text: "Two stars ** out of five for the new portal, it is slow.", decision: Publish, absent: abuse},
		{name: "tâches in the plural", text: "Les tâches administratives sont trop nombreuses pour les petites mairies.", decision: Publish, absent: abuse},
	})
}

// TestEngineThreatsOfRound29: a stab in the present promised to whoever
// comes next; people who can find the reader; a doctor someone will need
// when the writer turns the tables after a condition. Not a hazard that
// will hurt someone, a fall reported, a relative who needs a doctor; a
// threat a former partner sent, quoted after "disant", goes to a moderator.
func TestEngineThreatsOfRound29(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "whoever comes next stabbed", text: "le prochain qui me demande encore un justificatif je le retrouve dehors et je le plante", decision: Reject, kinds: threat},
		{name: "people who can find you", text: "You cancelled my housing benefit. I have people in Bristol who can find you, remember that.", decision: Review, kinds: threat},
		{name: "the tables turned after a condition", text: "Si elle refuse encore mon dossier la prochaine fois, c'est elle qui aura besoin d'un médecin.", decision: Reject, kinds: threat},
		{name: "walked out on", text: "Le prochain qui me demande de renvoyer le formulaire, je le plante là et je pars.", decision: Publish, absent: threat},
		{name: "a hazard warned of", text: "Si l'ascenseur reste en panne, c'est elle qui aura besoin d'un médecin, ma mère a 90 ans.", decision: Publish, absent: threat},
		{name: "the one needing an ambulance after if you", text: "If you refuse my claim again, you'll be the one needing an ambulance.", decision: Reject, kinds: threat},
		{name: "papers found for the reader", text: "J'ai des gens dans ma famille qui peuvent vous retrouver les papiers de mon père.", decision: Publish, absent: threat},
		{name: "a flat found for the reader", text: "I have friends who can find you a flat near the station.", decision: Publish, absent: threat, modelReviews: true},
		{name: "brothers paying a visit", text: "My brothers will be paying the housing office a visit about my eviction. They don't do letters.", decision: Review, kinds: threat},
		{name: "brothers visiting a mother", text: "Mes frères vont rendre visite à ma mère à l'hôpital, et le parking coûte une fortune.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a hazard by a", text: "The swings in Victoria Park have a loose chain. Someone is going to get hurt by a falling seat, please repair it.", decision: Publish, absent: threat},
		{name: "a fall reported", text: "C'est lui qui a fini à l'hôpital après la chute dans l'escalier de la mairie.", decision: Publish, absent: threat},
		{name: "a relative needs a doctor", text: "Ma mère est tombée hier, c'est elle qui aura besoin d'un médecin, pas moi.", decision: Publish, absent: threat},
		{name: "a file found by people", text: "I have people at the council who can find your file if it is lost, ask them.", decision: Publish, absent: threat},
		// Round 33: a complaint filed in a later sentence, a report published.
		{name: "a threat quoted after disant", text: "Mon ancien compagnon m'a laissé un message disant « je vais te tuer ». J'ai porté plainte, merci de protéger mon adresse.", decision: Publish, absent: threat},
	})
}

// TestEngineSpamOfRound29: an advertisement slipped into a review: the
// writer's own business with an offer, a free first consultation, a
// private message asked for in Italian, a thing for sale at a price with a
// private message. Not an employee's company, a car sold in a procedure, a
// tutorial on YouTube, a free consultation passed on.
func TestEngineSpamOfRound29(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "own business with a discount", text: "The library reopened, lovely. By the way my gardening company GreenThumb does hedges, 15% off this spring!", decision: Review, kinds: spam},
		{name: "my business, a free first consultation", text: "Planning office very slow again. My design business draws extensions, free first consultation.", decision: Review, kinds: spam},
		{name: "a phone sold with DM me", text: "Selling my iPhone 13 for £300, DM me.", decision: Review, kinds: spam},
		{name: "a free consultation passed on", text: "Citizens Advice offered me a free first consultation about my debts. If anyone needs the link, it is on the council page.", decision: Publish, absent: spam},
		{name: "a car sold, a fee paid", text: "Je vends ma voiture et le code de cession ne marche pas. Le garage agréé demande 30 € de frais.", decision: Publish, absent: spam},
		{name: "a private message in Italian", text: "Comune gentilissimo. PS: vendo un divano quasi nuovo a buon prezzo, scrivetemi in privato.", decision: Review, kinds: spam},
		{name: "a car for sale with a private message", text: "Vends Peugeot 208 bon état, 6 900 € à débattre, contactez-moi en MP", decision: Review, kinds: spam},
		{name: "an employee's company", text: "My company moved me to Leeds and the council took three months to update my council tax. Terrible.", decision: Publish, absent: spam},
		{name: "a car sold in a procedure", text: "J'ai vendu ma voiture 4 500 € en mars et l'ANTS n'a toujours pas enregistré la cession, c'est lent.", decision: Publish, absent: spam},
		{name: "a tutorial on YouTube", text: "Si ça vous intéresse, il y a un tuto sur YouTube pour remplir la déclaration, celui des impôts est clair.", decision: Publish, absent: spam},
	})
}

// TestEnginePersonalDataOfRound29: the number of a person's account after
// "account ref"; a numbered lieu-dit, masked up to its postcode; the
// number of the writer's own file. Not a reference taken into account,
// the town after the postcode, a case's reference with no possessive, a
// date or an amount after "mon dossier".
func TestEnginePersonalDataOfRound29(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an account ref", text: "My water bill (account ref 50371926) was charged twice in May.", decision: Publish, kinds: pii, gone: []string{"50371926"}},
		{name: "a numbered lieu-dit", text: "Plus de ramassage depuis un mois, j'habite au 7 lieu-dit La Borie Haute, 46300 Gourdon.", decision: Publish, kinds: pii, gone: []string{"7 lieu-dit La Borie Haute"}, kept: []string{"Gourdon"}},
		{name: "my file number", text: "Mon numéro de dossier 6019384T n'est plus reconnu sur l'appli depuis la mise à jour.", decision: Publish, kinds: pii, gone: []string{"6019384T"}},
		{name: "my application ref with hyphens", text: "The renewal took 11 weeks (my application ref 4521-8873-0912), nearly missed the wedding.", decision: Publish, kinds: pii, gone: []string{"4521-8873-0912"}},
		{name: "o meu número de processo", text: "O meu número de processo na prefeitura é 7501-24-00938 e o cartão nunca chegou.", decision: Publish, kinds: pii, gone: []string{"7501-24-00938"}},
		{name: "a case's reference with no possessive", text: "Le dossier n° 2023-45871 est resté bloqué à l'étape instruction.", decision: Publish, absent: pii, kept: []string{"2023-45871"}},
		{name: "my file and a date", text: "Mon dossier déposé le 12/03/2024 est toujours en attente.", decision: Publish, absent: pii, kept: []string{"12/03/2024"}},
		{name: "my file and an amount", text: "Mon dossier de 12 000 € de travaux est bloqué depuis mars.", decision: Publish, absent: pii, kept: []string{"12 000 €"}},
		{name: "an e-mail spelled with chez", text: "Vous pouvez m'envoyer l'attestation : paul.renard chez gmail.com, merci.", decision: Publish, kinds: pii, gone: []string{"paul.renard chez gmail.com"}},
		{name: "a provider one is with", text: "je suis chez free.fr depuis dix ans et la box plante tous les soirs", decision: Publish, absent: pii, kept: []string{"free.fr"}},
		{name: "a ref taken into account", text: "Please take into account ref 2023 of the local plan.", decision: Publish, absent: pii, kept: []string{"2023"}},
	})
}

// TestEngineDaresOfRound29: a dare that ends its sentence after a weapon
// the writer has. Not a dare whose sentence goes on, nor one with no harm.
func TestEngineDaresOfRound29(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a shotgun and try me", text: "I keep a shotgun at home and I know your names. Try me.", decision: Reject, kinds: threat},
		{name: "a rifle and essayez pour voir", text: "J'ai une carabine à la maison. Refusez encore mon dossier, essayez pour voir !", decision: Reject, kinds: threat},
		{name: "try me again next week", text: "The licensing office lost my shotgun certificate. Try me again next week, they said.", decision: Publish, absent: threat},
		{name: "try me with no harm", text: "The form says the line is closed. Try me on Tuesday, I'm free then.", decision: Publish, absent: threat},
	})
}

// TestEngineSmallAdsOfRound29: junk and small ads that are the whole text,
// read in heldout-75: a syllable said over and over as the whole text, a
// flood of emoji of several kinds, a test asked to be ignored, phishing in
// the name of a British service, a thing offered at a price at the text's
// start, a trade with its rates and a number to call. Not a stressed word,
// laughter in a sentence, a few emoji or one repeated, a phishing site
// warned of, a sale inside a complaint, a citizen's number to call back
// after a rate, a vulgar word about a website after "useless".
func TestEngineSmallAdsOfRound29(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a syllable over and over", text: "lolololololololololol", decision: Reject, kinds: spam},
		{name: "a flood of emoji", text: "🎉🎉🎉💰💰💰🎉🎉🎉💰💰💰", decision: Reject, kinds: spam},
		{name: "a test to ignore", text: "Ceci est un essai, merci de ne pas en tenir compte.", decision: Review, kinds: spam},
		{name: "phishing for the DVLA", text: "Your MOT refund of £84 is waiting. Claim it now at dvla-refunds-online.com before it expires.", decision: Reject, kinds: spam},
		{name: "a sofa for sale", text: "Vends canapé d'angle gris, très peu servi, 150 €, à venir chercher à Tours.", decision: Review, kinds: spam},
		{name: "a trade and a number", text: "Peintre en bâtiment sur Nîmes, tarifs honnêtes, devis gratuit. Appelez Yannick au 06 41 28 37 95.", decision: Review, kinds: spam},
		{name: "one offer and the writer's own number", text: "Le devis gratuit promis par la plateforme Rénov n'est jamais venu. Mon numéro : 06 12 34 56 78.", decision: Publish, absent: spam},
		{name: "a tutor", text: "Private French tutor, reasonable rates, first one free! Email me at lessons.with.lea@gmail.com", decision: Review, kinds: spam},
		{name: "a stressed word", text: "Merciiiiiiiiiii", decision: Publish, absent: spam},
		{name: "a stressed no", text: "Nooooooooooooon, encore refusé", decision: Publish, absent: spam},
		{name: "laughter in a sentence", text: "hahahahahaha merci beaucoup", decision: Publish, absent: spam},
		{name: "ten stars", text: "⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐", decision: Publish, absent: spam},
		{name: "a phishing site warned of", text: "Beware of dvla-renewal.click texts, my dad almost paid twice.", decision: Publish, absent: spam},
		{name: "a nanny's rate and a callback", text: "La CAF ne paie que 10 €/h alors que notre nounou est payée 12 €/h. Merci de me rappeler au 06 12 34 56 78.", decision: Publish, absent: spam},
		{name: "a car sold, the ANTS blocking", text: "Vends ma voiture 2000 € mais l'ANTS bloque la cession, bon état pourtant, 100 000 km.", decision: Publish, absent: spam},
		{name: "a few emoji", text: "👍👍👍", decision: Publish, absent: spam},
		{name: "a sale inside a complaint", text: "Selling my house has been a nightmare: the council says I owe £1,200 in council tax for a flat I left in March.", decision: Publish, absent: spam},
		{name: "a number to call back", text: "Please call me on 07700 900123, I've been waiting a month for my council tax reduction.", decision: Publish, absent: spam},
		{name: "a real service's site", text: "I renewed my tax disc on gov.uk and booked at 111.nhs.uk, both worked fine.", decision: Publish, absent: spam},
	})
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "useless website", text: "Bloody useless website, keeps logging me out.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
	})
}

// TestEngineNamesOfRound29: the first name a writer who capitalises
// nothing introduces himself with ("hi its chloe from flat 4", "ici karim
// du 3e"); not a month, a stone, a town, a word, "its been". A French mobile with
// its country code and no plus, grouped as one.
func TestEngineNamesOfRound29(t *testing.T) {
	names := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "its and a first name", text: "hi its chloe from flat 4, the heating has been off since monday", decision: Publish, kinds: names, gone: []string{"chloe"}},
		{name: "ici and a first name", text: "ici karim du 3e étage, toujours pas de réponse de la caf pour mon dossier", decision: Publish, kinds: names, gone: []string{"karim"}},
		{name: "a town after ici", text: "ici nancy, au centre-ville, les bornes de stationnement sont en panne", decision: Publish, absent: names, kept: []string{"nancy"}},
		{name: "a word that is a name", text: "its grace from god that i got an appointment at all", decision: Publish, absent: names, kept: []string{"grace"}},
		{name: "a month", text: "its june now and still no answer from the council", decision: Publish, absent: names, kept: []string{"june"}},
		{name: "a stone", text: "c'est pierre de taille la facade de la mairie, il faut la nettoyer", decision: Publish, absent: names, kept: []string{"pierre"}},
		{name: "its been", text: "its been three weeks and the bins are still full", decision: Publish, absent: names},
	})
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a mobile with 33 and no plus", text: "mon numero 33 7 61 42 18 90 pour le rappel, je suis en Italie", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"33 7 61 42 18 90"}},
	})
}
