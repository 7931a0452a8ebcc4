package moderation

import "strings"

// codiciFiscali finds Italian tax codes (codice fiscale): six letters, two
// digits, a letter, two digits, a letter, three digits and a letter
// (RSSMRA85T10A562S), a shape no other word has; and, in the same pass,
// Spanish NIE numbers whose letter checks (Y8765432P). digits are the
// indexes of the tokens holding a digit.
func codiciFiscali(text string, toks []token, digits []int32, out []finding) []finding {
	const shape = "AAAAAAddAddAdddA"
	for _, d := range digits {
		t := toks[d]
		if k := int(d); t.ce-t.cs == 5 && k >= 2 && k+1 < len(toks) {
			// Written in its four groups, as the card prints it: "FRR LRA
			// 92D52 L219F".
			a, b, e := toks[k-2], toks[k-1], toks[k+1]
			if f := (finding{a.cs, e.ce, maskNumber}); text[a.ce:b.cs] == " " && text[b.ce:t.cs] == " " && text[t.ce:e.cs] == " " &&
				layout(text[a.cs:a.ce], shape[:3]) && layout(text[b.cs:b.ce], shape[3:6]) && layout(text[t.cs:t.ce], shape[6:11]) && layout(text[e.cs:e.ce], shape[11:]) && !clashes(out, f) {
				out = append(out, f)
				continue
			}
		}
		// Or in three groups, the six letters together: "RSSNNA 55P70
		// L219I".
		if k := int(d); t.ce-t.cs == 5 && k >= 1 && k+1 < len(toks) {
			b, e := toks[k-1], toks[k+1]
			if f := (finding{b.cs, e.ce, maskNumber}); text[b.ce:t.cs] == " " && text[t.ce:e.cs] == " " &&
				layout(text[b.cs:b.ce], shape[:6]) && layout(text[t.cs:t.ce], shape[6:11]) && layout(text[e.cs:e.ce], shape[11:]) && !clashes(out, f) {
				out = append(out, f)
				continue
			}
		}
		// A Spanish NIE, whatever word announces it: X, Y or Z, seven
		// digits and the letter they give ("Y8765432P es mi NIE"), in
		// small letters too, as typed on a phone ("mi nie x2481937f").
		if w := text[t.cs:t.ce]; layout(w, "AdddddddA") && w[0]&^0x20 >= 'X' && w[0]&^0x20 <= 'Z' {
			nie := [8]byte{w[0]&^0x20 - 'X' + '0'}
			copy(nie[1:], w[1:8])
			if f := (finding{t.cs, t.ce, maskNumber}); validDNI(nie[:], w[8]&^0x20) && !clashes(out, f) {
				out = append(out, f)
			}
			continue
		}
		if t.ce-t.cs != int32(len(shape)) {
			continue
		}
		if f := (finding{t.cs, t.ce, maskNumber}); layout(text[t.cs:t.ce], shape) && !clashes(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// drivingLicences finds British driving licence numbers, a shape no other
// word has, so that no word need announce them: five letters of the surname (padded
// with 9), six digits of the birth date (a decade, a month that is 01 to
// 12, or 51 to 62 for a woman, a day of 01 to 31, the year), two initials
// (padded with 9), a digit and two letters (MORGA657054SM9IJ). And, in the
// same pass, the numbers the Home Office gives a visa application, GWF
// and nine digits (GWF071234567), and the number a German job centre
// gives a household (Bedarfsgemeinschaft), its office's five digits, BG
// and seven digits (96302BG0047311). digits are the indexes of the
// tokens holding a digit.
func drivingLicences(text string, toks []token, digits []int32, out []finding) []finding {
	for _, d := range digits {
		t := toks[d]
		w := text[t.cs:t.ce]
		if layout(w, "GWFddddddddd") || layout(w, "gwfddddddddd") || layout(w, "dddddBGddddddd") {
			if f := (finding{t.cs, t.ce, maskNumber}); !clashes(out, f) {
				out = append(out, f)
			}
			continue
		}
		if !layout(w, "LNNNNddddddLNdLL") {
			continue
		}
		month := int(w[6]-'0')*10 + int(w[7]-'0')
		day := int(w[8]-'0')*10 + int(w[9]-'0')
		if month > 50 {
			month -= 50
		}
		if f := (finding{t.cs, t.ce, maskNumber}); month >= 1 && month <= 12 && day >= 1 && day <= 31 && !clashes(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// niWords name a National Insurance number right before it.
var niWords = map[string]bool{"ni": true, "nino": true, "nin": true, "insurance": true}

// insuranceNumbers finds British National Insurance numbers: two letters,
// six digits and a letter from A to D, joined (QQ123456C) or in pairs
// (QQ 12 34 56 C, QQ-12-34-56-C), a shape no other word has; joined, in
// lower case too after its name (ni qq123456c). digits are
// the indexes of the tokens holding a digit.
func insuranceNumbers(text string, toks []token, digits []int32, out []finding) []finding {
	upper := func(t token, n int) bool {
		if t.ce-t.cs != int32(n) {
			return false
		}
		for i := t.cs; i < t.ce; i++ {
			if !isUpperASCII(text[i]) {
				return false
			}
		}
		return true
	}
	suffix := func(c byte) bool { return c >= 'A' && c <= 'D' }
	// named tells whether a word naming the number is among the three
	// before token k: "NI ne 45 82 17 c", "NI number: ne458217c".
	named := func(k int) bool {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if niWords[strings.ToLower(text[toks[j].cs:toks[j].ce])] {
				return true
			}
		}
		return false
	}
	lowerPair := func(t token, n int) bool {
		return t.ce-t.cs == int32(n) && isLowerASCII(text[t.cs]) && (n == 1 || isLowerASCII(text[t.cs+1]))
	}
	for _, d := range digits {
		t := toks[d]
		w := text[t.cs:t.ce]
		// Or all in lower case, as a writer in a hurry types it, right
		// after the number's name ("ni jr482203a", "nino jr482203a");
		// not a parcel's "ab123456c".
		lower := len(w) == 9 && isLowerASCII(w[0]) && isLowerASCII(w[1]) && suffix(w[8]-'a'+'A') && countDigits(w[2:8]) == 6 && named(int(d))
		if len(w) == 9 && isUpperASCII(w[0]) && isUpperASCII(w[1]) && suffix(w[8]) && countDigits(w[2:8]) == 6 || lower {
			if f := (finding{t.cs, t.ce, maskNumber}); !clashes(out, f) {
				out = append(out, f)
			}
			continue
		}
		// In pairs: the letters, three pairs of digits, the letter.
		k := int(d)
		if len(w) != 2 || countDigits(w) != 2 || k < 1 || k+3 >= len(toks) {
			continue
		}
		// In capitals, or in lower case after its name.
		if !(upper(toks[k-1], 2) && upper(toks[k+3], 1) && suffix(text[toks[k+3].cs]) ||
			lowerPair(toks[k-1], 2) && lowerPair(toks[k+3], 1) && suffix(text[toks[k+3].cs]-'a'+'A') && named(k-1)) {
			continue
		}
		ok := true
		for j := k; j <= k+2 && ok; j++ {
			u := toks[j]
			ok = u.ce-u.cs == 2 && countDigits(text[u.cs:u.ce]) == 2
		}
		sep := text[toks[k-1].ce:toks[k].cs] // a space or a hyphen, the same throughout: "RW-68-33-19-B"
		for j := k - 1; j < k+3 && ok; j++ {
			ok = (sep == " " || sep == "-") && text[toks[j].ce:toks[j+1].cs] == sep
		}
		if f := (finding{toks[k-1].cs, toks[k+3].ce, maskNumber}); ok && !clashes(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// slashedNumbers finds announced identifiers written with slashes
// (Steuernummer 12/345/67890, or 21 815/0815 in Austria, its office's
// two digits set apart by a space): nine digits or more, so dates
// (30/06/2025) stay. A Spanish social security number in slashes
// (28/12345678/40) needs no word before it: its key tells it. digits are
// the indexes of the tokens holding a digit.
func (p *personal) slashedNumbers(text string, toks []token, fold []byte, digits []int32, out []finding) []finding {
	next := 0 // the first token not yet read
	var buf [24]byte
	for _, d := range digits {
		k := int(d)
		t := toks[k]
		if k < next || t.has(tokLetter) {
			continue
		}
		e := k // the last token of the identifier
		for e+1 < len(toks) && toks[e+1].cs == toks[e].ce+1 && text[toks[e].ce] == '/' && toks[e+1].has(tokDigit) && !toks[e+1].has(tokLetter) {
			e++
		}
		if e == k {
			continue
		}
		s := k // the first
		// Not the last digits of what was found before (a RIB's key).
		if k-1 >= next && toks[k-1].ce+1 == t.cs && text[t.cs-1] == ' ' && toks[k-1].has(tokDigit) && !toks[k-1].has(tokLetter) && toks[k-1].ce-toks[k-1].cs == 2 && !overlapsAny(out, toks[k-1].cs, toks[k-1].ce) {
			s = k - 1
		}
		n := 0
		for j := s; j <= e; j++ {
			for _, c := range []byte(text[toks[j].cs:toks[j].ce]) {
				if n < len(buf) {
					buf[n] = c
				}
				n++
			}
		}
		next = e + 1
		nss := s == k && e == k+2 && n == 12 && t.ce-t.cs == 2 && toks[k+1].ce-toks[k+1].cs == 8 && validNSS(buf[:n])
		f := finding{toks[s].cs, toks[e].ce, maskNumber}
		if s == k && e == k+4 && n == 10 && nationalPhone(buf[:n]) && buf[0] == '0' && pairs(toks[k:e+1]) && p.wordBefore(p.phone, int(t.cs), toks, fold) {
			// A French phone in slashed pairs after a phone word: "tel
			// 06/68/64/93/96" (a date has three groups, a list of days
			// no phone word: "fermé les 06/07/08/09/10 août").
			f.kind = maskPhone
		} else if !nss && (n < 9 || !p.announced(int(f.start), toks, fold)) {
			continue
		}
		if !clashes(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// pairs reports whether every token of toks is two bytes long.
func pairs(toks []token) bool {
	for ti := range toks {
		t := &toks[ti]
		if t.ce-t.cs != 2 {
			return false
		}
	}
	return true
}
