package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/avisproject/avis/moderation/lexicon"
)

// The builders below turn word lists into the lookup tables of each
// stage; they run once, in New.

// foldSet returns the folded forms of words.
func foldSet(f *folder, words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		_, fold := f.tokenize(w, nil, nil)
		m[strings.TrimSpace(string(fold))] = true
	}
	return m
}

func newNames(f *folder, set *lexicon.Set) *names {
	nm := &names{
		first:     map[string]uint8{},
		surnames:  foldSet(f, set.Surnames),
		cues:      map[string]uint8{},
		closings:  map[string]bool{},
		particles: map[string]bool{},
		stop:      map[string]bool{},
		acronyms:  foldSet(f, set.Acronyms),
		places:    foldSet(f, set.PlaceWords),
		lowerWord: foldSet(f, set.FirstNameLower),
		inst:      map[string]bool{},
		instFirst: map[string]bool{},
		words:     map[string]*wordInfo{},
		none:      &wordInfo{},
	}
	for w := range foldSet(f, set.FirstNames) {
		nm.first[w] = firstName
	}
	for w := range foldSet(f, set.FirstNameWords) {
		nm.first[w] = firstNameWord
	}
	for w := range nm.lowerWord {
		if nm.first[w] == 0 {
			nm.first[w] = firstName
		}
	}
	for _, c := range set.Titles {
		cls := uint8(cueTitle)
		if c.Class == "upper" {
			cls = cueUpper
		}
		nm.cues[foldOne(f, c.Term)] = cls
	}
	for _, c := range set.Roles {
		cls := uint8(cueRole)
		switch c.Class {
		case "called":
			cls = cueCalled
		case "thanks":
			cls = cueThanks
		case "kin":
			cls = cueKin
		case "staff":
			cls = cueStaff
		case "closing":
			// Read by signature only, whatever else the words are.
			nm.closings[foldOne(f, c.Term)] = true
			continue
		}
		nm.cues[foldOne(f, c.Term)] = cls
	}
	for _, c := range set.NameWords {
		w := foldOne(f, c.Term)
		if c.Class == "particle" || c.Class == "name-particle" {
			nm.particles[w] = true
		}
		if bit := nameWordClasses[c.Class]; bit != 0 {
			nm.word(w).nameWord |= bit
		}
	}
	// Words that spell digits, for phone numbers written out
	// (personal_spelled.go), and words that announce a plate
	// (personal_plates.go): read through the word table, as every token
	// is, where a map of their own would cost a lookup per token.
	for _, c := range set.PersonalCues {
		if k := spelledClasses[c.Class]; k != 0 {
			nm.word(foldOne(f, c.Term)).spelled = k
		}
		if c.Class == "plate" {
			nm.word(foldOne(f, c.Term)).plate = true
		}
		// The words of class lives (habite, live), folded as
		// newPersonal folds the others (an empty one names no word), for
		// namedAddresses and privateBefore.
		if c.Class == "lives" {
			if w := foldOne(f, c.Term); w != "" {
				nm.word(w).lives = true
			}
		}
	}
	for _, c := range set.Stopwords {
		w := foldOne(f, c.Term)
		// "voy", "gonna", "que" only vote for their language: they stay
		// words of names and of the models, trained with them.
		lang, word := strings.CutSuffix(c.Class, "-word")
		if !word {
			nm.stop[w] = true
		}
		if i := langIndex(lang); i >= 0 {
			nm.word(w).langs |= 1 << i
		}
	}
	// An allowed word is no name alone (Bitche, Cockburn), but for the
	// first names that are no other word, allowed because an insult
	// hides in them: Véronique, Dominique, Monique ("nique").
	for w := range foldSet(f, set.Allow) {
		if nm.first[w] != firstName || nm.lowerWord[w] {
			nm.stop[w] = true
		}
	}
	// Proper nouns the abuse lists allow (Cockburn, Bitche) may be
	// surnames after a first name; everyday words (identité) may not.
	for _, w := range set.Allow {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !strings.Contains(w, " ") {
			nm.word(foldOne(f, w)).allowed = true
		}
	}
	instLens := map[string]uint32{}
	nm.instBits = make([]uint64, instFilterBits/64)
	for _, i := range set.Institutions {
		w := foldOne(f, i)
		nm.inst[w] = true
		h := uint64(0)
		for j, word := range strings.Split(w, " ") {
			h = phraseHash(h, j, wordHash([]byte(word)))
			if j == 1 {
				b := h & (instFilterBits - 1) // the first two words
				nm.instBits[b/64] |= 1 << (b % 64)
			}
		}
		b := h & (instFilterBits - 1)
		nm.instBits[b/64] |= 1 << (b % 64)
		first, _, _ := strings.Cut(w, " ")
		nm.instFirst[first] = true
		words := strings.Count(w, " ") + 1
		nm.instMax = max(nm.instMax, words)
		if words <= 32 {
			instLens[first] |= 1 << (words - 1)
		}
	}
	// One entry per word for the hot path.
	for w, c := range nm.first {
		nm.word(w).first = c
	}
	for w, c := range nm.cues {
		nm.word(w).cue = c
	}
	for w := range nm.lowerWord {
		nm.word(w).lower = true
	}
	for w := range nm.surnames {
		nm.word(w).surname = true
	}
	for w := range nm.stop {
		nm.word(w).stop = true
	}
	for w := range nm.acronyms {
		nm.word(w).acronym = true
	}
	for w := range nm.places {
		nm.word(w).place = true
		// The second word of a place phrase ("colegio público"): only
		// before it is the phrase looked up (names.protect).
		if _, second, ok := strings.Cut(w, " "); ok && !strings.Contains(second, " ") {
			nm.word(second).placeNext = true
		}
	}
	for _, w := range strings.Fields("saint sainte st ste san santa santo sant sao sankt") {
		nm.word(w).saint = true
	}
	for w := range nm.particles {
		nm.word(w).particle = true
	}
	for w := range numberAfter {
		nm.word(w).street = true
	}
	for w := range frenchStreets {
		nm.word(w).street = true
	}
	for w := range nm.instFirst {
		nm.word(w).instFirst = true
		nm.word(w).instLens = instLens[w]
	}
	for _, w := range spelledAt {
		nm.word(w).mailAt = true
	}
	for w := range scamWarnings {
		nm.word(w).scam |= scamAlone
	}
	for p := range scamWarningPairs {
		nm.word(p[1]).scam |= scamSecond
	}
	for p := range toldPairs {
		nm.word(p[1]).scam |= scamSecond
	}
	// The words promoOffered looks for: most texts have none, and then
	// it reads no further.
	for _, m := range []map[string]bool{discountWords, freeWords, couponWords} {
		for w := range m {
			nm.word(w).promo = true
		}
	}
	for _, m := range []map[[2]string]bool{promoPairs, cheapestPairs, limitedPairs} {
		for p := range m {
			nm.word(p[1]).promo = true
		}
	}
	// The small sets read for every word of a text (chainLetter,
	// scamNamed). A word in no list otherwise is bare: find takes it for
	// one in no list, as it did before it had an entry.
	for _, c := range []struct {
		set map[string]bool
		bit uint8
	}{{chainNumbers, setChainNumber}, {chainPeople, setChainPeople}, {scamNouns, setScamNoun}, {impostorWords, setImpostor}, {relativeWords(), setRelative},
		{calendarWords, setCalendar}, {monthAbbreviations, setCalendar}, {flatWords, setFlat}} {
		for w := range c.set {
			if _, ok := nm.words[w]; !ok {
				nm.word(w).bare = true
			}
			nm.word(w).sets |= c.bit
		}
	}
	nm.freeze()
	return nm
}

