package moderation

import "testing"

// TestEngineThreatsOfRound20: a weapon the writer has with a patience
// at its end; a Portuguese wait in a car park; a Spanish school word.
// The fair texts are mostly the reviews': tools and weapons with a
// meeting, a new hammer to use, a patience at its end with lawful
// steps, a wait at an office, a child at school.
func TestEngineThreatsOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a tool to lend and a meeting", text: "I have a hammer drill I can lend to the community garden. See you at the volunteer day!", decision: Publish, absent: threat},
		{name: "a shotgun to hand in and a meeting", text: "J'ai un fusil de chasse de mon grand-père que je veux remettre à la police. Je serai là jeudi à 9h.", decision: Publish, absent: threat},
		{name: "a patience at its end and a meeting", text: "My patience has limits, but I will be there on Tuesday for the appointment.", decision: Publish, absent: threat},
		{name: "a new hammer to use", text: "I have a new hammer from the council's tool library and I'm itching to use it on my fence!", decision: Publish, absent: threat},
		{name: "a patience and a blade", text: "Ma patience a des limites, mon cutter a une lame. Débrouillez-vous pour que ce dossier avance.", decision: Reject, kinds: threat},
		{name: "a wait by the car, told by a porter", text: "The porter told me to wait by your car in the car park and someone would bring a wheelchair, lovely service.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a Portuguese wait in the car park", text: "vou esperar por ti no parque de estacionamento, às 17h em ponto", decision: Reject, kinds: threat},
		{name: "the reader's children at the cole", text: "Señora, sus niños salen del cole a las 16h30, ¿verdad? Piénselo.", decision: Reject, kinds: threat},
		{name: "a rifle to register and a meeting", text: "J'ai gardé le fusil de chasse de mon père, comment le faire enregistrer ? On se voit mardi à la préfecture.", decision: Publish, absent: threat},
		{name: "a patience at its end and the ombudsman", text: "My patience has limits: I will take this to the ombudsman.", decision: Publish, absent: threat},
		{name: "a Spanish patience and a complaint", text: "Mi paciencia tiene un límite y voy a poner una reclamación formal.", decision: Publish, absent: threat},
		{name: "a wait at the office as the letter says", text: "I'll wait at your office on Monday at 9 as the letter says.", decision: Publish, absent: threat},
		{name: "a child at the cole", text: "Mi hijo va al cole y la señora de la CAF me dijo que la ayuda llega en septiembre.", decision: Publish, absent: threat},
	})
}

