package moderation

import "testing"

// TestEngineArmedOfRound31: the writer coming back armed, in every
// language ("I'll come back armed", "volveré armado", "torno armato", "ich
// komme bewaffnet wieder"), blows in SMS English, sending back in pieces and
// arson at services the place words lacked. Not armed with patience or
// papers, nor the armed police, the armed forces, a parcel in pieces.
func TestEngineArmedOfRound31(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "come back armed", text: "If the Jobcentre sanctions me again I'll come back armed.", decision: Reject, kinds: threat},
		{name: "volveré armado", text: "Si me vuelven a quitar la prestación, volveré armado y ya veremos.", decision: Reject, kinds: threat},
		{name: "volto lá armado", text: "Se o consulado cancelar meu agendamento mais uma vez, eu juro que volto lá armado.", decision: Reject, kinds: threat},
		{name: "torno armato", text: "Se mi tolgono ancora il sussidio, torno armato in ufficio.", decision: Reject, kinds: threat},
		{name: "bewaffnet", text: "Wenn das Amt mir noch einmal das Geld sperrt, komme ich bewaffnet wieder.", decision: Reject, kinds: threat},
		{name: "outta", text: "i'll beat the crap outta that advisor, no joke", decision: Reject, kinds: threat},
		{name: "home in pieces", text: "Cut my benefits again and I'll send you home in pieces.", decision: Reject, kinds: threat},
		{name: "prefeitura on fire", text: "Se me negarem o documento outra vez, vou pôr fogo na prefeitura.", decision: Reject, kinds: threat},
		{name: "armed with a livret", text: "Il faut venir armé de son livret de famille et de beaucoup de patience.", decision: Publish, absent: threat},
		{name: "armed with patience", text: "Venez armés de patience et de tous vos justificatifs, l'attente est longue.", decision: Publish, absent: threat},
		{name: "armed with documents", text: "I'll come armed with every document you could ask for this time.", decision: Publish, absent: threat},
		{name: "armado de paciencia", text: "Volveré armado de paciencia y con todos los papeles.", decision: Publish, absent: threat},
		{name: "armato di pazienza", text: "Domani torno armato di pazienza e con tutti i documenti.", decision: Publish, absent: threat},
		{name: "armed police", text: "I will ask the council why armed police stood at the door of the library.", decision: Publish, absent: threat},
		{name: "armed forces", text: "I will have served in the armed forces for twenty years next month and my pension is still wrong.", decision: Publish, absent: threat},
		{name: "a parcel in pieces", text: "The parcel arrived in pieces and I will send photos to the post office.", decision: Publish, absent: threat},
		{name: "the scared", text: "You scared the hell outta me with that letter, I thought I owed thousands.", decision: Publish, absent: threat},
	})
}

