package moderation

import "testing"

// Families of misses found on heldout-9 once it had been measured,
// written anew.

func TestEngineAccentedWordsAreNoNamesRound6(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a verb with accents a first name lacks (Peter)", text: "franchement le site de la caf va me faire péter les plombs, trois fois que je recommence", decision: Publish, kept: []string{"péter"}},
		{name: "a participle with accents a first name lacks (Marie)", text: "je me suis marié en juin et la caf me demande encore le livret de famille", decision: Publish, kept: []string{"marié"}},
		{name: "the same at the start of a sentence", text: "Pété, l'écran de la borne à la gare. Personne ne répare.", decision: Publish, kept: []string{"Pété"}},
		{name: "an Italian future tense (Sara)", text: "sarà la terza volta che vengo in prefettura per lo stesso documento", decision: Publish, kept: []string{"sarà"}},
		{name: "a word after a role word (Lamine)", text: "le maire a laminé le budget des associations cette année", decision: Publish, kept: []string{"laminé"}},
		{name: "Italian come is no Côme", text: "in comune come al solito nessuno risponde al telefono", decision: Publish, kept: []string{"come"}},
		{name: "a lower-case name with its own accents is still masked", text: "c'est ramón qui m'a aidé au guichet, super gentil", decision: Publish, gone: []string{"ramón"}},
		{name: "a lower-case name without its accents is still masked", text: "j'ai été reçue par helene, très pro", decision: Publish, gone: []string{"helene"}},
	})
}

func TestEngineRemarksOnLooksRound6(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a remark on a clerk's looks in Spanish", text: "La cajera de la oficina de correos está buenísima, por eso voy tanto.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a remark on an adviser's looks in Portuguese", text: "Fui à CAF só para ver a atendente, que gostosa.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a remark on an adviser's figure in French", text: "L'agente de l'accueil est bien gaulée, dommage qu'elle soit si lente.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a striptease wished on an agent", text: "Celle du guichet 2 devrait plutôt faire du strip-tease, elle aurait plus de succès.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "good food is no remark", text: "La comida del comedor social está buena y el personal es amable.", decision: Publish, absent: clean},
		{name: "a blonde who was curt is no remark", text: "La blonde au guichet m'a répondu sèchement mais le dossier est passé.", decision: Publish, absent: clean},
	})
}
