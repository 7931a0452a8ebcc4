package moderation

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// langCodes lists the ISO 639-1 codes of the languages the engine knows,
// two letters each, French first: it is the default.
const langCodes = "frenesdeitpt"

const nLangs = len(langCodes) / 2

// langCode returns the code of the language of index i.
func langCode(i int) string { return langCodes[2*i : 2*i+2] }

// hintCode returns the supported language a browser-style tag names
// ("fr-FR", "EN", "pt_BR"), or "".
func hintCode(tag string) string {
	if len(tag) < 2 || len(tag) > 2 && tag[2] != '-' && tag[2] != '_' {
		return ""
	}
	for i := range nLangs {
		c := langCode(i)
		if tag[0]|0x20 == c[0] && tag[1]|0x20 == c[1] {
			return c
		}
	}
	return ""
}

// langIndex returns the index of code, or -1 when it is not supported.
func langIndex(code string) int {
	for i := range nLangs {
		if langCode(i) == code {
			return i
		}
	}
	return -1
}

// detector tells the language of a text: first by counting frequent
// function words of each supported language, which is exact on the short
// and mixed texts citizens write; when those do not decide, by whatlanggo's
// trigram model restricted to the supported languages; French when neither
// is confident.
type detector struct {
	options  whatlanggo.Options
	fallback string
	// among[m] restricts the trigram model to the languages of the bit
	// set m, those tied by the votes.
	among [1 << nLangs]whatlanggo.Options
}

// whatlanggo names languages with ISO 639-3 codes, in the order of
// langCodes.
var whatlangLangs = [nLangs]whatlanggo.Lang{whatlanggo.Fra, whatlanggo.Eng, whatlanggo.Spa, whatlanggo.Deu, whatlanggo.Ita, whatlanggo.Por}

func newDetector(fallback string) *detector {
	d := &detector{fallback: fallback}
	for m := range d.among {
		wl := map[whatlanggo.Lang]bool{}
		for i, l := range whatlangLangs {
			if m>>i&1 != 0 {
				wl[l] = true
			}
		}
		d.among[m] = whatlanggo.Options{Whitelist: wl}
	}
	d.options = d.among[len(d.among)-1]
	return d
}

// minConfidence is the whatlanggo confidence below which the fallback
// language is used.
const minConfidence = 0.25

// maxSample is the most bytes given to the trigram model: over the
// 10,893 labelled texts of our corpora, 100 bytes tell the language as
// well as 160 (80 texts read wrong against 81).
const maxSample = 100

// voteLanes[m] has a 1 in the lane of 16 bits of each language of the
// bit set m of four languages.
var voteLanes = func() (t [16]uint64) {
	for m := range t {
		for i := range 4 {
			t[m] |= uint64(m>>i&1) << (16 * i)
		}
	}
	return t
}()

// flushVotes adds the votes counted in lanes to votes and empties lanes:
// lanes[0] holds languages 0 to 3, lanes[1] the others.
func flushVotes(votes *[nLangs]int, lanes *[2]uint64) {
	for i := range votes {
		votes[i] += int(lanes[i/4] >> (16 * (i % 4)) & 0xffff)
	}
	*lanes = [2]uint64{}
}

// detect returns the ISO 639-1 code of the language of text, given its
// annotated tokens. hint, when supported, breaks ties.
func (d *detector) detect(text string, toks []token, hint string) string {
	code, _ := d.detectAll(text, toks, hint)
	return code
}

