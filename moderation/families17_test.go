package moderation

import "testing"

// TestEngineReportedThreatsGoToAModerator: a threat someone else made,
// quoted by the writer who saw, heard or received it, is a report, never
// rejected as the writer's own, and a moderator reads it: a quotation is
// too easy a disguise for the writer's own threat (round 17 published
// them for a while; its reviews found proverbs, "ho detto" and speakers
// the writer agrees with published). Since round 33 a report whose later
// sentence tells what was done about it or how it was felt is published. The writer's own words are his, in
// quotes too: his answer, a report word he negates, the writer among
// those who shouted, a threat after a quotation that ended.
func TestEngineReportedThreatsGoToAModerator(t *testing.T) {
	reported := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		// Round 33: a later sentence tells of security, a report published.
		{name: "shouted in a queue, in English", text: "A man in the queue shouted 'I'll stab you' at the receptionist. Security was nowhere.", decision: Publish, absent: reported},
		{name: "written by a neighbour, in Spanish", text: "Mi vecino me escribió 'te voy a quemar el coche' y la policía no hizo nada.", decision: Review, kinds: reported},
		{name: "what a daughter received", text: "My daughter received \"we'll stab you\" on her phone, the school acted fast.", decision: Review, kinds: reported, absent: []Kind{KindThreat}},
		{name: "hate quoted", text: "Un usager a crié « sales bougnoules » aux agents de la CAF, personne n'a réagi.", decision: Review, kinds: reported, absent: []Kind{KindThreat}},
		{name: "a proverb", text: "Comme dit le proverbe : « je vais te planter ».", decision: Review},
		{name: "a speaker the writer agrees with", text: "Un usager a crié « je vais vous tuer », et je le pense aussi.", decision: Review},
		{name: "the writer's answer in quotes is his", text: "Le type m'a dit « je vais te retrouver » et je lui ai répondu « je vais te planter ».", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer among those who shouted", text: "Ma femme et moi lui avons crié « on va vous tuer ».", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "no threat, he says", text: "Ceci n'est pas une menace : « je vais vous tuer ».", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "after a quotation that ended", text: "L'agent a dit que mon dossier était « incomplet ». Je vais le tuer. Un dossier « incomplet », vraiment ?", decision: Reject, kinds: []Kind{KindThreat}},
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
		// Found by the round's review: "se" after a verb that carries
		// its object, and the Spanish pronoun before the intent.
		{name: "legs broken, then if", text: "Vou partir-lhe as pernas se me negar outra vez o apoio.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a Spanish dative after the verb", text: "Voy a matarlo, se lo prometo a usted.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an Italian if after the verb", text: "Vengo ad ammazzarti se non rispondi.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the Spanish writer's own death", text: "Me voy a matar si sigo esperando aquí.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a queue that kills the writer", text: "This queue will kill me.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineGroupsLikenedToAnimals: a group compared to animals is most
// often a complaint about how it is treated ("comme des animaux en
// cage"), a defence ("like us, not rats") or a negation; the rule of round
// 17 that read "immigrants are like rats" as hate rejected 21 fair texts
// of its review and was taken out. Those stay published.
func TestEngineGroupsLikenedToAnimals(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group treated like animals", text: "Les migrants sont traités comme des chiens à la préfecture, c'est une honte.", decision: Publish, absent: clean},
		{name: "a group like the writer", text: "Les réfugiés sont comme nous, ils veulent juste un rendez-vous.", decision: Publish, absent: clean},
		{name: "caged like animals", text: "Les réfugiés sont comme des animaux en cage dans ce centre de rétention.", decision: Publish, absent: clean},
		{name: "a negation", text: "Los inmigrantes no son como ratas, son personas.", decision: Publish, absent: clean},
		{name: "a defence", text: "Refugees are like us, not animals.", decision: Publish, absent: clean},
		{name: "rats where a group sleeps", text: "Les Roumains devant la gare, ces pauvres gens, dorment avec des rats.", decision: Publish, absent: clean},
	})
}
