package moderation

import "strings"

// The classes of words that spell digits (personal_cues.txt), as
// wordInfo.spelled.
const (
	numDigit   uint8 = 1 + iota // zéro, six, seven, null, tre: one digit
	numTens                     // dix-huit, quarante, twenty, veinte, einundzwanzig: two digits
	numHundred                  // cent, hundred, seiscientos: three digits with the words after it
	numDouble                   // double: the next digit twice
	numTriple                   // triple: the next digit three times
	numJoiner                   // et, y, e, and, und: joins tens and units ("cuarenta y cuatro")
)

var spelledClasses = map[string]uint8{
	"digit": numDigit, "tens": numTens, "hundred": numHundred, "double": numDouble, "triple": numTriple, "joiner": numJoiner,
}

// minSpelledDigits and minSpelledWords are what a run of number words
// must spell to be a phone number written out: nine digits (a national
// number without its trunk zero) in four words at least. "un, deux,
// trois, quatre, cinq" counts; "three hundred and twenty" is an amount.
const (
	minSpelledDigits = 9
	minSpelledWords  = 4
)

// spelledPhones appends the phone numbers written out in words, for forms
// that refuse digits: "zéro six, quarante-deux, dix-huit, soixante-treize,
// cinquante", "oh seven seven double oh, nine hundred", "null eins sieben
// eins, zwei drei vier". A run of number words, joined by blanks, commas,
// hyphens or a joining word between tens and units, is masked as a phone
// when it spells nine digits or more.
func spelledPhones(text string, toks []token, out []finding) []finding {
	for k := 0; k < len(toks); k++ {
		if toks[k].info.spelled == 0 || toks[k].info.spelled == numJoiner || toks[k].has(tokMasked) || overlapsAny(out, toks[k].cs, toks[k].ce) {
			continue
		}
		digits, words, last, pairs := 0, 0, k, 0
		prev := uint8(0)
		for j := k; j < len(toks); j++ {
			t := toks[j]
			c := t.info.spelled
			// A comma ends a group: what comes after it starts anew
			// ("trente et un, douze").
			if j > k && strings.IndexByte(text[toks[j-1].ce:t.cs], ',') >= 0 {
				prev = 0
			}
			// Nor into what was found before: "… nine zero@example.com"
			// ends before the e-mail, as a second reading ends it at
			// the placeholder.
			// Pairs of digits among the words count as written: "zéro
			// sept 61 quatre-vingt-deux 45 13", after a word.
			pair := c == 0 && j > k && t.ce-t.cs <= 2 && t.has(tokDigit) && !t.has(tokLetter) && countDigits(text[t.cs:t.ce]) == int(t.ce-t.cs)
			if c == 0 && !pair || t.has(tokMasked) || j > k && !spelledGap(text[toks[j-1].ce:t.cs]) || overlapsAny(out, t.cs, t.ce) {
				break
			}
			if pair {
				digits += int(t.ce - t.cs)
				pairs++
				words++
				last = j
				prev = 0
				continue
			}
			switch c {
			case numDigit:
				// A unit after tens or a hundred is part of them
				// ("quarante-deux", "cuarenta y cuatro", "nine hundred").
				if prev != numTens && prev != numHundred && !(prev == numJoiner && words > 0) {
					digits++
				}
			case numTens:
				// "quatre-vingt-dix-neuf" is two digits: tens after tens
				// or a hundred are part of them, tens after a unit joined
				// by a hyphen ("quatre-vingt") add one.
				switch {
				case prev == numTens && toks[j-1].has(tokHyphen) || prev == numHundred:
				case prev == numDigit && toks[j-1].has(tokHyphen):
					digits++
				default:
					digits += 2
				}
			case numHundred:
				digits += 2 // with the digit before it: "nine hundred" is three
				if prev != numDigit {
					digits++
				}
			case numDouble:
				digits++
			case numTriple:
				digits += 2
			}
			// A joining word adds nothing; the unit after it is part of
			// the tens before it ("trente et un").
			if c != numJoiner {
				words++
				last = j
			}
			prev = c
		}
		// (Two words at least among the pairs: a run of digits alone is
		// the numbers' scanner's.)
		if digits >= minSpelledDigits && words >= minSpelledWords && words-pairs >= 2 && !overlapsAny(out, toks[k].cs, toks[last].ce) {
			out = append(out, finding{toks[k].cs, toks[last].ce, maskPhone})
		}
		k = last
	}
	return out
}

// spelledGap reports whether the gap between two number words keeps them
// in one number: blanks, a comma or a hyphen.
func spelledGap(gap string) bool {
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', ',', '-':
		default:
			return false
		}
	}
	return true
}