// detectAll is detect, and the bit set of the languages the text may be
// in: the language told, and the others its frequent words tied with it
// when the trigram model broke the tie ("Un pirla." may be Italian,
// French or Spanish), whose short words of abuse all apply.
func (d *detector) detectAll(text string, toks []token, hint string) (string, uint8) {
	hint = hintCode(hint)
	// A placeholder already in the text ("[telefone removido]") is in the
	// language of the reading that put it there: it must not decide the
	// language of the next reading.
	var votes [nLangs]int
	words, masked := 0, false
	// The votes are counted in lanes of 16 bits, four languages to an
	// integer, a word's added at once from a table (a loop over its
	// languages would guess wrong at each word's end), and moved to
	// votes before a lane can fill.
	var lanes, spelled [2]uint64
	n, nSpelled, runs := 0, 0, 0
	for k := range toks {
		t := &toks[k]
		if t.has(tokMasked) {
			masked = true
			continue
		}
		if t.has(tokLetter) {
			words++ // a number is the same in every language, and masked next time
		}
		m := t.info.langs
		if t.ce-t.cs == 1 && t.has(tokLetter) && spelledOut(text, toks, k) {
			// A letter of a word spelled out ("a c u n t") is no elided
			// c', n', t' of French; it votes only in a text spelled out
			// for the most part.
			spelled[0] += voteLanes[m&15]
			spelled[1] += voteLanes[m>>4&15]
			nSpelled++
			if k == 0 || toks[k-1].ce-toks[k-1].cs != 1 || toks[k].cs-toks[k-1].ce != 1 {
				runs++ // the first letter of a word spelled out
			}
			m = 0
		}
		lanes[0] += voteLanes[m&15]
		lanes[1] += voteLanes[m>>4&15]
		if n++; n == 1<<16-1 {
			flushVotes(&votes, &lanes)
			n = 0
		}
	}
	// (Each word spelled out counts as one word: "she is a c u n t" is
	// two words and one spelled, English.)
	if runs*2 > words-nSpelled+runs {
		flushVotes(&votes, &spelled)
	}
	flushVotes(&votes, &lanes)
	best, runner := leader(&votes)
	if best >= 0 && votes[best] > runner && (votes[best] >= 2 || runner == 0) {
		return langCode(best), 0
	}
	// Undecided: the letters only some of the languages write ("Dolores
	// me acompañó a la prefectura", whose frequent words are French too).
	if letterVotes(text, &votes) {
		if best, runner = leader(&votes); best >= 0 && votes[best] > runner && votes[best] >= 2 {
			return langCode(best), 0
		}
	}
	if h := langIndex(hint); h >= 0 && best >= 0 && votes[h] == votes[best] {
		return hint, 0
	}
	// Tied: the trigram model tells the language of a text of four words
	// or more when it is confident, as for a text with no vote; else, and
	// however short the text, it chooses among the tied languages alone
	// ("Un servizio pessimo." ties French, Spanish and Italian on "un").
	if best >= 0 && runner == votes[best] {
		var tied int
		for i, v := range votes {
			if v == votes[best] {
				tied |= 1 << i
			}
		}
		smp := sample(text, toks, masked)
		if words >= 4 {
			info := whatlanggo.DetectWithOptions(smp, d.options)
			if i := langIndex(info.Lang.Iso6391()); i >= 0 && info.Confidence >= minConfidence {
				return langCode(i), uint8(tied)
			}
		}
		info := whatlanggo.DetectWithOptions(smp, d.among[tied])
		if i := langIndex(info.Lang.Iso6391()); i >= 0 && tied>>i&1 != 0 {
			return langCode(i), uint8(tied)
		}
		// The full model was asked already: what trigrams would end with.
		if langIndex(hint) >= 0 {
			return hint, 0
		}
		return d.fallback, 0
	}
	if best < 0 && mostlyGibberish(text, toks) {
		// "zzzz qsdqsd azerty": no language to tell.
		if langIndex(hint) >= 0 {
			return hint, 0
		}
		return d.fallback, 0
	}
	return d.trigrams(text, toks, hint, words, masked), 0
}

// spelledOut reports whether the one-byte token k is one of three or more
// one-letter words in a row, each one space or dot from the next: a word
// spelled out letter by letter.
func spelledOut(text string, toks []token, k int) bool {
	one := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].ce-toks[i].cs == 1 && toks[i].has(tokLetter)
	}
	near := func(i int) bool { // toks[i] and toks[i+1] are one separator apart
		return toks[i+1].cs-toks[i].ce == 1 && (text[toks[i].ce] == ' ' || text[toks[i].ce] == '.')
	}
	run := 1
	for i := k - 1; one(i) && near(i); i-- {
		run++
	}
	for i := k + 1; one(i) && near(i-1); i++ {
		run++
	}
	return run >= 3
}

// leader returns the language with the most votes (-1 if none has one)
// and the votes of the runner-up.
func leader(votes *[nLangs]int) (int, int) {
	best, second := -1, -1
	for i, v := range votes {
		if v == 0 {
			continue
		}
		if best < 0 || v > votes[best] {
			best, second = i, best
		} else if second < 0 || v > votes[second] {
			second = i
		}
	}
	runner := 0
	if second >= 0 {
		runner = votes[second]
	}
	return best, runner
}

