package moderation

import (
	"slices"
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
	tmp    []byte  // the text before squeeze
	tpos   []int32 // pos of tmp
	splits []int32 // the spaces of tmp that stand for a hyphen, dot or underscore between letters
	maxRun int     // longest run of one letter in the text
	// sq and sqpos hold text and pos when squeeze changed tmp. Otherwise
	// text and pos are tmp and tpos themselves, not a copy: text is only
	// read, and the next normalize writes tmp before text is read again.
	sq    []byte
	sqpos []int32
	src   string // the text normalized, which pos points into
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

// normalize fills n from text. A hyphen, dot or underscore between two
// letters (enc-ulé, con.nard) is read as a space; joinSplits makes the
// copy where it is dropped. splits counts those that leave a short piece
// on one side, so that the caller knows whether a joined pass is useful.
func (n *normalized) normalize(f *folder, text string) (splits int) {
	n.src = text
	// Local slices: appending through n would reload them at every byte.
	tmp, tpos, split := n.tmp[:0], n.tpos[:0], n.splits[:0]
	prevLetter := false
	for i := 0; i < len(text); {
		c := text[i]
		if isASCIILetter(c) {
			// A run of ASCII letters, most of any text: no decoding, no
			// tables.
			var j int
			tmp, j, _ = foldASCIILetters(tmp, text, i)
			tpos = appendOffsets(tpos, i, j)
			prevLetter = true
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ':
			// Between most words: what the default case does, without
			// the tests of the cases between.
			if len(tmp) > 0 && tmp[len(tmp)-1] != ' ' {
				tmp = append(tmp, ' ')
				tpos = append(tpos, int32(i))
			}
			prevLetter = false
		case (r == '-' || r == '.' || r == '_') && prevLetter && nextIsLetter(text, i+size):
			// Only a short piece on one side (enc-ulé, co.nnard) can be a
			// word split to escape filters; rendez-vous and impots.gouv
			// are not worth a second pass.
			if shortPiece(text, i, i+size) {
				splits++
			}
			if len(tmp) > 0 && tmp[len(tmp)-1] != ' ' {
				split = append(split, int32(len(tmp)))
				tmp = append(tmp, ' ')
				tpos = append(tpos, int32(i))
			}
			prevLetter = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			// (The other ASCII letters were read above.)
			s, lr := f.fold(r)
			if s == "" && lr != 0 {
				var b [4]byte
				s = string(b[:utf8.EncodeRune(b[:], lr)])
			}
			for k := 0; k < len(s); k++ {
				tmp = append(tmp, s[k])
				tpos = append(tpos, int32(i))
			}
			prevLetter = s != ""
		case leet(r) != 0 && (prevLetter && (unicode.IsDigit(r) || r == '@') || nextIsLetter(text, i+size)):
			// A digit may end a word (merd3), and so may an at sign,
			// which writes the a of feminine endings (vadi@, str0nz@);
			// another sign only inside one (conn!ard): "joder!" ends
			// with an exclamation mark.
			tmp = append(tmp, leet(r))
			tpos = append(tpos, int32(i))
			prevLetter = true
		case unicode.IsDigit(r):
			tmp = append(tmp, '0'+byte(r%10))
			tpos = append(tpos, int32(i))
			prevLetter = false
		default:
			if len(tmp) > 0 && tmp[len(tmp)-1] != ' ' {
				tmp = append(tmp, ' ')
				tpos = append(tpos, int32(i))
			}
			prevLetter = false
		}
		i += size
	}
	n.tmp, n.tpos, n.splits = tmp, tpos, split
	n.squeeze()
	return splits
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// appendOffsets appends the offsets i to j-1 to tpos, growing it once
// and writing eight at a time, past j-1 within tpos's capacity, then
// cutting back: most runs of letters are eight bytes or fewer, and a loop
// over each offset would guess wrong at each run's end. (A function of
// its own: in normalize's loop, the slice would live on the stack.)
func appendOffsets(tpos []int32, i, j int) []int32 {
	m, n := len(tpos), j-i
	tpos = slices.Grow(tpos, n+7)
	dst := tpos[m : m+(n+7)&^7]
	for k := 0; k+8 <= len(dst); k += 8 {
		v := int32(i + k)
		d := dst[k : k+8 : k+8]
		d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] = v, v+1, v+2, v+3, v+4, v+5, v+6, v+7
	}
	return tpos[:m+n]
}

// joinSplits fills n with the copy of from where a hyphen, dot or
// underscore between two letters is dropped rather than read as a space
// (enc-ulé is read encule). It is the normalization of the same text with
// those signs removed, taken from from's first pass instead of decoding
// the text again: a split leaves the letters around it as they were.
func (n *normalized) joinSplits(from *normalized) {
	tmp, tpos := n.tmp[:0], n.tpos[:0]
	at := 0
	for _, sp := range from.splits {
		tmp = append(tmp, from.tmp[at:sp]...)
		tpos = append(tpos, from.tpos[at:sp]...)
		at = int(sp) + 1
	}
	tmp = append(tmp, from.tmp[at:]...)
	tpos = append(tpos, from.tpos[at:]...)
	n.tmp, n.tpos, n.splits = tmp, tpos, n.splits[:0]
	n.src = from.src
	n.squeeze()
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

// normalizeTerm returns the normalized form of a lexicon term.
func normalizeTerm(f *folder, term string) string {
	var n normalized
	n.normalize(f, term)
	t := n.text
	for len(t) > 0 && t[0] == ' ' {
		t = t[1:]
	}
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	return string(t)
}
