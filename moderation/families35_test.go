package moderation

import "testing"

// TestEngineDisguisedLinksOfRound35: a site's dot written as a word in
// brackets ("(point)", "(ponto)", "[punto]"), and endings that are also
// words (de, es, pt, info) or short (ly) after a dot spelled out or set
// apart by spaces, when the host is surely one: hyphenated, letters mixed
// with digits, or a path after the ending. Not a public service's site so
// written, a hyphenated word before a sentence's end, a point of a letter
// in brackets, a time.
func TestEngineDisguisedLinksOfRound35(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "(point)com", text: "Accueil très aimable à la CPAM, merci. Pour vos lunettes pas chères, passez sur lunettes-discount(point)com !", decision: Review, kinds: spam},
		{name: "[ponto]pt", text: "Ganhe dinheiro rápido com apostas em aposta-certa[ponto]pt, bónus de 100€!", kinds: spam},
		{name: "punkt de", text: "Günstige Kredite ohne Schufa, jetzt beantragen bei kredit-blitz24 punkt de", decision: Reject, kinds: spam},
		{name: "bit . ly with a path", text: "You have won a £500 gift card! Claim it now at bit . ly/free-gift-card-uk", decision: Reject, kinds: spam},
		{name: "a hyphenated host . info", text: "Votre remboursement ameli est bloqué, validez vos coordonnées sur ameli-remboursement-securise . info", decision: Reject, kinds: spam},
		{name: "a hyphenated host . es", text: "Buena atención en el SEPE. Por cierto, cursos baratos de inglés en ingles-facil . es, los recomiendo.", decision: Review, kinds: spam},
		{name: "service-public . fr", text: "J'ai trouvé le bon formulaire sur service-public . fr, merci à l'accueil.", decision: Publish, absent: spam},
		{name: "a hyphenated word before a sentence", text: "J'ai écrit à la mairie-annexe . Info : personne ne m'a répondu.", decision: Publish, absent: spam},
		{name: "a point in brackets", text: "Voir la page 3-4 (point 2) du courrier de la CAF.", decision: Publish, absent: spam},
		{name: "a time", text: "Ich war beim Bürger-Service punkt 8 Uhr da und musste zwei Stunden warten.", decision: Publish, absent: spam},
	})
}
