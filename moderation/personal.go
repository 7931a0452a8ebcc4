package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/avisproject/avis/moderation/lexicon"
)

// maskKind says what a masked span held; it selects the placeholder.
type maskKind uint8

// The kinds of masked spans.
const (
	maskName maskKind = iota
	maskEmail
	maskPhone
	maskNumber // social security, tax, benefit file numbers
	maskIBAN
	maskAddress
	nMaskKinds
)

// finding is one span of the cleaned text to mask.
type finding struct {
	start, end int32
	kind       maskKind
}

// personal finds personal data: e-mail addresses, phone numbers, NIR,
// IBAN, numbers announced by context words (allocataire, fiscal, sécu…)
// and postal addresses. Dates, amounts, short service numbers (3230) and
// case references (le dossier n° 2023-45871, courrier réf. 2024/118,
// réclamation n° R-2024-07781) are left alone; a file's number said as
// a label ("Numéro de dossier CARSAT : RET-558812-B", "Dossier n°
// 075-2026-04518 : …") is the writer's and masked (ownFiles).
type personal struct {
	context map[string]bool // folded words announcing a personal number
	cards   map[string]bool // folded words of identity cards and licences, announcing an identifier near them
	phone   map[string]bool // folded words announcing a phone number
	streets map[string]bool // folded street words for postal addresses
	// reference holds folded words announcing a number that is no
	// person's: a company's or a file's.
	reference map[string]bool
	// addressCue tells whether a word before an address makes it the
	// writer's own (habite, domicile) or a service's (préfecture, mairie).
	addressCue map[string]uint8
}

// newPersonal returns the finder of personal data, with the words of
// set's personal_cues.txt folded by f.
func newPersonal(f *folder, set *lexicon.Set) *personal {
	p := &personal{context: map[string]bool{}, cards: map[string]bool{}, phone: map[string]bool{}, reference: map[string]bool{}, streets: map[string]bool{}, addressCue: map[string]uint8{}}
	for _, c := range set.PersonalCues {
		w := foldOne(f, c.Term)
		switch c.Class {
		case "number":
			p.context[w] = true
		case "card":
			p.cards[w] = true
		case "phone":
			// National numbers of other countries (612 34 56 78, 347
			// 123 4567, 030 12345678) have no shape of their own and
			// are told by these.
			p.phone[w] = true
		case "reference":
			p.reference[w] = true
		case "private":
			p.addressCue[w] = addressPrivate // "me joindre au…", "reach me at": the writer's own
		case "service":
			p.addressCue[w] = addressService
		case "service-near":
			p.addressCue[w] = addressServiceNear
		case "street":
			p.streets[w] = true
		}
	}
	return p
}

