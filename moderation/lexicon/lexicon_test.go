package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultHasEveryList(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string]int{
		"first names": len(s.FirstNames), "first names that are words": len(s.FirstNameWords),
		"surnames": len(s.Surnames), "abuse": len(s.Abuse), "allow": len(s.Allow),
		"acronyms": len(s.Acronyms), "institutions": len(s.Institutions), "place words": len(s.PlaceWords),
		"spam": len(s.Spam), "titles": len(s.Titles), "roles": len(s.Roles), "stopwords": len(s.Stopwords),
	}
	for name, n := range lists {
		if n == 0 {
			t.Errorf("embedded %s list is empty", name)
		}
	}
	langs := map[string]bool{}
	for _, a := range s.Abuse {
		langs[a.Lang] = true
	}
	for _, l := range Languages() {
		if !langs[l] {
			t.Errorf("no abuse terms for %s", l)
		}
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name, file, body, want string
	}{
		{"unknown category", "abuse_fr.txt", "# c\ntocard\tinsulte\t2\n", "abuse_fr.txt: line 2: unknown category"},
		{"severity out of range", "abuse_en.txt", "jerk\tinsult\t9\n", "severity"},
		{"missing field", "abuse_de.txt", "Idiot\tinsult\n", "line 1"},
		{"spam weight not a number", "spam.txt", "casino\tbeaucoup\n", "weight"},
		{"cue without class", "titles.txt", "Mme\n", "term<TAB>class"},
		{"unknown threat cue class", "threat_cues.txt", "# c\nfusil\tweapon\nsabre\tarme\n", `threat_cues.txt: "sabre": unknown class "arme"`},
		{"unknown target class", "targets.txt", "usagers\tpersonne\n", "unknown class"},
		{"stop words of an unsupported language", "stopwords.txt", "och\tsv\n", "unknown class"},
		{"unknown name word class", "name_words.txt", "ould\tparticule\n", `name_words.txt: "ould": unknown class "particule"`},
		{"unknown personal cue class", "personal_cues.txt", "usager\tnumero\n", `personal_cues.txt: "usager": unknown class "numero"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{tt.file: {Data: []byte(tt.body)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load error = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestLoadDirReadsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"abuse_fr.txt": "\ufeff# agency words\ntocard\tinsult\t2\n\nbouffon*\tinsult\t2\n",
		"allow.txt":    "Conques\n",
		"acronyms.txt": "CCAS\r\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Abuse) != 2 || s.Abuse[0] != (AbuseTerm{Term: "tocard", Category: Insult, Severity: 2, Lang: "fr"}) || s.Abuse[1].Term != "bouffon*" {
		t.Errorf("abuse = %+v", s.Abuse)
	}
	if len(s.Allow) != 1 || s.Allow[0] != "Conques" || len(s.Acronyms) != 1 || s.Acronyms[0] != "CCAS" {
		t.Errorf("allow %q acronyms %q", s.Allow, s.Acronyms)
	}
	if len(s.FirstNames) != 0 {
		t.Errorf("missing files must be empty lists, got %d first names", len(s.FirstNames))
	}
	if _, err := LoadDir(filepath.Join(dir, "abuse_fr.txt")); err == nil {
		t.Error("LoadDir accepted a file")
	}
}

func TestMergeAppendsEveryList(t *testing.T) {
	a := &Set{Acronyms: []string{"CAF"}}
	a.Merge(&Set{Acronyms: []string{"CCAS"}, Allow: []string{"Conques"}})
	a.Merge(nil)
	if len(a.Acronyms) != 2 || len(a.Allow) != 1 {
		t.Fatalf("merged %+v", a)
	}
}

// TestNoEntryWrittenTwice checks that no embedded list holds the same
// line twice: a second copy changes nothing, and hides that the entry
// was already there when a round adds it again.
func TestNoEntryWrittenTwice(t *testing.T) {
	files, err := fs.Glob(embedded, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_model.txt") {
			continue // written by train-model
		}
		data, err := fs.ReadFile(embedded, name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(string(data), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if first, ok := seen[line]; ok {
				t.Errorf("%s:%d: %q is line %d already", name, i+1, line, first)
				continue
			}
			seen[line] = i + 1
		}
	}
}
