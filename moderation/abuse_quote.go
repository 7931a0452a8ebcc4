package moderation

import (
	"strings"
	"unicode/utf8"
)

// Quoted words someone else said: "un usager a traité la guichetière de
// « grosse vache »", "someone sprayed 'lazy bastards' on the door", "j'ai
// reçu des menaces (« on va te brûler ta voiture »)". The writer reports
// them; they are not his own insult or threat. A quotation the writer
// introduces as his own ("je lui ai dit : « vous êtes un incapable »") or
// with no word of saying before it (scare quotes: des « incapables ») is
// judged as usual.

// quoteWindow is how far, in bytes, a quotation is looked for around a
// finding, and how far before the quotation its introduction is read.
const quoteWindow = 200

// sayWords introduce what someone said or wrote: with the writer as
// subject they are his own words.
var sayWords = map[string]bool{
	"traite": true, "traitee": true, "traites": true, "traitees": true, "traitent": true, "traiter": true, "traitait": true, "traitaient": true,
	"dit": true, "disait": true, "disaient": true, "dire": true, "crie": true, "criait": true, "hurle": true, "hurlait": true,
	"lance": true, "lancait": true, "ecrit": true, "ecrivait": true, "tague": true, "insulte": true, "insultee": true, "repetait": true,
	"called": true, "calling": true, "call": true, "calls": true, "told": true, "tells": true, "said": true, "says": true, "saying": true,
	"shouted": true, "shouting": true, "yelled": true, "yelling": true, "screamed": true, "wrote": true, "written": true, "sprayed": true, "painted": true,
	"dijo": true, "llamo": true, "grito": true, "escribio": true, "sagte": true, "nannte": true, "schrie": true, "schrieb": true,
	"detto": true, "beschimpft": true, "genannt": true, "bezeichnet": true, "chiamato": true, "urlato": true, "scritto": true, "disse": true, "chamou": true, "gritou": true, "escreveu": true,
}

// reportWords name what someone else sent or left: a quotation after them
// is reported even when the writer received or found it ("j'ai reçu des
// menaces", "I found a note").
var reportWords = map[string]bool{
	"menace": true, "menaces": true, "insultes": true, "injures": true, "lettre": true, "courrier": true, "message": true, "messages": true,
	"sms": true, "tag": true, "tags": true, "graffiti": true, "graffitis": true, "mot": true,
	"threat": true, "threats": true, "insults": true, "letter": true, "note": true, "text": true, "texts": true, "abuse": true,
	"amenazas": true, "insultos": true, "drohungen": true, "beleidigungen": true, "minacce": true, "insulti": true, "ameacas": true,
}

// firstPerson holds the writer as subject: a saying word after it makes
// the quotation his own.
var firstPerson = map[string]bool{"je": true, "j": true, "i": true, "we": true, "nous": true, "yo": true, "ich": true, "wir": true, "io": true, "eu": true}

// reportedQuote reports whether text[start:end] lies inside a quotation
// that someone other than the writer said or wrote.
func reportedQuote(text string, start, end int32) bool {
	open, ok := openingQuote(text, int(start), int(end))
	if !ok {
		return false
	}
	// The words of the sentence before the quotation, nearest first.
	from := max(0, open-quoteWindow)
	before := text[from:open]
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	// A word of saying right after the quotation: "hat die Dame als
	// 'dumme Kuh' beschimpft".
	said := false
	if c := closingEnd(text, int(end)); c > 0 {
		rest := text[c:min(len(text), c+40)]
		if i := strings.IndexFunc(rest, isWordRune); i >= 0 {
			rest = rest[i:]
			if j := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) }); j >= 0 {
				rest = rest[:j]
			}
			said = sayWords[asciiFold(rest)]
		}
	}
	// The writer is the one who says when he is the subject before the
	// word of saying ("je lui ai dit", "I told him"), not when he only
	// heard it ("I overheard two clerks calling a customer…").
	sayAt := -1
	for rest, words := before, 0; rest != "" && words < 14; words++ {
		w := lastQuoteWord(&rest)
		if w == "" {
			break
		}
		switch {
		case reportWords[w]:
			return true
		case firstPerson[w]:
			return sayAt >= 0 && words-sayAt > 3 // after the quotation, the verb's subject may be anywhere before: "ich habe ihn als 'Idiot' bezeichnet"
		case sayWords[w]:
			if sayAt < 0 {
				sayAt = words
			}
			said = true
		}
	}
	return said
}

