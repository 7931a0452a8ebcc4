package moderation

import "unicode"

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
	for _, t := range toks {
		if t.has(tokUpper) && !t.has(tokMasked) && !t.info.acronym {
			candidates++
		}
	}
	if candidates < shoutWords {
		return false
	}
	letters, upper, words := 0, 0, 0
	for _, t := range toks {
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		n, u := 0, 0
		for _, r := range text[t.cs:t.ce] {
			if unicode.IsLetter(r) {
				n++
				if unicode.IsUpper(r) {
					u++
				}
			}
		}
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
