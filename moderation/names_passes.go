package moderation

// Passes over the names of a reading after the rules of find, word by
// word: the writer's signature, the unknown names a role after them
// vouches for, the initials and hyphenated parts around a masked name;
// and the helpers of the verbs of naming.

import (
	"slices"
	"strings"
)

// signature adds to out the name a writer signs the text with on its last
// line: one to four capitalised words (initials, particles and "O'" between
// them) that end the text, after a closing of a letter or a word of thanks
// on the line before ("Cordialement,\nTesfaye Bekele", "Un saludo,\nWilmer
// Quispe", "Merci d'avance,\nAïssatou"), after a closing and a comma on the
// same line ("Viele Grüße, Tesfaye", "Att, Wellington"), or after a dash
// opening the line ("— Nathalie B."). A known first name is found by the
// other rules wherever it stands; the signature is where a name no list
// knows is still a name.
func (nm *names) signature(text string, toks []token, fold []byte, keep []bool, out []finding, first int, german bool) []finding {
	n, tail := len(toks), len(text)
	// Numbers and personal data after the name, on lines of their own or
	// after a dash or a comma, are the signature's too: "Wilf
	// Barraclough\n09/12", "Hugues Perret – 02 99 41 07 63".
	trailing := func(j int) bool {
		return toks[j].has(tokDigit) && !toks[j].has(tokLetter) || overlapsAny(out[:first], toks[j].cs, toks[j].ce)
	}
	for n > 2 && trailing(n-1) && strings.TrimRight(text[toks[n-1].ce:tail], " \t\r\n.!") == "" {
		m := n - 1
		for m > 0 && trailing(m-1) && !strings.ContainsRune(text[toks[m-1].ce:toks[m].cs], '\n') {
			m--
		}
		if m < 2 || !strings.ContainsAny(text[toks[m-1].ce:toks[m].cs], "\n-–—,") {
			break
		}
		n, tail = m, int(toks[m].cs)
	}
	if n < 2 || strings.TrimRight(text[toks[n-1].ce:tail], " \t\r\n.!,–—-") != "" {
		return out
	}
	s, words, lower, initialLow := n, 0, false, false
walk:
	for s > 0 && n-s < 5 {
		j := s - 1
		u := &toks[j]
		if s < n && !inNameGap(text[u.ce:toks[s].cs]) {
			break
		}
		switch {
		case u.fe-u.fs == 1 && u.has(tokCap) && u.has(tokDot) && !keep[j] && !u.has(tokMasked):
			// An initial: "Nathalie B.", "J.-M. Perrin".
		case u.fe-u.fs == 1 && u.has(tokDot) && !keep[j] && !u.has(tokMasked) && s < n && lower && toks[s].info.surname:
			// A small initial before a surname in small letters:
			// "cdlt, j. moreau".
			initialLow = true
		case s < n && u.has(tokCap) && u.has(tokApos) && u.fe-u.fs <= 4 && !keep[j] && !u.has(tokMasked):
			// "O'Neill", "Dell'Acqua".
		case s < n && u.info.particle && !u.has(tokCap) && !keep[j]:
			// "Maria de Lurdes", "João da Silva"; see below.
		case nm.signatureWord(toks, fold, keep, j):
			words++
		case !u.has(tokCap) && !u.has(tokDigit) && !u.has(tokMasked) && !keep[j] && !u.info.stop && (u.info.first == firstName || u.info.surname) && !nm.closings[string(fold[u.fs:u.fe])]:
			// A signature in small letters, known names only, the
			// first a first name that is no word (below): "Thanks,
			// priya raman", "Regards, dave".
			words++
			lower = true
		default:
			break walk
		}
		s = j
	}
	for s < n && toks[s].info.particle && !toks[s].has(tokCap) {
		s++
	}
	if words == 0 || s == 0 || s == n || lower && toks[s].info.first != firstName && !(initialLow && s+1 < n && toks[s].fe-toks[s].fs == 1) {
		return out
	}
	// A particle inside only after a known first name or an initial:
	// "Maria de Lurdes Figueiredo", "J. de Kersauson"; not "Vecinos de
	// Triana", "Ville de Bobigny", bodies.
	for j := s + 1; j < n; j++ {
		if toks[j].info.particle && !toks[j].has(tokCap) && toks[s].info.first == 0 && !(toks[s].fe-toks[s].fs == 1 && toks[s].has(tokDot)) {
			return out
		}
	}
	// In German, whose nouns are capitalised, no word ending as a noun
	// signs ("MfG\nHausverwaltung"); nor a day or a month alone.
	if german && germanNounIn(fold, toks[s:n]) || n-s == 1 && calendarWords[string(fold[toks[s].fs:toks[s].fe])] {
		return out
	}
	p := s - 1
	raw := text[toks[p].ce:toks[s].cs]
	gap := strings.TrimSpace(raw)
	line := strings.IndexByte(raw, '\n') >= 0
	switch {
	case strings.HasSuffix(gap, "-") || strings.HasSuffix(gap, "—") || strings.HasSuffix(gap, "–"):
		// A dash opening the last line, not a hyphen inside it, nor the
		// last item of a list of lines ("- Poubelles\n- Éclairage").
		dash := strings.LastIndexAny(raw, "-—–")
		nl := strings.LastIndexByte(raw[:dash], '\n')
		if nl < 0 || strings.TrimSpace(raw[nl:dash]) != "" || listLine(text, int(toks[p].ce)) {
			return out
		}
	case !line && gap == ",":
		// A closing, or a word of thanks ending the sentence before:
		// "… three times. Thanks, Priya".
		if !nm.closingEndsAt(text, toks, fold, p) && !(toks[p].info.cue == cueThanks && (p == 0 || strings.ContainsAny(text[toks[p-1].ce:toks[p].cs], ".!\n"))) {
			return out
		}
	case line && strings.Trim(gap, ",.!") == "":
		if !nm.closingEndsAt(text, toks, fold, p) && !nm.thanksLine(text, toks, p) {
			return out
		}
	default:
		return out
	}
	// One finding for the whole name, whatever parts of it another rule
	// found ("Marta G.": an initial masked alone would be looked for as a
	// word of its own everywhere else in the text).
	start, end := toks[s].cs, toks[n-1].ce
	if overlapsAny(out[:first], start, end) {
		return out // personal data
	}
	w := first
	for _, f := range out[first:] {
		if f.start < end && start < f.end {
			start, end = min(start, f.start), max(end, f.end)
			continue
		}
		out[w] = f
		w++
	}
	out = append(out[:w], finding{start, end, maskName})
	slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	return out
}

