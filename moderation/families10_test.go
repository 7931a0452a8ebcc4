package moderation

import "testing"

// Families of round 10 (2026-12-04), written for these tests from the
// causes found in heldout-28 and the new corpora of the round: their
// texts are not copied.

func TestEngineNamesCalledByWordsOfContempt(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "that useless one of a surname", text: "Cet incapable de Marchand a encore égaré mes justificatifs de loyer.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Marchand"}},
		{name: "a title after the word of contempt", text: "Cette incompétente de Mme Barbier m'a raccroché au nez.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Barbier"}},
		{name: "useless in Spanish", text: "Esa inútil de Fernández en el consulado no sabe ni dónde está el sello.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Fernández"}},
		{name: "a clown in Italian", text: "Quel pagliaccio di Bianchi all'ufficio anagrafe ride mentre aspettiamo.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Bianchi"}},
		{name: "a system unable to", text: "Ce logiciel incapable de calculer mes droits a bloqué mon dossier.", decision: Publish, absent: clean},
		{name: "a clown at the fête", text: "Le clown Pipo a fait rire tous les enfants à la fête de la mairie, merci !", decision: Publish, absent: clean},
	})
}
