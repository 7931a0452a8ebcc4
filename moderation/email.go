package moderation

import (
	"strings"
	"unicode"
)

// indexEither returns the index of the first byte a or b in s, or -1.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if i < 0 {
		return strings.IndexByte(s, b)
	}
	if j := strings.IndexByte(s[:i], b); j >= 0 {
		return j
	}
	return i
}

// obfuscatedEmails finds addresses written to escape robots:
// "jean.dupont [at] gmail [dot] com", "lea (arobase) free (point) fr",
// "yellow.tulip{at}btinternet.com".
func obfuscatedEmails(text string, out []finding) []finding {
	brace := strings.IndexByte(text, '{') // the next brace, sought again only once passed
	for i := 0; i < len(text); i++ {
		// Most texts have no bracket: found by IndexByte, which reads
		// many bytes at a time, rather than byte by byte.
		b := indexEither(text[i:], '[', '(')
		if brace >= 0 && brace < i {
			if brace = strings.IndexByte(text[i:], '{'); brace >= 0 {
				brace += i
			}
		}
		if brace >= 0 && (b < 0 || brace-i < b) {
			b = brace - i // "tournesol.jaune{arobase}laposte.net"
		}
		if b < 0 {
			break
		}
		i += b
		n := markerLen(text[i:], "at", "arobase", "arobas", "arroba", "chiocciola", "@")
		if n == 0 {
			continue
		}
		s := i
		for s > 0 && text[s-1] == ' ' {
			s--
		}
		local := s
		for local > 0 && isEmailLocal(text[local-1]) {
			local--
		}
		// A local part with its dots in brackets too: "jean (point)
		// dupont (at) gmail (point) com".
		for local < s {
			q := local
			for q > 0 && text[q-1] == ' ' {
				q--
			}
			m := markerBefore(text[:q], "dot", "point", ".")
			if m == 0 {
				m = dotWordBefore(text[:q]) // "aminata point ndiaye (at) …"
			}
			if m == 0 {
				break
			}
			q -= m
			for q > 0 && text[q-1] == ' ' {
				q--
			}
			w := q
			for w > 0 && isEmailLocal(text[w-1]) {
				w--
			}
			if w == q {
				break
			}
			local = w
		}
		j := i + n
		labels, end, last := 0, j, ""
		for {
			for j < len(text) && text[j] == ' ' {
				j++
			}
			a := j
			for j < len(text) && isHostByte(text[j]) && text[j] != '.' {
				j++
			}
			if j == a {
				break
			}
			labels++
			end = j
			last = text[a:j]
			k := j
			for k < len(text) && text[k] == ' ' {
				k++
			}
			switch {
			case k < len(text) && text[k] == '.' && k+1 < len(text) && isHostByte(text[k+1]):
				j = k + 1
			case k < len(text) && (text[k] == '[' || text[k] == '(' || text[k] == '{'):
				m := markerLen(text[k:], "dot", "point", ".")
				if m == 0 {
					goto done
				}
				j = k + m
			default:
				// The dot a word between spaces, after an "at" in
				// brackets: "aminata.ndiaye (at) laposte point net".
				m := 0
				if k > j {
					m = dotWordAt(text[k:])
				}
				if m == 0 {
					goto done
				}
				j = k + m
			}
		}
	done:
		if local < s && labels >= 2 && mailTLD[strings.ToLower(last)] && !overlapsAny(out, int32(local), int32(end)) {
			out = append(out, finding{int32(local), int32(end), maskEmail})
			i = end
		}
	}
	return out
}

// dotWordAt returns the length of the word for a dot (spelledDot) that s
// starts with, a space included, when something follows the space
// ("point ", "dot ", "punto "), or 0.
func dotWordAt(s string) int {
	if i := strings.IndexByte(s, ' '); i > 0 && i+1 < len(s) && spelledDot[strings.ToLower(s[:i])] {
		return i + 1
	}
	return 0
}

// dotWordBefore returns the length of the word for a dot (spelledDot)
// that s ends with after a space, with something before the space ("…
// point", "… dot"), or 0.
func dotWordBefore(s string) int {
	if i := strings.LastIndexByte(s, ' '); i > 0 && i+1 < len(s) && spelledDot[strings.ToLower(s[i+1:])] {
		return len(s) - i - 1
	}
	return 0
}

// indexSpacedAt returns strings.Index(s, " @ "), looking for the at sign,
// a rare byte, where strings.Index would stop at every space.
func indexSpacedAt(s string) int {
	for off := 0; ; {
		q := strings.IndexByte(s[off:], '@')
		if q < 0 {
			return -1
		}
		q += off
		if q >= 1 && s[q-1] == ' ' && q+1 < len(s) && s[q+1] == ' ' {
			return q - 1
		}
		off = q + 1
	}
}