// signatureWord reports whether token k may be a word of a signature's
// name: capitalised, letters only, no frequent word, place, institution,
// cue (a title, a role, a word of thanks) or closing.
func (nm *names) signatureWord(toks []token, fold []byte, keep []bool, k int) bool {
	u := &toks[k]
	w := string(fold[u.fs:u.fe])
	return u.has(tokCap) && !u.has(tokDigit) && !u.info.place && !u.info.building && u.info.cue == 0 && !u.info.particle &&
		!nm.closings[w] && nm.isName(toks, fold, keep, k, false)
}

// germanNounIn reports whether one of toks ends like a German noun and
// no name: -ung, -keit, -heit, -schaft, -verwaltung, -amt…
func germanNounIn(fold []byte, toks []token) bool {
	for i := range toks {
		w := string(fold[toks[i].fs:toks[i].fe])
		for _, end := range germanNounEndings {
			if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
				return true
			}
		}
	}
	return false
}

var germanNounEndings = []string{"ung", "keit", "heit", "schaft", "tion", "tat", "amt", "nis", "ment", "haus", "stelle", "verein", "gemeinde", "zentrum", "burg", "dorf", "stadt", "kasse", "buro", "team", "ei"}

// listLine reports whether the line holding byte at of text, the line
// before a dash, starts with a dash or ends with a colon: the dash is then
// an item's.
func listLine(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		return false
	}
	prev := strings.TrimSpace(text[start : at+end])
	return strings.HasPrefix(prev, "-") || strings.HasPrefix(prev, "—") || strings.HasPrefix(prev, "–") || strings.HasPrefix(prev, "•") || strings.HasSuffix(prev, ":")
}

// inNameGap reports whether gap, what stands between two words, may stand
// inside a name: spaces, a dot after an initial, a hyphen, an apostrophe.
func inNameGap(gap string) bool {
	for _, c := range gap {
		switch c {
		case ' ', '.', '-', '\'', '\u2019', '\u00a0':
		default:
			return false
		}
	}
	return true
}

