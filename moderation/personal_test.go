package moderation

import (
	"slices"
	"testing"

	"github.com/avisproject/avis/moderation/lexicon"
)

// findPersonal returns the substrings of text the personal data stage
// masks, with the tokens annotated from the embedded lexicon as the
// engine does.
func findPersonal(text string) []string {
	f := newFolder()
	toks, fold := f.tokenize(text, nil, nil)
	set, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	newNames(f, set).annotate(toks, fold)
	var got []string
	finds, _ := newPersonal(f, set).find(text, toks, fold, nil, nil)
	for _, fd := range finds {
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
		{"e-mail address with a domain beyond ASCII", "écrivez à jean@café-crème.fr merci", []string{"jean@café-crème.fr"}},
		{"mobile in pairs", "mon tel 06 12 34 56 78 svp", []string{"06 12 34 56 78"}},
		{"mobile with dots", "tel 07.81.22.33.44.", []string{"07.81.22.33.44"}},
		{"international French number", "appelez le +33 6 12 34 56 78", []string{"+33 6 12 34 56 78"}},
		{"international UK number", "call +44 7700 900123 please", []string{"+44 7700 900123"}},
		{"British mobile without a prefix", "Mobile 07911 123456 anytime", []string{"07911 123456"}},
		{"British landline", "my number is 020 7946 0958, after 5", []string{"020 7946 0958"}},
		{"Spanish mobile after a phone word", "mi móvil es 612 34 56 78", []string{"612 34 56 78"}},
		{"Italian mobile after a phone word", "il mio cellulare è 347 123 4567", []string{"347 123 4567"}},
		{"German number after a phone word", "Meine Handynummer: 0151 23456789", []string{"0151 23456789"}},
		{"Spanish mobile without a phone word", "pueden llamar a mi hija en el 677 123 904, ella me ayuda", []string{"677 123 904"}},
		{"Portuguese mobile without a phone word", "a minha filha atende no 912 345 678 de manhã", []string{"912 345 678"}},
		{"Italian mobile without a phone word", "il mio numero è 339 8812047. Saluti", []string{"339 8812047"}},
		{"a SIREN of mobile shape stays", "L'entreprise, SIREN 612 345 678, n'a jamais été payée.", nil},
		{"a North American number with its area code in brackets", "Best to call me on (555) 014-2283, I'm back in May.", []string{"(555) 014-2283"}},
		{"a Brazilian mobile with its area code in brackets", "meu celular (11) 98765-4321 à noite", []string{"(11) 98765-4321"}},
		{"a year in brackets before a number stays", "la loi (2019) 1234 et le décret", nil},
		{"a German number with its area code set apart by a slash", "Ich heiße Petra, Tel. 0171/4829316.", []string{"0171/4829316"}},
		{"dates and slashed references stay", "le 03/2024, la loi 2019/1147 et la pièce 012/12345", nil},
		{"an identifier announced in SMS spelling", "jsuis inscrit sous lidentifiant 0937412M et rien", []string{"0937412M"}},
		{"a British service line after its name stays", "Call the DVLA on 0300 790 6801, it took ages.", nil},
		{"a case number of nine digits stays", "Le numéro de dossier 123456789 est bloqué.", nil},
		{"an invoice number stays", "La facture 20240012345 de la cantine est fausse.", nil},
		{"an amount after a context word stays", "Revenu fiscal < 15 000 € et pas de chèque énergie", nil},
		{"an amount in euros after a tax number is not part of it", "numéro fiscal 1234567890123 et 300 euros de trop", []string{"1234567890123"}},
		{"a year between the context word and the number", "Allocataire depuis 2015, numéro 7712406.", []string{"7712406"}},
		{"NIR with spaces and key", "n° sécu 1 85 07 75 123 456 " + nirKey("1850775123456"), []string{"1 85 07 75 123 456 " + nirKey("1850775123456")}},
		{"NIR from Corsica", "mon numéro 1 85 07 2A 123 456 " + nirKey("1850719123456"), []string{"1 85 07 2A 123 456 " + nirKey("1850719123456")}},
		{"IBAN grouped by four", "RIB : FR76 3000 6000 0112 3456 7890 189.", []string{"FR76 3000 6000 0112 3456 7890 189"}},
		{"benefit number announced", "mon numéro allocataire est le 1234567", []string{"1234567"}},
		{"tax number announced", "numéro fiscal 0123456789123", []string{"0123456789123"}},
		{"postal address, the postcode and town kept", "j'habite 3 bis avenue des Lilas, 69003 Lyon depuis mai", []string{"3 bis avenue des Lilas"}},
		{"Portuguese IBAN with a short last group", "IBAN PT50 0002 0123 1234 5678 9015 4, obrigado", []string{"PT50 0002 0123 1234 5678 9015 4"}},
		{"Belgian IBAN", "compte BE68 5390 0754 7034 pour le virement", []string{"BE68 5390 0754 7034"}},
		{"Italian IBAN with a letter", "IBAN IT60 X054 2811 1010 0000 0123 456 grazie", []string{"IT60 X054 2811 1010 0000 0123 456"}},
		{"IBAN in odd groups", "cuenta ES91 2100 0418 45 0200051332 gracias", []string{"ES91 2100 0418 45 0200051332"}},
		{"Spanish DNI with its right letter", "mi DNI es 12345678Z desde 2019", []string{"12345678Z"}},
		{"announced identifier ending in a letter", "numéro de demandeur d'emploi 5541023B bloqué", []string{"5541023B"}},
		{"an English home address", "I live at 12 rue Montorgueil and the town hall never answers", []string{"12 rue Montorgueil"}},
		{"a home address given to the agency", "La CAF a perdu mon adresse : 22 allée des Pins, 31000 Toulouse.", []string{"22 allée des Pins"}},

		{"a flat in a block of flats", "J'habite Résidence Les Pins, bât. C, appt 42, rien n'arrive.", []string{"Résidence Les Pins, bât. C, appt 42"}},
		{"a flat number alone is kept", "L'appartement 42 n'a plus de chauffage depuis novembre.", nil},
		{"a building in one sentence and a flat in the next are kept", "Le bâtiment est vétuste. Appartement 12 sans eau.", nil},
		{"a date is not personal data", "rendez-vous le 12/03/2024 à 14h30", nil},
		{"an amount is not personal data", "trop-perçu de 1 234,56 € réclamé", nil},
		{"a North American number with its area code", "reach me at +1 (514) 555-0148 (Montreal)", []string{"+1 (514) 555-0148"}},
		{"a landline the writer gives after a service word", "la CARSAT peut me joindre au 01 43 22 87 19 le matin", []string{"01 43 22 87 19"}},
		{"an amount after its currency is not personal data", "Tax refund of €212.40 and £ 30, numéro fiscal pending", nil},
		{"a service number is not personal data", "j'ai appelé le 3230 puis le 3960", nil},
		{"a case reference is not personal data", "dossier n° 2023-45871 bloqué", nil},
		{"a year and a count are not personal data", "en 2022 j'ai attendu 45 minutes", nil},
		{"a tax form number is not personal data", "formulaire 2042 et case 8TK", nil},
		{"an IBAN with a wrong check is not masked as IBAN", "code FR76 3000 6000 0112 3456 7890 188", nil},
		{"a street without a number is not an address", "l'antenne rue Victor Hugo", nil},
		{"a percentage is not personal data", "taux passé de 4,2 % à 7,5 %", nil},
		{"a service's address is kept", "La mairie annexe, 3 place du Marché, 44000 Nantes, ferme à 16h.", nil},
		{"an office's address after an acronym is kept", "rendez-vous à la CPAM, 15 avenue Jean Jaurès, 69007 Lyon", nil},
		{"Spanish address with the number after the street", "vivo en la calle Mayor 12, 28013 Madrid, y nunca llega", []string{"calle Mayor 12"}},
		{"German address as one word", "Ich wohne in der Hauptstraße 12, 10115 Berlin.", []string{"Hauptstraße 12"}},
		{"Portuguese address, the hyphenated postcode kept", "Moro na Rua Augusta 100, 1100-053 Lisboa.", []string{"Rua Augusta 100"}},
		{"sent via a website twice is not an address", "envoyé via le site 2 fois sans réponse", nil},
		{"a year after a capitalised word is not an address", "During 2020 the office was closed.", nil},
		{"an obfuscated e-mail address", "écrivez à jean.dupont [at] gmail [dot] com svp", []string{"jean.dupont [at] gmail [dot] com"}},
		{"bracketed words that are no address", "Le (at) et [dot] ne veulent rien dire", nil},
		{"an announced passport number with letters", "mon passeport 12AB34567 a expiré", []string{"12AB34567"}},
		{"a free service number is not a phone of a person", "appelez le 0 800 123 456, c'est gratuit", nil},
		{"an announced German tax id", "meine Steuer-ID ist 12345678901", []string{"12345678901"}},
		{"a flight number is not an identifier", "le vol AF1234B et le guichet 12B", nil},
		{"a DNI-shaped number with a wrong letter is kept", "je dois 12345678A euros", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findPersonal(tt.text); !slices.Equal(got, tt.want) {
				t.Fatalf("find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
