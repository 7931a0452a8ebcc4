package moderation

// plates appends the registration plates of cars: after a word that
// announces one or a vehicle ("plaque GH-482-KT", "matrícula 4821 KLM",
// "Kennzeichen B-KM 4821", "my car (LK19 XRT)"), a run of one to three
// words in the shapes of plates (plateRun); and the French plates of
// today's shape, two letters, three digits and two letters joined by
// hyphens, and the British of today's shape, wherever they stand ("ma
// Clio GH-482-KT", "my permit covers WR68 TYU").
func plates(text string, toks []token, out []finding) []finding {
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.has(tokMasked) {
			continue
		}
		// The British shape starts with two ASCII capitals and holds
		// digits ("WR68 TYU", "YK21XWB"), the French starts with a word
		// of two capitals ("GH-482-KT"): tokenize flagged such words
		// tokCap and tokDigit, or tokUpper, and most words, in small
		// letters, are read for neither.
		if t.flags&(tokCap|tokDigit) == tokCap|tokDigit {
			if e := britishPlate(text, toks, k); e >= 0 {
				if !overlapsAny(out, t.cs, toks[e].ce) {
					out = append(out, finding{t.cs, toks[e].ce, maskNumber})
				}
				k = e
				continue
			}
		}
		if t.has(tokUpper) && k+2 < len(toks) && frenchPlate(text, toks, k) {
			if !overlapsAny(out, t.cs, toks[k+2].ce) {
				out = append(out, finding{t.cs, toks[k+2].ce, maskNumber})
			}
			k += 2
			continue
		}
		if !t.info.plate {
			continue
		}
		// A British or French plate in lower case after its word, as a
		// writer in a hurry types it: "my son's car (ks21ftp)", "my car
		// wd63 lmo", "mon vehicule ab-219-ze".
		if e, s := lowerPlate(text, toks, k); e >= 0 {
			if !overlapsAny(out, toks[s].cs, toks[e].ce) {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskNumber})
			}
			k = e
			continue
		}
		for s := k + 1; s < len(toks) && s <= k+3; s++ {
			// Not past what was found or masked: a plate after a phone
			// masked would fall in the window of a second reading, the
			// placeholder being fewer words than the phone.
			if toks[s].has(tokMasked) || overlapsAny(out, toks[s].cs, toks[s].ce) {
				break
			}
			if e, ok := plateRun(text, toks, s, out); ok {
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

// frenchPlate reports whether the three tokens from k are AB-123-CD
// (with spaces, "SA 150 EX" is a form's code as often: a plate word must
// announce it, plateRun).
func frenchPlate(text string, toks []token, k int) bool {
	t := toks[k : k+3]
	return t[0].ce-t[0].cs == 2 && t[1].ce-t[1].cs == 3 && t[2].ce-t[2].cs == 2 &&
		text[t[0].ce] == '-' && t[1].cs == t[0].ce+1 && text[t[1].ce] == '-' && t[2].cs == t[1].ce+1 &&
		allUpper(text[t[0].cs:t[0].ce]) && countDigits(text[t[1].cs:t[1].ce]) == 3 && allUpper(text[t[2].cs:t[2].ce])
}

// plateRun returns the last token of a plate starting at token s, before
// any token of what out found: one to
// three tokens joined by a blank or a hyphen, each of one to three
// capitals, of one to four digits (six after capitals), or a British two
// capitals and two digits ("LK19"), five to nine characters in all with a
// letter and a digit, and more digits than a year ("EN 2019" is a year
// shouted, "BMW R1250" a model); or a Brazilian plate alone.
func plateRun(text string, toks []token, s int, out []finding) (int, bool) {
	letters, digits, best := 0, 0, -1
	year := false
	for e := s; e < len(toks) && e < s+3; e++ {
		t := toks[e]
		if e > s {
			if gap := text[toks[e-1].ce:t.cs]; gap != " " && gap != "-" {
				break
			}
		}
		// Not into what was found before ("plaque AB 123 CD@example.fr"
		// ends before the e-mail, as a second reading ends it at the
		// placeholder).
		if t.has(tokMasked) || overlapsAny(out, t.cs, t.ce) {
			break
		}
		w := text[t.cs:t.ce]
		d := countDigits(w)
		switch {
		case d == 0 && allUpper(w) && len(w) <= 3:
			letters += len(w)
		case d == len(w) && (len(w) <= 4 || len(w) <= 6 && letters > 0):
			// (Five or six digits after letters: an Italian motorbike's
			// "EX 48213", a Swiss "ZH 583102", an Irish "191-D-48213".)
			digits += d
			year = year || len(w) == 4 && (w[:2] == "19" || w[:2] == "20")
		case len(w) == 4 && allUpper(w[:2]) && d == 2 && isDigit(w[2]) && isDigit(w[3]):
			letters, digits = letters+2, digits+2
		case e == s && (layout(w, "LLdddLL") || layout(w, "dLLLddd")):
			// A French plate without its hyphens, "KL321MN", a Californian
			// "7ABC123".
			letters, digits = 4, 3
		case e == s && len(w) == 7 && allUpper(w[:3]) && isDigit(w[3]) && isUpperASCII(w[4]) && isDigit(w[5]) && isDigit(w[6]):
			// A Brazilian plate of the Mercosur shape, "QXT8C41" (not
			// "ABC1234", a car's model as often: "GTI2000").
			letters, digits = 4, 3
		default:
			return best, best >= 0
		}
		if n := letters + digits; n >= 5 && n <= 9 && letters > 0 && digits > 0 && !(year && digits == 4) {
			best = e
		}
	}
	return best, best >= 0
}

// britishPlate returns the last token of a British plate of today's shape
// starting at token k, two capitals, two digits, then three capitals,
// with a space or joined ("WR68 TYU", "YK21XWB"), a shape no postcode and
// few product codes take ("HP22 XYZ" would be masked); -1 when there is none.
func britishPlate(text string, toks []token, k int) int {
	t := toks[k]
	w := text[t.cs:t.ce]
	if layout(w, "LLddLLL") {
		return k
	}
	if layout(w, "LLdd") && k+1 < len(toks) && text[t.ce:toks[k+1].cs] == " " {
		if u := text[toks[k+1].cs:toks[k+1].ce]; layout(u, "LLL") {
			return k + 1
		}
	}
	return -1
}

// allUpper reports whether s is ASCII capitals only.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpperASCII(s[i]) {
			return false
		}
	}
	return s != ""
}

