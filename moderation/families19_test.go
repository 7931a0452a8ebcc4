package moderation

import "testing"

// TestEngineLanguageOfRound19: words of several languages count for each
// ("un" French, Spanish and Italian; "se" French, Spanish, Portuguese
// and Italian; "que" French, Spanish and Portuguese), and words of one
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
		{name: "a Spanish sentence of shared words", text: "Pilar, la de la ventanilla 3 del centro de salud, es un sol.", decision: Publish, lang: "es", kept: []string{"[nombre ocultado]"}},
	})
}

// TestEngineInsultsWithoutSwearWordsOfRound19: wits compared with a
// person before them, things and animals a person is said to be, death
// wished in the imperative, an at sign ending a disguised word; and the
// writer taken for a fool, which is a complaint. The fair texts are the
// review's: a role alone (the teacher, the nurse) aims none of these
// rules, whose words are said of children, software and waste.
func TestEngineInsultsWithoutSwearWordsOfRound19(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "German IQ of a thing", text: "Der Sachbearbeiter hat den IQ eines Kühlschranks.", decision: Review, kinds: abuse},
		{name: "Italian without a brain", text: "L'impiegato del catasto è senza cervello, ha sbagliato tutto.", decision: Review, kinds: abuse},
		{name: "Spanish a vase", text: "El funcionario de tráfico es un florero, no hace nada.", decision: Review, kinds: abuse},
		{name: "Spanish fewer lights than", text: "Mi asesora tiene menos luces que un barco pirata.", decision: Review, kinds: abuse},
		{name: "fewer lights than before", text: "El alcalde prometió farolas nuevas, pero la calle sigue con menos luces que antes.", decision: Publish, absent: abuse},
		{name: "English an old hen", text: "The receptionist is an old hen who clucks at everyone.", decision: Review, kinds: abuse},
		{name: "Italian copula and a sack of potatoes", text: "Il funzionario è un sacco di patate, non si muove.", decision: Review, kinds: abuse},
		{name: "the calf at desk 2", text: "Le veau du guichet 2 m'a regardé cinq minutes sans rien comprendre.", decision: Review, kinds: abuse},
		{name: "the donkey at window 6", text: "The donkey at window 6 took forty minutes to take one photo.", decision: Review, kinds: abuse},
		{name: "the cow at the counter", text: "A vaca do balcão 3 ficou a olhar para mim dez minutos.", decision: Review, kinds: abuse},
		{name: "the rat at desk 4 is a rat", text: "Le rat du guichet 4 court toujours, personne ne fait rien contre les nuisibles.", decision: Publish, absent: abuse},
		{name: "the library's parrot", text: "The parrot at reception is the library mascot, the children love it.", decision: Publish, absent: abuse},
		{name: "the queue at counter 3", text: "Die Schlange am Schalter 3 war heute wieder endlos.", decision: Publish, absent: abuse},
		{name: "a kind wish for a hurt officer", text: "I hope the officer who got hit by a car yesterday is OK.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "ok as a tag is no recovery", text: "I hope you get hit by a bus, ok?", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "tá bem as a tag is no recovery", text: "Espero que morras, tá bem?", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a lollipop lady who is okay", text: "I hope the lollipop lady is okay, she was nearly hit by a car outside the school.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "an agent hit yesterday who is well", text: "Spero che il funzionario investito ieri stia bene.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "German du right before the harm", text: "Ich hoffe, du verreckst.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German Sie right before the harm", text: "Ich hoffe, Sie verrecken bald.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German passive after the wish", text: "Hoffentlich wirst du überfahren.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Sie who drives", text: "Ich hoffe, Sie überfahren niemanden mit diesem Dienstwagen.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "French tu before crèveras", text: "J'espère que tu crèveras avant Noël.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "they fix the road before an accident", text: "I hope they fix the road before an accident happens.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "before the year is out is no recovery", text: "I hope before the year is out you get hit by a bus.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "better is no recovery", text: "I hope you, or better your whole family, die in a fire.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a mild word about the agent near a form", text: "L'agent qui a traité mon formulaire est débile.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "the IQ of my father", text: "The assessor measured the IQ of my father after his stroke.", decision: Publish, absent: abuse},
		{name: "rats at the desk are rats", text: "Il y a des rats au guichet, c'est dégoûtant.", decision: Publish, absent: abuse},
		{name: "the library's cat", text: "Le chat de l'accueil de la médiathèque est adorable.", decision: Publish, absent: abuse},
		{name: "French death wish after a wish", text: "J'espère que la contrôleuse crèvera seule dans son bureau.", kinds: abuse},
		{name: "Spanish imperative death wish", text: "Vete a morir, funcionario.", kinds: abuse},
		{name: "Italian at sign ending a word", text: "quella dell'ufficio è una stronz@", decision: Review, kinds: abuse},
		{name: "French taken for idiots", text: "On nous prend pour des idiots avec ce courrier.", decision: Publish, absent: abuse},
		{name: "Spanish taken for fools", text: "Nos toman por tontos con esta carta.", decision: Publish, absent: abuse},
		{name: "Italian taken for fools", text: "Ci prendono per stupidi con questa lettera.", decision: Publish, absent: abuse},
		{name: "software that cannot count is no insult", text: "Le logiciel ne sait pas compter jusqu'à trois, il a doublé mes loyers.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a father who cannot count any more", text: "Mon père ne sait pas compter jusqu'à dix depuis son AVC, l'aide à domicile est précieuse.", decision: Publish, absent: abuse},
		{name: "fed up in Spanish is no insult", text: "Estoy hasta los cojones de la web de la DGT.", absent: abuse},
		{name: "a teacher's accident is no wish of harm", text: "J'espère que l'enseignante de mon fils se remettra vite d'un accident aussi grave.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a postman run over is no wish of harm", text: "Espero que o carteiro esteja bem, foi atropelado na minha rua ontem.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a child who can count", text: "Die Lehrerin meinte, mein Sohn kann schon bis zehn zählen.", decision: Publish, absent: abuse},
		{name: "a baby's brain", text: "La pediatra nos explicó cómo se desarrolla el cerebro de un bebé prematuro.", decision: Publish, absent: abuse},
		{name: "waste is a waste", text: "Le responsable de la déchetterie m'a expliqué que le polystyrène est un déchet recyclable.", decision: Publish, absent: abuse},
		{name: "a pumpkin is a vegetable", text: "Der Mitarbeiter im Bürgerbüro sagte, Kürbis ist ein Gemüse.", decision: Publish, absent: abuse},
		{name: "good luck in Italian", text: "In bocca al lupo alla nuova direttrice! Che crepi il lupo.", decision: Publish, absent: abuse},
		{name: "fear that a mother dies", text: "Tengo miedo de que se muera mi madre esperando al especialista.", absent: abuse},
		{name: "nobody should die in the queue", text: "Não quero que morra ninguém nesta fila.", absent: abuse},
		{name: "a flat tyre", text: "Le pneu du vélo de location, qu'il crève ou non, c'est pour moi.", absent: abuse},
		{name: "the IQ of a child", text: "The assessor said the IQ of a child is not tested at this age.", decision: Publish, absent: abuse},
		{name: "a nurse recovering", text: "I hope the nurse recovers quickly after an accident like that.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a traffic light before an accident", text: "Ich hoffe, der Bürgermeister stellt eine Ampel auf, bevor ein Kind überfahren wird.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "an accident wished on the adviser", text: "J'espère que la conseillère aura un accident.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a useless attempt", text: "Fue un inútil intento de arreglar el problema.", decision: Publish, absent: abuse},
		{name: "a vulgar word about a site is profanity", text: "Ce site est con, il plante à chaque étape.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "a mild word about an adviser is an insult", text: "La conseillère est débile.", decision: Review, kinds: abuse},
		{name: "wine lees", text: "La feccia del vino va nell'umido, ha detto l'addetto.", decision: Publish, absent: abuse},
		{name: "plants left to die", text: "Die Pflanzen im Hof sollen verrecken, weil niemand sie gießt?", absent: abuse},
	})
}

