package moderation

import "testing"

// TestEngineShoutedNamesOfRound27: in a shouted text, a first name that is
// no other word and ends its clause is a person spoken to or named last.
func TestEngineShoutedNamesOfRound27(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a child named last", text: "MERCI A TOUTE L EQUIPE DE PEDIATRIE, VOUS AVEZ ETE DES ANGES AVEC NOTRE PETIT LOUIS", decision: Review, kinds: name, gone: []string{"LOUIS"}},
		{name: "a person spoken to", text: "YOU'RE DEAD MEAT GRAHAM, I KNOW WHICH BUS YOU TAKE HOME", decision: Reject, kinds: name, gone: []string{"GRAHAM"}},
		{name: "a counter clerk named before a comma", text: "ALLO SPORTELLO C'ERA SEMPRE E SOLO PASQUALE, CHE NON SAPEVA NIENTE DEL BONUS.", decision: Review, kinds: name, gone: []string{"PASQUALE"}},
		{name: "a street named after a person", text: "J'HABITE RUE VICTOR HUGO, ET LE CAMION POUBELLE NE PASSE PLUS DEPUIS UN MOIS", decision: Review, absent: name, kept: []string{"VICTOR HUGO"}},
		{name: "a school named after a person", text: "LE LYCEE JEAN MOULIN, TOUJOURS PAS DE CHAUFFAGE EN DECEMBRE", decision: Review, absent: name, kept: []string{"JEAN MOULIN"}},
	})
}
