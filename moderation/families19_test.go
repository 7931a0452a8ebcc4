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

// TestEngineInsultsWithoutSwearWordsOfRound19: wits compared with a
// role before them, things a role is said to be, death wished in the
// jussive, an at sign ending a disguised word; and the writer taken for
// a fool, which is a complaint.
func TestEngineInsultsWithoutSwearWordsOfRound19(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an officer's IQ", text: "The parking officer has the IQ of a teaspoon, he fined me while I was paying.", decision: Review, kinds: abuse},
		{name: "a claims assessor who cannot count", text: "My claims assessor can't count to five, she lost half my points.", decision: Review, kinds: abuse},
		{name: "German IQ of a thing", text: "Der Sachbearbeiter hat den IQ eines Kühlschranks.", decision: Review, kinds: abuse},
		{name: "Italian without a brain", text: "L'impiegato del catasto è senza cervello, ha sbagliato tutto.", decision: Review, kinds: abuse},
		{name: "Portuguese cannot count", text: "O atendente do INSS não sabe contar até três.", decision: Review, kinds: abuse},
		{name: "Spanish a vase", text: "El funcionario de tráfico es un florero, no hace nada.", decision: Review, kinds: abuse},
		{name: "French death wish after a wish", text: "J'espère que la contrôleuse crèvera seule dans son bureau.", kinds: abuse},
		{name: "Spanish jussive death wish", text: "El inspector que me multó, que se muera.", kinds: abuse},
		{name: "German jussive death wish", text: "Der Typ vom Ordnungsamt soll verrecken.", kinds: abuse},
		{name: "Portuguese jussive death wish", text: "O fiscal da câmara, que morra.", kinds: abuse},
		{name: "Italian at sign ending a word", text: "quella dell'ufficio è una stronz@", decision: Review, kinds: abuse},
		{name: "French taken for idiots", text: "On nous prend pour des idiots avec ce courrier.", decision: Publish, absent: abuse},
		{name: "Spanish taken for fools", text: "Nos toman por tontos con esta carta.", decision: Publish, absent: abuse},
		{name: "Italian taken for fools", text: "Ci prendono per stupidi con questa lettera.", decision: Publish, absent: abuse},
		{name: "software that cannot count is no insult", text: "Le logiciel ne sait pas compter jusqu'à trois, il a doublé mes loyers.", decision: Publish, absent: abuse},
		{name: "a father who cannot count any more", text: "Mon père ne sait pas compter jusqu'à dix depuis son AVC, l'aide à domicile est précieuse.", decision: Publish, absent: abuse},
		{name: "fed up in Spanish is no insult", text: "Estoy hasta los cojones de la web de la DGT.", absent: abuse},
	})
}
