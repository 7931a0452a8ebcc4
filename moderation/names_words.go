package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// otherAccents reports whether word, a first name by its folded form, is
// written as an everyday word that only its accents tell from the name:
// "je suis marié" (Marie), "péter un câble" (Peter), "sarà" (Sara). A name
// written with accents its listed spelling lacks (Andréa, Maïté) stays a
// name: only the words of accentWords are taken for words.
func otherAccents(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] >= 0x80 {
			return accentWords[strings.ToLower(word)]
		}
	}
	return false
}

// accentWords are everyday words whose folded form is a first name,
// written with their accents in lower case.
var accentWords = map[string]bool{
	"marié": true, "mariée": true, "mariés": true, "mariées": true,
	"péter": true, "pété": true, "pétée": true, "pète": true, "pètent": true,
	"sarà": true, "darà": true, "farà": true, "dará": true, "fará": true,
	"laminé": true, "laminée": true, "écrin": true, "élira": true, "émir": true,
	"lèvent": true, "malté": true, "rêne": true, "carminé": true, "clivé": true,
	"dénis": true, "gîta": true, "murât": true, "niña": true, "niño": true,
	"leña": true, "piña": true, "riña": true, "allá": true, "chão": true,
	"saída": true, "março": true, "paço": true,
}

// allowedSurname reports whether token k, after a first name, is a
// surname although the abuse lists allow it as a word: "Dick Cockburn".
// Alone it is a word or a place (Cockburn, Bitche) and never masked.
func allowedSurname(toks []token, keep []bool, k int) bool {
	return toks[k].info.allowed && toks[k].has(tokCap) && !keep[k]
}