// freeze builds the table that annotate reads from the words and their
// entries: open addressing on wordHash, at most half full, the entries
// side by side in the table (every stage reads those of a text's words,
// and a slot leads to its entry with no pointer between). The words map
// to the table's entries afterwards, so that what is set on a word later
// is set in the table. It is rebuilt whenever words are added after
// newNames (markListed).
func (nm *names) freeze() {
	size := 16
	for size < 4*len(nm.words) {
		size *= 2
	}
	// Entry 0 is that of the words in no list.
	t := wordTable{slots: make([]uint64, size), entries: make([]wordInfo, 1, len(nm.words)+1), mask: uint64(size - 1)}
	for w, info := range nm.words {
		if info.bare {
			// Bare no more once a list has marked it (markListed).
			c := *info
			c.word, c.short, c.sets, c.bare = "", 0, 0, false
			info.bare = c == wordInfo{}
		}
		h := wordHash([]byte(w))
		info.word = w
		info.short = 0
		if len(w) <= 8 {
			for i := 0; i < len(w); i++ {
				info.short |= uint64(w[i]) << (8 * i)
			}
		}
		t.entries = append(t.entries, *info) // within capacity: no entry moves
		nm.words[w] = &t.entries[len(t.entries)-1]
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h>>32<<32 | uint64(min(len(w), 255))<<24 | uint64(len(t.entries)-1)
	}
	nm.table = t
	nm.none = &t.entries[0]
}

