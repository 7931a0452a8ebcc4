package moderation

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words nobody writes: gibberish, keys typed along a row, placeholder
// text. A text made of them is junk.

// isGibberish reports whether a folded word of four letters or more
// cannot be a word: one letter repeated, no vowel, or five consonants in a
// row.
func isGibberish(w []byte) bool {
	if len(w) < 4 {
		return false
	}
	// No branch on vowels and consonants, which follow no pattern a
	// branch predictor could learn: v is 1 for a vowel, 0 otherwise.
	vowels, run, maxRun, same := 0, 0, 0, 1
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
		same &= b2i(c == w[0])
		v := int(vowelBits >> (c - 'a') & 1)
		vowels += v
		run = (run + 1) & (v - 1) // a consonant adds to the run, a vowel ends it
		maxRun = max(maxRun, run)
	}
	return same == 1 || vowels == 0 || maxRun >= 5
}

// laughOnly reports whether the one word of toks is a long run of a
// syllable of two or three letters said over and over ("jajajajajaja",
// "hahahahahaha"): the whole text, no contribution; not in a sentence
// ("hahahaha merci beaucoup"), nor a word stressed ("noooooon").
func laughOnly(toks []token, fold []byte) bool {
	for ti := range toks {
		t := &toks[ti]
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		w := fold[t.fs:t.fe]
		if len(w) < 10 {
			return false
		}
		for p := 2; p <= 3; p++ {
			periodic := w[0] != w[1]
			for i := p; i < len(w) && periodic; i++ {
				periodic = w[i] == w[i-p]
			}
			if periodic {
				return true
			}
		}
		return false
	}
	return false
}

// maybeJunk returns 1 when the folded word w may be gibberish or filler
// (isGibberish or isFiller), 0 when it is neither. It reads a word of
// eight bytes or fewer, most words, at once, as an integer, when there is
// room to read eight bytes from its start (a word of tokenize's buffer,
// the next word after it), and decides with no branch: the words of a
// text are words, and the tests' branches, on their length, vowels and
// letters, come at no pattern a branch predictor could learn. Longer
// words are left to the exact tests.
func maybeJunk(w []byte) int {
	n := len(w)
	if n > 8 || cap(w) < 8 {
		return 1
	}
	x := binary.LittleEndian.Uint64(w[:8])
	bytes := wordBytes[n]
	valid := highs & bytes
	// isGibberish: letters only, and one letter repeated, no vowel or
	// five consonants in a row.
	letters := b2i(byteRange(x, 'a', 'z')&valid == valid)
	same := b2i(zeroBytes(x^(x&0xff)*ones)&valid == valid)
	vowels := (zeroBytes(x^'a'*ones) | zeroBytes(x^'e'*ones) | zeroBytes(x^'i'*ones) |
		zeroBytes(x^'o'*ones) | zeroBytes(x^'u'*ones) | zeroBytes(x^'y'*ones)) & valid
	c := valid &^ vowels
	gib := letters & (same | b2i(vowels == 0) | b2i(c&(c>>8)&(c>>16)&(c>>24)&(c>>32) != 0))
	// isFiller: placeholder text, or first three letters that are
	// neighbouring keys (the bytes after a shorter word are read too:
	// it is no filler anyway).
	xv := x & bytes
	lorem := b2i(xv == loremWords[0]) | b2i(xv == loremWords[1]) | b2i(xv == loremWords[2]) | b2i(xv == loremWords[3])
	a, b, d := uint(byte(x)-'a'), uint(byte(x>>8)-'a'), uint(byte(x>>16)-'a')
	keys := b2i(a|b|d < 32) & int(keyPairs[a&31][b&31]&keyPairs[b&31][d&31])
	return gib | lorem | keys
}

// wordBytes[n] has the low n bytes set.
var wordBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xff_ffffffff, 0xffff_ffffffff, 0xffffff_ffffffff, 0xffffffff_ffffffff}

