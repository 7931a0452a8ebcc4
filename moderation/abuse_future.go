package moderation

import "bytes"

// futureIntents appends to hits an intent for each French verb in the
// first person of the future said to or of someone ("je
// l'accueillerai", "je vous retrouverai", "je lui casserai"): the writer
// announcing what he will do to a person, in any verb, as "je vais"
// does. A person pronoun must stand between the subject and the verb:
// "je remettrai le fusil à la gendarmerie", "je porterai plainte" and
// "j'apporterai mon couteau pour l'atelier" announce nothing done to
// anyone. The hit spans the subject and its pronouns, not the verb, so
// that a verb of harm ("je lui péterai les genoux") is announced by it.
func (a *abuse) futureIntents(t []byte, words []int32, hits []hit) []hit {
	for i := 0; i < len(t); {
		k := bytes.IndexByte(t[i:], 'j')
		if k < 0 {
			break
		}
		start := i + k
		i = start + 1
		if start > 0 && t[start-1] != ' ' {
			continue
		}
		// The word must be je, or j (elided): told from the bytes after
		// the j, without looking for the word's end.
		end := start + 1
		if end < len(t) && t[end] == 'e' {
			end++
		}
		if end < len(t) && t[end] != ' ' {
			continue
		}
		// Up to two object pronouns, one of them a person, then the verb.
		person, last := false, end
		for n := 0; n < 3 && end < len(t); n++ {
			w := end + 1
			end = wordEnd(t, w)
			word := t[w:end]
			if len(word) >= 5 && bytes.HasSuffix(word, []byte("rai")) {
				if person {
					hits = append(hits, hit{match: match{id: a.future, start: int32(start), end: int32(last)}, w0: words[start], w1: words[last-1]})
				}
				break
			}
			p, ok := objectPronouns[string(word)]
			if !ok {
				break
			}
			person, last = person || p, end
		}
	}
	return hits
}

// wordEnd returns the end of the word of normalized text t starting at i.
func wordEnd(t []byte, i int) int {
	if j := bytes.IndexByte(t[i:], ' '); j >= 0 {
		return i + j
	}
	return len(t)
}

// objectPronouns are the French pronouns between a subject and its verb
// (je te, je vous le, j'y), true for those that can be a person.
var objectPronouns = map[string]bool{
	"te": true, "t": true, "vous": true, "le": true, "la": true, "l": true, "les": true,
	"lui": true, "leur": true, "y": false, "en": false, "me": false, "m": false, "ne": false, "n": false,
}

// pastTense reports whether the word of normalized text t at i follows
// an auxiliary of a past tense: "a brûlé", "ait brûlé", "has burned".
func pastTense(t []byte, i int32) bool {
	if i < 2 || t[i-1] != ' ' {
		return false
	}
	j := bytes.LastIndexByte(t[:i-1], ' ') + 1
	// Spanish "a" after a form of "ir" is no French auxiliary: "la
	// oficina va a arder" is a future.
	if string(t[j:i-1]) == "a" && j >= 2 {
		k := bytes.LastIndexByte(t[:j-1], ' ') + 1
		if goingTo[string(t[k:j-1])] {
			return false
		}
	}
	return auxiliaries[string(t[j:i-1])]
}

// reflexiveBefore reports whether the word before byte i of the
// normalized text t is a reflexive pronoun of the writer or the reader
// ("me quemo", "te quemas"), whose fire burns no one else.
func reflexiveBefore(t []byte, i int32) bool {
	if i < 2 || t[i-1] != ' ' {
		return false
	}
	j := bytes.LastIndexByte(t[:i-1], ' ') + 1
	w := string(t[j : i-1])
	return w == "me" || w == "te"
}

// seenBefore reports whether one of the six words at the end of the
// normalized text before a hit is a verb of watching in the present
// ("je vois l'accueil exploser", "I watch the office blow up with
// calls"): what the writer sees happen, not what he will do.
func seenBefore(before []byte) bool {
	for k := 0; k < 6; k++ {
		j := bytes.LastIndexByte(before, ' ')
		w := before[j+1:]
		if watchWords[string(w)] {
			return true
		}
		if j < 0 {
			return false
		}
		before = before[:j]
	}
	return false
}

// watchWords, folded, are verbs of watching in the present.
var watchWords = map[string]bool{
	"vois": true, "voit": true, "voyons": true, "voyez": true, "regarde": true, "see": true, "sees": true, "watch": true, "watching": true,
	"veo": true, "vemos": true, "vejo": true, "vedo": true, "vediamo": true, "sehe": true, "sehen": true,
}

// goingTo holds the forms of Spanish "ir" before "a" and a verb, a
// future ("va a arder", "voy a quemar").
var goingTo = map[string]bool{
	"voy": true, "vas": true, "va": true, "vamos": true, "vais": true, "van": true, "iba": true, "iban": true,
}

// auxiliaries are the words before a past participle, as the normalized
// text spells them (no accents: "ete").
var auxiliaries = map[string]bool{
	"a": true, "ait": true, "avait": true, "ont": true, "aient": true, "avaient": true, "eu": true, "ete": true, "est": true,
	"has": true, "had": true, "have": true, "was": true, "were": true, "got": true, "been": true,
}
