package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// case references (dossier n° 2023-45871) are left alone.
type personal struct {
	context map[string]bool // folded words announcing a personal number
	phone   map[string]bool // folded words announcing a phone number
	streets map[string]bool // folded street words for postal addresses
	// addressCue tells whether a word before an address makes it the
	// writer's own (habite, domicile) or a service's (préfecture, mairie).
	addressCue map[string]uint8
}

func newPersonal() *personal {
	p := &personal{context: map[string]bool{}, phone: map[string]bool{}, streets: map[string]bool{}, addressCue: map[string]uint8{}}
	// Phone words in every language: national numbers of other countries
	// (612 34 56 78, 347 123 4567, 030 12345678) have no shape of their
	// own and are told by these.
	for _, w := range strings.Fields("tel telephone portable mobile joindre rappeler rappelez appelez phone cell cellphone call ring text whatsapp movil telefono llamar llamame llameme cellulare chiamare chiamatemi chiamami telemovel telefone celular ligar liguem handy handynummer telefon telefonnummer nummer rufnummer mobilnummer anrufen") {
		p.phone[w] = true
	}
	for _, w := range strings.Fields("habite habitons habitent habitais domicile domicilie domiciliee mon ma mes moi chez live lives living home my vivo vivimos mi casa domicilio wohne wohnen meine abito casa mia moro morada minha resido") {
		p.addressCue[w] = addressPrivate
	}
	for _, w := range strings.Fields("service standard prefecture sous-prefecture mairie agence antenne bureau bureaux centre siege accueil guichet tribunal poste services locaux situe situee situes commissariat gendarmerie consulat ambassade hopital tresorerie office hall agency ayuntamiento oficina amt rathaus behorde ufficio comune sportello loja balcao camara reparticao") {
		p.addressCue[w] = addressService
	}
	for _, w := range strings.Fields("allocataire alloc caf fiscal fiscale fiscaux spi secu securite nir insee matricule identifiant adherent client passeport passport agdref ine social security tax amelie ss demandeur dni nie nif nss id steuer steuernummer steueridentifikationsnummer ausweis personalausweis codice contribuinte cc bi identificacion unique etranger etrangers extranjero extranjeria expediente niss sanitaria tessera utente seguranca seguridad sozialversicherungsnummer versichertennummer versicherungsnummer aufenthaltstitel vitale insurance") {
		p.context[w] = true
	}
	for _, w := range strings.Fields("rue avenue av bd boulevard chemin impasse allee place quai route cours square passage sentier residence lotissement cite hameau lieu-dit street st road rd lane drive calle avenida via viale piazza rua travessa strasse weg platz gasse") {
		p.streets[w] = true
	}
	return p
}

// find appends the personal data of text to out.
func (p *personal) find(text string, toks []token, fold []byte, out []finding) []finding {
	out = p.emails(text, out)
	out = obfuscatedEmails(text, out)
	out = spelledEmails(text, toks, fold, out)
	out = p.ibans(text, toks, out)
	out = codiciFiscali(text, toks, out)
	out = p.slashedNumbers(text, toks, fold, out)
	out = p.numbers(text, toks, fold, out)
	out = p.addresses(text, toks, fold, out)
	out = p.streetFirst(text, toks, fold, out)
	return out
}

