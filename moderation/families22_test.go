package moderation

import "testing"

// TestEngineLowerCaseTitlesOfRound22: from a writer who does not
// capitalise, a lower-case title is a noun as often as a title, and the
// word after it that is plainly no name (a role, a verb of saying, a
// frequent word, a verb by its ending) stays; any other is masked. "pr"
// and "ms" of text-message French (pour, mais) are no titles.
func TestEngineLowerCaseTitlesOfRound22(t *testing.T) {
	names := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "la señora and a verb", text: "fui a la caf y la señora llegó tarde, dijo que volviera mañana", decision: Publish, kept: []string{"la señora llegó tarde"}, absent: names},
		{name: "a senhora and a verb", text: "fui a prefeitura e a senhora disse que nao tinha vaga", decision: Publish, kept: []string{"a senhora disse"}, absent: names},
		{name: "il signore and a simple past", text: "sono andata in comune e il signore parlò al telefono tutto il tempo", decision: Publish, kept: []string{"il signore parlò"}, absent: names},
		{name: "le monsieur and an imperfect", text: "le monsieur parlait trop vite et voulait pas m'écouter", decision: Publish, kept: []string{"le monsieur parlait"}, absent: names},
		{name: "el señor and an imperfect", text: "fui a la prefectura y el señor gritaba mucho", decision: Publish, kept: []string{"el señor gritaba"}, absent: names},
		{name: "o senhor and a role", text: "quero ver o senhor vereador a explicar isso na reunião", decision: Publish, kept: []string{"o senhor vereador"}, absent: names},
		{name: "an unknown surname after an article", text: "la madame quéméner de la caf m'a raccroché au nez", decision: Publish, gone: []string{"quéméner"}},
		{name: "a surname with its particle", text: "le docteur le goff est très à l'écoute merci", decision: Publish, gone: []string{"goff"}},
		{name: "la señora and a known surname", text: "fui a la caf y la señora garcía me atendio muy bien", decision: Publish, gone: []string{"garcía"}, kept: []string{"la señora"}},
		{name: "after a particle of names only", text: "le docteur van der berg a quitté le service sans prévenir personne", decision: Publish, gone: []string{"van der berg"}},
		{name: "a title without article", text: "merci a madame kowalczyk qui ma bien aidé pour mon dossier", decision: Publish, gone: []string{"kowalczyk"}},
		{name: "an abbreviated title after an article", text: "la sra lópez me atendio muy bien en la oficina", decision: Publish, gone: []string{"lópez"}},
		{name: "a Breton surname with its particle", text: "mme le bihan de la caf a été super avec moi", decision: Publish, gone: []string{"bihan"}, kept: []string{"mme"}},
		{name: "after an article and a title", text: "le monsieur le floch a été très désagréable au guichet", decision: Publish, gone: []string{"floch"}},
		{name: "a Portuguese surname with its particle", text: "o senhor da silva atendeu bem e rapido", decision: Publish, gone: []string{"silva"}},
		{name: "a title and a role", text: "monsieur le receveur m'a rappelé hier soir", decision: Publish, kept: []string{"monsieur le receveur"}, absent: names},
		{name: "a particle before where the person works", text: "o senhor da junta atendeu bem e rapido", decision: Publish, kept: []string{"o senhor da junta"}, absent: names},
		{name: "an Italian title cut short", text: "sono andata in comune e il signor calò mi ha aiutato", decision: Publish, gone: []string{"calò"}},
		{name: "a French surname ending like a verb", text: "le monsieur dubait m'a aidé pour mon dossier", decision: Publish, gone: []string{"dubait"}},
		{name: "an Italian ending in a French text", text: "le monsieur calò m'a aidé pour mon dossier", decision: Publish, gone: []string{"calò"}},
		{name: "Doktor before a surname", text: "Doktor Schneider war sehr nett und hat alles erklärt.", decision: Publish, gone: []string{"Schneider"}, kept: []string{"Doktor"}},
		{name: "Herr Doktor said to the doctor", text: "Herr Doktor, Sie haben meinen Vater gerettet. Danke.", decision: Publish, kept: []string{"Herr Doktor"}, absent: names},
		{name: "a doctor's degree", text: "Ich habe einen Doktor in Chemie und finde keine Arbeit.", decision: Publish, kept: []string{"Doktor in Chemie"}, absent: names},
		{name: "pr for pour", text: "coucou c juste pr dire ke la caf a payé merci", decision: Publish, kept: []string{"pr dire"}, absent: names},
		{name: "le pr", text: "rdv avec le pr kerbrat au chu dans 3 mois", decision: Publish, gone: []string{"kerbrat"}},
		{name: "pr and a known surname", text: "pr dupont ma très bien soigné a l'hopital", decision: Publish, gone: []string{"dupont"}},
		{name: "ms before a known surname", text: "mr dupont et ms durand m'ont reçu au guichet", decision: Publish, gone: []string{"dupont", "durand"}},
		{name: "ms for mais", text: "jai attendu 2h ms personne repond au telephone", decision: Publish, kept: []string{"ms personne"}, absent: names},
		{name: "Pr with its capital", text: "Le Pr Kowalczyk a été très clair sur le traitement de ma fille.", decision: Publish, gone: []string{"Kowalczyk"}},
		{name: "ms in English", text: "ms kowalczyk at the front desk was really helpful", decision: Publish, gone: []string{"kowalczyk"}},
	})
}

