package moderation

import (
	"testing"
)

// TestEngineSpelledOutOfRound44: a word spelled out letter by letter in an
// English text ("a c u n t") does not make it French: the one-letter words
// of a spelled word are not French elisions (c', n', t'). A text spelled
// out whole keeps its language.
func TestEngineSpelledOutOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English insult spelled out", text: "whoever handles pip claims is a c u n t, plain and simple", kinds: []Kind{KindAbuse}, lang: "en"},
		{name: "a French text spelled out whole", text: "C E  S O I R  J E  V I E N S  V O U S  B R U L E R  T O U S", decision: Reject, lang: "fr"},
		{name: "French elisions typed without apostrophes", text: "j ai vu l agent c est nul", lang: "fr"},
	})
}

// TestEngineLowerNamesOfRound44: in small letters, a relative's first name
// and a listed surname after it; a listed surname that is a verb after a
// first name ("said") is the verb. Places named after people in small
// letters outside English, and a king's or a queen's first name.
func TestEngineLowerNamesOfRound44(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a grandmother's full name", text: "je fais la demarche pour ma grand mere josiane perrin qui a 91 ans", decision: Publish, kinds: name, gone: []string{"josiane", "perrin"}},
		{name: "a daughter's full name", text: "ma fille lea dupuis est inscrite depuis septembre a la creche", decision: Publish, kinds: name, gone: []string{"lea", "dupuis"}},
		{name: "a verb after the name", text: "my work coach sandra said it would be fine", decision: Publish, kinds: name, gone: []string{"sandra"}, kept: []string{"said it would"}},
		{name: "a daughter's name then a verb", text: "ma fille clara attend une place en creche", decision: Publish, gone: []string{"clara"}, kept: []string{"attend une place"}},
		{name: "an Italian hospital", text: "il pronto soccorso dell ospedale sandro pertini ha 12 ore di attesa", decision: Publish, absent: name, kept: []string{"sandro pertini"}},
		{name: "a Spanish street", text: "el centro de salud de la calle antonio machado no tiene rampa", decision: Publish, absent: name, kept: []string{"antonio machado"}},
		{name: "a Brazilian school", text: "a escola municipal paulo freire ta sem merenda faz 2 semanas", decision: Publish, absent: name, kept: []string{"paulo freire"}},
		{name: "a queen's grammar school", text: "at queen elizabeth grammar the heating has been broken since november", decision: Publish, absent: name, kept: []string{"queen elizabeth grammar"}},
		{name: "a king's playing field", text: "The King George V Playing Field needs new goalposts.", decision: Publish, absent: name, kept: []string{"King George V"}},
		{name: "the French verb after mairie", text: "la mairie marie des couples le samedi matin", decision: Publish, absent: name, kept: []string{"marie des couples"}},
	})
}
