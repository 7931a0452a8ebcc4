package moderation

import "testing"

// Families of misses found on heldout-8, written anew.

func TestEngineNamesRound5(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case surname after a lower-case first name a role word announces", text: "the adviser called nadia girard at the tax office sorted it out, thanks nadia", decision: Publish, gone: []string{"nadia", "girard"}, kept: []string{"adviser", "tax office"}},
		{name: "a lower-case first name a few words after a role word", text: "La conseillère du guichet 3, nadia il me semble, a tout repris depuis le début.", decision: Publish, gone: []string{"nadia"}, kept: []string{"conseillère", "guichet"}},
		{name: "a title and a role are no name", text: "Madame la Conseillère, je vous remercie de votre réponse rapide.", decision: Publish, kept: []string{"Conseillère"}},
		{name: "a lone first name after in is a place", text: "We moved from Leeds, been in Florence six years now, the consulate was helpful.", decision: Publish, kept: []string{"Florence"}},
		{name: "a name in capitals stops before the agency", text: "M. GARNIER DE LA MAIRIE M'A RENVOYE CHEZ MOI TROIS FOIS.", decision: Review, gone: []string{"GARNIER"}, kept: []string{"MAIRIE"}},
		{name: "a name in capitals stops before a hyphenated agency", text: "MME ROUSSEL DE LA SOUS-PREFECTURE NE REPOND JAMAIS AU TELEPHONE.", decision: Review, gone: []string{"ROUSSEL"}, kept: []string{"SOUS-PREFECTURE"}},
	})
}