// lowerPlate returns the last and first tokens of a British or
// French plate of today's shape in lower case within the three words
// after token k, a word announcing a plate ("car (ks21ftp)", "car wd63
// lmo", "véhicule ab-219-ze"); -1 when there is none.
func lowerPlate(text string, toks []token, k int) (int, int) {
	for s := k + 1; s < len(toks) && s <= k+3; s++ {
		if toks[s].has(tokMasked) {
			break
		}
		w := text[toks[s].cs:toks[s].ce]
		if layout(w, "llddlll") {
			return s, s
		}
		// A French plate of today's shape in lower case, its hyphens
		// kept: "mon véhicule ab-219-ze".
		if layout(w, "ll") && s+2 < len(toks) && text[toks[s].ce:toks[s+1].cs] == "-" && text[toks[s+1].ce:toks[s+2].cs] == "-" &&
			layout(text[toks[s+1].cs:toks[s+1].ce], "ddd") && layout(text[toks[s+2].cs:toks[s+2].ce], "ll") {
			return s + 2, s
		}
		// (Not a postcode's district before a word: "the car park in
		// sw19 was full".)
		if layout(w, "lldd") && s+1 < len(toks) && text[toks[s].ce:toks[s+1].cs] == " " && layout(text[toks[s+1].cs:toks[s+1].ce], "lll") && !toks[s+1].info.stop {
			return s + 1, s
		}
	}
	return -1, -1
}