// keyPairs is keyNext as 0 and 1, in rows of 32 so that an index below
// 32 falls inside it: 0 past z.
var keyPairs = func() (t [32][32]uint8) {
	for a := range keyNext {
		for b := range keyNext[a] {
			t[a][b] = uint8(b2i(keyNext[a][b]))
		}
	}
	return t
}()

// loremWords are the words of placeholder text isFiller knows, as
// little-endian integers, for maybeJunk.
var loremWords = [4]uint64{
	uint64('l') | uint64('o')<<8 | uint64('r')<<16 | uint64('e')<<24 | uint64('m')<<32,
	uint64('i') | uint64('p')<<8 | uint64('s')<<16 | uint64('u')<<24 | uint64('m')<<32,
	uint64('d') | uint64('o')<<8 | uint64('l')<<16 | uint64('o')<<24 | uint64('r')<<32,
	uint64('a') | uint64('m')<<8 | uint64('e')<<16 | uint64('t')<<24,
}

// keyRows are the rows of letters of the QWERTY and AZERTY keyboards.
var keyRows = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn"}

// keyNext[a][b] reports whether the letters a and b are neighbouring keys
// of one row of keyRows.
var keyNext = func() (t [26][26]bool) {
	for _, row := range keyRows {
		for i := 0; i+1 < len(row); i++ {
			a, b := row[i]-'a', row[i+1]-'a'
			t[a][b], t[b][a] = true, true
		}
	}
	return t
}()

// isFiller reports whether a folded word is typed to fill a form rather
// than written: four keys or more along one keyboard row in one direction
// (asdf, qwerty, azerty, poiu), or placeholder text (lorem ipsum).
func isFiller(w []byte) bool {
	switch string(w) {
	case "lorem", "ipsum", "dolor", "amet":
		return true
	}
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' || !keyNext[w[0]-'a'][w[1]-'a'] {
		return false // most words: their first two letters are not neighbouring keys
	}
	for _, row := range keyRows {
		i := strings.IndexByte(row, w[0])
		if i < 0 || len(w) > len(row) {
			continue
		}
		forward, backward := i+len(w) <= len(row), i+1 >= len(w)
		for k := 1; k < len(w) && (forward || backward); k++ {
			forward = forward && row[i+k] == w[k]
			backward = backward && row[i-k] == w[k]
		}
		if forward || backward {
			return true
		}
	}
	return false
}

// vowelBits has bit c-'a' set for the vowels a, e, i, o, u, y.
const vowelBits = 1<<('a'-'a') | 1<<('e'-'a') | 1<<('i'-'a') | 1<<('o'-'a') | 1<<('u'-'a') | 1<<('y'-'a')

// repeated reports whether a text of words words says the same few words
// over and over: "test test test…", "lol lol lol mdr mdr mdr": six words
// or more, at most four different ones, one of them half the text; or
// one word two thirds of a text of any words, six times or more ("WIN WIN
// WIN WIN WIN WIN FREE IPHONE CLICK NOW WIN WIN WIN"; not "Blah blah blah
// blah blah blah, the council never listens", "pourquoi ×6 fermer la
// piscine en été ?"). A frequent word is junk only so (an allowed word
// is frequent too: "hello hello hello…"; not "et moi, et moi, et moi").
// Words a citizen says over and over to be heard or to thank are his
// (emphatic).
func (s *spam) repeated(toks []token, fold []byte, words int) bool {
	if words < 6 {
		return false
	}
	var seen [8][]byte
	var times [8]int
	var stop [8]bool
	n := 0
	for ti := range toks {
		t := &toks[ti]
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		w := fold[t.fs:t.fe]
		k := 0
		for k < n && string(seen[k]) != string(w) {
			k++
		}
		if k == n {
			if n == len(seen) {
				return false // a ninth word: written, not typed over and over
			}
			seen[n], stop[n] = w, t.info.stop
			n++
		}
		times[k]++
	}
	for k := range n {
		most := times[k]*3 >= words*2 && times[k] >= 6
		if (most || n <= 4 && times[k]*2 >= words && !stop[k]) && s.junkRepeat(seen[k]) {
			return true
		}
	}
	return false
}

