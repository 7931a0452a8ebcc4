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