// closingEndsAt reports whether a closing of a letter of one to three
// words, on one line, ends at token p: "Cordialement", "Viele Grüße",
// "Un saludo", "Att".
func (nm *names) closingEndsAt(text string, toks []token, fold []byte, p int) bool {
	for m := p; m >= 0 && m > p-3; m-- {
		if m < p && strings.ContainsAny(text[toks[m].ce:toks[m+1].cs], "\n,.;:!?") {
			return false
		}
		if nm.closings[string(fold[toks[m].fs:toks[p].fe])] {
			return true
		}
	}
	return false
}

// thanksLine reports whether the line ending at token p is a short one
// of thanks: a word of thanks among its last four words ("Thank you",
// "Merci d'avance"), or starting a line of six words at most ("Merci
// pour votre aide").
func (nm *names) thanksLine(text string, toks []token, p int) bool {
	for m := p; m >= 0 && m > p-6; m-- {
		if m < p && strings.IndexByte(text[toks[m].ce:toks[m+1].cs], '\n') >= 0 {
			return false
		}
		if toks[m].info.cue == cueThanks && (m > p-4 || m == 0 || strings.IndexByte(text[toks[m-1].ce:toks[m].cs], '\n') >= 0) {
			return true
		}
	}
	return false
}

// initialsBefore widens the names of out[first:] (this reading's) over the
// initials written right before them ("J.-M. Perrin", "M. A. Lacerda")
// and the lower-case parts hyphenated after them ("Jean-loup").
// A lone initial that may be a title stays: "M. Perrin", and "D.", which
// abbreviates Dom, Dona and Don ("a D. Amélia").
func (nm *names) initialsBefore(text string, toks []token, keep []bool, out []finding, first int) []finding {
	k := 0
	for i := first; i < len(out); i++ {
		f := &out[i]
		if f.kind != maskName {
			continue
		}
		for k < len(toks) && toks[k].cs < f.start {
			k++
		}
		if k == len(toks) || toks[k].cs != f.start {
			continue
		}
		s := k
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			u := &toks[j]
			if u.fe-u.fs != 1 || !u.has(tokCap) || !u.has(tokDot) || u.has(tokMasked) {
				break
			}
			if g := strings.TrimSpace(text[u.ce:toks[j+1].cs]); g != "." && g != ".-" {
				break
			}
			if i > first && out[i-1].end > u.cs {
				break
			}
			s = j
		}
		// (One initial that is a title, M. or D., is the title, unless a
		// hyphen binds it to the next: "M.-C. Dupont".)
		if !(s == k || s == k-1 && (toks[s].info.cue != 0 || text[toks[s].cs] == 'D') && gapText(text, toks[s], toks[k]) != ".-") {
			f.start = toks[s].cs
		}
		// And over the lower-case part of a hyphenated first name that
		// no list knows: "Jean-loup", "Pierre-emmanuel" (masked alone,
		// "[nom masqué]-loup" published it, and a second reading took
		// it).
		e := lastTokenIn(toks, k, f.end)
		for e+1 < len(toks) && toks[e].ce == f.end && toks[e].has(tokHyphen) {
			u := &toks[e+1]
			if u.has(tokCap) || !u.has(tokLetter) || u.has(tokDigit) || keep[e+1] || u.has(tokMasked) || u.info.stop || u.info.particle || u.fe-u.fs < 3 || i+1 < len(out) && out[i+1].start < u.ce {
				break
			}
			f.end = u.ce
			e++
		}
	}
	return out
}

