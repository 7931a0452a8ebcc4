package moderation

import (
	"html"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/text/unicode/norm"
)

// sanitizer is the first stage: it strips markup, normalises to NFC,
// removes invisible and control characters and caps the length. It keeps a
// map from every byte of its output to a byte of its input so that later
// stages can report spans in the original text.
type sanitizer struct {
	policy *bluemonday.Policy
	max    int
	// plain has bit r set when the rune r (below plainRunes) leaves the
	// char pass as it is, whatever is around it.
	plain [plainRunes / 64]uint64
}

// plainRunes bounds the runes the sanitizer knows plain: Latin letters
// and general punctuation (’ « » …), what most contributions are made of.
const plainRunes = 0x2100

func newSanitizer(max int) *sanitizer {
	z := &sanitizer{policy: bluemonday.StrictPolicy(), max: max}
	for r := rune(utf8.RuneSelf); r < plainRunes; r++ {
		// Kept, in NFC on its own, and a starter that does not compose
		// with the rune before it: a text of such runes is in NFC.
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !dropRune(r) && norm.NFC.QuickSpanString(s) == len(s) && p.CCC() == 0 && p.BoundaryBefore() {
			z.plain[r/64] |= 1 << (r % 64)
		}
	}
	return z
}

// sanitized is the output of the sanitizer.
type sanitized struct {
	text   string
	pos    []int32 // pos[i] is the input offset of text[i]; nil when text is a prefix of the input
	markup bool    // markup was removed
}

// origin returns the input offset of the cleaned offset i.
func (s *sanitized) origin(i int, inputLen int) int {
	if s.pos == nil {
		return i
	}
	if i >= len(s.pos) {
		return inputLen
	}
	return int(s.pos[i])
}

// clean runs the stage on in.
func (z *sanitizer) clean(in string) sanitized {
	out := sanitized{text: in}
	valid, needs := z.scan(in)
	if !valid {
		out.text = strings.ToValidUTF8(in, "")
		out.pos = align(in, out.text, false, make([]int32, 0, len(out.text)))
		needs = z.needsCharPass(out.text)
	}
	// The char pass is checked for again only when the text changed.
	checked := false
	if needs {
		text, pos := charPass(out.text)
		out.pos = compose(pos, out.pos)
		out.text = text
	} else {
		checked = true
	}
	// An e-mail address between angle brackets, as a pasted e-mail's
	// header writes it ("De : Inès Haddad <ines.haddad92@gmail.com>"),
	// is no tag: its brackets become brackets of text, byte for byte,
	// and the address is masked as any other.
	if strings.IndexByte(out.text, '<') >= 0 {
		out.text = bracketedAddresses(out.text)
	}
	// Markup may come written as entities (&lt;script&gt;), which a page
	// that unescapes once would run.
	if strings.IndexByte(out.text, '<') >= 0 || strings.Contains(out.text, "&lt") || strings.Contains(out.text, "&#") {
		if spaced, pos := spaceBlockTags(out.text); pos != nil {
			out.pos = compose(pos, out.pos)
			out.text = spaced
		}
		// Unescaping may reveal markup written as entities, or an
		// entity written as entities ("&ampamp<": "&amp<", then "&<"):
		// read again until nothing changes, so that the stage gives
		// the same text when run on its own output; with no "<" and
		// no "&" left, a reading changes nothing (bluemonday is most
		// of this stage's cost). A reading may lengthen the text
		// ("&nGt;" is "≫⃒"), so the readings are counted; past them,
		// what could still open a tag is removed.
		stripped := out.text
		for range maxReadings {
			next := html.UnescapeString(z.policy.Sanitize(stripped))
			if z.needsCharPass(next) {
				// An entity may stand for a control character, whose
				// removal joins what was around it ("&&#1#0": "&#0"):
				// removed here, so that the next reading sees the result.
				next, _ = charPass(next)
			}
			done := next == stripped || strings.IndexByte(next, '<') < 0 && strings.IndexByte(next, '&') < 0
			stripped = next
			if done {
				break
			}
		}
		if strings.IndexByte(stripped, '<') >= 0 && looksLikeMarkup(stripped) {
			stripped = strings.ReplaceAll(stripped, "<", "")
		}
		if stripped != html.UnescapeString(out.text) {
			out.markup = true
		}
		if stripped != out.text {
			prev := out.pos
			out.pos = align(out.text, stripped, true, make([]int32, 0, len(stripped)))
			out.pos = compose(out.pos, prev)
			out.text = stripped
			checked = false
		}
	}
	// Script left in plain text, and what removing it joins up, until
	// none is left: each pass shortens the text, so this ends.
	for {
		cut := scriptResidue(out.text, nil)
		if len(cut) == 0 {
			break
		}
		text, pos := removeRanges(out.text, cut)
		out.pos = compose(pos, out.pos)
		out.text = text
		out.markup = true
		checked = false
	}
	if !checked && z.needsCharPass(out.text) {
		text, pos := charPass(out.text)
		out.pos = compose(pos, out.pos)
		out.text = text
	}
	if z.max > 0 && len(out.text) > z.max {
		cut := z.max
		for cut > 0 && !utf8.RuneStart(out.text[cut]) {
			cut--
		}
		out.text = out.text[:cut]
		if out.pos != nil {
			out.pos = out.pos[:cut]
		}
	}
	return out
}

