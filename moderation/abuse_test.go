package moderation

import (
	"maps"
	"slices"
	"testing"

	"github.com/avisproject/avis/moderation/lexicon"
)

// testAbuse builds the abuse stage from a small inline lexicon.
func testAbuse() (*folder, *abuse) {
	f := newFolder()
	set := &lexicon.Set{
		Abuse: []lexicon.AbuseTerm{
			{Term: "con", Category: "insult", Severity: 2, Lang: "fr"},
			{Term: "connard", Category: "insult", Severity: 3, Lang: "fr"},
			{Term: "encul*", Category: "insult", Severity: 3, Lang: "fr"},
			{Term: "pute", Category: "insult", Severity: 3, Lang: "fr"},
			{Term: "merde", Category: "profanity", Severity: 1, Lang: "fr"},
			{Term: "putain", Category: "profanity", Severity: 1, Lang: "fr"},
			{Term: "bougnoule", Category: "hate", Severity: 4, Lang: "fr"},
			{Term: "je sais où tu habites", Category: "threat", Severity: 4, Lang: "fr"},
			{Term: "shit", Category: "profanity", Severity: 1, Lang: "en"},
			{Term: "fuck", Category: "profanity", Severity: 2, Lang: "en"},
			{Term: "bitch", Category: "insult", Severity: 3, Lang: "en"},
			{Term: "cunt", Category: "insult", Severity: 3, Lang: "en"},
			{Term: "anal", Category: "sexual", Severity: 2, Lang: "en"},
			{Term: "cul", Category: "profanity", Severity: 1, Lang: "fr"},
			{Term: "nique", Category: "profanity", Severity: 2, Lang: "fr"},
			{Term: "idiot", Category: "insult", Severity: 2, Lang: "en"},
		},
		Allow:      []string{"enculturation", "cul-de-sac", "pique-nique", "idiot-proof"},
		Targets:    []lexicon.CueTerm{{Term: "fonctionnaires", Class: "person"}, {Term: "you", Class: "you"}, {Term: "immigrés", Class: "group"}},
		ThreatCues: []lexicon.CueTerm{{Term: "je vais", Class: "intent"}, {Term: "tuer", Class: "violence"}, {Term: "fusil", Class: "weapon"}, {Term: "me", Class: "self"}},
	}
	return f, newAbuse(f, set, nil)
}

// abuseKinds returns the kinds the abuse stage finds in text, read as
// language lang, sorted.
func abuseKinds(text, lang string) []Kind {
	f, a := testAbuse()
	var n, joined normalized
	n.normalize(f, text)
	joined.joinSplits(&n)
	var kinds []Kind
	for _, n := range []*normalized{&n, &joined} {
		hits, _, _ := a.scan(n, nil, nil, nil, new([]match), nil)
		for _, fd := range a.classify(hits, 1<<langIndex(lang), n, nil, nil) {
			if !slices.Contains(kinds, fd.kind) {
				kinds = append(kinds, fd.kind)
			}
		}
	}
	slices.Sort(kinds)
	return kinds
}

func TestAbuse(t *testing.T) {
	abuse, profanity, threat := []Kind{KindAbuse}, []Kind{KindProfanity}, []Kind{KindThreat}
	tests := []struct {
		name string
		text string
		lang string
		want []Kind
	}{
		{"insult", "quel connard", "fr", abuse},
		{"insult with leetspeak", "quel c0nn4rd", "fr", abuse},
		{"insult with letters repeated", "quel connnnnnard", "fr", abuse},
		{"insult spelt with dots", "un e.n.c.u.l.é", "fr", abuse},
		{"insult spelt with spaces", "un c o n n a r d", "fr", abuse},
		{"insult split by a hyphen", "un enc-ulé", "fr", abuse},
		{"insult with Cyrillic letters", "quel соnnаrd", "fr", abuse},
		{"insult in full-width letters", "ｃｏｎｎａｒｄ", "fr", abuse},
		{"insult with a star", "what a b*tch", "en", abuse},
		{"stem with any ending", "ces enculés", "fr", abuse},
		{"allowed word starting like a stem", "l'enculturation", "fr", nil},
		{"allowed compound with hyphens", "on a pique-niqué au bout du cul-de-sac", "fr", nil},
		{"allowed compound, its words apart", "un pique-nique dans le cul-de-sac de la rue", "fr", nil},
		{"allowed compound in English", "the new form is idiot-proof", "en", nil},
		{"an insult beside an allowed compound", "what an idiot, the form is idiot-proof", "en", abuse},
		{"a word of an allowed compound alone", "nique la mairie", "fr", profanity},
		{"allowed compound with letters repeated", "au bout du culll-de-sac", "fr", nil},
		{"allowed compound with Unicode hyphens", "la rue en cul\u2010de\u2010sac", "fr", nil},
		{"a space before the hyphen makes no compound", "on a pique -nique", "fr", profanity},
		{"mild profanity alone is profanity", "putain, 3 heures d'attente", "fr", profanity},
		{"profanity about a website is profanity", "the website is shit", "en", profanity},
		{"profanity after people is abuse", "fonctionnaires de merde", "fr", abuse},
		{"profanity at you is abuse", "fuck you", "en", abuse},
		{"slur is abuse", "des bougnoules", "fr", abuse},
		{"vulgar word next to a group is abuse", "putain d'immigrés", "fr", abuse},
		{"threat phrase", "je sais où tu habites", "fr", threat},
		{"intent and violence", "je vais le tuer", "fr", threat},
		{"intent and weapon", "je vais revenir avec un fusil", "fr", threat},
		{"violence against oneself is not a threat", "je vais me tuer", "fr", nil},
		{"a weapon without intent is not a threat", "le fusil de mon grand-père", "fr", nil},
		{"conseil is not con", "le conseil de la conseillère", "fr", nil},
		{"contacter and consulter are clean", "contacter puis consulter", "fr", nil},
		{"Mâcon is clean", "la CAF de Mâcon", "fr", nil},
		{"députée and réputation are clean", "la députée a une bonne réputation", "fr", nil},
		{"computer and analyse are clean", "computer analyse", "en", nil},
		{"Bitche and Scunthorpe are clean", "Bitche, Scunthorpe", "en", nil},
		{"con in Spanish is not an insult", "fui con mi hija", "es", nil},
		{"a short French term in an English text is ignored", "the con artist", "en", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := abuseKinds(tt.text, tt.lang); !slices.Equal(got, tt.want) {
				t.Fatalf("abuse(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAutomatonFindsWordStarts(t *testing.T) {
	a := newAutomaton([]string{" he", " she", " his", " hers"}, nil)
	tests := []struct {
		name string
		text string
		want []match
	}{
		{"patterns starting words are found, overlapping ones too", "she hers his", []match{{id: 1, start: 0, end: 3}, {id: 0, start: 4, end: 6}, {id: 3, start: 4, end: 8}, {id: 2, start: 9, end: 12}}},
		{"patterns inside a word are not found", "ushers", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.findWords([]byte(tt.text), nil, nil); !slices.Equal(got, tt.want) {
				t.Fatalf("findWords(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCueClassesMatchTheLexicon(t *testing.T) {
	for file, classes := range map[string]map[string]uint8{"threat_cues.txt": threatCueClasses, "targets.txt": targetClasses} {
		names := slices.Sorted(maps.Keys(classes))
		want := slices.Sorted(slices.Values(lexicon.CueClasses(file)))
		if !slices.Equal(names, want) {
			t.Errorf("%s: the engine knows %v, lexicon.CueClasses lists %v", file, names, want)
		}
	}
}
