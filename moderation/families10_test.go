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

func TestEngineNamesAtWork(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a verb, at the desk", text: "Will at the passport desk sorted my renewal in ten minutes.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Will"}},
		{name: "a lower-case first name after thanks", text: "thanks to rose at the caf in lens she found my missing payslips", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"rose"}, kept: []string{"caf"}},
		{name: "a lower-case first name starting the text", text: "ángel del consulado me resolvió lo del pasaporte en una mañana", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"ángel"}},
		{name: "the verb before at", text: "I will at the latest come to the CAF on Monday with the forms.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"will"}},
		{name: "a bill at the post office", text: "paid the gas bill at the post office, they charged me two euros", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"bill"}},
		{name: "a stone at the desk", text: "jeter la pierre au guichet ne sert à rien, c'est la loi qui est mal faite", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"pierre"}},
	})
}
