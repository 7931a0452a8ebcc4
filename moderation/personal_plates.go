package moderation

// plates appends the registration plates of cars: after a word that
// announces one ("plaque GH-482-KT", "matrícula 4821 KLM", "Kennzeichen
// B-KM 4821", "reg LK19 XRT"), a run of one to three words of capitals and
// digits, five to nine of them, with both; and the French plates of
// today's shape, two letters, three digits and two letters joined by
// hyphens, wherever they stand ("ma Clio GH-482-KT").
func (p *personal) plates(text string, toks []token, fold []byte, out []finding) []finding {
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.has(tokMasked) {
			continue
		}
		if k+2 < len(toks) && frenchPlate(text, toks[k:k+3]) {
			if !overlapsAny(out, t.cs, toks[k+2].ce) {
				out = append(out, finding{t.cs, toks[k+2].ce, maskNumber})
			}
			k += 2
			continue
		}
		if !p.plate[string(fold[t.fs:t.fe])] {
			continue
		}
		for s := k + 1; s < len(toks) && s <= k+3; s++ {
			if e, ok := plateRun(text, toks, s); ok {
				if !overlapsAny(out, toks[s].cs, toks[e].ce) {
					out = append(out, finding{toks[s].cs, toks[e].ce, maskNumber})
				}
				k = e
				break
			}
		}
	}
	return out
}

// frenchPlate reports whether the three tokens are AB-123-CD.
func frenchPlate(text string, t []token) bool {
	return t[0].ce-t[0].cs == 2 && t[1].ce-t[1].cs == 3 && t[2].ce-t[2].cs == 2 &&
		text[t[0].ce] == '-' && t[1].cs == t[0].ce+1 && text[t[1].ce] == '-' && t[2].cs == t[1].ce+1 &&
		allUpper(text[t[0].cs:t[0].ce]) && countDigits(text[t[1].cs:t[1].ce]) == 3 && allUpper(text[t[2].cs:t[2].ce])
}

// plateRun returns the last token of a plate starting at token s: one to
// three tokens of capitals and digits joined by a blank or a hyphen,
// five to nine characters in all, with a letter and a digit.
func plateRun(text string, toks []token, s int) (int, bool) {
	letters, digits, best := 0, 0, -1
	for e := s; e < len(toks) && e < s+3; e++ {
		t := toks[e]
		if e > s {
			if gap := text[toks[e-1].ce:t.cs]; gap != " " && gap != "-" {
				break
			}
		}
		w := text[t.cs:t.ce]
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case isDigit(c):
				digits++
			case c >= 'A' && c <= 'Z':
				letters++
			default:
				return best, best >= 0
			}
		}
		if n := letters + digits; n >= 5 && n <= 9 && letters > 0 && digits > 0 {
			best = e
		}
	}
	return best, best >= 0
}

// allUpper reports whether s is ASCII capitals only.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}