// everyOccurrence adds the other occurrences of what was masked: a name
// found once after "M." is masked where it appears alone too, and a number
// announced once is masked when repeated. finds[:personalEnd] are personal
// data, the rest names; hashes holds the wordHash of each token.
func (e *Engine) everyOccurrence(text string, toks []token, fold []byte, hashes []uint64, keep []bool, finds []finding, personalEnd int, german bool) []finding {
	n := len(finds)
	for i := 0; i < n; i++ {
		f := finds[i]
		// The whole of what was masked, wherever else it is written: a
		// number, or a name of several words, too short to be looked for
		// one by one ("Dr Li Wu … Li Wu"; found by fuzzing), or as one
		// word written the same ("M ÒM!ÒM"; found by fuzzing). Not a
		// longer name of one word: the words the search below leaves out
		// (frequent words, particles) are left out on purpose.
		v := text[f.start:f.end]
		whole := i < personalEnd || severalWords(v) || utf8.RuneCountInString(v) < 3
		for at := 0; whole && at < len(text); {
			j := strings.Index(text[at:], v)
			if j < 0 {
				break
			}
			s, end := int32(at+j), int32(at+j+len(v))
			if overlapsAny(finds, s, end) || !wordBounded(text, int(s), int(end)) || joinsNumber(text, int(s), int(end)) {
				// Not this one: the next may start inside it ("0AA AA
				// AA"; found by fuzzing).
				at += j + 1
				continue
			}
			if i >= personalEnd {
				first, last := -1, -1
				for m := range toks {
					if toks[m].cs >= s && toks[m].ce <= end {
						toks[m].flags |= tokMasked
						if first < 0 {
							first = m
						}
						last = m
					}
				}
				// Found among the words of a place or an institution,
				// the name takes the place's words around it: masked
				// alone, it would leave them to be read as a name's on a
				// second reading ("R AyA AyA AyA!AyA AyA", R a street;
				// "Hugo SAint 0 ViCtor Hugo SAint"; found by fuzzing).
				// So does a name ending on a place word, which keeps the
				// words after it ("M d ZaC!d ZaC A.AA", found by fuzzing),
				// as the search word by word below does.
				if last >= 0 && (keep[last] || toks[last].info.place || toks[last].info.saint) {
					end = placeRest(text, toks, keep, finds, last, end)
				}
				for m := first - 1; first >= 0 && keep[first] && m >= 0 && keep[m] && !toks[m].has(tokMasked) && !gapHasBreak(text, toks[m], toks[m+1]) && !overlapsAny(finds, toks[m].cs, toks[m].ce); m-- {
					toks[m].flags |= tokMasked
					s = toks[m].cs
				}
			}
			finds = append(finds, finding{s, end, f.kind})
			at += j + len(v)
		}
		if i < personalEnd {
			continue
		}
		for k := range toks {
			if toks[k].cs >= f.end {
				break // the tokens are in the order of the text: none after is inside
			}
			if toks[k].cs < f.start || toks[k].ce > f.end || toks[k].fe-toks[k].fs < 3 {
				continue
			}
			t := toks[k]
			w := fold[t.fs:t.fe]
			// A surname the abuse lists allow (Cockburn) is masked again
			// where it is written with a capital; so is a first name
			// that is another word, found with a capital: in lower
			// case it is the word ("Grace et Rose … grâce à M. Kouassi").
			// A particle masked alone is a first name ("HMRC webchat
			// agent Ben… Ben, you saved my sanity"): found again with a
			// capital, standing alone (nameStandsAlone).
			alone := t.info.particle && t.cs == f.start && t.ce == f.end && t.has(tokCap)
			if t.info.stop && !t.info.allowed || t.info.particle && !alone {
				continue
			}
			capitalOnly := alone || t.info.allowed || t.has(tokCap) && (t.info.first == firstNameWord || t.info.lower)
			// The words' hashes (annotateHashes) tell most other words
			// apart at once, in a loop of their own (nextHash), which
			// keeps its few variables in registers.
			for m := nextHash(hashes, 0, hashes[k]); m < len(toks); m = nextHash(hashes, m+1, hashes[k]) {
				u := toks[m]
				if keep[m] || u.has(tokMasked) || string(fold[u.fs:u.fe]) != string(w) || overlapsAny(finds, u.cs, u.ce) || capitalOnly && !u.has(tokCap) || otherAccents(text[u.cs:u.ce]) ||
					alone && !nameStandsAlone(text, toks, fold, m) ||
					t.has(tokCap) && !u.has(tokCap) && lowerWord(text, toks, fold, hashes, m) {
					continue
				}
				toks[m].flags |= tokMasked
				end := u.ce
				if u.info.place || u.info.saint {
					// So does a place word or a saint's: "M d ZaC !ZAC
					// A.AA", "ViC SAint !SAint Hugo" (found by fuzzing).
					end = placeRest(text, toks, keep, finds, m, end)
				}
				finds = append(finds, finding{u.cs, end, maskName})
			}
			// And its other spellings, capitalised, one letter away
			// (two for a long name): "M. Kowalczyk … ce monsieur
			// Kowalcyk", "Il Dott. Scognamiglio…, o Scognamilio come
			// c'era scritto", "O senhor Magalhães… o Magalhões que
			// atendeu". Not a frequent word, a place or a word-name, nor
			// a saint's word before a capitalised word, which it keeps
			// ("Vic Saiat Saint Hugo" masked "Saint" and left "Hugo" to a
			// second reading; found by fuzzing; but "Santi … o Santo come
			// c'era scritto").
			if t.has(tokCap) && t.fe-t.fs >= 5 && t.info.first != firstNameWord && !t.info.lower {
				for m := range toks {
					u := &toks[m]
					if !u.has(tokCap) || u.fe-u.fs < 5 || keep[m] || u.has(tokMasked) || u.info.stop || u.info.place || u.info.saint && m+1 < len(toks) && toks[m+1].has(tokCap) || u.info.first == firstNameWord || u.info.acronym ||
						!spelledAlike(w, fold[u.fs:u.fe]) || overlapsAny(finds, u.cs, u.ce) {
						continue
					}
					u.flags |= tokMasked
					finds = append(finds, finding{u.cs, u.ce, maskName})
				}
			}
			// And its German possessive, one word with a capital and no
			// article before it: "Müller vom Bürgeramt … Müllers
			// Kollege" (not "Frau Richter … des Richters", a noun's
			// genitive, nor English plurals: "Bill … Bills").
			if !german || t.fe-t.fs < 4 || !t.has(tokCap) {
				continue
			}
			for m := range toks {
				u := toks[m]
				if u.fe-u.fs != t.fe-t.fs+1 || fold[u.fe-1] != 's' || !u.has(tokCap) || keep[m] || u.has(tokMasked) || u.info.place || string(fold[u.fs:u.fe-1]) != string(w) || overlapsAny(finds, u.cs, u.ce) || m > 0 && germanArticles[string(fold[toks[m-1].fs:toks[m-1].fe])] {
					continue
				}
				toks[m].flags |= tokMasked
				finds = append(finds, finding{u.cs, u.ce, maskName})
			}
		}
	}
	return finds
}

