package moderation

import "testing"

// TestEngineClimbedPronounsOfRound18: in Spanish, Italian and Portuguese
// the writer's pronoun may climb from the violent infinitive to the verb
// of going before it ("me voy a matar" for "voy a matarme"): his own
// death, distress a moderator may read, never a threat rejected. Another's
// pronoun there ("te", "lo", "ti") is a threat, and so is an English "me"
// before an intent, which is another verb's.
func TestEngineClimbedPronounsOfRound18(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish me before voy", text: "Si me vuelven a denegar la ayuda me voy a matar, no puedo más.", absent: threat, modelReviews: true},
		{name: "Italian mi before vado", text: "Se mi negano ancora il sussidio mi vado ad ammazzare.", decision: Publish, absent: threat},
		{name: "Portuguese me before vou", text: "Se me negarem o subsídio outra vez eu me vou matar.", absent: threat, modelReviews: true},
		{name: "Spanish te before voy", text: "Si me vuelven a denegar la ayuda te voy a matar.", decision: Reject, kinds: threat},
		{name: "Spanish lo before voy", text: "Si me niegan la ayuda lo voy a matar.", decision: Reject, kinds: threat},
		{name: "Italian ti before vado", text: "Se mi chiami ancora ti vado ad ammazzare.", decision: Reject, kinds: threat},
		{name: "English me before an intent", text: "Call me again and I'm going to kill you.", decision: Reject, kinds: threat},
	})
}