// spacedEmails finds addresses typed with a space around every sign, as
// a form that refuses them is told: "pomme . verte @ free . fr",
// "stone . bridge @ aol . com". The host has a spaced dot and ends in a
// mail top-level domain.
func spacedEmails(text string, out []finding) []finding {
	for i := 0; i < len(text); i++ {
		at := indexSpacedAt(text[i:])
		if at < 0 {
			break
		}
		i += at
		// The local part: words joined by " . ", "_" or "-".
		s := i
		for {
			w := s
			for w > 0 && isEmailLocal(text[w-1]) {
				w--
			}
			if w == s {
				break
			}
			s = w
			if s >= 3 && text[s-3:s] == " . " {
				s -= 3
				continue
			}
			break
		}
		for s < i && (text[s] == ' ' || text[s] == '.') {
			s++
		}
		// The host: labels joined by " . " or ".".
		j, labels, last := i+3, 0, ""
		end := j
		for {
			a := j
			for j < len(text) && isHostByte(text[j]) && text[j] != '.' {
				j++
			}
			if j == a {
				break
			}
			labels++
			end, last = j, text[a:j]
			if strings.HasPrefix(text[j:], " . ") && j+3 < len(text) && isHostByte(text[j+3]) {
				j += 3
			} else if j+1 < len(text) && text[j] == '.' && isHostByte(text[j+1]) {
				j++
			} else {
				break
			}
		}
		// The top-level domain in lower case and no word ("I was @ work
		// . At 9"); a letter in the local part.
		if s < i && labels >= 2 && strings.Contains(text[i:end], " . ") && spacedTLD[last] && strings.IndexFunc(text[s:i], unicode.IsLetter) >= 0 && !overlapsAny(out, int32(s), int32(end)) {
			out = append(out, finding{int32(s), int32(end), maskEmail})
			i = end
		}
	}
	return out
}

// spacedTLD are the top-level domains of an address typed with spaces,
// in lower case: none is an everyday word ("at", "me" and "co" are).
var spacedTLD = map[string]bool{"com": true, "net": true, "org": true, "fr": true, "uk": true, "de": true, "es": true, "pt": true, "be": true, "ch": true, "eu": true, "info": true, "lu": true, "nl": true, "ie": true, "br": true}

// mailProviders are the hosts of personal e-mail addresses, which an
// address written with "at" for its @ names ("montagne.verte at
// gmail.com").
var mailProviders = map[string]bool{"gmail": true, "googlemail": true, "hotmail": true, "outlook": true, "live": true, "msn": true, "yahoo": true, "icloud": true, "aol": true,
	"orange": true, "wanadoo": true, "free": true, "laposte": true, "sfr": true, "neuf": true, "bbox": true, "numericable": true, "btinternet": true, "sky": true, "virginmedia": true,
	"gmx": true, "web": true, "proton": true, "protonmail": true}

// mailTLD holds the top-level domains of the e-mail addresses citizens
// write obfuscated.
var mailTLD = map[string]bool{"com": true, "net": true, "org": true, "fr": true, "es": true, "de": true, "it": true, "pt": true, "be": true, "ch": true, "uk": true, "eu": true, "info": true, "io": true, "co": true, "us": true, "ca": true, "lu": true, "ma": true, "tn": true, "dz": true, "sn": true, "br": true,
	"me": true, "at": true, "nl": true, "pl": true, "ro": true, "ie": true, "mx": true, "ar": true, "cl": true, "ao": true, "cv": true, "biz": true, "app": true,
	// Round 38 (probes of a helper): the countries of the writers who
	// arrive from further east and south ("k.ivanova(at)yandex.ru").
	"ru": true, "ua": true, "tr": true, "in": true, "ng": true, "gh": true, "pk": true, "cn": true, "se": true, "dk": true, "fi": true, "gr": true, "cz": true, "hu": true, "bg": true, "rs": true, "hr": true, "ci": true, "cm": true, "ml": true, "mg": true}

// bracketed reports whether a and b open and close brackets of one kind:
// [], () or {}.
func bracketed(a, b byte) bool {
	return a == '[' && b == ']' || a == '(' && b == ')' || a == '{' && b == '}'
}

// markerBefore returns the length of "[word]", "(word)" or "{word}" at the end of
// s for one of words, case-insensitive, or 0.
func markerBefore(s string, words ...string) int {
	for _, w := range words {
		n := len(w) + 2
		if len(s) >= n {
			m := s[len(s)-n:]
			if strings.EqualFold(m[1:n-1], w) && bracketed(m[0], m[n-1]) {
				return n
			}
		}
	}
	return 0
}

// markerLen returns the length of "[word]", "(word)" or "{word}" at the start of s
// for one of words, case-insensitive, or 0.
func markerLen(s string, words ...string) int {
	for _, w := range words {
		n := len(w) + 2
		if len(s) >= n && strings.EqualFold(s[1:n-1], w) && bracketed(s[0], s[n-1]) {
			return n
		}
	}
	return 0
}

// nextMailAt returns the first token from k on that may be an @ spelled
// out (wordInfo.mailAt), or len(toks).
func nextMailAt(toks []token, k int) int {
	for k < len(toks) && !toks[k].info.mailAt {
		k++
	}
	return k
}