// closingEnd returns where the closing mark after end of a quotation
// ends, or 0.
func closingEnd(text string, end int) int {
	limit := min(len(text), end+quoteWindow)
	for i := end; i < limit; i++ {
		switch {
		case text[i] == '\n':
			return 0
		case text[i] == '"' || text[i] == '\'' && (i+1 == len(text) || !isWordByte(text[i+1])):
			return i + 1
		case strings.HasPrefix(text[i:], "»"), strings.HasPrefix(text[i:], "”"), strings.HasPrefix(text[i:], "’") && (i+3 >= len(text) || !isWordByte(text[i+3])):
			_, n := utf8.DecodeRuneInString(text[i:])
			return i + n
		}
	}
	return 0
}

// openingQuote returns where the quotation holding start..end opens: an
// opening mark before start with its closing mark after end, in the same
// paragraph.
func openingQuote(text string, start, end int) (int, bool) {
	from := max(0, start-quoteWindow)
	for i := start - 1; i >= from; i-- {
		c := text[i]
		if c == '\n' {
			return 0, false
		}
		var closing string
		switch {
		case c == '"':
			if quoteCount(text[from:i]) {
				continue // a closing mark: the quotation before it ended
			}
			closing = `"`
		case c == '\'':
			if i > 0 && isWordByte(text[i-1]) {
				continue // an apostrophe: l'agent, don't
			}
			closing = "'"
		case c >= 0x80:
			r, _ := utf8.DecodeRuneInString(text[i:])
			switch r {
			case '«':
				closing = "»"
			case '“':
				closing = "”"
			case '‘':
				closing = "’"
			case '„':
				closing = "“"
			default:
				continue
			}
		default:
			continue
		}
		if closeAfter(text, end, closing) {
			return i, true
		}
		return 0, false
	}
	return 0, false
}

// quoteCount reports whether s holds an odd number of double quotes.
func quoteCount(s string) bool { return strings.Count(s, `"`)%2 == 1 }

// closeAfter reports whether the closing mark comes after end in the
// same paragraph, not as an apostrophe inside a word.
func closeAfter(text string, end int, closing string) bool {
	limit := min(len(text), end+quoteWindow)
	for i := end; i < limit; i++ {
		if text[i] == '\n' {
			return false
		}
		if !strings.HasPrefix(text[i:], closing) {
			continue
		}
		if closing == "'" || closing == "’" {
			after := i + len(closing)
			if i > 0 && isWordByte(text[i-1]) && after < len(text) && isWordByte(text[after]) {
				continue // an apostrophe: don't
			}
		}
		return true
	}
	return false
}

// lastQuoteWord removes the last word of *s and returns it folded to
// ASCII lower case (accents dropped), or "" when none is left.
func lastQuoteWord(s *string) string {
	t := strings.TrimRightFunc(*s, func(r rune) bool { return !isWordRune(r) })
	i := strings.LastIndexFunc(t, func(r rune) bool { return !isWordRune(r) })
	w := t[i+1:]
	if i < 0 {
		w = t
		i = -1
	}
	*s = t[:i+1]
	return asciiFold(w)
}

// isWordByte reports whether b is an ASCII letter or digit, or part of a
// multi-byte letter.
func isWordByte(b byte) bool { return isAlnumASCII(b) || b >= 0x80 }

// asciiFold lowers w and drops the accents of the Latin letters.
func asciiFold(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'à', 'â', 'ä', 'á', 'ã':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï', 'í':
			r = 'i'
		case 'ô', 'ö', 'ó', 'õ':
			r = 'o'
		case 'ù', 'û', 'ü', 'ú':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'ñ':
			r = 'n'
		}
		b.WriteRune(r)
	}
	return b.String()
}
