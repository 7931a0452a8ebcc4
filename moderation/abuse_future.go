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
// normalized text t is the writer's reflexive pronoun ("me quemo de
// impaciencia"), whose fire burns no one else. Not "te", the reader as
// an object as often ("te quemo la oficina").
func reflexiveBefore(t []byte, i int32) bool {
	return i >= 2 && t[i-1] == ' ' && string(lastWord(t[:i])) == "me"
}

// seenBefore reports whether one of the six words at the end of the
// normalized text before a hit is a verb of watching in the writer's
// present ("je vois l'accueil exploser", "I watch the office blow up
// with calls", "vejo o balcão explodir"): what he sees happen, not what
// he will do. Not an imperative ("See? Your office will blow up",
// "Vous voyez cette agence ? Elle va sauter"): the French and English
// forms only after their pronoun.
func seenBefore(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	var next []byte // the word read before, after w in the text
	for k := 0; k < 6 && len(before) > 0; k++ {
		j := bytes.LastIndexByte(before, ' ')
		w := before[j+1:]
		switch string(w) {
		case "je", "j", "i", "we", "nous":
			if watchWords[string(next)] == watchAfterPronoun {
				return true
			}
		}
		if watchWords[string(w)] == watchAlone {
			return true
		}
		next = w
		if j < 0 {
			break
		}
		before = before[:j]
	}
	return false
}

// watchWords, folded, are verbs of watching in the first person of the
// present: alone where only that person has the form, after a pronoun
// where an imperative has it too.
var watchWords = map[string]uint8{
	"vois": watchAfterPronoun, "voyons": watchAfterPronoun, "regarde": watchAfterPronoun, "see": watchAfterPronoun, "watch": watchAfterPronoun,
	"veo": watchAlone, "vemos": watchAlone, "vejo": watchAlone, "vedo": watchAlone, "vediamo": watchAlone, "sehe": watchAlone,
}

const (
	watchAlone        = 1
	watchAfterPronoun = 2
)

// goingTo holds the forms of Spanish "ir" before "a" and a verb, a
// future ("va a arder", "voy a quemar").
var goingTo = map[string]bool{
	"voy": true, "vas": true, "va": true, "vamos": true, "vais": true, "van": true,
}

// auxiliaries are the words before a past participle, as the normalized
// text spells them (no accents: "ete").
var auxiliaries = map[string]bool{
	"a": true, "ait": true, "avait": true, "ont": true, "aient": true, "avaient": true, "eu": true, "ete": true, "est": true,
	"has": true, "had": true, "have": true, "was": true, "were": true, "got": true, "been": true,
}