// find appends the personal data of text to out. digits is a buffer
// for the indexes of the tokens holding a digit, returned for reuse.
//
// IBANs, tax codes, slashed identifiers, house and flat numbers all
// start at such a token, and a text has a few among dozens of words:
// those scanners read the list rather than test every token.
func (p *personal) find(text string, toks []token, fold []byte, out []finding, digits []int32) ([]finding, []int32) {
	digits = digits[:0]
	for k := range toks {
		if toks[k].has(tokDigit) {
			digits = append(digits, int32(k))
		}
	}
	out = p.emails(text, out)
	out = obfuscatedEmails(text, out)
	out = spacedEmails(text, out)
	out = spelledEmails(text, toks, fold, out)
	out = p.ibans(text, toks, digits, out)
	out = ribs(text, toks, digits, out)
	out = sortCodes(text, toks, fold, digits, out)
	out = codiciFiscali(text, toks, digits, out)
	out = insuranceNumbers(text, toks, digits, out)
	out = drivingLicences(text, toks, digits, out)
	out = p.slashedNumbers(text, toks, fold, digits, out)
	// Streets written before their number first: whether an address
	// after one is a service's is read from the words before it, which
	// must not count the words of a street a second reading finds
	// masked ("ViA d AF 0 0 ViA A"; found by fuzzing); and the numbers
	// after them are read without their house number, as a second
	// reading reads them ("ViA A 0 000000000000000").
	out = p.streetFirst(text, toks, fold, out)
	if strings.Contains(text, "Am ") || strings.Contains(text, "Im ") || strings.Contains(text, "Zum ") || strings.Contains(text, "Zur ") {
		out = p.germanPlaceStreets(text, toks, fold, out)
	}
	out = p.numbers(text, toks, fold, out)
	out = spelledPhones(text, toks, out)
	before := len(out)
	out = p.addresses(text, toks, fold, digits, out)
	// A number read on into the house number of an address found after
	// it ("0100000000 0$AV A": eleven digits, no phone) is read again,
	// and stops at the address now found, as a second reading reads it
	// once the address is masked (found by fuzzing). The numbers found
	// the first time are not read again.
	for _, f := range out[before:] {
		if f.kind == maskAddress && f.start > 1 && isNumberSep(text[f.start-1]) && isDigit(text[f.start-2]) {
			out = p.numbers(text, toks, fold, out)
			break
		}
	}
	out = p.namedAddresses(text, toks, fold, out)
	out = p.flats(text, toks, fold, digits, out)
	out = p.announcedIDs(text, toks, fold, out)
	if len(digits) > 0 {
		out = ownFiles(text, toks, fold, digits, out)
	}
	out = plates(text, toks, out)
	return out, digits
}

