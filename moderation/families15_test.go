package moderation

import "testing"

// Families of round 15 (2026-12-05), written for these tests; where a
// corpus or a battery of our own found the gap, its sentences are not
// copied.

func TestEngineListOfNamesStartingTheText(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, first of a list", text: "Rose, Yasmina et Bérénice, du centre social, nous ont aidés pour le dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rose", "Yasmina", "Bérénice"}},
		{name: "a town first of a list stays", text: "Paris, Yasmina et moi, on a tout essayé.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Yasmina"}, kept: []string{"Paris"}},
	})
}