// maxReadings is how many times markup is stripped and the text
// unescaped before what is left of a tag is cut out.
const maxReadings = 16

// bracketedAddresses returns text with the angle brackets around each
// e-mail address written "<local@host.tld>" (nothing else between them)
// replaced by round ones, the same length: "Léa Moreau
// <lmoreau.pro@gmail.com>" reads "Léa Moreau (lmoreau.pro@gmail.com)".
func bracketedAddresses(text string) string {
	var b []byte
	for i := 0; i < len(text); i++ {
		if text[i] != '<' {
			continue
		}
		j, at, dot := i+1, -1, false
		for j < len(text) && (isEmailLocal(text[j]) || text[j] == '@') {
			if text[j] == '@' {
				if at >= 0 {
					break
				}
				at = j
			} else if text[j] == '.' && at >= 0 {
				dot = true
			}
			j++
		}
		if j < len(text) && text[j] == '>' && at > i+1 && dot && j > at+3 && plainAddress(text[i+1:j]) && !openTagBefore(text, i) {
			if b == nil {
				b = []byte(text)
			}
			b[i], b[j] = '(', ')'
			i = j
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// plainAddress reports whether a, the text between angle brackets, is an
// e-mail address as written: a local part and a host starting with a
// letter or a digit, a host with a label before its last dot, an ending
// of two letters or more ("<a@.com>", "<a@b.c>" are none).
func plainAddress(a string) bool {
	at := strings.IndexByte(a, '@')
	d := strings.LastIndexByte(a, '.')
	if at < 1 || d <= at+1 || len(a)-d-1 < 2 || !isAlnumASCII(a[0]) || !isAlnumASCII(a[at+1]) {
		return false
	}
	for i := d + 1; i < len(a); i++ {
		if c := a[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// openTagBefore reports whether a "<" that no ">" closes comes before byte
// i on its line: the bracket at i may then close a tag ("x <a@b.com<c@d.com>
// y").
func openTagBefore(text string, i int) bool {
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	lt := strings.LastIndexByte(line, '<')
	return lt >= 0 && strings.IndexByte(line[lt:], '>') < 0
}

// looksLikeMarkup reports whether s still holds something a browser could
// read as a tag.
func looksLikeMarkup(s string) bool {
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '<' {
			c := s[i+1]
			if c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
				return true
			}
		}
	}
	return false
}

// compose returns the map outer∘inner: outer maps the output of a step to
// its input, inner maps that input to the original; nil inner is identity.
func compose(outer, inner []int32) []int32 {
	if inner == nil {
		return outer
	}
	for i, p := range outer {
		if int(p) < len(inner) {
			outer[i] = inner[p]
		} else if len(inner) > 0 {
			outer[i] = inner[len(inner)-1] + 1
		}
	}
	return outer
}

// alignWindow bounds how far ahead align looks for a character.
const alignWindow = 2048

// align maps every byte of out to a byte of in, where out is in with tags
// removed and entities decoded: it walks both texts, skipping tags of in
// and matching characters in order, reading entities of in as the
// character they stand for.
func align(in, out string, markup bool, pos []int32) []int32 {
	i := 0
	for j := 0; j < len(out); {
		r, n := utf8.DecodeRuneInString(out[j:])
		at := i
		found := false
		// Look a bounded distance ahead so that characters missing from
		// the input (a decoding difference) cost little.
		limit := min(len(in), i+alignWindow)
		for k := i; k < limit; {
			if markup && in[k] == '<' && k+1 < len(in) && (in[k+1] == '/' || in[k+1] == '!' || unicode.IsLetter(rune(in[k+1]))) {
				if e := strings.IndexByte(in[k:], '>'); e > 0 {
					k += e + 1
					continue
				}
			}
			if markup && in[k] == '&' {
				if e := strings.IndexByte(in[k:], ';'); e > 1 && e < 12 {
					if dec := html.UnescapeString(in[k : k+e+1]); strings.HasPrefix(out[j:], dec) && dec != in[k:k+e+1] {
						for b := 0; b < len(dec); b++ {
							pos = append(pos, int32(k))
						}
						j += len(dec)
						i = k + e + 1
						found = true
						break
					}
				}
			}
			r2, n2 := utf8.DecodeRuneInString(in[k:])
			if r2 == r {
				for b := 0; b < n; b++ {
					pos = append(pos, int32(k+b))
				}
				j += n
				i = k + n2
				found = true
				break
			}
			k += n2
		}
		if !found {
			for b := 0; b < n; b++ {
				pos = append(pos, int32(min(at, len(in))))
			}
			j += n
		}
	}
	return pos
}

// needsCharPass reports whether s has characters the char pass changes.
// Printable ASCII and plain runes are read one by one; at the first other
// rune, the whole text is checked for NFC and invisible characters.
func (z *sanitizer) needsCharPass(s string) bool {
	valid, needs := z.scan(s)
	if !valid {
		return norm.NFC.QuickSpanString(s) != len(s) || hasInvisible(s)
	}
	return needs
}

// scan reports whether s is valid UTF-8 and, when it is, whether the
// char pass changes it: one reading for both, which the text of most
// contributions (printable ASCII and plain runes) takes eight bytes at a
// time.
func (z *sanitizer) scan(s string) (valid, needs bool) {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// The bytes before the first that is not printable ASCII
			// are passed over at once, not one by one.
			m := notPlainASCII8(load64(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return utf8.ValidString(s[i+1:]), true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false, false
		}
		if r >= plainRunes || z.plain[r/64]&(1<<(r%64)) == 0 {
			if !utf8.ValidString(s[i+n:]) {
				return false, false
			}
			return true, norm.NFC.QuickSpanString(s) != len(s) || hasInvisible(s)
		}
		i += n
	}
	return true, false
}

// plainASCII8 reports whether the eight bytes of x, little-endian, are
// printable ASCII (0x20 to 0x7e), which the char pass leaves as they are:
// most of a text is read eight bytes at a time. (Tab and newline are
// kept too, but are read byte by byte.)
func plainASCII8(x uint64) bool { return notPlainASCII8(x) == 0 }

// notPlainASCII8 returns a mask whose lowest high bit of a byte is that
// of the first byte of x, little-endian, that is not printable ASCII, or
// 0 when all are: the subtractions borrow only from the bytes after the
// first such byte, whose bits may be wrong.
func notPlainASCII8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x // the high bit of each byte below 0x20, given none is 0x80 or more
	y := x ^ 0x7f*ones
	del := (y - ones) &^ y // the high bit of each byte that is 0x7f
	return (x | below | del) & highs
}

// load64 returns the eight bytes of s from i as a little-endian integer
// (one load: the compiler combines the bytes).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasInvisible reports whether s holds a rune dropRune removes, looking at
// the UTF-8 bytes of those runes rather than decoding every rune.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n' && c != '\t' || c == 0x7f:
			return true
		case c == 0xC2 && i+1 < len(s) && (s[i+1] >= 0x80 && s[i+1] <= 0x9F || s[i+1] == 0xAD):
			return true // C1 controls, soft hyphen
		case c == 0xE1 && i+2 < len(s) && s[i+1] == 0xA0 && s[i+2] == 0x8E:
			return true // U+180E
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+2] >= 0xAA && s[i+2] <= 0xAE):
			return true // zero-width, bidirectional embeddings
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x81 && (s[i+2] == 0xA0 || s[i+2] >= 0xA6 && s[i+2] <= 0xA9):
			return true // word joiner, bidirectional isolates
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF:
			return true // U+FEFF
		}
	}
	return false
}

// dropRune reports whether r is removed: control characters except tab and
// newline, zero-width and bidirectional formatting characters.
func dropRune(r rune) bool {
	switch r {
	case '\n', '\t':
		return false
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return true
	}
	if r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' {
		return true
	}
	return unicode.IsControl(r)
}

// charPass normalises s to NFC and drops invisible characters; carriage
// returns become newlines, and a carriage return before a newline goes.
func charPass(s string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int32, 0, len(s))
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		for k := 0; k < len(seg); {
			r, n := utf8.DecodeRune(seg[k:])
			k += n
			if r == '\r' {
				// A Windows line break, CR LF, is one break: its LF
				// follows ("jean@\r\nfree.fr" is an address cut once).
				if k < len(seg) && seg[k] == '\n' || k == len(seg) && it.Pos() < len(s) && s[it.Pos()] == '\n' {
					continue
				}
				r = '\n'
			}
			if dropRune(r) {
				continue
			}
			before := b.Len()
			b.WriteRune(r)
			for x := before; x < b.Len(); x++ {
				pos = append(pos, int32(start))
			}
		}
	}
	return b.String(), pos
}
