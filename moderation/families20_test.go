package moderation

import "testing"

// TestEngineThreatsOfRound20: a weapon the writer has, with a meeting
// arranged; its use wished or a patience at its end said with it; a
// meeting by the reader's bus stop or in a Portuguese car park; a
// Spanish school word. The fair texts keep a weapon handled by the
// rules, a patience at its end with lawful steps, a wait at an office
// and a child at school.
func TestEngineThreatsOfRound20(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a rifle kept and a meeting", text: "I've kept my old service rifle. Cleaned it yesterday for the first time in years. Appointment at the prefecture on Tuesday, see you then.", decision: Review, kinds: threat},
		{name: "a German pistol at home and a meeting", text: "Ich habe eine Pistole zu Hause. Wir sehen uns am Montag im Amt.", decision: Review, kinds: threat},
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
		{name: "Spanish more than papers", text: "Cuatro cartas a la CARSAT por la pensión de viudedad y nada. La quinta la llevo en persona y con algo más que papeles, ustedes ya saben a qué me refiero.", decision: Review, kinds: threat},
		{name: "not a letter next time", text: "Prochaine fois, c'est pas une lettre que je vous envoie.", decision: Review, kinds: threat},
		{name: "politeness over and the mediator", text: "Après trois courriers sans réponse, fini la politesse : je saisis le médiateur.", decision: Publish, absent: threat},
		{name: "politeness over and a lawyer", text: "Deadline Monday. After that, I stop being polite and call my lawyer.", decision: Publish, absent: threat},
		{name: "politeness over and writing", text: "I'm done being nice on the phone. Everything in writing from now on.", decision: Publish, absent: threat},
		{name: "someone at the office in hospital", text: "Se il 30 non c'è il bonifico, vengo a Lione e qualcuno in quell'ufficio finisce all'ospedale.", decision: Reject, kinds: threat},
		{name: "the reader's plate noted", text: "J'ai noté ta plaque.", decision: Reject, kinds: threat},
		{name: "the reader's home address", text: "Tenho a sua morada, senhora. Encontrei-a na internet em cinco minutos. Só para saber.", decision: Reject, kinds: threat},
		{name: "the writer's father in hospital", text: "Mon père finira à l'hôpital si ça continue, il ne dort plus.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the service's address", text: "I have your address but no phone number, how can I reach you?", decision: Publish, absent: threat},
		{name: "the service's address and the post", text: "I have your address, I will send the documents by post.", decision: Publish, absent: threat, modelReviews: true},
		{name: "the reader's address and a visit", text: "I've got your address. See you at your door on Friday.", decision: Reject, kinds: threat},
		{name: "a lot on your plate", text: "I know you have a lot on your plate, but my file has been waiting since May.", decision: Publish, absent: threat, modelReviews: true},
		{name: "German politeness over and a court", text: "Schluss mit höflich: nächste Woche reiche ich Klage beim Sozialgericht ein.", decision: Publish, absent: threat},
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
		{name: "the writer calls himself a name", text: "Quelle andouille je fais : j'avais mis mon ancien RIB dans ma déclaration.", decision: Publish, absent: abuse},
		{name: "treated as if she were a fool", text: "El médico me habló como si fuera tonta solo porque mi francés no es perfecto.", decision: Publish, absent: abuse},
		{name: "an idiot, I am telling you", text: "The clerk is an idiot I am telling you.", decision: Review, kinds: abuse},
	})
	// The rules read the sentence broken off; the abuse model, which
	// learnt "quelle bande de", still sends it to a moderator.
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a French address broken off", text: "Quelle bande de… non, je me retiens. Disons que l'organisation de la préfecture du Rhône laisse à désirer : 2 mois pour un duplicata de permis.", decision: Publish, absent: abuse},
	})
}