// repeatedPhrase reports whether a text of words words is one phrase of
// three to twelve words said over and over, end to end: four times or
// more, or three times when it has five words or more, the repetitions
// four fifths of the words at least and the phrase three different words
// with no mark of a sentence between them ("achetez des followers pas
// chers achetez des followers pas chers…", "clique no link da bio clique
// no link da bio…"; not "t'es mort. t'es mort. t'es mort.", a threat, nor
// "Der Aufzug ist kaputt. Der Aufzug ist kaputt…", "Danke für die Hilfe,
// danke für die Hilfe…", a citizen's). The repetitions start within the
// first fifth of the words.
func repeatedPhrase(text string, toks []token, fold []byte, words int) bool {
	if words < 12 || words > 240 {
		return false
	}
	var idx [240]int32
	n := 0
	for k := range toks {
		if toks[k].flags&(tokLetter|tokMasked) == tokLetter {
			if n == len(idx) {
				return false // more words than the caller counted
			}
			idx[n] = int32(k)
			n++
		}
	}
	word := func(i int) []byte { t := &toks[idx[i]]; return fold[t.fs:t.fe] }
	same := func(i, j int) bool {
		a, b := &toks[idx[i]], &toks[idx[j]]
		return a.fe-a.fs == b.fe-b.fs && fold[a.fs] == fold[b.fs] && string(fold[a.fs:a.fe]) == string(fold[b.fs:b.fe])
	}
	// reached[k] is where the last run of period k ended: a run that
	// starts inside it is part of it, and is not read again (a text of
	// 240 words said in turns, "oui non oui non…", would be read once
	// for every start).
	var reached [13]int
	for s := 0; s*5 <= n; s++ {
		for k := 3; k <= 12 && s+k < n; k++ {
			if s < reached[k] || !same(s, s+k) {
				continue
			}
			e := s
			for e+k < n && same(e, e+k) {
				e++
			}
			reached[k] = e
			covered := e - s + k // words s .. e+k-1 repeat with period k
			reps := covered / k
			if covered*5 < n*4 || reps < 4 && (reps < 3 || k < 5) {
				continue
			}
			// Typed end to end, as keyword stuffing is: no mark of a
			// sentence between the repetitions ("Der Aufzug ist kaputt.
			// ×4", "Danke für die Hilfe, ×4" are a citizen's).
			if strings.ContainsAny(text[toks[idx[s]].cs:toks[idx[e+k-1]].ce], ".,;:!?\n") {
				continue
			}
			distinct := 0
			for i := s; i < s+k && distinct < 3; i++ {
				j := s
				for j < i && string(word(j)) != string(word(i)) {
					j++
				}
				if j == i {
					distinct++
				}
			}
			if distinct >= 3 {
				return true
			}
		}
	}
	return false
}

