package moderation

import "testing"

// TestEngineThreatsOfRound20: a weapon the writer has, with its use
// wished or a patience at its end (not a tool and a meeting); a
// meeting by the reader's bus stop or in a Portuguese car park; a
// Spanish school word. The fair texts keep a weapon handled by the
// rules, a patience at its end with lawful steps, a wait at an office
// and a child at school.
func TestEngineThreatsOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a tool to lend and a meeting", text: "I have a hammer drill I can lend to the community garden. See you at the volunteer day!", decision: Publish, absent: threat},
		{name: "a shotgun to hand in and a meeting", text: "J'ai un fusil de chasse de mon grand-père que je veux remettre à la police. Je serai là jeudi à 9h.", decision: Publish, absent: threat},
		{name: "a patience at its end and a meeting", text: "My patience has limits, but I will be there on Tuesday for the appointment.", decision: Publish, absent: threat},
		{name: "a shotgun and the wish to use it", text: "Tengo una escopeta en casa y muchas ganas de usarla. Díganselo al inspector de impuestos.", decision: Reject, kinds: threat},
		{name: "a patience and a blade", text: "Ma patience a des limites, mon cutter a une lame. Débrouillez-vous pour que ce dossier avance.", decision: Reject, kinds: threat},
		{name: "a wait by the reader's bus stop", text: "I'll wait by your bus stop. Number 38, right?", decision: Reject, kinds: threat},
		{name: "a Portuguese wait in the car park", text: "vou esperar por ti no parque de estacionamento, às 17h em ponto", decision: Reject, kinds: threat},
		{name: "the reader's children at the cole", text: "Señora, sus niños salen del cole a las 16h30, ¿verdad? Piénselo.", decision: Reject, kinds: threat},
		{name: "a rifle to register and a meeting", text: "J'ai gardé le fusil de chasse de mon père, comment le faire enregistrer ? On se voit mardi à la préfecture.", decision: Publish, absent: threat},
		{name: "a patience at its end and the ombudsman", text: "My patience has limits: I will take this to the ombudsman.", decision: Publish, absent: threat},
		{name: "a Spanish patience and a complaint", text: "Mi paciencia tiene un límite y voy a poner una reclamación formal.", decision: Publish, absent: threat},
		{name: "a wait at the office as the letter says", text: "I'll wait at your office on Monday at 9 as the letter says.", decision: Publish, absent: threat},
		{name: "a child at the cole", text: "Mi hijo va al cole y la señora de la CAF me dijo que la ayuda llega en septiembre.", decision: Publish, absent: threat},
	})
}

