package moderation

import "testing"

// TestEngineThreatsOfRound20: the reader's children at the Spanish
// "cole". The fair texts are mostly the reviews', against the rules of
// the round that were tried and dropped: tools and weapons with a
// meeting, a new hammer to use, a patience at its end, a bus driver's
// wait, a child at school.
func TestEngineThreatsOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a tool to lend and a meeting", text: "I have a hammer drill I can lend to the community garden. See you at the volunteer day!", decision: Publish, absent: threat},
		{name: "a shotgun to hand in and a meeting", text: "J'ai un fusil de chasse de mon grand-père que je veux remettre à la police. Je serai là jeudi à 9h.", decision: Publish, absent: threat},
		{name: "a patience at its end and a meeting", text: "My patience has limits, but I will be there on Tuesday for the appointment.", decision: Publish, absent: threat},
		{name: "a new hammer to use", text: "I have a new hammer from the council's tool library and I'm itching to use it on my fence!", decision: Publish, absent: threat},
		{name: "a knife confiscated, a patience at its end", text: "Ma patience a des limites : mon couteau suisse confisqué au tribunal il y a un mois, toujours pas rendu.", decision: Publish, absent: threat},
		{name: "a wait by the car, told by a porter", text: "The porter told me to wait by your car in the car park and someone would bring a wheelchair, lovely service.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a bus driver's wait", text: "O motorista do autocarro disse-me: vou esperar por ti no parque de estacionamento, e esperou mesmo. Que simpatia!", decision: Publish, absent: threat, modelReviews: true},
		{name: "the reader's children at the cole", text: "Señora, sus niños salen del cole a las 16h30, ¿verdad? Piénselo.", decision: Reject, kinds: threat},
		{name: "a rifle to register and a meeting", text: "J'ai gardé le fusil de chasse de mon père, comment le faire enregistrer ? On se voit mardi à la préfecture.", decision: Publish, absent: threat},
		{name: "a patience at its end and the ombudsman", text: "My patience has limits: I will take this to the ombudsman.", decision: Publish, absent: threat},
		{name: "a Spanish patience and a complaint", text: "Mi paciencia tiene un límite y voy a poner una reclamación formal.", decision: Publish, absent: threat},
		{name: "a wait at the office as the letter says", text: "I'll wait at your office on Monday at 9 as the letter says.", decision: Publish, absent: threat},
		{name: "a child at the cole", text: "Mi hijo va al cole y la señora de la CAF me dijo que la ayuda llega en septiembre.", decision: Publish, absent: threat},
	})
}

// TestEngineDroppedRulesOfRound20: the reviews' fair texts against the
// rules of the round that were tried and dropped (words said to be over,
// plates, after work, brakes, kissing one's family, hospitals, violence
// called for), which must stay published; and the threats the round
// keeps catching.
func TestEngineDroppedRulesOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a hazard in the office", text: "Vengo ogni settimana: con quel pavimento bagnato, qualcuno in quell'ufficio finisce all'ospedale, mettete un tappeto.", decision: Publish, absent: threat},
		{name: "a plate on a form", text: "Papa, j'ai noté ta plaque sur le formulaire de carte de stationnement résident, la mairie l'a validé en deux jours.", decision: Publish, absent: threat},
		{name: "a hazard's victim warned of", text: "Si la mairie ne sale pas le trottoir, un enfant finira à l'hôpital. Je vous préviens, c'est une patinoire.", decision: Publish, absent: threat},
		{name: "politeness over, of the staff", text: "Depuis la réorganisation, fini la politesse du personnel : jusqu'à l'an dernier on était accueillis avec le sourire.", decision: Publish, absent: threat},
		{name: "politeness over, of the summer bus", text: "Finita la gentilezza dell'estate: da settembre il bus 12 passa ogni quaranta minuti, che disagio.", decision: Publish, absent: threat},
		{name: "the writer's father in hospital", text: "Mon père finira à l'hôpital si ça continue, il ne dort plus.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the reader's address, not afraid to use it", text: "I have your address and I'm not afraid to use it.", decision: Reject, kinds: threat},
		{name: "the reader's address and a visit", text: "I've got your address. See you at your door on Friday.", decision: Reject, kinds: threat},
		{name: "a lot on your plate", text: "I know you have a lot on your plate, but my file has been waiting since May.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a book club after work", text: "The library's book club: see you after work on Thursday, everyone welcome!", decision: Publish, absent: threat},
		{name: "a leaving party after work", text: "On se retrouvera après le travail pour le pot de départ de Mme Martin, merci pour ces années à la mairie.", decision: Publish, absent: threat},
		{name: "a check-up after work, reported", text: "Le docteur m'a dit qu'on se verrait après le travail pour le contrôle.", decision: Publish, absent: threat},
		{name: "a mechanic's advice", text: "Le garagiste du centre technique municipal m'a dit : à votre place je vérifierais mes freins avant l'hiver. Bon conseil.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a vaccination centre's hours", text: "Le centre de vaccination est ouvert jusqu'à 20h : vous avez encore le temps d'embrasser vos proches avant Noël en toute sécurité.", decision: Publish, absent: threat, modelReviews: true},
		{name: "hide behind the glass", text: "You can't hide behind that glass forever.", decision: Reject, kinds: threat},
		{name: "cuts must not hurt the staff", text: "These reforms must not hurt the staff who keep the hospital running.", decision: Publish, absent: threat},
		{name: "files to burn, not a person", text: "Il faudrait brûler les dossiers du conseiller, ils sont tous faux.", decision: Publish, absent: threat},
	})
	// The rules publish a plate sent to the police; the abuse model
	// sends this one to a moderator.
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a plate noted and sent to the police", text: "Au chauffeur du camion-benne qui a grillé le feu : j'ai noté ta plaque et je l'ai transmise à la police municipale.", decision: Publish, absent: threat},
	})
}

