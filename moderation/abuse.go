package moderation

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// patMeta is what a pattern means; one normalized pattern may carry
// several meanings (the same word in two lexicons).
type patMeta struct {
	class    uint8
	severity uint8
	lang     int8 // index of the lexicon's language, -1 for every language
}

// crossLanguage is the shortest pattern applied to texts in another
// language than its lexicon's: shorter terms are often innocent words
// elsewhere (fr "con" is es "with", fr "bite" is en "bite").
const crossLanguage = 6

// abuse finds insults, profanity, hate and threats on the normalized text
// with one automaton holding every lexicon term and cue word.
type abuse struct {
	ac       *automaton
	patterns []string
	prefix   []bool // the pattern matches the start of a word (encul*)
	metas    [][]patMeta
	classes  [][2]uint64 // the classes of each pattern's metas (classMasks)
	allow    map[string]bool
	// exact[id]: pattern id is made of letters, spaces and stars, bytes
	// with a class of their own in the automaton: a match of its classes
	// is a match of its bytes.
	exact []bool
	// maxWords is the most words a pattern has: how far before a hit the
	// start of a hit ending near it can be.
	maxWords int32
	// compounds: some allowed words are hyphenated (cul-de-sac), which
	// the normalized text reads as words apart (allowedCompound).
	compounds bool
	// future is the pattern of an intent the automaton does not look
	// for: a French verb in the first person of the future (futureIntents).
	future int32
}

// hit is a pattern found at a word boundary, with the index of its first
// and last words.
type hit struct {
	match
	w0, w1 int32
}

// englishNegation reports whether the t at byte i of text ends an English
// negation: n't, n’t.
func englishNegation(text string, i int32) bool {
	j := int(i)
	if j >= len(text) || text[j]|0x20 != 't' {
		return false
	}
	switch {
	case j >= 2 && text[j-1] == '\'':
		return text[j-2]|0x20 == 'n'
	case j >= 4 && text[j-3:j] == "’":
		return text[j-4]|0x20 == 'n'
	}
	return false
}

// wordIndexes fills words, as long as t, with the index of the word each
// byte of t is in or follows: the number of words starting up to it, less
// one. Eight bytes at a time and with no branch on them: spaces come every
// few bytes, at no pattern a branch predictor could learn. In each eight,
// a byte of starts is 1 where a word starts (no space, a space or the
// text's start before it), and its product by 0x0101… sums them in each
// byte up to that byte (at most 8: no carry into the next).
func wordIndexes(t []byte, words []int32) []int32 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w, prevSpace := int32(-1), uint64(1) // a word starts the text
	i := 0
	for ; i+8 <= len(t); i += 8 {
		y := binary.LittleEndian.Uint64(t[i:]) ^ 0x20*ones
		sp := ^((y&^highs + ^uint64(highs)) | y) & highs >> 7 // 1 in the bytes that are spaces
		starts := (sp ^ ones) & (sp<<8 | prevSpace)
		sums := starts * ones
		d := words[i : i+8 : i+8]
		d[0] = w + int32(sums&0xff)
		d[1] = w + int32(sums>>8&0xff)
		d[2] = w + int32(sums>>16&0xff)
		d[3] = w + int32(sums>>24&0xff)
		d[4] = w + int32(sums>>32&0xff)
		d[5] = w + int32(sums>>40&0xff)
		d[6] = w + int32(sums>>48&0xff)
		d[7] = w + int32(sums>>56)
		w += int32(sums >> 56)
		prevSpace = sp >> 56
	}
	for ; i < len(t); i++ {
		space := uint64(b2i(t[i] == ' '))
		w += int32((1 - space) & prevSpace)
		words[i] = w
		prevSpace = space
	}
	return words
}

// scan returns the patterns found in n at word boundaries, not inside an
// allowed word, in order of start. spare is the automaton's (findWords).
func (a *abuse) scan(n *normalized, ms []match, hits []hit, words []int32, spare *[]match, runs [][2]int32) ([]hit, []int32, []match) {
	t := n.text
	ms = a.ac.findWords(t, ms[:0], spare)
	// words[i] is the index of the word byte i is in or follows: the
	// number of words starting up to i, less one. One pass with no branch
	// on the bytes: spaces come every few bytes, at no pattern a branch
	// predictor could learn.
	words = wordIndexes(t, slices.Grow(words[:0], len(t))[:len(t)])
	collapseRuns(n, words, runs)
	for _, m := range ms {
		if !a.exact[m.id] && string(t[m.start:m.end]) != a.patterns[m.id] {
			continue // two different non-ASCII bytes share a class
		}
		if m.start > 0 && t[m.start-1] != ' ' {
			continue
		}
		ws, we := m.start, m.end
		if !a.prefix[m.id] && we < int32(len(t)) && t[we] != ' ' {
			continue
		}
		for we < int32(len(t)) && t[we] != ' ' {
			we++
		}
		// (The map is read last: most patterns are cues, not terms.)
		if a.lexical(m.id) && a.allow[string(t[ws:we])] {
			continue // allowed words protect from the lexicons, not from cues (habite)
		}
		if a.prefix[m.id] && we == m.end && a.allow[string(t[ws:m.end])] {
			continue
		}
		if a.compounds && a.lexical(m.id) && a.allowedCompound(n, ws, we) {
			continue // "cul-de-sac", "pique-nique": the hyphens are spaces here
		}
		// The t of an English negation is no French "t'" (you): "cows
		// don't wait", "I can't".
		if we-ws == 1 && t[ws] == 't' && englishNegation(n.src, n.pos[ws]) {
			continue
		}
		hits = append(hits, hit{match: m, w0: words[m.start], w1: words[m.end-1]})
	}
	hits = a.futureIntents(t, words, hits)
	slices.SortFunc(hits, func(x, y hit) int { return int(x.start - y.start) })
	return hits, words, ms
}

// abuseFinding is one conclusion of the abuse stage, on the normalized text.
type abuseFinding struct {
	kind       Kind
	severity   Severity
	reason     string
	start, end int32
	quiet      bool // no flag: words judged harmless, which the models do not read either
}