// word returns the entry of the folded word w, creating it.
func (nm *names) word(w string) *wordInfo {
	info, ok := nm.words[w]
	if !ok {
		info = &wordInfo{}
		nm.words[w] = info
	}
	return info
}

// foldOne returns the folded words of s separated by single spaces.
func foldOne(f *folder, s string) string {
	_, fold := f.tokenize(s, nil, nil)
	return strings.TrimSpace(string(fold))
}

// The classes of name_words.txt, as bits of wordInfo.nameWord (particle
// is wordInfo.particle).
const (
	nwNameParticle uint16 = 1 << iota // a particle found in names only (ben, van, mac)
	nwNegation                        // a negation after a surname (ne, never, nunca)
	nwAbbrev                          // an abbreviated title (sra, sig, dott)
	nwTitleEnding                     // the ending after an abbreviated title's dot (Sig.ra)
	nwDegree                          // a German doctor's faculty (Dr. med.)
	nwStreetEnd                       // a German street word ending a hyphenated name (-Allee)
	nwPlaceAfter                      // an English place word after a person's name (Victor Hugo metro)
	nwActs                            // after a first name, makes it someone who acted (qui, told)
	nwActsOnWriter                    // a pronoun a person acts on the writer with (me, nos, mi)
	nwWith                            // a preposition a person follows (with, con, par, by)
	nwAtWork                          // after a name, before where the person works (at, from, del)
	nwWorkplace                       // where a person works, after a name (reception, segreteria)
	nwServed                          // a verb of serving the writer, before a person (atendió, served)
	nwPlural                          // a plural title, before two names (señores, signori, messieurs)
	nwNounArticle                     // an article before nouns, never names (ein, une, der)
	nwOurLady                         // a possessive that makes a title Our Lady (nuestra, nossa)
)

var nameWordClasses = map[string]uint16{
	"name-particle": nwNameParticle, "negation": nwNegation, "abbreviation": nwAbbrev, "title-ending": nwTitleEnding,
	"degree": nwDegree, "street-end": nwStreetEnd, "place-after": nwPlaceAfter, "acts": nwActs, "acts-on-writer": nwActsOnWriter,
	"with": nwWith, "at-work": nwAtWork, "workplace": nwWorkplace, "served": nwServed, "plural": nwPlural,
	"noun-article": nwNounArticle, "our-lady": nwOurLady,
}