// keywordSalad reports whether the words of toks, words of them, are a
// few keywords said over and over: four different words of three letters
// or more that are no frequent words, and none a word of an opinion on a
// service (an emphatic word is said, but counts for none of the four);
// two of them said three times or more, the different words half the
// words or fewer ("cita previa cita previa sepe cita previa paro…"), or
// one, not emphatic, said five times or more, two words in five, with a
// word of grammar in eight at most ("SPID SPID facile SPID gratis SPID
// subito…", "caf allocation caf aide caf rsa… caf pas cher caf en
// ligne…"; not "danke danke danke an das team vom jobcenter danke…",
// "appel appel appel appel appel sans réponse au standard de la cpam");
// the words said three times said again after others, not in one burst
// ("honte honte honte caf caf caf…"), the word said five times no
// emphatic one; short frequent words, of grammar, one in four at most;
// with nothing but spaces between the words, as a string for a search
// engine is typed. A citizen repeating
// himself in anger punctuates ("Endless queues, endless queues, endless
// queues. Delays, delays.").
func (s *spam) keywordSalad(text string, toks []token, fold []byte, words int) bool {
	var seen [16][]byte
	var times, last [16]int
	var apart [16]bool // said again after other words: not only in one burst
	n, content, stop, nw := 0, 0, 0, 0
	for k := range toks {
		t := &toks[k]
		if k > 0 && strings.Trim(text[toks[k-1].ce:t.cs], " ") != "" {
			return false // "Attese infinite, attese infinite, attese infinite.": said, with its commas
		}
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		w := fold[t.fs:t.fe]
		stop += b2i(t.info.stop && len(w) <= 3) // a word of grammar; not "cita", "Termin", frequent as they are
		at := 0
		for at < n && string(seen[at]) != string(w) {
			at++
		}
		if at == n {
			if n == len(seen) {
				return false // too many different words: written
			}
			if !t.info.stop && len(w) >= 3 {
				if s.review[string(w)] {
					return false
				}
				content += b2i(!emphatic[string(w)])
			}
			seen[n] = w
			n++
		}
		if times[at] > 0 && last[at] != nw-1 {
			apart[at] = true
		}
		times[at]++
		last[at] = nw
		nw++
	}
	often, most := 0, 0
	for k := range n {
		if len(seen[k]) < 3 {
			continue
		}
		if times[k] >= 3 && apart[k] {
			often++ // not "honte honte honte caf caf caf…", each said in one burst
		}
		if !emphatic[string(seen[k])] {
			most = max(most, times[k])
		}
	}
	return content >= 4 && stop*4 <= words && (often >= 2 && 2*n <= words || most >= 5 && 5*most >= 2*words && stop*8 <= words)
}

// junkRepeat reports whether the folded word w, said over and over, is
// junk: not a word of an opinion on a service nor an emphatic one.
func (s *spam) junkRepeat(w []byte) bool {
	return !s.review[string(w)] && !emphatic[string(w)]
}

// emphatic are the folded words a citizen says over and over to be heard
// ("nul nul nul…", "non non non…", "stop stop stop…") or to thank ("merci
// merci merci…", "thank you thank you…"): an opinion.
var emphatic = map[string]bool{
	"nul": true, "nulle": true, "super": true, "top": true, "bien": true, "tres": true, "honte": true, "non": true, "oui": true,
	"stop": true, "vite": true, "urgent": true, "aide": true, "enfin": true, "encore": true, "jamais": true, "scandale": true,
	"help": true, "please": true, "no": true, "yes": true, "never": true, "shame": true, "bad": true, "good": true, "svp": true,
	"merci": true, "thanks": true, "thank": true, "you": true, "cheers": true, "bravo": true, "gracias": true, "danke": true,
	"grazie": true, "obrigado": true, "obrigada": true, "very": true, "so": true, "really": true, "vraiment": true, "trop": true,
	"muy": true, "sehr": true, "molto": true, "muito": true, "si": true, "nein": true, "ja": true, "nao": true,
}

