package moderation

import "testing"

// TestEngineContemptOfRound33: nouns of contempt for a person, insults
// once aimed ("sont des sadiques", "est un tyran frustré et une nullité",
// "a thug", "eine unfreundliche Schreckschraube", "um mal-educado"); the
// old cliché of women kept at home. Not the same words aimed at no one (a
// play's tyrant, a brute force attack, yobs who broke a shelter), a
// bully at school, a woman who stayed home with her children.
func TestEngineContemptOfRound33(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sadistic agents", text: "Les agents du bureau des étrangers de la préfecture sont des sadiques, point final.", decision: Reject, kinds: abuse},
		{name: "a tyrant and a nobody", text: "Le prof de maths de mon fils, M. Garnier, est un tyran frustré et une nullité en pédagogie.", decision: Review, kinds: abuse},
		{name: "a thug", text: "The bailiff the council sent round is a thug, and I'll be saying so to anyone who'll listen.", decision: Review, kinds: abuse},
		{name: "a Schreckschraube", text: "Die Dame am Empfang vom Finanzamt ist eine unfreundliche Schreckschraube.", decision: Review, kinds: abuse},
		{name: "mal-educado", text: "O funcionário das Finanças de Braga é um mal-educado, tratou-me como lixo.", decision: Review, kinds: abuse},
		{name: "maleducata", text: "L'impiegata dell'anagrafe è una maleducata.", decision: Review, kinds: abuse},
		{name: "women at home", text: "L'agence n'est gérée que par des bonnes femmes. Les femmes, c'est fait pour rester à la maison, pas pour instruire des dossiers.", decision: Reject, kinds: abuse},
		{name: "a play's tyrant", text: "La troupe du centre social a joué le rôle d'un tyran, les enfants ont adoré.", decision: Publish, absent: abuse},
		{name: "brute force", text: "The council's portal locked my account after a brute force attack, nobody at the helpdesk could unlock it.", decision: Publish, absent: abuse},
		{name: "yobs at the shelter", text: "Yobs smashed the bus shelter on Mill Road again, can the council fix it?", decision: Publish, absent: abuse},
		{name: "a bully at school", text: "The other boy in my son's class is a bully and the school does nothing.", decision: Publish, absent: abuse},
		{name: "stayed home", text: "Ma femme a dû rester à la maison avec les enfants, la crèche était fermée.", decision: Publish, absent: abuse},
	})
}
