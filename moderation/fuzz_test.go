package moderation

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzModerate checks the engine's invariants on any input: no panic,
// valid UTF-8 out, masked spans never reappear in the published text, and
// moderating the result again changes nothing.
func FuzzModerate(f *testing.F) {
	for _, s := range []string{
		"Merci à Mme Dupont de la CAF, tel 06 12 34 56 78.",
		"<b>M. Traoré</b> &amp; <script>x()</script> jean.dupont@example.fr",
		"QUEL C0NNARD CE CONSEILLER !!! Je vais revenir avec un fusil",
		"NIR 1 85 07 2A 123 456 78, IBAN FR76 3000 6000 0112 3456 7890 189",
		"rue Jean Jaurès, lycée Victor Hugo, Saint-Étienne, France Services",
		"casino bonus www.win.bet sdfkj qsdlkfj",
		"e\u0301\u200b\xff[nom masqué] M. [",
	} {
		f.Add(s)
	}
	e := newTestEngine(f, nil)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, in string) {
		res, err := e.Moderate(ctx, Input{Text: in})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 out: %q", res.Text)
		}
		if san := e.san.clean(in); san.pos == nil && san.text == in && res.Decision != Reject {
			visible := stripPlaceholders(res.Text)
			for _, fl := range res.Flags {
				if fl.Kind != KindPersonName && fl.Kind != KindPersonalData {
					continue
				}
				for _, sp := range fl.Spans {
					if sp.Start < 0 || sp.End > len(in) || sp.Start >= sp.End {
						t.Fatalf("span %+v out of %d bytes", sp, len(in))
					}
					if masked := in[sp.Start:sp.End]; len(masked) >= 3 && containsWord(visible, masked) {
						t.Fatalf("masked %q reappears in %q", masked, res.Text)
					}
				}
			}
		}
		again, err := e.Moderate(ctx, Input{Text: res.Text})
		if err != nil {
			t.Fatal(err)
		}
		if again.Text != res.Text {
			t.Fatalf("not idempotent:\n in   %q\n once %q\n twice %q", in, res.Text, again.Text)
		}
	})
}

// stripPlaceholders removes the placeholders from text.
func stripPlaceholders(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if n := placeholderAt(text, i); n > 0 {
			b.WriteByte(' ')
			i += n - 1
			continue
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// containsWord reports whether w occurs in text not inside a longer word
// or a longer number.
func containsWord(text, w string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		s, e := at+i, at+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if (s == 0 || !isWordRune(before)) && (e == len(text) || !isWordRune(after)) && !joinsNumber(text, s, e) {
			return true
		}
		at = s + 1
	}
}