// TestEngineGeneralisationsOfRound22: a generalisation about peoples and
// faiths the group words lacked is hate; denied ("ne sont pas tous") or
// reported to be refuted ("people say…, but") it is none.
func TestEngineGeneralisationsOfRound22(t *testing.T) {
	hate := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the Chinese", text: "The Chinese at the market are all thieves, the mairie should close their stalls.", decision: Reject, kinds: hate},
		{name: "terrorists in Spanish", text: "Los árabes de la prefectura son todos terroristas, que los echen.", decision: Reject, kinds: hate},
		{name: "German Muslims", text: "Die Muslime im Amt sind alle Terroristen.", decision: Reject, kinds: hate},
		{name: "denied in French", text: "Les musulmans ne sont pas tous des voleurs, arrêtez les amalgames dans les commentaires.", decision: Publish, absent: hate},
		{name: "denied in Spanish", text: "Los gitanos no son todos ladrones, mis vecinos son muy honrados.", decision: Publish, absent: hate},
		{name: "a negation of an earlier clause", text: "Les roms ne travaillent pas et sont tous des voleurs.", decision: Reject, kinds: hate},
		{name: "a negation before a comma", text: "Les roms ne bossent jamais, sont tous des voleurs.", decision: Reject, kinds: hate},
		{name: "never in English", text: "Gypsies never work and are all thieves.", decision: Reject, kinds: hate},
		{name: "no before a comma in Spanish", text: "Los gitanos no trabajan, son todos ladrones.", decision: Reject, kinds: hate},
		{name: "a prejudice refuted", text: "People say Nigerians are all fraudsters, but the consulate staff were great.", decision: Publish, absent: hate},
		{name: "a group praised", text: "The Chinese families in our building are all very kind, thank you for the new lift.", decision: Publish, absent: hate},
	})
	// The rules no longer reject this; the abuse model still sends it to
	// a moderator (Roms, voleurs and racisme are its words of hate).
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "on dit que", text: "Quand on dit que les Roms sont tous des voleurs, c'est du racisme, et la mairie devrait le dire.", decision: Publish, absent: hate},
	})
}

// TestEngineReportedNameCallingOfRound22: what someone called the writer,
// said in the other ways of the six languages, is reported, not the
// writer's insult; the writer's own insult beside it is still one.
func TestEngineReportedNameCallingOfRound22(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "m'a appelé", text: "Il m'a appelé crétin devant tout le monde, c'est inadmissible.", decision: Publish, absent: abuse},
		{name: "m'a qualifiée de", text: "Elle m'a qualifiée d'idiote, je demande des excuses.", decision: Publish, absent: abuse},
		{name: "hat mich einen … genannt", text: "Der Beamte hat mich einen Idioten genannt, das geht nicht.", decision: Publish, absent: abuse},
		{name: "nannte mich", text: "Er nannte mich einen Versager vor allen Leuten.", decision: Publish, absent: abuse},
		{name: "me dijo", text: "La funcionaria me dijo imbécil delante de todos.", decision: Publish, absent: abuse},
		// The rules publish it; since round 23's retraining the abuse
		// model reads "davanti a tutti" after a person as abuse, at the
		// edge of its threshold, and a moderator reads it.
		{name: "mi ha chiamato", text: "L'impiegata mi ha chiamato cretino davanti a tutti.", decision: Publish, absent: abuse},
		{name: "mi ha definito", text: "Mi ha definito un fannullone, inaccettabile.", decision: Publish, absent: abuse},
		{name: "calling me", text: "The clerk kept calling me an idiot in front of everyone.", decision: Publish, absent: abuse},
		{name: "referred to me as", text: "She referred to me as a moron to her colleague.", decision: Publish, absent: abuse},
		{name: "the writer's own insult beside a report", text: "You idiot, calling me a liar when I brought every paper.", decision: Review, kinds: abuse},
	})
}