// TestEngineWordsAreOverOfRound20: the writer says words are over, with
// a deadline, and leaves what comes next unsaid, which a moderator
// reads; a lawful step or writing said after them makes them none. Also
// a plate noted, a home address had, a reported threat; and the
// reviews' fair texts for the rules tried and dropped (after work,
// brakes, kissing one's family, hospitals, violence called for).
func TestEngineWordsAreOverOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French politeness over", text: "Je vous laisse jusqu'à vendredi. Après, fini la politesse.", decision: Review, kinds: threat},
		{name: "English politeness over", text: "Deadline Monday. After that, I stop being polite.", decision: Review, kinds: threat},
		{name: "more than papers", text: "Cette fois je reviendrai au guichet avec autre chose que des papiers.", decision: Review, kinds: threat},
		{name: "Spanish more than papers", text: "Tienen hasta el lunes. La quinta carta la llevo en persona y con algo más que papeles.", decision: Review, kinds: threat},
		{name: "not a letter next time", text: "Prochaine fois, ce ne sera pas une lettre.", decision: Review, kinds: threat},
		{name: "politeness over and the mediator", text: "Après trois courriers sans réponse, fini la politesse : je saisis le médiateur.", decision: Publish, absent: threat},
		{name: "politeness over and a lawyer", text: "Deadline Monday. After that, I stop being polite and call my lawyer.", decision: Publish, absent: threat},
		{name: "politeness over and writing", text: "I'm done being nice on the phone. Everything in writing from now on.", decision: Publish, absent: threat},
		{name: "a hazard in the office", text: "Vengo ogni settimana: con quel pavimento bagnato, qualcuno in quell'ufficio finisce all'ospedale, mettete un tappeto.", decision: Publish, absent: threat},
		{name: "the reader's plate noted", text: "J'ai noté ta plaque.", decision: Reject, kinds: threat},
		{name: "a hazard's victim warned of", text: "Si la mairie ne sale pas le trottoir, un enfant finira à l'hôpital. Je vous préviens, c'est une patinoire.", decision: Publish, absent: threat},
		{name: "politeness over, of the summer bus", text: "Finita la gentilezza dell'estate: da settembre il bus 12 passa ogni quaranta minuti, che disagio.", decision: Publish, absent: threat},
		{name: "politeness over, no lawyer will help", text: "Deadline Friday. After that I stop being polite, and no lawyer will save your clerk.", decision: Review, kinds: threat},
		{name: "the writer's father in hospital", text: "Mon père finira à l'hôpital si ça continue, il ne dort plus.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the service's address", text: "I have your address but no phone number, how can I reach you?", decision: Publish, absent: threat},
		{name: "the service's address and the post", text: "I have your address, I will send the documents by post.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the reader's address and a visit", text: "I've got your address. See you at your door on Friday.", decision: Reject, kinds: threat},
		{name: "a lot on your plate", text: "I know you have a lot on your plate, but my file has been waiting since May.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a book club after work", text: "The library's book club: see you after work on Thursday, everyone welcome!", decision: Publish, absent: threat},
		{name: "a leaving party after work", text: "On se retrouvera après le travail pour le pot de départ de Mme Martin, merci pour ces années à la mairie.", decision: Publish, absent: threat},
		{name: "a check-up after work, reported", text: "Le docteur m'a dit qu'on se verrait après le travail pour le contrôle.", decision: Publish, absent: threat},
		{name: "a mechanic's advice", text: "Le garagiste du centre technique municipal m'a dit : à votre place je vérifierais mes freins avant l'hiver. Bon conseil.", decision: Publish, absent: threat},
		{name: "a vaccination centre's hours", text: "Le centre de vaccination est ouvert jusqu'à 20h : vous avez encore le temps d'embrasser vos proches avant Noël en toute sécurité.", decision: Publish, absent: threat},
		{name: "hide behind the glass", text: "You can't hide behind that glass forever.", decision: Reject, kinds: threat},
		{name: "cuts must not hurt the staff", text: "These reforms must not hurt the staff who keep the hospital running.", decision: Publish, absent: threat},
		{name: "files to burn, not a person", text: "Il faudrait brûler les dossiers du conseiller, ils sont tous faux.", decision: Publish, absent: threat},
		{name: "German politeness over and a court", text: "Schluss mit höflich: nächste Woche reiche ich Klage beim Sozialgericht ein.", decision: Publish, absent: threat},
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
	// learnt "quelle bande de", still sends it to a moderator.
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a French address broken off", text: "Quelle bande de… non, je me retiens. Disons que l'organisation de la préfecture du Rhône laisse à désirer : 2 mois pour un duplicata de permis.", decision: Publish, absent: abuse},
	})
}