// TestEngineThreatsOfRound31: violence ordered against staff at the start
// of a text ("k1ll all the c0uncil staff"), eyes as a body part, running
// someone over, made to swallow one's things, teeth to pick up, blowing
// everything up, smashing everything in Portuguese, waiting at the exit,
// blood foretold with an intent. Not a workload that will kill the staff,
// eyes opened, an eye kept on a reply, a form that hurts the eyes.
func TestEngineThreatsOfRound31(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "kill the staff, leet", text: "k1ll all the c0uncil staff, th3y deserve it", decision: Reject, kinds: threat},
		{name: "eyes torn out", text: "Si tu continues à me faire la morale au téléphone, je viens t'arracher les yeux.", decision: Reject, kinds: threat},
		{name: "run him over", text: "Next time I see that bailiff near my house I'll run him over.", decision: Reject, kinds: threat},
		{name: "swallow his stamp", text: "Le prochain qui me parle sur ce ton, je lui fais avaler son tampon.", decision: Reject, kinds: threat},
		{name: "teeth off the counter", text: "One more shrug from that manager and he'll be picking his teeth off the counter.", decision: Reject, kinds: threat},
		{name: "tout sauter", text: "Sinon je viens à la préfecture et je fais tout sauter, vous compris.", decision: Reject, kinds: threat},
		{name: "partir tudo", text: "Se não me pagarem até sexta, vou lá partir tudo.", decision: Reject, kinds: threat},
		{name: "na saída", text: "Atendente do guichê 2: te pego na saída.", decision: Reject, kinds: threat},
		{name: "blood with an intent", text: "On va venir à plusieurs devant la préfecture et il y aura du sang.", decision: Reject, kinds: threat},
		{name: "a workload", text: "The workload will kill the staff if nobody is hired.", decision: Publish, absent: threat},
		{name: "eyes opened", text: "Je vais lui ouvrir les yeux sur ce dossier, preuves à l'appui.", decision: Publish, absent: threat},
		{name: "an eye kept", text: "I'll keep an eye on the agent's reply and write again on Monday.", decision: Publish, absent: threat},
		{name: "a form that hurts", text: "Ce formulaire m'arrache les yeux, la police est minuscule.", decision: Publish, absent: threat},
		{name: "the pill", text: "On veut nous faire avaler que le service est plus rapide, c'est faux.", decision: Publish, absent: threat},
		{name: "a fine removed", text: "Je vais faire sauter cette amende, j'ai toutes les preuves.", decision: Publish, absent: threat},
		{name: "leaving", text: "Vou partir amanhã para Lisboa e preciso do documento antes.", decision: Publish, absent: threat},
		{name: "eye for an eye", text: "La justice, ce n'est pas œil pour œil, je vais donc écrire au médiateur.", decision: Publish, absent: threat},
	})
}

// TestEngineSpamOfRound31: slimming teas, bargains, followers bought,
// phishing on the tax office's acronym and British carriers, psychics paid
// after the result, claims filled in for a fee. Not a fee a council
// charges, a daughter's lost followers, a phishing SMS quoted to say it
// was reported, FranceConnect's own site.
func TestEngineSpamOfRound31(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "slimming tea", text: "Notre tisane minceur 100% naturelle fait fondre les kilos, livraison offerte dès 3 sachets.", decision: Reject, kinds: spam},
		{name: "factory prices", text: "Borse firmate a prezzi di fabbrica, spedizione gratuita, offerta imperdibile!", decision: Reject, kinds: spam},
		{name: "followers bought", text: "Achetez des abonnés pas chers, 500 abonnés pour 3 €, livraison en une heure.", decision: Review, kinds: spam},
		{name: "dgfip phishing", text: "DGFiP : vous avez droit à un remboursement de 312 €. Cliquez ici pour le recevoir : https://dgfip-remboursement.info/client", decision: Reject, kinds: spam},
		{name: "a carrier's fee", text: "Evri: we could not deliver your parcel, an unpaid shipping fee of £2.10 is due at evri-redelivery.co", decision: Reject, kinds: spam},
		{name: "psychic", text: "Grand voyant médium, retour de l'être aimé en 3 jours, paiement après résultat.", decision: Reject, kinds: spam},
		{name: "claims for a fee", text: "Struggling with your PIP claim? We maximise your payment for a small fee, DM us today.", decision: Review, kinds: spam},
		{name: "a council fee", text: "The council charges a small fee for bulky waste, fair enough, but nobody came on the day.", decision: Publish, absent: spam},
		{name: "a daughter's followers", text: "Ma fille a perdu ses abonnés Instagram après le piratage de son compte, la gendarmerie ne fait rien.", decision: Publish, absent: spam},
		{name: "a quoted SMS", text: "SMS reçu : « votre colis est en attente, réglez 1,99 € de frais ». Je l'ai signalé au 33700.", decision: Publish, absent: spam},
		{name: "franceconnect", text: "Je me suis connecté via franceconnect.gouv.fr sans problème, merci.", decision: Publish, absent: spam},
		{name: "tutor by the hour", text: "Étudiante en master, je donne des cours d'anglais, 20 €/h, secteur Nantes. Me contacter : lea.cours.nantes@gmail.com", decision: Review, kinds: spam},
		{name: "cleaner by the hour", text: "Limpio casas y oficinas en Lyon, 13 € la hora. Llamar al 06 12 34 56 78", decision: Review, kinds: spam},
		{name: "a carer's cost", text: "The carer costs £22 an hour and the council pays half. Please call me on 07700 900123.", decision: Publish, absent: spam},
		{name: "a rate and a private message", text: "Je remplis vos dossiers CAF et retraite, 25 € le dossier, contactez-moi en privé.", decision: Review, kinds: spam},
		{name: "a rate paid, a private message", text: "Le CESU me coûte 12 €/h, c'est trop, contactez-moi en privé si vous avez une astuce.", decision: Publish, absent: spam},
		{name: "a room to let", text: "Chambre à louer près de la fac, 350 € charges comprises, meublée, dispo en octobre.", decision: Review, kinds: spam},
		{name: "se alquila", text: "Se alquila habitación en Toulouse, 350 €, ideal para estudiantes.", decision: Review, kinds: spam},
		{name: "a tenant's rent", text: "Je loue un studio meublé 600 € et la CAF refuse l'APL depuis mars.", decision: Publish, absent: spam},
		{name: "no flat to let", text: "Appartement à louer introuvable à Grenoble, 900 € pour un studio, la CAF ne suit pas.", decision: Publish, absent: spam},
		{name: "childcare too dear", text: "La garde d'enfants à 9 €/h, c'est trop cher pour nous. Contactez-moi au 06 12 34 56 78 pour en parler.", decision: Publish, absent: spam},
	})
}