// TestEngineReportedInsultsOfRound19: "moi" after a preposition of place
// is where the writer stood, not who spoke ("pour moi" is his view); and
// the models do not read a quotation the rules found reported.
func TestEngineReportedInsultsOfRound19(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a user behind me", text: "Un usager derrière moi a traité la guichetière de « grosse vache ». Elle est restée calme.", decision: Publish, absent: abuse},
		{name: "a man next to me", text: "Un homme à côté de moi a traité l'agent de « gros porc », personne n'a réagi.", decision: Publish, absent: abuse},
		{name: "Spanish they called", text: "Unos chicos llamaron a la cajera « gorda asquerosa », nadie dijo nada.", decision: Publish, absent: abuse},
		{name: "the writer shouted it", text: "Moi j'ai crié « bande de connards » au guichet.", decision: Review, kinds: abuse},
		{name: "in my view is the writer's", text: "L'agent a dit que c'était fini, et pour moi c'est un « gros connard ».", decision: Review, kinds: abuse},
		{name: "my wife and I shouted it", text: "Ma femme et moi avons crié « bande de connards ».", decision: Review, kinds: abuse},
	})
}

// TestEngineLanguageTiesOfRound19: when the frequent words tie, the
// trigram model chooses among the tied languages alone, however short the
// text; ü is Spanish in güe and güi only.
func TestEngineLanguageTiesOfRound19(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Italian un", text: "Un servizio pessimo.", lang: "it"},
		{name: "French un", text: "Un accueil parfait, bravo.", lang: "fr"},
		{name: "Spanish un", text: "Un trato muy amable.", lang: "es"},
		{name: "Portuguese que", text: "Que atendimento péssimo.", lang: "pt"},
		{name: "Italian se", text: "Se possibile, rispondete.", lang: "it"},
		{name: "Spanish ü", text: "Es una vergüenza.", lang: "es"},
		{name: "German ü", text: "Es dauert über eine Stunde.", lang: "de"},
		{name: "German ü after g", text: "Günstig, gültig, gut.", lang: "de"},
		// A tie leaves every tied language's short words of abuse
		// applying, whichever the trigrams chose.
		{name: "a short Italian insult", text: "Un pirla.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a short French insult", text: "Se faire insulter par un con.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}
