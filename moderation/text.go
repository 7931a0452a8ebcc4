package moderation

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folder lowercases a rune and strips its accents, folds full-width forms
// and the Cyrillic and Greek letters that look like Latin ones. The table
// covers Latin-1 and Latin Extended-A, built once per Engine from Unicode
// decompositions; other runes go through a switch.
type folder struct {
	latin [0x250]string
}

func newFolder() *folder {
	f := &folder{}
	var buf [8]byte
	for r := rune(0); r < 0x250; r++ {
		lr := unicode.ToLower(r)
		n := utf8.EncodeRune(buf[:], lr)
		d := norm.NFD.Bytes(buf[:n])
		out := make([]byte, 0, 2)
		for _, c := range string(d) {
			if unicode.Is(unicode.Mn, c) {
				continue
			}
			out = utf8.AppendRune(out, c)
		}
		f.latin[r] = string(out)
	}
	special := map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i"}
	for r, s := range special {
		f.latin[r] = s
	}
	return f
}

// fold returns the folded form of r: lower case ASCII for Latin letters and
// their look-alikes, the lower-cased rune otherwise.
func (f *folder) fold(r rune) (string, rune) {
	if r < 0x250 {
		return f.latin[r], 0
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		return f.fold(r - 0xFEE0)
	}
	switch r {
	case 'а', 'А':
		return "a", 0
	case 'е', 'Е', 'ё', 'Ё':
		return "e", 0
	case 'о', 'О', 'ο', 'Ο':
		return "o", 0
	case 'р', 'Р', 'ρ', 'Ρ':
		return "p", 0
	case 'с', 'С':
		return "c", 0
	case 'у', 'У':
		return "y", 0
	case 'х', 'Х', 'χ', 'Χ':
		return "x", 0
	case 'і', 'І', 'ι', 'Ι':
		return "i", 0
	case 'ј', 'Ј':
		return "j", 0
	case 'к', 'К', 'κ', 'Κ':
		return "k", 0
	case 'м', 'М':
		return "m", 0
	case 'н', 'Н', 'η', 'Η':
		return "h", 0
	case 'т', 'Т', 'τ', 'Τ':
		return "t", 0
	case 'в', 'В':
		return "b", 0
	case 'ѕ', 'Ѕ':
		return "s", 0
	case 'α', 'Α':
		return "a", 0
	case 'ν', 'Ν':
		return "v", 0
	case 'υ':
		return "u", 0
	// Round 39 (probes): Cyrillic letters of minority languages that copy
	// Latin ones ("ԁіе іn а fіrе"), and Latin script g.
	case 'ԁ', 'Ԁ':
		return "d", 0
	case 'ԛ', 'Ԛ':
		return "q", 0
	case 'ԝ', 'Ԝ':
		return "w", 0
	case 'һ', 'Һ':
		return "h", 0
	case 'ӏ':
		return "l", 0
	case 'ɡ':
		return "g", 0
	case '\u2019', '\u2018', '\u02bc', '\u00b4', '\u0060':
		return "'", 0
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return "-", 0
	}
	return "", unicode.ToLower(r)
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// Spaces and punctuation, between every two words: no tables.
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Token flags.
const (
	tokCap      = 1 << iota // first letter upper case
	tokUpper                // every letter upper case (and at least two)
	tokDigit                // contains a digit
	tokLetter               // contains a letter
	tokHyphen               // joined to the next token by a hyphen
	tokApos                 // followed by an apostrophe
	tokDot                  // followed by a full stop
	tokSentence             // first word of a sentence
	tokComma                // followed by a comma
	tokMasked               // inside an already masked span
)

// token is one word of the cleaned text: its bytes there, its folded form
// in the folded buffer, a few shape flags, and what the word lists say of
// it (set by names.annotate).
type token struct {
	cs, ce int32 // byte range in the cleaned text
	fs, fe int32 // byte range in the folded buffer
	flags  uint16
	info   *wordInfo
}

// wordInfo is everything the word lists say of one folded word.
type wordInfo struct {
	word      string // the folded word
	short     uint64 // its bytes when it has eight or fewer, as a little-endian integer (wordTable.get), 0 otherwise
	first     uint8  // firstName or firstNameWord
	cue       uint8  // cueTitle, cueUpper, cueRole or cueCalled
	lower     bool   // a first name that is also a lower-case word
	surname   bool
	stop      bool // a frequent word of some language, or an allowed word
	allowed   bool // a proper noun the abuse lists allow (Cockburn): a surname after a first name
	acronym   bool
	place     bool   // rue, lycée: a name after it is a place
	placeNext bool   // público, comprensivo: the second word of a place phrase (colegio público)
	saint     bool   // Saint-, Sainte-, San: a name after it is a place
	particle  bool   // de, van, von
	instFirst bool   // first word of an institution
	instLens  uint32 // bit n-1 set: an institution of n words starts with it
	street    bool   // calle, via, Straße: a street word, house number after the name
	listed    bool   // a term or cue word of the abuse lists alone: the rules judge it, not the model
	contempt  bool   // an insult or a noun of contempt, before a name it aims at ("ce clown Moreau")
	building  bool   // agence, office, consulate: where a person works ("Grace at the front desk")
	mailAt    bool   // arobase, at: a word written for the @ of an e-mail address (see spelledAt)
	scam      uint8  // scamAlone: warns of a scam (arnaque); scamSecond: second word of a warning pair (faux site)
	promo     bool   // a word of a promotional offer (remise, gratis, moins cher, ce mois): the only words promoOffered reads
	spelled   uint8  // a word spelling digits (numDigit…): "zéro six", "oh seven seven"
	plate     bool   // announces a registration plate (plaque, matrícula, car): personal_plates.go
	lives     bool   // says the writer lives at the place named after it (habite, live), for namedAddresses and privateBefore
	langs     uint8  // bit i set: a frequent word of language i (a bit set, so that counting votes reads one byte)
	nameWord  uint16 // the classes of name_words.txt but particle (nwNameParticle…)
	sets      uint8  // setChainNumber…: a word of a small set that a loop over every word of a text reads, looked up in its map only then
	bare      bool   // in no list but those of sets: what find takes for a word in no list (names.none)
}

// The small sets of wordInfo.sets.
const (
	setChainNumber uint8 = 1 << iota // chainNumbers
	setChainPeople                   // chainPeople
	setScamNoun                      // scamNouns
	setImpostor                      // impostorWords
	setRelative                      // the words relativeOffers asks about (relativeWords)
	setCalendar                      // calendarWords and monthAbbreviations
	setFlat                          // flatWords
)

// has reports whether t has one of the flags f. A pointer receiver: with
// a token for receiver, every call, inlined or not, copied the token's 32
// bytes (too many fields for the compiler to keep in registers) to read
// two of them, and has is asked of every word by nearly every stage.
func (t *token) has(f uint16) bool { return t.flags&f != 0 }

// b2i returns 1 for true and 0 for false: the compiler sets a register
// from the comparison, without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// foldASCIILetters appends the run of ASCII letters starting at i of text
// to fold in lower case, and returns where the run ends and whether it
// has a small letter. The bytes are read eight at a time, as an integer
// (byte k in bits 8k to 8k+7), and written eight at a time, lowered,
// before fold is cut back to the run: most words end within the first
// eight bytes, where a loop over bytes would guess wrong at each word's
// end. (A function of its own: in tokenize's loop, the slices would live
// on the stack.)
func foldASCIILetters(fold []byte, text string, i int) ([]byte, int, bool) {
	small := uint64(0) // the letters with 0x20, moved to the high bit
	for i+8 <= len(text) {
		x := load64(text, i)
		letters := asciiLetters8(x)
		n := len(fold)
		fold = slices.Grow(fold, 8)[:n+8]
		binary.LittleEndian.PutUint64(fold[n:], x|letters>>2) // 0x20 on letters
		if letters == highs {
			small |= x << 2
			i += 8
			continue
		}
		k := bits.TrailingZeros64(^letters&highs) / 8 // letters before the first other byte
		small |= x << 2 & letters & (1<<(8*k) - 1)
		return fold[:n+k], i + k, small&highs != 0
	}
	for ; i < len(text) && isASCIILetter(text[i]); i++ {
		c := text[i]
		if c >= 'a' {
			small = highs
		}
		fold = append(fold, c|0x20)
	}
	return fold, i, small&highs != 0
}

// asciiLetters8 returns the mask of the bytes of x that are ASCII letters:
// the high bit of each. (A capital with 0x20 set is its small letter.)
func asciiLetters8(x uint64) uint64 { return byteRange(x|0x20*ones, 'a', 'z') }

// sentenceEnds has bit c set for the ASCII bytes c that end a sentence
// before the next word: . ! ? : ; and a new line.
const sentenceEnds uint64 = 1<<'.' | 1<<'!' | 1<<'?' | 1<<'\n' | 1<<':' | 1<<';'

// signAfter holds the flag of a token followed by an ASCII byte:
// tokApos, tokDot, tokComma or 0.
var signAfter = [utf8.RuneSelf]uint16{'\'': tokApos, '.': tokDot, ',': tokComma}

// tokenize splits text into words, appending to toks and writing the folded
// form of each word, separated by single spaces, to fold.
//
// ASCII bytes, most of any text, are told apart without decoding them or
// calling isWordRune; other runes take the general path.
func (f *folder) tokenize(text string, toks []token, fold []byte) ([]token, []byte) {
	// The shape of a word is set with no branch where a branch would
	// guess wrong word after word (a capital or not, a sentence's end or
	// not, the sign after the word): sentence and first hold the flag
	// they set, or 0.
	sentence := uint16(tokSentence)
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) && !isDigit(c) {
				sentence |= uint16(sentenceEnds>>c&1) * tokSentence // 0 for c of 64 or more
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) || unicode.Is(unicode.Mn, r) {
			// A mark with no letter before it starts no word: in "A.̩[",
			// the mark after the dot is no word between the initial and
			// what follows (it would be one before a bracket and part of
			// the number before digits).
			if r == '…' {
				sentence = tokSentence
			}
			i += n
			continue
		}
		start := i
		fs := len(fold)
		flags := sentence
		sentence = 0
		letters, lower := 0, false // lower: a letter not a capital
		first := uint16(tokCap)
		for i < len(text) {
			c := text[i]
			if isASCIILetter(c) {
				// A run of ASCII letters: no decoding, no tables.
				flags |= first & -uint16(b2i(c < 'a'))
				first = 0
				flags |= tokLetter
				var j int
				var small bool
				fold, j, small = foldASCIILetters(fold, text, i)
				letters += j - i
				lower = lower || small
				i = j
				continue
			}
			if isDigit(c) {
				// What the general path does with an ASCII digit.
				flags |= tokDigit
				first = 0
				fold = append(fold, c)
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break // any other ASCII byte ends the word
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters++
				flags |= tokLetter
				if unicode.IsUpper(r) {
					flags |= first
				} else {
					lower = true
				}
				first = 0
			} else if unicode.IsDigit(r) {
				flags |= tokDigit
				first = 0
			}
			s, lr := f.fold(r)
			if s != "" || lr == 0 {
				fold = append(fold, s...)
			} else {
				fold = utf8.AppendRune(fold, lr)
			}
			i += n
		}
		flags |= uint16(b2i(letters >= 2)&b2i(!lower)) * tokUpper
		if i < len(text) {
			r := rune(text[i])
			if r < utf8.RuneSelf {
				flags |= signAfter[r] // ' . ,
			} else {
				r, _ = utf8.DecodeRuneInString(text[i:])
				if r == '\u2019' {
					flags |= tokApos
				}
			}
			if r == '-' || r == '\u2010' || r == '\u2011' {
				if i+1 < len(text) {
					if r2, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):]); isWordRune(r2) {
						flags |= tokHyphen
					}
				}
			}
		}
		// The token is written in place, field by field: a composite
		// literal is built on the stack and copied sixteen bytes at a
		// time, whose loads wait for the narrower stores that built it
		// to reach the cache (no store forwards to a wider load), at
		// every word. info is set by annotateHashes; nil until then, not
		// what the buffer held.
		toks = slices.Grow(toks, 1)[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.cs, t.ce, t.fs, t.fe, t.flags, t.info = int32(start), int32(i), int32(fs), int32(len(fold)), flags, nil
		fold = append(fold, ' ')
	}
	return toks, fold
}
