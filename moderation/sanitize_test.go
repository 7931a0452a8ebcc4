package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string
		markup bool
	}{
		{"plain text is kept as is", "Très bon accueil, merci.", "Très bon accueil, merci.", false},
		{"script and its content are removed", "<script>alert('xss')</script>Très bon accueil", "Très bon accueil", true},
		{"event handler attribute is removed with its tag", "Super <img src=x onerror=alert(1)> service", "Super  service", true},
		{"javascript link keeps only its text", `Cliquez <a href="javascript:alert(1)">ici</a>`, "Cliquez ici", true},
		{"entities are unescaped exactly once", "<b>R&amp;D</b> &lt;3", "R&D <3", true},
		{"a lone less-than sign is not markup", "délai < 3 jours", "délai < 3 jours", false},
		{"markup written as entities is stripped too", "<p>&lt;script&gt;alert(1)&lt;/script&gt;ok</p>", "ok", true},
		{"markup written only as entities is stripped", "&lt;img src=x onerror=alert(1)&gt;dossier bloqué", "dossier bloqué", true},
		{"an apostrophe entity is plain text", "L&#39;accueil est top, 5 &lt; 6", "L'accueil est top, 5 < 6", false},
		{"decomposed accents are composed (NFC)", "e\u0301te\u0301", "été", false},
		{"zero-width characters are removed", "con\u200bnard", "connard", false},
		{"control characters are removed, newlines kept", "a\x00b\r\nc", "ab\nc", false},
		{"a carriage return alone is a newline", "a\rb\r\r\nc", "a\nb\n\nc", false},
		{"invalid UTF-8 bytes are dropped", "caf\xff\xfeé", "café", false},
		{"a markdown link to script keeps its label", "voir [la FAQ](javascript:alert(document.domain)) sans aide", "voir [la FAQ] sans aide", true},
		{"a script URL in plain text is removed, any case or spacing", "ici: JavaScript :void(0) merci", "ici:  merci", true},
		{"a script URL glued to a word is removed", "xjavascript:alert(1) fin", "x fin", true},
		{"what removing a scheme joins up is removed too", "javajavascript:script:alert(1) fin", "java fin", true},
		{"a loose event handler is removed with its value", `un texte " onmouseover="alert(1)" suite`, `un texte "  suite`, true},
		{"an unquoted handler calling code is removed", "a onerror=alert(1) b", "a  b", true},
		{"a script URL right after a cut one ending in a quote", `voir javascript:a"javascript:b merci`, "voir  merci", true},
		{"a script URL right after a cut handler", `x onclick="a"javascript:b`, "x ", true},
		{"script nested deeper than a few passes", "[x](java(java(java(java(java(javascript:x)script:x)script:x)script:x)script:x)script:alert(1)) fin", "[x] fin", true},
		{"a link parameter starting with on is kept", "la page ?onglet=2&action=ok", "la page ?onglet=2&action=ok", false},
		{"words and colons are not script", "Objet : la vie, java : le langage, onze=11", "Objet : la vie, java : le langage, onze=11", false},
	}
	z := newSanitizer(0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := z.clean(tt.in)
			if got.text != tt.want || got.markup != tt.markup {
				t.Fatalf("clean(%q) = %q markup=%v, want %q markup=%v", tt.in, got.text, got.markup, tt.want, tt.markup)
			}
			if got.pos != nil && len(got.pos) != len(got.text) {
				t.Fatalf("position map has %d entries for %d bytes", len(got.pos), len(got.text))
			}
		})
	}
}

func TestSanitizeMapsPositionsToTheInput(t *testing.T) {
	in := "<b>Bonjour</b> M. <i>Dupont</i>"
	got := newSanitizer(0).clean(in)
	i := strings.Index(got.text, "Dupont")
	if o := got.origin(i, len(in)); in[o:o+6] != "Dupont" {
		t.Fatalf("origin of Dupont = %d (%q)", o, in[o:])
	}
}

func TestSanitizeCapsLengthOnARuneBoundary(t *testing.T) {
	got := newSanitizer(5).clean("ééé")
	if got.text != "éé" || !utf8.ValidString(got.text) {
		t.Fatalf("got %q", got.text)
	}
}

func TestHasInvisibleAgreesWithDropRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "a" + string(r) + "b"
		want := dropRune(r)
		if got := hasInvisible(s); got != want {
			t.Fatalf("hasInvisible(%U) = %v, dropRune says %v", r, got, want)
		}
	}
}

func TestSanitizeMapsPositionsAcrossRemovedScript(t *testing.T) {
	in := "voir [FAQ](javascript:alert(1)) M. Dupont"
	got := newSanitizer(0).clean(in)
	i := strings.Index(got.text, "Dupont")
	if o := got.origin(i, len(in)); in[o:o+6] != "Dupont" {
		t.Fatalf("origin of Dupont = %d (%q)", o, in[o:])
	}
}

func TestSanitizeKeepsWordsApartAcrossBlockTags(t *testing.T) {
	for _, tc := range []struct{ in, want, word string }{
		{`<p>Contact : <a href="mailto:a@b.fr">a@b.fr</a></p><p>Dossier en attente.</p>`, "Contact : a@b.fr Dossier en attente.", "Dossier"},
		{"ligne un<br>ligne deux<br/>ligne trois", "ligne un ligne deux ligne trois", "trois"},
		{"<h1>ATTENTION</h1> le site est en panne", "ATTENTION le site est en panne", "site"},
		{"Super <b>bon</b> accueil", "Super bon accueil", "accueil"},
	} {
		got := newSanitizer(0).clean(tc.in)
		if got.text != tc.want || !got.markup {
			t.Errorf("clean(%q) = %q markup=%v, want %q", tc.in, got.text, got.markup, tc.want)
			continue
		}
		i := strings.Index(got.text, tc.word)
		if o := got.origin(i, len(tc.in)); !strings.HasPrefix(tc.in[o:], tc.word) {
			t.Errorf("clean(%q): %q maps to %q", tc.in, tc.word, tc.in[o:])
		}
	}
}

// TestPlainASCII8 checks the eight-byte test of the char pass against
// the byte-by-byte one, on every byte value in every position and on
// mixes of them.
func TestPlainASCII8(t *testing.T) {
	plain := func(b []byte) bool {
		for _, c := range b {
			if c < 0x20 || c >= 0x7f {
				return false
			}
		}
		return true
	}
	check := func(b []byte) {
		if got, want := plainASCII8(load64(string(b), 0)), plain(b); got != want {
			t.Fatalf("plainASCII8(%q) = %v, want %v", b, got, want)
		}
	}
	for pos := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			check(b)
			b[(pos+3)%8] = 0x1f // a borrow from the byte below
			check(b)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = " ~\x1f\x7f\x80\xff\x00a\x20\x21"[r.IntN(10)]
		}
		check(b[:])
	}
}