// unknownApposed adds to out the capitalised words no list knows that a
// role after an article, set off by a comma, follows mid-sentence: "doy
// las gracias a Wanderson, el vigilante de seguridad", "merci à Ornella,
// la secrétaire". Not in German, whose nouns are capitalised like names. Not after a preposition or an article, which put places
// and institutions there ("à Montreuil, l'agent m'a dit"), but for a word
// of thanks ("gracias a").
func (nm *names) unknownApposed(text string, toks []token, fold []byte, keep []bool, out []finding, first int, german bool) []finding {
	if german {
		return out // whose nouns are capitalised like names
	}
	n := len(out)
	for k := 1; k+2 < len(toks); k++ {
		t := &toks[k]
		// (The word's shape and the comma after it first, in one branch:
		// most words fail them at no pattern a branch predictor could
		// learn. t is not the last word: a byte not of a word ends it.)
		if b2i(t.flags&(tokCap|tokUpper|tokSentence) == tokCap)&b2i(text[t.ce] == ',') == 0 || t.info.first != 0 || t.info.surname || t.info.place || t.info.building || t.info.cue != 0 ||
			!strings.HasPrefix(text[t.ce:toks[k+1].cs], ",") || !nm.isName(toks, fold, keep, k, false) || calendarWords[string(fold[t.fs:t.fe])] {
			continue
		}
		if (placeBefore[string(fold[toks[k-1].fs:toks[k-1].fe])] || afterDeterminer(toks, fold, k)) && !thankedAt(toks, fold, k) {
			continue
		}
		// An article, then the role ("el vigilante", "l'infermiera"); the
		// "a" of Portuguese is a preposition too.
		a := string(fold[toks[k+1].fs:toks[k+1].fe])
		role := appositionArticles[a] && toks[k+2].info.cue == cueRole && !gapHasBreak(text, toks[k+1], toks[k+2])
		if !role || overlapsAny(out[first:], t.cs, t.ce) {
			continue
		}
		out = append(out, finding{t.cs, t.ce, maskName})
	}
	return sortedIfAdded(out, first, n)
}

// placeBefore are the folded prepositions that put a place or an
// institution after them in the six languages (not "with", "by": "ho
// litigato con Scognamiglio, l'impiegata", "atendida pela Dalvanira, a
// atendente").
var placeBefore = map[string]bool{
	"a": true, "au": true, "aux": true, "de": true, "du": true, "des": true, "en": true, "dans": true, "chez": true, "pour": true, "sur": true, "vers": true,
	"in": true, "at": true, "to": true, "from": true, "of": true, "on": true, "for": true, "into": true, "near": true,
	"em": true, "no": true, "na": true, "nos": true, "nas": true, "do": true, "da": true, "dos": true, "das": true, "ao": true,
	"para": true, "por": true, "desde": true, "hacia": true, "al": true, "del": true,
	"bei": true, "im": true, "zu": true, "nach": true, "von": true, "aus": true, "fur": true, "auf": true, "an": true, "am": true, "zum": true, "zur": true, "vom": true,
	"di": true, "dal": true, "nel": true, "nella": true, "alla": true, "per": true, "tra": true, "fra": true, "su": true,
}

// reflexiveNaming reports whether the verb of naming at token k is the
// reflexive one that a person's name follows, its pronoun before it or
// bound to it, and a person its subject: "il sapelle momo", "la señora
// se llama yamila", "chama-se valdirene a moça". Not a thing's name ("le
// formulaire s'appelle cerfa"), "on s'appelle demain" (we call each
// other), nor a name asked ("come si chiama quello che…").
func reflexiveNaming(text string, toks []token, fold []byte, k, next int) bool {
	if notNamed[string(fold[toks[next].fs:toks[next].fe])] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if notNamed[string(fold[toks[j].fs:toks[j].fe])] {
			return false
		}
	}
	p := k - 1 // the pronoun
	switch string(fold[toks[k].fs:toks[k].fe]) {
	case "sapelle", "sappelle", "sapelait", "sappelait":
		p = k
	default:
		if next > k+1 {
			p = k // "chama-se": the subject after it, or before
		} else if p < 0 || gapHasBreak(text, toks[p], toks[k]) {
			return false
		} else {
			switch string(fold[toks[p].fs:toks[p].fe]) {
			case "s", "se", "si":
			default:
				return false
			}
		}
	}
	// A person is the subject: a pronoun right before the verb ("il
	// sapelle", "él se llama"), or a person's word within six words
	// before it, or after "chama-se" ("la chica de la ventanilla se
	// llama yamila", "chama-se valdirene a moça").
	if j := p - 1; j >= 0 && subjectPronouns[string(fold[toks[j].fs:toks[j].fe])] {
		return true
	}
	for j := p - 1; j >= 0 && j >= p-6; j-- {
		if personNouns[string(fold[toks[j].fs:toks[j].fe])] || toks[j].info.cue == cueRole || toks[j].info.cue == cueKin {
			return true
		}
	}
	for j := next + 1; p == k && j < len(toks) && j <= next+3; j++ {
		if personNouns[string(fold[toks[j].fs:toks[j].fe])] || toks[j].info.cue == cueRole {
			return true
		}
	}
	return false
}

