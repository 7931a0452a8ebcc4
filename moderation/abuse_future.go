package moderation

import "bytes"

// futureIntents appends to hits an intent for each French verb in the
// first person of the future in normalized text t ("je l'accueillerai",
// "j'y serai", "je vous retrouverai"): the writer announcing what he
// will do, in any verb, as "je vais" does. Object pronouns may stand
// between the subject and the verb; the verb ends in -rai.
func (a *abuse) futureIntents(t []byte, words []int32, hits []hit) []hit {
	for i := 0; i < len(t); {
		k := bytes.Index(t[i:], []byte("j"))
		if k < 0 {
			break
		}
		start := i + k
		i = start + 1
		if start > 0 && t[start-1] != ' ' {
			continue
		}
		w := start
		end := wordEnd(t, w)
		if s := string(t[w:end]); s != "je" && s != "j" {
			continue
		}
		// Up to two object pronouns, then the verb.
		for n := 0; n < 3 && end < len(t); n++ {
			w = end + 1
			end = wordEnd(t, w)
			word := t[w:end]
			if len(word) >= 5 && bytes.HasSuffix(word, []byte("rai")) {
				hits = append(hits, hit{match: match{id: a.future, start: int32(start), end: int32(end)}, w0: words[start], w1: words[end-1]})
				break
			}
			if !objectPronouns[string(word)] {
				break
			}
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
// (je te, je vous le, j'y).
var objectPronouns = map[string]bool{
	"te": true, "t": true, "vous": true, "le": true, "la": true, "l": true, "les": true,
	"lui": true, "leur": true, "y": true, "en": true, "me": true, "m": true, "ne": true, "n": true,
}