// letterVotes adds to votes the votes of the letters of text that only
// some of the languages write: two for a letter of one language (ñ
// Spanish; ã, õ Portuguese; ß, ä, ö, ü German, but Spanish in güe, güi; î,
// û, ë, ï French; ì, ò Italian), as strong a sign as two frequent words,
// and one to each of two languages that share a letter (è French and
// Italian, ç French and Portuguese, á, í, ó, ú Spanish and
// Portuguese…); é, written by four, says nothing. It reports whether it
// found one. All of them are two bytes starting with 0xC3, searched for
// at machine speed.
func letterVotes(text string, votes *[nLangs]int) bool {
	found := false
	for i := 0; i+1 < len(text); i++ {
		j := strings.IndexByte(text[i:len(text)-1], 0xC3)
		if j < 0 {
			break
		}
		i += j
		c := text[i+1]
		if c != 0x9F { // ß has no capital: the others' second byte is 0x20 below the small letter's
			c |= 0x20
		}
		l := letterLangs[c&0x3F]
		if c == 0xBC && i > 0 && text[i-1]|0x20 == 'g' && i+2 < len(text) && (text[i+2]|0x20 == 'e' || text[i+2]|0x20 == 'i') {
			l = 1 << langIndex("es") // vergüenza, pingüino: the ü of Spanish, not of günstig
		}
		if l != 0 {
			n := 2
			if l&(l-1) != 0 {
				n = 1
			}
			for m := l; m != 0; m &= m - 1 {
				votes[bits.TrailingZeros8(m)] += n
			}
			found = true
		}
		i++
	}
	return found
}

// letterLangs maps the second byte of a letter 0xC3 starts (its low six
// bits) to the languages that write it, a bit for each index of
// langCodes.
var letterLangs = func() (t [64]uint8) {
	for _, l := range []struct {
		second byte
		codes  string
	}{
		{0xB1, "es"}, {0xA3, "pt"}, {0xB5, "pt"}, {0xA4, "de"}, {0xB6, "de"}, {0xBC, "de"}, {0x9F, "de"},
		{0xAE, "fr"}, {0xBB, "fr"}, {0xAB, "fr"}, {0xAF, "fr"}, {0xAC, "it"}, {0xB2, "it"},
		{0xA8, "frit"}, {0xB9, "frit"}, {0xA7, "frpt"}, {0xA2, "frpt"}, {0xAA, "frpt"}, {0xB4, "frpt"},
		{0xA1, "espt"}, {0xAD, "espt"}, {0xB3, "espt"}, {0xBA, "espt"},
	} {
		for k := 0; k < len(l.codes); k += 2 {
			t[l.second&0x3F] |= 1 << langIndex(l.codes[k:k+2])
		}
	}
	return t
}()

// trigrams tells the language of text by whatlanggo's trigram model,
// when the frequent words and letters did not: hint, then the fallback,
// when it is not confident.
func (d *detector) trigrams(text string, toks []token, hint string, words int, masked bool) string {
	if words >= 4 {
		info := whatlanggo.DetectWithOptions(sample(text, toks, masked), d.options)
		if info.Confidence >= minConfidence {
			if code := info.Lang.Iso6391(); langIndex(code) >= 0 {
				return code
			}
		}
	}
	if langIndex(hint) >= 0 {
		return hint
	}
	return d.fallback
}

// sample returns what the trigram model reads of text: no placeholder,
// and a prefix, since the model allocates for every trigram and a
// prefix is enough to tell the language.
func sample(text string, toks []token, masked bool) string {
	if masked {
		text = withoutMasked(text, toks)
	}
	if len(text) > maxSample {
		cut := maxSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return text
}

// mostlyGibberish reports whether half the words of text or more cannot be
// words of any language.
func mostlyGibberish(text string, toks []token) bool {
	gib, words := 0, 0
	var buf [64]byte
	for ti := range toks {
		t := &toks[ti]
		if !t.has(tokLetter) || t.has(tokDigit) {
			continue
		}
		words++
		w := buf[:0]
		for i := t.cs; i < t.ce; i++ {
			w = append(w, text[i]|0x20)
		}
		if isGibberish(w) {
			gib++
		}
	}
	return words > 0 && gib*2 >= words
}

// withoutMasked returns text without the words of placeholders already in
// it.
func withoutMasked(text string, toks []token) string {
	var b strings.Builder
	at := 0
	for ti := range toks {
		t := &toks[ti]
		if t.has(tokMasked) {
			b.WriteString(text[at:t.cs])
			at = int(t.ce)
		}
	}
	b.WriteString(text[at:])
	return b.String()
}