func isEmailLocal(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// emails finds addresses of the form local@host.tld.
func (p *personal) emails(text string, out []finding) []finding {
	last := 0 // the end of the e-mail found before, where a local part stops
	for i := 0; i < len(text); i++ {
		at := strings.IndexByte(text[i:], '@')
		if at < 0 {
			break
		}
		i += at
		// A space typed on one side of the at sign ("marco.ferri@
		// gmail.com", "jean.dupont @orange.fr", "jeanne.b93 @ hotmail.fr")
		// when the domain ends in letters: the address is read across it.
		// Not after a plain word ("sur le site @ service-public.fr", "Jean
		// Dupont @gmail.com"): a local part before a space holds a dot, a
		// digit or an underscore.
		left, right := i, i+1
		spacedLocal := left > last+1 && text[left-1] == ' ' && isEmailLocal(text[left-2]) && emailLike(text[last:left-1])
		if spacedLocal {
			left--
		}
		if right+1 < len(text) && text[right] == ' ' && isHostByte(text[right+1]) && (spacedLocal || i > last && isEmailLocal(text[i-1])) {
			right++
		}
		s := left
		for s > last && isEmailLocal(text[s-1]) {
			s--
		}
		// A local part does not start with a dot: the full stop of a
		// sentence before it is not the address's (".@0.00" after a
		// word ended its sentence, then was masked with the address;
		// found by fuzzing).
		for s < left && text[s] == '.' {
			s++
		}
		// The domain may start on the next line, the address cut after
		// its at sign by a narrow box or a copy ("lucie.bernard@\n
		// free.fr").
		host0 := right
		if s < left && host0 == i+1 {
			host0 = lineBreak(text, host0)
		}
		e := host0
		for e < len(text) {
			if isHostByte(text[e]) {
				e++
				continue
			}
			// A domain may hold letters beyond ASCII (jean@café.fr); a
			// letter glued to the address is part of it, not a word of
			// its own that a second reading would find once the address
			// is masked ("0@0.00Ӂ"; found by fuzzing). So is a digit of
			// another script ("0@0.00٥A0": the token after it was read
			// as a word only once the address was masked, and changed the
			// language; found by fuzzing).
			r, n := utf8.DecodeRuneInString(text[e:])
			if text[e] < utf8.RuneSelf || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.IsDigit(r) {
				break
			}
			e += n
		}
		for e > host0 && (text[e-1] == '.' || text[e-1] == '-') {
			e--
		}
		host := text[host0:e]
		dot := strings.LastIndexByte(host, '.')
		// A label too short to end a domain glued after one that can
		// ("jean@mairie.fr.0"): the address ends before it, as a second
		// reading, finding something masked after it, would end it
		// ("0@0.00.AyA.0" gave "0@0.00.[nom masqué].0"; found by fuzzing).
		for dot > 0 && len(host)-dot-1 < 2 {
			host = host[:dot]
			dot = strings.LastIndexByte(host, '.')
		}
		e = host0 + len(host)
		// A local part of signs alone is none ("%@\n0.00": masked, it
		// left a word before a placeholder that a second reading took
		// for a name; found by fuzzing).
		if s == left || dot <= 0 || (left < i || right > i+1) && !letterTLD(host[dot+1:]) || !strings.ContainsFunc(text[s:left], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		out = append(out, finding{int32(s), int32(e), maskEmail})
		i, last = e-1, e
	}
	return out
}

// emailLike reports whether the last word of b, which ends where an at
// sign's space begins, looks like the local part of an address: a dot,
// a digit or an underscore in it ("jean.dupont", "lea75").
func emailLike(b string) bool {
	for i := len(b) - 1; i >= 0 && isEmailLocal(b[i]); i-- {
		if c := b[i]; c == '.' && i < len(b)-1 || c == '_' || isDigit(c) {
			return true
		}
	}
	return false
}

// letterTLD reports whether tld, the last label of a domain, is of letters
// only: "gmail.com", not "10.30" ("rdv @ 10.30").
func letterTLD(tld string) bool {
	for i := 0; i < len(tld); i++ {
		if !isLowerASCII(tld[i]) && !isUpperASCII(tld[i]) {
			return false
		}
	}
	return tld != ""
}

// lineBreak returns the offset after one line break at byte i of text,
// with the spaces and tabs around it, when a byte of a host or a digit
// follows it; else i.
func lineBreak(text string, i int) int {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == len(text) || text[j] != '\n' {
		return i
	}
	j++
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == len(text) || !isHostByte(text[j]) {
		return i
	}
	return j
}

// ibans finds IBANs, written grouped by four or not, that pass mod 97.
// digits are the indexes of the tokens holding a digit.
func (p *personal) ibans(text string, toks []token, digits []int32, out []finding) []finding {
	var buf [40]byte
	for _, d := range digits {
		k, t := int(d), toks[d]
		// An IBAN starts a word with two letters and two digits.
		if !t.has(tokLetter) || t.ce-t.cs < 4 {
			continue
		}
		i := int(t.cs)
		// Inside what was found before (an e-mail): not an IBAN. The
		// findings are not in text order: e-mails are all found first.
		if clashes(out, finding{int32(i), int32(i + 1), maskIBAN}) {
			continue
		}
		c0, c1 := text[i], text[i+1]
		if !(isUpperASCII(c0) && isUpperASCII(c1) || isLowerASCII(c0) && isLowerASCII(c1)) || !isDigit(text[i+2]) || !isDigit(text[i+3]) {
			continue
		}
		if i > 0 && isAlnumASCII(text[i-1]) {
			continue
		}
		// Groups of any size (PT50 0002 0123 12345678901 54): the
		// checksum is tried at the end of every group.
		n := 0
		j := i
		found, groupEnd := -1, -1
		digit := false // the group read holds a digit
		upper := isUpperASCII(c0)
		for j < len(text) && n < len(buf) {
			c := text[j]
			// Its letters are all in the case of its country's code: not
			// the words after a form's name ("The SA100 for the 2023-24
			// tax year", whose checksum came out right).
			if isAlnumASCII(c) && !isDigit(c) && isUpperASCII(c) != upper {
				break
			}
			if isAlnumASCII(c) {
				buf[n] = c
				n++
				j++
				digit = digit || isDigit(c)
				if j == len(text) || !isAlnumASCII(text[j]) {
					// An IBAN with a typo ends with its last group
					// of digits, not a word after it ("LU26 … 4974 3
					// n'est pas accepté").
					if digit {
						groupEnd = j
					}
					digit = false
					if validIBAN(buf[:n]) {
						found = j
						break
					}
				}
				continue
			}
			// A group may start the next line: an IBAN cut by a narrow
			// box ("FR76 1751 5393\n3742 1208 9649 837").
			if (c == ' ' || c == '-' || c == '\n') && j+1 < len(text) && isAlnumASCII(text[j+1]) && n >= 4 {
				j++
				continue
			}
			break
		}
		if found < 0 && groupEnd > 0 && countDigits(text[i:groupEnd]) >= 13 && ibanAnnounced(text, toks, k) {
			// "mon IBAN est PT84 0033 …": an IBAN with a typo is still
			// the writer's account.
			found = groupEnd
		}
		if found > 0 {
			out = append(out, finding{int32(i), int32(found), maskIBAN})
		}
	}
	return out
}

// ibanAnnounced reports whether the word IBAN or RIB, or a word for a bank
// account ("mon compte luxembourgeois LU26…", "my German account"), is
// among the six words before token k, with no masked span between: not
// the IBAN of a placeholder ("[IBAN masqué]"), which a first reading did
// not have, nor one across a placeholder, whose two words stood for more
// in the first reading ("IBAN 0 000 000 0 00 00 AA…" once the phone
// number is masked; both found by fuzzing).
func ibanAnnounced(text string, toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && !toks[j].has(tokMasked); j-- {
		if accountWords[strings.ToLower(text[toks[j].cs:toks[j].ce])] {
			return true
		}
	}
	return false
}

// accountWords, in lower case, name a bank account (ibanAnnounced).
var accountWords = map[string]bool{
	"iban": true, "rib": true, "account": true, "compte": true, "konto": true, "cuenta": true, "conto": true, "conta": true,
}

func isDigit(c byte) bool        { return c >= '0' && c <= '9' }
func isUpperASCII(c byte) bool   { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool   { return c >= 'a' && c <= 'z' }
func isAlnumASCII(c byte) bool   { return isDigit(c) || isUpperASCII(c) || isLowerASCII(c) }
func isNumberSep(c byte) bool    { return c == ' ' || c == '.' || c == '-' }
func isLetterByte(c byte) bool   { return isUpperASCII(c) || isLowerASCII(c) || c >= 0x80 }
func overlaps(a, b finding) bool { return a.start < b.end && b.start < a.end }

// gapHasBreak reports whether the text between two tokens holds
// punctuation that ends a name: anything but spaces, hyphens and
// apostrophes.
func gapHasBreak(text string, a, b token) bool {
	for _, c := range text[a.ce:b.cs] {
		switch c {
		case ' ', '-', '\'', '\u2019', '\u00a0':
		default:
			return true
		}
	}
	return false
}

// serviceNumber reports whether the number starting at byte start of text
// follows a public service's name, as a service's address does.
//
// A person among those words (a title, a role word, a first name or a
// surname: "rappelée par Mme Roux au 01…", "la conseillère m'a donné le
// 04…") makes it that person's line, which is masked: when in doubt the
// number is treated as personal.
func (p *personal) serviceNumber(text string, start int, toks []token, fold []byte) bool {
	for k := range toks {
		t := &toks[k]
		if int(t.cs) != start {
			continue
		}
		// A French plate just before it is masked by plates, after this
		// reader: its letters are no service's acronym ("Tel. AB-123-CD
		// 912 345 678" read the phone only once the plate was masked).
		if k >= 3 && frenchPlate(text, toks, k-3) {
			return false
		}
		for j := k - 1; j >= 0 && j >= wordsBack(toks, k, 8); j-- {
			in := toks[j].info
			if in.cue != 0 || !in.stop && toks[j].has(tokCap) && (in.surname || in.first != 0) {
				return false
			}
			if gapEndsSentence(text, toks[j], toks[j+1]) {
				break
			}
		}
		return p.serviceAddress(text, toks, fold, k, nil)
	}
	return false
}

// ribs finds French bank details (RIB) whose key checks: a bank code and
// a branch code of five digits, an account number of eleven digits or
// capitals, a key of two digits, written in a row ("30002 62383
// 96019828748 33") or with a word before each ("banque 14505 guichet
// 00494 compte 03599049788 clé 69"). digits are the indexes of the
// tokens holding a digit.
func ribs(text string, toks []token, digits []int32, out []finding) []finding {
	var parts [4]int // the tokens of the four numbers
	for _, d := range digits {
		k := int(d)
		if !ribPart(text, toks[k], 0) {
			continue
		}
		parts[0] = k
		m, ok := k, true
		for p := 1; p < 4 && ok; p++ {
			m++
			// One word may name the part: "guichet", "compte", "clé".
			if m < len(toks) && !toks[m].has(tokDigit) {
				m++
			}
			ok = m < len(toks) && ribPart(text, toks[m], p) && !gapHasBreak(text, toks[m-1], toks[m])
			parts[p] = m
		}
		if !ok {
			continue
		}
		f := finding{toks[parts[0]].cs, toks[parts[3]].ce, maskNumber}
		word := func(p int) string { return text[toks[parts[p]].cs:toks[parts[p]].ce] }
		if validRIB(word(0), word(1), word(2), word(3)) && !clashes(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// sortCodes finds British bank details: a sort code after its words, six
// digits in pairs ("sort code 20-46-73", "sort code: 204673"), and the
// account's eight digits said after it ("account 50918234", "acc no
// 50918234"), within eight words.
func sortCodes(text string, toks []token, fold []byte, digits []int32, out []finding) []finding {
	for _, d := range digits {
		k := int(d)
		if k < 2 || foldedAt(toks, fold, k-1) != "code" || foldedAt(toks, fold, k-2) != "sort" || payeeBefore(toks, fold, k-2) {
			continue
		}
		// Six digits, in one token or in pairs joined by hyphens or spaces.
		e, n := k, countDigits(text[toks[k].cs:toks[k].ce])
		for n < 6 && e+1 < len(toks) && toks[e+1].has(tokDigit) && !toks[e+1].has(tokLetter) {
			if gap := text[toks[e].ce:toks[e+1].cs]; gap != "-" && gap != " " {
				break
			}
			e++
			n += countDigits(text[toks[e].cs:toks[e].ce])
		}
		if n != 6 || toks[k].has(tokLetter) || e+1 < len(toks) && text[toks[e].ce:toks[e+1].cs] == "-" {
			continue
		}
		if f := (finding{toks[k].cs, toks[e].ce, maskNumber}); !clashes(out, f) {
			out = append(out, f)
		}
		for j := e + 1; j < len(toks) && j <= e+8; j++ {
			t := toks[j]
			if t.has(tokDigit) && !t.has(tokLetter) && t.ce-t.cs == 8 && countDigits(text[t.cs:t.ce]) == 8 {
				switch foldedAt(toks, fold, j-1) {
				case "account", "acc", "no", "number", "acct":
					if f := (finding{t.cs, t.ce, maskNumber}); !clashes(out, f) {
						out = append(out, f)
					}
				}
				break
			}
		}
	}
	return out
}

// payeeBefore reports whether the five words before token k name the
// bank details of a service or a payee ("the council's sort code",
// "payable to Leeds City Council, sort code"): not the writer's.
func payeeBefore(toks []token, fold []byte, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch foldedAt(toks, fold, j) {
		case "council", "councils", "their", "your", "payable", "payee", "hmrc", "dwp":
			return true
		}
	}
	return false
}

// ribPart reports whether token t has the shape of part p of a RIB: five
// digits, five digits, eleven digits or capitals, two digits.
func ribPart(text string, t token, p int) bool {
	w := text[t.cs:t.ce]
	switch p {
	case 0, 1:
		return len(w) == 5 && countDigits(w) == 5
	case 2:
		if len(w) != 11 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if !isDigit(w[i]) && !isUpperASCII(w[i]) {
				return false
			}
		}
		return true
	}
	return len(w) == 2 && countDigits(w) == 2
}