// TestEngineInsultsOfRound20: an English plural judged, then insulted
// further on; a sentence broken off before its insult; "as if I were".
func TestEngineInsultsOfRound20(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "staff are complete donkeys", text: "The post office staff in Antibes are complete pigs, three weeks for a registered letter.", decision: Review, kinds: abuse},
		{name: "sloths are lazy animals", text: "The people at the zoo told us the sloths are lazy animals by nature, lovely talk.", decision: Publish, absent: abuse},
		{name: "rats in the archive", text: "The staff said there are such rats in the archive, it is disgusting.", decision: Publish, absent: abuse},
		{name: "a French address", text: "Bande de nuls, trois mois pour un duplicata.", decision: Review, kinds: abuse},
		{name: "as if I were an idiot", text: "The clerk spoke to me as if I were an idiot.", decision: Publish, absent: abuse},
		{name: "as if he were an idiot", text: "Usted trabaja como si fuera un imbécil, señor.", decision: Review, kinds: abuse},
		{name: "an idiot, and the writer queues", text: "Ce guichetier est un abruti, je fais la queue depuis 8h pour rien.", decision: Review, kinds: abuse},
		{name: "treated as if she were a fool", text: "El médico me habló como si fuera tonta solo porque mi francés no es perfecto.", decision: Publish, absent: abuse},
		{name: "an idiot, I am telling you", text: "The clerk is an idiot I am telling you.", decision: Review, kinds: abuse},
	})
	// The rules read the sentence broken off; the abuse model, which
	// learnt "quelle bande de", still sends it to a moderator. A thing's
	// wits are no insult by comparison (a moderator reads the text for
	// its vulgar word, as before).
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a website's IQ", text: "La conseillère dit que le site a le QI d'une huître.", decision: Review, absent: abuse},
		{name: "a French address broken off", text: "Quelle bande de… non, je me retiens. Disons que l'organisation de la préfecture du Rhône laisse à désirer : 2 mois pour un duplicata de permis.", decision: Publish, absent: abuse},
	})
}

