package moderation

import "testing"

// TestEngineQualitiesComparedOfRound25: a quality a person is praised
// for too, compared with an animal's or a thing's, said of the one at a
// desk, is an insult; compared with a person's it is praise, and said of
// a place it is a complaint.
func TestEngineQualitiesComparedOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "charisme of a shellfish", text: "La secrétaire de mairie a le charisme d'une moule, impossible d'en tirer un mot.", decision: Review, kinds: abuse},
		{name: "empathie of a breeze block", text: "Aux urgences, l'infirmier d'accueil avait l'empathie d'un bloc de béton.", decision: Review, kinds: abuse},
		{name: "autant de cœur qu'une machine", text: "Le contrôleur a autant de cœur qu'un horodateur en panne.", decision: Review, kinds: abuse},
		{name: "the warmth of a fridge", text: "The woman at the housing desk has all the warmth of a freezer.", decision: Review, kinds: abuse},
		{name: "as much empathy as a lamppost", text: "My work coach has about as much empathy as a lamppost.", decision: Review, kinds: abuse},
		{name: "the patience of a saint", text: "The nurse on the night shift had the patience of a saint with my father.", decision: Publish, absent: abuse},
		{name: "la douceur d'une mère", text: "La puéricultrice a eu la douceur d'une mère avec notre fils, merci.", decision: Publish, absent: abuse},
		{name: "the charm of a place", text: "The new waiting area has the charm of a car park, but at least it is warm.", decision: Publish, absent: abuse},
		{name: "a fridge of the household", text: "Notre frigo est tombé en panne, l'assistante sociale nous a aidés pour l'aide d'urgence.", decision: Publish, absent: abuse},
	})
}

// TestEngineWorkplaceBeforeMarkOfRound25: a person's noun with where he
// works, then a mark and a thing he is set apart as; not what he said
// after a colon.
func TestEngineWorkplaceBeforeMarkOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "agent de + a place", text: "Conseiller de mairie : un vrai zombie, trois fois la même question.", decision: Review, kinds: abuse},
		{name: "clerk at the + a place", text: "The clerk at the tax office: a walking potato.", decision: Review, kinds: abuse},
		{name: "what the adviser said", text: "The adviser at the jobcentre told me: a form is missing, come back Monday.", decision: Publish, absent: abuse},
	})
}