// punctuationOnly reports whether text, which holds no word, is ten
// ASCII punctuation marks or more and nothing else but spaces
// ("!!!!!!!!!!!!"), or ten emoji or other symbols or more of three kinds
// at least ("💸💸💸🤑🤑🤑🚀🚀🚀🚀"; a kind is counted when a symbol is
// neither of the two kinds before it, so two kinds taking turns count as
// two); an emoji with the marks is a feeling ("😡 !!!!!!!!!!"), and so are
// a few ("👍👍👍") or one said over and over (ten stars, twelve 👏).
func punctuationOnly(text string) bool {
	n, symbols, distinct := 0, 0, 0
	var prev, last rune
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '!' || c == '?' || c == '.' || c == '*' || c == '#' || c == '-' || c == '_' || c == '=' || c == '+' || c == '~' || c == '$' || c == '%' || c == '&' || c == '@' || c == '/' || c == ',' || c == ';' || c == ':':
			n++
		case c >= 0x80:
			// Emoji and other symbols: a flood of them ("💸💸💸🤑🤑🤑🚀🚀…")
			// is junk as a run of signs is; a letter or a digit is not.
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
			if unicode.IsSymbol(r) {
				symbols++
				if r != last && r != prev {
					distinct++
				}
				prev, last = last, r
			}
			i += size - 1
		case c != ' ' && c != '\n' && c != '\t':
			return false
		}
	}
	return n >= 10 && symbols == 0 || symbols >= 10 && distinct >= 3
}

// fewFrequent reports whether fewer than one word in five of toks is a
// frequent word (de, la, pour, the): a list of keywords, not sentences.
func fewFrequent(toks []token, words int) bool {
	stop := 0
	for ti := range toks {
		t := &toks[ti]
		if t.has(tokLetter) && t.info.stop {
			stop++
		}
	}
	return stop*5 < words
}

// testWords are the folded words of a test (test, essai, prueba…), and
// testFill the words typed around them in a test of a form ("test test
// 123 ok", "essai 2 coucou"). ignoreWords ask a reader to skip a message.
var (
	testWords = map[string]bool{
		"test": true, "tests": true, "testing": true, "essai": true, "essais": true, "teste": true,
		"prueba": true, "pruebas": true, "probe": true, "prova": true,
	}
	testFill = map[string]bool{
		"ok": true, "okay": true, "hello": true, "hi": true, "bonjour": true, "salut": true, "coucou": true,
		"hola": true, "hallo": true, "ciao": true, "ola": true, "encore": true, "again": true, "un": true,
		"deux": true, "trois": true, "one": true, "two": true, "three": true, "lol": true, "mdr": true,
		"ignore": true, "ignorer": true, "please": true, "svp": true, "bis": true, "nouveau": true, "new": true,
		// "ceci est un test", "this is a test", "just testing", "test
		// du formulaire", "message de test".
		"ceci": true, "est": true, "une": true, "this": true, "is": true, "a": true, "just": true, "juste": true,
		"simple": true, "only": true, "message": true, "du": true, "de": true, "formulaire": true, "form": true,
		// "testing 1 2 3, is this thing on".
		"thing": true, "on": true,
	}
	askIgnore   = map[string]bool{"please": true, "pls": true, "plz": true, "svp": true, "d": true, "a": true, "kindly": true, "favor": true, "bitte": true}
	ignoredThis = map[string]bool{"this": true, "me": true, "ce": true, "cette": true, "ceci": true, "este": true, "esto": true, "questo": true}
	notAsked    = map[string]bool{"t": true, "not": true, "pas": true, "ne": true, "n": true, "never": true, "jamais": true, "no": true, "nicht": true, "to": true}
	ignoreWords = map[string]bool{
		"ignore": true, "ignorer": true, "ignorez": true, "ignorar": true, "ignorieren": true, "ignorate": true,
		"ignorare": true, "disregard": true, "supprimer": true, "delete": true,
	}
)