// subjectPronouns are the folded pronouns of a person, right before a
// verb of naming ("il sapelle", "ella se llama"; "el" is "él").
var subjectPronouns = map[string]bool{
	"il": true, "elle": true, "he": true, "she": true, "el": true, "ella": true, "lui": true, "lei": true, "ele": true, "ela": true, "er": true,
}

// personNouns are the folded nouns of a person that may be the subject
// of a verb of naming, a few words before it.
var personNouns = map[string]bool{
	"gars": true, "mec": true, "dame": true, "monsieur": true, "madame": true, "fille": true, "femme": true, "homme": true,
	"guy": true, "lady": true, "woman": true, "man": true, "chica": true, "chico": true, "senora": true, "senor": true, "hombre": true, "mujer": true,
	"ragazza": true, "ragazzo": true, "signora": true, "signore": true, "tizio": true, "donna": true, "uomo": true,
	"moca": true, "moco": true, "senhora": true, "senhor": true, "cara": true, "mulher": true, "homem": true, "rapariga": true, "rapaz": true,
}

// notNamed are the folded words of asking a name, and the pronouns and
// demonstratives that stand after a verb of naming for no name.
var notNamed = map[string]bool{
	"comment": true, "come": true, "como": true, "wie": true, "how": true, "what": true, "quoi": true, "quel": true, "quelle": true,
	"qual": true, "cual": true, "ca": true, "cela": true, "ceci": true, "lui": true, "elle": true, "quello": true, "quella": true,
	"questo": true, "questa": true, "isso": true, "isto": true, "esto": true, "eso": true, "aquilo": true, "das": true, "dies": true,
}

// oneEdit reports whether a and b differ by one edit at most, not
// nothing: a letter added, removed, changed, or two letters swapped
// ("benhamou", "benhamoun"; "lefebvre", "lefevre").
func oneEdit(a, b []byte) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || string(a) == string(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if string(a[i+1:]) == string(b[i+1:]) {
			return true // changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:]) // swapped
	}
	return string(a[i:]) == string(b[i+1:]) // added
}

// monthAbbreviations are the folded months abbreviated as writers date
// a day: "since 2 Jan.", "le 3 janv.", "am 5 Okt." (several are first
// names too: Jan, Sept).
var monthAbbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"janv": true, "fev": true, "fevr": true, "avr": true, "juil": true, "okt": true, "dez": true, "ene": true, "dic": true, "ago": true, "set": true, "out": true,
}

// calendarWords are the folded days, months and feasts that writers
// capitalise, before a comma and a role as a name would be: "je suis
// passé Samedi, le guichetier", "después de Semana Santa, el cartero".
var calendarWords = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true, "sabado": true, "domingo": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lunedi": true, "martedi": true, "mercoledi": true, "giovedi": true, "venerdi": true, "domenica": true,
	"segunda": true, "terca": true, "quarta": true, "quinta": true, "sexta": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true, "aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"enero": true, "febrero": true, "marzo": true, "abril": true, "mayo": true, "junio": true, "julio": true, "agosto": true, "septiembre": true, "octubre": true, "noviembre": true, "diciembre": true,
	"januar": true, "februar": true, "juni": true, "juli": true, "oktober": true, "dezember": true,
	"gennaio": true, "febbraio": true, "aprile": true, "maggio": true, "giugno": true, "luglio": true, "settembre": true, "ottobre": true, "dicembre": true,
	"janeiro": true, "fevereiro": true, "marco": true, "maio": true, "junho": true, "julho": true, "setembro": true, "outubro": true, "novembro": true, "dezembro": true,
	"semana": true, "noel": true, "navidad": true, "natale": true, "natal": true, "paques": true, "pascua": true, "pasqua": true, "pascoa": true, "christmas": true, "easter": true,
}