// TestEngineRead48OfRound20: the misses of heldout-48 (read): wits
// compared by the one at a desk, a person said to be worthless or a
// slug, appointments and remedies sold; and a CAF raid that is no blow.
// (The brain one has and "lazy" before a people were dropped.)
// The fair texts are the review's: a professional's intelligence, a
// teenager's brain, mistletoe, a garden slug, an empty car park.
func TestEngineRead48OfRound20(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a professional's intelligence", text: "La conseillère a fait preuve de l'intelligence d'une vraie professionnelle, merci infiniment.", decision: Publish, absent: abuse},
		{name: "what was explained at the desk", text: "Al guichet de la mutua me explicaron que el cerebro de un adolescente cambia mucho, muy buena charla.", decision: Publish, absent: abuse},
		{name: "the brain of a chess master", text: "Herr Braun am Schalter hat das Hirn eines Schachmeisters, er hat meinen Fall in zehn Minuten gelöst. Danke!", decision: Publish, absent: abuse, modelReviews: true},
		{name: "the one at the counter", text: "El tipo del mostrador de la prefectura tiene menos luces que un túnel.", decision: Review, kinds: abuse},
		{name: "a machine's wits", text: "Ce robot a l'intelligence d'une IA de 1990, la conseillère m'a aidé à la place.", decision: Publish, absent: abuse},
		{name: "mistletoe is a parasite", text: "Le gui est un parasite, merci aux espaces verts de l'avoir retiré des tilleuls du parc.", decision: Publish, absent: abuse},
		{name: "a garden slug", text: "Il lumacone del giardino comunale ha mangiato tutte le lattughe dell'orto dei bambini.", decision: Publish, absent: abuse},
		{name: "a waste of oxygen", text: "Mr Duval is a waste of oxygen and a disgrace to his uniform.", decision: Review, kinds: abuse},
		{name: "an absolute muppet", text: "Absolute muppet at the tax office. Couldn't find a form if it was stapled to his forehead.", decision: Review, kinds: abuse},
		{name: "pauv' tache", text: "pauv' tache de la poste qui a signé l'avis de passage à ma place sans même sonner", decision: Review, kinds: abuse},
		{name: "Italian incompetent slug", text: "L'impiegato dello sportello è un incapace, un lumacone che non sa fare il suo lavoro.", decision: Review, kinds: abuse},
		{name: "a stereotype rebutted", text: "Stop spreading the myth of lazy immigrants; the job centre's own figures show most find work within a year.", decision: Publish, absent: abuse},
		{name: "the Arab League", text: "The Arab League office in Paris was helpful with my diploma.", decision: Publish, absent: abuse},
		{name: "a hazard's empty car park", text: "The empty car park on Mill Lane is a waste of space, the council should build a playground there.", decision: Publish, absent: abuse},
		{name: "appointments sold", text: "Rdv préfecture garanti sous 72h : titre de séjour, naturalisation, on s'occupe de tout ! Contact WhatsApp, paiement cash ou Western Union.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a remedy sold", text: "TOP remède naturel contre la calvitie, résultats visibles en 10 jours !!! commandez sur pousse-cheveux-bio.shop", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a CAF raid", text: "Il faut saluer l'opération coup de poing de la CAF de Lille : des agents sont venus au centre social.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineRead49OfRound20: the misses of heldout-49 (read):
// wits compared, said of a person named by a title; a slug; the
// SMS "c" before a judgement; the reader's children at school. The fair texts are mostly the reviews': a
// town's charm, a phone line like a wall, accidents, a baker's and a
// neighbour's children, music in the blood.
func TestEngineRead49OfRound20(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the charm of a town", text: "Vous verrez, Bayonne a le charme d'une ville espagnole, et l'office de tourisme est très accueillant.", decision: Publish, absent: abuse},
		{name: "as useful as a fork, Mlle", text: "Mlle Dias est aussi utile qu'une fourchette pour manger la soupe.", decision: Review, kinds: abuse},
		{name: "the phone line is a wall", text: "The staff were great; the automated phone line, though, is like talking to a wall.", decision: Publish, absent: abuse},
		{name: "a Portuguese slug", text: "A funcionária da CAF é uma lesma, demora meia hora para carimbar um papel.", decision: Review, kinds: abuse},
		{name: "c des moutons", text: "les agents de la caf c des moutons, ils suivent l'ordi et reflechissent jamais", decision: Review, kinds: abuse},
		{name: "the phone robot is a wall", text: "Le serveur vocal, c'est comme parler à un mur, heureusement la conseillère m'a rappelé.", decision: Publish, absent: abuse},
		{name: "accidents at rush hour", text: "Gli incidenti capitano soprattutto nelle ore di punta, serve un semaforo in via Roma.", decision: Publish, absent: threat},
		{name: "accidents happen, I understand", text: "Los accidentes pasan, lo entiendo, pero perder mi radiografía dos veces no es un accidente.", decision: Publish, absent: threat},
		{name: "a neighbour's children at school", text: "Je connais ses enfants depuis la maternelle, ce sont des copains de mon fils, et la directrice de l'école est formidable.", decision: Publish, absent: threat},
		{name: "scooter accidents", text: "Los accidentes de patinete pasan sobre todo a los que no llevan casco; buena campaña del ayuntamiento.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a crossing guard's kids", text: "I know when the crossing guard starts; her kids go to the same school and she's lovely.", decision: Publish, absent: threat},
		{name: "a baker's children at school", text: "Je connais la boulangère depuis longtemps, ses enfants vont au collège Jean Moulin avec les miens.", decision: Publish, absent: threat},
		{name: "the reader's children schooled, known", text: "Je sais où vos enfants sont scolarisés. Réfléchissez bien avant de refuser mon dossier.", decision: Reject, kinds: threat},
		{name: "the school of my children", text: "I now know where the new school of my children is, thanks to the mairie's map.", decision: Publish, absent: threat},
		{name: "music in their blood", text: "Os imigrantes cabo-verdianos do bairro tocaram na festa da junta; a música está no sangue deles.", decision: Publish, absent: abuse},
		{name: "an origin, kindly", text: "Mon mari est d'origine africaine et la préfecture a traité son dossier en deux semaines, merci.", decision: Publish, absent: abuse},
	})
}

// TestEngineHyphenedSurnamesOfRound20: a hyphenated surname masked from
// its second half on is masked whole; places stay.
func TestEngineHyphenedSurnamesOfRound20(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "capitals before a first name", text: "DUPONT-MOREAU Gisèle, toujours pas reçu mon attestation.", decision: Publish, gone: []string{"DUPONT", "MOREAU", "Gisèle"}},
		{name: "a place before a title", text: "Saint-Étienne : merci à Mme Durand.", decision: Publish, kept: []string{"Saint-Étienne"}, gone: []string{"Durand"}},
		{name: "a hyphenated town", text: "Je vis à Aix-Marseille, M. Martin m'a aidé.", decision: Publish, kept: []string{"Aix-Marseille"}, gone: []string{"Martin"}},
	})
}
