package moderation

import (
	"testing"
)

// TestEngineReportedQuotesOfRound46: slurs and threats told as received,
// from heldout-98 once read: an attacker or a youth who said them, the
// perfect of shouting in Italian and Spanish, a name someone was called
// in Portuguese, staff who stepped in (plural), harassment named; the
// English preposition "on" is no vague speaker ("the assembly on
// racism"). Not the writer's own words, nor a French "on" who said them.
func TestEngineReportedQuotesOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the attacker said it", text: "J'ai porté plainte après une agression. L'agresseur m'a dit « sale pédé, je vais te crever ». L'officier a pris ma plainte avec sérieux.", decision: Publish},
		{name: "a boy shouted it", text: "Al mercato un ragazzo mi ha gridato «frocio di merda». Due agenti sono intervenuti subito e mi hanno accompagnato a fare denuncia.", decision: Publish},
		{name: "called so for months", text: "O meu filho foi chamado «paneleiro» durante meses na escola. A diretora falou com as famílias e o bullying parou.", decision: Publish},
		{name: "an assembly on racism", text: "At the school assembly on racism, the head read out messages pupils had received, including \"paki go home\". Some parents complained the words were shocking.", decision: Publish},
		{name: "a French on said it", text: "On m'a dit « sale pédé, on va te crever ». J'ai porté plainte.", decision: Review},
		{name: "the writer shouted it", text: "Je lui ai crié « sale pédé, je vais te crever ». La police est venue.", decision: Reject},
	})
}

// TestEngineBurstsAndVulgarPhrasesOfRound46: a burst of anger is doubtful
// only with words to the reader in its sentence or the next, not a polite
// request three sentences on; an insult inside a longer vulgar phrase
// about a thing is that phrase's vulgarity ("una puta vergüenza de
// sistema"), not when said to the reader or of a person.
func TestEngineBurstsAndVulgarPhrasesOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a burst, a request later", text: "Dix-huit mois pour un dossier. Je vais exploser, sérieux. Mais je reste poli. J'ai tout envoyé dès le départ. Si quelqu'un du service pouvait vérifier le dossier, merci.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a burst said to the reader", text: "Je vais exploser. La ceinture est prête, vous avez été prévenus.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "a vulgar phrase about the system", text: "Joder, tres meses para una cita previa en la DGT. Una puta vergüenza de sistema.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "a vulgar phrase said to the reader", text: "Eres una puta mierda.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a vulgar phrase said of a clerk", text: "La funcionaria es una puta mierda.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}
