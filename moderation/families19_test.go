package moderation

import "testing"

// TestEngineLanguageOfRound19: words of several languages count for each
// ("un" French, Spanish and Italian; "se" Spanish, Portuguese and
// Italian; "que" French, Spanish and Portuguese), and words of one
// language only that are no function word vote without becoming stop
// words ("voy", "vou", "ur", "gonna"), so that the models read them as
// before.
func TestEngineLanguageOfRound19(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French with un and la", text: "Un usager a traité la guichetière.", decision: Publish, lang: "fr"},
		{name: "a French name gets a French placeholder", text: "Un grand merci Yasmina, CPAM Lille.", decision: Publish, lang: "fr", kept: []string{"[nom masqué]"}},
		{name: "Spanish with voy", text: "Te voy a matar, funcionario de mierda.", decision: Reject, kinds: []Kind{KindThreat}, lang: "es"},
		{name: "English text speak", text: "tell ur boss im coming 4 him", lang: "en"},
		{name: "Portuguese with se and que", text: "Espero que a senhora tenha seguro contra incêndios na sua casa. Nos tempos que correm nunca se sabe.", lang: "pt"},
		{name: "Italian with se", text: "Se mi bocciate di nuovo all'esame vediamo chi ride.", lang: "it"},
		{name: "Portuguese with vou", text: "Vou ficar louco com esses formulários que se contradizem.", lang: "pt"},
		{name: "Spanish a name gets a Spanish placeholder", text: "Pilar, la de la ventanilla 3 del centro de salud, es un sol.", decision: Publish, lang: "es"},
	})
}
