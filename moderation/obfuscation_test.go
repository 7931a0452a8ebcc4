package moderation

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// obfuscations are the ways a writer hides an insult from a filter; each
// returns the word rewritten, or "" when the word has nothing to rewrite.
var obfuscations = []struct {
	name    string
	rewrite func(string) string
}{
	{"dollar for s", func(w string) string { return replaceAny(w, "s", "$") }},
	{"at for a", func(w string) string { return replaceAny(w, "a", "@") }},
	{"digits for letters", func(w string) string {
		return replaceAny(w, "oiea", "0134")
	}},
	{"star for the first vowel", func(w string) string { return starVowel(w) }},
	{"dots between letters", func(w string) string { return joinLetters(w, ".") }},
	{"spaces between letters", func(w string) string { return joinLetters(w, " ") }},
	{"a letter repeated", func(w string) string {
		r, size := utf8.DecodeLastRuneInString(w)
		return w[:len(w)-size] + strings.Repeat(string(r), 4)
	}},
	{"full-width letters", func(w string) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r - 'a' + 'ａ'
			}
			return r
		}, w)
	}},
	{"Cyrillic look-alikes", func(w string) string {
		return strings.NewReplacer("a", "а", "e", "е", "o", "о", "c", "с", "p", "р").Replace(w)
	}},
	{"accents dropped or added", func(w string) string {
		if d := strings.NewReplacer("é", "e", "è", "e", "ê", "e").Replace(w); d != w {
			return d
		}
		return strings.Replace(w, "o", "ô", 1)
	}},
}

// replaceAny replaces the letters of from by the signs at the same place
// in to, or returns "" when w has none of them.
func replaceAny(w, from, to string) string {
	out := []byte(w)
	changed := false
	for i := range out {
		if k := strings.IndexByte(from, out[i]); k >= 0 {
			out[i], changed = to[k], true
		}
	}
	if !changed {
		return ""
	}
	return string(out)
}

// starVowel masks the first vowel after the first letter (f*ck, c*nnard).
func starVowel(w string) string {
	for i := 1; i < len(w)-1; i++ {
		if strings.IndexByte("aeiou", w[i]) >= 0 {
			return w[:i] + "*" + w[i+1:]
		}
	}
	return ""
}

// joinLetters writes the letters of w one by one with sep between them.
func joinLetters(w, sep string) string {
	var b strings.Builder
	for i, r := range w {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestEngineObfuscatedInsults checks every obfuscation on twenty insults
// of the lexicons, each in a sentence aimed at an agent, and that the
// sentence without the insult is published.
func TestEngineObfuscatedInsults(t *testing.T) {
	e := newTestEngine(t, nil)
	insults := []struct{ sentence, word string }{
		{"Le guichetier est un %s.", "connard"},
		{"La conseillère est une %s.", "connasse"},
		{"L'agent est un vrai %s.", "salaud"},
		{"Ce type est un %s.", "enculé"},
		{"Le directeur est un %s.", "abruti"},
		{"La dame de l'accueil est une %s.", "pouffiasse"},
		{"Le conseiller est un %s.", "bouffon"},
		{"Cette employée est une %s.", "salope"},
		{"Le responsable est un %s.", "crétin"},
		{"Espèce de %s, rendez-moi mon dossier.", "débile"},
		{"The clerk is an %s.", "asshole"},
		{"The manager is a %s.", "wanker"},
		{"The woman at the desk is a %s.", "bitch"},
		{"The adviser is a %s.", "moron"},
		{"Staff here are %s.", "idiots"},
		{"The receptionist is a %s.", "twat"},
		{"The guy at window 2 is a %s.", "tosser"},
		{"El funcionario es un %s.", "gilipollas"},
		{"Der Beamte ist ein %s.", "arschloch"},
		{"L'impiegato è uno %s.", "stronzo"},
	}
	for _, in := range insults {
		for _, o := range obfuscations {
			word := o.rewrite(in.word)
			if word == "" || word == in.word {
				continue
			}
			text := strings.Replace(in.sentence, "%s", word, 1)
			t.Run(in.word+" with "+o.name+" is abuse", func(t *testing.T) {
				res, err := e.Moderate(context.Background(), Input{Text: text})
				if err != nil {
					t.Fatal(err)
				}
				if res.Decision == Publish || !slices.Contains(res.Kinds(), KindAbuse) {
					t.Errorf("%q: decision %s, flags %v", text, res.Decision, res.Kinds())
				}
			})
		}
	}
}
