package moderation

import (
	"math/bits"
	"unicode"
)

// Shouting thresholds: at least shoutLetters letters are counted, at least
// shoutWords words are in capitals, and capitals are at least shoutRatio of
// the letters counted.
const (
	shoutLetters = 12
	shoutWords   = 2
	shoutRatio   = 0.6
)

// shouting reports whether text is written in capitals: acronyms (CAF,
// URSSAF), short words in capitals (RSA, OK) and masked spans are not
// counted unless they are frequent words (THE, LES), and one emphasised
// word in a sentence is not shouting.
func shouting(text string, toks []token) bool {
	// Most texts have fewer than shoutWords words in capitals that are
	// not acronyms: no need to count their letters.
	candidates := 0
	for k := range toks {
		t := &toks[k]
		if t.has(tokUpper) && !t.has(tokMasked) && !t.info.acronym {
			candidates++
		}
	}
	if candidates < shoutWords {
		return false
	}
	letters, upper, words := 0, 0, 0
	for k := range toks {
		t := &toks[k]
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		n, u := caseCounts(text, int(t.cs), int(t.ce))
		// Short words in capitals are often acronyms (RSA, OK), unless
		// they are frequent words (THE, ARE, LES).
		if u == n && (n <= 3 && !t.info.stop || t.info.acronym) {
			continue
		}
		letters += n
		upper += u
		if u == n && n >= 2 {
			words++
		}
	}
	return letters >= shoutLetters && words >= shoutWords && float64(upper) >= shoutRatio*float64(letters)
}

// caseCounts returns the number of letters of text[start:end], a word,
// and how many are capitals. A word of eight ASCII bytes or fewer, with
// eight bytes of text from its start, is counted at once, from the masks
// of its letters and capitals: a loop over its runes would guess wrong
// at its end.
func caseCounts(text string, start, end int) (letters, upper int) {
	if end-start <= 8 && start+8 <= len(text) {
		x := load64(text, start)
		// (1<<64 is 0: all eight bytes.) The word is ASCII when no
		// byte has its high bit.
		valid := uint64(highs) & (1<<(8*(end-start)) - 1)
		if x&valid == 0 {
			return bits.OnesCount64(asciiLetters8(x) & valid), bits.OnesCount64(byteRange(x, 'A', 'Z') & valid)
		}
	}
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}
