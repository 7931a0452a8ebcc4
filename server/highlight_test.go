package server

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/avisproject/avis/feedback"
)

func TestHighlight(t *testing.T) {
	flag := func(kind string, spans ...[2]int) feedback.Flag {
		f := feedback.Flag{Kind: kind}
		for _, s := range spans {
			f.Spans = append(f.Spans, feedback.Span{Start: s[0], End: s[1]})
		}
		return f
	}
	text := "Mme Éloïse Dupré au 06 12" // É, ï and é are two bytes each
	tests := []struct {
		name  string
		flags []feedback.Flag
		want  []segment
	}{
		{"no flag gives the whole text", nil, []segment{{Text: text}}},
		{"one span on rune boundaries", []feedback.Flag{flag("person_name", [2]int{4, 19})},
			[]segment{{Text: "Mme "}, {Text: "Éloïse Dupré", Kinds: []string{"person_name"}}, {Text: " au 06 12"}}},
		{"span starting inside É widens to the whole letter", []feedback.Flag{flag("person_name", [2]int{5, 9})},
			[]segment{{Text: "Mme "}, {Text: "Éloï", Kinds: []string{"person_name"}}, {Text: "se Dupré au 06 12"}}},
		{"span ending inside ï widens to the whole letter", []feedback.Flag{flag("person_name", [2]int{4, 9})},
			[]segment{{Text: "Mme "}, {Text: "Éloï", Kinds: []string{"person_name"}}, {Text: "se Dupré au 06 12"}}},
		{"overlapping spans of two kinds", []feedback.Flag{flag("person_name", [2]int{4, 19}), flag("personal_data", [2]int{13, 28})},
			[]segment{{Text: "Mme "}, {Text: "Éloïse ", Kinds: []string{"person_name"}}, {Text: "Dupré", Kinds: []string{"person_name", "personal_data"}},
				{Text: " au 06 12", Kinds: []string{"personal_data"}}}},
		{"out-of-range and reversed spans are clamped or dropped", []feedback.Flag{flag("spam", [2]int{-5, 3}, [2]int{10, 2}, [2]int{24, 900})},
			[]segment{{Text: "Mme", Kinds: []string{"spam"}}, {Text: " Éloïse Dupré au 0"}, {Text: "6 12", Kinds: []string{"spam"}}}},
		{"adjacent spans of one kind merge", []feedback.Flag{flag("spam", [2]int{0, 2}, [2]int{2, 4})},
			[]segment{{Text: "Mme ", Kinds: []string{"spam"}}, {Text: "Éloïse Dupré au 06 12"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := highlight(text, tt.flags)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("highlight = %q\nwant        %q", got, tt.want)
			}
		})
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Mme Éloïse Dupré 🙂 au 06 12", 5, 9, 3, 40)
	f.Add("", 0, 0, -1, 1)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		if !utf8.ValidString(text) {
			return
		}
		segs := highlight(text, []feedback.Flag{{Kind: "x", Spans: []feedback.Span{{Start: a, End: b}, {Start: c, End: d}}}})
		var all strings.Builder
		for _, s := range segs {
			if !utf8.ValidString(s.Text) || s.Text == "" {
				t.Fatalf("segment %q is empty or splits a character", s.Text)
			}
			all.WriteString(s.Text)
		}
		if all.String() != text {
			t.Fatalf("segments %q do not rebuild %q", segs, text)
		}
	})
}
