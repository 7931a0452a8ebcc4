package moderation

import (
	"testing"
)

// TestEngineStarredInsultsOfRound41: insults masked with a run of stars
// in German, Italian and Spanish, the run with no vowel when five letters
// are left ("A****loch"). Not a starred word of no insult.
func TestEngineStarredInsultsOfRound41(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "A****loch", text: "Der Kontrolleur in der S-Bahn war ein A****loch erster Güte.", decision: Review, kinds: abuse},
		{name: "str***a", text: "La segretaria della scuola è una str***a, ha perso la domanda.", decision: Review, kinds: abuse},
		{name: "cogl***e", text: "Quel cogl***e allo sportello mi ha fatto tornare tre volte.", decision: Review, kinds: abuse},
		{name: "cabr*n", text: "El funcionario de la ventanilla es un cabr*n, no me atendió.", decision: Review, kinds: abuse},
		{name: "sal**d", text: "Ce sal**d de contrôleur m'a mis une amende pour rien.", decision: Review, kinds: abuse},
		{name: "Sch***e, a thing", text: "Die neue App vom Bürgeramt ist Sch***e, nichts funktioniert.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "stars of a rating", text: "Note : 4**** pour l'accueil, 1* pour l'attente à la CAF.", decision: Publish, absent: abuse},
	})
}

// TestEngineRepeatedPhraseOfRound41: one phrase of three words or more
// said over and over is junk. Not a threat said three times (rejected as
// a threat), nor a citizen repeating himself before he says more.
func TestEngineRepeatedPhraseOfRound41(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "four times", text: "achetez des followers pas chers achetez des followers pas chers achetez des followers pas chers achetez des followers pas chers", decision: Reject, kinds: spam},
		{name: "three times, five words", text: "cheap tickets to Paris online. cheap tickets to Paris online. cheap tickets to Paris online.", decision: Reject, kinds: spam},
		{name: "a citizen at the end of his tether", text: "J'en ai marre, j'en ai marre, j'en ai marre. Trois mois sans ARE, je vais craquer.", decision: Publish, absent: spam},
		{name: "said twice", text: "Merci à l'équipe de la CPAM de Lille, merci à l'équipe de la CPAM de Lille pour tout.", decision: Publish, absent: spam},
	})
}
