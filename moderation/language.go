package moderation

import (
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
}

func newDetector(fallback string) *detector {
	wl := map[whatlanggo.Lang]bool{}
	// whatlanggo names languages with ISO 639-3 codes.
	for _, l := range []whatlanggo.Lang{whatlanggo.Fra, whatlanggo.Eng, whatlanggo.Spa, whatlanggo.Deu, whatlanggo.Ita, whatlanggo.Por} {
		wl[l] = true
	}
	return &detector{options: whatlanggo.Options{Whitelist: wl}, fallback: fallback}
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
	var lanes [2]uint64
	n := 0
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
		lanes[0] += voteLanes[m&15]
		lanes[1] += voteLanes[m>>4&15]
		if n++; n == 1<<16-1 {
			flushVotes(&votes, &lanes)
			n = 0
		}
	}
	flushVotes(&votes, &lanes)
	best, runner := leader(&votes)
	if best >= 0 && votes[best] > runner && (votes[best] >= 2 || runner == 0) {
		return langCode(best)
	}
	// Undecided: the letters only some of the languages write ("Dolores
	// me acompañó a la prefectura", whose frequent words are French too).
	if letterVotes(text, &votes) {
		if best, runner = leader(&votes); best >= 0 && votes[best] > runner && votes[best] >= 2 {
			return langCode(best)
		}
	}
	if h := langIndex(hint); h >= 0 && best >= 0 && votes[h] == votes[best] {
		return hint
	}
	if best < 0 && mostlyGibberish(text, toks) {
		// "zzzz qsdqsd azerty": no language to tell.
		if langIndex(hint) >= 0 {
			return hint
		}
		return d.fallback
	}
	return d.trigrams(text, toks, hint, words, masked)
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

// letterVotes adds to votes two votes for each letter of text that only
// some of the languages write, as strong a sign as two frequent words: ñ
// for Spanish, ã and õ for Portuguese, ß, ä, ö and ü for German; it
// reports whether it found one. All of them
// are two bytes starting with 0xC3, searched for at machine speed.
func letterVotes(text string, votes *[nLangs]int) bool {
	found := false
	for i := 0; i+1 < len(text); i++ {
		j := strings.IndexByte(text[i:len(text)-1], 0xC3)
		if j < 0 {
			break
		}
		i += j
		code := ""
		switch text[i+1] | 0x20 { // the capital's second byte is 0x20 below the small letter's
		case 0xB1: // ñ Ñ
			code = "es"
		case 0xA3, 0xB5: // ã õ
			code = "pt"
		case 0xA4, 0xB6, 0xBC: // ä ö ü
			code = "de"
		}
		if text[i+1] == 0x9F { // ß
			code = "de"
		}
		if code != "" {
			votes[langIndex(code)] += 2
			found = true
		}
		i++
	}
	return found
}

// trigrams tells the language of text by whatlanggo's trigram model,
// when the frequent words and letters did not: hint, then the fallback,
// when it is not confident.
func (d *detector) trigrams(text string, toks []token, hint string, words int, masked bool) string {
	if words >= 4 {
		// The trigram model allocates for every trigram: a prefix is
		// enough to tell the language.
		sample := text
		if masked {
			sample = withoutMasked(text, toks)
		}
		if len(sample) > maxSample {
			cut := maxSample
			for cut > 0 && !utf8.RuneStart(sample[cut]) {
				cut--
			}
			sample = sample[:cut]
		}
		info := whatlanggo.DetectWithOptions(sample, d.options)
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

// mostlyGibberish reports whether half the words of text or more cannot be
// words of any language.
func mostlyGibberish(text string, toks []token) bool {
	gib, words := 0, 0
	var buf [64]byte
	for _, t := range toks {
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
	for _, t := range toks {
		if t.has(tokMasked) {
			b.WriteString(text[at:t.cs])
			at = int(t.ce)
		}
	}
	b.WriteString(text[at:])
	return b.String()
}