// TestEngineWordsAreOverOfRound20: the writer says words are over and
// leaves what comes next unsaid, which a moderator reads; a lawful step
// or writing said after them makes them none.
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
		{name: "someone at the office in hospital", text: "Se il 30 non c'è il bonifico, vengo a Lione e qualcuno in quell'ufficio finisce all'ospedale.", decision: Reject, kinds: threat},
		{name: "the reader's plate noted", text: "J'ai noté ta plaque.", decision: Reject, kinds: threat},
		{name: "a hazard's victim warned of", text: "Si la mairie ne sale pas le trottoir, un enfant finira à l'hôpital. Je vous préviens, c'est une patinoire.", decision: Publish, absent: threat},
		{name: "politeness over, of the summer bus", text: "Finita la gentilezza dell'estate: da settembre il bus 12 passa ogni quaranta minuti, che disagio.", decision: Publish, absent: threat},
		{name: "politeness over, no lawyer will help", text: "Deadline Friday. After that I stop being polite, and no lawyer will save your clerk.", decision: Review, kinds: threat},
		{name: "the writer's father in hospital", text: "Mon père finira à l'hôpital si ça continue, il ne dort plus.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the service's address", text: "I have your address but no phone number, how can I reach you?", decision: Publish, absent: threat},
		{name: "the service's address and the post", text: "I have your address, I will send the documents by post.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the reader's address and a visit", text: "I've got your address. See you at your door on Friday.", decision: Reject, kinds: threat},
		{name: "a lot on your plate", text: "I know you have a lot on your plate, but my file has been waiting since May.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a meeting away from the hospital", text: "On se croisera hors de l'hôpital, docteur.", decision: Reject, kinds: threat},
		{name: "a meeting after work", text: "See you after work, I'll be waiting.", decision: Reject, kinds: threat},
		{name: "a check-up after work, reported", text: "Le docteur m'a dit qu'on se verrait après le travail pour le contrôle.", decision: Publish, absent: threat},
		{name: "check my brakes", text: "A ta place, je vérifierais mes freins.", decision: Reject, kinds: threat},
		{name: "time to kiss your family", text: "Vous avez encore le temps d'embrasser vos proches.", decision: Reject, kinds: threat},
		{name: "hide behind the glass", text: "You can't hide behind that glass forever.", decision: Reject, kinds: threat},
		{name: "violence called for against a person", text: "Il faudrait tabasser le conseiller de la CAF.", decision: Reject, kinds: threat},
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
// further on; a sentence broken off before its insult.
func TestEngineInsultsOfRound20(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "staff are lazy pigs", text: "The post office staff in Antibes are lazy pigs, three weeks for a registered letter.", decision: Review, kinds: abuse},
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
		{name: "lazy before a people", text: "Of course the fat lazy Arab at the desk didn't bother to help me.", decision: Reject, kinds: abuse},
		{name: "the Arab League", text: "The Arab League office in Paris was helpful with my diploma.", decision: Publish, absent: abuse},
		{name: "a hazard's empty car park", text: "The empty car park on Mill Lane is a waste of space, the council should build a playground there.", decision: Publish, absent: abuse},
		{name: "appointments sold", text: "Rdv préfecture garanti sous 72h : titre de séjour, naturalisation, on s'occupe de tout ! Contact WhatsApp, paiement cash ou Western Union.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a remedy sold", text: "TOP remède naturel contre la calvitie, résultats visibles en 10 jours !!! commandez sur pousse-cheveux-bio.shop", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a CAF raid", text: "Il faut saluer l'opération coup de poing de la CAF de Lille : des agents sont venus au centre social.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineRead49OfRound20: the misses of heldout-49 (read):
// usefulness and charm compared and talking to a wall, said of a person
// named by a title; a slug; the SMS "c" before a judgement; accidents
// that happen to someone; a third person's children whose school the
// writer knows; a threat reported in the pluperfect. The fair texts keep
// accidents that happen, a wall of the phone robot and a school known.
func TestEngineRead49OfRound20(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "as useful as a chocolate teapot", text: "Mr Fontaine is about as useful as a chocolate teapot.", decision: Review, kinds: abuse},
		{name: "German as useful as a goitre", text: "Herr Lefèvre ist ungefähr so nützlich wie ein Kropf.", decision: Review, kinds: abuse},
		{name: "Spanish more useless than", text: "El señor Gómez es más inútil que un cenicero en una moto.", decision: Review, kinds: abuse},
		{name: "the charm of a cactus", text: "La funcionaria de la prefectura tiene la simpatía de un cactus y la rapidez de una tortuga coja.", decision: Review, kinds: abuse},
		{name: "as useful as a fork, Mlle", text: "Mlle Dias est aussi utile qu'une fourchette pour manger la soupe.", decision: Review, kinds: abuse},
		{name: "talking to a plant", text: "Demander quelque chose à Mme Leblanc c'est comme parler à une plante verte.", decision: Review, kinds: abuse},
		{name: "a Portuguese slug", text: "A funcionária da CAF é uma lesma, demora meia hora para carimbar um papel.", decision: Review, kinds: abuse},
		{name: "c des moutons", text: "les agents de la caf c des moutons, ils suivent l'ordi et reflechissent jamais", decision: Review, kinds: abuse},
		{name: "the phone robot is a wall", text: "Le serveur vocal, c'est comme parler à un mur, heureusement la conseillère m'a rappelé.", decision: Publish, absent: abuse},
		{name: "accidents happen to those who", text: "Gli incidenti capitano soprattutto a chi tratta la gente come spazzatura.", decision: Reject, kinds: threat},
		{name: "accidents happen, I understand", text: "Los accidentes pasan, lo entiendo, pero perder mi radiografía dos veces no es un accidente.", decision: Publish, absent: threat},
		{name: "an officer's children and their school", text: "I now know where the officer who refused my appointment takes his children to school every morning.", decision: Reject, kinds: threat},
		{name: "French children schooled, known", text: "Je sais où ses enfants sont scolarisés ; je ne voudrais pas qu'ils aient à souffrir des décisions de leur mère.", decision: Reject, kinds: threat},
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