// spelledEmails finds addresses written with words for the signs:
// "jean point dupont arobase gmail point com", "mark dot smith at outlook
// dot com", "ana punto ruiz arroba correo punto es", or with a word for
// the @ only ("jeanpaul.riou arobase free.fr", not after "at", but for a
// local part of lower-case words: "thierry.masson at gmail dot com"). The host
// needs a dot and a mail top-level domain, so "at the office" is no
// address.
func spelledEmails(text string, toks []token, fold []byte, out []finding) []finding {
	word := func(k int) string { return string(fold[toks[k].fs:toks[k].fe]) }
	label := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].has(tokLetter) || toks[k].has(tokDigit)) && !toks[k].has(tokMasked) && !spelledHostStop[word(k)]
	}
	joined := func(a, b int) bool { return gapText(text, toks[a], toks[b]) == "" }
	// The shortest address ends two words after its @: "maria.lopez
	// arroba gmail.com" ending the text.
	for k := 1; k+2 < len(toks); k++ {
		// (Asked of every word: the word's entry says it, rather than a
		// lookup whose branches would follow the words' lengths. In a
		// loop of its own, which keeps its few variables in registers,
		// where this loop's many are stored at every word.)
		if k = nextMailAt(toks, k); k+2 >= len(toks) {
			break
		}
		if !label(k-1) || !label(k+1) || !joined(k-1, k) || !joined(k, k+1) {
			continue
		}
		// After a word that can only be the @ ("arobase", not "at"),
		// the dots may be written as dots: "jeanpaul.riou arobase
		// free.fr". ("available at service-public.fr" is a site.)
		// So may they after "at" between a local part with a dot and a
		// mail provider's host: "montagne.verte at gmail.com"; not "3.50
		// at amazon.co.uk", "GOV.UK at gov.uk/apply".
		// "chez", French for at, is read as "at" is: "lucas.giraud chez
		// gmail.com", not "je suis chez free.fr depuis dix ans".
		literal := word(k) != "at" && word(k) != "chez" || k >= 2 && text[toks[k-2].ce:toks[k-1].cs] == "." && toks[k-1].has(tokLetter) && !toks[k-1].has(tokCap) &&
			k+2 < len(toks) && text[toks[k+1].ce:toks[k+2].cs] == "." && mailProviders[word(k+1)]
		end, dots := k+1, 0
		for end+1 < len(toks) {
			if end+2 < len(toks) && spelledDot[word(end+1)] && label(end+2) && joined(end, end+1) && joined(end+1, end+2) {
				end += 2
			} else if literal && label(end+1) && text[toks[end].ce:toks[end+1].cs] == "." {
				end++
			} else {
				break
			}
			dots++
		}
		if dots == 0 || !mailTLD[word(end)] {
			continue
		}
		local := k - 1
		for {
			if local >= 2 && (spelledDot[word(local-1)] || spelledLocalSep[word(local-1)]) && label(local-2) && joined(local-2, local-1) && joined(local-1, local) {
				local -= 2
			} else if local >= 1 && label(local-1) && isLocalSign(text[toks[local-1].ce:toks[local].cs]) && (literal || lowerLetters(toks[local-1]) && lowerLetters(toks[local])) {
				// Signs written as themselves in a local part of
				// lower-case words, whatever the host: "thierry.masson
				// at gmail dot com".
				local--
			} else {
				break
			}
		}
		// A number before "at" is a count or an age, no local part:
		// "singles over 50 at silverhearts dot co dot uk".
		number := local == k-1 && word(k) == "at" && toks[local].has(tokDigit) && !toks[local].has(tokLetter) && toks[local].ce-toks[local].cs <= 3
		if !number && !overlapsAny(out, toks[local].cs, toks[end].ce) {
			out = append(out, finding{toks[local].cs, toks[end].ce, maskEmail})
		}
		k = end
	}
	return out
}

// lowerLetters reports whether t is a word of lower-case letters.
func lowerLetters(t token) bool {
	return t.has(tokLetter) && !t.has(tokDigit) && !t.has(tokCap) // (tokUpper has tokCap)
}

// isLocalSign reports whether gap, between two words of an address's
// local part, is a sign written as itself: "jeanpaul.riou", "marie_dupont".
func isLocalSign(gap string) bool { return gap == "." || gap == "_" || gap == "-" }

// spelledAt, spelledLocalSep, spelledDot: folded words written for @, for
// the _ or - of a local part and for the dot of an address, in the
// supported languages. The tokens of the words of spelledAt are marked
// mailAt by annotate.
var (
	spelledAt       = []string{"arobase", "arobas", "at", "chez", "arroba", "chiocciola", "klammeraffe"}
	spelledLocalSep = map[string]bool{"underscore": true, "tiret": true, "dash": true, "hyphen": true, "guion": true, "trattino": true}
	spelledDot      = map[string]bool{"point": true, "dot": true, "punto": true, "punkt": true, "ponto": true}
	spelledHostStop = map[string]bool{"the": true, "a": true, "an": true, "la": true, "le": true, "les": true, "el": true, "il": true, "der": true, "die": true, "das": true, "o": true}
)