// TestEnginePlatesOfRound31: a French plate of today's shape written in
// lower case after its word ("mon vehicule ab-219-ze"); not a vehicle's
// year, nor a service's van.
func TestEnginePlatesOfRound31(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "lower-case plate", text: "le radar m'a flashé alors que mon vehicule ab-219-ze était au garage ce jour la", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"ab-219-ze"}},
		{name: "a year", text: "Mon véhicule de 2019 a été contrôlé sans problème.", decision: Publish, absent: []Kind{KindPersonalData}},
		{name: "a service's van", text: "le véhicule de service est en panne depuis 3 semaines", decision: Publish, absent: []Kind{KindPersonalData}},
	})
}

// TestEngineReviewedOfRound31: what the review of round 31 found. Armed
// concrete and furniture put together; "Kill the staff parking charges",
// "Shoot the staff an email" (staff ordered against only with "all");
// fuses tripped; medicine swallowed; a colleague driven over to an
// office; a child picked up at school; teeth picked up after a fall;
// blood tests; prejudice quoted to be condemned. And what it found
// missing: Schwulen, autistes, a country taken over.
func TestEngineReviewedOfRound31(t *testing.T) {
	threat := []Kind{KindThreat}
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "cemento armato", text: "Tornerò domani: il solaio in cemento armato della scuola ha crepe enormi.", decision: Publish, absent: threat},
		{name: "hormigón armado", text: "Volveré el lunes; el muro de hormigón armado del colegio tiene grietas.", decision: Publish, absent: threat},
		{name: "staff parking charges", text: "Kill the staff parking charges, they are a scandal for carers.", decision: Publish, absent: threat},
		{name: "an email to the staff", text: "Shoot the staff an email about the closure, nobody told them.", decision: Publish, absent: threat},
		{name: "fuses", text: "Dès que j'allume le chauffage, je fais tout sauter : l'installation de la HLM est vétuste.", decision: Publish, absent: threat},
		{name: "a service blown up", text: "Sinon je viens à la préfecture et je fais tout sauter, vous compris.", decision: Reject, kinds: threat},
		{name: "medicine", text: "L'infirmière a dû lui faire avaler son médicament de force, c'est inadmissible.", decision: Publish, absent: threat},
		{name: "driven over", text: "Could you run him over to the other office? He has no car.", decision: Publish, absent: threat},
		{name: "picked up at school", text: "Te pego na saída da escola às cinco, filha.", decision: Publish, absent: threat},
		{name: "at the counter", text: "Guichê 5 da La Poste: te pego na saída.", decision: Reject, kinds: threat},
		{name: "teeth after a fall", text: "We were picking his teeth off the floor, the surface outside the library is dangerous.", decision: Publish, absent: threat},
		{name: "teeth promised", text: "If that manager shrugs at me once more, he'll be picking his teeth off the counter.", decision: Reject, kinds: threat},
		{name: "blood tests", text: "There will be blood tests at the surgery on Monday, please bring your card.", decision: Publish, absent: threat, modelReviews: true},
		{name: "blood with a condition", text: "Si vous me coupez encore le RSA, il y aura du sang.", decision: Reject, kinds: threat},
		{name: "prejudice condemned", text: "Les gens disent que les Polonais sont tous des tricheurs : c'est raciste et faux.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a myth", text: "It's a myth that migrants are taking over our jobs, the figures say otherwise.", decision: Publish, absent: abuse},
		{name: "sexism reported", text: "Mon collègue m'a dit que les femmes savent pas conduire ; j'ai signalé ce sexisme.", decision: Publish, absent: abuse},
		{name: "not racist but", text: "Je ne suis pas raciste mais les Roumains sont tous des voleurs.", decision: Reject, kinds: abuse},
		{name: "Schwulen", text: "Die Schwulen gehören nicht hierher, schon gar nicht ins Rathaus.", decision: Reject, kinds: abuse},
		{name: "autistes", text: "Les autistes, leur place est en institut, pas à l'école de mon fils.", decision: Reject, kinds: abuse},
		{name: "the country taken", text: "Muslims are taking over the country, open your eyes.", decision: Reject, kinds: abuse},
	})
}