// classify turns the hits into findings, the words of abuse of each
// language read in the languages of the bit set langs: hate and threats
// are critical, insults and heavy vulgarity abuse, mild profanity is
// abuse only when it is aimed at people ("fonctionnaires de merde", "fuck
// you"), else plain profanity; a vulgar word next to a group of people is
// hate.
func (a *abuse) classify(hits []hit, langs uint8, n *normalized, addrs []int32, out []abuseFinding) []abuseFinding {
	text := n.text
	hs := hitSet{a: a, hits: hits}
	near, inside, overlaps, holds := hs.near, hs.inside, hs.overlaps, hs.holds
	harm := false   // some violence is said in the text
	menace := false // a meeting, a warning or outside is said in the text
	warned := false // a warning is said in the text
	meets := false  // a meeting is arranged in the text
	for j, h := range hits {
		meets = meets || a.has(h.id, patMeet)
		warned = warned || a.has(h.id, patWarn)
		menace = menace || a.has(h.id, patMeet) || a.has(h.id, patWarn) || a.has(h.id, patOutside)
		// (Not violence inside an idiom, a hazard's: "someone is going to
		// get hurt on those broken stairs and it won't be me".)
		harm = harm || (a.has(h.id, patViolence) || a.has(h.id, patBlast) || a.has(h.id, patWeapon)) && !inside(j, patIdiom)
	}
	// outsideNear reports whether a word for outside or for the end of a
	// shift is within five words after hit i or six before it, not naming
	// a building ("outside the town hall" is a place to meet).
	outsideNear := func(i int) bool {
		h := hits[i]
		for j, o := range hits {
			if (o.w0 > h.w1 && o.w0-h.w1 <= 5 || o.w1 < h.w0 && h.w0-o.w1 <= 6) && a.has(o.id, patOutside) && !near(j, patPlace, 0, 2) && !inside(j, patIdiom) {
				return true
			}
		}
		return false
	}
	// takenUp reports whether the group of hit g is who hit c speaks of:
	// no person is named between them, nor an agent ("par", "by"), nor
	// what the group suffered or fled ("attacked", "against", "fled").
	takenUp := func(g, c int) bool {
		for j := g + 1; j < c; j++ {
			if a.has(hits[j].id, patPerson) {
				return false
			}
		}
		for w, rest := firstWord(text[hits[g].end:hits[c].start]); len(w) > 0; w, rest = firstWord(rest) {
			if victimWords[string(w)] {
				return false
			}
		}
		return true
	}
	// resumed reports whether hit i follows, within three words, a
	// pronoun that takes up a group named earlier in the sentence, with no
	// person named in between: "Gypsies and travellers shouldn't get a
	// penny from the council, they are filthy thieving scum", "les
	// étrangers qui viennent pomper nos allocs, ces parasites". Not "the
	// refugees were sent to the staff at the desk, they are idiots", nor
	// after an agent named in between ("les réfugiés ont été volés par
	// des passeurs, ces rats…"). ("Those" was tried: "the refugees were
	// robbed by smugglers, those rats took everything".)
	resumed := func(i int) bool {
		if w, _ := firstWord(text[hits[i].end:]); string(w) == "de" || string(w) == "d" || string(w) == "of" {
			return false // "ces parasites de marchands de sommeil": aimed at who follows
		}
		c := hs.nearest(i, patCopula, 3, 0)
		if c >= 0 {
			p := a.patterns[hits[c].id]
			w := lastWord(text[:hits[c].start])
			if !strings.HasPrefix(p, "they ") && !strings.HasPrefix(p, "c est ") && !strings.HasPrefix(p, "ce sont ") && string(w) != "ils" && string(w) != "elles" {
				return false
			}
		} else if c = hs.nearest(i, patThis, 1, 0); c < 0 || text[hits[c].start] != 'c' {
			return false // "ces", "ce", "cette", not "these", which names a group of its own
		}
		g := hs.nearest(c, patGroup, 16, 0)
		return g >= 0 && sentencesBetween(n, hits[g].end, hits[c].start) == 0 && takenUp(g, c)
	}
	// burst reports whether the violent verb of hit i is the writer
	// bursting with anger (bursts), in a text that says nothing else of
	// violence: no weapon, no other violent or blasting word, no warning
	// or threat phrase. "J'ai acheté de quoi faire une bombe. Je vais
	// exploser" is a threat. (Where violence leaves someone is no such
	// word here: "Je vais exploser, là, vraiment. Quatre heures d'attente
	// aux urgences"; said to the reader, it makes the burst doubtful.)
	burst := func(i int) bool {
		if !bursts(n, text, hits[i]) {
			return false
		}
		for j, o := range hits {
			if j == i || o.start >= hits[i].start && o.end <= hits[i].end || o.start <= hits[i].start && o.end >= hits[i].end {
				continue
			}
			for _, c := range []uint8{patWeapon, patViolence, patBlast, patWarn, patThreat, patFuel, patUltimatum, patSeeWhat, patNext} {
				if a.has(o.id, c) {
					return false
				}
			}
		}
		return true
	}
	// doubtfulBurst reports whether a burst (hit i) is followed by words
	// to the reader or of company, which may make it a bomb in a
	// moderator's eyes: "Je vais exploser. La ceinture est prête, vous
	// avez été prévenus", "Je vais exploser, bientôt. Et je ne partirai
	// pas seul". Not "Je vais exploser, sincèrement. Simplifiez !", nor
	// someone asked four sentences on ("Je vais exploser, sérieux. Mais
	// je reste poli. […] Si quelqu'un du service pouvait vérifier…"): the
	// words to the reader follow within three sentences, and "quelqu'un"
	// is no reader.
	doubtfulBurst := func(i int) bool {
		for _, o := range hits[i+1:] {
			if (a.has(o.id, patYou) || a.has(o.id, patYours)) && sentencesBetween(n, hits[i].end, o.start) <= 3 && !vagueReaders[a.patterns[o.id]] {
				return true
			}
		}
		after := strings.ToLower(n.src[n.pos[hits[i].end-1]:])
		for _, w := range burstCompany {
			if strings.Contains(after, w) {
				return true
			}
		}
		return false
	}
	// intensified reports whether hit i, a noun, follows an intensifier
	// that makes it name-calling, said to the reader, after a copula or
	// on its own: "you absolute cabbage", "he's a total muppet", "…or
	// what?? total muppet, explained it…". Not another noun's own ("a
	// complete dog's dinner"), nor a verb's object ("to see a complete
	// fossil", "adopted a proper parrot").
	intensified := func(i int) bool {
		if possessive(n, hits[i].end) {
			return false
		}
		before := bytes.TrimRight(text[:hits[i].start], " ")
		w := lastWord(before)
		if string(w) == "and" || !intensifiers[string(w)] {
			return false
		}
		rest := bytes.TrimRight(before[:len(before)-len(w)], " ")
		by := lastWord(rest)
		// "a complete and utter clown": the first intensifier's.
		if string(by) == "and" {
			rest = bytes.TrimRight(rest[:len(rest)-len(by)], " ")
			if first := lastWord(rest); intensifiers[string(first)] {
				rest = bytes.TrimRight(rest[:len(rest)-len(first)], " ")
				by = lastWord(rest)
			}
		}
		switch {
		case string(by) == "you" || string(by) == "u" || string(by) == "ya":
		case string(by) == "a" || string(by) == "an":
			if c := lastWord(bytes.TrimRight(rest[:len(rest)-len(by)], " ")); !bareCopulas[string(c)] && string(c) != "s" && string(c) != "re" && string(c) != "is" && string(c) != "was" {
				return false
			}
		case startsSentence(n, int32(len(before)-len(w))):
		default:
			return false
		}
		// The noun ends its clause or a word of grammar follows it:
		// not "a complete dinosaur skeleton".
		if clauseEnds(n, hits[i].end) {
			return true
		}
		next, _ := firstWord(text[hits[i].end:])
		return afterIntensified[string(next)]
	}
	// markedAfterPerson reports whether hit i opens, with an article,
	// what comes after a question mark that ends words naming a person:
	// "Le docteur des urgences de Mâcon ? Un âne bâté."
	markedAfterPerson := func(i int) bool {
		before := bytes.TrimRight(text[:hits[i].start], " ")
		art := lastWord(before)
		if !describeArticles[string(art)] && string(art) != "des" && string(art) != "some" {
			return false
		}
		at := int32(len(before) - len(art))
		src := strings.TrimRight(n.src[:n.pos[at]], " ")
		// (A colon was tried too: after the round's third review it made
		// a park's peacock, a show's witch and a shelter's vet insults,
		// "le maire a inauguré le parc : un paon et deux cygnes".)
		if src == "" || src[len(src)-1] != '?' {
			return false
		}
		// Not what someone told or showed ("Le docteur m'a expliqué : un
		// pitbull avait mordu le facteur", "The nurse explained the
		// treatment: a leech"), nor an animal that does something next.
		for w, rest := firstWord(bytes.TrimRight(text[:at], " ")); len(w) > 0; w, rest = firstWord(rest) {
			if tellingVerbs[string(w)] {
				return false
			}
		}
		if next, _ := firstWord(text[hits[i].end:]); clauseVerbs[string(next)] {
			return false
		}
		p := hs.nearest(i, patPerson, 16, 0)
		return p >= 0 && sentencesBetween(n, hits[p].end, at) <= 1
	}
	// inUniform reports whether hit i is followed by a uniform or a badge
	// worn: "des pitbulls en uniforme", "un gorila con placa", "un pavone
	// in divisa", "une sangsue avec un badge", an animal that is a person.
	inUniform := func(i int) bool {
		w, rest := firstWord(text[hits[i].end:])
		switch string(w) {
		case "en", "in", "con", "with", "avec", "mit", "em", "com":
		default:
			return false
		}
		// Not a costume or a mascot: "déguisé en sorcière avec un
		// badge", "a chimp in a toga for World Book Day".
		if costumed(text) {
			return false
		}
		w, rest = firstWord(rest)
		if describeArticles[string(w)] {
			w, _ = firstWord(rest)
		}
		return uniformWords[string(w)]
	}
	// dressedAfter reports whether copula hit i, said of a person (a
	// word of the person lists within twelve words before it, or one
	// spoken to within six), is followed by one to three words and then,
	// after a preposition of wearing and at most two words, by a piece
	// of attire of the office (attireWords): "El médico es un mueble con
	// bata", "the work coach is a pound-shop dictator with a clipboard",
	// "Herr X, Sie sind ein Aktenordner mit Krawatte". Not a person so
	// described, a word of the person lists or a plain person's word
	// after the copula ("est une femme en uniforme", "is a nurse with a
	// clipboard", "is a tall chap in a suit"), a team ("Sie sind ein
	// Team mit Namensschild"), a person praised ("a real star with a
	// clipboard"), nor a costume ("déguisé en…"); not a thing's copula
	// ("Es un colegio con uniforme obligatorio").
	dressedAfter := func(i int) bool {
		if !near(i, patPerson, 12, 0) && !near(i, patYou, 6, 0) || near(i, patPerson, 0, 3) {
			return false
		}
		rest := text[hits[i].end:]
		var w []byte
		words := 0
		for {
			if w, rest = firstWord(rest); len(w) == 0 || words > 3 {
				return false
			}
			if wearingWords[string(w)] {
				break
			}
			if plainPersons[string(w)] || praiseNouns[string(w)] {
				return false
			}
			words++
		}
		if words == 0 {
			return false
		}
		for k := 0; k < 3; k++ {
			if w, rest = firstWord(rest); attireWords[string(w)] {
				return !costumed(text)
			}
		}
		return false
	}
	// aimed reports whether a word that aims what follows at a person
	// stands within two words before hit i; not Italian "c'è un", there
	// is ("nel parco c'è un pavone").
	aimed := func(i int) bool {
		j := hs.nearest(i, patAim, 2, 0)
		if j < 0 {
			return false
		}
		p := a.patterns[hits[j].id]
		return !((p == "e un" || p == "e una") && string(lastWord(text[:hits[j].start])) == "c")
	}
	// likenedToGroup reports whether the likeness before hit i is said of
	// a group by a copula ("Les migrants, c'est comme les cafards",
	// "Immigrants are like rats at the préfecture"), not how people are
	// treated ("traités comme des chiens").
	likenedToGroup := func(i int) bool {
		j := hs.nearest(i, patLike, 3, 0)
		if j < 0 || !near(j, patGroup, 8, 0) || genericAnimals[string(text[hits[i].start:hits[i].end])] || condemnsPrejudice(text) {
			return false // nor "sont comme des animaux en cage": how they live
		}
		// Nor denied or reported: "Los inmigrantes no son como ratas",
		// "Quand un élu dit que les migrants sont comme des cafards",
		// "Stop saying migrants are like cockroaches".
		if g := hs.nearest(j, patGroup, 8, 0); g >= 0 {
			for w, rest := firstWord(text[hits[g].end:hits[j].start]); len(w) > 0; w, rest = firstWord(rest) {
				if likeNegations[string(w)] {
					return false
				}
			}
			for w, rest := firstWord(text[max(0, int(hits[g].start)-40):hits[g].start]); len(w) > 0; w, rest = firstWord(rest) {
				if tellingVerbs[string(w)] || likeNegations[string(w)] {
					return false
				}
			}
		}
		c := hs.nearest(j, patCopula, 1, 0)
		if c >= 0 {
			return true
		}
		switch string(lastWord(bytes.TrimRight(text[:hits[j].start], " "))) {
		case "are", "is", "sont", "est", "son", "sind", "sono", "sao", "re":
			return true
		}
		return false
	}
	// preysOn reports whether the group after hit i is what the animal
	// preys on: "Les marchands de sommeil, ces vautours, exploitent les
	// migrants".
	preysOn := func(i int) bool {
		g := hs.nearest(i, patGroup, 0, 3)
		if g <= i {
			return false
		}
		for w, rest := firstWord(text[hits[i].end:hits[g].start]); len(w) > 0; w, rest = firstWord(rest) {
			if victimWords[string(w)] || preyVerbs[string(w)] {
				return true
			}
		}
		return false
	}
	// apposedThis reports whether hit i follows a demonstrative set off
	// by commas after a person named in its sentence: "L'huissier envoyé
	// par le Trésor public, ce vautour sans cœur, a fait l'inventaire".
	// Not a clause of its own about an animal: "l'agent a photographié
	// le nid, ce vautour est protégé". (Its caller leaves an animal named
	// before: "a ramené la vache du voisin, cette vache fugueuse".)
	apposedThis := func(i int) bool {
		c := hs.nearest(i, patThis, 1, 0)
		if c < 0 || text[hits[c].start] != 'c' {
			return false
		}
		src := strings.TrimRight(n.src[:n.pos[hits[c].start]], " ")
		if src == "" || src[len(src)-1] != ',' {
			return false
		}
		after := n.src[n.pos[hits[i].end-1]:]
		k := strings.IndexAny(after, ",.!?;:\n")
		if k < 0 || after[k] != ',' || strings.Count(after[:k], " ") > 4 {
			return false
		}
		// What follows the second comma is what the person does ("ce
		// vautour sans cœur, a fait l'inventaire", "ce rat, garde les
		// colis"); not where an animal or a thing is or what is done
		// to it ("cette chienne perdue, près du lavoir", "ce serpent
		// géant, que les enfants ont peint", "cette truie…, et ses
		// douze porcelets").
		if next, _, _ := strings.Cut(strings.TrimLeft(after[k+1:], " "), " "); notApposedActs[strings.ToLower(next)] {
			return false
		}
		p := hs.nearest(c, patPerson, 12, 0)
		return p >= 0 && sentencesBetween(n, hits[p].end, hits[c].start) == 0
	}
	// quantifiedYou reports whether the words right after hit i are a
	// quantifier of the reader, and "you": "shoot every one of you", "kill
	// all of you"; not "shoot some photos of you all", nor "shoot all of
	// you dancing", a film.
	quantifiedYou := func(i int) bool {
		rest := text[hits[i].end:]
		for range 5 {
			w, r := firstWord(rest)
			switch string(w) {
			case "you", "u":
				next, _ := firstWord(r)
				return !bytes.HasSuffix(next, []byte("ing")) || notParticiples[string(next)]
			case "every", "one", "of", "all", "each", "the", "lot", "both", "single", "last":
				rest = r
				continue
			}
			return false
		}
		return false
	}
	// quantifiedThem reports whether the words right after hit i take up
	// a whole group named before, "them": "Savages, every one of them",
	// "cowards, the lot of them", "des voleurs, tous autant qu'ils
	// sont"; the insult is aimed at the people named earlier.
	quantifiedThem := func(i int) bool {
		rest := text[hits[i].end:]
		for k := range 6 {
			w, r := firstWord(rest)
			switch string(w) {
			case "them":
				return k > 0
			case "every", "one", "of", "all", "each", "and", "the", "lot", "single", "last":
				rest = r
				continue
			case "tous", "toutes":
				next, r2 := firstWord(r)
				if string(next) != "autant" {
					return false
				}
				next, _ = firstWord(r2)
				return string(next) == "qu"
			case "jusqu":
				next, r2 := firstWord(r)
				next2, _ := firstWord(r2)
				return k == 0 && string(next) == "au" && (string(next2) == "dernier" || string(next2) == "derniere")
			case "allesamt":
				return k == 0
			case "alle":
				// "Schmarotzer alle miteinander", "… alle zusammen".
				next, _ := firstWord(r)
				return k == 0 && (string(next) == "miteinander" || string(next) == "zusammen")
			}
			return false
		}
		return false
	}
	// opensOnGroup reports whether hit i, an animal or a noun of
	// contempt, opens the sentence right after one that names a group,
	// set apart by a comma as what the group is called ("Les Roumains qui
	// mendient devant la poste. Des nuisibles, ni plus ni moins…", "…que
	// des Africains dans la salle d'attente. Des animaux, ils crient"),
	// or after a demonstrative ("Un trans à l'accueil… Ces monstres sont
	// partout"). Not a list ("…Des parasites, des profiteurs"), nor with
	// a person named in between.
	opensOnGroup := func(i int) bool {
		h := hits[i]
		// Not a real animal, which the text may be about: "Les
		// migrants dorment sous le pont. Des rats, qui courent sur
		// leurs sacs", "Des cafards, des rats, partout". (Real animals
		// with a word that takes the group up after them, "Des cafards,
		// ça se reproduit", "Cockroaches, carrying their diseases",
		// were tried and dropped after a review: "Des rats, ils en
		// voient toutes les nuits", "Cockroaches, crawling over the
		// beds".)
		if a.has(h.id, patRealAnimal) {
			return false
		}
		before := bytes.TrimRight(text[:h.start], " ")
		start, det := h.start, lastWord(before)
		demonstrative := false
		switch string(det) {
		case "des", "such":
			start = int32(len(before) - len(det))
		case "ces", "these", "those":
			start, demonstrative = int32(len(before)-len(det)), true
		}
		if !startsSentence(n, start) {
			return false
		}
		rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[h.end-1]):], " ")
		if strings.HasPrefix(rest, ",") {
			if next, _ := firstWord(text[h.end:]); listWords[string(next)] {
				return false
			}
		} else if !demonstrative {
			return false
		}
		g := hs.nearest(i, patGroup, 16, 0)
		return g >= 0 && sentencesBetween(n, hits[g].end, start) == 1 && takenUp(g, i)
	}
	// groupBefore reports whether a group is named within forty words
	// before hit i, which opens its sentence, an article at most before
	// it ("…near the station. Savages, every one of them.", "Des voleurs,
	// tous autant qu'ils sont."), and is taken up by it.
	groupBefore := func(i int) bool {
		g := hs.nearest(i, patGroup, 40, 0)
		if g < 0 || g >= i || !takenUp(g, i) {
			return false
		}
		at := hits[i].start
		if before := bytes.TrimRight(text[:at], " "); len(before) > 0 {
			if w := lastWord(before); openingArticles[string(w)] {
				at = int32(len(before) - len(w))
			}
		}
		// Or a clause after a comma in the group's own sentence:
		// "die ganzen Flüchtlinge sind doch nur zum Abkassieren hier,
		// Schmarotzer alle miteinander".
		return startsSentence(n, at) || startsClause(n, at) && sentencesBetween(n, hits[g].end, at) == 0
	}
	// remark reports whether the body word of hit i is said of a person,
	// not of the writer's own body.
	remark := func(i int) bool {
		return (near(i, patPerson, 8, 5) || near(i, patYou, 3, 2)) && !near(i, patMine, 1, 0) && !near(i, patSelf, 4, 0)
	}
	// personCopula reports whether a copula stands within three words
	// before hit i with no animal or thing just before it: "the staff are
	// pigs", not "the sloths are lazy animals", said of animals.
	personCopula := func(i int) bool {
		j := hs.nearest(i, patCopula, 3, 0)
		if j < 0 {
			return false
		}
		// A bare "are" or "were" ("the staff are pigs") only after a
		// person's noun, a group's or they, right before it or before
		// where they are ("the staff in Antibes are", "the nurses on
		// ward 6 are"): not "the goats are greedy pigs", "the storms
		// were beasts", "the chairs were pigs to clean", said of what is
		// no listed animal nor thing.
		bare := bareCopulas[string(text[hits[j].start:hits[j].end])]
		person := false
		for k := j - 1; k >= 0 && hits[k].w1 >= hits[j].w0-5; k-- {
			gap := hits[j].w0 - 1 - hits[k].w1
			if gap < 0 {
				continue
			}
			if gap == 0 && (a.has(hits[k].id, patAnimal) || a.has(hits[k].id, patRealAnimal) || a.has(hits[k].id, patObject) || a.has(hits[k].id, patThing)) {
				return false
			}
			if !a.has(hits[k].id, patPerson) && !a.has(hits[k].id, patGroup) && !a.has(hits[k].id, patYou) {
				continue
			}
			if subjectBefore(n, hits[k].w1, hits[k].end, hits[j].w0, hits[j].start, false) {
				person = true
			}
		}
		return !bare || person || string(lastWord(text[:hits[j].start])) == "they"
	}
	// personAfterInSentence reports whether a person's word follows hit i
	// within two words, in its sentence.
	personAfterInSentence := func(i int) bool {
		p := hs.nearest(i, patPerson, 0, 2)
		return p >= 0 && sentencesBetween(n, hits[i].end, hits[p].start) == 0
	}
	// myself reports whether the writer says the word of hit i of
	// himself: "je me suis senti idiot", "felt like an idiot", "vieux
	// croûton comme moi", "ma cervelle de moineau".
	myself := func(i int) bool {
		return near(i, patMyself, 2, 0) || overlaps(i, patMyself) || near(i, patMyselfAfter, 0, 1)
	}
	// personBetween reports whether the words between hits j and i are
	// links and one person's noun, and one word after a link after it,
	// with no mark between: "l'agent d'", "the receptionist"; not a name
	// ("the receptionist Jane"), which a second reading finds masked, nor
	// "I called the receptionist, an idiot answered".
	personBetween := func(j, i int) bool {
		from, to := hits[j].end, hits[i].start
		if strings.ContainsAny(n.src[n.pos[from-1]:n.pos[to]], ",;:.!?()\n") {
			return false
		}
		person, other, link := false, false, false
		for w, rest := firstWord(n.text[from:to]); len(w) > 0; w, rest = firstWord(rest) {
			at := to - int32(len(rest)+len(w))
			wasLink := link
			// (The writer's possessive links too: "a traité ma femme de".)
			link = linkWords[string(w)] || ownAnimals[string(w)] || string(w) == "ma"
			switch {
			case link:
			case !person && (hs.startsAt(at, patPerson) || hs.startsAt(at, patChild) || kinWords[string(w)]):
				// A person, a child or a relative: "called my son a …",
				// "a traité ma femme de …".
				person = true
			case person && !other && wasLink && !startsUpper(n.src[n.pos[at]:]):
				// One word after a link after the person's noun: where
				// he works or what the insult is said with ("l'agent
				// d'accueil de con", "the receptionist a stupid cow");
				// not "the receptionist yesterday", nor a name, which a
				// second reading finds masked in two words.
				other = true
			default:
				return false
			}
		}
		return person
	}
	// calledAt returns where the words of a report start when hit i is
	// what someone called the writer, "m'a traité d'imbécile", "called
	// me a moron" (not an insult after another report: "m'a menacé, ce
	// connard"), or with the words of the report around it, as German
	// puts them, "hat mich vor meinen Kindern eine dumme Kuh genannt";
	// else -1.
	calledAt := func(i int) int32 {
		h := hits[i]
		for _, o := range hits {
			if o.w1 < h.w0 && h.w0-o.w1 <= 2 && a.has(o.id, patCalled) && !strings.ContainsAny(n.src[n.pos[o.end-1]:n.pos[h.start]], ",;:.!?") {
				return o.start
			}
		}
		if near(i, patCalledAfter, 0, 2) {
			if j := hs.nearest(i, patCalled, 8, 0); j >= 0 {
				return hits[j].start
			}
		}
		// Or what someone called a third person, named between: "un
		// monsieur a traité l'agent d'abruti", "a man called the
		// receptionist an idiot".
		for j := i - 1; j >= 0; j-- {
			o := hits[j]
			if h.w0-o.w1 > 6+a.maxWords {
				break
			}
			if o.w1 < h.w0 && h.w0-o.w1 <= 6 && a.has(o.id, patCalledThird) && personBetween(j, i) {
				return o.start
			}
		}
		return -1
	}
	// calledMe reports whether hit i is what someone called a person
	// (calledAt); the models do not read the report either: a quiet
	// finding.
	// Never what the writer called someone ("I called my caseworker a
	// useless idiot"), unless he was called it ("I was called a liar").
	calledMe := func(i int) bool {
		at := calledAt(i)
		if at < 0 {
			return false
		}
		if w, _ := firstWord(text[at:]); firstPerson[string(lastWord(text[:at]))] && !passiveWords[string(w)] {
			return false
		}
		out = append(out, abuseFinding{quiet: true, start: at, end: hits[i].end})
		return true
	}
	// climbedSelf reports whether the pronoun of the violent verb of
	// hit i has climbed before the verb of its intent, as Spanish,
	// Italian and Portuguese let it, and is the writer's: "me voy a
	// matar", "mi vado ad ammazzare", "eu me vou matar" are distress.
	// The verbs of going say the language, whatever the text was
	// detected as. Only when nothing that may be an object follows the
	// violent verb: the end, a condition, a time, a cause, a means
	// ("me voy a matar si…", "…esta noche", "…con pastillas"); anything
	// else makes the pronoun a dative and the words a threat: "mi vado
	// ad ammazzare il direttore", "me vou matar aqueles vagabundos".
	climbedSelf := func(i int) bool {
		k := hs.nearest(i, patIntent, 2, 0)
		if k < 0 {
			return false
		}
		verb, _, _ := strings.Cut(a.patterns[hits[k].id], " ")
		if !climbingVerbs[verb] || !climbedPronouns[string(lastWord(text[:hits[k].start]))] {
			return false
		}
		w, rest := firstWord(text[hits[i].end:])
		if len(w) == 0 {
			return true
		}
		next, _ := firstWord(rest)
		switch {
		case meansWords[string(w)]:
			// "con pastillas", not "con el de la ventanilla".
			return !objectWords[string(next)]
		case timeDeterminers[string(w)]:
			return timeNouns[string(next)] // "esta noche", not "esta funcionaria"
		case string(w) == "a" || string(w) == "ad":
			return string(next) == "mi" || string(next) == "me" // "a mí mismo"
		}
		return distressAfter[string(w)]
	}
	// atDesk reports whether the animal of hit i is the one at a desk: a
	// definite article or a demonstrative before it, a desk and its
	// number right after ("le veau du guichet 2", "the donkey at window
	// 6", "a vaca do balcão 3"); "des rats au guichet" are rats, "the
	// parrot at reception" is the library's, "die Schlange am Schalter"
	// the queue.
	atDesk := func(i int) bool {
		art := string(lastWord(text[:hits[i].start]))
		if !deskArticles[art] && !(art == "a" && langs&(1<<langIndex("pt")) != 0) || a.has(hits[i].id, patRealAnimal) {
			return false
		}
		k := hs.nearest(i, patDesk, 0, 2)
		if k < 0 {
			return false
		}
		w, _ := firstWord(text[hits[k].end:])
		return len(w) > 0 && w[0] >= '0' && w[0] <= '9'
	}
	// apposedPerson reports whether a person word within before words
	// before hit i or after words after it is joined to it by articles,
	// demonstratives, "of", names and acronyms only, in the same
	// sentence: "ce porc de conseiller", "esa foca de cajera"; a person
	// named first is set apart by a mark ("the clerk, a pig", "conseillère
	// MDPH = cruche"), not the object of a verb ("showed the teacher a
	// pig"). Not "the doctor found a parasite", "des rats. Le gardien…".
	apposedPerson := func(i int, before, after int32) bool {
		h := hits[i]
		for j, o := range hits {
			if j == i || !a.has(o.id, patPerson) {
				continue
			}
			switch {
			case o.w1 < h.w0 && h.w0-o.w1 <= before+2:
				if h.w0-o.w1 <= before && linked(n, o.end, h.start) && apposition(n, o.end, h.start) {
					return true
				}
				// Two words more when an article after the mark opens
				// them: "the team manager, a smarmy weasel", "la
				// sage-femme de nuit, une baleine échouée".
				if describedAfterMark(n, o.end, h.start, h.end) {
					return true
				}
			case o.w0 > h.w1 && o.w0-h.w1 <= after:
				if linked(n, h.end, o.start) {
					return true
				}
			}
		}
		return false
	}
	// describedAfter reports whether a hit of class ends at most most
	// words (the argument) before hit i, an article and at most two
	// words between: "the caseworker is a slow-witted plank".
	describedAfter := func(i int, class uint8, most int32) bool {
		h := hits[i]
		for j := i - 1; j >= 0; j-- {
			o := hits[j]
			if h.w0-o.w1 > most+a.maxWords {
				break
			}
			if o.w1 < h.w0 && h.w0-o.w1 <= most && a.has(o.id, class) && describedBy(n.text[o.end:h.start]) {
				return true
			}
		}
		return false
	}
	// ownChildIs reports whether the writer's own child is the subject
	// of a copula before hit i: "Mio figlio a volte è un maleducato";
	// not the child's teacher ("il maestro di mio figlio è un asino"),
	// nor police who stopped him ("ont contrôlé mon fils : des
	// pitbulls").
	ownChildIs := func(i int) bool {
		c := hs.nearest(i, patChild, 5, 0)
		if c < 0 || c >= i || !near(i, patMine, 6, 0) {
			return false
		}
		b := bytes.TrimRight(text[:hits[c].start], " ")
		for k := 0; k < 2 && len(b) > 0; k++ {
			w := lastWord(b)
			switch string(w) {
			case "de", "du", "di", "of", "da", "do", "del", "della", "von", "vom":
				return false
			}
			b = bytes.TrimRight(b[:len(b)-len(w)], " ")
		}
		for w, rest := firstWord(text[hits[c].end:hits[i].start]); len(w) > 0; w, rest = firstWord(rest) {
			switch string(w) {
			case "est", "e", "is", "ist", "es", "sont", "are":
				return true
			}
		}
		return false
	}
	// pairedTrait reports whether another trait of character follows
	// hit i within three words: "arrogant, méprisant", "rude and lazy".
	pairedTrait := func(i int) bool {
		h := hits[i]
		for j := i + 1; j < len(hits) && hits[j].w0-h.w1 <= 4; j++ {
			if hits[j].w0 > h.w1 && a.has(hits[j].id, patTrait) && a.patterns[hits[j].id] != a.patterns[h.id] {
				return true
			}
		}
		return false
	}
	// traitSubject reports whether the traits of hit i are said of a
	// person: a person's noun, the reader, a pronoun or a title at most
	// eight words before it in its sentence, no thing nor negation
	// between ("il est très méchant et bête", "Dr X aux urgences :
	// arrogant, méprisant"; not "le site est lent et mal fait").
	traitSubject := func(i int) bool {
		h := hits[i]
		from := int32(-1)
		// Not a person who is the complement of a thing: "Le ton du
		// courrier de l'huissier était méprisant et hautain".
		if j := hs.nearest(i, patPerson, 8, 0); j >= 0 && hits[j].end < h.start && sentencesBetween(n, hits[j].end, h.start) == 0 && !complementBefore(text[:hits[j].start]) {
			from = hits[j].end
		}
		// A pronoun stands for a person only after one, a person's
		// noun or a title in the twenty words before it ("Le monsieur
		// de la préfecture il est…"), before a person named after the
		// traits, or opening the text ("She is smug and patronising to
		// every parent"): not "Le nouveau règlement ? Il est stupide et
		// borné", "Der neue Bescheid? Er ist unfreundlich".
		personBefore := func(end int32) bool {
			if j := hs.nearest(i, patPerson, 28, 0); j >= 0 && hits[j].end <= end {
				return true
			}
			b := bytes.TrimRight(text[:end], " ")
			for k := 0; k < 20 && len(b) > 0; k++ {
				w := lastWord(b)
				if s := traitSubjects[string(w)]; s == subjectNoun {
					return true
				}
				b = bytes.TrimRight(b[:len(b)-len(w)], " ")
			}
			return false
		}
		// Or a person named after the traits, in their sentence: "Il
		// est prétentieux et méprisant, ce conseiller".
		personAfter := func() bool {
			j := hs.nearest(i, patPerson, 0, 8)
			return j > i && sentencesBetween(n, h.end, hits[j].start) == 0
		}
		start := int32(0) // where the sentence starts, as far as read
		before := bytes.TrimRight(text[:h.start], " ")
		for k := 0; k < 8 && len(before) > 0; k++ {
			w := lastWord(before)
			end := int32(len(before))
			if sentencesBetween(n, end, h.start) > 0 {
				start = end
				break
			}
			if s := traitSubjects[string(w)]; s == subjectNoun || s == subjectPronoun && (personBefore(end-int32(len(w))) || personAfter() || len(bytes.TrimSpace(text[:end-int32(len(w))])) == 0) {
				from = max(from, end)
				break
			}
			before = bytes.TrimRight(before[:len(before)-len(w)], " ")
		}
		if from < 0 {
			return false
		}
		for k := 0; start == 0 && k < 40 && len(before) > 0; k++ {
			w := lastWord(before)
			if end := int32(len(before)); sentencesBetween(n, end, h.start) > 0 {
				start = end
			}
			before = bytes.TrimRight(before[:len(before)-len(w)], " ")
		}
		for j, o := range hits[:i] {
			if o.start >= from && a.has(o.id, patThing) && !overlaps(j, patPerson) {
				return false
			}
		}
		for w, rest := firstWord(text[from:h.start]); len(w) > 0; w, rest = firstWord(rest) {
			if traitNegations[string(w)] {
				return false
			}
		}
		// Nor what someone else said of a person ("L'agent m'a dit que
		// j'étais arrogant et borné", "People told me the housing officer
		// was rude and lazy"), in the sentence before the traits.
		for w, rest := firstWord(text[start:h.start]); len(w) > 0; w, rest = firstWord(rest) {
			if traitSayings[string(w)] {
				return false
			}
		}
		return true
	}
	own := func(i int) bool {
		// A threat or a hateful sentence the writer reports having
		// received is not his own; a report in the sentence before
		// leaves this one his ("a man said he'd come back. I will burn
		// this office down").
		if j := hs.nearest(i, patReport, 5, 0); j >= 0 && sentencesBetween(n, hits[j].end, hits[i].start) == 0 && !agreedAfter(n, hits[i].end) {
			return false
		}
		return !near(i, patSaid, 0, 8)
	}
	// reported reports whether hit i is in a report of what someone
	// else said or did: a report word ends before it in its sentence or
	// in one of the two before ("un homme a crié que… Il a dit qu'il
	// reviendrait avec un fusil"). A report further back, or in another
	// paragraph, leaves the writer's own words his.
	reported := func(i int) bool {
		h := hits[i]
		for j := i - 1; j >= 0; j-- {
			o := hits[j]
			if o.end <= h.start && a.has(o.id, patReport) {
				// A plain "a dit que", "said that" only in its own
				// sentence: "L'agent a dit que mon dossier était
				// incomplet. J'espère qu'elle crève" is the writer's.
				s := sentencesBetween(n, o.end, h.start)
				if s == 0 || s <= 2 && !genericReports[a.patterns[o.id]] {
					return !agreedAfter(n, h.end)
				}
			}
		}
		return false
	}
	// lawfulWarning reports whether the warning of hit i follows a
	// recourse to the law (lawWords before it, not denied: not "je ne
	// porterai pas plainte", nor the reader's: "ton avocat") and no other
	// hit of the text says harm: no violence, weapon, threat, blast,
	// fire, sabotage, hurt, execution, harm left unsaid or drama.
	// With after set, the recourse comes after the warning instead, the
	// writer's own (a first person before it), and may be one of
	// politics or of the press: "Vous allez le regretter : je vais écrire
	// au médiateur de la CPAM et à mon député" (not "« Tu vas le
	// regretter, sale fonctionnaire. » Voilà, portez plainte").
	lawfulWarning := func(i int, after bool) bool {
		law := false
		var prev, prev2 []byte
		scope, mine := text[:hits[i].start], true
		if after {
			scope, mine = text[hits[i].end:], false
		}
		for w, rest := firstWord(scope); len(w) > 0 && !law; w, rest = firstWord(rest) {
			mine = mine || writerWords[string(w)]
			law = mine && (lawWords[string(w)] || after && recourseWords[string(w)]) && !negations[string(prev)] && !negations[string(prev2)] && !readersOwn[string(prev)]
			prev, prev2 = w, prev
		}
		if !law {
			return false
		}
		for j := range hits {
			if j == i {
				continue
			}
			for _, c := range [...]uint8{patViolence, patWeapon, patThreat, patBlast, patBurn, patSabotage, patHurt, patExecute, patSeeWhat, patDrama} {
				if a.has(hits[j].id, c) {
					return false
				}
			}
		}
		return true
	}
	// thingTakenUp reports whether a demonstrative after hit i, in its
	// sentence, names no person: the pronoun before the violence takes
	// up a thing ("il faudrait les brûler, ces vieux tracts"; not "…,
	// voilà ce que je pense").
	thingTakenUp := func(i int) bool {
		for j := i + 1; j < len(hits) && hits[j].w0-hits[i].w1 <= 4; j++ {
			if w, _ := firstWord(text[hits[j].end:]); a.has(hits[j].id, patThis) && sentencesBetween(n, hits[i].end, hits[j].start) == 0 && string(w) != "que" && string(w) != "qui" && string(w) != "qu" {
				p := hs.nearest(j, patPerson, 0, 3)
				return p < 0
			}
		}
		return false
	}
	// staffNear reports whether hit o names a person near the violence of
	// hit h: at most eight words before it or six after. objectAfter
	// reports whether that person is its object, right after it with no
	// genitive before and no noun after ("fusiller les agents du
	// guichet"; not "tuer la paperasse des agents", "kill staff parking
	// charges").
	staffNear := func(h, o hit) bool {
		return a.has(o.id, patPerson) && !(o.w1 < h.w0 && h.w0-o.w1 > 8) && !(o.w0 > h.w1 && o.w0-h.w1 > 6)
	}
	objectAfter := func(h, o hit) bool {
		return o.w0 > h.w1 && o.w0-h.w1 <= 4 && !genitiveIn(text[h.end:o.start]) && staffEnds(text[o.end:])
	}
	// personObject reports whether the violence of hit i has a person
	// for its object: right after it, no genitive before and no noun
	// after ("je vais pendre le directeur", "I'll string up the manager
	// of that office"), or a pronoun that takes up a person named in
	// its sentence, no thing after it ("je vais les fusiller, ces
	// contrôleurs"; not "je vais les pendre dans le jardin, les draps").
	personObject := func(i int) bool {
		h := hits[i]
		pronoun := takesPeople(text, int(h.start), int(h.end)) && !thingTakenUp(i)
		for j := range hits {
			o := hits[j]
			if !staffNear(h, o) {
				continue
			}
			if sentencesBetween(n, min(o.end, h.end), max(o.start, h.start)) > 0 {
				continue
			}
			// "give that clerk a good kicking": the person before the
			// beating given.
			given := bytes.HasPrefix(text[h.start:h.end], []byte("a ")) && o.w1 < h.w0 && h.w0-o.w1 <= 1
			if given || objectAfter(h, o) || pronoun && (hs.nearest(j, patThis, 2, 0) >= 0 || commaBetween(n, min(o.end, h.end), max(o.start, h.start))) {
				return true
			}
		}
		return false
	}
	// calledAgainstStaff reports whether the violence of hit i is said to
	// be needed (a word of what must be done at most `within` words
	// before it, not denied nor stopped between) against staff: its
	// object a pronoun that takes up staff named with a demonstrative or
	// set apart by a comma ("Il faudrait les fusiller, ces
	// fonctionnaires", "Tous ces contrôleurs URSSAF, faudrait les aligner
	// contre un mur"); staff right after the verb, no genitive before
	// them and no noun after them ("fusiller les agents du guichet",
	// "string up the clerks at the tax office"; not "tuer la paperasse des
	// agents", "kill staff parking charges", "shoot the staff an email");
	// or staff its subject in the passive ("Os funcionários … deviam ser
	// todos fuzilados", "Die Leute vom Finanzamt gehören aufgehängt").
	// Not staff who are the subject of what must be done ("the staff
	// should burn them", "die Mitarbeiter sollten sie an die Wand
	// stellen"), nor staff in another clause ("il faudrait les pendre
	// dans le hall, les agents n'ont pas eu le temps"), nor a call to
	// stop ("il faut arrêter de lyncher les fonctionnaires").
	calledAgainstStaff := func(i int, within int32) bool {
		h := hits[i]
		m := hs.nearest(i, patMust, within, 0)
		if m < 0 || negatedBetween(text, hits[m].end, h.start) || stoppedBetween(text[hits[m].end:h.start]) || near(i, patGroup, 2, 4) {
			return false
		}
		mw := a.patterns[hits[m].id]
		// What staff deserve, or what must be done to them in the
		// passive, they suffer.
		after, _ := firstWord(text[h.end:])
		passive := passiveBetween(text[hits[m].end:h.start]) || sufferedMust[mw] || string(after) == "werden"
		pronoun := takesPeople(text, int(h.start), int(h.end))
		for j := range hits {
			o := hits[j]
			if !staffNear(h, o) {
				continue
			}
			// Before what must be done, not sharing a word with it ("man"
			// of "man muss" is a person word in English).
			before := o.w1 < hits[m].w0 && o.end <= hits[m].start
			sameSentence := sentencesBetween(n, min(o.end, h.end), max(o.start, h.start)) == 0
			switch {
			case before && passive && sameSentence:
				return true
			case before && impersonalMust[mw] && pronoun && sameSentence && !clauseBetween(text[o.end:hits[m].start]) && !thingTakenUp(i):
				// Staff named before what nobody in particular must
				// do, then taken up: "Les gens de la préfecture
				// faudrait tous les fusiller", "A los funcionarios del
				// SEPE habría que ponerlos contra un paredón".
				return true
			case before && hits[m].w0-o.w1 <= 2 && !commaBetween(n, o.end, hits[m].start):
				// The staff are who must do it.
			case pronoun && (hs.nearest(j, patThis, 2, 0) >= 0 || before && commaBetween(n, o.end, hits[m].start) || !before && o.w0-h.w1 <= 5 && commaBetween(n, h.end, o.start) && staffEnds(text[o.end:])) && sameSentence:
				return true
			case objectAfter(h, o):
				return true
			}
		}
		return false
	}
	// groupFeels reports whether the group named before hit i is the
	// subject of a verb of feeling or thinking right after it: what the
	// group feels it is ("Os idosos sentem que são um fardo"), not what
	// it is said to be; not the writer's aside ("Women, I think, belong
	// in the kitchen").
	groupFeels := func(i int) bool {
		g := hs.nearest(i, patGroup, 16, 0)
		if g < 0 {
			g = hs.nearest(i, patAgeGroup, 16, 0)
		}
		if g < 0 {
			return false
		}
		w, _ := firstWord(text[hits[g].end:])
		return feelWords[string(w)]
	}
	// comparedPerson reports whether the comparison of hit i is said of
	// a person, the one at a desk or the reader, and is the writer's own:
	// not the wits of a child, a patient or the writer's father, which
	// staff measure ("the IQ of a child is not tested at this age",
	// "measured the IQ of my father"). The person may be the one at a
	// desk who has the wits ("el tipo del mostrador tiene menos luces que
	// un túnel"); not what was explained there ("al guichet me
	// explicaron que el cerebro de un adolescente cambia"). Not a thing
	// compared ("la conseillère dit que le site a le QI d'une huître").
	comparedPerson := func(i int) bool {
		h := hits[i]
		said := near(i, patPerson, 10, 0) || near(i, patYou, 4, 0) || near(i, patDesk, 10, 0) && hasVerb[string(lastWord(text[:h.start]))]
		return said && !near(i, patThing, 4, 0) && !near(i, patChild, 0, 2) && !near(i, patPerson, 0, 2) && !near(i, patMine, 0, 2) && own(i)
	}
	for i, h := range hits {
		for _, m := range a.metas[h.id] {
			if m.lang >= 0 && langs>>m.lang&1 == 0 && len(a.patterns[h.id]) < crossLanguage {
				continue
			}
			f := abuseFinding{start: h.start, end: h.end}
			switch m.class {
			case patHate:
				if strings.IndexByte(a.patterns[h.id], ' ') >= 0 && (!own(i) || condemnsPrejudice(text) || negatedBefore(n, h.start)) {
					continue // "on m'a crié : retourne dans ton pays" is reported; "It's a myth that Jews run the government" condemns it
				}
				if calledMe(i) {
					continue // "mon fils s'est fait traiter de gogol"
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hate speech or slur"
			case patThreat:
				if !own(i) || overlaps(i, patIdiom) {
					continue // "je vous tue de rire"
				}
				// Nor what the writer fears for his own: "My daughter
				// will end up in hospital again if CAMHS keep
				// cancelling" (not "my brothers will make sure you end
				// up in hospital").
				// The models do not read it either. Not an oath on one's
				// own ("jure sur ma mère jte bute", "giuro su mio figlio
				// che tiro fuori il coltello"), nor one's own child in a
				// condition before, closed by a comma ("Si el maestro
				// vuelve a tocar a mi niño, le reviento la cabeza").
				if j := hs.nearest(i, patMine, 3, 0); j >= 0 && !oathWords[string(lastWord(text[:hits[j].start]))] && !(commaBetween(n, hits[j].end, h.start) && conditionOpens(n, hits[j].start)) &&
					(near(i, patPrivate, 2, 0) || near(i, patChild, 2, 0)) && !near(i, patYou, 2, 0) && !overlaps(i, patYou) {
					out = append(out, abuseFinding{quiet: true, start: h.start, end: h.end})
					continue
				}
				// A warning after a recourse to the law, with no harm said
				// in the text, is the law's: "Si ma demande est refusée, je
				// saisirai le tribunal administratif. Vous êtes prévenus."
				if a.has(h.id, patWarn) && lawfulWarning(i, false) {
					continue
				}
				// So is regret foretold, the writer's recourse after it:
				// "Vous allez le regretter : je vais écrire au médiateur
				// et à mon député" (not "…, je vais venir avec mon fusil").
				if strings.Contains(a.patterns[h.id], "regret") && lawfulWarning(i, true) {
					continue
				}
				// Someone hurt, foretold by a writer who names a hazard
				// of the road or of a building in the same sentence or
				// the two before, with no warning, intent, demand or
				// desk said, is a safety complaint: "The school run on
				// Nelson Mandela Way is dangerous now that the crossing
				// patrol has been cut. Someone is going to get hurt.
				// Please reinstate it" (heldout-89). The models do not
				// read it either. Not "Tell your manager he is in
				// danger. Someone is going to get hurt", nor "The clerk
				// had better check his car. Someone is going to get
				// hurt", no hazard named.
				if hurtForetold(a.patterns[h.id]) && hazardBefore(n, h.start) && !warned && !near(i, patIntent, 12, 6) && !near(i, patUltimatum, 12, 8) && !near(i, patYou, 8, 4) && !staffPlaceAfter(text[h.end:]) {
					out = append(out, abuseFinding{quiet: true, start: h.start, end: h.end})
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patInsult:
				if inside(i, patIdiom) {
					continue // "con mi madre": Spanish "with", however detected
				}
				if inside(i, patProfanity) && !near(i, patYou, 3, 6) && !near(i, patPerson, 8, 4) && !near(i, patGroup, 8, 0) {
					continue // "una puta vergüenza de sistema": the longer phrase's vulgarity is the reading (not "eres una puta mierda")
				}
				if myself(i) || calledMe(i) {
					continue // "je me suis senti idiot", "un usager m'a traité d'imbécile"
				}
				if near(i, patLike, 2, 0) && !near(i, patYou, 4, 0) && !near(i, patPerson, 4, 0) {
					continue // "forty of us stood in the rain like idiots", "ils nous traitent comme des idiots"
				}
				if treatedAs(text[:h.start]) {
					continue // "elle vous parle comme à un demeuré": how the writer was spoken to
				}
				if bytes.IndexByte(text[h.start:h.end], ' ') >= 0 && phraseBreak(n.src[n.pos[h.start]:n.pos[h.end-1]]) {
					continue // "le dossier est gros, nul et incompréhensible": words of two phrases
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "insult"
				switch {
				case near(i, patGroup, 3, 2) || (near(i, patGroup, 8, 0) && (near(i, patThis, 1, 0) || near(i, patCopula, 3, 0)) || resumed(i)) && own(i):
					// "les femmes sont trop connes", "deux lesbiennes à
					// l'état civil… ces dégénérées": the group named
					// first, then insulted.
					f.severity, f.reason = SeverityCritical, "insult against a group of people"
				case m.severity >= 4:
					f.severity = SeverityHigh
				case (near(i, patThing, 4, 0) || near(i, patThing, 0, 1)) && !near(i, patPerson, 4, 2) && !near(i, patYou, 3, 2):
					// "this website is a piece of shit": vulgar, aimed at
					// no one. So is a swear word right before the thing,
					// as Spanish and Portuguese say it: "esta puta
					// aplicación no funciona".
					f.kind, f.severity, f.reason = KindProfanity, SeverityLow, "vulgar word about a thing"
				}
			case patSexual:
				if inside(i, patIdiom) {
					continue // "a family of blue tits"
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "sexual insult or obscenity"
				if m.severity >= 3 {
					f.severity = SeverityHigh
				}
			case patObject:
				// "le conseiller, c'est un sac de patates", "the clerk is
				// a human filing cabinet": a person said to be a thing;
				// "le site est un vrai labyrinthe" names no person.
				// Or set apart after the person by a mark: "Council clerk:
				// a sentient potato", "Agent de préfecture : un vulgaire
				// paillasson".
				copula := near(i, patCopula, 2, 0) || describedAfter(i, patCopula, 4)
				// Or wearing a badge or a headset after a person: "DWP
				// adviser: a mannequin with a headset" (not a shop's
				// window).
				if !(copula && (near(i, patPerson, 12, 0) || near(i, patYou, 5, 0)) || apposedPerson(i, 3, 0) || intensified(i) || inUniform(i) && near(i, patPerson, 8, 0)) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "a person called a thing"
			case patCopula:
				// "El médico es un mueble con bata", "c'est un boucher
				// avec un stéthoscope", "is a weathervane in a cheap
				// suit": a person said to be something, whatever it is,
				// that wears the attire of the office (dressedAfter).
				if !dressedAfter(i) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "a person called a thing in office attire"
			case patCompare:
				// "la guichetière a la vivacité d'une limace"
				if !comparedPerson(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "insult by comparison"
			case patQuality:
				// A quality a person is praised for too ("the patience of
				// a saint", "la douceur d'une mère"): an insult when an
				// animal or a thing has it ("la directrice a le charisme
				// d'une huître", "the receptionist has all the warmth of
				// a fridge").
				// Not a child's nor the writer's ("my son has the attention
				// span of a goldfish").
				// The thing in the quality's own sentence: not "tuvo la
				// paciencia de un santo. La farola de mi calle…".
				thing := false
				for _, c := range [...]uint8{patLikened, patAnimal, patObject} {
					if j := hs.nearest(i, c, 0, 3); j >= 0 && sentencesBetween(n, h.end, hits[j].start) == 0 {
						thing = true
					}
				}
				if !thing || !comparedPerson(i) || near(i, patChild, 4, 0) || near(i, patMine, 3, 0) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "insult by comparison"
			case patBody:
				// "la nouvelle conseillère est bien gaulée": a remark on
				// looks said of a person; the vulgar body words are
				// judged as profanity below.
				// Not of a thing just before it ("le nouveau site de la
				// CAF est canon, bravo aux agents").
				if a.has(h.id, patProfanity) || !remark(i) || near(i, patThing, 5, 0) && !near(i, patPerson, 2, 0) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "sexual remark about a person"
			case patGenius:
				// "Bravo le génie du guichet 3, il a réussi à perdre mon
				// dossier deux fois", "Well done to the genius on desk 4
				// who managed to lose my passport application twice",
				// "Glückwunsch an das Genie in Zimmer 12, das meinen
				// Antrag verloren hat": praise of wits between
				// congratulations and the blunder they mock. Not praise
				// ("Bravo au génie de l'accueil qui a tout réglé",
				// "Thanks to the genius who found my lost passport": what
				// was lost, found), nor the writer's own, reported or
				// denied.
				// (Or praise stressed before the word itself, "a true
				// genius who has managed to lose my application three
				// times", "quel génie, il a perdu mon dossier": heldout-95,
				// round 43; not of the writer's own, "My son is a real
				// genius at maths, he lost only one point".)
				if !near(i, patIrony, 4, 0) && (!stressedPraise[string(lastWord(text[:h.start]))] || near(i, patMine, 6, 0)) || !near(i, patBlunder, 0, 16) || fixedAfter(text[h.end:]) || myself(i) || !own(i) || reported(i) || negatedBefore(n, h.start) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "sarcastic praise of a person"
			case patTrait:
				// "il est très méchant et bête", "Elle est mal élevée,
				// sotte et prétentieuse", "Dr X aux urgences : arrogant,
				// méprisant, nul", "Tracey, lazy and vile": two traits
				// of character, one right after the other, said of a
				// person; one alone is a fair complaint ("l'agent a été
				// méprisant"). Not of a thing ("une réponse arrogante
				// et méprisante"), nor denied ("ni méprisant ni
				// arrogant"), nor the writer's own or reported.
				if !pairedTrait(i) || !traitSubject(i) || myself(i) || calledMe(i) || !own(i) || reported(i) || treatedAs(text[:h.start]) || negatedBefore(n, h.start) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "a person judged by words of contempt"
			case patLooks:
				// "le kiné est canon", "una conseillère aussi sexy", "la
				// enfermera rubia está buenísima": said of the person
				// named just before, its subject. Not of a thing ("le
				// marché de Noël est canon, merci aux agents"), nor
				// denied ("le dossier n'est pas très sexy").
				// The person may have where he works between ("la chica
				// de la ventanilla 2 está buenísima"), but not be the
				// complement of another noun ("le rapport du médiateur
				// est canon").
				p := hs.nearest(i, patPerson, 6, 0)
				if p < 0 || complementBefore(text[:hits[p].start]) || near(i, patThing, 5, 0) && !near(i, patPerson, 1, 0) || negatedBefore(n, h.start) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "sexual remark about a person"
			case patDim:
				// "that DMV guy is sooooo stupid", "the woman at the
				// counter is so dumb", "l'impiegata è stupida": a
				// person's wits judged, the person its subject. Not of
				// a thing ("the form the agent gave me is stupid"), nor
				// denied, nor the writer's own ("the agent made me feel
				// so stupid"), nor reported.
				// The person's noun ends right before the copula, or
				// before where the person is ("the woman at the counter
				// is so dumb"): not "the agent spoke to me like I was
				// stupid", "I called the agent and it is stupid that…".
				p := hs.nearest(i, patPerson, 6, 0)
				if p < 0 || !subjectBefore(n, hits[p].w1, hits[p].end, h.w0, h.start, true) || complementBefore(text[:hits[p].start]) || negatedBefore(n, h.start) || myself(i) || calledMe(i) || reported(i) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "a person called stupid"
			case patProfanity:
				if inside(i, patIdiom) {
					continue // "coup de gueule": a rant, not a vulgar word
				}
				if (near(i, patInsult, 0, 2) || near(i, patHate, 0, 2)) && calledMe(i) {
					continue // "A man called me a f***ing Paki": what the writer was called (not "She called me fucking twice")
				}
				switch {
				case a.has(h.id, patBody) && remark(i):
					// "le cul de la stagiaire", "the girl at counter 5 has
					// a cracking arse": a remark on a person's body; not
					// the writer's own ("je me suis cassé le cul", "on my
					// butt for 3 hours").
					f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "sexual remark about a person"
				case near(i, patGroup, 2, 2):
					f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "vulgarity against a group of people"
				case m.severity >= 3:
					f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "heavy vulgarity"
				case near(i, patPerson, 3, 2) && !near(i, patThing, 0, 3) && (near(i, patPerson, 3, 0) || !saidOfSituation(text[:h.start]) && personAfterInSentence(i)) || near(i, patYou, 0, 1) && !interjection(n, h.end):
					// Not "bloody useless website": a thing follows.
					// Nor a situation judged before people are named
					// ("C'est dégueulasse, les gens font dehors"), nor
					// people named in the next sentence ("this building
					// is crap. Nurses are lovely though").
					f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "vulgarity aimed at people"
				default:
					f.kind, f.severity, f.reason = KindProfanity, SeverityLow, "vulgar word"
				}
			case patKnow:
				// "je sais où habite ta mère", "I know your car": knowing
				// the reader's home, schedule or family is a threat.
				// Home is a threat on its own; schedule and family only
				// with a meeting, a warning or outside in the text
				// ("je sais à quelle heure vous finissez, je viendrai
				// avant" is no threat).
				// The reader may be named by his role: "sé dónde aparca
				// el funcionario", "I know where the caseworker lives".
				// Or by a possessive with a warning said: "je connais sa
				// tournée… qu'il fasse attention".
				// Not knowing it denied: "não sei onde mora a assistente
				// social, só queria o e-mail dela", "no sé dónde vive".
				// Or named before it with a warning: "That social worker
				// better watch out, I know where she lives", "quell'assistente
				// sociale deve stare attenta, so dove abita".
				// An aside said anywhere else points knowledge of a
				// schedule as a warning does: "I know which bus the
				// housing officer takes home. Just saying." ("ich weiß"
				// is an aside and the knowledge itself.)
				aside := func() bool {
					for j, o := range hits {
						if a.has(o.id, patAside) && !a.has(o.id, patKnow) && !overlaps(j, patKnow) {
							return true
						}
					}
					return false
				}
				// The private words may start inside the knowledge's:
				// "je sais quel bus", "I know the address of the adviser".
				private := near(i, patPrivate, 0, 10)
				for j := i + 1; j < len(hits) && !private && hits[j].w0 <= h.w1; j++ {
					private = hits[j].w1 > h.w1 && a.has(hits[j].id, patPrivate)
				}
				theirs := near(i, patTheirs, 0, 4) && warned
				// Two facts of someone's day known need no warning: "Sé a
				// qué hora sale del trabajo la funcionaria de la
				// ventanilla 2 y dónde aparca el coche".
				// (Facts that overlap are one: "esce" and "esce dall
				// ufficio".)
				facts := func() int {
					n, end := 0, int32(-1)
					for j, o := range hits {
						if o.w0 > h.w1 && o.w0-h.w1 <= 16 && o.w0 > end && a.has(o.id, patPrivate) && !overlaps(j, patKnow) {
							n++
							end = o.w1
						}
					}
					return n
				}
				if !near(i, patHome, 0, 10) && !(private && (menace || aside() || facts() >= 2)) || !near(i, patYou, 0, 8) && !near(i, patYours, 0, 4) && !near(i, patPerson, 0, 6) && !theirs && !(near(i, patPerson, 12, 0) && warnedInSentence(hs, n, i)) || !own(i) || negatedBefore(n, h.start) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patKnowThat:
				// "I know you live at 14 Elm Road", "sé que vive en la
				// calle Mayor 23", "so che abita in via Roma 45": the
				// reader's or someone's home with its address, which
				// the personal data stage masked, right after the verb or,
				// in German, before it ("dass Sie in der Bahnhofstraße 12
				// wohnen"; addrs: where addresses start in the normalized
				// text).
				// Not the writer's own ("je sais que ma mère habite
				// au…"), nor an office's address further on ("I know you
				// live far away; the office is at 14 Elm Road").
				j := hs.nearest(i, patHome, 0, 6)
				if j < 0 || !addressIn(addrs, h.end, hits[j].end+24, hits[j].start) || near(i, patMine, 0, 4) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat: a home and its address"
			case patUnmissed:
				// "Personne ne regretterait l'agent qui m'a reçu",
				// "nobody would miss the woman on desk 4": a death left
				// unsaid, of a person or of the reader. Not of a thing
				// ("nobody would miss the old paper form").
				// Not someone gone or away ("personne ne regretterait
				// l'ancien directeur", "nobody would miss you if you took a
				// day off"), nor a thing of theirs ("nobody would miss
				// their appointment").
				aimed := near(i, patPerson, 0, 4) || near(i, patYou, 0, 3) || holds(i, patYou)
				if !aimed || near(i, patThing, 0, 4) || departed(text[h.end:]) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patHappen:
				// "ce serait dommage qu'il arrive quelque chose à vos
				// enfants": harm left unsaid, to the reader or his
				// family, with a pity or a family word. The pity may
				// stand further back with the reader's own named
				// between: "Schade wäre es, wenn Ihren Kindern auf dem
				// Schulweg etwas passiert" (round 40).
				if !near(i, patPity, 6, 0) && !(near(i, patPity, 10, 0) && near(i, patYours, 6, 0)) && !(near(i, patPrivate, 0, 5) && near(i, patYou, 0, 6)) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patPrivate:
				// "vos deux petits sont à l'école Paul-Bert… réfléchissez
				// bien": the reader's family, home or car named, with a
				// warning said in the text.
				// So is the reader's schedule with a meeting arranged:
				// "vous finissez à 17h30… je serai sur le parking".
				reader := near(i, patYou, 2, 0) || near(i, patYours, 2, 0) || holds(i, patYou) // "tu termines"
				if !(warned && near(i, patYours, 2, 0) || meets && reader) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patChild:
				// "Your daughter goes to the primary school on Rue
				// Pasteur, doesn't she?", "Sus hijos van al colegio Jean
				// Jaurès, ¿verdad?": the reader's child and its school,
				// said by the writer; not his own child ("l'école de mon
				// fils"), nor what someone said ("la directrice m'a dit
				// que votre fils…").
				// Said with a question tag or a sighting, a warning, a
				// pity, knowledge, a meeting or a demand's "or else":
				// "if your kids eat at the school canteen, check the
				// menus" is advice.
				pointed := warned || meets || hs.any(patAside) || hs.any(patKnow) || hs.any(patPity) || hs.any(patUltimatum)
				// Or a person's child, named by role before: "diga à
				// assistente social que sei onde os filhos dela estudam".
				whose := near(i, patYours, 2, 0) || near(i, patYou, 1, 0) || near(i, patTheirs, 0, 1) && near(i, patPerson, 10, 0) && hs.any(patKnow)
				if !pointed || !whose || !near(i, patChildPlace, 12, 12) || near(i, patMine, 2, 0) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patVocative:
				// "Espèce d'huître", "Bande d'endives au guichet": a noun
				// of contempt said to the reader, whatever the noun; not
				// after a determiner ("une bande de jeunes", "une espèce
				// de formulaire").
				if !vocative(text, h.start, h.end) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "insult by address"
			case patStalk:
				// "j'ai trouvé son adresse… il aura ma visite": tracking
				// someone down is a threat with a meeting, a warning or
				// outside said, or when it is the reader's ("j'ai ton
				// adresse").
				if !menace && !near(i, patYou, 3, 10) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patMeet:
				// "on se verra au parking", "I'll wait for you outside":
				// a meeting away from the counter.
				// A meeting with a warning said anywhere is a threat too
				// ("je viendrai pas seul… ça se réglera autrement").
				// Not a meeting at a recourse: "we'll see you at the
				// ballot box", "on se verra au tribunal".
				if !outsideNear(i) && !warned || !own(i) || recourseAfter(text[h.end:]) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patOutcome:
				// "I will put your advisor in hospital", "os mando a
				// todos al hospital": the writer sends the reader, or
				// staff, where violence leaves people. Not the writer
				// himself ("je vais finir aux urgences") nor a relative
				// ("I'll take my son to hospital": no sending verb).
				// So is whoever comes next: "el próximo que me diga
				// 'vuelva mañana' sale de ahí en ambulancia"; and whoever
				// the tables are turned on: "la prochaine fois qu'elle
				// menace…, c'est elle qui aura besoin d'un médecin", after
				// a condition or a demand (not "ma mère est tombée, c'est
				// elle qui aura besoin d'un médecin", nor a warning of a
				// hazard: "je vous préviens : avec ces escaliers, c'est
				// vous qui aurez besoin d'un médecin").
				target := near(i, patYou, 6, 0) || near(i, patPerson, 6, 0) // not "votre attestation"
				sent := near(i, patSend, 5, 0) && near(i, patIntent, 8, 0) && target
				before := text[max(0, int(h.start)-120):h.start]
				next := near(i, patNext, 12, 0) || (near(i, patUltimatum, 20, 0) || conditionIn(before)) && turnedOn(before)
				if !sent && !next || near(i, patSelf, 6, 0) && !next || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patLimb:
				// "I'm breaking your nose", "je vais lui casser les deux
				// jambes", "break both his legs": a body part hurt, the
				// reader's or someone else's, announced by the writer or
				// promised to whoever comes next. Not the writer's own
				// ("je me suis cassé la jambe", "broke my leg"), nor good
				// luck ("break a leg"), nor "vous casser les dents sur ce
				// dossier"; nor a warning, a report or a treatment,
				// whoever says it: "vous allez vous casser une jambe sur
				// ces pavés", "son bras cassé", "le chirurgien va lui
				// casser le nez".
				j := hs.nearest(i, patHurt, 4, 0)
				if j < 0 {
					continue
				}
				p := a.patterns[hits[j].id]
				// "je lui casse", "your nose", "ses jambes", "that advisor's jaw".
				dative := strings.HasPrefix(p, "lui ") || strings.HasPrefix(p, "leur ") || strings.HasPrefix(p, "jlui ") || strings.HasPrefix(p, "jleur ")
				aimed := dative || near(i, patYou, 5, 0) || near(i, patYours, 2, 0) || near(i, patTheirs, 2, 0) || near(i, patPerson, 2, 0)
				// "je lui péterai": the dative's intent holds the verb.
				said := near(j, patIntent, 10, 0) || overlaps(j, patIntent) || near(j, patNext, 12, 0) || near(j, patUltimatum, 12, 0)
				if !aimed || !said || hs.reflexive(j, 2, text) || near(i, patMine, 2, 0) || !own(i) || inside(i, patIdiom) || inside(j, patIdiom) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patIll:
				// "j'espère qu'il vous arrivera un accident", "I hope you
				// get hit by a bus", "ojalá se mueran todos en su
				// oficina", "ich wünsche Ihnen eine lange, schmerzhafte
				// Krankheit": harm or death wished on the reader, staff
				// or their building. Not wished away ("j'espère qu'il
				// n'y aura pas d'accident avec ces câbles"), nor on the
				// writer's own ("I hope my mother doesn't die"), nor
				// said of no one ("I hope this reform dies").
				j := hs.nearest(i, patWish, 10, 0)
				// Further back in its sentence when a person's relative
				// clause stands between: "J'espère que l'agent de la CAF
				// qui a refusé mon dossier attrapera un cancer".
				if j < 0 {
					if w := hs.nearest(i, patWish, 16, 0); w >= 0 && sentencesBetween(n, hits[w].end, h.start) == 0 && inRelative(hs, n, i, patMine, 4) {
						j = w
					}
				}
				// Or the reader right before a death he would die: "ich
				// hoffe, du verreckst", whose du is French "of the"
				// elsewhere; not "Sie überfahren niemanden", where he
				// drives.
				aimed := near(i, patYou, 12, 6) || near(i, patYours, 12, 4) || near(i, patPerson, 12, 6) || near(i, patPlace, 12, 6) || near(i, patTheirs, 3, 0) ||
					readerPronoun(text, h.start, a.patterns[h.id]) || j >= 0 && (thirdPersonWished(text[hits[j].end:h.start]) || strings.HasPrefix(a.patterns[hits[j].id], "qu ") && clauseOpens(n, hits[j].start))
				// Nor a harm feared, which the wish would forestall: "ich
				// hoffe, der Bürgermeister stellt eine Ampel auf, bevor
				// ein Kind überfahren wird"; not a harm to the reader
				// after a time: "I hope before the year is out you get
				// hit by a bus".
				feared := false
				if j >= 0 {
					if b := forestalledAt(text, hits[j].end, h.start); b >= 0 {
						feared = true
						for _, o := range hits {
							if o.start >= b && o.end <= h.start && (a.has(o.id, patYou) || a.has(o.id, patYours)) {
								feared = false
							}
						}
					}
				}
				if j < 0 || feared || negatedBetween(text, hits[j].end, h.start) || hits[j].end < h.start && recovered(text[hits[j].end:h.start], -1) || recovered(text[h.end:], 8) || careAfter(n, h.end, a.patterns[h.id]) || !aimed || near(i, patMine, 4, 0) && !inRelative(hs, n, i, patMine, 4) || (near(i, patSelf, 3, 0) && !inRelative(hs, n, i, patSelf, 3) || selfAfter(hs, n, i)) && !reflexiveDying(a.patterns[h.id], text[:h.start]) || near(i, patThing, 4, 0) || !own(i) || reported(i) || inside(i, patIdiom) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "harm wished on someone"
			case patGang:
				// "I know people who don't bother with forms", "Ich kenne
				// Leute, die Probleme anders lösen": the writer's friends,
				// who settle things another way; or who will visit the
				// reader or staff ("un pote à moi habite près de la
				// conseillère, il va lui rendre visite").
				other := near(i, patOtherWay, 0, 14)
				j := hs.nearest(i, patSettle, 0, 24)
				if j >= 0 {
					if w, _ := firstWord(text[hits[j].end:]); determiners[string(w)] || string(w) == "your" || string(w) == "some" {
						j = -1 // "people who can find you a flat": found for the reader
					}
				}
				visit := j >= 0 && (near(j, patYou, 10, 3) || near(j, patYours, 10, 3) || near(j, patPerson, 12, 3) || near(j, patTheirs, 10, 3) || near(j, patPlace, 10, 4) || holds(j, patYou))
				if !other && !visit || !own(i) || reported(i) {
					continue
				}
				// Friends who visit may come to thank ("mes potes vont vous
				// rendre visite pour vous remercier"): a moderator reads it.
				f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "veiled threat: friends who will settle it"
			case patStayAway:
				// "Better call in sick on Thursday. Just some friendly
				// advice.", "Mejor que el responsable no esté ese día, por
				// su bien": staff told to stay away, as advice.
				if !near(i, patAdvice, 12, 12) || !own(i) || reported(i) {
					continue
				}
				// Advice may be a colleague's ("ne venez pas travailler si
				// vous êtes malade"): a moderator reads it.
				f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "veiled threat: told to stay away"
			case patIntent, patSend, patTheirs, patNext:
				continue
			case patExecute:
				// An execution or a beating (fusiller, pendre, string up,
				// an die Wand stellen, a good kicking) has harmless senses
				// (laundry, fairy lights, a paper guillotine, a climbing
				// wall, a glare): a threat only with people its object,
				// the reader after the writer's intent ("je vais te
				// pendre", "I'll string you up"), or staff it is called
				// for against.
				if !own(i) || inside(i, patIdiom) || reported(i) {
					continue
				}
				if near(i, patIntent, 6, 0) && (near(i, patYou, 1, 2) || holds(i, patYou) || personObject(i)) {
					f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
					break
				}
				if calledAgainstStaff(i, 6) {
					f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "violence called for against staff"
					break
				}
				continue
			case patViolence:
				// "je vais me tuer", "this queue will kill me" are
				// distress, not a threat. A verb that holds its object
				// already ("vou matá-la se ela não pagar", "voy a
				// matarlo, se lo prometo", "vengo ad ammazzarti se non
				// rispondi") is followed by "if" or a dative, no
				// reflexive.
				if near(i, patSelf, 1, 0) || climbedSelf(i) || near(i, patSelf, 0, 1) && !holdsObject(text[h.start:h.end]) || !own(i) || inside(i, patIdiom) {
					continue
				}
				if burst(i) {
					if !doubtfulBurst(i) {
						continue
					}
					f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "anger, or a threat: the writer will explode"
					break
				}
				// (Nor the writer the object of the future: "Este
				// formulario de Hacienda me va a matar", "a burocracia
				// vai me matar".)
				// (Romance auxiliaries only: not "the next advisor who
				// hangs up on me will get hurt".)
				if k := hs.nearest(i, patFuture, 3, 0); k >= 0 && romanceFutures[a.patterns[hits[k].id]] && (writerObjects[string(lastWord(text[:hits[k].start]))] || writerObjects[string(firstWordOf(text[hits[k].end:]))]) {
					continue
				}
				atPlace := near(i, patPlace, 4, 4) && near(i, patFuture, 6, 0)
				// "I understand people who go postal now": sympathy with
				// those who do it.
				// The intent may stand further back when the reader,
				// counted, follows: "I'm going to come to the council
				// chamber and shoot every one of you".
				if near(i, patIntent, 6, 0) || near(i, patYou, 1, 2) || atPlace || near(i, patNext, 12, 0) || near(i, patIntent, 12, 0) && quantifiedYou(i) {
					f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
					break
				}
				// Sympathy is not intent, and the violent word may be
				// another's ("I understand people who shoot videos of the
				// queue"): a moderator reads it.
				if near(i, patSympathy, 8, 0) {
					f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "sympathy with violence"
					break
				}
				// Violence called for against a group: said to be needed
				// or wished ("il faudrait tous les noyer ces migrants",
				// "someone should shoot all the immigrants"), or ordered
				// by the first word of the text ("Kill all the
				// immigrants"). Not violence a group suffers ("les
				// migrants se font tuer en mer").
				called := near(i, patMust, 3, 0) || near(i, patFuture, 3, 0) || h.w0 == 0
				// Ordered against all the staff by the first word of the
				// text, it is a threat: "k1ll all the c0uncil staff, th3y
				// deserve it". Not a future ("the workload will kill the
				// staff"), nor what must not hurt them ("These reforms must
				// not hurt the staff"), nor their things ("Kill the staff
				// parking charges", "Shoot the staff an email").
				if h.w0 == 0 && allAfter(text[h.end:]) && near(i, patPerson, 0, 4) && !near(i, patThing, 0, 4) && !near(i, patGroup, 2, 4) {
					f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
					break
				}
				// Called for against staff, it is a threat: "Il faudrait
				// les tuer, ces fonctionnaires"; said to be needed, not
				// foretold ("the workload will kill the staff"), nor of
				// their things ("il faudrait tuer la paperasse des
				// agents").
				if calledAgainstStaff(i, 3) {
					f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "violence called for against staff"
					break
				}
				// Nor what must stop: "Il faut arrêter de saigner les
				// retraités avec ces hausses de taxe".
				if !called || !near(i, patGroup, 2, 4) || stoppedBetween(text[max(0, int(h.start)-24):h.start]) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "violence called for against a group of people"
			case patBurn:
				// "votre voiture va brûler ce soir", "quand sa boîte aux
				// lettres aura pris feu", "je vais brûler ta porte": fire
				// promised to a thing the reader or someone else owns, the
				// owner's word just before the thing, the thing next to
				// the fire. Announced by the writer, to whoever comes
				// next, or, for the reader's thing, by a future next to
				// the fire with a time set ("votre voiture va brûler ce
				// soir"; "votre garage va prendre feu un jour, avec ces
				// câbles" is a hazard); a third person's thing burning
				// in the future is a forecast ("leur jardin va flamber
				// avec cette sécheresse"). Not the writer's own
				// ("ma maison a brûlé"), a fire that happened ("sa voiture
				// a brûlé"), nor fire near a thing ("les risques
				// d'incendie dans votre maison", "il faut brûler les
				// déchets de votre jardin").
				j := hs.nearest(i, patProperty, 3, 3)
				if j < 0 {
					j = hs.nearest(i, patPrivate, 3, 3)
				}
				if j < 0 {
					// "votre agence prendra feu cette nuit", "je vais
					// brûler votre mairie": the reader's building too,
					// with its town ("o centro de saúde de Odivelas vai
					// arder").
					j = hs.nearest(i, patPlace, 5, 3)
				}
				if j < 0 {
					// "je brûle l'école": where a child goes, a building.
					j = hs.nearest(i, patChildPlace, 0, 3)
				}
				if j < 0 && near(i, patPity, 6, 0) && resumingPronouns[string(lastWord(text[:h.start]))] {
					// "Ta voiture grise garée derrière la mairie, ce
					// serait dommage qu'elle prenne feu": the thing named
					// first, then taken up by a pronoun after a pity.
					if j = hs.nearest(i, patProperty, 16, 0); j < 0 {
						j = hs.nearest(i, patPrivate, 16, 0)
					}
					if j < 0 {
						j = hs.nearest(i, patPlace, 16, 0) // "Nice little office you've got there. Shame if it burned down one night."
					}
				}
				// Nor fuel burned ("votre camionnette va brûler deux fois
				// plus de gasoil").
				// Nor the writer burning ("me quemo de impaciencia").
				if j < 0 || near(j, patMine, 2, 0) || pastTense(text, h.start) || near(i, patConsumed, 0, 5) || reflexiveBefore(text, h.start) {
					continue
				}
				// "your caseworker's van": the reader's side too.
				yours, theirs := near(j, patYours, 3, 0) || near(j, patYou, 3, 0), near(j, patTheirs, 2, 0)
				by := near(i, patIntent, 8, 0) || near(i, patNext, 12, 0) || near(i, patUltimatum, 12, 8) || warned
				future := hits[j].w1 < h.w0 && (a.has(h.id, patFuture) || near(i, patFuture, 2, 0)) && near(i, patSoon, 8, 8)
				// A building burning after an intent or an ultimatum
				// ("wenn ich kein Geld bekomme, brennt die Agentur"), and
				// anything burning after a pity ("ce serait dommage que
				// le nouveau bâtiment prenne feu une nuit").
				building, pity := a.has(hits[j].id, patPlace) || a.has(hits[j].id, patChildPlace), near(i, patPity, 10, 0)
				// The writer's present, which French says of what he will
				// do: "si ma fille n'a pas sa place, je brûle la mairie".
				// The building its object, right after the fire and its
				// article: not "je brûle dans cette école, il fait 32
				// degrés".
				now := string(lastWord(text[:h.start])) == "je" && hits[j].w0 > h.w1 && hits[j].w0-h.w1 <= 2 && fireObject(text[h.end:hits[j].start])
				if !(yours && (by || future) || theirs && by || building && (by || now) || pity) || !own(i) || inside(i, patIdiom) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of arson"
			case patCarried:
				// "si l'huissier revient, il sortira les pieds devant, je
				// vous préviens", "refuse me again and your receptionist
				// goes home in an ambulance": someone carried out, with an
				// ultimatum, a warning, the writer's intent or whoever
				// comes next. Not a relative's or a patient's transport
				// ("ma mère sortira en ambulance demain").
				by := warned || near(i, patIntent, 12, 6) || near(i, patNext, 12, 0) || near(i, patUltimatum, 12, 8)
				if !by || near(i, patMine, 4, 0) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patDrama:
				// "Si je n'ai pas ma pension lundi, il va y avoir un drame
				// à l'agence": a bad end foretold after the writer's
				// demand, a warning or his intent. Alone it is a warning
				// about a danger: "un jour il y aura un drame, faites les
				// travaux avant".
				// So is one foretold at the desk where staff work: "si ça
				// continue il va y avoir un drame à l'agence" (not "à la
				// mairie, le plafond s'effondre", nor "dans cette salle
				// d'attente bondée", where the public waits).
				// Or after a condition on what the reader does to the
				// writer: "Si vous me coupez encore le RSA, il y aura des
				// morts" (not "si vous ne réparez pas le pont", a hazard).
				before := text[max(0, int(h.start)-120):h.start]
				by := warned || near(i, patIntent, 12, 6) || near(i, patNext, 12, 0) || near(i, patUltimatum, 12, 8) || staffPlaceAfter(text[h.end:]) ||
					conditionIn(before) && firstPersonIn(before)
				if !by || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patSeeWhat:
				// "refusez encore et vous allez voir ce qui va se passer":
				// harm left unsaid after an ultimatum, for a moderator to
				// read ("fermez la maternité et vous allez voir ce qui va
				// se passer dans les urnes" is a vote).
				if !near(i, patUltimatum, 12, 0) || !own(i) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "veiled threat: what will happen is left unsaid"
			case patBlast:
				// "votre agence va sauter": a building set on fire or
				// blown up; "faire sauter une amende" is not.
				// Nor the writer bursting with anger at a service he
				// names ("Trois mois sans nouvelles de la préfecture, je
				// vais exploser !").
				// Nor the writer burning ("me quemo de impaciencia en el
				// centro de salud"), nor what he watches ("je vois
				// l'accueil des urgences exploser chaque soir").
				// Nor what others tried, told ("Des jeunes ont essayé de
				// casser les vitres de la mairie", round 40).
				// Or everything broken that the writer comes to break, no
				// place named: "se cortarem meu bolsa eu vou la e quebro
				// tudo", "je viens et je casse tout".
				// The clause ends on it, a condition opens its sentence
				// (not "je viens et je casse tout sur la piste de danse",
				// "je casse tout mon budget", "I'll break everything
				// down", "au tournoi je viens et je casse tout, merci").
				// Or the place named earlier, in the condition that opens
				// the sentence: "Wenn die Stadt noch ein Asylheim in der
				// Goethestraße baut, zünden wir es an", "se aprite la
				// nuova sala di preghiera, la facciamo saltare in aria".
				// The act falls on a pronoun (not "zünden wir Kerzen an",
				// a vigil).
				placed := near(i, patPlace, 4, 5)
				if g := hs.nearest(i, patPlace, 16, 0); !placed && g >= 0 && sentencesBetween(n, hits[g].end, h.start) == 0 {
					placed = conditionInSentence(n, h.start) && pronounObject(n, h.start, h.end)
				}
				if !placed && !(near(i, patIntent, 4, 0) && everythingBroken(a.patterns[h.id]) && clauseEnds(n, h.end) && conditionInSentence(n, h.start)) || !own(i) || inside(i, patIdiom) || reflexiveBefore(text, h.start) || seenBefore(text[:h.start]) || strings.HasSuffix(a.patterns[h.id], "flames") && flamesPast(text[:h.start]) || triedBefore(text[:h.start]) || lightsLit(a.patterns[h.id], n.text[h.end:]) {
					continue
				}
				if burst(i) {
					if !doubtfulBurst(i) {
						continue
					}
					f.kind, f.severity, f.reason = KindThreat, SeverityMedium, "anger, or a threat: the writer will explode"
					break
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat against a building"
			case patSabotage:
				// "Your colleague's Golf had its brake lines looked at
				// last night", "du sucre dans le réservoir… la 308 au
				// fond du parking": harm to someone's car; not the
				// writer's own ("my brakes failed").
				// Or said as the writer's intent, whoever owns the
				// cars: "i'll slash the tyres of every la poste van".
				if !near(i, patYou, 14, 14) && !near(i, patYours, 14, 14) && !near(i, patPerson, 14, 14) && !near(i, patTheirs, 6, 0) && !near(i, patIntent, 3, 0) || near(i, patMine, 3, 4) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "veiled threat"
			case patFuel:
				// "Tengo gasolina y un mechero. Ustedes tienen una
				// oficina llena de papel": fuel, the reader's office or
				// home. Not the mower's petrol the writer asked the
				// mairie about: the reader is not named.
				if !near(i, patPlace, 14, 14) && !near(i, patHome, 14, 14) || !near(i, patYou, 14, 14) && !near(i, patYours, 14, 14) || near(i, patMine, 3, 0) || !own(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of arson"
			case patWeapon:
				// Not a weapon brought to be registered, declared or
				// handed in: "je viendrai avec mon fusil de chasse pour
				// le faire enregistrer". Nor a weapon's name in an idiom:
				// "voy a instalar una bomba de calor" (a heat pump).
				// The intent may stand further back when the writer says
				// he comes with the weapon: "I'll be at the préfecture at
				// 8 tomorrow with a machete".
				armed := near(i, patArmed, 2, 0) && near(i, patIntent, 14, 0)
				// Or his company announced, armed ("on sera là avec des
				// battes"), the weapon ending its clause or aimed at people
				// after it ("… pour les accueillir", "… pour les migrants
				// du foyer", a group near); not "Allí estaremos, en la
				// charla sobre agresiones con arma blanca", "des couteaux
				// pour la sculpture sur bois" (round 46's reviews).
				armed = armed || near(i, patArmed, 2, 0) && near(i, patPresent, 5, 0) && (clauseEnds(n, h.end) || aimedAfter(text[h.end:]) || purposeAfter(text[h.end:]) && near(i, patGroup, 0, 4))
				// Or he says what it would buy him, or sympathises with
				// those who use it: "avec un peu de poudre et un
				// détonateur vous m'écouterez", "ich verstehe die Leute,
				// die mit einer Waffe ins Amt gehen".
				bought := near(i, patHeard, 4, 10) || near(i, patSympathy, 10, 0)
				if !near(i, patIntent, 8, 0) && !armed && !bought || !own(i) || near(i, patLawful, 8, 10) || inside(i, patIdiom) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat with a weapon"
				if !near(i, patIntent, 8, 0) && !armed && !near(i, patHeard, 4, 10) {
					f.severity = SeverityMedium // sympathy alone: a moderator reads it
				}
			case patWarn:
				// "mark my words" makes a threat of harm said nearby.
				if !harm || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patDare:
				// "I've got a shotgun and a list of council names. Try
				// me.": a dare that ends its sentence, with harm said;
				// not "try me again next week, they said".
				if !harm || !clauseEnds(n, h.end) || reported(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindThreat, SeverityCritical, "threat of violence"
			case patAnimal:
				switch {
				case near(i, patLike, 3, 0) && !likenedToGroup(i) || inside(i, patIdiom) || near(i, patCompound, 0, 1) || myself(i) || calledMe(i):
					continue // "traités comme des chiens", "rat de bibliothèque", "il m'a traitée de vache"
				case ownAnimals[string(lastWord(text[:h.start]))]:
					continue // "l'inspecteur a vu nos vaches", "le nostre mucche": the writer's animals
				case eatenAnimal(n, h.start, h.end):
					continue // "hanno servito solo maiale ai bambini musulmani": meat served
				case ownChildIs(i):
					continue // "mio figlio a volte è un maleducato": the writer's own child
				case near(i, patThing, 4, 3) && !near(i, patPerson, 4, 2) && !near(i, patYou, 3, 0) && !(near(i, patYou, 0, 2) && !stopAfter(n, h.end)):
					// "ce formulaire est une vraie larve": a thing; "le
					// système est pourri : on vous demande…", the reader
					// in the clause after it.
					continue
				case negatedBefore(n, h.start):
					continue // "asylum seekers are not parasites"
				case (near(i, patGroup, 3, 0) || near(i, patGroup, 0, 3) && !preysOn(i) || near(i, patCopula, 3, 0) && near(i, patGroup, 14, 0) || resumed(i) || quantifiedThem(i) && groupBefore(i) || opensOnGroup(i) || likenedToGroup(i)) && own(i):
					// "les Roms devant la mairie, c'est de la vermine",
					// "these Muslims flood the offices, they're rats".
					// Not reported: "A man shouted that Bangladeshis are
					// vermin at the bus stop".
					f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "dehumanising words against a group of people"
				case near(i, patWho, 0, 1) && !a.has(h.id, patRealAnimal) && !a.has(h.id, patAccuse) && !near(i, patMine, 3, 0) && own(i):
					// "a preening peacock who gobbles on about rules",
					// "heartless harpies who leave the old folk in bed":
					// English says who only of persons (not of a real
					// animal, "the dog who bit me", nor of one accused,
					// "the liar who wrote this letter").
					f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "dehumanising or accusing insult"
				case aimed(i) || apposedPerson(i, 3, 3) || near(i, patYou, 3, 3) ||
					(personCopula(i) || (a.has(h.id, patAccuse) || clauseEnds(n, h.end)) && coordinated(text[:h.start]) && near(i, patCopula, 8, 0)) && near(i, patPerson, 10, 0) && own(i) || // "les agents de la mairie sont des larves", "est un incompétent fini et un menteur", not "gritó que la funcionaria era una ballena"
					near(i, patThis, 2, 0) && near(i, patPlace, 0, 4) || atDesk(i) && own(i) || apposedThis(i) && !bytes.Contains(text[:h.start], text[h.start:h.end]) && own(i) ||
					(markedAfterPerson(i) || inUniform(i)) && !a.has(h.id, patRealAnimal) && own(i) ||
					intensified(i) && !a.has(h.id, patRealAnimal) && own(i) ||
					quantifiedThem(i) && near(i, patPerson, 20, 0) && own(i): // "enforcement officers are thugs in hi-vis and cowards, the lot of them"
					f.kind, f.severity, f.reason = KindAbuse, SeverityMedium, "dehumanising or accusing insult"
				default:
					continue
				}
			case patDirty:
				// "sales Arabes", "dirty m*slims": contempt for a group.
				if !near(i, patGroup, 0, 1) || !own(i) || calledMe(i) {
					continue // not "j'ai été traité de sale Arabe"
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "contempt for a group of people"
			case patGeneral, patGroupFirst:
				// The group is often named at the start of the sentence
				// and judged at its end ("Trop de voilées à l'accueil de
				// la préfecture, qu'elles retournent dans leur bled").
				// Not denied: "Polish people don't take our jobs".
				// Nor what the group feels it is: "Os idosos sentem que são
				// um fardo para as famílias".
				// Nor an origin said of a species ("les frelons asiatiques
				// nous envahissent", "Chinese mosquitoes are replacing us").
				// Nor a group after it that suffers it ("Os novos
				// horários só trazem problemas aos imigrantes").
				// Nor said not true before it in its sentence ("Non è
				// vero che gli stranieri rubano il lavoro"), as
				// patGroupIs reads; nor told as others' words ("Ceux qui
				// disent que les réfugiés sont des envahisseurs
				// devraient…") or in German's subjunctive of report ("Ein
				// Kollege sagte, Behinderte seien nur eine Last für die
				// Gesellschaft").
				g := hs.nearest(i, patGroup, 16, 3)
				if g >= 0 && hits[g].start > h.start && datives[string(firstWordOf(text[h.end:]))] {
					g = hs.nearest(i, patGroup, 16, 0)
				}
				// (patGroupFirst: the group named before it in its
				// sentence, its subject: not "Some drunk men behave like
				// animals towards women", "Meine Mutter war krank im
				// Kopf, die Frauen im Pflegeheim…".)
				// Nor with a clause of report, a partitive or a person
				// between them ("The refugees told us the guards behave
				// like animals", "Les migrants racontent que les passeurs
				// …", "Die Flüchtlinge … manche sind krank im Kopf").
				if m.class == patGroupFirst {
					if g = hs.nearest(i, patGroup, 16, 0); g >= 0 && (sentencesBetween(n, hits[g].end, h.start) > 0 || otherSubject(text[hits[g].end:h.start]) || hs.nearest(i, patPerson, 16, 0) > g) {
						g = -1
					}
				}
				if g < 0 || speciesWords[string(lastWord(text[:hits[g].start]))] || speciesWords[string(firstWordOf(text[hits[g].end:]))] || !own(i) || negatedBefore(n, h.start) || notTrueBefore(n, h.start) || saidByOthersBefore(n, h.start) || toldInSubjunctive(text[:h.start]) || condemnsPrejudice(text) || groupFeels(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hateful generalisation about a group of people"
			case patGroupIs:
				// What a group is said to be or should do, the group its
				// subject, named as a noun right before it (a word at most
				// between, its verb or an adverb): "L'islam est
				// une maladie", "Los viejos deberían morirse ya", "I
				// disabili sono un costo enorme". Not a group named in
				// passing ("Per gli anziani la solitudine è una malattia",
				// "For gay teenagers, bullying is a cancer"), an adjective
				// ("Los árboles viejos deberían morirse"), denied, or said
				// not true before it in its sentence ("Non è vero che le
				// donne non sono fatte per dirigere").
				g := hs.nearest(i, patGroup, 2, 0)
				if g < 0 {
					g = hs.nearest(i, patAgeGroup, 2, 0)
				}
				if g < 0 || commaBetween(n, hits[g].end, h.start) || !groupAsNoun(n, hits[g].start) || !own(i) || negatedBefore(n, h.start) || notTrueBefore(n, h.start) || saidByOthersBefore(n, h.start) || groupFeels(i) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hateful generalisation about a group of people"
			case patUnfit:
				// A group said unfit for a work, the work named by a
				// person's noun right after: "Women shouldn't be
				// paramedics", "les femmes ne devraient pas être
				// commissaires". Not what a group should not be made to
				// suffer ("migrants shouldn't be treated like criminals":
				// no person's noun right after), nor denied.
				// The work ends its clause: not "shouldn't be patients
				// on a mixed ward", "ne devraient pas être employés sans
				// contrat", nor "Women shouldn't be paramedics' punching
				// bags".
				// German puts the verb last, after where the work is done:
				// "Schwule sollten keine Lehrer an Grundschulen sein".
				p := hs.nearest(i, patPerson, 0, 2)
				if !near(i, patGroup, 2, 0) || p < 0 || !clauseEnds(n, hits[p].end) && !verbEndsClause(n, hits[p].end) || notWorks[string(text[hits[p].start:hits[p].end])] || !own(i) || negatedBefore(n, h.start) || condemnsPrejudice(text) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hateful generalisation about a group of people"
			case patAllOf:
				// "All immigrants are criminals", "Alle Ausländer sind
				// faul und kriminell": the quantifier right before the
				// group, the group the subject of a verb of being, a
				// judgement right after that verb. Not a judgement
				// further on ("all migrants are victims of criminals"),
				// nor denied ("Not all immigrants are criminals"), nor
				// said not true or told as others' words.
				// (Where the group is may come between: "die ganzen
				// Ausländer im Amt sind faul", "all the immigrants in
				// this town are criminals".)
				g := hs.nearest(i, patGroup, 0, 2)
				if g < 0 {
					continue
				}
				be := beingAfter(n, hits[g].end)
				if be < 0 {
					continue
				}
				// Between the verb and the judgement, words of emphasis
				// only ("sont que des voleurs", "are nothing but
				// terrorists"); no negation from the quantifier on
				// ("Alle Ausländer sind keine Verbrecher", "Todos los
				// inmigrantes no son delincuentes"); not a question or an
				// irony ("Comme si tous les migrants étaient des
				// criminels !"), nor others' view told ("… sont des
				// fraudeurs pour eux").
				judged := -1
				for _, c := range [...]uint8{patBad, patInsult, patAnimal} {
					if j := hs.nearest(g, c, 0, 7); j >= 0 && hits[j].start > be && onlyEmphasis(text[be:hits[j].start]) {
						judged = j
						break
					}
				}
				if judged < 0 || !own(i) || negatedBefore(n, h.start) || notTrueBefore(n, h.start) || saidByOthersBefore(n, h.start) || condemnsPrejudice(text) ||
					negatedWithin(text[h.start:hits[judged].start]) || asIfBefore(text[:h.start]) || othersViewAfter(text[hits[judged].end:]) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hateful generalisation about a group of people"
			case patAll:
				// "les migrants sont tous reçus le mardi" is not hate;
				// "sont tous des voleurs" is.
				// Nor "ne sont pas tous des voleurs", "no son todos
				// ladrones": a generalisation denied.
				// The group may be the subject of the clause before in
				// its sentence, the verb's own left out: "Os ciganos
				// deviam ser proibidos de viver nos bairros sociais,
				// são todos uns parasitas" (the group opening the
				// sentence, no person named between; not "I volunteer
				// with refugees, and at the Home Office they are all
				// idiots").
				groupBefore := near(i, patGroup, 5, 0)
				if g := hs.nearest(i, patGroup, 16, 0); !groupBefore && g >= 0 && sentencesBetween(n, hits[g].end, h.start) == 0 && hs.nearest(i, patPerson, int32(h.w0-hits[g].w1), 0) < 0 && groupOpensSentence(n, hits[g].start) {
					groupBefore = true
				}
				if !groupBefore || !own(i) || !near(i, patBad, 0, 4) && !near(i, patInsult, 0, 4) && !near(i, patAnimal, 0, 4) || negatedBefore(n, h.start) || condemnsPrejudice(text) {
					continue
				}
				f.kind, f.severity, f.reason = KindAbuse, SeverityCritical, "hateful generalisation about a group of people"
			default:
				continue
			}
			out = append(out, f)
		}
	}
	return out
}

// subjectBefore reports whether a word ending at word index w1 (byte end
// in the normalized text) is the subject of the phrase starting at word
// w0 (byte start): right before it, or before where it is, with no mark
// between ("the woman at the counter is"; with elsewhere, in the other
// languages too: "l'impiegata dell'anagrafe è"). personCopula reads
// English's prepositions only, patDim all.
func subjectBefore(n *normalized, w1, end, w0, start int32, elsewhere bool) bool {
	gap := w0 - 1 - w1
	if gap == 0 {
		return true
	}
	w, _ := firstWord(n.text[end:])
	return gap > 0 && gap <= 4 && (wherePrepositions[string(w)] || elsewhere && wherePrepositionsElsewhere[string(w)]) && !strings.ContainsAny(n.src[n.pos[end-1]:n.pos[start]], ",;:.!?()\n")
}

// wherePrepositionsElsewhere are wherePrepositions in the other languages
// (folded): "l'impiegata dell'anagrafe è", "der Mann vom Amt ist".
var wherePrepositionsElsewhere = map[string]bool{"dell": true, "della": true, "del": true, "de": true, "du": true, "vom": true, "beim": true, "am": true, "da": true, "do": true}

// notParticiples are folded words ending in -ing that are no participle
// of what the reader does: "shoot every one of you during the meeting"
// is a threat, "shoot all of you dancing" a film.
var notParticiples = map[string]bool{
	"during": true, "morning": true, "evening": true, "meeting": true, "nothing": true, "something": true,
	"anything": true, "everything": true, "building": true, "thing": true, "king": true, "spring": true,
}

// treatedAs reports whether before, the text before an insult, ends with
// "comme à" (as to a …): how someone spoke to the writer, "elle vous
// parle comme à un demeuré"; so in the other languages ("me habló como a
// una idiota", "mi ha parlato come a una stupida", "er hat mit mir
// geredet wie mit einem Idioten", "she spoke to me like I was an idiot",
// "falou comigo como se eu fosse uma idiota").
//
// Or "pour" after prendre with the writer or the reader as its object:
// "vous nous prenez pour des demeurés ?", "il m'a pris pour un demeuré"
// (not "il se prend pour un ministre", what he thinks he is).
//
// The article may be the insult's hit's or before it ("comme à une
// idiote").
func treatedAs(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	if treatedAt(before) {
		// Not the writer speaking so to the reader: "Madame, je vous
		// parle comme à une demeurée".
		_, writer := spokenTo(before)
		return !writer
	}
	w := lastWord(before)
	if !articlesTreated[string(w)] {
		return false
	}
	// Across the article, the writer or the reader spoken to so: "on
	// m'a parlé comme à une idiote", "me habló como a una idiota"; not
	// whoever else ("je lui parle comme à une gamine"), nor the writer
	// to the reader ("je vous traite comme à un abruti").
	before = bytes.TrimRight(before[:len(before)-len(w)], " ")
	if !treatedAt(before) {
		return false
	}
	object, writer := spokenTo(before)
	return object && !writer
}

// spokenTo reports whether the eight words before the end of the
// normalized text b hold the writer or the reader as an object pronoun,
// and whether the writer is its subject, right before it ("je vous
// parle").
func spokenTo(b []byte) (object, writer bool) {
	for i, n := len(b), 0; i > 0 && n < 8; n++ {
		v := lastWord(b[:i])
		if len(v) == 0 {
			break
		}
		i = len(bytes.TrimRight(b[:i-len(v)], " "))
		if treatedObjects[string(v)] {
			return true, writerSubjects[string(lastWord(b[:i]))]
		}
	}
	return false, false
}

// treatedObjects are the folded pronouns of the writer and the reader
// spoken to or treated, which treatedAs seeks before the insult's
// article.
var treatedObjects = map[string]bool{
	"m": true, "me": true, "moi": true, "nous": true, "vous": true, "mi": true, "ci": true, "nos": true, "mich": true, "mir": true, "uns": true,
	"us": true, "comigo": true, "connosco": true, "conmigo": true,
}

// writerSubjects are the folded pronouns of the writer as a subject,
// before the object pronoun of treatedAs.
var writerSubjects = map[string]bool{"je": true, "j": true, "yo": true, "io": true, "i": true, "eu": true, "ich": true}

// treatedAt is treatedAs on the text before the insult's article.
func treatedAt(before []byte) bool {
	w := lastWord(before)
	before = bytes.TrimRight(before[:len(before)-len(w)], " ")
	v := lastWord(before)
	switch string(w) {
	case "a":
		return string(v) == "comme" || string(v) == "como" || string(v) == "come"
	case "mit":
		return string(v) == "wie"
	case "was", "were", "am", "m":
		// "like I was", "as if we were", "like I'm"
		u := lastWord(bytes.TrimRight(before[:len(before)-len(v)], " "))
		return (string(v) == "i" || string(v) == "we") && (string(u) == "like" || string(u) == "if")
	case "fosse", "fossi", "fuera", "fuese", "etais":
		// "como se eu fosse", "come se io fossi", "como si yo fuera",
		// "comme si j'étais": the writer, said ("como si fuera un
		// imbécil" may be said of the reader).
		if !firstPersons[string(v)] {
			return false
		}
		v = lastWord(bytes.TrimRight(before[:len(before)-len(v)], " "))
		return string(v) == "se" || string(v) == "si"
	case "fossimo", "fueramos", "etions":
		// "come se fossimo", "como si fuéramos", "comme si nous étions"
		if string(v) == "noi" || string(v) == "nosotros" || string(v) == "nous" {
			v = lastWord(bytes.TrimRight(before[:len(before)-len(v)], " "))
		}
		return string(v) == "se" || string(v) == "si"
	case "pour":
		if !takenFor[string(v)] {
			return false
		}
		before = bytes.TrimRight(before[:len(before)-len(v)], " ")
		o := lastWord(before)
		if string(o) == "a" || string(o) == "ai" || string(o) == "ont" { // "il m'a pris"
			before = bytes.TrimRight(before[:len(before)-len(o)], " ")
			o = lastWord(before)
		}
		return takenObjects[string(o)]
	}
	return false
}

// agreedAfter reports whether the writer agrees, in the normalized text
// of n after byte from, in the sentence or the next, with what he
// reported: "Mon voisin a dit que les immigrés sont des parasites, et il
// a bien raison", "…and he's right", "tiene toda la razón", "ha
// ragione", "I agree" (as endorsed does for quotations); not denied just
// before or after ("I never agreed", "Das stimmt nicht").
func agreedAfter(n *normalized, from int32) bool {
	var prev, prev2, prev3 []byte
	for rest := n.text[from:]; len(rest) > 0; {
		var w []byte
		w, rest = firstWord(rest)
		if len(w) == 0 {
			break
		}
		at := int32(len(n.text) - len(rest) - len(w))
		if sentencesBetween(n, from, at) > 1 {
			break
		}
		next, _ := firstWord(rest)
		// Denied before or after it ("I never agreed", "Das stimmt
		// nicht"); not "à raison de" (at a rate of).
		denied := negationWords[string(prev)] || negationWords[string(prev2)] || negationWords[string(next)] || string(next) == "de" || string(next) == "del"
		switch {
		case agreeWords[string(w)] && !denied:
			return true
		case rightWords[string(w)] && (haveWords[string(prev)] || haveWords[string(prev2)] || string(prev) == "la" && haveWords[string(prev3)]) && !denied:
			return true
		case string(w) == "right" && (string(prev) == "s" || string(prev) == "is") && !denied:
			return true
		}
		prev3, prev2, prev = prev2, prev, w
	}
	return false
}

// genericReports are the plain verbs of saying among the report cues,
// which reported honours in their own sentence only.
var genericReports = map[string]bool{
	"a dit que": true, "disait que": true, "said that": true, "dire che": true, "ha detto che": true, "disse que": true, "dijo que": true, "sagte dass": true,
}

// negationWords are the normalized negations agreedAfter reads around a
// word of agreement.
var negationWords = map[string]bool{"pas": true, "not": true, "t": true, "no": true, "non": true, "nicht": true, "nao": true, "don": true, "never": true, "jamais": true, "nunca": true, "nie": true, "mai": true}

// groupAsNoun reports whether the group word at normalized byte at is
// named as a noun: after an article, a demonstrative or a quantifier, or
// opening its sentence ("Los viejos…", "L'islam…", "Behinderte kosten…";
// not "los árboles viejos"); not after a preposition, the object of
// another noun ("Die Kosten für die Flüchtlinge sind nur eine Last",
// round 40's review).
func groupAsNoun(n *normalized, at int32) bool {
	before := bytes.TrimRight(n.text[:at], " ")
	w := lastWord(before)
	if groupDeterminers[string(w)] {
		det := int32(len(before) - len(w))
		if p, b := cutLastWord(before[:det]); groupPrepositions[string(p)] && sentencesBetween(n, int32(len(b)+len(p)), det) == 0 {
			return false
		}
		return true
	}
	return len(w) == 0 || sentencesBetween(n, int32(len(before)), at) > 0
}

// triedBefore reports whether a verb of trying in the past stands among
// the three words before, the normalized text before a hit: "ont essayé
// de", "tried to", "intentaron".
func triedBefore(before []byte) bool { return amongLastWords(before, 3, triedWords) }

// amongLastWords reports whether one of the last n words of before, a
// normalized text, is in words.
func amongLastWords(before []byte, n int, words map[string]bool) bool {
	w, b := cutLastWord(before)
	for k := 0; k < n && len(w) > 0; k++ {
		if words[string(w)] {
			return true
		}
		w, b = cutLastWord(b)
	}
	return false
}

// triedWords are the normalized verbs of trying in the past of
// triedBefore.
var triedWords = map[string]bool{
	"essaye": true, "essayaient": true, "essayait": true, "tente": true, "tentaient": true, "tried": true,
	"intentaron": true, "intento": true, "intentaban": true, "versucht": true, "versuchten": true,
	"provato": true, "tentato": true, "cercato": true, "tentaram": true, "tentou": true,
}

// saidByOthersBefore reports whether the claim before normalized byte at,
// in its sentence, is told as others' words: "que", "that", "che", "dass"
// right after a verb of saying or writing, no first person among the
// three words before the verb ("Ceux qui disent que les réfugiés sont
// des envahisseurs devraient…", "Chi dice che…", "on pouvait lire que…";
// not "je dis que", "I've always said that", nor what everyone or
// someone vague says, a disguise: "tout le monde dit que", "people say
// that", "on dit que"). Round 40's review: the counter-speech of every
// language was rejected.
func saidByOthersBefore(n *normalized, at int32) bool {
	var prev [4][]byte // the four words before w, nearest first: the verb, then the three before it
	for rest := n.text[:at]; len(rest) > 0; {
		var w []byte
		w, rest = firstWord(rest)
		if len(w) == 0 {
			break
		}
		if claimWords[string(w)] && othersSayWords[string(prev[0])] && !firstPerson[string(prev[1])] && !firstPerson[string(prev[2])] && !firstPerson[string(prev[3])] && !vagueSpeakers[string(prev[1])] && !everyoneWords[string(prev[1])] {
			start := int32(len(n.text[:at]) - len(rest) - len(w))
			if sentencesBetween(n, start+1, at) == 0 && !colonBetween(n.src[n.pos[start]:n.pos[at]]) {
				return true
			}
		}
		prev[3], prev[2], prev[1], prev[0] = prev[2], prev[1], prev[0], w
	}
	return false
}

// everyoneWords, normalized, say everyone before a verb of saying: "tout
// le monde dit", "everyone says", "la gente dice".
var everyoneWords = map[string]bool{"monde": true, "everyone": true, "everybody": true, "gente": true, "tutti": true, "todos": true, "alle": true, "man": true, "leute": true, "todo": true}

// othersSayWords are the normalized verbs of saying and writing that tell
// a claim as others' in saidByOthersBefore.
// (Not the imperfect, a saying someone always had and a disguise, as
// endorsed reads for quotations: "Mon père disait que…", "Meu avô dizia
// que…".)
var othersSayWords = map[string]bool{
	"disent": true, "dit": true, "pretendent": true, "lire": true, "ecrit": true,
	"say": true, "says": true, "said": true, "claim": true, "claims": true, "wrote": true, "written": true,
	"dicen": true, "diga": true, "digan": true, "dijo": true,
	"dice": true, "dicono": true, "scrive": true, "scritto": true,
	"dizem": true, "diz": true, "disse": true,
	"sagen": true, "sagt": true, "sagte": true, "sagten": true, "behaupten": true, "behauptet": true,
}

// colonBetween reports whether s holds a colon that opens what follows
// it, a space or its end after it: not a time's ("9:30").
func colonBetween(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; i = strings.IndexByte(s, ':') {
		if i+1 == len(s) || s[i+1] == ' ' {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// toldInSubjunctive reports whether German's subjunctive of report in
// the plural, "seien", stands among the two words before, the normalized
// text before a hit: what someone said, told ("Behinderte seien nur eine
// Last"). (Not "sei", Italian's "you are".)
func toldInSubjunctive(before []byte) bool { return amongLastWords(before, 2, subjunctiveOfReport) }

// subjunctiveOfReport holds German's subjunctive of report in the plural.
var subjunctiveOfReport = map[string]bool{"seien": true}

// groupPrepositions are the normalized prepositions that make the group
// after them and its determiner another noun's object.
// (Not "of", "von": partitive, "Most of the gays are…".)
var groupPrepositions = map[string]bool{"fur": true, "for": true, "pour": true, "para": true, "per": true, "mit": true, "with": true, "avec": true, "con": true, "com": true}

// groupDeterminers are the normalized words before a group named as a
// noun.
var groupDeterminers = map[string]bool{
	"les": true, "l": true, "des": true, "ces": true, "tous": true, "toutes": true, "the": true, "these": true, "those": true, "all": true,
	"los": true, "las": true, "esos": true, "esas": true, "estos": true, "estas": true, "todos": true, "todas": true,
	"gli": true, "i": true, "le": true, "questi": true, "quelli": true, "tutti": true, "tutte": true, "il": true, "la": true,
	"die": true, "der": true, "das": true, "alle": true, "diese": true, "os": true, "as": true, "esses": true, "essas": true, "o": true, "a": true,
	"el": true, "lo": true,
}

// notTrueBefore reports whether a claim is said not true in the sentence
// of normalized byte at, before it: "Non è vero che…", "it's not true
// that…", "ce n'est pas vrai que…", "Es stimmt nicht, dass…", "Es ist
// nicht wahr, dass…"; no colon between.
func notTrueBefore(n *normalized, at int32) bool {
	var prev, prev2, prev3 []byte
	for rest := n.text[:at]; len(rest) > 0; {
		var w []byte
		w, rest = firstWord(rest)
		if len(w) == 0 {
			break
		}
		start := int32(len(n.text[:at]) - len(rest) - len(w))
		// (Not across a colon, which opens the writer's own claim: "It
		// is not true that we should tolerate them: Muslims are
		// invaders", round 40's review; a time's is none, "9:30".)
		if claimWords[string(w)] && (claimTruths[string(prev)] && (claimNegations[string(prev2)] || claimNegations[string(prev3)]) || string(prev) == "nicht" && string(prev2) == "stimmt") &&
			sentencesBetween(n, start+1, at) == 0 && !colonBetween(n.src[n.pos[start]:n.pos[at]]) {
			return true
		}
		prev3, prev2, prev = prev2, prev, w
	}
	return false
}

// feelWords are the normalized verbs of a group's own feeling or
// thought, for groupFeels.
var feelWords = map[string]bool{
	"sentem": true, "sentent": true, "sienten": true, "sentono": true, "feel": true, "feels": true, "fuhlen": true,
	"pensent": true, "creen": true, "acham": true, "pensano": true, "think": true, "believe": true, "croient": true, "glauben": true,
}

// claimWords, claimTruths and claimNegations are the normalized words of
// a claim said not true in notTrueBefore: "que", "vero", "non".
// (claimWords open what someone said too, in saidBySomeoneElse: "m'a dit
// que j'étais « … »".)
var (
	claimWords     = map[string]bool{"que": true, "che": true, "that": true, "dass": true, "qu": true}
	claimTruths    = map[string]bool{"vero": true, "verdad": true, "verdade": true, "vrai": true, "true": true, "cierto": true, "certo": true, "wahr": true}
	claimNegations = map[string]bool{"non": true, "no": true, "nao": true, "pas": true, "not": true, "t": true, "nem": true, "nicht": true}
)

// reflexiveDying reports whether the death of ill pattern p is Spanish
// morirse's, its "se" right before it (before, the normalized text before
// the hit), no self harm: "ojalá se muera la funcionaria".
func reflexiveDying(p string, before []byte) bool {
	switch p {
	case "muera", "mueran":
		return string(lastWord(before)) == "se"
	}
	return false
}

// thirdPersonWished reports whether between, the normalized words
// between a wish and the harm wished, is a pronoun of a third person:
// "ojalá le dé un infarto", "spero che le venga"; a subject pronoun may
// have one word more after it, "I hope he finally gets cancer",
// "j'espère qu'il aura un accident". (Not an article or a possessive
// before a noun: "que les rats crèvent", "her dog".) A wish that opens
// on the French subjunctive's pronoun, "qu'elle attrape un cancer", is
// aimed by it (patterns starting "qu ") when it opens its clause: not
// "j'ai peur qu'il attrape un cancer".
func thirdPersonWished(between []byte) bool {
	w, rest := firstWord(between)
	subject, ok := thirdPersons[string(w)]
	if !ok {
		return false
	}
	w, rest = firstWord(rest)
	if len(w) == 0 {
		return true
	}
	w, _ = firstWord(rest)
	return subject && len(w) == 0
}

// thirdPersons are the normalized pronouns of a third person, true for a
// subject that is no article nor possessive, of thirdPersonWished.
var thirdPersons = map[string]bool{
	"il": true, "elle": true, "ils": true, "elles": true, "lui": false, "leur": false,
	"he": true, "she": true, "they": true, "him": false, "her": false, "them": false,
	"le": false, "les": false, "el": false, "ella": true, "ellos": true, "ellas": true,
	"gli": false, "lei": true, "loro": false,
	"er": true, "ihm": false, "ihr": false, // (not "sie": "Ich hoffe, Sie überfahren niemanden")
	"lhe": false, "lhes": false, "ele": true, "ela": true, "eles": true, "elas": true,
}

// careWords are the normalized words that make an illness named right
// before them a care's, a pay's or a matter of health ("I hope he gets
// cancer treatment soon", "sick pay", "a tumour removed", "un cancer
// dépisté tôt"): no harm wished.
var careWords = map[string]bool{
	"treatment": true, "treatments": true, "care": true, "screening": true, "specialist": true, "diagnosis": true, "test": true, "tests": true, "nurse": true, "ward": true, "unit": true, "patients": true, "patient": true, "plan": true, "scan": true,
	"pay": true, "removed": true, "checkup": true, "research": true, "referral": true, "diagnosed": true, "detected": true,
	"traitement": true, "depistage": true, "soins": true, "depiste": true, "detecte": true,
	"tratamiento": true, "trattamento": true, "tratamento": true, "behandlung": true, "erkannt": true, "diagnostiziert": true,
}

// firstWordOf returns the first word of b, a normalized text.
func firstWordOf(b []byte) []byte {
	w, _ := firstWord(b)
	return w
}

// careAfter reports whether the words right after normalized byte end,
// the end of illness pattern p, make it a care's (careWords), with no
// mark between: "cancer treatment", "falls ill less often", "un AVC pris
// en charge", "sick leave", "sick people" (after "sick" only: not "I hope
// you get cancer, people like you deserve it").
func careAfter(n *normalized, end int32, p string) bool {
	if end <= 0 || int(end) >= len(n.pos) {
		return false
	}
	rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[end-1]):], " ")
	if rest == "" || !isAlnumASCII(rest[0]) && rest[0] < 0x80 {
		return false
	}
	w1, tail := firstWord(n.text[end:])
	w2, _ := firstWord(tail)
	switch a, b := string(w1), string(w2); {
	case careWords[a]:
		return true
	case a == "less" && b == "often", a == "moins" && b == "souvent", (a == "pris" || a == "prise") && b == "en":
		return true
	case a == "leave" || a == "people" || a == "note":
		return strings.HasSuffix(p, "sick")
	}
	return false
}

// warnedInSentence reports whether a warning stands within twelve words
// before hit i in its sentence and ends its clause right before it, only
// marks or a word of cause between: "that social worker better watch
// out, (because) I know where she lives"; not "she said to watch out for
// scams; I know where she lives", nor "deve stare attenta alle scale
// rotte, so dove abita".
func warnedInSentence(hs hitSet, n *normalized, i int) bool {
	j := hs.nearest(i, patWarn, 12, 0)
	if j < 0 || sentencesBetween(n, hs.hits[j].end, hs.hits[i].start) != 0 {
		return false
	}
	for rest := n.text[hs.hits[j].end:hs.hits[i].start]; ; {
		var w []byte
		if w, rest = firstWord(rest); len(w) == 0 {
			return true
		}
		if !causeWords[string(w)] {
			return false
		}
	}
}

// causeWords are the normalized words of cause that may stand between a
// warning and what the writer knows: "because", "car", "perché".
var causeWords = map[string]bool{"because": true, "cause": true, "cos": true, "coz": true, "car": true, "parce": true, "que": true, "perche": true, "weil": true, "denn": true, "porque": true, "pois": true, "as": true}

// speciesWords are the normalized nouns of insects and plants that an
// origin's adjective goes with, which is then no group of people: "les
// frelons asiatiques", "Asian hornets", "le moustique tigre".
var speciesWords = map[string]bool{
	"frelon": true, "frelons": true, "moustique": true, "moustiques": true, "tigre": true, "tigres": true, "coccinelle": true, "coccinelles": true, "punaises": true, "renouee": true,
	"hornet": true, "hornets": true, "mosquito": true, "mosquitoes": true, "mosquitos": true, "knotweed": true, "ladybirds": true,
	"avispa": true, "avispas": true, "calabrone": true, "calabroni": true, "zanzara": true, "zanzare": true, "vespa": true, "vespe": true,
	"hornisse": true, "hornissen": true, "mucke": true, "mucken": true, "vespas": true,
}

// clauseOpens reports whether normalized byte at opens a clause: the
// text's start, a mark before it ("Mon rêve : qu'il…"), or "et", "mais"
// after one.
func clauseOpens(n *normalized, at int32) bool {
	if at <= 0 || int(at) >= len(n.pos) {
		return true
	}
	before := strings.TrimRight(n.src[:n.pos[at]], " ")
	if before == "" || strings.ContainsRune(".!?,;:\n", rune(before[len(before)-1])) {
		return true
	}
	w := strings.ToLower(before[strings.LastIndexAny(before, " .!?,;:\n")+1:])
	return (w == "et" || w == "mais") && clauseOpens(n, at-int32(len(w))-1)
}

// selfAfter reports whether a word for oneself (se, me) follows hit i
// within two words in its clause: "qu'il se fasse écraser" is read before
// it, "un infarto, se lo merita" (he deserves it) is the next clause.
func selfAfter(hs hitSet, n *normalized, i int) bool {
	j := hs.nearest(i, patSelf, 0, 2)
	if j < 0 {
		return false
	}
	from, to := hs.hits[i].end, hs.hits[j].start
	if from <= 0 || to <= from || int(to) >= len(n.pos) {
		return true
	}
	// Nor a second wish joined to the first: "que le dé un cáncer y se
	// muera" (and dies).
	if w := lastWord(n.text[from:to]); andWords[string(w)] {
		return false
	}
	return !strings.ContainsAny(n.src[n.pos[from-1]:n.pos[to]], ",;:.!?")
}

// inRelative reports whether the nearest hit of class within before
// words before hit i stands in a relative clause of a person named
// before it: a relative pronoun at most six words before it (three
// until round 40: "la gestionnaire qui a refusé l'AAH de mon fils
// attrapera un cancer"), a person's noun before that ("l'agent qui a
// refusé mon dossier attrapera un cancer", "a funcionária que me atendeu
// apanhe uma doença"): the writer's dossier or the writer served, not
// the writer's own harm. Beyond three words, the clause holds no comma
// or full stop.
func inRelative(hs hitSet, n *normalized, i int, class uint8, before int32) bool {
	j := hs.nearest(i, class, before, 0)
	if j < 0 {
		return false
	}
	b := n.text[:hs.hits[j].start]
	for k := int32(1); k <= 6; k++ {
		var w []byte
		if w, b = cutLastWord(b); len(w) == 0 {
			return false
		}
		if k > 3 && strings.ContainsAny(n.src[n.pos[len(b)]:n.pos[hs.hits[j].start]], ",;:.!?") {
			return false
		}
		if relativePronouns[string(w)] || string(w) == "che" {
			// Not a conjunction's ("prima che mi venga un infarto",
			// "avant que", "so that").
			if conjunctionHeads[string(lastWord(b))] {
				return false
			}
			// The person ends before the pronoun, four words at most:
			// "l'agent de la CAF qui a refusé mon dossier".
			rel := hs.hits[j].w0 - k
			for _, h := range hs.hits {
				if h.w1 < rel && h.w1 >= rel-4 && hs.a.has(h.id, patPerson) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// groupOpensSentence reports whether the group word at normalized byte at
// opens its sentence (startsSentence), a determiner (groupDeterminers) at
// most before it: "Os ciganos…", "Those immigrants…", "Refugees…".
func groupOpensSentence(n *normalized, at int32) bool {
	if startsSentence(n, at) {
		return true
	}
	before := bytes.TrimRight(n.text[:at], " ")
	w := lastWord(before)
	return len(w) > 0 && groupDeterminers[string(w)] && startsSentence(n, int32(len(before)-len(w)))
}

// conjunctionHeads are the normalized words that make a conjunction of
// "que", "che", "that" after them: "avant que", "prima che", "so that".
var conjunctionHeads = map[string]bool{
	"avant": true, "pour": true, "parce": true, "afin": true, "sans": true, "bien": true, "alors": true, "tandis": true, "pendant": true,
	"prima": true, "perche": true, "senza": true, "affinche": true, "dopo": true, "antes": true, "para": true, "despues": true, "sin": true, "ya": true,
	"so": true, "now": true, "such": true, "except": true, "given": true,
}

// datives are the normalized words before whom something is done to.
var datives = map[string]bool{"a": true, "aux": true, "au": true, "ai": true, "agli": true, "alle": true, "as": true, "aos": true, "para": true, "fur": true, "to": true, "for": true, "pour": true}

// andWords are the normalized words that join a second verb to a first.
var andWords = map[string]bool{"y": true, "e": true, "and": true, "et": true, "und": true}

// hurtForetold reports whether threat pattern p foretells someone hurt
// with no harm done by anyone ("someone is going to get hurt", "alguém
// vai se machucar").
func hurtForetold(p string) bool {
	return strings.HasSuffix(p, "get hurt") || strings.HasSuffix(p, "se machucar") || strings.HasSuffix(p, "sair magoado") || strings.HasSuffix(p, "salir herido")
}

// hazardBefore reports whether a hazard of the road or of a building is
// named in the normalized text of n before byte at, in its sentence or
// the two before: "the crossing patrol has been cut", "the broken
// streetlight… Still dark.", "le trottoir est défoncé".
func hazardBefore(n *normalized, at int32) bool {
	b := n.text[:at]
	for i := len(b); i > 0; {
		w := lastWord(b[:i])
		if len(w) == 0 {
			break
		}
		start := int32(len(bytes.TrimRight(b[:i], " ")) - len(w))
		if sentencesBetween(n, start+1, at) > 2 {
			break
		}
		if hazardWords[string(w)] {
			return true
		}
		i = int(start)
	}
	return false
}

// hazardWords are the normalized nouns of hazards of hazardBefore.
var hazardWords = map[string]bool{
	"crossing": true, "road": true, "junction": true, "traffic": true, "pavement": true, "stairs": true, "steps": true, "pothole": true, "potholes": true,
	"streetlight": true, "streetlights": true, "lights": true, "ice": true, "kerb": true, "playground": true, "handrail": true, "railing": true, "ceiling": true, "roof": true, "bridge": true,
	"trottoir": true, "passage": true, "carrefour": true, "route": true, "escalier": true, "eclairage": true, "verglas": true, "plafond": true, "chaussee": true, "lampadaire": true, "rampe": true,
	"carretera": true, "acera": true, "escalera": true, "bache": true, "baches": true, "farola": true, "cruce": true,
	"strada": true, "marciapiede": true, "scala": true, "buca": true, "buche": true, "incrocio": true, "lampione": true,
	"strasse": true, "kreuzung": true, "treppe": true, "schlagloch": true, "gehweg": true, "ampel": true,
	"estrada": true, "passeio": true, "escada": true, "buraco": true, "passadeira": true, "cruzamento": true,
}

// firstPersons are the folded pronouns of the writer before a
// subjunctive in treatedAt.
var firstPersons = map[string]bool{"eu": true, "io": true, "yo": true, "j": true}

// articlesTreated are the folded articles treatedAs reads over.
var articlesTreated = map[string]bool{
	"un": true, "une": true, "des": true, "d": true, "a": true, "an": true, "una": true, "uno": true,
	"um": true, "uma": true, "einem": true, "einer": true, "ein": true, "eine": true, "einen": true,
}

// takenFor are the forms of prendre before "pour" in treatedAs, folded.
var takenFor = map[string]bool{"prend": true, "prends": true, "prenez": true, "prennent": true, "prenait": true, "prenaient": true, "pris": true, "prise": true, "prendre": true}

// takenObjects are the writer and the reader as prendre's object.
var takenObjects = map[string]bool{"nous": true, "me": true, "m": true, "vous": true}

// passiveWords start the words of a report whose subject was called a
// name: "I was called a …", "j'ai été traité de", "je me suis fait
// traiter de".
var passiveWords = map[string]bool{"was": true, "were": true, "been": true, "got": true, "get": true, "gets": true, "ete": true, "fait": true}

// staffPlaceAfter reports whether rest, the text after a hit, starts
// with a place where staff sit: "à l'agence", "au guichet", "at the
// desk".
func staffPlaceAfter(rest []byte) bool {
	w, rest := firstWord(rest)
	if string(w) != "a" && string(w) != "au" && string(w) != "at" {
		return false
	}
	w, rest = firstWord(rest)
	if string(w) == "l" || string(w) == "la" || string(w) == "the" || string(w) == "your" || string(w) == "votre" {
		w, _ = firstWord(rest)
	}
	return staffPlaces[string(w)]
}

// staffPlaces are where staff sit, folded.
var staffPlaces = map[string]bool{
	"agence": true, "guichet": true, "guichets": true, "accueil": true, "bureau": true, "bureaux": true,
	"office": true, "desk": true, "counter": true, "jobcentre": true, "caf": true, "cpam": true,
}

// phraseBreak reports whether src holds a mark that ends a phrase, one
// followed by a space (", ", "; ", "! "): not a mark that stands for a
// letter ("v!eux sch.nock").
func phraseBreak(src string) bool {
	for i := 0; i+1 < len(src); i++ {
		switch src[i] {
		case ',', ';', ':', '!', '?', '.':
			if src[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// fireObject reports whether between, the normalized text between a
// word of fire and a building, holds an article or no word: the building
// is what burns ("je brûle la mairie", "je brûle l'école").
func fireObject(between []byte) bool {
	// The rest of the word a stem matched ("brûl*"): "brûl|e la mairie".
	if i := bytes.IndexByte(between, ' '); i > 0 {
		between = between[i:]
	}
	w, rest := firstWord(between)
	if len(w) == 0 {
		return true
	}
	if w2, _ := firstWord(rest); len(w2) > 0 {
		return false
	}
	return fireArticles[string(w)]
}

var fireArticles = map[string]bool{"la": true, "le": true, "l": true, "les": true, "votre": true, "vos": true, "ta": true, "ton": true, "cette": true, "ce": true, "cet": true, "leur": true}

// bareCopulas are the copulas that say nothing of their subject, which
// must then be a person's noun, right before them or before where the
// person is (personCopula).
var bareCopulas = map[string]bool{"are": true, "were": true, "are all": true, "were all": true}

// wherePrepositions say where a person is, between his noun and a bare
// copula ("the staff in Antibes are", "the staff at the desk are").
var wherePrepositions = map[string]bool{"in": true, "at": true, "on": true, "of": true, "from": true, "behind": true}

// kinWords are the writer's relatives, folded, whom someone may call
// names: "called my wife a …".
var kinWords = map[string]bool{
	"wife": true, "husband": true, "partner": true, "mum": true, "mom": true, "mother": true, "dad": true, "father": true,
	"femme": true, "mari": true, "epouse": true, "conjoint": true, "conjointe": true, "compagne": true, "compagnon": true, "mere": true, "pere": true,
}

// conditionOpens reports whether one of the eight words of n before byte
// at, in its sentence, opens a condition: "si", "if", "se", "wenn", "falls", and
// Andalusian "como" ("Como er maestro vuelva a tocá a mi niño, …").
func conditionOpens(n *normalized, at int32) bool {
	before := n.text[:at]
	for k := 0; k < 8; k++ {
		var w []byte
		if w, before = cutLastWord(before); len(w) == 0 {
			return false
		}
		if sentencesBetween(n, int32(len(before))+1, at) > 0 {
			return false // "I don't know if this is normal. With my daughter, …"
		}
		if conditionWords[string(w)] || string(w) == "como" {
			return true
		}
	}
	return false
}

// eatenAnimal reports whether the animal's word of the normalized text
// from start to end is food: a verb of serving or eating, in a tense that
// tells what was done, or a word of meat, at most two small words before
// it, with no mark between ("ils ont servi du porc aux enfants
// musulmans", "hanno servito solo maiale ai bambini musulmani", "they
// only served pork to the Muslim pupils"). Not an order to eat nor a
// use ("Mange, porc de musulman !", "solo sirven de perros"), nor the
// animal of a group after "de", "di", "of" ("servi, ce porc de …").
func eatenAnimal(n *normalized, start, end int32) bool {
	text := n.text
	if after := firstWordOf(text[end:]); ofWords[string(after)] {
		return false
	}
	before := text[:start]
	for k := 0; k < 3; k++ {
		var w []byte
		if w, before = cutLastWord(before); len(w) == 0 {
			return false
		}
		if eatWords[string(w)] {
			return !strings.ContainsAny(n.src[n.pos[len(before)]:n.pos[start]], ",;:.!?()")
		}
		if !mealLinks[string(w)] {
			return false
		}
	}
	return false
}

// eatWords are the folded verbs of serving and eating, in the tenses of
// what was done, and the words of meat; mealLinks the small words between
// them and the animal ("servi du", "served only", "carne di"); ofWords
// the words that make an animal a group's ("porc de", "porci di").
var (
	eatWords = map[string]bool{
		"servi": true, "servie": true, "servis": true, "servait": true, "servaient": true, "viande": true, "jambon": true,
		"served": true, "serving": true, "ate": true, "eaten": true, "meat": true,
		"servido": true, "sirvieron": true, "sirvio": true, "comido": true, "carne": true,
		"servito": true, "serviti": true, "servirono": true, "serviva": true, "servivano": true, "mangiato": true,
		"serviert": true, "servierten": true, "gegessen": true, "fleisch": true,
		"serviram": true, "serviu": true, "comeu": true, "comeram": true,
	}
	mealLinks = map[string]bool{
		"du": true, "de": true, "d": true, "only": true, "just": true, "solo": true, "soltanto": true, "di": true, "del": true,
		"solamente": true, "nur": true, "apenas": true, "some": true, "le": true, "la": true, "il": true, "el": true, "o": true, "the": true,
	}
	ofWords = map[string]bool{"de": true, "di": true, "of": true, "d": true, "do": true, "da": true, "dei": true, "des": true}
)

// ownAnimals are the possessives of the writer, folded: the animal after
// them is his own ("mes chèvres", "our cows", "unsere Schweine", "nuestras
// vacas"; not "ma" nor "mi", which are also "but" and "me").
var ownAnimals = map[string]bool{
	"mon": true, "mes": true, "notre": true, "nos": true, "my": true, "our": true,
	"mis": true, "nuestro": true, "nuestra": true, "nuestros": true, "nuestras": true,
	"mio": true, "mia": true, "miei": true, "mie": true, "nostro": true, "nostra": true, "nostri": true, "nostre": true,
	"mein": true, "meine": true, "meinen": true, "meiner": true, "meinem": true, "unser": true, "unsere": true, "unseren": true, "unserer": true, "unserem": true,
	"meu": true, "minha": true, "meus": true, "minhas": true, "nosso": true, "nossa": true, "nossos": true, "nossas": true,
}

// falseFriends are words of the target lists that are everyday words of
// one language, and no target in a text that may be in it: Portuguese
// "moro" (I live) is no Moor, German "man" (one) no man ("Moro numa
// cidadezinha… a secretária é uma galinha", "darf man Schafe füttern").
var falseFriends = map[string]int{"moro": langIndex("pt"), "man": langIndex("de")}

// friendLangs is the bit set of the languages of falseFriends.
var friendLangs = func() (set uint8) {
	for _, l := range falseFriends {
		set |= 1 << l
	}
	return set
}()

// dropFalseFriends returns hits without the false friends of the
// languages of the bit set langs, filtered in place: the caller keeps
// the slice returned, the hits of the text for every later reading.
func (a *abuse) dropFalseFriends(hits []hit, langs uint8) []hit {
	if langs&friendLangs == 0 {
		return hits
	}
	kept := hits[:0]
	for _, h := range hits {
		// They are people and groups only.
		if a.has(h.id, patPerson) || a.has(h.id, patGroup) {
			if l, ok := falseFriends[a.patterns[h.id]]; ok && langs>>l&1 != 0 {
				continue
			}
		}
		kept = append(kept, h)
	}
	return kept
}

// dropProperNames returns hits without the words that name a town after a
// word of a municipality and its "of", capitalised and with no plural's
// ending: "Comune di Troia", "la commune de Condom", "the town of Twatt"
// (not "Welcome to the City of Idiots"); nor a slur that is a frequent
// surname too, written with a capital and in small letters after it
// ("la dottoressa Negri", "via Ada Negri"; surnameSlurs). Filtered in
// place, as dropFalseFriends does. (A place written so after such a word
// is no one's insult; "Bitche" and "Mâcon" are allowed words of their
// own.)
func dropProperNames(hits []hit, n *normalized) []hit {
	kept := hits[:0]
	for _, h := range hits {
		// (The capital first: most hits are written in lower case.)
		if h.start >= 4 && startsUpper(n.src[n.pos[h.start]:]) && townBefore(n.text[:h.start]) && !strings.Contains(string(n.text[h.start:h.end]), " ") && !pluralEnd(n.text[h.end-1]) {
			continue
		}
		if surnameSlurs[string(n.text[h.start:h.end])] && startsUpper(n.src[n.pos[h.start]:]) && !startsUpper(n.src[n.pos[h.start+1]:]) && surnameContext(n, h.start) {
			continue
		}
		kept = append(kept, h)
	}
	return kept
}

// surnameSlurs are the normalized slurs that are frequent surnames too,
// which dropProperNames reads as names when capitalised ("Negri") after a
// name's context (surnameContext).
var surnameSlurs = map[string]bool{"negri": true}

// surnameContext reports whether the word before normalized byte at makes
// the capitalised word there a surname: a capitalised word ("Ada Negri",
// "Paolo Negri"), a title, abbreviated or not, or a street's or a
// school's word ("la dottoressa Negri", "il dott. Negri", "via Negri");
// or nothing, the first word of the text or of a sentence ("Grazie.
// Negri ha risposto subito"). Not "Basta Negri nelle case popolari",
// "pieno di Negri".
func surnameContext(n *normalized, at int32) bool {
	before := strings.TrimRight(n.src[:n.pos[at]], " ")
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?\n") && !strings.HasSuffix(strings.ToLower(before), "sig.ra") && !surnameBefore[titleBefore(before)] {
		return true // the first word of the text or of a sentence: "Negri ha risposto"
	}
	if surnameBefore[titleBefore(before)] {
		return true
	}
	i := strings.LastIndexAny(before, " ,;:'’\n") + 1
	w := before[i:]
	// A capitalised word that does not open its sentence: "Ada Negri",
	// not "Che schifo. Basta Negri…".
	prev := strings.TrimRight(before[:i], " ")
	return w != "" && startsUpper(w) && prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?\n")
}

// titleBefore returns the last word of before, in lower case and without
// its abbreviation's dot ("dott.", "Sig.ra" read as "sigra").
func titleBefore(before string) string {
	w := strings.ToLower(before[strings.LastIndexAny(before, " ,;:'’\n")+1:])
	return strings.ReplaceAll(w, ".", "")
}

// surnameBefore are the words after which a capitalised word is a
// surname in Italian: titles, and the words of streets and schools.
var surnameBefore = map[string]bool{
	"dottoressa": true, "dottore": true, "dottor": true, "dott": true, "signor": true, "signora": true, "sig": true, "sigra": true, "prof": true, "professoressa": true, "professor": true, "avvocato": true, "avv": true, "ing": true,
	"via": true, "viale": true, "piazza": true, "corso": true, "largo": true, "istituto": true, "liceo": true, "scuola": true,
}

// pluralEnd reports whether c, the last byte of a normalized word, ends
// it as plurals do in the languages read: a town is one ("Troia",
// "Condom"), the people of "the City of Idiots", "il Comune di Cretini"
// are many.
func pluralEnd(c byte) bool { return c == 's' || c == 'i' }

// townBefore reports whether the normalized text b ends with a word of a
// municipality and its "of": "comune di", "ville de", "town of".
func townBefore(b []byte) bool {
	of := lastWord(b)
	// Read at every hit: a switch, where a map would hash the word.
	switch string(of) {
	case "di", "de", "d", "of", "do", "da", "del":
	default:
		return false
	}
	b = bytes.TrimRight(b, " ")
	return townWords[string(lastWord(b[:len(b)-len(of)]))]
}

// townWords are the normalized words of a municipality of townBefore,
// before its "of" (di, de, d, of, do, da, del).
var (
	townWords = map[string]bool{
		"comune": true, "citta": true, "provincia": true, "frazione": true, "paese": true,
		"commune": true, "ville": true, "village": true, "mairie": true, "canton": true,
		"town": true, "city": true, "county": true, "borough": true, "parish": true,
		"municipio": true, "ayuntamiento": true, "pueblo": true, "ciudad": true, "localidad": true,
		"concelho": true, "cidade": true, "freguesia": true, "vila": true, "camara": true,
		// A public building named after its town: "l'ospedale di
		// Troia", "la gare de Condom".
		"ospedale": true, "stazione": true, "tribunale": true, "prefettura": true, "questura": true, "ufficio": true, "scuola": true,
		"hopital": true, "gare": true, "prefecture": true, "tribunal": true, "station": true, "hospital": true, "estacion": true,
	}
)

// linked reports whether the normalized text of n between bytes from and
// to holds only linkWords and capitalised words, names and acronyms
// ("conseillère MDPH = cruche", "le conseiller Dupont, ce porc"), and its
// source no end of a sentence; a question may be answered ("Il
// consigliere Bernard? Un maiale").
func linked(n *normalized, from, to int32) bool {
	for w, rest := firstWord(n.text[from:to]); len(w) > 0; w, rest = firstWord(rest) {
		at := to - int32(len(rest)+len(w)) // where w starts in n.text
		// A name masked is a name still: "The adviser [name removed], a
		// coward" reads as "The adviser Tom Baker, a coward" did.
		if !linkWords[string(w)] && !isUpperASCII(n.src[n.pos[at]]) && !inNamePlaceholder(n.src, int(n.pos[at])) {
			return false
		}
	}
	return !strings.ContainsAny(n.src[n.pos[from-1]:n.pos[to]], ".!;\n")
}

// apposition reports whether the source of n between normalized bytes
// from and to holds a mark that sets a word apart: a comma, a colon, an
// equals sign, a question answered, a dash, a bracket.
func apposition(n *normalized, from, to int32) bool {
	return strings.ContainsAny(n.src[n.pos[from-1]:n.pos[to]], ",:=?-–—(")
}

// linkWords are the normalized words that join a person's noun and what
// he is called, with no verb between: articles, demonstratives and
// "of" ("ce porc de conseiller", "quel maiale dell'impiegato").
var linkWords = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true, "de": true, "d": true, "du": true,
	"ce": true, "cet": true, "cette": true, "ces": true, "espece": true, "sorte": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "of": true,
	"el": true, "los": true, "las": true, "lo": true, "una": true, "unos": true, "unas": true, "del": true,
	"ese": true, "esa": true, "esos": true, "esas": true, "este": true, "esta": true, "estos": true, "estas": true,
	"il": true, "i": true, "gli": true, "uno": true, "di": true, "dello": true, "della": true, "dei": true, "degli": true, "delle": true, "dell": true,
	"quel": true, "quella": true, "quello": true, "quei": true, "quegli": true, "quelle": true, "questo": true, "questa": true, "questi": true, "queste": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true,
	"dieser": true, "diese": true, "dieses": true, "diesen": true, "von": true, "vom": true,
	"o": true, "os": true, "as": true, "um": true, "uma": true, "uns": true, "umas": true, "do": true, "da": true, "dos": true,
	"esse": true, "essa": true, "esses": true, "essas": true, "aquele": true, "aquela": true, "aqueles": true, "aquelas": true,
}

// hasVerb holds the verb to have in the third person, before the wits
// someone has: "el tipo del mostrador tiene menos luces que…".
var hasVerb = map[string]bool{"a": true, "has": true, "hat": true, "ha": true, "tiene": true, "tem": true}

// addressIn reports whether an address of addrs (pairs of where it and
// its sentence start in the normalized text) starts between bytes from
// and to, in the sentence of the home word at byte home: "I know you
// live nearby. Visit us at 14 Elm Road" gives the office's address.
func addressIn(addrs []int32, from, to, home int32) bool {
	for k := 0; k+1 < len(addrs); k += 2 {
		if a, sentence := addrs[k], addrs[k+1]; a >= from && a <= to && sentence <= home {
			return true
		}
	}
	return false
}

// negations are the words that wish harm away between a wish and the
// harm: "j'espère qu'il n'y aura pas d'accident", "I hope nobody gets
// hurt", "ojalá no haya un accidente"; folded, as the normalized text is.
// Not "plus", "personne" nor "mai", which are more often no negation
// ("plus qu'un accident", "en mai").
var negations = map[string]bool{
	"pas": true, "jamais": true, "rien": true, "aucun": true, "aucune": true,
	"not": true, "never": true, "no": true, "nobody": true, "nothing": true, "t": true, "none": true,
	"nicht": true, "kein": true, "keine": true, "keinen": true, "keiner": true, "niemand": true, "nie": true,
	"non": true, "nessuno": true, "nulla": true, "niente": true,
	"nadie": true, "nunca": true, "nada": true, "ningun": true, "ninguna": true,
	"nao": true, "ninguem": true, "nem": true,
}

// readerPronouns are the pronouns of the reader that, right before a
// harm, make it wished on him (patIll), folded.
var readerPronouns = map[string]bool{
	"du": true, "sie": true, "ihr": true, "tu": true, "vous": true, "you": true,
	"usted": true, "ustedes": true, "vosotros": true, "voi": true, "voce": true, "voces": true,
}

// readerPronoun reports whether the word before the harm p at byte
// offset start of the normalized text is the reader's pronoun, and the
// reader suffers the harm: a verb of dying, or a German passive
// ("hoffentlich wirst du überfahren").
func readerPronoun(text []byte, start int32, p string) bool {
	before := bytes.TrimRight(text[:start], " ")
	w := lastWord(before)
	if !readerPronouns[string(w)] {
		return false
	}
	aux := string(lastWord(before[:len(before)-len(w)]))
	return dying(p) || aux == "wirst" || aux == "werden" || aux == "werdet"
}

// dying reports whether the harm pattern p is a verb of dying, which
// the one before it suffers (verreckst, crèveras, muera), folded.
func dying(p string) bool {
	for _, stem := range []string{"verreck", "krepier", "stirb", "sterb", "crev", "meur", "mour", "muer", "mur", "muoi", "morr", "die"} {
		if strings.HasPrefix(p, stem) {
			return true
		}
	}
	return false
}

// deskArticles are the definite articles and demonstratives that make
// the animal after them one at a desk (atDesk), folded; Portuguese "a"
// too, when the text may be Portuguese.
var deskArticles = map[string]bool{
	"le": true, "la": true, "l": true, "ce": true, "cette": true, "cet": true,
	"the": true, "that": true, "this": true,
	"el": true, "ese": true, "esa": true, "este": true, "esta": true,
	"il": true, "lo": true, "quel": true, "quella": true, "quello": true,
	"o": true, "aquele": true, "aquela": true, "esse": true, "essa": true,
	"der": true, "die": true, "das": true, "dieser": true, "diese": true,
}

// recoveryWords are the verbs of getting over harm and of preventing
// it, folded: a wish with one of them before the harm, or within a few
// words after it, is a kind one ("I hope the nurse recovers quickly after
// an accident").
// Not "before", "better", "avant", "prima": "I hope before the year is
// out you get hit by a bus".
var recoveryWords = map[string]bool{
	"remettra": true, "remette": true, "retablisse": true, "retablira": true, "guerisse": true, "guerira": true, "eviter": true, "evite": true, // and Spanish "evite"
	"recover": true, "recovers": true, "recovered": true, "recovering": true, "recovery": true, "heal": true, "heals": true, "prevent": true, "prevents": true, "avoid": true,
	"recupere": true, "recupera": true, "recuperarse": true, "mejore": true, "evitar": true,
	"riprenda": true, "riprendersi": true, "guarisca": true, "rimetta": true, "evitare": true, "eviti": true,
	"erholt": true, "erhole": true, "erholen": true, "besserung": true, "gesund": true, "vermeiden": true, "verhindern": true, "verhindert": true,
	"recuperar": true, "melhore": true, "sare": true,
}

// wellWords say that someone is well after a harm, when a verb of being
// comes right before them ("…who got hit yesterday is OK", "…stia
// bene"); not a tag ("I hope you get hit by a bus, ok?").
var wellWords = map[string]bool{"ok": true, "okay": true, "fine": true, "bene": true, "bem": true}

// beingWords are the verbs of being before wellWords, folded.
var beingWords = map[string]bool{
	"is": true, "be": true, "are": true, "s": true, "stia": true, "sta": true, "stiano": true, "stanno": true,
	"esteja": true, "estejam": true, "esta": true, "estao": true, "fique": true,
}

// negatedBetween reports whether a word of negations stands in the
// normalized text between byte offsets from and to.
func negatedBetween(text []byte, from, to int32) bool {
	if from < 0 || to > int32(len(text)) || from >= to {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[from:to]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if negations[w] {
			return true
		}
	}
	return false
}

// forestalledAt returns where the last word of forestalled stands in the
// normalized text between bytes from and to, or -1.
func forestalledAt(text []byte, from, to int32) int32 {
	at := int32(-1)
	for w, rest := firstWord(text[from:to]); len(w) > 0; w, rest = firstWord(rest) {
		if forestalled[string(w)] {
			at = to - int32(len(rest)+len(w))
		}
	}
	return at
}

// forestalled are the words for "before" between a wish and a harm: the
// harm is feared, the wish is what would prevent it ("ich hoffe, der
// Bürgermeister stellt eine Ampel auf, bevor ein Kind überfahren wird",
// "I hope they fix the lights before someone gets killed"); folded.
// Not Italian "prima", which is as often "prima o poi" (sooner or later).
var forestalled = map[string]bool{"avant": true, "before": true, "bevor": true, "ehe": true, "antes": true}

// recovered reports whether a word of recoveryWords, or a word of
// wellWords after a verb of being, is among the first n words of the
// normalized text t (all of them when n < 0): between a wish and its
// harm ("I hope the lollipop lady is okay, she was nearly hit by a car"),
// or in the eight words after the harm.
func recovered(t []byte, n int) bool {
	var prev []byte
	for k := 0; k != n; k++ {
		var w []byte
		if w, t = firstWord(t); len(w) == 0 {
			return false
		}
		if recoveryWords[string(w)] || wellWords[string(w)] && beingWords[string(prev)] {
			return true
		}
		prev = w
	}
	return false
}

// collapseRuns counts each run of masked words (text offsets in runs, in
// order) as one word: a name masked once is "[nom masqué]" the next time,
// and the distances the rules read must not change between two readings.
// One pass over the words after the first run of several words.
func collapseRuns(n *normalized, words []int32, runs [][2]int32) {
	shift, i := int32(0), 0
	for _, r := range runs {
		a, _ := slices.BinarySearch(n.pos, r[0])
		b, _ := slices.BinarySearch(n.pos, r[1])
		a = max(a, i)
		for a < b && n.text[a] == ' ' {
			a++
		}
		if a >= b || words[b-1] == words[a] {
			continue // one word: nothing to collapse
		}
		if shift == 0 {
			i = a
		}
		for ; i < a; i++ {
			words[i] -= shift
		}
		first, delta := words[a]-shift, words[b-1]-words[a]
		for ; i < b; i++ {
			words[i] = first
		}
		shift += delta
	}
	for ; shift > 0 && i < len(words); i++ {
		words[i] -= shift
	}
}

// allowedCompound reports whether the word at ws..we of n's text is part
// of an allowed compound written with hyphens, which the normalized text
// holds as words apart: "cul-de-sac" is "cul de sac" there, and no allowed
// word is "cul". The compound is looked up from each of the three words
// before to each of the three after that hyphens join to this one.
func (a *abuse) allowedCompound(n *normalized, ws, we int32) bool {
	t := n.text
	var starts, ends [4]int32
	starts[0], ends[0] = ws, we
	ns, ne := 1, 1
	for s := ws; ns < len(starts) && s >= 2 && t[s-1] == ' ' && hyphenBetween(n, s-2, s); ns++ {
		p := s - 2
		for p > 0 && t[p-1] != ' ' {
			p--
		}
		starts[ns], s = p, p
	}
	for e := we; ne < len(ends) && e+1 < int32(len(t)) && t[e] == ' ' && hyphenBetween(n, e-1, e+1); ne++ {
		q := e + 1
		for q < int32(len(t)) && t[q] != ' ' {
			q++
		}
		ends[ne], e = q, q
	}
	for i := range ns {
		for j := range ne {
			if i+j > 0 && a.allow[string(t[starts[i]:ends[j]])] {
				return true
			}
		}
	}
	return false
}

// hyphenBetween reports whether only hyphens stand between the letter at
// byte i of n's text and the one at byte j in the text it was made from:
// walked back from j, one hyphen or more (ASCII, or U+2010, U+2011,
// U+FF0D), ending past i's position, which is the first of a run of a
// letter squeezed ("culll-de-sac"), after a letter.
func hyphenBetween(n *normalized, i, j int32) bool {
	a, b := int(n.pos[i]), int(n.pos[j])
	k := b
	for k > a {
		r, size := utf8.DecodeLastRuneInString(n.src[:k])
		if r != '-' && r != '\u2010' && r != '\u2011' && r != '\uff0d' {
			break
		}
		k -= size
	}
	if k == b || k <= a {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(n.src[:k])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// negatedBefore reports whether the word right before byte start of n's
// text denies what follows, with nothing but spaces between them in the
// text it was made from: "ne sont pas tous des", "no son todos", "non
// sono tutti", "não são todos". Not a negation of an earlier clause: "ne
// bossent jamais, sont tous des voleurs", "no trabajan, son todos".
func negatedBefore(n *normalized, start int32) bool {
	before := bytes.TrimRight(n.text[:start], " ")
	w := lastWord(before)
	if len(w) == 0 || int(start) >= len(n.text) {
		return false
	}
	// Over an article and a copula: "ne sont pas des parasites", "non
	// sono parassiti", "no son parásitos", "não são parasitas".
	for skip := 0; skip < 2 && negationSkips[string(w)]; skip++ {
		before = bytes.TrimRight(before[:len(before)-len(w)], " ")
		if w = lastWord(before); len(w) == 0 {
			return false
		}
	}
	switch string(w) {
	case "pas", "not", "no", "nicht", "non", "nao", "never", "jamais", "nunca", "mai", "t", "keine", "kein": // t: don't, aren't
	default:
		return false
	}
	// The source between the negation's last letter and the next word's
	// first (the hit's, or the article's or copula's skipped).
	end := len(before)
	after := start - int32(len(bytes.TrimLeft(n.text[end:start], " ")))
	last, next := int(n.pos[end-1]), int(n.pos[after])
	_, size := utf8.DecodeRuneInString(n.src[last:])
	for _, r := range n.src[min(last+size, next):next] {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// clauseBetween reports whether the normalized words b, between staff
// and what must be done, open a clause the staff say or think: "Les
// agents disent qu'il faudrait…", "the staff say that…".
func clauseBetween(b []byte) bool { return anyWordIn(b, clauseWords) }

// clauseWords, as normalized, are the words that open a clause of saying.
var clauseWords = map[string]bool{"qu": true, "que": true, "that": true, "dass": true, "che": true, "como": true, "disent": true, "say": true, "says": true, "said": true}

// lawWords, as normalized, name a recourse to the law: a court, a
// lawyer, a mediator, a complaint. (Not "court", French for short, nor
// "juge", "justice", "demanda", which say other things as often.)
var lawWords = map[string]bool{
	"tribunal": true, "tribunaux": true, "avocat": true, "avocate": true, "recours": true, "conciliateur": true,
	"mediateur": true, "defenseur": true, "plainte": true, "lawyer": true, "solicitor": true, "ombudsman": true, "tribunale": true,
	"avvocato": true, "giudice": true, "ricorso": true, "abogado": true, "juzgado": true, "anwalt": true, "gericht": true, "klage": true,
	"advogado": true, "queixa": true,
}

// writerWords are the words of the writer who acts, as normalized: "je
// vais écrire", "I'm writing", "ich werde", "voy a".
var writerWords = map[string]bool{"je": true, "j": true, "i": true, "im": true, "we": true, "nous": true, "ich": true, "wir": true, "yo": true, "voy": true, "vamos": true, "io": true, "vado": true, "eu": true, "vou": true}

// recourseAfter reports whether one of the five words that start the
// normalized text b names a recourse of the law, of politics or of the
// press, or the polls: "… at the ballot box", "… au tribunal", "… aux
// urnes".
func recourseAfter(b []byte) bool {
	w, rest := firstWord(b)
	for k := 0; k < 5 && len(w) > 0; k++ {
		if lawWords[string(w)] || recourseWords[string(w)] || string(w) == "urnes" || string(w) == "polls" || string(w) == "court" {
			return true
		}
		w, rest = firstWord(rest)
	}
	return false
}

// readersOwn are the reader's possessives, as normalized: the reader's
// lawyer is no recourse of the writer's ("même ton avocat ne te sauvera
// pas").
var readersOwn = map[string]bool{"ton": true, "ta": true, "votre": true, "your": true, "tu": true, "tuo": true, "su": true, "seu": true, "dein": true, "ihr": true}

// recourseWords, as normalized, name a recourse of politics or of the
// press, lawful as the law's: an MP, an election, a petition, the press.
var recourseWords = map[string]bool{
	"depute": true, "deputee": true, "senateur": true, "elus": true, "elections": true, "petition": true, "presse": true, "journalistes": true,
	"mp": true, "councillor": true, "councillors": true, "ballot": true, "election": true, "press": true,
	"diputado": true, "elecciones": true, "abgeordneten": true, "wahlen": true, "deputato": true, "elezioni": true, "deputado": true, "eleicoes": true,
}

// impersonalMust are the words of what must be done that have no
// subject, as normalized: staff named before them are not who must do it.
// sufferedMust are those whose subject suffers what follows: "the staff
// deserve a good kicking", "gehören aufgehängt".
var (
	impersonalMust = map[string]bool{
		"il faut": true, "faut": true, "faudrait": true, "il faudrait": true, "hay que": true, "habria que": true,
		"bisogna": true, "bisognerebbe": true, "man sollte": true, "man muss": true, "man musste": true, "sollte man": true, "musste man": true,
		"temos de": true, "temos que": true, "e preciso": true,
		// Or a subject of their own, the writer's side: "Les agents,
		// on devrait les…".
		"on devrait": true, "on doit": true, "deberiamos": true, "dovremmo": true, "deviamos": true, "let s": true, "time to": true,
	}
	sufferedMust = map[string]bool{
		"gehoren": true, "gehort": true, "deserve": true, "deserves": true, "meritent": true, "merite": true,
		"merecen": true, "meritano": true, "verdienen": true, "merecem": true,
	}
)

// commaBetween reports whether a comma stands in the source between the
// normalized offsets from and to: "Les agents de la CAF, il faudrait…".
func commaBetween(n *normalized, from, to int32) bool {
	if from <= 0 || to <= from || int(to) >= len(n.pos) {
		return false
	}
	return strings.IndexByte(n.src[n.pos[from-1]:n.pos[to]], ',') >= 0
}

// vagueReaders are patterns of the reader's class that name no reader
// of a burst: someone asked ("Si quelqu'un du service pouvait…").
var vagueReaders = map[string]bool{"quelqu un": true, "someone": true, "alguien": true, "qualcuno": true, "jemand": true, "alguem": true}

// aimedAfter reports whether what follows a weapon, after its spaces,
// aims it at people: a word of purpose then an object pronoun ("para
// vosotros", "for them"), or an article before a verb of welcoming
// ("pour les accueillir").
func aimedAfter(rest []byte) bool {
	w, more := firstWord(rest)
	if !purposeWords[string(w)] {
		return false
	}
	p, more := firstWord(more)
	if aimedPronouns[string(p)] {
		return true
	}
	// An article too, before a verb of welcoming only: "pour les
	// accueillir", not "pour les ateliers de cuisine", "pour la
	// sculpture sur bois".
	v, _ := firstWord(more)
	return aimedArticles[string(p)] && welcomeVerbs[string(v)]
}

// purposeAfter reports whether a word of purpose follows a weapon: "…
// avec des battes pour les migrants du foyer" aims it at a group the
// caller finds near.
func purposeAfter(rest []byte) bool {
	w, _ := firstWord(rest)
	return purposeWords[string(w)]
}

// welcomeVerbs, folded, are what a group is armed to "welcome".
var welcomeVerbs = map[string]bool{
	"accueillir": true, "recevoir": true, "recibir": true, "receber": true, "accogliere": true, "ricevere": true, "empfangen": true, "welcome": true, "greet": true,
}

var (
	purposeWords  = map[string]bool{"pour": true, "para": true, "per": true, "for": true, "um": true, "fur": true}
	aimedPronouns = map[string]bool{"vous": true, "te": true, "lui": true, "leur": true, "vosotros": true, "you": true, "them": true, "euch": true, "vi": true, "voi": true, "loro": true, "voces": true}
	aimedArticles = map[string]bool{"les": true, "los": true, "las": true, "le": true, "os": true, "as": true, "li": true}
)

// sentencesBetween counts the ends of sentences in the source of n
// between normalized bytes from and to (a run of marks, "?!" or "...",
// is one end); a blank line, which ends a paragraph, counts as three.
func sentencesBetween(n *normalized, from, to int32) int {
	if from <= 0 || to <= from || int(to) >= len(n.pos) {
		return 0
	}
	count, inRun, lines := 0, false, 0
	for _, c := range []byte(n.src[n.pos[from-1]:n.pos[to]]) {
		switch c {
		case '.', '!', '?', ';', '\n':
			if !inRun {
				count++
			}
			inRun = true
			if c == '\n' {
				lines++
				if lines == 2 {
					count += 3
				}
			}
		case ' ', '\t', '\r':
			// a run of marks goes on over blanks ("? !", ".\n")
		default:
			inRun, lines = false, 0
		}
	}
	return count
}

// describedAfterMark reports whether the source of n between normalized
// bytes from and to (a person's noun, then an animal's or a thing's) holds
// a mark that sets a word apart, and after it an article and at most two
// words: "the team manager, a smarmy weasel", "Council clerk: a sentient
// potato". Before the mark, only linkWords and capitalised words, as
// linked reads them, or where the person works when the thing, ending at
// normalized byte end, ends its clause ("Agent de préfecture : un
// vulgaire paillasson."; not "Message pour le gardien de l'immeuble : un
// rat dans le local poubelles").
func describedAfterMark(n *normalized, from, to, end int32) bool {
	src := n.src[n.pos[from-1]:n.pos[to]]
	m := strings.LastIndexAny(src, ",:=")
	if m < 0 || strings.ContainsAny(src, ".!?;\n") {
		return false
	}
	// The normalized byte where the mark stands.
	at := from
	for at < to && int(n.pos[at]) < int(n.pos[from-1])+m {
		at++
	}
	return (linked(n, from, at) || workplaceAfter(n.text[from:at]) && clauseEnds(n, end)) && describedBy(n.text[at:to])
}

// interjection reports whether the word of n ending at normalized byte
// end is set apart by a mark after it: "Putain, vous ne pouvez pas
// afficher la liste ?" swears at the situation, then speaks to the reader.
//
// Not when the reader is then judged: "Merde, vous êtes nuls à chier !",
// "Fuck! You lot are a bloody disgrace."
func interjection(n *normalized, end int32) bool {
	rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[end-1]):], " ")
	if rest == "" || rest[0] != ',' && rest[0] != '!' {
		return false
	}
	// The second word after the mark, the one after "vous" or "you".
	_, second := nextField(strings.TrimLeft(rest, ",! "))
	second, _ = nextField(second)
	switch strings.Trim(strings.ToLower(second), ",.!?") {
	case "êtes", "etes", "es", "are", "were", "lot", "all", "tous", "bande":
		return false
	}
	return true
}

// nextField returns the first field of s, split at white space as
// strings.Fields splits, and what follows it.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// complementBefore reports whether the normalized text before a noun
// ends with a preposition of belonging, an article at most after it: the
// noun is another's complement, "le rapport du médiateur", "l'accueil de
// la conseillère", "the report of the mediator".
func complementBefore(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	w := lastWord(before)
	switch string(w) {
	case "la", "le", "les", "l", "the", "el", "los", "las", "lo", "il", "o", "a", "os", "as", "der", "die", "das", "dem":
		w = lastWord(before[:len(before)-len(w)])
	}
	switch string(w) {
	case "de", "du", "des", "d", "of", "del", "della", "dello", "do", "da", "dos", "das", "von", "vom":
		return true
	}
	return false
}

// notApposedActs open what follows an apposition when it tells no act of
// the person it was set after: where, what is done to it, a list.
var notApposedActs = map[string]bool{"dans": true, "pour": true, "près": true, "et": true, "qui": true, "que": true, "qu'il": true, "qu'elle": true, "à": true, "au": true, "aux": true, "avec": true, "sur": true, "sous": true, "en": true, "de": true, "du": true, "des": true, "vers": true, "chez": true, "par": true, "ou": true, "mais": true, "dont": true, "où": true}

// uniformWords, folded, are what a person wears at work: an animal
// wearing one is a person called an animal. (Not "costume", a disguise
// too: "un concours de bourrique en costume".)
var uniformWords = map[string]bool{"uniforme": true, "uniformes": true, "uniform": true, "uniforms": true, "divisa": true, "placa": true, "badge": true, "costard": true, "blouse": true, "kepi": true, "toga": true, "farda": true, "cracha": true, "headset": true, "casque": true, "lanyard": true, "namensschild": true}

// wearingWords, folded, say what someone wears: "con bata", "in a suit",
// "im Anzug", "col camice". (Not "de", which names a kind or a lack as
// often: "un cambio de uniforme", "un manque de blouse".)
var wearingWords = map[string]bool{
	"con": true, "col": true, "with": true, "wearing": true, "avec": true, "mit": true, "im": true, "in": true, "en": true, "em": true, "com": true, "nel": true,
}

// plainPersons, folded, name a person plainly, as one describes someone
// dressed ("une femme en uniforme", "a tall chap in a suit", "un giovane
// con il camice", "a student with a clipboard"), or a team ("ein Team mit
// Namensschild").
var plainPersons = map[string]bool{
	"homme": true, "femme": true, "monsieur": true, "dame": true, "personne": true, "garcon": true, "fille": true, "jeune": true, "type": true, "mec": true, "gars": true, "gaillard": true, "etudiant": true, "etudiante": true, "benevole": true, "equipe": true,
	"man": true, "woman": true, "person": true, "guy": true, "lady": true, "gentleman": true, "gent": true, "boy": true, "girl": true, "bloke": true, "chap": true, "lad": true, "fella": true, "fellow": true, "student": true, "volunteer": true, "teacher": true, "team": true, "crew": true,
	"hombre": true, "mujer": true, "senor": true, "senora": true, "chico": true, "chica": true, "chaval": true, "muchacho": true, "muchacha": true, "tio": true, "persona": true, "joven": true, "estudiante": true, "voluntario": true, "equipo": true,
	"uomo": true, "donna": true, "signore": true, "signora": true, "ragazzo": true, "ragazza": true, "tipo": true, "giovane": true, "studente": true, "volontario": true, "squadra": true,
	"mann": true, "frau": true, "herr": true, "junge": true, "madchen": true, "kerl": true, "typ": true, "mensch": true, "truppe": true, "verein": true,
	"homem": true, "mulher": true, "senhor": true, "senhora": true, "rapaz": true, "moca": true, "jovem": true, "velhote": true, "pessoa": true, "estudante": true, "equipa": true,
}

// praiseNouns, folded, praise a person so dressed: "The SENCo is a real
// star with a clipboard", "Mi médico es un encanto con bata".
var praiseNouns = map[string]bool{
	"star": true, "gem": true, "angel": true, "saint": true, "hero": true, "legend": true, "pro": true, "champion": true, "treasure": true,
	"ange": true, "perle": true, "tresor": true, "crack": true, "amour": true, "heros": true,
	"encanto": true, "sol": true, "santo": true, "santa": true, "heroe": true, "tesoro": true, "amor": true,
	"angelo": true, "gioiello": true, "eroe": true, "anjo": true, "joia": true, "heroi": true, "engel": true, "schatz": true, "held": true,
}

// attireWords, folded, are the attire of an office: a tie, a suit, a
// white coat, a stethoscope, a clipboard, a badge, a lanyard.
var attireWords = map[string]bool{
	"cravate": true, "costard": true, "blouse": true, "stethoscope": true, "badge": true, "uniforme": true,
	"tie": true, "suit": true, "clipboard": true, "lanyard": true, "uniform": true,
	"bata": true, "corbata": true, "gravata": true, "cracha": true, "farda": true,
	"cravatta": true, "camice": true, "divisa": true,
	"krawatte": true, "anzug": true, "kittel": true, "namensschild": true,
}

// tellingVerbs, folded, say that someone told, showed or claimed what
// follows: "m'a expliqué : un pitbull…", "dit que les migrants sont…".
var tellingVerbs = map[string]bool{
	"explique": true, "expliquer": true, "montre": true, "montrer": true, "trouve": true, "lu": true, "demande": true, "dit": true, "disent": true, "dire": true, "conseille": true, "raconte": true, "pretend": true, "pretendent": true,
	"explained": true, "showed": true, "shown": true, "told": true, "said": true, "says": true, "say": true, "saying": true, "read": true, "found": true, "claim": true, "claims": true, "asked": true,
	"letto": true, "detto": true, "dice": true, "dicen": true, "dijo": true, "explico": true, "disse": true, "diz": true, "sagt": true, "sagte": true, "erklart": true,
}

// clauseVerbs, folded, after an animal, make it the subject of a clause:
// "un pitbull avait mordu le facteur".
var clauseVerbs = map[string]bool{"avait": true, "a": true, "est": true, "etait": true, "had": true, "has": true, "was": true, "is": true, "bit": true, "pour": true, "for": true, "to": true, "habia": true, "ha": true, "aveva": true, "hatte": true, "tinha": true}

// costumeWords, folded, tell a disguise or a mascot, which may wear a
// uniform whatever animal it is.
var costumeWords = []string{"deguis", "carnaval", "halloween", "mascotte", "mascot", "dressed as", "dressed up", "fancy dress", "logo", "disfraz", "costume", "world book day", "parade", "defile"}

// costumed reports whether the normalized text speaks of a costume, a
// mascot or a parade (costumeWords).
func costumed(text []byte) bool {
	for _, c := range costumeWords {
		if bytes.Contains(text, []byte(c)) {
			return true
		}
	}
	return false
}

// genericAnimals, folded, liken a group to animals in how it is kept or
// treated rather than to vermin: "sont comme des animaux en cage".
var genericAnimals = map[string]bool{"animaux": true, "animals": true, "animales": true, "animali": true, "animais": true, "tiere": true, "betes": true, "beasts": true, "betail": true, "cattle": true, "bestiaux": true}

// likeNegations, folded, deny a likeness: "no son como ratas".
var likeNegations = map[string]bool{"no": true, "not": true, "pas": true, "ne": true, "n": true, "nicht": true, "non": true, "nao": true, "isn": true, "aren": true, "t": true, "jamais": true, "never": true}

// preyVerbs, folded, say what an animal a person is called does to a group
// after it: the group is its victim ("ces vautours exploitent les
// migrants", "these sharks prey on refugees").
var preyVerbs = map[string]bool{"exploitent": true, "exploite": true, "exploit": true, "exploits": true, "exploiting": true, "arnaquent": true, "rackettent": true, "prey": true, "preying": true, "fleece": true, "explotan": true, "sfruttano": true, "exploram": true}

// intensifiers, before a noun of an animal or a thing, make it
// name-calling: "total muppet", "you absolute cabbage", "an utter
// donkey".
var intensifiers = map[string]bool{"total": true, "complete": true, "utter": true, "absolute": true, "bloody": true}

// notWorks are person's nouns that name no work a group could be said
// unfit for: "shouldn't be patients", "ne devraient pas être usagers".
var notWorks = map[string]bool{"patients": true, "patient": true, "usagers": true, "clients": true, "customers": true, "users": true, "victims": true, "victimes": true, "employes": true, "workers": true}

// afterIntensified are the words that may follow a noun of contempt after
// an intensifier: "a total muppet at the counter", "an utter clown who…".
var afterIntensified = map[string]bool{"who": true, "that": true, "at": true, "in": true, "on": true, "from": true, "with": true, "and": true, "or": true, "is": true, "was": true, "lol": true}

// echoes returns the span of one or two words set in triple parentheses,
// the antisemites' mark for Jews ("the media bosses are always
// (((them)))"), or -1, and whether the words are the mark's usual ones
// (them, the bankers, the media…) rather than a word stressed.
func echoes(text string) (a, b int32, sure bool) {
	for i := 0; ; {
		k := strings.Index(text[i:], "(((")
		if k < 0 {
			return -1, -1, false
		}
		at := i + k
		e := strings.Index(text[at+3:], ")))")
		inner := ""
		if e > 0 {
			inner = strings.TrimSpace(text[at+3 : at+3+e])
		}
		if inner != "" && len(strings.Fields(inner)) <= 2 && !strings.ContainsAny(inner, "()\n") {
			return int32(at), int32(at + 3 + e + 3), echoWords[strings.ToLower(inner)]
		}
		i = at + 3
	}
}

// echoWords are what antisemites put in triple parentheses.
var echoWords = map[string]bool{"them": true, "they": true, "globalists": true, "globalistes": true, "bankers": true, "the bankers": true, "banquiers": true, "les banquiers": true, "media": true, "the media": true, "médias": true, "les médias": true, "soros": true, "rothschild": true, "jews": true, "juifs": true}

// possessive reports whether the word of n ending at normalized byte end
// is followed by an apostrophe: "paramedics' punching bags", "the
// nurse's desk".
func possessive(n *normalized, end int32) bool {
	rest := n.src[runeEnd(n.src, n.pos[end-1]):]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// burstWords are violent verbs a writer says of himself with no object:
// he will burst with anger ("Je vais exploser, sincèrement", "I'm going
// to explode"), not blow something up.
var burstWords = map[string]bool{"exploser": true, "explode": true, "explotar": true, "estallar": true, "esplodere": true, "explodir": true, "explodieren": true}

// burstAdverbs may follow such a verb and still leave it with no object
// ("je vais exploser là", "je vais exploser moi").
var burstAdverbs = map[string]bool{"sincerement": true, "honnetement": true, "vraiment": true, "la": true, "moi": true, "bientot": true, "soon": true, "honestly": true, "seriously": true, "right": true, "now": true}

// burstIntents are the writer's intents a burst follows right after, as
// their last normalized words: "je vais exploser", "I'm going to
// explode", "je vais finir par exploser", "voy a explotar", "vou
// explodir", "sto per esplodere"; not "je vais tout exploser", "je vais
// les exploser", which have their object before the verb, nor another's
// ("la bombe va exploser", "el coche va a explotar").
var burstIntents = []string{"je vais", "j vais", "jvais", "vais finir par", "i m going to", "im going to", "i am going to", "i m gonna", "im gonna", "i ll", "i will", "voy a", "vou", "sto per"}

// burstCompany are words of a burst that takes others with it ("je ne
// partirai pas seul", "avec moi", "with me") or of a belt or a vest
// worn to explode ("I'm going to explode. The vest is on").
var burstCompany = []string{" seul", "avec moi", "alone", "with me", "conmigo", "comigo", "con me", "mit mir", "tous", "everyone", "all of", "ceinture", "vest", "cinturón", "cintura", "colete", "weste", "gürtel"}

// bursts reports whether the violent verb of hit h, in the normalized
// text, is the writer bursting: a verb of burstWords right after the
// writer's intent, with nothing after it in its clause but an adverb.
func bursts(n *normalized, text []byte, h hit) bool {
	if !burstWords[string(text[h.start:h.end])] {
		return false
	}
	before := bytes.TrimRight(text[:h.start], " ")
	intent := false
	for _, w := range burstIntents {
		if bytes.HasSuffix(before, []byte(w)) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ') {
			intent = true
			break
		}
	}
	if !intent {
		return false
	}
	if clauseEnds(n, h.end) || emojiEnds(n, h.end) {
		return true
	}
	rest := bytes.TrimLeft(text[h.end:], " ")
	next, _ := firstWord(rest)
	return burstAdverbs[string(next)] && clauseEnds(n, int32(len(text)-len(rest)+len(next)))
}

// clauseEnds reports whether the source of n after normalized byte end
// (the end of a word) ends a clause: punctuation, the text's end, or a
// relative pronoun, which says more of the same thing ("une vipère qui
// m'a humilié").
func clauseEnds(n *normalized, end int32) bool {
	rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[end-1]):], " ")
	if rest == "" || strings.ContainsRune(".!?,;:\n)", rune(rest[0])) {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return relativePronouns[strings.ToLower(w)]
}

// emojiEnds reports whether an emoji follows normalized byte end in the
// source of n, and no article after it starts an object: "je vais
// exploser 😂 sérieux l'URSSAF" is a burst, "je vais exploser 💣 la
// mairie" is not (round 46's probes and review).
func emojiEnds(n *normalized, end int32) bool {
	rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[end-1]):], " ")
	r, size := utf8.DecodeRuneInString(rest)
	if !unicode.Is(unicode.So, r) {
		return false
	}
	rest = strings.TrimLeft(rest[size:], " ")
	w, _, _ := strings.Cut(rest, " ")
	if i := strings.IndexAny(w, "'’"); i >= 0 {
		w = w[:i]
	}
	return !objectOpeners[strings.ToLower(w)]
}

// objectOpeners, lower case, open an object after a verb.
var objectOpeners = map[string]bool{
	"la": true, "le": true, "les": true, "l": true, "un": true, "une": true, "des": true, "du": true, "the": true, "a": true, "an": true,
	"el": true, "los": true, "las": true, "il": true, "lo": true, "gli": true, "o": true, "os": true, "as": true, "der": true, "die": true,
	"das": true, "den": true, "dem": true, "mon": true, "ma": true, "mes": true, "votre": true, "vos": true, "my": true, "your": true, "their": true,
	"su": true, "sus": true, "tu": true, "tous": true, "tout": true, "everything": true, "everyone": true, "todo": true, "tutto": true, "tudo": true, "alles": true,
}

// verbEndsClause reports whether, after byte end of the normalized text
// of n, at most four words then German "sein" or "werden" end the clause:
// "(keine Lehrer) an Grundschulen sein.".
func verbEndsClause(n *normalized, end int32) bool {
	rest := n.src[runeEnd(n.src, n.pos[end-1]):]
	for k := 0; k < 5; k++ {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || strings.ContainsRune(".!?,;:\n)", rune(rest[0])) {
			return false
		}
		i := strings.IndexAny(rest, " .!?,;:\n)")
		if i < 0 {
			i = len(rest)
		}
		w := rest[:i]
		rest = rest[i:]
		if strings.EqualFold(w, "sein") || strings.EqualFold(w, "werden") {
			r := strings.TrimLeft(rest, " ")
			// A modal may close it: "… Lehrer an Grundschulen sein
			// dürfen".
			e := strings.IndexAny(r, " .!?,;:\n)")
			if e < 0 {
				e = len(r)
			}
			if m := strings.ToLower(r[:e]); m == "dürfen" || m == "können" || m == "sollen" {
				r = strings.TrimLeft(r[e:], " ")
			}
			return r == "" || strings.ContainsRune(".!?,;:\n)", rune(r[0])) || strings.HasPrefix(r, "und ")
		}
	}
	return false
}

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"qui": true, "que": true, "dont": true, "who": true, "whom": true, "that": true, "which": true}

// workplaceAfter reports whether the normalized words w, between a
// person's noun and a mark, say where he works: a preposition then one or
// two words ("Agent de préfecture : un vulgaire paillasson", "the clerk at
// the tax office: a walking potato").
func workplaceAfter(w []byte) bool {
	first, rest := firstWord(w)
	if !workplacePrepositions[string(first)] {
		return false
	}
	count := 0
	for x, r := firstWord(rest); len(x) > 0; x, r = firstWord(r) {
		if !linkWords[string(x)] {
			count++
		}
		if count > 2 {
			return false
		}
	}
	return count > 0
}

// workplacePrepositions open where a person works, after his noun ("a" is
// French "à" folded, and the English article, which names no workplace
// after a noun either way).
var workplacePrepositions = map[string]bool{"de": true, "du": true, "d": true, "des": true, "a": true, "au": true, "of": true, "at": true, "from": true, "in": true}

// describedBy reports whether the normalized words w are an article and at
// most two words that are not links: "a slow witted", "un vulgaire".
func describedBy(w []byte) bool {
	first, rest := firstWord(w)
	if !describeArticles[string(first)] {
		return false
	}
	count := 0
	for x, r := firstWord(rest); len(x) > 0; x, r = firstWord(r) {
		if linkWords[string(x)] || count == 2 {
			return false
		}
		count++
	}
	return true
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// coordinated reports whether the normalized text t ends with a
// conjunction and an article, which carry a copula before them on to the
// word after: "est un incompétent fini et un menteur", "is a spineless
// coward and a liar"; an animal only when it ends its clause ("et une
// larve."; not "the nurse is an angel and a rat was found").
func coordinated(t []byte) bool {
	t = bytes.TrimRight(t, " ")
	art := lastWord(t)
	return describeArticles[string(art)] && conjunctions[string(lastWord(t[:len(t)-len(art)]))]
}

// conjunctions join two names for a person after one copula.
var conjunctions = map[string]bool{"et": true, "and": true, "y": true, "e": true, "und": true, "ou": true, "or": true}

// describeArticles open what a person is said or set apart to be: "a
// smarmy weasel", "un vulgaire paillasson".
var describeArticles = map[string]bool{"a": true, "an": true, "un": true, "une": true, "una": true, "uno": true, "um": true, "uma": true, "ein": true, "eine": true, "einen": true}

// departed reports whether the normalized text t, after a word of a death
// nobody would mourn, says that the person left or would be away, which
// is what the words mean then: a former one, or a condition ("personne
// ne regretterait l'ancien directeur", "nobody would miss you if you took
// a day off").
func departed(t []byte) bool {
	w, rest := firstWord(t)
	for k := 0; k < 5 && len(w) > 0; k++ {
		switch string(w) {
		case "ancien", "ancienne", "anciens", "old", "former", "previous", "ex", "if", "si", "when", "quand":
			return true
		}
		w, rest = firstWord(rest)
	}
	return false
}

// openingArticles may open a sentence before the insult that takes up a
// group: "Des voleurs, tous autant qu'ils sont."
var openingArticles = map[string]bool{"des": true, "les": true, "the": true}

// listWords, folded, after an animal and a comma, make it an item of a
// list or say where it is: "Des cafards, des rats, partout".
var listWords = map[string]bool{
	"des": true, "de": true, "d": true, "les": true, "la": true, "le": true, "un": true, "une": true, "et": true, "partout": true, "dans": true, "sur": true,
	"the": true, "a": true, "an": true, "and": true, "some": true, "everywhere": true, "in": true, "on": true, "all": true,
}

// firstPersonIn reports whether the normalized text before holds the
// writer as the object of what is done: me, m'. (Possessives were tried:
// "si vous ne mettez pas un feu devant l'école de mon fils, il y aura des
// morts" warns of a hazard.)
func firstPersonIn(before []byte) bool {
	for w, rest := firstWord(before); len(w) > 0; w, rest = firstWord(rest) {
		switch string(w) {
		case "me", "m":
			return true
		}
	}
	return false
}

// negationSkips, folded, stand between a negation and what it denies:
// articles and copulas.
var negationSkips = map[string]bool{
	"des": true, "de": true, "d": true, "un": true, "une": true, "a": true, "an": true,
	"sono": true, "son": true, "sao": true, "sind": true, "siamo": true, "somos": true,
}

// oathWords, folded, come before what one swears on: "jure sur ma
// mère", "giuro su mio figlio", "I swear on my kids".
var oathWords = map[string]bool{"sur": true, "su": true, "on": true, "por": true, "sobre": true, "auf": true, "pela": true, "pelo": true, "pelos": true}

// saidOfSituation reports whether the normalized text before ends with
// "c'est", "c'était", "it's" or "that's": what follows is said of a
// situation ("c'est dégueulasse, les gens font dehors").
func saidOfSituation(before []byte) bool {
	b := bytes.TrimRight(before, " ")
	w := lastWord(b)
	prev := lastWord(b[:len(b)-len(w)])
	switch string(w) {
	case "est", "etait":
		return string(prev) == "c"
	case "s":
		return string(prev) == "it" || string(prev) == "that"
	case "its", "thats":
		return true
	}
	return false
}

// traitSubjects, normalized, are the pronouns, titles and nouns a trait
// of character is said of (traitSubject): a pronoun only after a person.
// Not the Spanish "él", which folds to the article "el".
var traitSubjects = map[string]uint8{
	"il": subjectPronoun, "elle": subjectPronoun, "ils": subjectPronoun, "elles": subjectPronoun, "lui": subjectPronoun,
	"he": subjectPronoun, "she": subjectPronoun, "they": subjectPronoun, "him": subjectPronoun, "her": subjectPronoun,
	"er": subjectPronoun, "sie": subjectPronoun, "ella": subjectPronoun, "ele": subjectPronoun, "ela": subjectPronoun, "lei": subjectPronoun,
	"tu": subjectNoun, "you": subjectNoun,
	"m": subjectNoun, "mme": subjectNoun, "mr": subjectNoun, "mrs": subjectNoun, "ms": subjectNoun, "dr": subjectNoun, "madame": subjectNoun,
	"monsieur": subjectNoun, "docteur": subjectNoun, "doctor": subjectNoun, "homme": subjectNoun, "femme": subjectNoun, "man": subjectNoun,
	"woman": subjectNoun, "person": subjectNoun, "personne": subjectNoun, "guy": subjectNoun, "lady": subjectNoun,
	"senor": subjectNoun, "senora": subjectNoun, "senhor": subjectNoun, "senhora": subjectNoun, "signore": subjectNoun, "signora": subjectNoun,
}

// Kinds of traitSubjects.
const (
	subjectNoun    = 1
	subjectPronoun = 2
)

// traitNegations deny the traits after them: "n'était ni méprisant ni
// arrogant", "wasn't rude or lazy", "weder unfreundlich noch…", "n'a
// rien d'arrogant".
var traitNegations = map[string]bool{
	"pas": true, "ni": true, "not": true, "t": true, "never": true, "jamais": true, "nicht": true, "non": true, "no": true, "nao": true, "nor": true, "neither": true,
	"weder": true, "rien": true, "nem": true, "nada": true, "niente": true, "nothing": true,
}

// traitSayings report what someone else said or asked of a person, or
// what the writer expected: the traits after them are not the writer's
// judgement.
var traitSayings = map[string]bool{
	"dit": true, "disait": true, "dire": true, "accuse": true, "accusait": true, "traite": true, "traitee": true, "attendais": true,
	"said": true, "says": true, "told": true, "tells": true, "asks": true, "asked": true, "whether": true, "called": true, "expected": true,
	"dijo": true, "grito": true, "dice": true, "detto": true, "disse": true, "sagte": true, "sagt": true, "nannte": true,
}

// fixedAfter reports whether one of the sixteen words at the start of the
// normalized text after a hit says that something was found or set right:
// "who found my lost passport", "qui a tout retrouvé".
func fixedAfter(after []byte) bool {
	rest := after
	for range 16 {
		var w []byte
		if w, rest = firstWord(rest); len(w) == 0 {
			return false
		}
		switch string(w) {
		case "found", "fixed", "sorted", "solved", "retrouve", "regle", "resolu", "encontro", "encontrado", "resolvio",
			"gefunden", "gelost", "trovato", "ritrovato", "risolto", "encontrou", "resolveu":
			return true
		}
	}
	return false
}

// flamesPast reports whether the normalized text before a hit of flames
// ends with an English past that puts it in them: "the old mill went up
// in flames in 1992", "the depot was in flames", a fire that happened.
// (Asked of flames only: "if the jobcentre was blown up" is a wish.)
func flamesPast(before []byte) bool {
	w := lastWord(before)
	switch string(w) {
	case "was", "were":
		return true
	case "up":
		rest := bytes.TrimRight(before, " ")
		prev := lastWord(rest[:len(rest)-len(w)])
		return string(prev) == "went" || string(prev) == "gone"
	}
	return false
}

// resumingPronouns, folded, take up a thing named before them: "qu'elle
// prenne feu", "if it caught fire".
var resumingPronouns = map[string]bool{"elle": true, "il": true, "it": true, "ella": true, "sie": true, "es": true, "ela": true, "ele": true}

// victimWords, between a group and the insult that would take it up, say
// that someone else did it or that the group suffered it: "les réfugiés
// ont été volés par des passeurs, ces rats…", "Muslims and Jews stood
// together against the vandals. Cowards, every one of them."
var victimWords = map[string]bool{
	"par": true, "by": true, "against": true, "contre": true, "fled": true, "fuient": true, "fui": true,
	"victims": true, "victimes": true, "attacked": true, "attaques": true, "agresses": true, "beaten": true, "robbed": true, "voles": true,
}

// startsSentence reports whether the normalized text's byte at starts a
// sentence of the cleaned text: nothing but spaces between it and the
// text's start or a full stop, a question or exclamation mark or a line
// break.
func startsSentence(n *normalized, at int32) bool {
	src := strings.TrimRight(n.src[:n.pos[at]], " ")
	return src == "" || strings.ContainsRune(".!?\n", rune(src[len(src)-1]))
}

// otherSubject reports whether the normalized words between a group and
// what is said of it open a clause of report or a relative clause, or say
// that only some of the group are meant: the judgement is then not the
// group's.
func otherSubject(between []byte) bool {
	for w, rest := firstWord(between); len(w) > 0; w, rest = firstWord(rest) {
		switch string(w) {
		case "que", "qu", "qui", "that", "who", "dass", "che", "told", "say", "says", "said", "racontent", "disent", "dicen", "dicono", "sagen", "dizem",
			"manche", "einige", "some", "certains", "certaines", "algunos", "algunas", "alcuni", "alguns", "algumas":
			return true
		}
	}
	return false
}

// stopAfter reports whether a colon, a semicolon or a sentence's end
// follows the normalized text's byte end in the source: not a comma, nor
// a relative pronoun ("larve que vous êtes").
func stopAfter(n *normalized, end int32) bool {
	if end <= 0 || int(end) > len(n.pos) {
		return false
	}
	rest := strings.TrimLeft(n.src[runeEnd(n.src, n.pos[end-1]):], " ")
	return rest != "" && strings.ContainsRune(":;.!?", rune(rest[0]))
}

// conditionInSentence reports whether a word of the sentence before byte
// at of n opens a condition (conditionWords): "si je ne suis pas payé
// lundi je viens et je casse tout".
func conditionInSentence(n *normalized, at int32) bool {
	before := n.text[:at]
	for {
		var w []byte
		if w, before = cutLastWord(before); len(w) == 0 || sentencesBetween(n, int32(len(before))+1, at) > 0 {
			return false
		}
		// (Portuguese and Italian "se" only opening the sentence: French
		// "se" is reflexive, "le carreleur se déplace".)
		if conditionWords[string(w)] && (string(w) != "se" || startsSentence(n, int32(len(before)))) {
			return true
		}
	}
}

// lightsLit reports whether the blast term p lights candles, incense or
// a grill among the six words after it, the normalized text after, before
// a comparison: "Vor dem Rathaus zünden wir heute Abend Kerzen für die
// Opfer an", "In der Synagoge zünden wir die Chanukkakerzen an", "nella
// moschea bruciamo l'incenso" (not "Wir zünden die Moschee an wie ein
// Feuerwerk").
func lightsLit(p string, after []byte) bool {
	for range 6 {
		var w []byte
		if w, after = firstWord(after); len(w) == 0 || likeWords[string(w)] {
			return false
		}
		if lightWords[string(w)] || bytes.HasSuffix(w, []byte("kerzen")) || bytes.HasSuffix(w, []byte("kerze")) || bytes.HasSuffix(w, []byte("lichter")) {
			return true
		}
	}
	return false
}

// lightWords, normalized, are lights lit in peace; likeWords open a
// comparison.
var (
	lightWords = map[string]bool{
		"licht": true, "grill": true, "lagerfeuer": true, "laternen": true, "feuerwerk": true, "menora": true, "menorah": true, "adventskranz": true, "weihrauch": true,
		"candle": true, "candles": true, "bougie": true, "bougies": true, "encens": true, "incense": true, "incenso": true, "vela": true, "velas": true, "candela": true, "candele": true,
		"barbecue": true, "fireworks": true,
	}
	likeWords = map[string]bool{"wie": true, "like": true, "comme": true, "come": true, "como": true}
)

// writerObjects are the normalized clitics of the writer as an object,
// before or after an auxiliary of the future: "me va a matar", "vai me
// matar", "mi farà impazzire".
var writerObjects = map[string]bool{"me": true, "mi": true}

// romanceFutures are the auxiliaries of the future of patFuture in
// Spanish, Portuguese and French, in the third person, of which a clitic
// before or after is the object (not the first's, "me voy a matar al
// guardia", where it is the writer's own).
var romanceFutures = map[string]bool{"va": true, "vai": true, "van": true, "vont": true}

// pronounObject reports whether an object pronoun stands among the two
// words before normalized byte start ("la facciamo saltare", "on le
// brûle"), or one of a thing that no article shares among the two after
// end ("zünden wir es an", "burn it down"; not "on fera péter le
// champagne").
func pronounObject(n *normalized, start, end int32) bool {
	before, after := n.text[:start], n.text[end:]
	var w []byte
	for range 2 {
		if w, before = cutLastWord(before); thingPronouns[string(w)] {
			return true
		}
		if w, after = firstWord(after); thingPronounsAfter[string(w)] {
			return true
		}
	}
	return false
}

// thingPronouns are the normalized pronouns of a thing as an object
// before its verb; thingPronounsAfter those after it, which no article
// shares.
var (
	thingPronouns = map[string]bool{
		"le": true, "la": true, "l": true, "les": true, "it": true, "them": true, "lo": true, "los": true, "las": true, "li": true,
		"es": true, "sie": true, "ihn": true, "o": true, "os": true, "as": true,
	}
	thingPronounsAfter = map[string]bool{"it": true, "them": true, "es": true, "ihn": true}
)

// everythingBroken reports whether the blast term p breaks everything,
// with no place to name ("casse tout", "quebro tudo"; not Italian
// "spacco tutto", also to ace something: "vengo all'esame e spacco tutto",
// nor English "break everything": "I'll break everything if I fix the
// printer myself").
func everythingBroken(p string) bool {
	for _, w := range [...]string{" tout", " tudo", " todo"} {
		if strings.HasSuffix(p, w) {
			return true
		}
	}
	return false
}

// startsClause reports whether the normalized text at at starts right
// after a comma.
func startsClause(n *normalized, at int32) bool {
	src := strings.TrimRight(n.src[:n.pos[at]], " ")
	return src != "" && src[len(src)-1] == ','
}

// allAfter reports whether the normalized text after a word starts with
// a word for all of them: "kill all the staff", "tuez tous les agents".
func allAfter(rest []byte) bool {
	w, _ := firstWord(rest)
	switch string(w) {
	case "all", "every", "tous", "toutes", "todos", "todas", "tutti", "tutte", "alle":
		return true
	}
	return false
}

// prejudiceWords name a prejudice or call a saying false: a text that
// uses one condemns the generalisation it quotes ("Les gens disent que
// les Portugais sont tous des tricheurs : c'est raciste et faux", "It's
// a myth that migrants are taking over our jobs", "j'ai signalé ce
// sexisme").
var prejudiceWords = map[string]bool{
	"raciste": true, "racistes": true, "racisme": true, "racist": true, "racism": true, "racista": true, "racismo": true, "razzista": true, "razzismo": true, "rassistisch": true, "rassismus": true,
	"sexiste": true, "sexistes": true, "sexisme": true, "sexist": true, "sexism": true, "sexista": true, "sexismo": true, "sessista": true, "sessismo": true, "sexistisch": true,
	"homophobe": true, "homophobie": true, "homophobic": true, "homophobia": true, "homofobo": true, "homofobia": true, "homophob": true,
	"xenophobe": true, "xenophobie": true, "xenophobic": true, "validiste": true, "validisme": true, "ableist": true,
	"discrimination": true, "discriminatoire": true, "discriminatory": true, "discriminacion": true, "discriminazione": true, "discriminacao": true, "diskriminierung": true, "diskriminierend": true,
	"antisemite": true, "antisemites": true, "antisemitisme": true, "antisemitic": true, "antisemitism": true, "islamophobe": true, "islamophobie": true, "islamophobic": true, "islamophobia": true,
	"myth": true, "mythe": true, "mito": true, "cliche": true, "cliches": true, "prejuge": true, "prejuges": true, "prejudice": true, "prejudices": true, "stereotype": true, "stereotypes": true, "stereotipo": true, "estereotipo": true, "vorurteil": true, "vorurteile": true,
	// Round 44: a myth, a conspiracy theory, antisemitism, a lie named in
	// German ("Der Mythos, die Juden beherrschen die Banken, ist
	// gefährlicher Antisemitismus").
	"mythos": true, "verschworungstheorie": true, "verschworungsmythos": true, "antisemitismus": true, "antisemitisch": true, "antisemitische": true, "luge": true,
}

// prejudiceFilter tells the words that are no prejudiceWords.
var prejudiceFilter = newWordFilter([]map[string]bool{prejudiceWords})

// condemnsPrejudice reports whether the normalized text names a
// prejudice with no negation just before the word ("je ne suis pas
// raciste mais…", "it's not racist to say…" condemn nothing).
func condemnsPrejudice(text []byte) bool {
	var prev, prev2 []byte
	for rest := text; len(rest) > 0; {
		var w []byte
		w, rest = firstWord(rest)
		if len(w) == 0 {
			break
		}
		// A claim said false: "Es falso que los inmigrantes vengan a
		// aprovecharse", "it's untrue that…" (not "un DNI falso").
		falseClaim := (string(w) == "que" || string(w) == "che") && string(prev) == "falso" || string(w) == "that" && string(prev) == "untrue"
		if prejudiceFilter.may(w) && prejudiceWords[string(w)] || falseClaim {
			neg := false
			for _, p := range [...][]byte{prev, prev2} {
				switch string(p) {
				case "pas", "not", "no", "nicht", "non", "nao", "t", "kein", "ni", "nor", "jamais", "never":
					neg = true
				}
			}
			if !neg {
				return true
			}
		}
		prev2, prev = prev, w
	}
	return false
}

// groupBeing, as normalized, are the plural verbs of being a group is
// the subject of in a generalisation (patAllOf): "are", "sind", "sont".
var groupBeing = map[string]bool{
	"are": true, "were": true, "r": true, "sont": true, "etaient": true, "sind": true, "waren": true, "son": true, "eran": true, "sono": true, "erano": true, "sao": true, "eram": true,
}

// beingAfter returns where the plural verb of being (groupBeing) ends
// among the four normalized words after byte end, none of them a mark of
// the source between; or -1.
func beingAfter(n *normalized, end int32) int32 {
	at := end
	for k := 0; k < 4; k++ {
		w, rest := firstWord(n.text[at:])
		if len(w) == 0 {
			return -1
		}
		wEnd := int32(len(n.text) - len(rest))
		if int(wEnd) <= len(n.pos) && wEnd > 0 && strings.ContainsAny(n.src[n.pos[end-1]:n.pos[wEnd-1]], ",;:.!?") {
			return -1
		}
		if groupBeing[string(w)] {
			return wEnd
		}
		at = wEnd
	}
	return -1
}

// emphasisWords, as normalized, may stand between a verb of being and
// the judgement of a generalisation (patAllOf): articles and words of
// "nothing but" ("sont que des voleurs", "are nothing but terrorists",
// "sind nur Schmarotzer").
var emphasisWords = map[string]bool{
	"des": true, "de": true, "que": true, "tous": true, "toutes": true, "vraiment": true,
	"a": true, "an": true, "just": true, "all": true, "nothing": true, "but": true, "only": true, "really": true,
	"unos": true, "unas": true, "todos": true, "solo": true, "nada": true, "mas": true,
	"alle": true, "nur": true, "echte": true, "dei": true, "degli": true, "delle": true, "tutti": true,
	"uns": true, "umas": true, "so": true,
}

// onlyEmphasis reports whether normalized bytes b hold at most three words,
// all of emphasisWords.
func onlyEmphasis(b []byte) bool {
	count := 0
	for {
		w, rest := firstWord(b)
		if len(w) == 0 {
			return true
		}
		if count++; count > 3 || !emphasisWords[string(w)] {
			return false
		}
		b = rest
	}
}

// negatedWithin reports whether normalized bytes b hold a negation
// (negations, or French "ne" and "n").
func negatedWithin(b []byte) bool {
	for {
		w, rest := firstWord(b)
		if len(w) == 0 {
			return false
		}
		if (negations[string(w)] || string(w) == "ne" || string(w) == "n") && !(string(w) == "nothing" && string(firstWordOf(rest)) == "but") {
			return true // (not "nothing but": "are nothing but terrorists")
		}
		b = rest
	}
}

// asIfBefore reports whether the normalized text before a generalisation
// ends on "comme si", "as if", "como si", "als ob", "come se", "como se"
// within its last four words: an irony of the writer against it.
func asIfBefore(b []byte) bool {
	tail := b[max(0, len(b)-40):]
	for _, p := range [...]string{"comme si", "as if", "como si", "als ob", "come se", "como se", "as though"} {
		if i := bytes.LastIndex(tail, []byte(p)); i >= 0 && wordsIn(tail[i:]) <= 6 {
			return true
		}
	}
	return false
}

// othersViewAfter reports whether the normalized words right after a
// judgement say it is others' view: "pour eux", "for them", "in their
// eyes", "à leurs yeux", "para ellos", "für sie".
func othersViewAfter(b []byte) bool {
	b = bytes.TrimLeft(b, " ")
	for _, p := range [...]string{"pour eux", "pour elles", "for them", "in their eyes", "a leurs yeux", "selon eux", "para ellos", "fur sie", "per loro", "para eles"} {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// wordsIn counts the words of normalized bytes b.
func wordsIn(b []byte) int {
	count := 0
	for {
		w, rest := firstWord(b)
		if len(w) == 0 {
			return count
		}
		count++
		b = rest
	}
}

// stressedPraise, as normalized, stress the praise of wits right before
// the word ("a true genius", "un vrai génie", "quel génie"): with a
// blunder after it, sarcasm (patGenius).
var stressedPraise = map[string]bool{
	"true": true, "real": true, "absolute": true, "vrai": true, "veritable": true, "sacre": true, "quel": true,
	"verdadero": true, "autentico": true, "menudo": true, "echtes": true, "wahres": true, "vero": true, "verdadeiro": true,
}
