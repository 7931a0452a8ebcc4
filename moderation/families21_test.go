package moderation

import "testing"

// TestEngineOrdinalTitlesOfRound21: the Portuguese and Spanish titles
// abbreviated with an ordinal indicator ("Sr.ª") are titles like "Sr.a".
func TestEngineOrdinalTitlesOfRound21(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Sr.ª before a surname", text: "Sr.ª Pinto, obrigado pela ajuda com o meu passaporte no consulado.", decision: Publish, gone: []string{"Pinto"}, kept: []string{"Sr.ª"}},
		{name: "an ordinal is no title", text: "Vivo no 3.º andar e a carta nunca chegou ao n.º 5 da rua.", decision: Publish, kept: []string{"3.º andar", "n.º 5"}},
	})
}
