package moderation

import (
	"testing"
)

// TestEngineHateOfRound40: a group called a weight on society with a word
// between, sick and perverted, invaders after the group, useless eaters.
// Not a generalisation said not true, a burden a person feels, nor
// pigeons soiling a square.
func TestEngineHateOfRound40(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "nur eine Last", text: "Behinderte sind nur eine Last für die Gesellschaft, die Krankenkassen sollten nicht zahlen.", decision: Reject, kinds: abuse},
		{name: "krank und pervers", text: "Schwule sind krank und pervers, die haben in Schulen nichts verloren.", decision: Reject, kinds: abuse},
		{name: "sind pervers", text: "Lesben sind pervers und gehören nicht ins Standesamt.", decision: Reject, kinds: abuse},
		{name: "des envahisseurs", text: "Les musulmans ne sont pas d'ici, ce sont des envahisseurs, plus de logements pour eux.", decision: Reject, kinds: abuse},
		{name: "useless eaters", text: "Disabled people on benefits are useless eaters, stop paying them.", decision: Reject, kinds: abuse},
		{name: "said not true", text: "Il n'est pas vrai que les migrants nous envahissent, la mairie devrait le rappeler.", decision: Publish, absent: abuse},
		{name: "a burden felt", text: "Meine Mutter fühlt sich wie eine Last für die Gesellschaft, weil das Amt sie so behandelt.", decision: Publish, absent: abuse},
		{name: "not only a burden", text: "Die Flüchtlinge sind nicht nur eine Last, sie sind eine Chance für unsere Stadt.", decision: Publish, absent: abuse},
		{name: "pigeons", text: "Les pigeons salissent tout sur la place de la mairie, personne ne nettoie.", decision: Publish, absent: abuse},
	})
}

// TestEngineQuotesOfRound40: a German report of a slur the writer was
// called ("als "…" beschimpft"), with security that only watched, is
// published; the writer's own slur so said is not.
func TestEngineQuotesOfRound40(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "called a slur", text: `Gestern hat mich ein Mann am Schalter als "Kanake" beschimpft. Der Sicherheitsdienst hat nur zugeschaut.`, decision: Publish, absent: abuse},
		{name: "the writer's own", text: `Ich habe den Mann als "Kanake" beschimpft. Der Sicherheitsdienst hat nur zugeschaut.`, decision: Review, kinds: abuse},
	})
}

// TestEngineNamesOfRound40: a name after a role of two words
// ("l'assistente sociale Moretti") and after the institution the role
// serves ("el inspector de Hacienda Martínez"). Not a branch's town
// after the institution, nor the institution itself.
func TestEngineNamesOfRound40(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "assistente sociale", text: "L'assistente sociale Moretti è stata gentile e veloce.", decision: Publish, gone: []string{"Moretti"}},
		{name: "trabajadora social", text: "La trabajadora social Fernández me ayudó con la solicitud.", decision: Publish, gone: []string{"Fernández"}},
		{name: "assistante sociale", text: "L'assistante sociale Durand a été très gentille avec nous.", decision: Publish, gone: []string{"Durand"}},
		{name: "de Hacienda", text: "El inspector de Hacienda Martínez fue muy amable conmigo.", decision: Publish, gone: []string{"Martínez"}, kept: []string{"Hacienda"}},
		{name: "vom Finanzamt", text: "Der Sachbearbeiter vom Finanzamt Müller war sehr geduldig.", decision: Publish, gone: []string{"Müller"}, kept: []string{"Finanzamt"}},
		{name: "a branch's town", text: "The agent at CPAM Bobigny was helpful, and the adviser de la CAF Lyon too.", decision: Publish, kept: []string{"Bobigny", "Lyon"}},
		{name: "a region", text: "Ho scritto al mediatore della CARSAT Rhône-Alpes, aspetto.", decision: Publish, kept: []string{"Rhône-Alpes"}},
	})
}