// selfIntroduced masks the first name a writer who capitalises nothing
// introduces himself with at the start of his text, after a greeting at
// most: "hi its chloe from flat 4", "bonjour c'est marie du 12", "this is
// karim here". The name is a listed first name that is no other word, in
// small letters, then where he is from or "here": not a month, a place or
// a word ("its may in the calendar", "ici nancy, au centre-ville", "its
// grace from god", "its summer in the waiting room"; all masked when the
// rule took any listed first name before any word or a comma).
func selfIntroduced(text string, toks []token, fold []byte, keep []bool, out []finding) []finding {
	out = selfIntroducedAt(text, toks, fold, keep, out, 0)
	// Or at the start of a message quoted: "text i sent to my housing
	// officer: 'hi its jade from flat 4…'".
	for j := 1; j < len(toks); j++ {
		if strings.ContainsAny(text[toks[j-1].ce:toks[j].cs], "'\"«“") {
			out = selfIntroducedAt(text, toks, fold, keep, out, j)
		}
	}
	return out
}

// selfIntroducedAt is selfIntroduced for a text or a message starting at
// token k. A first name that is a word too ("jade", "tom") is one before
// "from" and a flat, a number or a house's digits: "its jade from flat
// 4", not "its grace from god".
func selfIntroducedAt(text string, toks []token, fold []byte, keep []bool, out []finding, k int) []finding {
	for i := k; k < len(toks) && k < i+2 && greetings[foldedAt(toks, fold, k)]; k++ {
	}
	word := func(j int) string { return foldedAt(toks, fold, j) }
	switch {
	case word(k) == "its" || word(k) == "ici":
		k++
	case word(k) == "it" && word(k+1) == "s", word(k) == "this" && word(k+1) == "is":
		k += 2
	case word(k) == "c" && word(k+1) == "est":
		k += 2
	default:
		return out
	}
	if k >= len(toks) || gapHasBreak(text, toks[k-1], toks[k]) {
		return out
	}
	u := &toks[k]
	if u.has(tokCap) || u.has(tokMasked) || u.has(tokDigit) || keep[k] || u.info.first != firstName || u.info.stop || u.info.place || u.fe-u.fs < 3 {
		return out
	}
	if k+1 >= len(toks) || gapHasBreak(text, *u, toks[k+1]) || !introFrom[word(k+1)] {
		return out
	}
	if u.info.lower && !(k+2 < len(toks) && (flatWords[word(k+2)] || toks[k+2].has(tokDigit))) {
		return out
	}
	if overlapsAny(out, u.cs, u.ce) {
		return out
	}
	return append(out, finding{u.cs, u.ce, maskName})
}

// greetings open a message; introFrom say where the writer introduced is
// from or that he is here.
var (
	greetings = map[string]bool{"hi": true, "hello": true, "hey": true, "bonjour": true, "salut": true, "coucou": true, "bonsoir": true, "hola": true, "ciao": true, "ola": true, "hallo": true}
	introFrom = map[string]bool{"from": true, "here": true, "de": true, "du": true, "d": true, "ici": true}
)

// contactNames masks the one to three capitalised words a word of contact
// announces right before a phone number or an e-mail address: "Contact
// Hodan Abdi on 07700 925 604", "Contact : Mandino Winterstein, 06 12 48
// 77 30", "Kontakt: Ayşe Yılmaz, ayse.y@example.de". Not a service's
// contact: an institution, a place word, an acronym or a role keeps it
// ("Contact France Travail au 3949", "Contact DVLA on 0300…").
func (nm *names) contactNames(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	n := len(out)
	for k := 0; k+2 < len(toks); k++ {
		if !contactWords[string(fold[toks[k].fs:toks[k].fe])] {
			continue
		}
		s, e := k+1, k
		for j := s; j < len(toks) && j <= s+2; j++ {
			u := &toks[j]
			if gap := strings.TrimSpace(text[toks[j-1].ce:u.cs]); gap != "" && !(j == s && gap == ":") || strings.Contains(text[toks[j-1].ce:u.cs], "\n") {
				break
			}
			if !u.has(tokCap) || u.has(tokDigit) || u.has(tokMasked) || keep[j] || u.info.stop || u.info.cue != 0 || u.info.place || u.info.building || u.info.acronym ||
				u.has(tokUpper) && u.fe-u.fs <= 4 {
				break
			}
			e = j
		}
		if e < s || e+1 >= len(toks) || overlapsAny(out[first:], toks[s].cs, toks[e].ce) || !nm.isName(toks, fold, keep, s, false) {
			continue
		}
		// A listed first name first, not an institution's words: not
		// "Contact Customer Services on 0300…", "Contacto: Cruz Roja, 900
		// 22 11 22".
		if toks[s].info.first == 0 || toks[s].info.instFirst {
			continue
		}
		// The link: a comma, a colon, a dash or a preposition, then the
		// number or the address.
		rest := text[toks[e].ce:]
		rest = strings.TrimLeft(rest, " ,:-–")
		for _, w := range [...]string{"on ", "at ", "au ", "al ", "am ", "unter ", "tel ", "tel. ", "tél ", "tél. ", "phone ", "email ", "e-mail "} {
			if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
				rest = strings.TrimLeft(rest[len(w):], " :")
				break
			}
		}
		if !contactFollows(rest) {
			continue
		}
		out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
		k = e
	}
	return sortedIfAdded(out, first, n)
}