// TestEngineRead48OfRound20: the misses of heldout-48 (read): wits
// compared by the one at a desk, a person said to be worthless or a
// slug, appointments and remedies sold; and a CAF raid that is no blow.
// The fair texts are the review's: a professional's intelligence, a
// teenager's brain, mistletoe, a garden slug, an empty car park.
func TestEngineRead48OfRound20(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a professional's intelligence", text: "La conseillère a fait preuve de l'intelligence d'une vraie professionnelle, merci infiniment.", decision: Publish, absent: abuse},
		{name: "what was explained at the desk", text: "Al guichet de la mutua me explicaron que el cerebro de un adolescente cambia mucho, muy buena charla.", decision: Publish, absent: abuse},
		{name: "German brain of a goldfish", text: "Herr Vidal hat das Hirn eines Goldfisches und die Manieren eines Türstehers.", decision: Review, kinds: abuse},
		{name: "the one at the counter", text: "El tipo del mostrador de la prefectura tiene menos luces que un túnel.", decision: Review, kinds: abuse},
		{name: "a machine's wits", text: "Ce robot a l'intelligence d'une IA de 1990, la conseillère m'a aidé à la place.", decision: Publish, absent: abuse},
		{name: "mistletoe is a parasite", text: "Le gui est un parasite, merci aux espaces verts de l'avoir retiré des tilleuls du parc.", decision: Publish, absent: abuse},
		{name: "a garden slug", text: "Il lumacone del giardino comunale ha mangiato tutte le lattughe dell'orto dei bambini.", decision: Publish, absent: abuse},
		{name: "a waste of oxygen", text: "Mr Duval is a waste of oxygen and a disgrace to his uniform.", decision: Review, kinds: abuse},
		{name: "an absolute muppet", text: "Absolute muppet at the tax office. Couldn't find a form if it was stapled to his forehead.", decision: Review, kinds: abuse},
		{name: "pauv' tache", text: "pauv' tache de la poste qui a signé l'avis de passage à ma place sans même sonner", decision: Review, kinds: abuse},
		{name: "Italian incompetent slug", text: "L'impiegato dello sportello è un incapace, un lumacone che non sa fare il suo lavoro.", decision: Review, kinds: abuse},
		{name: "lazy before a people", text: "Half the CAF claimants are lazy Africans milking the system.", decision: Reject, kinds: abuse},
		{name: "the Arab League", text: "The Arab League office in Paris was helpful with my diploma.", decision: Publish, absent: abuse},
		{name: "a hazard's empty car park", text: "The empty car park on Mill Lane is a waste of space, the council should build a playground there.", decision: Publish, absent: abuse},
		{name: "appointments sold", text: "Rdv préfecture garanti sous 72h : titre de séjour, naturalisation, on s'occupe de tout ! Contact WhatsApp, paiement cash ou Western Union.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a remedy sold", text: "TOP remède naturel contre la calvitie, résultats visibles en 10 jours !!! commandez sur pousse-cheveux-bio.shop", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a CAF raid", text: "Il faut saluer l'opération coup de poing de la CAF de Lille : des agents sont venus au centre social.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineRead49OfRound20: the misses of heldout-49 (read):
// usefulness compared, said of a person named by a title; a slug; the
// SMS "c" before a judgement; a people's origin and culture; a threat
// reported in the pluperfect; the reader's children at school. The fair
// texts are mostly the second review's: a town's charm, a phone line
// like a wall, accidents at rush hour, a baker's children.
func TestEngineRead49OfRound20(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "as useful as a chocolate teapot", text: "Mr Fontaine is about as useful as a chocolate teapot.", decision: Review, kinds: abuse},
		{name: "German as useful as a goitre", text: "Herr Lefèvre ist ungefähr so nützlich wie ein Kropf.", decision: Review, kinds: abuse},
		{name: "Spanish more useless than", text: "El señor Gómez es más inútil que un cenicero en una moto.", decision: Review, kinds: abuse},
		{name: "the charm of a town", text: "Vous verrez, Bayonne a le charme d'une ville espagnole, et l'office de tourisme est très accueillant.", decision: Publish, absent: abuse},
		{name: "as useful as a fork, Mlle", text: "Mlle Dias est aussi utile qu'une fourchette pour manger la soupe.", decision: Review, kinds: abuse},
		{name: "the phone line is a wall", text: "The staff were great; the automated phone line, though, is like talking to a wall.", decision: Publish, absent: abuse},
		{name: "a Portuguese slug", text: "A funcionária da CAF é uma lesma, demora meia hora para carimbar um papel.", decision: Review, kinds: abuse},
		{name: "c des moutons", text: "les agents de la caf c des moutons, ils suivent l'ordi et reflechissent jamais", decision: Review, kinds: abuse},
		{name: "the phone robot is a wall", text: "Le serveur vocal, c'est comme parler à un mur, heureusement la conseillère m'a rappelé.", decision: Publish, absent: abuse},
		{name: "accidents at rush hour", text: "Gli incidenti capitano soprattutto nelle ore di punta, serve un semaforo in via Roma.", decision: Publish, absent: threat},
		{name: "accidents happen, I understand", text: "Los accidentes pasan, lo entiendo, pero perder mi radiografía dos veces no es un accidente.", decision: Publish, absent: threat},
		{name: "the school of an inspector's children", text: "L'inspectrice du travail qui a classé ma plainte, je connais l'école de ses gosses.", decision: Reject, kinds: threat},
		{name: "accidents to whoever wrongs others", text: "Gli incidenti capitano, soprattutto a chi tratta la gente come spazzatura.", decision: Reject, kinds: threat},
		{name: "a crossing guard's kids", text: "I know when the crossing guard starts; her kids go to the same school and she's lovely.", decision: Publish, absent: threat},
		{name: "a baker's children at school", text: "Je connais la boulangère depuis longtemps, ses enfants vont au collège Jean Moulin avec les miens.", decision: Publish, absent: threat},
		{name: "the reader's children schooled, known", text: "Je sais où vos enfants sont scolarisés. Réfléchissez bien avant de refuser mon dossier.", decision: Reject, kinds: threat},
		{name: "the school of my children", text: "I now know where the new school of my children is, thanks to the mairie's map.", decision: Publish, absent: threat},
		{name: "a people's origin and culture", text: "Je n'ai rien contre eux, mais les gens d'origine africaine ne sont pas faits pour travailler dans l'administration, c'est culturel.", decision: Reject, kinds: abuse},
		{name: "an origin, kindly", text: "Mon mari est d'origine africaine et la préfecture a traité son dossier en deux semaines, merci.", decision: Publish, absent: abuse},
		{name: "absent when brains were handed out", text: "il devait etre absent le jour de la distribution des cerveaux le monsieur du guichet 2", decision: Review, kinds: abuse},
		{name: "a threat reported in the pluperfect", text: "Il y a deux ans, un homme avait menacé de mettre le feu à la mairie de notre village. Depuis il y a un interphone.", decision: Publish, absent: threat},
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
