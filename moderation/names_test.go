package moderation

import (
	"slices"
	"testing"

	"github.com/avisproject/avis/moderation/lexicon"
)

// testNames builds the names stage from a small inline lexicon, so that
// the rules are tested apart from the shipped word lists; but for the
// small words of name_words.txt (particles, negations), which the rules
// are written with.
func testNames() (*folder, *names) {
	f := newFolder()
	shipped, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	set := &lexicon.Set{
		NameWords:      shipped.NameWords,
		FirstNames:     []string{"Amélie", "Mamadou", "Jean", "Marc", "Yasmina", "Sophie", "Victor", "Émile", "Étienne", "Denis", "Charles"},
		FirstNameWords: []string{"Pierre", "Rose", "France"},
		FirstNameLower: []string{"marc", "jean"},
		Surnames:       []string{"Martin", "Petit", "Diallo"},
		Acronyms:       []string{"CAF", "CPAM"},
		Institutions:   []string{"France Services", "La Poste"},
		PlaceWords:     []string{"rue", "lycée", "hôpital", "avenue", "place"},
		Titles:         []lexicon.CueTerm{{Term: "M", Class: "upper"}, {Term: "Mme", Class: "title"}, {Term: "Mr", Class: "title"}, {Term: "Madame", Class: "title"}},
		Roles:          []lexicon.CueTerm{{Term: "conseillère", Class: "role"}, {Term: "agent", Class: "role"}, {Term: "called", Class: "called"}},
		Stopwords:      []lexicon.CueTerm{{Term: "le", Class: "fr"}, {Term: "la", Class: "fr"}, {Term: "petit", Class: "fr"}, {Term: "merci", Class: "fr"}, {Term: "a", Class: "fr"}, {Term: "de", Class: "fr"}},
	}
	return f, newNames(f, set)
}

func findNames(text string, dir []string) []string {
	f, nm := testNames()
	toks, fold := f.tokenize(text, nil, nil)
	hashes := nm.annotateHashes(toks, fold, nil)
	keep := make([]bool, len(toks))
	nm.protect(text, toks, fold, hashes, keep, 0xff)
	var d *directory
	if dir != nil {
		d = newDirectory(f, dir, nm.particles)
	}
	var got []string
	for _, fd := range nm.find(text, toks, fold, keep, d, nil, shouted(text, toks), langIndex("fr")) {
		got = append(got, text[fd.start:fd.end])
	}
	return got
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		dir  []string
		want []string
	}{
		{"surname after M. is masked", "Reçu par M. Diallo hier.", nil, []string{"Diallo"}},
		{"unknown surname after Mme is masked", "Mme Kowalczyk a été top.", nil, []string{"Kowalczyk"}},
		{"surname that is a word after a title is masked", "Merci à Mme Petit.", nil, []string{"Petit"}},
		{"particles after a title belong to the name", "M. de La Fontaine refuse.", nil, []string{"de La Fontaine"}},
		{"lower-case title and name are masked", "mme durand est partie", nil, []string{"durand"}},
		{"name in capitals after a title is masked", "MME GIRARD M'A REÇU", nil, []string{"GIRARD"}},
		{"role word then a capitalised name", "La conseillère Sophie Martin m'a aidé.", nil, []string{"Sophie Martin"}},
		{"first name and surname", "Merci Amélie Petit pour tout.", nil, []string{"Amélie Petit"}},
		{"hyphenated first name", "Jean-Marc a été patient.", nil, []string{"Jean-Marc"}},
		{"first name alone mid-sentence", "Grâce à Mamadou, tout est réglé.", nil, []string{"Mamadou"}},
		{"lower-case writer's first name", "c'est yasmina qui m'a reçu", nil, []string{"yasmina"}},
		{"lower-case first name that is a word is kept", "j'ai un marc de café", nil, nil},
		{"lower-case word with accents the name lacks is kept", "encore des dénis de droits a la caf", nil, nil},
		{"lower-case name with its accents dropped is masked", "c'est emile qui m'a reçu", nil, []string{"emile"}},
		{"lower-case name with its own accents is masked", "c'est émile qui m'a reçu", nil, []string{"émile"}},
		{"first name that is a word needs a surname", "La pierre et la Rose du jardin.", nil, nil},
		{"first name that is a word with a surname is masked", "Reçu par Pierre Martin.", nil, []string{"Pierre Martin"}},
		{"street named after a person is kept", "rue Jean Jaurès et avenue Charles de Gaulle", nil, nil},
		{"school and hospital named after people are kept", "lycée Victor Hugo, hôpital Émile-Roux", nil, nil},
		{"a title after a place word starts a person's name", "je t'attends dans la rue Mme Lopez, puis place M. Petit", nil, []string{"Lopez", "Petit"}},
		{"a hyphenated place named with a title is kept", "rue Madame-de-Sévigné", nil, nil},
		{"Saint town is kept", "J'habite Saint-Étienne, près de Saint-Denis.", nil, nil},
		{"a particle in capitals after a role in a shouted text is no name", "JE REMERCIE L'AGENT DE LA CAF ET L'INFIRMIERE DE NUIT", nil, nil},
		{"a surname starting with Saint is masked whole", "Merci à Madame Bénédicte Saint-Clair, conseillère.", nil, []string{"Bénédicte Saint-Clair"}},
		{"institutions are kept", "France Services et La Poste", nil, nil},
		{"acronyms are kept", "CAF et CPAM", nil, nil},
		{"initial and surname", "Bien à vous, J. Martin", nil, []string{"J. Martin"}},
		{"surname in capitals before the first name", "Signé KOWALSKI Amélie, usagère", nil, []string{"KOWALSKI Amélie"}},
		{"a letter at the end of a sentence is not an initial", "Le plan B. Ensuite rien.", nil, nil},
		{"directory name whatever the case and accents", "merci a kerbrat", []string{"Yves Kerbrat"}, []string{"kerbrat"}},
		{"directory name with a typo", "merci a Kerbat", []string{"Yves Kerbrat"}, []string{"Kerbat"}},
		{"short directory word needs exact match", "le bon guichet", []string{"Paul Bon"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findNames(tt.text, tt.dir); !slices.Equal(got, tt.want) {
				t.Fatalf("names(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