// contactWords, folded, announce whom to contact.
var contactWords = map[string]bool{"contact": true, "contacto": true, "contatto": true, "kontakt": true, "contato": true}

// contactFollows reports whether rest starts with a phone number (eight
// digits or more among its first twenty bytes, a + or a digit first) or
// an e-mail address (an @ in its first word).
func contactFollows(rest string) bool {
	if rest == "" {
		return false
	}
	if c := rest[0]; c == '+' || c >= '0' && c <= '9' || c == '(' {
		digits := 0
		for i := 0; i < len(rest) && i < 20; i++ {
			if rest[i] >= '0' && rest[i] <= '9' {
				digits++
			}
		}
		return digits >= 8
	}
	word := rest
	if i := strings.IndexAny(word, " \n,;"); i >= 0 {
		word = word[:i]
	}
	return strings.Contains(word, "@")
}

// ownNameSaid masks the one to three capitalised words after "my name
// is" in the six languages ("My name is Bishnu Gurung", "Mon nom est…",
// "Mi nombre es…", "Il mio nome è…", "Mein Name ist…", "O meu nome é…"),
// whatever lists know them; particles may come between ("Mi nombre es
// Yeferson de la Cruz").
func ownNameSaid(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	n := len(out)
	for k := 1; k+2 < len(toks); k++ {
		if !nameNouns[string(fold[toks[k].fs:toks[k].fe])] || !ownNamers[string(fold[toks[k-1].fs:toks[k-1].fe])] || !nameCopulas[string(fold[toks[k+1].fs:toks[k+1].fe])] ||
			gapHasBreak(text, toks[k-1], toks[k]) || gapHasBreak(text, toks[k], toks[k+1]) {
			continue
		}
		s, e := k+2, -1
		for j := s; j < len(toks) && j <= s+3; j++ {
			u := &toks[j]
			if gapHasBreak(text, toks[j-1], *u) || strings.TrimSpace(text[toks[j-1].ce:u.cs]) != "" && !(j == s && strings.TrimSpace(text[toks[j-1].ce:u.cs]) == ":") {
				break
			}
			if u.info.particle && !u.has(tokCap) && j > s {
				continue
			}
			if !u.has(tokCap) || u.has(tokDigit) || u.has(tokMasked) || keep[j] || u.info.stop || u.info.place || u.info.acronym || u.info.cue != 0 {
				break
			}
			e = j
		}
		if e < 0 || overlapsAny(out[first:], toks[s].cs, toks[e].ce) {
			continue
		}
		out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
		k = e
	}
	return sortedIfAdded(out, first, n)
}

// nameNouns, ownNamers and nameCopulas, folded, say "my name is".
var (
	nameNouns   = map[string]bool{"name": true, "nom": true, "nombre": true, "nome": true}
	ownNamers   = map[string]bool{"my": true, "mon": true, "mi": true, "mio": true, "mein": true, "meu": true}
	nameCopulas = map[string]bool{"is": true, "est": true, "es": true, "e": true, "ist": true}
)

// sortedIfAdded returns out with out[first:] in the order of the text when
// a pass appended findings past its length n before it.
func sortedIfAdded(out []finding, first, n int) []finding {
	if len(out) > n {
		slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	}
	return out
}
