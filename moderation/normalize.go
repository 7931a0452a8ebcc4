package moderation

import (
	"unicode"
	"unicode/utf8"
)

// normalized is the copy of the cleaned text abuse terms are matched on:
// lower case ASCII without accents, look-alike letters and leetspeak
// folded (Cyrillic а, full-width ａ, c0nnard, @, $), letters spaced or
// dotted one by one joined (e.n.c.u.l.é), a letter repeated three times or
// more kept once (connnnnard), and every run of other characters one space. pos maps each
// byte back to the cleaned text.
type normalized struct {
	text   []byte
	pos    []int32
	tmp    []byte
	tpos   []int32
	last   byte // last byte given to put, and how many times in a row
	run    int
	maxRun int // longest run of one letter in the text
}

// leet returns the letter a digit or symbol stands for inside a word.
func leet(r rune) byte {
	switch r {
	case '0':
		return 'o'
	case '1', '!', '|':
		return 'i'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7', '+':
		return 't'
	case '8':
		return 'b'
	case '*':
		return '*'
	}
	return 0
}

// normalize fills n from text. With join, a hyphen, dot or underscore
// between two letters is dropped (enc-ulé, con.nard); splits counts them
// either way, so that the caller knows whether a joined pass is useful.
func (n *normalized) normalize(f *folder, text string, join bool) (splits int) {
	n.tmp, n.tpos = n.tmp[:0], n.tpos[:0]
	prevLetter := false
	for i := 0; i < len(text); {
		if c := text[i]; c|0x20 >= 'a' && c|0x20 <= 'z' {
			// ASCII letters, most of any text: no decoding, no tables.
			n.tmp = append(n.tmp, c|0x20)
			n.tpos = append(n.tpos, int32(i))
			prevLetter = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case (r == '-' || r == '.' || r == '_') && prevLetter && nextIsLetter(text, i+size):
			// Only a short piece on one side (enc-ulé, co.nnard) can be a
			// word split to escape filters; rendez-vous and impots.gouv
			// are not worth a second pass.
			if shortPiece(text, i, i+size) {
				splits++
			}
			if join {
				i += size
				continue
			}
			if len(n.tmp) > 0 && n.tmp[len(n.tmp)-1] != ' ' {
				n.tmp = append(n.tmp, ' ')
				n.tpos = append(n.tpos, int32(i))
			}
			prevLetter = false
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			s, lr := f.fold(r)
			if s == "" && lr != 0 {
				var b [4]byte
				s = string(b[:utf8.EncodeRune(b[:], lr)])
			}
			for k := 0; k < len(s); k++ {
				n.tmp = append(n.tmp, s[k])
				n.tpos = append(n.tpos, int32(i))
			}
			prevLetter = s != ""
		case leet(r) != 0 && (prevLetter && unicode.IsDigit(r) || nextIsLetter(text, i+size)):
			// A digit may end a word (merd3); a sign only inside one
			// (conn!ard): "joder!" ends with an exclamation mark.
			n.tmp = append(n.tmp, leet(r))
			n.tpos = append(n.tpos, int32(i))
			prevLetter = true
		case unicode.IsDigit(r):
			n.tmp = append(n.tmp, '0'+byte(r%10))
			n.tpos = append(n.tpos, int32(i))
			prevLetter = false
		default:
			if len(n.tmp) > 0 && n.tmp[len(n.tmp)-1] != ' ' {
				n.tmp = append(n.tmp, ' ')
				n.tpos = append(n.tpos, int32(i))
			}
			prevLetter = false
		}
		i += size
	}
	n.squeeze()
	return splits
}

// shortPiece reports whether the letters just before byte a or just from
// byte b of text number three or fewer.
func shortPiece(text string, a, b int) bool {
	n := 0
	for i := a; i > 0 && n <= 3; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		n++
		i -= size
	}
	if n <= 3 {
		return true
	}
	n = 0
	for i := b; i < len(text) && n <= 3; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		n++
		i += size
	}
	return n <= 3
}

// nextIsLetter reports whether the rune at i of text is a letter, looking
// past runs of leet symbols (f**k).
func nextIsLetter(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			return true
		}
		if l := leet(r); l == 0 || r >= '0' && r <= '9' {
			return false // a run of signs (a$$hole, f**k) is skipped, digits are not
		}
		i += size
	}
	return false
}

// squeeze joins letters written one by one and collapses repeated letters,
// from tmp into text.
func (n *normalized) squeeze() {
	n.text, n.pos = n.text[:0], n.pos[:0]
	n.last, n.run, n.maxRun = 0, 0, 0
	src := n.tmp
	for i := 0; i < len(src); {
		if i > 0 && src[i-1] != ' ' || i+1 < len(src) && src[i+1] != ' ' {
			// Not a one-letter word: copied as is.
			n.put(src[i], n.tpos[i])
			i++
			continue
		}
		// A run of at least three one-letter words: join it.
		j, singles := i, 0
		for j < len(src) && src[j] != ' ' && (j+1 == len(src) || src[j+1] == ' ') && (j == 0 || src[j-1] == ' ') {
			singles++
			j += 2
		}
		if singles >= 4 && isArticle(src[i]) {
			// "is a w a n k e r": the article stays a word; a term
			// starting with it is also looked up split (a sshole).
			n.put(src[i], n.tpos[i])
			n.put(' ', n.tpos[i+1])
			i += 2
			singles--
		}
		if singles >= 3 {
			for k := i; k < j && k < len(src); k += 2 {
				n.put(src[k], n.tpos[k])
			}
			i = min(j, len(src))
			if i > 0 && i <= len(src) && src[i-1] == ' ' {
				n.put(' ', n.tpos[i-1])
			}
			continue
		}
		n.put(src[i], n.tpos[i])
		i++
	}
}

// isArticle reports whether c alone is a word of some language: a, à, y,
// o, e (en, fr, es, pt, it), or an elided d' or l' (espèce d'e n c u l é).
func isArticle(c byte) bool {
	return c == 'a' || c == 'y' || c == 'o' || c == 'e' || c == 'd' || c == 'l'
}

// put appends c; a letter written three times or more in a row is kept
// once (connnnnard, fuuuck), a double letter is kept (connard, bitte).
func (n *normalized) put(c byte, p int32) {
	if c == n.last {
		n.run++
	} else {
		n.last, n.run = c, 1
	}
	if c >= 'a' && c <= 'z' {
		n.maxRun = max(n.maxRun, n.run)
	}
	l := len(n.text)
	switch {
	case c == ' ':
		if l > 0 && n.text[l-1] == ' ' {
			return
		}
	case c >= '0' && c <= '9':
	case n.run == 3:
		n.text, n.pos = n.text[:l-1], n.pos[:l-1]
		return
	case n.run > 3:
		return
	}
	n.text = append(n.text, c)
	n.pos = append(n.pos, p)
}

// normalizeTerm returns the normalized form of a lexicon term.
func normalizeTerm(f *folder, term string) string {
	var n normalized
	n.normalize(f, term, false)
	t := n.text
	for len(t) > 0 && t[0] == ' ' {
		t = t[1:]
	}
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	return string(t)
}