// threatCueClasses and targetClasses map the classes of threat_cues.txt
// and targets.txt to pattern classes; lexicon.CueClasses lists the same
// names, so that Load refuses any other.
var (
	threatCueClasses = map[string]uint8{
		"intent": patIntent, "violence": patViolence, "weapon": patWeapon, "threat": patThreat,
		"self": patSelf, "blast": patBlast, "warn": patWarn, "report": patReport, "idiom": patIdiom,
		"future": patFuture, "know": patKnow, "private": patPrivate, "home": patHome, "meet": patMeet,
		"outside": patOutside, "said": patSaid, "happen": patHappen, "pity": patPity, "stalk": patStalk,
		"outcome": patOutcome, "send": patSend, "next": patNext, "fuel": patFuel, "sabotage": patSabotage,
		"hurt": patHurt, "limb": patLimb, "lawful": patLawful, "consumed": patConsumed,
		"burn": patBurn, "property": patProperty, "carried": patCarried, "ultimatum": patUltimatum, "seewhat": patSeeWhat, "soon": patSoon, "called": patCalled,
		"must": patMust, "armed": patArmed, "child": patChild, "childplace": patChildPlace, "aside": patAside,
		"wish": patWish, "ill": patIll, "gang": patGang, "otherway": patOtherWay, "settle": patSettle, "sympathy": patSympathy,
		"heard": patHeard, "stayaway": patStayAway, "advice": patAdvice, "knowthat": patKnowThat, "unmissed": patUnmissed, "drama": patDrama, "dare": patDare, "calledafter": patCalledAfter, "calledthird": patCalledThird,
		"execute": patExecute, "present": patPresent,
	}
	targetClasses = map[string]uint8{
		"person": patPerson, "you": patYou, "group": patGroup, "thing": patThing, "animal": patAnimal,
		"accuse": patAnimal, "charge": patAccuse, "aim": patAim, "this": patThis, "like": patLike, "place": patPlace,
		"general": patGeneral, "groupis": patGroupIs, "agegroup": patAgeGroup, "all": patAll, "bad": patBad, "dirty": patDirty, "compound": patCompound,
		"copula": patCopula, "yours": patYours, "body": patBody, "mine": patMine, "vocative": patVocative,
		"theirs": patTheirs, "compare": patCompare, "object": patObject,
		"myself": patMyself, "myself-after": patMyselfAfter, "desk": patDesk, "real-animal": patRealAnimal, "who": patWho, "quality": patQuality, "likened": patLikened, "unfit": patUnfit, "looks": patLooks, "dim": patDim, "allof": patAllOf, "groupfirst": patGroupFirst, "trait": patTrait,
		"genius": patGenius, "irony": patIrony, "blunder": patBlunder,
	}
)

func newAbuse(f *folder, set *lexicon.Set, spam map[string]int) *abuse {
	b := newAbuseBuilder(f)
	for term, w := range spam {
		if !isRawSpam(term) {
			b.add(term, patMeta{class: patSpam, severity: uint8(w), lang: -1})
		}
	}
	for _, t := range set.Abuse {
		b.add(t.Term, patMeta{class: categoryClass(t.Category), severity: uint8(t.Severity), lang: int8(langIndex(t.Lang))})
	}
	for _, c := range set.ThreatCues {
		if cls, ok := threatCueClasses[c.Class]; ok {
			b.add(c.Term, patMeta{class: cls, severity: 4, lang: -1})
		}
	}
	for _, c := range set.Targets {
		if cls, ok := targetClasses[c.Class]; ok {
			b.add(c.Term, patMeta{class: cls, lang: -1})
		}
		if c.Class == "charge" {
			// An accusation of one person follows an animal's rules, but
			// not before who, and after a coordinated copula mid-clause
			// too; the abuse model, which marks the words of patAnimal
			// as listed, still weighs it.
			b.add(c.Term, patMeta{class: patAnimal, lang: -1})
		}
	}
	a := b.build()
	// The future of the first person is found by futureIntents, not by
	// the automaton: a pattern of its own, which no text spells.
	a.future = int32(len(a.patterns))
	a.patterns = append(a.patterns, "je …rai")
	a.prefix = append(a.prefix, false)
	a.exact = append(a.exact, false)
	a.metas = append(a.metas, []patMeta{{class: patIntent, severity: 4, lang: -1}})
	a.classes = classMasks(a.metas)
	for _, w := range set.Allow {
		t := normalizeTerm(f, w)
		a.allow[t] = true
		// A hyphenated compound is read as words apart, and joined
		// on the pass that drops the hyphens (culdesac).
		if strings.Contains(t, " ") && strings.Contains(w, "-") {
			a.compounds = true
			a.allow[strings.ReplaceAll(t, " ", "")] = true
		}
	}
	return a
}