// spelledAlike reports whether the folded words a and b are two spellings
// of one name: one edit apart, or two for names of eight letters or more
// ("ouazzani", "uazani"), not the same word.
func spelledAlike(a, b []byte) bool {
	// (Not the name and an "s" after it, a genitive or a plural the
	// German possessive's rule reads: "Frau Richter … des Richters".)
	if len(a)+1 == len(b) && b[len(b)-1] == 's' && string(b[:len(a)]) == string(a) || len(b)+1 == len(a) && a[len(a)-1] == 's' && string(a[:len(b)]) == string(b) {
		return false
	}
	if oneEdit(a, b) {
		return true
	}
	if len(a) < 8 && len(b) < 8 || len(a)-len(b) > 2 || len(b)-len(a) > 2 || string(a) == string(b) {
		return false
	}
	// The edit distance, bounded: rows of the distance table, which no
	// name is long enough to make costly.
	var rowA, rowB [64]int
	if len(a) >= len(rowA) || len(b) >= len(rowA) {
		return false
	}
	prev, cur := rowA[:len(b)+1], rowB[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > 2 {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= 2
}

// nameStandsAlone reports whether token m, a particle found again after
// it was masked as a first name, is the name again: set apart by a mark
// or ending the text ("Ben, you saved my sanity"), or before what a
// person does ("Ben was patient"); not before a name, as a particle is
// ("Ben Ali"), nor a word ("Ben oui", "Van drivers keep parking").
func nameStandsAlone(text string, toks []token, fold []byte, m int) bool {
	if m+1 == len(toks) || gapText(text, toks[m], toks[m+1]) != "" {
		return true
	}
	switch string(fold[toks[m+1].fs:toks[m+1].fe]) {
	case "was", "is", "has", "had", "did", "said", "told", "a", "est", "etait", "avait", "m":
		return true
	}
	return false
}

// lowerWord reports whether token m, in small letters, is a word rather
// than a name found elsewhere with a capital: written so, every time,
// after an article or an adverb ("Mme Blanc … restée en blanc", "M.
// Petit … un petit retard"; not "ensuite dupont m'a dit"). Every
// occurrence is read, so that all are masked or none.
func lowerWord(text string, toks []token, fold []byte, hashes []uint64, m int) bool {
	v := text[toks[m].cs:toks[m].ce]
	for _, r := range v {
		if unicode.IsUpper(r) {
			return false
		}
	}
	for j := range toks {
		if hashes[j] != hashes[m] || text[toks[j].cs:toks[j].ce] != v {
			continue
		}
		if !wordArticles[foldedAt(toks, fold, j-1)] {
			return false
		}
	}
	return true
}

// wordArticles are the folded articles, prepositions and adverbs after
// which a lower-case word that is a name found elsewhere with a capital
// is the word: "en blanc", "un petit retard", "the green bins", "very
// young".
var wordArticles = map[string]bool{
	"un": true, "une": true, "le": true, "la": true, "les": true, "l": true, "en": true, "tres": true, "trop": true, "plus": true, "si": true,
	"a": true, "an": true, "the": true, "in": true, "very": true, "so": true, "too": true, "more": true,
}

// placeRest masks the kept words of a place that follow token last, a
// place's word about to be masked with a name ending at byte end, and
// returns the end of the name taken over them.
func placeRest(text string, toks []token, keep []bool, finds []finding, last int, end int32) int32 {
	for m := last + 1; m < len(toks) && keptOrParticle(toks, keep, m) && !toks[m].has(tokMasked) && !gapHasBreak(text, toks[m-1], toks[m]) && !overlapsAny(finds, toks[m].cs, toks[m].ce); m++ {
		toks[m].flags |= tokMasked
		end = toks[m].ce
	}
	return end
}

// severalWords reports whether the masked text v holds more than one
// word: anything but a word's runes between them.
func severalWords(v string) bool {
	for _, r := range v {
		if !isWordRune(r) {
			return true
		}
	}
	return false
}

// germanArticles are the folded German articles, before a noun's
// genitive ("des Richters"), never before a name's possessive.
var germanArticles = map[string]bool{
	"der": true, "die": true, "das": true, "des": true, "dem": true, "den": true,
	"ein": true, "eine": true, "eines": true, "einer": true, "einem": true, "einen": true,
}

// nextHash returns the first index from m on of hashes that holds h, or
// len(hashes).
func nextHash(hashes []uint64, m int, h uint64) int {
	for m < len(hashes) && hashes[m] != h {
		m++
	}
	return m
}
