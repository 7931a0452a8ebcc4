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

func TestEngineFirstNameSetOffMidSentence(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish name between commas", text: "Volví a hablar con la chica, Rocío, y tampoco sabía nada del expediente.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rocío"}},
		{name: "Portuguese name in brackets", text: "O senhor da secretaria (Amparo, acho eu) resolveu tudo em dez minutos.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Amparo"}},
		{name: "months in a list stay", text: "It was closed from early May, June and most of July.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"May", "June", "July"}},
		{name: "towns between commas stay", text: "Je passe par Nancy, Metz, puis Thionville pour venir.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Nancy", "Metz"}},
	})
}

func TestEngineWordNameFoundWithACapitalIsAWordInLowerCase(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French grâce after Grace", text: "Mme Grace Ondoua a été parfaite, grâce à elle j'ai mes droits.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Grace", "Ondoua"}, kept: []string{"grâce à elle"}},
		{name: "English will after Will", text: "Will at the front desk said the form will arrive next week.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Will at"}, kept: []string{"form will arrive"}},
	})
}