func isEmailLocal(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// emails finds addresses of the form local@host.tld.
func (p *personal) emails(text string, out []finding) []finding {
	for i := 0; i < len(text); i++ {
		at := strings.IndexByte(text[i:], '@')
		if at < 0 {
			break
		}
		i += at
		s := i
		for s > 0 && isEmailLocal(text[s-1]) {
			s--
		}
		e := i + 1
		for e < len(text) && isHostByte(text[e]) {
			e++
		}
		for e > i+1 && (text[e-1] == '.' || text[e-1] == '-') {
			e--
		}
		host := text[i+1 : e]
		dot := strings.LastIndexByte(host, '.')
		if s == i || dot <= 0 || len(host)-dot-1 < 2 {
			continue
		}
		out = append(out, finding{int32(s), int32(e), maskEmail})
		i = e - 1
	}
	return out
}

// ibans finds IBANs, written grouped by four or not, that pass mod 97.
func (p *personal) ibans(text string, toks []token, out []finding) []finding {
	var buf [40]byte
	for k, t := range toks {
		// An IBAN starts a word with two letters and two digits.
		if !t.has(tokDigit) || !t.has(tokLetter) || t.ce-t.cs < 4 {
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
		for j < len(text) && n < len(buf) {
			c := text[j]
			if isAlnumASCII(c) {
				buf[n] = c
				n++
				j++
				if j == len(text) || !isAlnumASCII(text[j]) {
					groupEnd = j
					if validIBAN(buf[:n]) {
						found = j
						break
					}
				}
				continue
			}
			if (c == ' ' || c == '-') && j+1 < len(text) && isAlnumASCII(text[j+1]) && n >= 4 {
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

// ibanAnnounced reports whether the word IBAN is among the six words
// before token k.
func ibanAnnounced(text string, toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if strings.EqualFold(text[toks[j].cs:toks[j].ce], "iban") {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool        { return c >= '0' && c <= '9' }
func isUpperASCII(c byte) bool   { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool   { return c >= 'a' && c <= 'z' }
func isAlnumASCII(c byte) bool   { return isDigit(c) || isUpperASCII(c) || isLowerASCII(c) }
func isNumberSep(c byte) bool    { return c == ' ' || c == '.' || c == '-' }
func isLetterByte(c byte) bool   { return isUpperASCII(c) || isLowerASCII(c) || c >= 0x80 }
func overlaps(a, b finding) bool { return a.start < b.end && b.start < a.end }

// numbers finds phone numbers, NIR and numbers announced by a context word
// among runs of digits joined by single spaces, dots or hyphens.
func (p *personal) numbers(text string, toks []token, fold []byte, out []finding) []finding {
	var digits [24]byte
	taken := len(out)
	for i := 0; i < len(text); i++ {
		// Most bytes are neither a digit nor a plus sign: passed over in
		// a loop of their own.
		for i < len(text) && !isDigit(text[i]) && text[i] != '+' {
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		plus := c == '+' && i+1 < len(text) && isDigit(text[i+1])
		if !isDigit(c) && !plus {
			continue
		}
		// A placeholder's closing bracket glued to the number counts as a
		// word: what follows a masked number is judged the same way twice.
		// So does an accented letter: "é0612345678" is one word, which a
		// second reading would split differently once the digits are masked.
		if i > 0 && (isAlnumASCII(text[i-1]) || text[i-1] >= 0x80 && endsWithLetter(text[:i]) || text[i-1] == '/' || text[i-1] == ']' || text[i-1] == '+' || text[i-1] == ',' && i > 1 && isDigit(text[i-2])) {
			for i < len(text) && isAlnumASCII(text[i]) {
				i++
			}
			continue
		}
		start := i
		if plus {
			i++
		}
		n := 0
		end := i
		for i < len(text) {
			c := text[i]
			switch {
			case isDigit(c):
				if n < len(digits) {
					digits[n] = c
				}
				n++
				i++
				end = i
				continue
			case (c == 'A' || c == 'B') && n == 6 && digits[5] == '2':
				digits[n] = c
				n++
				i++
				end = i
				continue
			case isNumberSep(c) && i+1 < len(text) && isDigit(text[i+1]) && n > 0:
				i++
				continue
			case plus && strings.HasPrefix(text[i:], " (0)") || plus && strings.HasPrefix(text[i:], "(0)"):
				// +33 (0)6 12 34 56 78: the trunk zero is not dialled.
				i += strings.IndexByte(text[i:], ')') + 1
				if i < len(text) && text[i] == ' ' {
					i++
				}
				continue
			}
			break
		}
		i = end
		// An identifier ending in one letter: a Spanish DNI whose letter
		// is right (12345678Z), or an announced number (identifiant
		// 4182736K).
		if n >= 5 && n <= 12 && end < len(text) && isUpperASCII(text[end]) && (end+1 == len(text) || !isAlnumASCII(text[end+1]) && text[end+1] < 0x80) && (n == 8 && validDNI(digits[:8], text[end]) || p.announced(start, toks, fold)) {
			end++
			i = end
			if !clashes(out[:taken], finding{int32(start), int32(end), maskNumber}) {
				out = append(out, finding{int32(start), int32(end), maskNumber})
			}
			continue
		}
		if end < len(text) && (isLetterByte(text[end]) || text[end] == '/' || text[end] == ',' && end+1 < len(text) && isDigit(text[end+1])) {
			// 8TK, 2h10, 12/03, 1 234,56: not a number of a person,
			// unless announced: "passeport 12AB34567".
			for i < len(text) && isAlnumASCII(text[i]) {
				i++
			}
			if f := (finding{int32(start), int32(i), maskNumber}); isLetterByte(text[end]) && countDigits(text[start:i]) >= 5 && i-start <= 15 && !plus && (i == len(text) || text[i] < 0x80) && p.announced(start, toks, fold) && !clashes(out[:taken], f) {
				out = append(out, f)
			}
			continue
		}
		if isAmount(text, end) {
			continue // 15 000 €, 1 200 euros: an amount, even after "revenu fiscal"
		}
		var kind maskKind
		var ok bool
		if n <= len(digits) {
			kind, ok = p.classify(digits[:n], plus, text, start, toks, fold)
		} else if p.announced(start, toks, fold) {
			kind, ok = maskNumber, true
		}
		if !ok {
			continue
		}
		if f := (finding{int32(start), int32(end), kind}); !clashes(out[:taken], f) {
			out = append(out, f)
		}
	}
	return out
}

// isAmount reports whether the number ending at byte end of text is
// followed by a currency: €, euros, EUR.
func isAmount(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \u00a0\u202f")
	if strings.HasPrefix(rest, "€") || strings.HasPrefix(rest, "$") || strings.HasPrefix(rest, "£") {
		return true
	}
	for _, cur := range []string{"euros", "euro", "eur", "EUR"} {
		if len(rest) >= len(cur) && strings.EqualFold(rest[:len(cur)], cur) && (len(rest) == len(cur) || !isLetterByte(rest[len(cur)])) {
			return true
		}
	}
	return false
}

// isYear reports whether the folded word w is a year of four digits
// (1900 to 2099).
func isYear(w []byte) bool {
	return len(w) == 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && isDigit(w[2]) && isDigit(w[3])
}

// endsWithLetter reports whether the last rune of s is a letter.
func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// countDigits returns the number of ASCII digits in s.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// clashes reports whether f overlaps one of fs.
func clashes(fs []finding, f finding) bool {
	for _, o := range fs {
		if overlaps(o, f) {
			return true
		}
	}
	return false
}

// classify says whether the digits d, starting at byte start of text, are
// personal data, and of which kind.
func (p *personal) classify(d []byte, plus bool, text string, start int, toks []token, fold []byte) (maskKind, bool) {
	n := len(d)
	if !plus && n == 10 && d[0] == '0' && d[1] == '8' {
		return 0, false // 08 numbers are services' even after "tax" or "CAF"
	}
	switch {
	case plus && n == 11 && d[0] == '3' && d[1] == '3' && d[2] == '8':
		return 0, false // +33 8 …: a French 08 service number dialled from abroad
	case plus && n >= 8 && n <= 15:
		return maskPhone, true
	case n >= 11 && n <= 15 && d[0] == '0' && d[1] == '0':
		return maskPhone, true
	case n == 10 && d[0] == '0' && d[1] != '0' && d[1] != '8':
		// 08 numbers are services' (0 800 free numbers), never a person's;
		// a landline after a service word is the service's ("le numéro
		// du service est le 01 23 45 67 89"), a mobile never is.
		if d[1] != '6' && d[1] != '7' && p.serviceNumber(text, start, toks, fold) {
			return 0, false
		}
		return maskPhone, true
	case n == 15 && validNIR(d):
		return maskNumber, true
	case n == 13 && nirShape(d):
		return maskNumber, true
	}
	if n >= 5 && p.announced(start, toks, fold) {
		return maskNumber, true
	}
	if n == 9 && d[0] == '0' && d[1] != '0' && p.announced(start, toks, fold) {
		return maskPhone, true
	}
	// British numbers have eleven digits: mobiles 07…, landlines 01…,
	// 02…, 03… (a French number has ten).
	if n == 11 && d[0] == '0' && (d[1] == '7' || d[1] == '1' || d[1] == '2') && !p.serviceNumber(text, start, toks, fold) {
		return maskPhone, true
	}
	if n >= 9 && n <= 13 && p.wordBefore(p.phone, start, toks, fold) && !p.serviceNumber(text, start, toks, fold) {
		return maskPhone, true
	}
	return 0, false
}

// announced reports whether one of the six words before byte start of the
// text is a context word for personal numbers.
func (p *personal) announced(start int, toks []token, fold []byte) bool {
	return p.wordBefore(p.context, start, toks, fold)
}

// wordBefore reports whether one of the six words before byte start of
// the text is in words, with no other number between them.
func (p *personal) wordBefore(words map[string]bool, start int, toks []token, fold []byte) bool {
	k := 0
	for k < len(toks) && int(toks[k].cs) < start {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.has(tokDigit) && !t.has(tokLetter) && !isYear(fold[t.fs:t.fe]) || t.has(tokMasked) {
			return false // the context word announced an earlier number (not a year: "allocataire depuis 2015, numéro …")
		}
		w := fold[t.fs:t.fe]
		if words[string(w)] {
			return true
		}
		if string(w) == "dossier" || string(w) == "reference" || string(w) == "ref" {
			return false
		}
	}
	return false
}

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
	for k, t := range toks {
		if int(t.cs) != start {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			in := toks[j].info
			if in.cue != 0 || !in.stop && toks[j].has(tokCap) && (in.surname || in.first != 0) {
				return false
			}
			if gapEndsSentence(text, toks[j], toks[j+1]) {
				break
			}
		}
		return p.serviceAddress(text, toks, fold, k)
	}
	return false
}
