package moderation

import (
	"bytes"
	"strings"
)

// hitSet answers where the hits of a text stand from one another, for the
// rules of abuse.classify.
type hitSet struct {
	a    *abuse
	hits []hit
}

// near reports whether a hit of class ends at most before words before
// hit i or starts at most after words after it. The hits are in order of
// start: only those whose start is within reach are read, so a long text
// full of hits costs the window, not the text, per hit.
func (s hitSet) near(i int, class uint8, before, after int32) bool {
	h := s.hits[i]
	for j := i - 1; j >= 0; j-- {
		o := s.hits[j]
		if h.w0-o.w0 > before+s.a.maxWords {
			break // it and those before it end too early
		}
		if o.w1 < h.w0 && h.w0-o.w1 <= before && s.a.has(o.id, class) {
			return true
		}
	}
	for j := i + 1; j < len(s.hits); j++ {
		o := s.hits[j]
		if o.w0-h.w1 > after {
			break // it and those after it start too late
		}
		if o.w0 > h.w1 && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// any reports whether some hit of the text is of class.
func (s hitSet) any(class uint8) bool {
	for _, o := range s.hits {
		if s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// inside reports whether hit i is part of a longer hit of class.
func (s hitSet) inside(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start <= h.start && o.end >= h.end && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// overlaps reports whether a hit of class shares a byte with hit i.
func (s hitSet) overlaps(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start < h.end && o.end > h.start && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// holds reports whether hit i has a hit of class inside it.
func (s hitSet) holds(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start >= h.start && o.end <= h.end && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// vocative reports whether the phrase at start..end of the normalized
// text is said to someone: no determiner before it and a word of three
// letters or more after it, which is no word breaking the sentence off
// ("Quelle bande de... non, je me retiens": the writer held it back).
func vocative(text []byte, start, end int32) bool {
	prev := lastWord(text[:start])
	if determiners[string(prev)] {
		return false
	}
	next := text[end:]
	for len(next) > 0 && next[0] == ' ' {
		next = next[1:]
	}
	n := 0
	for n < len(next) && next[n] != ' ' {
		n++
	}
	return n >= 3 && !determiners[string(next[:n])] && !breakOffs[string(next[:n])]
}

// breakOffs are the words with which a writer breaks off a sentence
// before its insult: "bande de… non", "espèce de… enfin, passons".
var breakOffs = map[string]bool{
	"non": true, "enfin": true, "bref": true, "passons": true, "laissons": true, "euh": true,
	"never": true, "well": true, "nein": true, "lasciamo": true, "deixa": true, "dejemos": true,
}

// lastWord returns the last word of the normalized text b.
func lastWord(b []byte) []byte {
	e := len(b)
	for e > 0 && b[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && b[s-1] != ' ' {
		s--
	}
	return b[s:e]
}

// takesPeople reports whether the violent verb of the normalized words
// text[start:end] has people for its object, said by a pronoun: before
// it, at most three words back ("faudrait les aligner", "Man sollte sie
// alle an die Wand stellen"), or a verb there that holds it ("ponerlos a
// todos contra un paredón"); after it ("shoot them"); or in it
// ("fusilarlos", holdsObject).
func takesPeople(text []byte, start, end int) bool {
	if holdsObject(text[start:end]) {
		return true
	}
	b := text[:start]
	for range 3 {
		b = bytes.TrimRight(b, " ")
		w := lastWord(b)
		if len(w) == 0 {
			break
		}
		switch string(w) {
		case "les", "sie", "li", "them", "los", "las", "os":
			return true
		}
		// A verb before that holds them: "ponerlos a todos contra un
		// paredón".
		if holdsObject(w) {
			return true
		}
		b = b[:len(b)-len(w)]
	}
	w, _ := firstWord(text[end:])
	return string(w) == "them" || string(w) == "sie"
}

// stoppedBetween reports whether the normalized words b, between what
// must be done and the act, stop it: "il faut arrêter de lyncher les
// fonctionnaires", "we need to stop beating", "hay que dejar de".
func stoppedBetween(b []byte) bool { return anyWordIn(b, stopWords) }

// stopWords, as normalized, are the words of a call to stop or protect.
var stopWords = map[string]bool{"arreter": true, "cesser": true, "stop": true, "stopping": true, "dejar": true, "deixar": true, "smettere": true, "smetterla": true, "aufhoren": true, "protect": true, "proteger": true, "schutzen": true, "proteggere": true}

// genitiveIn reports whether the normalized words b hold a genitive:
// the staff after it own what the violence is done to ("tuer la
// paperasse des agents").
func genitiveIn(b []byte) bool { return anyWordIn(b, genitiveWords) }

// genitiveWords, as normalized, are the words of a genitive.
var genitiveWords = map[string]bool{"de": true, "des": true, "du": true, "d": true, "of": true, "der": true, "del": true, "della": true, "dei": true, "degli": true, "do": true, "da": true, "dos": true, "das": true, "von": true, "vom": true}

// staffEnds reports whether the staff named before the normalized text
// b end a phrase there: nothing after them, or a word of a place or
// of belonging ("fusiller les agents du guichet", "shoot the clerks at
// the desk"), not a noun they qualify ("kill staff parking charges",
// "shoot the staff an email").
func staffEnds(b []byte) bool {
	w, _ := firstWord(b)
	switch string(w) {
	case "", "du", "de", "des", "d", "of", "at", "in", "from", "der", "vom", "im", "del", "dell", "della", "do", "da", "dos", "das", "qui", "who", "que", "che", "die", "tous", "all", "et", "and", "y", "e", "und":
		return true
	}
	return false
}

// passiveBetween reports whether the normalized words b, between what
// must be done and a violent verb, make it passive: "deviam ser todos
// fuzilados", "should all be hanged", "sollten erschossen werden" (the
// auxiliary after the verb is not read).
func passiveBetween(b []byte) bool { return anyWordIn(b, passiveAuxiliaries) }

// passiveAuxiliaries, as normalized, are the auxiliaries of the passive.
var passiveAuxiliaries = map[string]bool{"ser": true, "be": true, "etre": true, "essere": true, "werden": true}

// clitics are the object pronouns a Portuguese verb is written with
// (matá-lo, partir-lhe as pernas: words of their own once normalized).
var clitics = map[string]bool{"lo": true, "la": true, "los": true, "las": true, "lhe": true, "lhes": true, "te": true, "vos": true}

// encliticEndings end a Spanish or Italian infinitive that carries its
// object pronoun in one word (matarlo, apuñalarla, ammazzarti).
var encliticEndings = []string{"lo", "la", "le", "los", "las", "les", "te", "os", "ti", "vi", "gli", "li", "ci", "mi"}

// holdsObject reports whether the normalized words b of a violent verb
// carry its object: a Portuguese clitic among them, or a Spanish or
// Italian infinitive ending in one. A word of the writer's self after
// such a verb is no reflexive of it.
func holdsObject(b []byte) bool {
	for _, w := range strings.Fields(string(b)) {
		if clitics[w] {
			return true
		}
	}
	w := string(lastWord(b))
	for _, e := range encliticEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && len(stem) >= 4 && (strings.HasSuffix(stem, "ar") || strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "ir")) {
			return true
		}
	}
	return false
}

// climbingVerbs are the first words of intents a pronoun climbs to:
// going and planning, not bringing or sending ("te traigo", "os mando"
// carry their own).
var climbingVerbs = map[string]bool{"voy": true, "vamos": true, "pienso": true, "planeo": true, "vado": true, "vou": true}

// climbedPronouns are the writer's own pronouns that climb before a verb
// of going: Spanish and Portuguese "me", Italian "mi".
var climbedPronouns = map[string]bool{"me": true, "mi": true}

// objectWords are the normalized articles and demonstratives of Spanish,
// Italian and Portuguese: after "con", "com", a person ("con el de la
// ventanilla"), not a means ("con pastillas").
var objectWords = map[string]bool{
	"il": true, "lo": true, "la": true, "l": true, "i": true, "gli": true, "le": true, "el": true, "los": true, "las": true,
	"o": true, "a": true, "os": true, "as": true, "um": true, "uma": true, "un": true, "una": true, "uno": true, "unos": true, "uns": true,
	"esse": true, "essa": true, "esses": true, "essas": true, "este": true, "esta": true, "estes": true, "estas": true,
	"ese": true, "esa": true, "esos": true, "esas": true, "aquele": true, "aquela": true, "aqueles": true, "aquelas": true,
	"quel": true, "quella": true, "quello": true, "quei": true, "quegli": true, "questo": true, "questa": true, "tutti": true, "todos": true,
}

// meansWords are "with" of the three languages, before a means or a
// person.
var meansWords = map[string]bool{"con": true, "com": true}

// distressAfter are the normalized words that may follow a violent verb
// whose object is the writer: a condition, a time, a cause, "no more"
// ("me voy a matar si…", "ya no puedo más", "esta noche", "por culpa
// de…", "a mí mismo").
var distressAfter = map[string]bool{
	"si": true, "se": true, "ya": true, "porque": true, "perche": true, "pois": true, "que": true, "che": true,
	"hoy": true, "hoje": true, "oggi": true, "manana": true, "domani": true, "amanha": true, "ahora": true, "agora": true, "adesso": true, "ora": true,
	"stasera": true, "stanotte": true,
	"por": true, "per": true, "de": true, "di": true, "mismo": true, "mesmo": true, "stesso": true, "no": true, "non": true, "nao": true,
	"y": true, "e": true, "pero": true, "ma": true, "mas": true,
}

// timeDeterminers are the words that start an object or a time ("esta
// funcionaria", "esta noche"; "um desses atendentes", "um dia desses"):
// a time only before a word of timeNouns.
var timeDeterminers = map[string]bool{
	"esta": true, "este": true, "questa": true, "questo": true, "un": true, "um": true, "uno": true, "una": true, "uma": true,
	"cualquier": true, "qualquer": true, "qualsiasi": true, "algun": true, "algum": true, "qualche": true,
}

// timeNouns are the normalized nouns of time of the three languages.
var timeNouns = map[string]bool{
	"noche": true, "tarde": true, "dia": true, "semana": true, "mes": true, "ano": true, "vez": true, "momento": true, "rato": true,
	"notte": true, "sera": true, "giorno": true, "settimana": true, "mese": true, "anno": true, "volta": true, "noite": true,
}

// cutLastWord returns the last word of b, a normalized text, and b before
// it, spaces kept: the step of the loops that read the words before a hit
// one by one.
func cutLastWord(b []byte) (w, before []byte) {
	w = lastWord(b)
	return w, b[:len(bytes.TrimRight(b, " "))-len(w)]
}

// firstWord returns the first word of b, a normalized text, and what
// follows it.
func firstWord(b []byte) (word, rest []byte) {
	s := 0
	for s < len(b) && b[s] == ' ' {
		s++
	}
	e := s
	for e < len(b) && b[e] != ' ' {
		e++
	}
	return b[s:e], b[e:]
}

// determiners are the normalized words after which "bande de", "bunch
// of" name a group rather than address someone.
var determiners = map[string]bool{
	"un": true, "une": true, "le": true, "la": true, "les": true, "l": true, "cette": true, "ce": true, "cet": true, "ces": true,
	"ma": true, "mon": true, "mes": true, "ta": true, "ton": true, "tes": true, "sa": true, "son": true, "ses": true,
	"notre": true, "nos": true, "leur": true, "leurs": true, "d": true, "de": true, "du": true, "des": true, "toute": true, "sorte": true,
	"a": true, "an": true, "the": true, "this": true, "that": true, "my": true, "our": true, "his": true, "her": true, "their": true, "whole": true,
	"el": true, "uno": true, "una": true, "lo": true, "il": true, "mi": true, "su": true, "um": true, "uma": true, "o": true, "meu": true, "minha": true,
}

// nearest returns the index of the hit of class closest to hit i among
// those near reads, or -1; one before it wins a tie with one after.
func (s hitSet) nearest(i int, class uint8, before, after int32) int {
	h := s.hits[i]
	best, dist := -1, int32(1<<30)
	for j := i - 1; j >= 0; j-- {
		o := s.hits[j]
		if h.w0-o.w0 > before+s.a.maxWords {
			break
		}
		// On a tie the longer hit, which starts first, wins: "lui casser"
		// over "casser".
		if o.w1 < h.w0 && h.w0-o.w1 <= before && h.w0-o.w1 <= dist && s.a.has(o.id, class) {
			best, dist = j, h.w0-o.w1
		}
	}
	for j := i + 1; j < len(s.hits); j++ {
		o := s.hits[j]
		if o.w0-h.w1 > after {
			break
		}
		if o.w0 > h.w1 && o.w0-h.w1 < dist && s.a.has(o.id, class) {
			best, dist = j, o.w0-h.w1
		}
	}
	return best
}

// reflexive reports whether a word for oneself (me, se, myself) stands
// at most before words before hit i: "je me suis cassé", "s'est cassé".
// The "m" of "I'm" is not one.
func (s hitSet) reflexive(i int, before int32, text []byte) bool {
	h := s.hits[i]
	for j := i - 1; j >= 0; j-- {
		o := s.hits[j]
		if h.w0-o.w0 > before+s.a.maxWords {
			break
		}
		if o.w1 < h.w0 && h.w0-o.w1 <= before && s.a.has(o.id, patSelf) {
			if s.a.patterns[o.id] == "m" && o.start >= 2 && string(text[o.start-2:o.start]) == "i " {
				continue
			}
			return true
		}
	}
	return false
}

// startsAt reports whether a hit of class starts at byte at of the
// normalized text and is one word long.
func (s hitSet) startsAt(at int32, class uint8) bool {
	for _, o := range s.hits {
		if o.start == at && o.w0 == o.w1 && s.a.has(o.id, class) {
			return true
		}
		if o.start > at {
			break
		}
	}
	return false
}

// turnedPronouns are the people a writer turns the tables on: "c'est elle
// qui aura besoin d'un médecin", "you'll be the one needing an ambulance".
var turnedPronouns = map[string]bool{
	"vous": true, "toi": true, "lui": true, "elle": true, "eux": true, "elles": true,
	"you": true, "he": true, "she": true, "they": true, "him": true, "her": true, "them": true,
}

// turnedOn reports whether the normalized text before, which ends before
// where violence leaves someone, turns the tables on the reader or a third
// person in the future: "c'est elle qui aura besoin d'un médecin", "ce sera
// vous qui finirez à l'hôpital", "you'll be the one needing a doctor",
// "it'll be him who needs an ambulance". Not in the past ("c'est lui qui a
// fini à l'hôpital") nor the writer ("c'est moi qui aurai besoin d'un
// médecin").
func turnedOn(before []byte) bool {
	future := false
	before = bytes.TrimRight(before, " ")
	for k := 0; k < 8 && len(before) > 0; k++ {
		w := lastWord(before)
		before = bytes.TrimRight(before[:len(before)-len(w)], " ")
		switch string(w) {
		case "qui", "who":
			p := lastWord(before)
			v := lastWord(bytes.TrimRight(before[:len(before)-len(p)], " "))
			return turnedPronouns[string(p)] && (future || string(w) == "who") &&
				(string(v) == "est" || string(v) == "sera" || string(v) == "be" || string(v) == "ll" || string(v) == "it")
		case "one":
			if string(lastWord(before)) != "the" {
				return false
			}
			before = bytes.TrimRight(before[:len(before)-len("the")], " ")
			be := lastWord(before)
			before = bytes.TrimRight(before[:len(before)-len(be)], " ")
			will := lastWord(before)
			before = bytes.TrimRight(before[:len(before)-len(will)], " ")
			return string(be) == "be" && (string(will) == "ll" || string(will) == "will") && turnedPronouns[string(lastWord(before))]
		case "ll", "will", "needs":
			future = true
		}
		if n := len(w); n >= 3 && (bytes.HasSuffix(w, []byte("ra")) || bytes.HasSuffix(w, []byte("rez")) || bytes.HasSuffix(w, []byte("ront")) || bytes.HasSuffix(w, []byte("rait")) || bytes.HasSuffix(w, []byte("raient"))) {
			future = true
		}
	}
	return false
}

// conditionIn reports whether the normalized text before holds a
// condition on what a person does: "si vous", "s'il", "if you", "la
// prochaine fois qu'elle", "next time he"; not on a thing ("if the lift
// stays broken").
func conditionIn(before []byte) bool {
	var prev []byte
	for w, rest := firstWord(before); len(w) > 0; w, rest = firstWord(rest) {
		next, after := firstWord(rest)
		switch string(w) {
		case "si", "if", "unless", "s":
			if conditionSubjects[string(next)] {
				return true
			}
		case "fois", "time":
			if string(prev) == "prochaine" || string(prev) == "next" {
				if string(next) == "qu" || string(next) == "que" {
					next, _ = firstWord(after)
				}
				if conditionSubjects[string(next)] {
					return true
				}
			}
		}
		prev = w
	}
	return false
}

// conditionSubjects are the persons a condition is set on.
var conditionSubjects = map[string]bool{
	"vous": true, "tu": true, "t": true, "il": true, "elle": true, "ils": true, "elles": true,
	"you": true, "he": true, "she": true, "they": true,
}

// anyWordIn reports whether a word of the normalized words b is in set.
func anyWordIn(b []byte, set map[string]bool) bool {
	for w, rest := firstWord(b); len(w) > 0; w, rest = firstWord(rest) {
		if set[string(w)] {
			return true
		}
	}
	return false
}