// TestEngineVeiledOfRound31: dead once found or caught, a goodbye to
// one's children, flat tyres promised. Not a phone dead when the writer gets
// home, nor a greeting to the team's families.
func TestEngineVeiledOfRound31(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "dead when found", text: "That clerk at the benefits office is dead when I catch him.", decision: Reject, kinds: threat},
		{name: "goodbye to the kids", text: "Refuse my claim again and you can kiss your kids goodbye.", decision: Reject, kinds: threat},
		{name: "flat tyres", text: "Your tyres will be flat every single morning until the council answers.", decision: Reject, kinds: threat},
		{name: "a phone", text: "My phone battery is dead when I get home, so please call before 6.", decision: Publish, absent: threat},
		{name: "a greeting", text: "Embrassez vos proches de ma part, merci pour tout à l'équipe !", decision: Publish, absent: threat},
	})
}

// TestEngineHiddenJunkOfRound31: a link hidden in markup to a junk site's
// host, a frame or a script's redirect to one borrowing a service's name,
// is junk whatever the words shown. Not a link to a public service, nor an
// image a citizen pastes.
func TestEngineHiddenJunkOfRound31(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an anchor to a casino", text: `<a href="http://promo-casino-fr.com">Cliquez ici pour gagner 1000 €</a>`, decision: Reject, kinds: spam},
		{name: "a hidden frame", text: `<iframe src="https://free-crypto-gift.example" width=0 height=0></iframe> merci`, decision: Reject, kinds: spam},
		{name: "a redirect", text: `<body onload="window.location='http://caf-verification.example'">Votre compte CAF doit être vérifié</body>`, decision: Reject, kinds: spam},
		{name: "a blog behind a word", text: `Bon accueil à la mairie. <a href="https://monblog-voyage.fr">mon blog</a>`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "a public service", text: `Voir <a href="https://www.service-public.fr/particuliers">le site</a> pour la démarche.`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "an image", text: `<img src="https://i.imgur.com/abc.jpg"> photo du trottoir cassé rue Victor Hugo`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
	})
}

