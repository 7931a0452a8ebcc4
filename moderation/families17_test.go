package moderation

import "testing"

// TestEngineReportedThreatsArePublished: a threat someone else made,
// quoted by the writer who saw, heard or received it, is a report and
// is published; the models do not read it as the writer's. Hate quoted
// still goes to a moderator, and the writer's own threat, even in
// quotes, is rejected.
func TestEngineReportedThreatsArePublished(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "shouted in a queue, in English", text: "A man in the queue shouted 'I'll stab you' at the receptionist. Security was nowhere.", decision: Publish, absent: clean},
		{name: "written by a neighbour, in Spanish", text: "Mi vecino me escribió 'te voy a quemar el coche' y la policía no hizo nada.", decision: Publish, absent: clean},
		{name: "hate quoted goes to a moderator", text: "Un usager a crié « sales bougnoules » aux agents de la CAF, personne n'a réagi.", decision: Review, kinds: []Kind{KindAbuse}, absent: []Kind{KindThreat}},
		{name: "the writer's answer in quotes is his", text: "Le type m'a dit « je vais te retrouver » et je lui ai répondu « je vais te planter ».", decision: Reject, kinds: []Kind{KindThreat}},
	})
}