// testMessage reads a text of words words (numbers aside) sent to try a
// form: junk when it holds nothing but words of a test and the words
// typed around them ("test test 123 essai", "test 2 ok ok"); a test
// announced when a short text says it is a test to be ignored ("Just
// testing the feedback form, please ignore", "essai, merci d'ignorer ce
// message"), which a moderator reads. a and b span the first word of a
// test.
func testMessage(text string, toks []token, fold []byte, words int) (junk, announced bool, a, b int32) {
	if words == 0 || words > 20 {
		return false, false, 0, 0
	}
	tests, fills, ignore := 0, 0, false
	word := func(j int) string { return foldedAt(toks, fold, j) }
	for k := range toks {
		t := &toks[k]
		if !t.has(tokLetter) || t.has(tokMasked) {
			continue
		}
		w := string(fold[t.fs:t.fe])
		if testWords[w] && testOfForm(text, toks, fold, k) {
			if tests == 0 {
				a, b = t.cs, t.ce
			}
			tests++
		} else if testFill[w] || isGibberish(fold[t.fs:t.fe]) {
			// Gibberish among the tests (a key held down: "aaaaaaaa
			// test test test") fills as "ok" does.
			fills++
		}
		// Asked, not denied nor reported: "please ignore", "merci
		// d'ignorer", "message à supprimer", "Ignore this", not "please
		// don't ignore this", "vous ignorez mes messages", "he said to
		// ignore this", "why do you ignore this?".
		if ignoreWords[w] && !notAsked[word(k-1)] && (askIgnore[word(k-1)] || clauseStart(text, toks, k) && ignoredThis[word(k+1)]) {
			ignore = true
		}
		// "merci de ne pas en tenir compte": asked too.
		if w == "compte" && word(k-1) == "tenir" && (word(k-2) == "pas" || word(k-2) == "en" && word(k-3) == "pas") && word(k-4) != "vous" {
			ignore = true
		}
	}
	if tests == 0 {
		return false, false, 0, 0
	}
	return tests+fills == words && words <= 8, ignore, a, b
}

// foldedAt returns the folded word of token j, "" out of toks.
func foldedAt(toks []token, fold []byte, j int) string {
	if j < 0 || j >= len(toks) {
		return ""
	}
	return string(fold[toks[j].fs:toks[j].fe])
}

// clauseStart reports whether token k starts the text, a sentence or a
// clause: a comma, a semicolon, a colon or a dash between it and the
// token before.
func clauseStart(text string, toks []token, k int) bool {
	return k == 0 || toks[k].has(tokSentence) || strings.ContainsAny(text[toks[k-1].ce:toks[k].cs], ",;:-–")
}

// testOfForm reports whether the word of a test at token k tries the form
// rather than names a test of something else: "testing", or a test that
// opens a clause or follows a word of announcing it ("just", "un", "this
// is a", "message de"), with nothing of its own after it but the form
// ("test du formulaire"); not "my driving test", "the test date", "un
// essai du vélo électrique", "le test d'audition".
func testOfForm(text string, toks []token, fold []byte, k int) bool {
	word := func(j int) string { return foldedAt(toks, fold, j) }
	if word(k) == "testing" {
		return true
	}
	// (Or a test typed among others, or after gibberish: "test test 123
	// essai", "aaaaaaaa test".)
	if prev := word(k - 1); !clauseStart(text, toks, k) && !testAnnounce[prev] && !testWords[prev] && !testFill[prev] && !isGibberish(fold[toks[k-1].fs:toks[k-1].fe]) && toks[k-1].has(tokLetter) {
		return false
	}
	if k+1 < len(toks) && !clauseStart(text, toks, k+1) {
		switch next := word(k + 1); next {
		case "du", "de", "d", "of", "for":
			return testTarget[word(k+2)]
		default:
			return testTarget[next] || testFill[next] || testWords[next] || !toks[k+1].has(tokLetter)
		}
	}
	return true
}

// testAnnounce are the words before a test of the form ("just a test",
// "un essai", "message de test"); testTarget what it tries.
var (
	testAnnounce = map[string]bool{
		"a": true, "un": true, "une": true, "just": true, "juste": true, "simple": true, "de": true, "petit": true, "small": true,
		"quick": true, "rapide": true, "another": true, "encore": true, "nouveau": true, "new": true, "hello": true, "bonjour": true,
	}
	testTarget = map[string]bool{
		"formulaire": true, "form": true, "site": true, "contact": true, "message": true, "messages": true, "widget": true,
		"envoi": true, "submission": true, "post": true, "please": true, "svp": true, "ignore": true,
	}
)