// TestEngineSpamKindsOfRound31: a blog pushed with its link, dating sites,
// a restaurant or a salon inviting with a price or a coupon, pills without
// prescription, money from home, winnings, a first lesson free. Not a citizen's blog, a mother met on a dating site, the
// canteen's menu, paracetamol given without prescription.
func TestEngineSpamKindsOfRound31(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a blog pushed", text: "Découvrez mon blog de recettes : www.cuisine-facile-maison.fr, nouvelles recettes chaque jour !", decision: Reject, kinds: spam},
		{name: "singles", text: "Célibataires de votre région, inscription gratuite, clique ici", decision: Reject, kinds: spam},
		{name: "a restaurant", text: "Meilleure pizzeria de Nantes, venez tester notre menu du jour à 12,50 € !", decision: Review, kinds: spam},
		{name: "pills", text: "Buy cheap Viagra online without prescription, discreet shipping.", decision: Reject, kinds: spam},
		{name: "your own boss", text: "Devenez votre propre patron ! Revenus passifs garantis, rejoignez mon équipe, écrivez-moi en MP", decision: Reject, kinds: spam},
		{name: "winnings", text: "Vous avez gagné 1000€ ! Pour recevoir vos gains, envoyez vos coordonnées bancaires.", decision: Reject, kinds: spam},
		{name: "a guitar teacher", text: "Cours de guitare pour débutants, premier cours gratuit, Montpellier centre", decision: Review, kinds: spam},
		{name: "a library's course", text: "Le cours d'informatique pour débutants de la médiathèque est super, merci !", decision: Publish, absent: spam},
		{name: "hired without experience", text: "J'ai été embauché sans expérience requise grâce à France Travail, merci.", decision: Publish, absent: spam},
		{name: "a plumber", text: "Anyone need a plumber in Leeds? Call 07700 900111, reasonable prices, 20 years experience", decision: Review, kinds: spam},
		{name: "removals", text: "Pour vos déménagements, devis gratuit au 06 22 33 44 55, équipe sérieuse.", decision: Review, kinds: spam},
		{name: "a nurse's experience", text: "I have 30 years experience as a nurse and the NHS still lost my pension forms.", decision: Publish, absent: spam},
		{name: "the canteen's prices", text: "Les prix raisonnables de la cantine sont appréciés, merci la mairie.", decision: Publish, absent: spam},
		{name: "a hairdresser", text: "Mobile hairdresser in Swindon, all ages, competitive prices, book now on 07700 900222", decision: Review, kinds: spam},
		{name: "home-made cakes", text: "Je vends des gâteaux faits maison pour vos fêtes, commandes au 06 11 22 33 44", decision: Review, kinds: spam},
		{name: "tutoring cut", text: "L'aide au soutien scolaire de la CAF a été supprimée, toutes matières confondues, c'est scandaleux.", decision: Publish, absent: spam},
		{name: "a baker's cakes", text: "Le boulanger vend des gâteaux faits maison, mais la mairie a fermé le marché.", decision: Publish, absent: spam},
		{name: "a citizen's blog", text: "J'ai écrit sur mon blog mon expérience avec la CAF, c'était un cauchemar.", decision: Publish, absent: spam},
		{name: "met on a dating site", text: "Ma mère a rencontré son mari sur un site de rencontre, et la CAF a supprimé son allocation.", decision: Publish, absent: spam},
		{name: "the canteen's menu", text: "Le menu du jour de la cantine n'est jamais affiché, les parents sont furieux.", decision: Publish, absent: spam},
		{name: "paracetamol", text: "The pharmacist gave me paracetamol without prescription, fine, but the GP refused the antibiotics.", decision: Publish, absent: spam},
	})
}
