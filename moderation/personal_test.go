package moderation

import (
	"slices"
	"testing"
)

// findPersonal returns the substrings of text the personal data stage
// masks.
func findPersonal(text string) []string {
	f := newFolder()
	toks, fold := f.tokenize(text, nil, nil)
	var got []string
	for _, fd := range newPersonal().find(text, toks, fold, nil) {
		got = append(got, text[fd.start:fd.end])
	}
	slices.Sort(got)
	return got
}

func TestPersonalData(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"e-mail address", "écrivez à jean.dupont+caf@orange.fr merci", []string{"jean.dupont+caf@orange.fr"}},
		{"mobile in pairs", "mon tel 06 12 34 56 78 svp", []string{"06 12 34 56 78"}},
		{"mobile with dots", "tel 07.81.22.33.44.", []string{"07.81.22.33.44"}},
		{"international French number", "appelez le +33 6 12 34 56 78", []string{"+33 6 12 34 56 78"}},
		{"international UK number", "call +44 7700 900123 please", []string{"+44 7700 900123"}},
		{"NIR with spaces and key", "n° sécu 1 85 07 75 123 456 " + nirKey("1850775123456"), []string{"1 85 07 75 123 456 " + nirKey("1850775123456")}},
		{"NIR from Corsica", "mon numéro 1 85 07 2A 123 456 " + nirKey("1850719123456"), []string{"1 85 07 2A 123 456 " + nirKey("1850719123456")}},
		{"IBAN grouped by four", "RIB : FR76 3000 6000 0112 3456 7890 189.", []string{"FR76 3000 6000 0112 3456 7890 189"}},
		{"benefit number announced", "mon numéro allocataire est le 1234567", []string{"1234567"}},
		{"tax number announced", "numéro fiscal 0123456789123", []string{"0123456789123"}},
		{"postal address with postcode and town", "j'habite 3 bis avenue des Lilas, 69003 Lyon depuis mai", []string{"3 bis avenue des Lilas, 69003 Lyon"}},

		{"a date is not personal data", "rendez-vous le 12/03/2024 à 14h30", nil},
		{"an amount is not personal data", "trop-perçu de 1 234,56 € réclamé", nil},
		{"a service number is not personal data", "j'ai appelé le 3230 puis le 3960", nil},
		{"a case reference is not personal data", "dossier n° 2023-45871 bloqué", nil},
		{"a year and a count are not personal data", "en 2022 j'ai attendu 45 minutes", nil},
		{"a tax form number is not personal data", "formulaire 2042 et case 8TK", nil},
		{"an IBAN with a wrong check is not masked as IBAN", "code FR76 3000 6000 0112 3456 7890 188", nil},
		{"a street without a number is not an address", "l'antenne rue Victor Hugo", nil},
		{"a percentage is not personal data", "taux passé de 4,2 % à 7,5 %", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findPersonal(tt.text); !slices.Equal(got, tt.want) {
				t.Fatalf("find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
