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

// TestEngineExplicitThreatsOfRound17: violence promised with the object
// pronoun on the verb in Portuguese (matá-lo, partir-lhe as pernas), a
// shot in the Spanish future, legs broken in the Italian present. A
// Portuguese "se" (if) after a verb that holds its object is no
// reflexive; the writer's own death is distress, not a threat.
func TestEngineExplicitThreatsOfRound17(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "matá-la followed by if", text: "Vou matá-la se ela recusar outra vez o meu processo.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "matá-lo with a condition", text: "Vou matá-lo se ele não me pagar o subsídio.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "legs broken for him", text: "Vou partir-lhe as pernas, ao funcionário da CAF.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a shot in the Spanish future", text: "Le pegaré un tiro al de la ventanilla.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "legs broken in Italian", text: "Gli spezzo le gambe a quell'impiegato.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own death is distress", text: "Vou matar-me se continuar assim, ninguém me ajuda na CAF.", absent: []Kind{KindThreat}, modelReviews: true},
		{name: "a vet put the writer's dog down", text: "O veterinário teve de matá-lo, o cão estava muito doente.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineGroupsDehumanised: a group said to be like animals is hate;
// a group treated like animals, or said to be like the writer, is a
// complaint, and so are animals where a group lives.
func TestEngineGroupsDehumanised(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group said to be like animals", text: "Refugees are like cockroaches at the town hall, everywhere in the queue.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "Spanish: a group like rats", text: "Los gitanos son como ratas en la oficina de empleo.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group treated like animals", text: "Les migrants sont traités comme des chiens à la préfecture, c'est une honte.", decision: Publish, absent: clean},
		{name: "a group like the writer", text: "Les réfugiés sont comme nous, ils veulent juste un rendez-vous.", decision: Publish, absent: clean},
		{name: "rats where a group sleeps", text: "Les Roumains devant la gare, ces pauvres gens, dorment avec des rats.", decision: Publish, absent: clean},
		{name: "rats named again where a group sleeps", text: "Les réfugiés du foyer dorment avec des rats, ces rats sont partout.", decision: Publish, absent: clean},
	})
}
