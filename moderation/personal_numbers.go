package moderation

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers of persons: phone numbers, NIR and numbers announced by a
// context word, told apart from amounts, years, dates and service lines.

// skipToNumber returns the offset of the first ASCII digit or plus sign
// of text from i, or len(text). The bytes are read eight at a time, as an
// integer, where a loop over bytes would test each byte twice.
func skipToNumber(text string, i int) int {
	for i+8 <= len(text) {
		x := load64(text, i)
		if m := byteRange(x, '0', '9') | zeroBytes(x^'+'*ones); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(text) && !isDigit(text[i]) && text[i] != '+' {
		i++
	}
	return i
}

// numbers finds phone numbers, NIR and numbers announced by a context word
// among runs of digits joined by single spaces, dots or hyphens.
func (p *personal) numbers(text string, toks []token, fold []byte, out []finding) []finding {
	var digits [24]byte
	taken := len(out)
	for i := 0; i < len(text); i++ {
		// Most bytes are neither a digit nor a plus sign: passed over
		// eight at a time.
		i = skipToNumber(text, i)
		if i == len(text) {
			break
		}
		c := text[i]
		plus := c == '+' && i+1 < len(text) && isDigit(text[i+1])
		if !isDigit(c) && !plus {
			continue
		}
		// Digits inside what was found before (an e-mail's domain, an
		// IBAN) are not read again: a run starting there would swallow
		// the number after it, which a second reading, the e-mail
		// masked, would find (found by fuzzing).
		if e := findingEnd(out[:taken], i); e > i {
			i = e - 1
			continue
		}
		// A placeholder's closing bracket glued to the number counts as a
		// word: what follows a masked number is judged the same way twice.
		// So does a number after a comma glued to one, or to a
		// placeholder ("1 234,56", "[téléphone masqué],000…"), or to
		// what a placeholder will stand for, found before or by this
		// reader ("0@0.0A,00000…", "NIR 00 000A,1 0…"); not after a
		// note's bracket ("voir note [1],06 12 34 56 78").
		// So does an accented letter: "é0612345678" is one word, which a
		// second reading would split differently once the digits are masked.
		if i > 0 && (isAlnumASCII(text[i-1]) && !p.gluedCall(text, i) || text[i-1] >= 0x80 && endsWithLetter(text[:i]) || text[i-1] == '/' || text[i-1] == ']' || text[i-1] == '+' || text[i-1] == ',' && i > 1 && (isDigit(text[i-2]) || text[i-2] == ']' && placeholderEndsAt(text, i-1) || findingEnd(out, i-2) == i-1)) && !gluedID(text, i) {
			for i < len(text) && isAlnumASCII(text[i]) {
				i++
			}
			continue
		}
		start := i
		if plus {
			i++
			if start > 0 && text[start-1] == '(' {
				start-- // "(+33) 745128903": the brackets go with the number
			}
		}
		n := 0
		end := i
		area := false // an area code in brackets: "(555) 014-2283"
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
			case c == ' ' && (n >= 3 && n <= 5 || n%2 == 0 && n >= 2 && n <= 8) && digits[0] == '0' && i+3 < len(text) && text[i+1] == '-' && text[i+2] == ' ' && isDigit(text[i+3]) && findingEnd(out[:taken], i+3) <= i+3:
				// An area or mobile code set apart by a spaced hyphen:
				// "0160 - 98 76 54 32"; or every pair: "06 - 45 - 78 -
				// 12 - 90".
				i += 3
				continue
			case c == ' ' && n >= 2 && n <= 8 && digits[0] == '0' && digits[1] != '0' && joinSpoken(text, i, n, out[:taken]):
				// A national number read out in groups joined by a word
				// for a dash, for a form that refuses them: "06 tiret
				// 72 tiret 18 tiret 44 tiret 90" (spokenJoin).
				i += spokenSeparator(text, i)
				continue
			case c == ' ' && n >= 2 && n <= 8 && thenJoin(text, i, digits[:n], out[:taken]) > 0 && p.wordBefore(p.phone, start, toks, fold):
				// A phone read out in two parts joined by a word for
				// "then", after a word of calling: "rappelez-moi au 07 14
				// puis 25 36 47" (thenJoin).
				i += thenSeparator(text, i)
				continue
			case isNumberSep(c) && i+1 < len(text) && isDigit(text[i+1]) && n > 0 && findingEnd(out[:taken], i+1) <= i+1:
				// Not into what was found before: "0000 00@0.fr" ends
				// before the e-mail, as it does once the e-mail is
				// masked (found by fuzzing).
				i++
				continue
			case (c == '\n' || c == ' ') && n >= 2 && n < len(digits) && p.phoneAcrossLine(text, i, digits[:n], plus, start, toks, fold, out[:taken]):
				// A phone cut by a line break: "06 12 34\n56 78".
				i = lineBreak(text, i)
				continue
			case (c == '.' || c == '-') && n >= 2 && n < len(digits) && p.phoneAcrossLine(text, i+1, digits[:n], plus, start, toks, fold, out[:taken]):
				// Or after its separator: "06.34.\n77.19.82".
				i = lineBreak(text, i+1)
				continue
			case plus && n <= 3 && c == ')' && text[start] == '(' && i+1 < len(text) && (isDigit(text[i+1]) || text[i+1] == ' ' && i+2 < len(text) && isDigit(text[i+2])):
				// "(+33) 745128903": the country code in brackets.
				i++
				if text[i] == ' ' {
					i++
				}
				continue
			case !plus && !area && (n >= 2 && n <= 4 || n == 1 && digits[0] == '0') && i-start == n && c == ')' && start > 0 && text[start-1] == '(' && i+1 < len(text) && (isDigit(text[i+1]) || text[i+1] == ' ' && i+2 < len(text) && isDigit(text[i+2])):
				// "(555) 014-2283", "(11) 98765-4321": an area code in
				// brackets, the brackets going with the number; or the
				// trunk zero, the country code left out: "(0)20 7946
				// 0123", "(0)6 12 34 56 78".
				area = true
				start--
				i++
				if text[i] == ' ' {
					i++
				}
				continue
			case (plus && n <= 3 || n == 4 && digits[0] == '0' && digits[1] == '0') && (c == '(' || c == ' ' && i+1 < len(text) && text[i+1] == '('):
				// (Or "0033 (0)6 …": the international prefix dialled as 00.)
				// +33 (0)6 12 34 56 78: the trunk zero is not dialled;
				// +1 (514) 555-0148: an area code is.
				j := i + strings.IndexByte(text[i:], '(') + 1
				k := j
				for k < len(text) && k-j < 4 && isDigit(text[k]) {
					k++
				}
				if k == j || k == len(text) || text[k] != ')' || k+1 == len(text) || !isDigit(text[k+1]) && !(text[k+1] == ' ' && k+2 < len(text) && isDigit(text[k+2])) {
					break
				}
				if text[j:k] != "0" {
					for _, d := range []byte(text[j:k]) {
						if n < len(digits) {
							digits[n] = d
						}
						n++
					}
				}
				i = k + 1
				if text[i] == ' ' {
					i++
				}
				continue
			}
			break
		}
		i = end
		// The letter of a DNI set apart by a hyphen ("DNI 53.927.148-Z"),
		// and the letters of a NIE so ("Y-7654321-G"; X, Y and Z stand
		// for 0, 1 and 2 before the digits when the letter is computed).
		if (n == 7 || n == 8) && end+1 < len(text) && text[end] == '-' && isUpperASCII(text[end+1]) && (end+2 == len(text) || !isAlnumASCII(text[end+2]) && text[end+2] < 0x80) {
			from := start
			valid := n == 8 && validDNI(digits[:8], text[end+1])
			if n == 7 && start >= 2 && text[start-1] == '-' && text[start-2] >= 'X' && text[start-2] <= 'Z' && (start == 2 || !isAlnumASCII(text[start-3])) {
				nie := [8]byte{text[start-2] - 'X' + '0'}
				copy(nie[1:], digits[:7])
				valid, from = validDNI(nie[:], text[end+1]), start-2
			}
			if valid || p.announced(start, toks, fold) {
				end += 2
				i = end
				if f := (finding{int32(from), int32(end), maskNumber}); !clashes(out[:taken], f) {
					out = append(out, f)
				}
				continue
			}
		}
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
		if m := slashedPhone(text, end, digits[:min(n, len(digits))], out[:taken]); m > end && !plus && !area {
			// "Tel. 0171/4829316": a German or Austrian number, its area
			// code (a zero and two to four digits) set apart by a slash.
			i = m
			if f := (finding{int32(start), int32(m), maskPhone}); !clashes(out[:taken], f) && !p.wordBefore(p.reference, start, toks, fold) {
				out = append(out, f)
			}
			continue
		}
		// (A comma and a digit after a run that opens on a zero and is as
		// long as a phone number is no decimal: "0100000000,0 AV A",
		// whose address a second reading masks; found by fuzzing.)
		decimal := end+1 < len(text) && text[end] == ',' && isDigit(text[end+1]) && findingEnd(out[:taken], end+1) <= end+1 && !(text[start] == '0' && end-start >= 9)
		if end < len(text) && (isLetterByte(text[end]) || text[end] == '/' || decimal) {
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
		if isDate(text[start:end]) || taxYear(text[start:end]) {
			continue // "Passeport perdu, mon vol part le 12.08.2025": a date, even announced; "tax from 2021-22"
		}
		if isAmount(text, end) || currencyBefore(text, start) {
			continue // 15 000 €, 1 200 euros, €212.40: an amount, even after "revenu fiscal"
		}
		var kind maskKind
		var ok bool
		if !plus && !area && (layout(text[start:end], "ddd-dd-dddd") || layout(text[start:end], "ddd.ddd.ddd-dd")) {
			// An American social security number, a Brazilian CPF:
			// shapes no date, amount or reference takes.
			kind, ok = maskNumber, true
		} else if area && n >= 9 && n <= 11 {
			kind, ok = maskPhone, true
		} else if n <= len(digits) {
			kind, ok = p.classify(digits[:n], plus, text, start, toks, fold)
		} else if p.announced(start, toks, fold) {
			kind, ok = maskNumber, true
		}
		if !ok && !plus && !area && n <= len(digits) && checkedNumber(text[start:end], digits[:n]) && !p.wordBefore(p.reference, start, toks, fold) && (end-start > n || p.wordBefore(p.cards, start, toks, fold)) {
			kind, ok = maskNumber, true
		}
		if !ok && !plus && !area && n == 9 && validSIN(digits[:n]) && sinBefore(text, toks, fold, start) {
			kind, ok = maskNumber, true
		}
		// A German tax id written whole, its key right, in a text that
		// names it anywhere: "Steuer-ID arrived 3 weeks later:
		// 47193850642", "no tiene la Steuer-ID… La mía es 86029173583".
		if !ok && !plus && !area && n == 11 && end-start == 11 && validSteuerID(digits[:n]) && steuerNamed(fold) && !p.wordBefore(p.reference, start, toks, fold) {
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

// businessLine reports whether a premium-rate number starting at byte
// start of text is a business's line to call: no word of files or orders
// and no number's sign before it (a claim's or a parcel's number of that
// shape), no service's word (a public body's line).
func (p *personal) businessLine(text string, start int, toks []token, fold []byte) bool {
	return !p.wordBefore(p.reference, start, toks, fold) && !numberSignBefore(text, start) && !p.serviceNumber(text, start, toks, fold)
}

// numberSignBefore reports whether a number's sign stands right before
// byte start of text, spaces between: "n°", "nº", "No.", "#".
func numberSignBefore(text string, start int) bool {
	b := strings.TrimRight(text[:start], " \u00a0")
	for _, sign := range [...]string{"n°", "N°", "nº", "Nº", "No.", "no.", "#"} {
		if strings.HasSuffix(b, sign) {
			return true
		}
	}
	return false
}

// sinBefore reports whether a Canadian social insurance number is named
// among the four words before byte start of text: "NAS" or "SIN" in
// capitals (not Spanish "sin", Portuguese "nas"), "assurance sociale",
// "social insurance". "Service Canada a mal saisi mon NAS (273 819 045)".
func sinBefore(text string, toks []token, fold []byte, start int) bool {
	k := tokenFrom(toks, start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		// (Not a word of a text in capitals: Spanish "Factura SIN IVA
		// 130 692 544", "SIN RESPUESTA".)
		if w := text[t.cs:t.ce]; (w == "NAS" || w == "SIN") && !(j+1 < k && toks[j+1].has(tokUpper)) && !(j > 0 && toks[j-1].has(tokUpper)) {
			return true
		}
		if w := string(fold[t.fs:t.fe]); (w == "sociale" || w == "social") && j > 0 {
			if v := string(fold[toks[j-1].fs:toks[j-1].fe]); v == "assurance" || v == "insurance" {
				return true
			}
		}
	}
	return false
}

// steuerNamed reports whether the folded text names the German tax id.
func steuerNamed(fold []byte) bool {
	return bytes.Contains(fold, []byte("steuer")) || bytes.Contains(fold, []byte("identifikationsnummer")) || bytes.Contains(fold, []byte("idnr"))
}

// checkedNumber reports whether s, of digits d, is a number only a person
// has, told by its shape and its key as a NIR is: a British NHS number in
// its three groups ("943 476 5919", "943-476-5919"), a Spanish social security number
// (número de afiliación: "28 12345678 40", whole or in its three groups),
// a Brazilian health card (CNS: "700 1234 5678 9010", whole or in its
// four groups). One number in 11 or 97 of these shapes passes a key; a
// file's number written otherwise ("33-2026-018745") is not read, and the
// caller reads one written whole only after a word of a card within six
// words ("cartão nacional de saúde 700…"; a parcel's or a barcode's fifteen
// or twelve digits pass a key as often).
func checkedNumber(s string, d []byte) bool {
	switch len(d) {
	case 10:
		// Or an Australian Medicare card's, in its groups of four, five
		// and one ("4187 20363 2").
		return (layout(s, "ddd ddd dddd") || layout(s, "ddd-ddd-dddd")) && validNHS(d) || layout(s, "dddd ddddd d") && validMedicare(d)
	case 12:
		return (len(s) == 12 || layout(s, "dd dddddddd dd") || layout(s, "dd-dddddddd-dd")) && validNSS(d)
	case 15:
		return (len(s) == 15 || layout(s, "ddd dddd dddd dddd")) && validCNS(d)
	}
	return false
}

// phoneAcrossLine reports whether the digits d, read up to byte i of
// text and no personal number alone, make a phone with the digits that
// start the next line: a number cut by a narrow box or a copy from a
// letter ("06 12 34\n56 78", "0176 4382\n9157"). A whole phone before a line
// of numbers, a year before a phone on the next line stay apart.
func (p *personal) phoneAcrossLine(text string, i int, d []byte, plus bool, start int, toks []token, fold []byte, found []finding) bool {
	j := lineBreak(text, i)
	if j == i || !isDigit(text[j]) || findingEnd(found, j) > j {
		return false
	}
	// A word of calling before it, or the first part in groups as phones
	// are written, after no word of orders or files: not "Nice 06000\n12345
	// personnes", "Pedidos: 612\n345 678".
	if !p.wordBefore(p.phone, start, toks, fold) && (!strings.ContainsAny(text[start:i], " .-") || p.wordBefore(p.reference, start, toks, fold)) {
		return false
	}
	if _, ok := p.classify(d, plus, text, start, toks, fold); ok {
		return false
	}
	var buf [24]byte
	n, ok := groupsAfter(buf[:], copy(buf[:], d), text, j, found)
	if !ok {
		return false
	}
	kind, ok := p.classify(buf[:n], plus, text, start, toks, fold)
	return ok && kind == maskPhone
}

// groupsAfter appends to buf, after its first n digits, the digits of the
// groups of text from byte j, read through single spaces, dots and
// hyphens and not into what was found before; it returns how many digits
// buf holds, or false when they overflow it.
func groupsAfter(buf []byte, n int, text string, j int, found []finding) (int, bool) {
	for j < len(text) {
		if isDigit(text[j]) {
			if n == len(buf) {
				return n, false
			}
			buf[n] = text[j]
			n++
			j++
		} else if isNumberSep(text[j]) && j+1 < len(text) && isDigit(text[j+1]) && findingEnd(found, j+1) <= j+1 {
			j++
		} else {
			break
		}
	}
	return n, true
}

// isDate reports whether s is a date written with dots, hyphens or
// slashes, day and month first or the year first: 12.08.2025, 12-08-2025,
// 12/08/2025, 2025-08-12, 2025/08/12. (The number scanner reads no slash;
// ownFiles' identifiers hold them.)
func isDate(s string) bool {
	num := func(a, b int) int { return int(s[a]-'0')*10 + int(s[b]-'0') }
	for _, l := range []string{"dd.dd.dddd", "dd-dd-dddd", "dd/dd/dddd"} {
		if layout(s, l) {
			return num(0, 1) >= 1 && num(0, 1) <= 31 && num(3, 4) >= 1 && num(3, 4) <= 12
		}
	}
	return (layout(s, "dddd-dd-dd") || layout(s, "dddd/dd/dd")) && num(5, 6) >= 1 && num(5, 6) <= 12 && num(8, 9) >= 1 && num(8, 9) <= 31
}

// taxYear reports whether s is a tax or school year, a year and the next
// one: "2021-22", "2023/2024", "1999-00".
func taxYear(s string) bool {
	if len(s) < 7 || !layout(s[:4], "dddd") || !(s[:2] == "19" || s[:2] == "20") || s[4] != '-' && s[4] != '/' {
		return false
	}
	year := func(s string) int {
		n := 0
		for i := range len(s) {
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	y := year(s[:4])
	switch {
	case layout(s[5:], "dd"):
		return year(s[5:]) == (y+1)%100
	case layout(s[5:], "dddd"):
		return year(s[5:]) == y+1
	}
	return false
}

// layout reports whether s is written as l, where d stands for a digit,
// L for an ASCII capital (a plate's "LLddLLL"), l for an ASCII lower-case
// letter (the same plate typed in a hurry, "llddlll"), A for an ASCII
// letter in either case (a codice fiscale's "AAAAAAddAddAdddA"), N for a
// capital or the 9 that pads a name (a British driving licence's
// "LNNNNddddddLNdLL") and every other byte for itself.
func layout(s, l string) bool {
	if len(s) != len(l) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch l[i] {
		case 'd':
			if !isDigit(s[i]) {
				return false
			}
		case 'L':
			if !isUpperASCII(s[i]) {
				return false
			}
		case 'l':
			if !isLowerASCII(s[i]) {
				return false
			}
		case 'A':
			if !isUpperASCII(s[i] &^ 0x20) {
				return false
			}
		case 'N':
			if !isUpperASCII(s[i]) && s[i] != '9' {
				return false // a letter, or the 9 that pads a name
			}
		default:
			if s[i] != l[i] {
				return false
			}
		}
	}
	return true
}

// cardLayout reports whether s opens with a payment card's number in its
// four groups of four digits, apart by spaces or hyphens.
func cardLayout(s string) bool {
	if len(s) < 19 {
		return false
	}
	sep := s[4]
	return (sep == ' ' || sep == '-') && layout(s[:4], "dddd") && s[9] == sep && s[14] == sep && layout(s[5:9], "dddd") && layout(s[10:14], "dddd") && layout(s[15:19], "dddd") && (len(s) == 19 || !isDigit(s[19]))
}

// paymentCards are the folded words of a payment card before its number.
// (carte, card and carta are card words of personal_cues.txt already.)
var paymentCards = map[string]bool{"tarjeta": true, "karte": true, "kreditkarte": true, "cartao": true, "cb": true, "visa": true, "mastercard": true}

// slashedPhone returns the end of a phone number whose area code d, a
// zero then two to four digits, ends at byte end of text before a slash
// and five to eight digits, maybe in groups ("0171/4829316", "0171 /
// 4829 331", "0476/38.21.09"), or end. Dates (03/2024, 12/03) and slashed
// references (2019/1147) take no such shape.
func slashedPhone(text string, end int, d []byte, found []finding) int {
	slash := end
	if strings.HasPrefix(text[end:], " / ") {
		slash++ // "0171 / 4829 331"
	}
	if len(d) < 3 || len(d) > 5 || d[0] != '0' || d[1] == '0' || slash+2 >= len(text) || text[slash] != '/' || end-len(d) < 0 || countDigits(text[end-len(d):end]) != len(d) {
		return end
	}
	m := slash + 1
	if text[m] == ' ' && slash > end {
		m++
	}
	// The number after the slash, maybe in groups: "0476/38.21.09".
	digits := 0
	for m < len(text) {
		if isDigit(text[m]) {
			digits++
			m++
		} else if isNumberSep(text[m]) && m+1 < len(text) && isDigit(text[m+1]) && digits > 0 && findingEnd(found, m+1) < 0 {
			// (Not into what was found before: "010/000000 0@0.00",
			// found by fuzzing.)
			m++
		} else {
			break
		}
	}
	if digits < 5 || digits > 8 || len(d)+digits < 9 || len(d)+digits > 12 || m < len(text) && text[m] == '/' {
		return end
	}
	if r, _ := utf8.DecodeRuneInString(text[m:]); m < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
		return end
	}
	return m
}

// isAmount reports whether the number ending at byte end of text is
// followed by a currency: €, euros, EUR.
func isAmount(text string, end int) bool { return currencyEnd(text, end) >= 0 }

// currencyEnd returns where the currency after the number ending at byte
// end of text ends ("600 €/h": the slash's byte), -1 when none follows.
func currencyEnd(text string, end int) int {
	rest := strings.TrimLeft(text[end:], " \u00a0\u202f")
	at := len(text) - len(rest)
	for _, sym := range [...]string{"€", "$", "£"} {
		if strings.HasPrefix(rest, sym) {
			return at + len(sym)
		}
	}
	for _, cur := range [...]string{"euros", "euro", "eur", "EUR"} {
		if len(rest) >= len(cur) && strings.EqualFold(rest[:len(cur)], cur) && (len(rest) == len(cur) || !isLetterByte(rest[len(cur)])) {
			return at + len(cur)
		}
	}
	return -1
}

// currencyBefore reports whether the number starting at byte start of
// text comes after a currency: €212.40, £ 30, EUR 1 200.
func currencyBefore(text string, start int) bool {
	rest := strings.TrimRight(text[:start], " \u00a0\u202f")
	if strings.HasSuffix(rest, "€") || strings.HasSuffix(rest, "$") || strings.HasSuffix(rest, "£") {
		return true
	}
	for _, code := range []string{"eur", "usd", "gbp", "chf"} {
		if n := len(rest) - len(code); n >= 0 && strings.EqualFold(rest[n:], code) && (n == 0 || !isLetterByte(rest[n-1])) {
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

// endsWithLetter reports whether the last rune of s is a letter, or
// marks on a letter ("A̩0612…"); a mark on nothing is no letter.
func endsWithLetter(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	for unicode.Is(unicode.Mn, r) && n > 0 {
		s = s[:len(s)-n]
		r, n = utf8.DecodeLastRuneInString(s)
	}
	// A digit under a mark ("A00ֿ0100…") glues the number to its word
	// as a letter does: the tokens read it as one (found by fuzzing).
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
// findingEnd returns the end of the finding of fs that holds byte i, or
// -1.
func findingEnd(fs []finding, i int) int {
	for _, f := range fs {
		if int(f.start) <= i && i < int(f.end) {
			return int(f.end)
		}
	}
	return -1
}

func clashes(fs []finding, f finding) bool {
	for _, o := range fs {
		if overlaps(o, f) {
			return true
		}
	}
	return false
}

// irishMobile reports whether the ten digits d, written at the start of
// s, are an Irish mobile number: 083, 085, 086, 087 or 089, grouped
// three, three and four ("087 264 1193"), as no French 08 service number
// is written (08 00 12 34 56, 0 800 123 456).
func irishMobile(s string, d []byte) bool {
	if d[2] != '3' && d[2] != '5' && d[2] != '6' && d[2] != '7' && d[2] != '9' {
		return false
	}
	// The groups, each a run of digits and then one separator.
	groups, run := [3]int{}, 0
	for i := 0; i < len(s) && run < 3; i++ {
		switch c := s[i]; {
		case isDigit(c):
			groups[run]++
		case (c == ' ' || c == '.' || c == '-') && groups[run] > 0 && i+1 < len(s) && isDigit(s[i+1]):
			run++
		default:
			run = 3
		}
	}
	return groups == [3]int{3, 3, 4}
}

// classify says whether the digits d, starting at byte start of text, are
// personal data, and of which kind.
func (p *personal) classify(d []byte, plus bool, text string, start int, toks []token, fold []byte) (maskKind, bool) {
	n := len(d)
	if !plus && n == 10 && d[0] == '0' && d[1] == '8' {
		if irishMobile(text[start:], d) {
			return maskPhone, true
		}
		// Naples' landlines (081 …) grouped as Italy groups them, after
		// a phone word: "Tel.: 081 552 3417".
		if start+12 <= len(text) && layout(text[start:start+12], "ddd ddd dddd") && p.wordBefore(p.phone, start, toks, fold) {
			return maskPhone, true
		}
		// So are the South's (083x, 085x, 088x: Lecce, Pescara,
		// Foggia…), which no French 08 number starts with, after a phone
		// word: "chiamatemi al 0832 451 276".
		if (d[2] == '3' || d[2] == '5' || d[2] == '8') && p.wordBefore(p.phone, start, toks, fold) {
			return maskPhone, true
		}
		// A premium-rate line (08 9x) is a business's, which public
		// services do not use: a scam's or an ad's ("Appelez vite le
		// 08 99 23 45 67 pour débloquer votre dossier"); not after a
		// word of files or a number's sign ("Réclamation n° 0891 2345
		// 67"), nor after a service's word (Météo-France has 0899 lines).
		if d[2] == '9' && p.businessLine(text, start, toks, fold) {
			return maskPhone, true
		}
		return 0, false // 08 numbers are services' even after "tax" or "CAF"
	}
	switch {
	case plus && n == 11 && d[0] == '3' && d[1] == '3' && d[2] == '8' && d[3] != '9':
		return 0, false // +33 8 …: a French 08 service number dialled from abroad (not a premium line, 8 9x)
	case plus && n >= 8 && n <= 15:
		return maskPhone, true
	case n >= 11 && n <= 15 && d[0] == '0' && d[1] == '0':
		return maskPhone, true
	case n == 11 && d[0] == '3' && d[1] == '3' && (d[2] == '6' || d[2] == '7') && layout(text[start:min(len(text), start+16)], "dd d dd dd dd dd"):
		// A French mobile with its country code and no plus, grouped as
		// one: "mon numero 33 6 55 20 17 48" (no NIR, no amount is
		// written so).
		return maskPhone, true
	case n == 10 && d[0] == '0' && d[1] != '0' && d[1] != '8':
		// 08 numbers are services' (0 800 free numbers), never a person's;
		// a landline after a service word is the service's ("le numéro
		// du service est le 01 23 45 67 89"), a mobile never is.
		if d[1] != '6' && d[1] != '7' && p.serviceNumber(text, start, toks, fold) {
			return 0, false
		}
		return maskPhone, true
	case n == 16 && d[0] >= '3' && d[0] <= '6' && validLuhn(d) && (cardLayout(text[start:]) || p.cardBefore(start, toks, fold) || p.wordBefore(paymentCards, start, toks, fold)):
		// A payment card's number, sixteen digits passing the Luhn
		// check, printed in its four groups or after a word of a card
		// ("débité deux fois… avec ma carte bancaire 4970 1012 3456
		// 7893", "la tarjeta 4558 8100 7723 4193").
		return maskNumber, true
	case n == 15 && validNIR(d):
		return maskNumber, true
	case n == 13 && nirShape(d):
		return maskNumber, true
	}
	// The lines of Spain's and Portugal's services, nine digits no
	// subscriber has: Spanish 900, 901 and 902 ("llamad al 901 10 65
	// 70"), Portuguese 300, 707, 800 and 808 ("liguem 300 502 502"),
	// after a call to dial it ("Seguridad Social: llamad al 901…"), or
	// with no word that announces a person's number ("mon numéro
	// allocataire 900123456" is one).
	if !plus && n == 9 && (d[0] == '9' && d[1] == '0' && d[2] <= '2' || d[0] == '3' && d[1] == '0' && d[2] == '0' || d[0] == '7' && d[1] == '0' && d[2] == '7' || d[0] == '8' && d[1] == '0' && (d[2] == '0' || d[2] == '8')) &&
		(callBefore(start, toks, fold) || !p.announced(start, toks, fold)) {
		return 0, false
	}
	if n >= 5 && p.announced(start, toks, fold) {
		return maskNumber, true
	}
	// Or announced after it, seven digits or more: "4471092, c'est mon
	// numéro allocataire", "0723456789012 c'est mon numéro fiscal".
	if n >= 7 && !plus && p.announcedAfter(text, start, toks, fold) {
		return maskNumber, true
	}
	// A bank account's number, six to nine digits, after "account
	// number": "refund to account number 31926819, sort code 60-16-13";
	// not a helpline after it ("quote your account number when calling
	// 0300 123 4567").
	if n >= 6 && n <= 9 && p.wordBefore(accountNumber, start, toks, fold) && accountBefore(start, toks, fold) {
		return maskNumber, true
	}
	// A card's or a licence's number, seven digits or more (no postcode)
	// with no number or placeholder glued after it (the groups of a RIB
	// before its account, which a second reading would find masked),
	// right after its name: "carte d'identité (n° 100113113308)", "permis
	// de conduire 841269587606"; not after a card or a letter named only
	// so ("sur la carte, 1250000 foyers", Italian "carta").
	if n >= 7 && lastGroup(text, start, n) {
		if w := p.cardWordBefore(start, toks, fold); w != "" && !plainCards[w] {
			return maskNumber, true
		}
	}
	if n == 9 && d[0] == '0' && d[1] != '0' && p.announced(start, toks, fold) {
		return maskPhone, true
	}
	// British numbers have eleven digits: mobiles 07…, landlines 01…
	// and 02… (a French number has ten). Numbers of other countries are
	// told by a phone word before them.
	// British premium-rate lines (087…, 09…) are businesses', which
	// public bodies have left, written as Britain groups them: "call 0871
	// 555 0198 (premium rate)"; not after a word of orders or files
	// ("Tracking number 0970 123 4567"), nor a service's, nor grouped
	// otherwise (Nuremberg's "0911 2310 000", Chieti's "0871 3581 111").
	if !plus && n == 11 && d[0] == '0' && (d[1] == '8' && d[2] == '7' || d[1] == '9') && start+13 <= len(text) && layout(text[start:start+13], "dddd ddd dddd") && p.businessLine(text, start, toks, fold) {
		return maskPhone, true
	}
	// (Not after a German word of the telephone, but for 0300 and 0800:
	// "Telefon: 0341 5589 207", "erreichbar unter 0351 4471 209", Leipzig's
	// and Dresden's landlines.)
	if !plus && n == 11 && d[0] == '0' && (d[1] == '3' || d[1] == '8') && (d[2] == '0' && d[3] == '0' || start+4 < len(text) && layout(text[start:start+4], "dddd") && !isDigit(text[start+4]) && !(d[1] == '3' && p.wordBefore(germanPhoneWords, start, toks, fold))) {
		// 0300 …, 0800 …, 0345 …: British numbers of public bodies and
		// free lines, 0300 and 0800 however written, the others with
		// their first group of four, even after "phone"; not a Berlin
		// landline nor a Japanese mobile (030 12345678, 080 1234 5678:
		// no subscriber's number there starts with 0).
		return 0, false
	}
	// A British mobile (07…) is no service's line, whatever acronym
	// stands before it ("my UK mobile 07911 123456"), as a French 06 or
	// 07 is none.
	british := n == 11 && d[0] == '0' && (d[1] == '7' || d[1] == '1' || d[1] == '2')
	// Nor is a Spanish mobile after a phone word, whatever acronym stands
	// before it, nor a Portuguese one after a word of a mobile ("NIF …,
	// telemóvel 926 114 302"; not Madrid's landlines, "SEPE, teléfono
	// 915…").
	iberian := n == 9 && (d[0] == '6' || d[0] == '7' || d[0] == '9' && (d[1] == '1' || d[1] == '2' || d[1] == '3' || d[1] == '6') && p.wordBefore(mobileWords, start, toks, fold))
	if (british || n >= 9 && n <= 13 && p.wordBefore(p.phone, start, toks, fold)) && (british && d[1] == '7' || iberian || !p.serviceNumber(text, start, toks, fold)) {
		return maskPhone, true
	}
	// Mobiles of the neighbours have shapes of their own, which no French
	// number of nine or ten digits without a zero takes: Spanish (6… and
	// 7…, nine digits), Portuguese (91…, 92…, 93…, 96…, nine digits),
	// Italian (3…, ten digits), German (015…, 016…, 017…, twelve digits;
	// eleven are read as British above), Austrian (below). "il mio numero è 339 8812047",
	// "mi hija en el 677 123 904". Not a company's SIREN nor an order's
	// or a file's number: "SIREN 612 345 678", "commande 612345678".
	// Austrian mobiles (06…, eleven to thirteen digits: "0676 543 21 09")
	// are longer than a French 06 number.
	mobile := n == 9 && (d[0] == '6' || d[0] == '7' || d[0] == '9' && (d[1] == '1' || d[1] == '2' || d[1] == '3' || d[1] == '6')) ||
		n == 10 && d[0] == '3' && d[1] != '0' ||
		n == 12 && d[0] == '0' && d[1] == '1' && d[2] >= '5' && d[2] <= '7' ||
		n >= 11 && n <= 13 && d[0] == '0' && d[1] == '6'
	if mobile && !plus && !p.wordBefore(p.reference, start, toks, fold) && !p.serviceNumber(text, start, toks, fold) {
		return maskPhone, true
	}
	return 0, false
}

// germanPhoneWords are the folded German words of the telephone before a
// number (not "Tel.", British and French too: "Tel: 0345 300 3900").
var germanPhoneWords = map[string]bool{"telefon": true, "telefonnummer": true, "rufnummer": true, "festnetz": true, "erreichbar": true, "telefonisch": true}

// mobileWords are the folded words of a mobile phone before its number
// (WhatsApp runs on mobiles: "…do IRS, faço a declaração por 25 €,
// WhatsApp 913 456 789").
var mobileWords = map[string]bool{"telemovel": true, "tlm": true, "movel": true, "movil": true, "mobile": true, "handy": true, "cellulare": true, "cell": true, "whatsapp": true, "zap": true}

// tokenFrom returns the index of the first token starting at or after
// byte start of the text (len(toks) if none): the words before it are the
// ones that announce what starts there.
func tokenFrom(toks []token, start int) int {
	k := 0
	for k < len(toks) && int(toks[k].cs) < start {
		k++
	}
	return k
}

// callWords, folded, ask the reader to dial a number, or say the writer
// did.
var callWords = map[string]bool{
	"call": true, "ring": true, "phone": true, "appelez": true, "appeler": true, "llamad": true, "llamen": true, "llame": true, "llamar": true,
	"chiamate": true, "chiamare": true, "ligue": true, "liguem": true, "ligar": true, "anrufen": true, "ruft": true, "rufen": true,
	// Or says the writer dialled it: "liguei para o 300 502 502".
	"called": true, "rang": true, "appele": true, "liguei": true, "chiamato": true, "angerufen": true,
}

// callBefore reports whether one of the three words before byte start of
// the text asks the reader to dial it, or says the writer did.
func callBefore(start int, toks []token, fold []byte) bool {
	k := tokenFrom(toks, start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if callWords[string(fold[toks[j].fs:toks[j].fe])] {
			return true
		}
	}
	return false
}

// announced reports whether one of the six words before byte start of the
// text is a context word for personal numbers.
func (p *personal) announced(start int, toks []token, fold []byte) bool {
	return p.wordBefore(p.context, start, toks, fold)
}

// announcedAfter reports whether the number at byte start of the text
// is said, right after it, to be the writer's: a verb of being, then a
// possessive and a context word for personal numbers within three words
// ("…, c'est mon numéro allocataire", "… is my NI number", "… es mi
// número de afiliación", "… è il mio codice fiscale", "… ist meine
// Steuernummer", "… é o meu número de contribuinte").
func (p *personal) announcedAfter(text string, start int, toks []token, fold []byte) bool {
	k := tokenFrom(toks, start)
	for k < len(toks) && toks[k].has(tokDigit) && !toks[k].has(tokLetter) {
		k++
	}
	be := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		// (Italian's and Portuguese's "e" unaccented is "and": "Il
		// protocollo 2023456 e il mio codice fiscale sono nella PEC",
		// a review's; "è", "é" are the verb.)
		if w := string(fold[toks[j].fs:toks[j].fe]); beWords[w] && !(w == "e" && text[toks[j].cs:toks[j].ce] == "e") {
			be = j
			break
		}
	}
	if be < 0 {
		return false
	}
	for j := be + 1; j < len(toks) && j <= be+3; j++ {
		if !ownWords[string(fold[toks[j].fs:toks[j].fe])] {
			continue
		}
		for m := j + 1; m < len(toks) && m <= j+3; m++ {
			if p.context[string(fold[toks[m].fs:toks[m].fe])] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	// beWords, folded, are the verb of being after a number said to be
	// the writer's ("c'est", "is", "è", "ist", "é").
	beWords = map[string]bool{"est": true, "is": true, "s": true, "es": true, "e": true, "ist": true, "sind": true, "era": true, "was": true}
	// ownWords, folded, are the writer's possessives.
	ownWords = map[string]bool{
		"mon": true, "ma": true, "my": true, "mi": true, "mio": true, "mia": true, "mein": true, "meine": true, "meu": true, "minha": true,
		"notre": true, "our": true,
	}
)

// accountNumber holds the last words of "account number", "account no",
// "account ref", which announce the number of a person's account, at a
// bank or a council ("council tax (account ref 60048217)"); not "account"
// alone: "take into account that 25000 people…".
var accountNumber = map[string]bool{"number": true, "no": true, "nr": true, "ref": true, "reference": true}

// accountBefore reports whether "account number", "account no" or
// "account ref" is among the six words before byte start.
func accountBefore(start int, toks []token, fold []byte) bool {
	k := tokenFrom(toks, start)
	for j := k - 1; j > 0 && j >= k-6; j-- {
		if accountNumber[string(fold[toks[j].fs:toks[j].fe])] && string(fold[toks[j-1].fs:toks[j-1].fe]) == "account" {
			return true
		}
	}
	return false
}

// cardBefore reports whether a word of an identity card or a licence is
// one of the three words before byte start of the text: "carte
// d'identité (numéro X4RTBPFW4)", not "identity before boarding flight
// BA2490".
func (p *personal) cardBefore(start int, toks []token, fold []byte) bool {
	return p.cardWordBefore(start, toks, fold) != ""
}

// cardWordBefore returns the word of cardBefore, folded, or "".
func (p *personal) cardWordBefore(start int, toks []token, fold []byte) string {
	k := tokenFrom(toks, start)
	for j, words := k-1, 0; j >= 0 && words < 3; j-- {
		w := string(fold[toks[j].fs:toks[j].fe])
		if p.cards[w] {
			return w
		}
		// "n°" is no word between the card and its number: "título de
		// residência n° 6993339590".
		if w != "n" && w != "no" && w != "nr" && w != "nº" {
			words++
		}
	}
	return ""
}

// lastGroup reports whether the number of n digits starting at byte
// start of text is followed, after the spaces that end it, by no word
// holding a digit and no placeholder: "20041 01005 0500013M026" and
// "20041 01005 [numéro masqué]" start a RIB.
func lastGroup(text string, start, n int) bool {
	i := start
	for seen := 0; i < len(text) && seen < n; i++ {
		if isDigit(text[i]) {
			seen++
		}
	}
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i < len(text) && text[i] == '[' {
		return false
	}
	for ; i < len(text) && isAlnumASCII(text[i]); i++ {
		if isDigit(text[i]) {
			return false
		}
	}
	return true
}

// wordBefore reports whether one of the six words before byte start of
// the text is in words, with no other number (but one of the same kind,
// below) and no word of files or orders between them.
func (p *personal) wordBefore(words map[string]bool, start int, toks []token, fold []byte) bool {
	k := tokenFrom(toks, start)
	// One earlier number is passed over when it has the length of this
	// one, seven digits or more, and no word of another number (an
	// order's, a phone's, a postcode's) stands between them: the second
	// identifier of a kind the word announced, "my passport (508812334)
	// and my husband's (508812391)"; not "mon numéro fiscal 12345 et mon
	// code postal 75012", "… 1234567, ma commande 7654321".
	same := k < len(toks) && toks[k].has(tokDigit) && !toks[k].has(tokLetter) && toks[k].fe-toks[k].fs >= 7
	skipped := false
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.has(tokDigit) && !t.has(tokLetter) && !isYear(fold[t.fs:t.fe]) || t.has(tokMasked) {
			if same && !t.has(tokMasked) && t.fe-t.fs == toks[k].fe-toks[k].fs {
				same, skipped = false, true
				continue
			}
			return false // the context word announced an earlier number (not a year: "allocataire depuis 2015, numéro …")
		}
		w := fold[t.fs:t.fe]
		if !skipped && same && (p.reference[string(w)] || p.phone[string(w)] || postalWords[string(w)]) {
			same = false // a word of another number between the two
		}
		// Or glued to its article in SMS spelling: "lidentifiant".
		if words[string(w)] || len(w) > 6 && (w[0] == 'l' || w[0] == 'd') && words[string(w[1:])] {
			return true
		}
		if p.reference[string(w)] {
			// But the British taxpayer's own reference: "Unique Taxpayer
			// Reference 7391046285".
			if j > 0 && string(fold[toks[j-1].fs:toks[j-1].fe]) == "taxpayer" && words["taxpayer"] {
				return true
			}
			return false // a word of files or orders announces the number: "kein Rückruf. Aktenzeichen EG-11-2024-30418"
		}
	}
	return false
}

// plainCards are the card words that name no identity card on their own:
// a card, a letter ("carta" in Italian, Spanish and Portuguese).
var plainCards = map[string]bool{"carte": true, "carta": true, "cartao": true}

// postalWords announce a postcode, which a personal number is not.
var postalWords = map[string]bool{"postal": true, "postale": true, "postcode": true, "zip": true, "cp": true, "plz": true, "cap": true, "cep": true}

// spokenSeparators are the words for a dash that join the groups of a
// phone number read out (personal.numbers); not words for "then", which
// join numbers of any kind ("01 puis 02 puis 03", "de 08 puis 10 heures").
var spokenSeparators = []string{"tiret", "dash", "guion", "guión", "trattino", "traço", "hífen", "bindestrich"}

// spokenSeparator returns the length of " word " at byte i of text, a
// space, a word of spokenSeparators and a space before a digit, or 0.
func spokenSeparator(text string, i int) int {
	for _, w := range spokenSeparators {
		e := i + 1 + len(w)
		if e+1 < len(text) && text[e] == ' ' && isDigit(text[e+1]) && strings.EqualFold(text[i+1:e], w) {
			return e + 1 - i
		}
	}
	return 0
}

// joinSpoken reports whether the separator word at byte i of text joins
// the n digits before it to the groups after it (spokenJoin), not into
// what was found before.
func joinSpoken(text string, i, n int, found []finding) bool {
	w := spokenJoin(text, i, n)
	return w > 0 && findingEnd(found, i+w) <= i+w
}

// spokenJoin returns the length of the separator word at byte i of text
// when the groups of digits after it, read through spaces and more such
// words, make with the n digits before it a national number of ten
// digits; or 0.
func spokenJoin(text string, i, n int) int {
	w := spokenSeparator(text, i)
	if w == 0 {
		return 0
	}
	for j := i + w; j < len(text) && n <= 10; {
		switch {
		case isDigit(text[j]):
			n++
			j++
		case text[j] == ' ' && j+1 < len(text) && isDigit(text[j+1]):
			j++
		case text[j] == ' ' && spokenSeparator(text, j) > 0:
			j += spokenSeparator(text, j)
		default:
			if n == 10 {
				return w
			}
			return 0
		}
	}
	if n == 10 {
		return w
	}
	return 0
}

// thenWords are the words for "then" that join the two parts of a phone
// read out, each maybe after "and" ("y luego", "e poi", "und dann"). They
// join numbers of any kind ("01 puis 02 puis 03", "de 08 puis 10
// heures"): only once, after a word of calling, into a national phone.
var thenWords = []string{"puis", "then", "luego", "poi", "depois", "dann"}

// thenSeparator returns the length of " [and ]word " at byte i of text,
// spaces, a word of thenWords in any case (maybe after y, e, et, and, und)
// and spaces before a digit, or 0.
func thenSeparator(text string, i int) int {
	spaces := func(j int) int {
		for j < len(text) && text[j] == ' ' {
			j++
		}
		return j
	}
	j := spaces(i)
	for _, and := range []string{"y", "e", "et", "and", "und"} {
		if e := j + len(and); e < len(text) && text[e] == ' ' && strings.EqualFold(text[j:e], and) {
			j = spaces(e)
			break
		}
	}
	for _, w := range thenWords {
		e := j + len(w)
		if e < len(text) && text[e] == ' ' && strings.EqualFold(text[j:e], w) {
			if d := spaces(e); d < len(text) && isDigit(text[d]) {
				return d - i
			}
		}
	}
	return 0
}

// thenJoin returns the length of the separator at byte i of text
// (thenSeparator) when the digits d before it and the groups after it
// (groupsAfter) make a national phone (nationalPhone); or 0.
func thenJoin(text string, i int, d []byte, found []finding) int {
	w := thenSeparator(text, i)
	if w == 0 {
		return 0
	}
	var buf [16]byte
	n, ok := groupsAfter(buf[:], copy(buf[:], d), text, i+w, found)
	if !ok || !nationalPhone(buf[:n]) {
		return 0
	}
	return w
}

// nationalPhone reports whether d, digits dialled without a country
// code, has the shape of a person's phone of one of our countries: a
// French number of ten digits (not an 08 service's), a British mobile of
// eleven, a Spanish or Portuguese mobile of nine, an Italian mobile of
// ten, a German mobile of eleven or twelve.
func nationalPhone(d []byte) bool {
	n := len(d)
	switch {
	case n == 10 && d[0] == '0':
		return d[1] != '0' && d[1] != '8'
	case n == 11 && d[0] == '0' && d[1] == '7':
		return true
	case n == 9:
		return d[0] == '6' || d[0] == '7' || d[0] == '9' && (d[1] == '1' || d[1] == '2' || d[1] == '3' || d[1] == '6')
	case n == 10 && d[0] == '3':
		return d[1] != '0'
	case (n == 11 || n == 12) && d[0] == '0' && d[1] == '1':
		return d[2] >= '5' && d[2] <= '7'
	}
	return false
}

// placeholderEndsAt reports whether a placeholder of text ends at byte
// end ("[téléphone masqué]" just before it).
func placeholderEndsAt(text string, end int) bool {
	j := strings.LastIndexByte(text[:end], '[')
	return j >= 0 && placeholderAt(text, j) == end-j
}

// announcedIDs appends the identifiers of capitals and digits that a
// context word announces: a passport ("Pasaporte PAK482193", "Reisepass
// (Nr. CF3LH72N5)"), a foreign identity number ("NIE X4821937X"), a
// French identity card ("X4RTBPFW4"), a British driving licence
// ("MORGA753116SM9IJ"). Six to sixteen characters, four digits at least,
// or two in nine characters, the French identity card's: "1er", "3e",
// "A4", "COVID19" and "WINDOWS11PRO" are no identifiers.
func (p *personal) announcedIDs(text string, toks []token, fold []byte, out []finding) []finding {
	for ti := range toks {
		t := &toks[ti]
		if !t.has(tokLetter) || !t.has(tokDigit) || t.has(tokMasked) || t.ce-t.cs < 6 || t.ce-t.cs > 16 {
			continue
		}
		digits := 0
		upper := true
		for i := t.cs; i < t.ce; i++ {
			switch c := text[i]; {
			case isDigit(c):
				digits++
			case c < 'A' || c > 'Z':
				upper = false
			}
		}
		if !upper || digits < 4 && (digits < 2 || t.ce-t.cs != 9) || overlapsAny(out, t.cs, t.ce) || !p.announced(int(t.cs), toks, fold) && !p.cardBefore(int(t.cs), toks, fold) {
			continue
		}
		out = append(out, finding{t.cs, t.ce, maskNumber})
	}
	return out
}

// gluedCall reports whether the digits at byte i of text, a mobile's 06
// or 07 first, follow a word of calling with no space between, as
// a hurried writer glues them: "appelez-moi au0645129873", "mon
// portable06 59 84 12 37", "call me on07700900222".
// A mobile only, which no service has: "appeler la mairie au01 42 76 40
// 40" is the town hall's line.
func (p *personal) gluedCall(text string, i int) bool {
	if text[i] != '0' || i+1 >= len(text) || text[i+1] != '6' && text[i+1] != '7' {
		return false
	}
	s := i
	for s > 0 && (isUpperASCII(text[s-1]) || isLowerASCII(text[s-1])) {
		s--
	}
	if s == i || s > 0 && (isAlnumASCII(text[s-1]) || text[s-1] >= 0x80) {
		return false
	}
	w := strings.ToLower(text[s:i])
	return p.phone[w] || callPrepositions[w]
}

// gluedID reports whether the digits at byte i, glued to the word
// before them, are a number that checks (a NIR's fifteen digits and key,
// an NHS number's ten and check digit) after the word that names it: a
// form that refused spaces ("Numéro sécu196026912345636", "NHS
// number3982640172"). The digits' check is what makes them one.
func gluedID(text string, i int) bool {
	s := i
	for s > 0 && (isUpperASCII(text[s-1]) || isLowerASCII(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	if s == i || s > 0 && isDigit(text[s-1]) {
		return false
	}
	if !idWords[strings.ToLower(text[s:i])] {
		return false
	}
	e := i
	for e < len(text) && isDigit(text[e]) {
		e++
	}
	if e < len(text) && isAlnumASCII(text[e]) {
		return false
	}
	d := []byte(text[i:e])
	return len(d) == 15 && validNIR(d) || len(d) == 10 && validNHS(d)
}

// idWords name a number of identity glued to it (gluedID).
var idWords = map[string]bool{
	"number": true, "numero": true, "numéro": true, "no": true, "nir": true, "secu": true, "sécu": true, "nhs": true, "insee": true,
}

// callPrepositions come before the number one calls: "au", "on", "at".
// (The words of calling are personal_cues.txt's class phone.)
var callPrepositions = map[string]bool{"au": true, "on": true, "at": true}

// numberAbbreviations, folded, shorten "number" with a dot.
var numberAbbreviations = map[string]bool{"no": true, "nr": true, "num": true, "ref": true, "nº": true, "n": true}

// fileWords, folded, name a person's file at a service: "mon numéro de
// dossier", "my application ref", "il mio numero di pratica", "mein
// Aktenzeichen".
var fileWords = map[string]bool{
	"dossier": true, "file": true, "application": true, "claim": true, "case": true, "reference": true, "ref": true,
	"referencia": true, "expediente": true, "pratica": true, "processo": true, "aktenzeichen": true, "vorgangsnummer": true,
}

// requestWords, folded, name a request's, an account's, a customer's number as
// fileWords do a file's, but are said of other things too ("ma demande
// concerne 12000 élèves", "my account says I owe 12500"): the number
// after them must look like an identifier (identifierShape). "Mon numéro
// de demande ANTS est le 24A7KD9310", "my bidding number is 2048817",
// "Mi número de beneficiaria es 4401962", "CRN 11843092764 is mine".
var requestWords = map[string]bool{
	"demande": true, "request": true, "account": true, "bidding": true, "tenancy": true, "membership": true,
	"solicitud": true, "richiesta": true, "pedido": true, "antrag": true, "antragsnummer": true,
	"identifiant": true, "beneficiaria": true, "beneficiario": true, "client": true, "cliente": true, "customer": true, "crn": true,
}

// identifierShape reports whether id, a run of digits and capitals, looks
// like an identifier rather than a quantity: a letter or a separator in
// it, or seven digits at least.
func identifierShape(id string) bool {
	return strings.ContainsAny(id, "-/.ABCDEFGHIJKLMNOPQRSTUVWXYZ") || countDigits(id) >= 7
}

// ownFiles masks the number of the writer's own file, announced by a
// first-person possessive and a word of a file in the same sentence, at
// most twelve words before it: "Mon numéro de dossier 6019384T", "my
// application ref 4521-8873-0912", "O meu número de processo na
// prefeitura é 7501-24-00938", "mon dossier n° 2024-PR-118734". The
// number is a run of digits and capitals joined by hyphens, slashes or
// dots (groups of digits by spaces too), five digits at least. A case's
// reference said with no possessive is left ("Réclamation n°
// R-2024-07781", "Case ref HA-2024-5519"), as the issue asks.
func ownFiles(text string, toks []token, fold []byte, digits []int32, out []finding) []finding {
	joined := func(a, b int) bool {
		gap := text[toks[a].ce:toks[b].cs]
		switch gap {
		case "-", "/", ".":
			return true
		case " ":
			return toks[a].has(tokDigit) && toks[b].has(tokDigit)
		}
		return false
	}
	part := func(k int) bool {
		t := &toks[k]
		if t.has(tokMasked) {
			return false
		}
		if t.has(tokDigit) {
			return true
		}
		// Capitals of four letters at most, or one: "RET-558812-B".
		return (t.has(tokUpper) || t.has(tokCap) && t.fe-t.fs == 1) && t.fe-t.fs <= 4
	}
	end := int32(-1)
	for _, d := range digits {
		k := int(d)
		if toks[k].cs < end || !part(k) {
			continue
		}
		s, e := k, k
		for s > 0 && part(s-1) && joined(s-1, s) {
			s--
		}
		for e+1 < len(toks) && part(e+1) && joined(e, e+1) {
			e++
		}
		end = toks[e].ce
		id := text[toks[s].cs:toks[e].ce]
		if len(id) > 32 || countDigits(id) < 5 {
			continue
		}
		if own, weak := ownFileBefore(text, toks, fold, s); !(own && (!weak || identifierShape(id))) && !ownFileAfter(text, toks, fold, e) {
			continue
		}
		// Not a date, a tax year nor an amount: "mon dossier déposé le
		// 12/03/2024", "mon dossier de 12 000 €".
		if isDate(id) || taxYear(id) || isAmount(text, int(toks[e].ce)) || currencyBefore(text, int(toks[s].cs)) || overlapsAny(out, toks[s].cs, toks[e].ce) {
			continue
		}
		// Nor a quantity: "my account was charged 12000 pounds", "ma
		// demande concerne 20000 personnes", digits alone before a noun
		// ("mon dossier porte sur 15000 litres"); nor a form's number:
		// "mein Antrag mit dem Formular cerfa 14880*02".
		if e+1 < len(toks) && (quantityWords[string(fold[toks[e+1].fs:toks[e+1].fe])] || countDigits(id) == len(id) && nounAfter(text, toks, e)) || s > 0 && formWords[string(fold[toks[s-1].fs:toks[s-1].fe])] {
			continue
		}
		out = append(out, finding{toks[s].cs, toks[e].ce, maskNumber})
	}
	return out
}

// quantityWords are folded words that make the number before them a
// quantity, not an identifier.
var quantityWords = map[string]bool{
	"pounds": true, "pound": true, "dollars": true, "people": true, "personnes": true, "persons": true, "km": true, "kg": true,
	"jours": true, "days": true, "mois": true, "months": true, "ans": true, "years": true, "heures": true, "hours": true,
	"minutes": true, "semaines": true, "weeks": true, "fois": true, "times": true, "habitants": true, "residents": true, "euros": true,
	"households": true, "foyers": true, "dossiers": true, "files": true, "claims": true, "applications": true, "demandes": true,
}

// formWords, folded, name a form right before its number.
var formWords = map[string]bool{"cerfa": true, "form": true, "formulaire": true, "formular": true, "formulario": true, "modulo": true, "formulário": true}

// ownFileBefore reports whether the words before token s, in its sentence
// and at most twelve back, name the writer's file: a word of a file, and
// a first-person possessive at most three words before that word ("mon
// numéro de dossier", "My Universal Credit reference"), not "mon numéro
// d'allocataire X, dossier n° 2024-118"; or a word of a file and a word
// of ownership after it. The dot of "file no." ends no sentence.
func ownFileBefore(text string, toks []token, fold []byte, s int) (own, weak bool) {
	file, mine := -1, false
	for j := s - 1; j >= 0 && j >= s-12; j-- {
		w := fold[toks[j].fs:toks[j].fe]
		// A colon, a bracket or quotes end no sentence here: "Mon
		// dossier : 2024-118407", "mi expediente (n.º 2023-NAT-004518)".
		if gapEndsClause(text, toks[j], toks[j+1]) && !numberAbbreviations[string(w)] {
			break
		}
		// Most words are in none of the maps below.
		if !ownFileFilter.may(w) {
			continue
		}
		switch {
		case (fileWords[string(w)] || requestWords[string(w)]) && numberedFile(text, toks, fold, j, s):
			// "Numéro de dossier CARSAT : RET-558812-B", "Dossier n°
			// 075-2026-04518", "numero de demande ANTS 24AB09381722":
			// the number of a file or a request is the writer's.
			return true, !fileWords[string(w)]
		case fileWords[string(w)] || requestWords[string(w)]:
			file, weak = j, !fileWords[string(w)]
		case file >= 0 && file-j <= 3 && firstPossessive[string(w)]:
			return true, weak
		case mineWords[string(w)]:
			mine = true
		}
	}
	// Or owned between the file word and the number: "Identifiant
	// famille qui est le nôtre : FAM-33081", "Dossier de bourse, qui
	// est le sien : 2024-BCO-117230".
	return file >= 0 && mine, weak
}

// ownFileFilter lets through the words ownFileBefore looks up.
var ownFileFilter = newWordFilter([]map[string]bool{fileWords, requestWords, firstPossessive, mineWords})

// numberedFile reports whether the word of a file or a request at token
// j, right before the number at token s, is said as a label: a word of a
// number before it ("Numéro de dossier CARSAT : RET-558812-B", "numero de
// demande ANTS 24AB09381722", "Référence dossier : 069-24-018734"), or
// after it with a colon after the number ("Dossier n° 075-2026-04518 :
// toujours rien"), or opening its sentence ("Dossier MDPH n° 2023-04718
// déposé en avril"). Not a file a sentence tells of ("dossier n° 2023-45871
// bloqué", dev's "Le dossier n° 2023-45871 est resté bloqué", "The file
// number 08-4123-456730 has had no news"), nor a reference, a case, a
// claim or a planning application of a service ("Case ref HA-2024-5519",
// "courrier réf. 2024/118", "planning application 24/01873/FUL"): those
// are its own references.
func numberedFile(text string, toks []token, fold []byte, j, s int) bool {
	switch string(fold[toks[j].fs:toks[j].fe]) {
	case "ref", "reference", "case", "claim", "application", "referencia":
		return false
	case "crn":
		// A customer reference number says "number" itself, a label
		// right before its digits: "Centrelink CRN 204 417 392K"
		// (round 40).
		return s-j <= 2
	}
	// The abbreviations of "number" (but "ref", a reference's), or the
	// word written out.
	numberWord := func(k int) bool {
		switch w := string(fold[toks[k].fs:toks[k].fe]); w {
		case "numero", "number", "nummer", "reference", "referencia", "riferimento":
			return true
		default:
			return numberAbbreviations[w] && w != "ref"
		}
	}
	if s-j > 3 {
		// A label of a number and a file, the file's owner said in it
		// and a colon before the number: "Numéro de dossier ANTS me
		// concernant : 2311-ZK-48820", "Numéro de dossier personnel de ma
		// mère à la MDPH : 50222343" (round 40).
		if s-j <= 8 && (j > 0 && numberWord(j-1) || j > 1 && numberWord(j-2)) && strings.HasSuffix(strings.TrimRight(text[toks[s-1].ce:toks[s].cs], " \u00a0"), ":") {
			for k := j + 1; k < s; k++ {
				if w := string(fold[toks[k].fs:toks[k].fe]); firstPossessive[w] || w == "me" || w == "personnel" || w == "personnelle" || toks[k].has(tokMasked) {
					return true
				}
			}
		}
		return false // "your account number when calling the helpline on 0300…"
	}
	first := -1 // the label's first word
	for k := max(j-2, 0); k < j; k++ {
		if numberWord(k) {
			first = k
			break
		}
	}
	if first < 0 && j+1 < s && numberWord(j+1) {
		// After the file's word, the number ends on a colon.
		e := s
		for e+1 < len(toks) {
			gap := text[toks[e].ce:toks[e+1].cs]
			if gap != "-" && gap != "/" && gap != "." && !(gap == " " && toks[e].has(tokDigit) && toks[e+1].has(tokDigit)) {
				break
			}
			e++
		}
		if rest := strings.TrimLeft(text[toks[e].ce:], " \u00a0"); strings.HasPrefix(rest, ":") {
			first = j
		}
	}
	// Or the file's word opens its sentence, with a capital and no
	// article, and a word of a number follows it: the heading of a
	// letter ("Dossier MDPH n° 2023-04718 déposé en avril", "Dossier n°
	// 75-2024-00873 au nom de ma fille").
	// Not a public body's file, which a genitive after the number or a
	// word of publication just after it tells ("Dossier n° 2023-118 du
	// conseil municipal", "Expediente n.º 2/2023 … publicado en el BOE",
	// "File No. 23/04512/FUL on the planning portal").
	if first < 0 && toks[j].has(tokCap) && (j == 0 || gapEndsClause(text, toks[j-1], toks[j])) && !publicFile(text, toks, fold, s) {
		for k := j + 1; k < s; k++ {
			if numberWord(k) {
				first = j
				break
			}
		}
	}
	// Not the file a sentence tells of, with an article: "Le numéro de
	// dossier 2024-118 est bloqué", "il numero della pratica è 2024-88".
	if first < 0 || first > 0 && fileArticles[string(fold[toks[first-1].fs:toks[first-1].fe])] {
		return false
	}
	return true
}

// publicFile reports whether the number at token s is a public body's
// file: a genitive right after it with no possessive in its next words
// ("du conseil municipal", "de la CADA", "der SPD-Fraktion", "do
// Supremo"; not "de ma fille", "des allocations de mon père"), or a word
// of publication in the five words after it, before a comma (publié,
// BOE, Amtsblatt, on the planning portal).
func publicFile(text string, toks []token, fold []byte, s int) bool {
	e := s
	for e+1 < len(toks) && toks[e+1].has(tokDigit) {
		if gap := text[toks[e].ce:toks[e+1].cs]; gap != "" && gap != "-" && gap != "/" && gap != "." {
			break
		}
		e++
	}
	// A genitive whose next three words hold no possessive: "du conseil
	// municipal", not "de ma fille", "des allocations de mon père".
	if e+1 < len(toks) && !gapEndsClause(text, toks[e], toks[e+1]) {
		switch string(fold[toks[e+1].fs:toks[e+1].fe]) {
		case "du", "des", "der", "del", "della", "dello", "do", "dos", "of", "de":
			own := false
			for k := e + 2; k < len(toks) && k <= e+4; k++ {
				own = own || firstPossessive[string(fold[toks[k].fs:toks[k].fe])]
			}
			if !own {
				return true
			}
		}
	}
	// A word of publication in the five words after it, before a comma
	// (a letter suffix counted: "23/04512/FUL on the planning portal").
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		if gapEndsClause(text, toks[k-1], toks[k]) || strings.ContainsRune(text[toks[k-1].ce:toks[k].cs], ',') {
			break
		}
		if publicationWords[string(fold[toks[k].fs:toks[k].fe])] {
			return true
		}
	}
	return false
}

// publicationWords, folded, say a file is published or public.
var publicationWords = map[string]bool{
	"publie": true, "publiee": true, "publies": true, "publiees": true,
	"published": true, "publicado": true, "publicada": true, "pubblicato": true, "pubblicata": true, "publicados": true,
	"veroffentlicht": true, "offentliche": true, "offentlich": true, "offentlichen": true, "amtsblatt": true, "boe": true, "portal": true, "albo": true,
}

// fileArticles, folded, make the file after them one a sentence tells of.
var fileArticles = map[string]bool{
	"le": true, "la": true, "l": true, "du": true, "au": true, "ce": true, "cette": true, "the": true, "this": true, "that": true,
	"il": true, "el": true, "del": true, "della": true, "o": true, "do": true, "der": true, "die": true, "das": true, "dem": true, "des": true,
}

// nounAfter reports whether the token after token e, a number, is a word
// in small letters of no list of frequent words, right after it: a noun
// the number counts ("15000 litres", "12000 élèves"); not "2048817 and",
// "6019384 est bloqué".
func nounAfter(text string, toks []token, e int) bool {
	u := toks[e+1]
	return gapText(text, toks[e], u) == "" && u.has(tokLetter) && !u.has(tokCap) && !u.has(tokDigit) && !u.info.stop
}

// ownFileAfter reports whether the words right after token e, a number,
// in its sentence, say it is the writer's: "CRN 11843092764 is mine",
// "Dossier MDPH n° 069-2023-11482, c'est mon dossier perso".
func ownFileAfter(text string, toks []token, fold []byte, e int) bool {
	for j := e + 1; j < len(toks) && j <= e+5; j++ {
		if gapEndsClause(text, toks[j-1], toks[j]) {
			return false
		}
		w := string(fold[toks[j].fs:toks[j].fe])
		if w == "not" || w == "pas" || w == "t" {
			return false // "…is not mine to chase", "isn't mine"
		}
		if mineWords[w] && w != "notre" || firstPossessive[w] && j+1 < len(toks) && fileWords[string(fold[toks[j+1].fs:toks[j+1].fe])] {
			return true
		}
	}
	return false
}

// mineWords, folded, say a thing is the writer's, or a person's he
// speaks for: "le mien", "is mine", "le nôtre", "le sien".
var mineWords = map[string]bool{
	"mien": true, "mienne": true, "miens": true, "miennes": true, "mine": true, "notre": true, "sien": true, "sienne": true,
}
