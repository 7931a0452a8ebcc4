package moderation

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Classes of first names.
const (
	firstName     = 1 // a first name and nothing else (Amélie, Mamadou)
	firstNameWord = 2 // a first name that is also a word (Pierre, Rose, France)
)

// Classes of cue words.
const (
	cueTitle  = 1 // M., Mme, Dr: a name follows, in any case
	cueUpper  = 2 // M, Sr: a title only when written with a capital
	cueRole   = 3 // l'agent, la conseillère: a capitalised name may follow
	cueCalled = 4 // s'appelait, called: a capitalised name may follow
	cueThanks = 5 // merci (à), thanks (to): a first name after it is a name, even one that is a word (Rocío, Rose)
	cueKin    = 6 // ma fille, meiner Tochter, Liebe Grüße: a capitalised name right after it, no lower-case word further on
	cueStaff  = 7 // impiegati, técnicos: staff in the plural, a role after names ("Conte e Ferrari, i due impiegati"), never before one
)

// names finds the names of people: after titles and role words, first
// names (with the surname after them), and the agents of the service's
// directory. Places named after people (rue Jean Jaurès, lycée Victor Hugo,
// Saint-Étienne), institutions (France Services) and acronyms are never
// masked.
type names struct {
	first     map[string]uint8
	surnames  map[string]bool
	cues      map[string]uint8
	closings  map[string]bool // folded closings of a letter, before a signature
	particles map[string]bool
	stop      map[string]bool
	acronyms  map[string]bool
	places    map[string]bool
	lowerWord map[string]bool      // first names that are lower-case words
	words     map[string]*wordInfo // while building; annotate reads table
	table     wordTable
	none      *wordInfo       // the info of words in no list
	inst      map[string]bool // folded phrases, words separated by one space
	// instBits has the bit of every phrase of inst, by its phraseHash,
	// and of the first two words of every phrase of two words or more:
	// most words that start an institution (la, centre, maison) start
	// none in the text, and the bits say so before the map is read.
	instBits  []uint64
	instFirst map[string]bool // first words of institutions
	instMax   int             // most words in an institution
}

// annotate points every token to what the word lists say of its folded
// form: one hash and one table lookup per word for all the stages (the
// models read a listed word's hash from its entry).
func (nm *names) annotate(toks []token, fold []byte) {
	nm.annotateHashes(toks, fold, nil)
}

// annotateHashes is annotate, which also appends the wordHash of every
// token to hashes: the models read them.
func (nm *names) annotateHashes(toks []token, fold []byte, hashes []uint64) []uint64 {
	hashes = slices.Grow(hashes, len(toks))
	for k := range toks {
		w := fold[toks[k].fs:toks[k].fe]
		h := wordHash(w)
		hashes = append(hashes, h)
		toks[k].info = nm.table.get(h, w)
	}
	return hashes
}

// wordTable maps folded words to their entries, by their wordHash. Built
// once (names.freeze), then only read: a word costs a hash and, most of
// the time, one read of a slot, 8 bytes so that the table stays small in
// the cache.
//
// Whether a word of a text is in the lists comes at no pattern a branch
// predictor could learn. So the table is at most a quarter full, and a
// slot says all a lookup needs to stop at it with one branch: it holds
// the word's length, and entry 0 is the entry of the words in no list,
// where an empty slot leads; a word of eight bytes or fewer, most words,
// is compared as an integer, the entry's short. (Kept in the entry, whose
// fields every stage reads next, rather than in a table of its own: a
// word of a text found in the lists then reads two lines of the cache,
// its slot's and its entry's, where it read three, most of them missed.)
type wordTable struct {
	slots   []uint64 // top 32 bits of the hash, the word's length (8 bits, at most 255) and the entry's index (24 bits; 0: empty)
	entries []wordInfo
	mask    uint64
}

// get returns the entry of w, whose hash is h: entries[0] when w is in no
// list.
func (t *wordTable) get(h uint64, w []byte) *wordInfo {
	key := h>>32<<32 | uint64(min(len(w), 255))<<24
	if len(w) > 8 {
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			s := t.slots[i]
			e := s & 0xffffff
			if s == 0 || s&^0xffffff == key && t.entries[e].word == string(w) {
				return &t.entries[e]
			}
		}
	}
	var x uint64 // w as an integer
	if cap(w) >= 8 {
		x = binary.LittleEndian.Uint64(w[:8]) & (1<<(8*len(w)) - 1) // 1<<64 is 0: all eight bytes
	} else {
		for i, c := range w {
			x |= uint64(c) << (8 * i)
		}
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		e := s & 0xffffff
		// An empty slot (e = 0) or w's: the entry.
		if b2i(s == 0)|b2i(s&^0xffffff == key)&b2i(t.entries[e].short == x) != 0 {
			return &t.entries[e]
		}
	}
}

// protect marks the tokens that can never be names: acronyms,
// institutions, and the words of a place named after a person. hashes
// holds the wordHash of each token (annotateHashes).
func (nm *names) protect(text string, toks []token, fold []byte, hashes []uint64, keep []bool, langs uint8) {
	keepFieldLabels(text, toks, fold, keep)
	// The phraseHash of the words from an institution's first word, one
	// more word at a time: phrases[n-1] is that of the n words. (Declared
	// once, not zeroed at every such word.)
	var phrases [32]uint64
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.info.acronym && (t.has(tokUpper) || !t.has(tokCap)) {
			keep[k] = true
		}
		// A first name bound by a hyphen to a frequent lower-case word
		// names a town: "Vic-sur-Cère" (not "Jean-marc", "Jean-loup").
		if t.has(tokHyphen) && t.has(tokCap) && t.info.first != 0 && k+1 < len(toks) {
			if u := &toks[k+1]; !u.has(tokCap) && u.has(tokHyphen) && u.info.stop && u.info.first == 0 && !u.info.surname {
				keep[k], keep[k+1] = true, true
			}
		}
		if !t.info.instFirst {
			continue
		}
		longest := min(nm.instMax, len(toks)-k, bits.Len32(t.info.instLens))
		if longest >= 2 && !nm.mayBeInst(phraseHash(hashes[k], 1, hashes[k+1])) {
			longest = 1 // the two words start no institution: only the first may be one
		}
		h := uint64(0)
		for j := range longest {
			h = phraseHash(h, j, hashes[k+j])
			phrases[j] = h
		}
		for n := longest; n >= 1; n-- {
			if t.info.instLens&(1<<(n-1)) == 0 || !nm.mayBeInst(phrases[n-1]) {
				continue
			}
			// Not across a sentence's end: "ViCtor!Hugo" is no Victor
			// Hugo (found by fuzzing).
			if nm.inst[string(fold[t.fs:toks[k+n-1].fe])] && !breakWithin(text, toks[k:k+n]) {
				for m := k; m < k+n; m++ {
					keep[m] = true
				}
				k += n - 1
				break
			}
		}
	}
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		// A month after a day's number is a date: "your letter of 18
		// June says", "le 3 Mai Martine m'a appelée", "since 2 Jan.";
		// not a month that is a first name before a known name
		// ("Counter 3 June Smith was lovely").
		if t.has(tokDigit) && !t.has(tokLetter) && t.ce-t.cs <= 2 && k+1 < len(toks) {
			w := string(fold[toks[k+1].fs:toks[k+1].fe])
			named := k+2 < len(toks) && toks[k+2].has(tokCap) && (toks[k+2].info.surname || toks[k+2].info.first != 0) && !gapHasBreak(text, toks[k+1], toks[k+2])
			if toks[k+1].info.sets&setCalendar != 0 && !(named && toks[k+1].info.first != 0) || w == "may" && !named {
				keep[k+1] = true
			}
		}
		// "Karl-Marx-Allee", "Rosa-Luxemburg-Platz": a German street
		// ends on its street word, hyphenated to the name before it.
		if k > 0 && toks[k-1].has(tokHyphen) && !t.has(tokMasked) && t.info.nameWord&nwStreetEnd != 0 {
			for m := k - 1; m >= 0 && m >= k-4 && toks[m].has(tokHyphen) && !toks[m].has(tokMasked); m-- {
				keep[m] = true
			}
		}
		// (A place word inside personal data found is no place word:
		// "0@0.BD A.AA" is an e-mail address, then an initial and a
		// surname, which a second reading finds with the address
		// masked; found by fuzzing.)
		// "Nuestra Señora de Candelaria": Our Lady names a place too.
		lady := t.info.cue == cueTitle && k > 0 && toks[k-1].info.nameWord&nwOurLady != 0
		// From a writer who capitalises nothing, a saint's word before
		// a first name names a place too: "les urgences du santa maria",
		// "la caf de st denis"; not "são", a verb too ("os técnicos são
		// joão e pedro").
		if t.info.saint && !t.has(tokCap) && !t.has(tokMasked) && k+1 < len(toks) && !toks[k+1].has(tokCap) && toks[k+1].info.first != 0 && (!gapHasBreak(text, *t, toks[k+1]) || saintDot(text, toks, fold, k)) && string(fold[t.fs:t.fe]) != "sao" {
			keep[k+1] = true
		}
		// A place word, or an English word that names a place after a
		// name but none before one ("Washington Heights", "the
		// Elizabeth line").
		// (Not a capital letter with no dot after a courtesy title, an
		// initial as English writes it: "Mr R Patel", though "r." is
		// short for a street.)
		initial := t.info.place && t.fe-t.fs == 1 && t.has(tokCap) && !t.has(tokDot) && k > 0 && courtesyTitles[string(fold[toks[k-1].fs:toks[k-1].fe])]
		// A pet's name is no person's: "Mon chat Oscar s'était
		// échappé", "My dog Oscar was attacked".
		if k > 0 && t.has(tokCap) && t.info.first != 0 && petFilter.may(fold[toks[k-1].fs:toks[k-1].fe]) && petWords[string(fold[toks[k-1].fs:toks[k-1].fe])] && !gapHasBreak(text, toks[k-1], *t) {
			keep[k] = true
			continue
		}
		placeBefore := t.info.place && !initial || t.info.saint && t.has(tokCap) || lady || langs&italianBit != 0 && italianVia(toks, fold, k)
		if !placeBefore && t.info.nameWord&nwPlaceAfter == 0 || t.has(tokMasked) {
			continue
		}
		// "Jules Joffrin station", "Pasteur hospital": in English the
		// place word comes after the capitalised words of its name; it
		// is capitalised too when it is no name itself ("Edward Street",
		// "the Hope Street jobcentre"; not "Sophie Park", "Lois Lane").
		// (Not before another capitalised word, which makes the place word
		// part of a job's title: "Kevin Douglas School Liaison Officer".)
		// A place word that is a surname too names a place after a name
		// that is no first name nor a title, or after "the", "at" or "in":
		// "the Lincoln Park post office", "the rose garden at Lincoln
		// Park", "Hughes Park" (not "Mr Park", "Sophie Park", "in Sophie
		// Park's office"); and before
		// another place word: "the Winston Churchill Memorial Trust".
		surnamePlace := t.info.surname && t.info.first == 0 && !t.has(tokApos) && k > 0 && toks[k-1].info.cue == 0 && (toks[k-1].info.first == 0 || k > 1 && placeBeforeWords[string(fold[toks[k-2].fs:toks[k-2].fe])])
		capPlace := t.has(tokCap) && !t.has(tokUpper) && (!t.info.surname || surnamePlace) && t.info.first == 0 &&
			(k+1 == len(toks) || !toks[k+1].has(tokCap) || gapText(text, *t, toks[k+1]) != "" || toks[k+1].info.nameWord&nwPlaceAfter != 0)
		if (!t.has(tokCap) || capPlace) && t.info.nameWord&nwPlaceAfter != 0 {
			// One lower-case word of what the place does may come
			// between: "the Edith Cavell health centre", "the Jules
			// Ferry primary school".
			last := k - 1
			// (Not "branch" or "central" before a role: "Emily Davies
			// branch library assistant", a person's job.)
			if last > 0 && !toks[last].has(tokCap) && placeKinds[foldedAt(toks, fold, last)] && !gapHasBreak(text, toks[last], *t) &&
				!((foldedAt(toks, fold, last) == "branch" || foldedAt(toks, fold, last) == "central") && k+1 < len(toks) && (toks[k+1].info.cue == cueRole || toks[k+1].info.cue == cueStaff)) {
				last--
			}
			// Or a possessive's s, not a person's: "the Royal Alexandra
			// Children's Hospital" (not "Sophie's Hospital visit").
			if last > 0 && possessiveS(text, toks, fold, last) && toks[last-1].info.first == 0 && !toks[last-1].info.surname {
				last--
			}
			// (Across those, not the name of someone a title announces:
			// "my dad Mr Kowalski day centre place".)
			m, titled := last, false
			for ; m >= 0 && m >= last-2 && toks[m].has(tokCap) && !gapHasBreak(text, toks[m], toks[m+1]); m-- {
				titled = titled || toks[m].info.cue == cueTitle
			}
			if last == k-1 || !titled && (m < 0 || toks[m].info.cue != cueTitle) {
				for j := m + 1; j <= last; j++ {
					keep[j] = true
				}
			}
		}
		if !placeBefore {
			continue
		}
		// The place's name: capitalised words, particles and hyphenated
		// parts right after the place word, or after the second word of
		// a place phrase ("colegio público Miguel Hernández", "istituto
		// comprensivo Gianni Rodari").
		first := k + 1
		if n := k + 1; t.info.place && n < len(toks) && toks[n].info.placeNext && !toks[n].has(tokCap) && !gapHasBreak(text, *t, toks[n]) &&
			nm.places[string(fold[t.fs:t.fe])+" "+string(fold[toks[n].fs:toks[n].fe])] {
			first = n + 1
		}
		for m := first; m < len(toks) && m <= first+4; m++ {
			if gapHasBreak(text, toks[m-1], toks[m]) && !(m == k+1 && saintDot(text, toks, fold, k)) {
				break
			}
			u := toks[m]
			// A number ends the place's name: the capitalised word after
			// it is no part of it ("Sant-0000 Fran", found by fuzzing:
			// kept here, it was masked once "Sant" was, a second reading).
			if u.has(tokDigit) {
				break
			}
			if courtesyTitles[string(fold[u.fs:u.fe])] && !toks[m-1].has(tokHyphen) && !u.has(tokHyphen) {
				// "dans la rue M. Lopez": no street is named after a Mister,
				// but for a hyphenated name (rue Monsieur-le-Prince).
				break
			}
			if u.has(tokCap) || toks[m-1].has(tokHyphen) {
				keep[m] = true
				continue
			}
			if u.info.particle {
				continue
			}
			break
		}
	}
}

// streetBeforeSt, folded, are place words English names streets after
// ("Church St.", "Station St."): the "St." after them is a street's.
var streetBeforeSt = map[string]bool{"church": true, "chapel": true, "station": true, "market": true, "castle": true, "mill": true, "bridge": true, "park": true, "school": true, "hospital": true}

// kinNameEnds reports whether the word at token k, after a relative's
// word, ends its clause or is followed by a verb of a person (personVerbs)
// or "and": then it is the relative's name.
func kinNameEnds(text string, toks []token, fold []byte, k int) bool {
	if k+1 >= len(toks) || strings.ContainsAny(text[toks[k].ce:toks[k+1].cs], ",.;:!?()\n") {
		return true
	}
	w := string(fold[toks[k+1].fs:toks[k+1].fe])
	// French "a" is a person's verb before a participle ("ma fille rose a
	// été accueillie"); English "a" an article ("my husband drew a map").
	if w == "a" {
		return k+2 < len(toks) && frenchAfterA[string(fold[toks[k+2].fs:toks[k+2].fe])]
	}
	return personVerbs[w]
}

// frenchAfterA, folded, follow French "a" (has) after a person's name.
var frenchAfterA = map[string]bool{"ete": true, "eu": true, "fait": true, "dit": true, "besoin": true, "pas": true, "rien": true, "recu": true, "perdu": true, "attendu": true, "appele": true}

// personVerbs, folded, follow a person named as their subject: "my mum
// jean has dementia", "ma fille clara attend", "my daughter lily both
// had".
var personVerbs = map[string]bool{
	"has": true, "had": true, "is": true, "was": true, "and": true, "both": true, "who": true, "s": true, "can": true, "needs": true, "needed": true,
	"est": true, "etait": true, "avait": true, "et": true, "qui": true, "attend": true, "attendait": true, "doit": true, "n": true, "ne": true,
}

// saintDot reports whether token k is a saint's word abbreviated with a
// full stop, which ends no sentence: "Krankenhaus St. Georg", "gare
// st. lazare", "Ste. Anne"; after a place word or a frequent word in
// small letters (not "on Main St. Sarah at the desk…", "the office on
// main st. sarah at the desk", "the bins on Church St. Sarah from the
// council…", a street ending a sentence).
func saintDot(text string, toks []token, fold []byte, k int) bool {
	if k+1 >= len(toks) || !toks[k].info.saint || text[toks[k].ce:toks[k+1].cs] != ". " || k > 0 && (!toks[k-1].info.place && (toks[k-1].has(tokCap) || !toks[k-1].info.stop) || streetBeforeSt[string(fold[toks[k-1].fs:toks[k-1].fe])]) {
		return false
	}
	w := string(fold[toks[k].fs:toks[k].fe])
	return w == "st" || w == "ste"
}

// italianVia reports whether toks[k] is Italian "via", a street, before
// a capitalised name: "la scuola in via Giuseppe Garibaldi", "abito di
// fronte, in via Verdi", "sportello di via Roma", in a text that may be
// Italian (italianBit of protect's langs). "via" is no place word of the
// list: English and French say it before a person ("sent via John Smith",
// "I got in via Sarah Jenkins", "envoyé via Jean"); after a preposition
// or an article of Italian's it is a street's (not "per via di", because
// of).
func italianVia(toks []token, fold []byte, k int) bool {
	t := &toks[k]
	if t.fe-t.fs != 3 || fold[t.fs] != 'v' || string(fold[t.fs:t.fe]) != "via" || k == 0 || k+1 == len(toks) || !toks[k+1].has(tokCap) {
		return false
	}
	return viaBefore[string(fold[toks[k-1].fs:toks[k-1].fe])]
}

// personAfterSurname reports whether the word after the surname at
// token k tells of a person: a pronoun or a verb a person does ("mi",
// "me", "ha", "dijo"; not "che", "que", "è", which things have too: "la
// Ferrari che voleva"), "or" before a second spelling (not a comma: "la
// Luna, ma…"); or "de", "di" before a word in small letters, where she
// works ("de la ventanilla", "dell'ufficio"; not "la Sierra de Madrid",
// "dal balcone").
func personAfterSurname(toks []token, fold []byte, k int) bool {
	w := string(fold[toks[k+1].fs:toks[k+1].fe])
	if surnameFollowers[w] {
		return true
	}
	switch w {
	case "de", "del", "di", "dell", "della", "dello":
		return k+2 < len(toks) && !toks[k+2].has(tokCap)
	}
	return false
}

// surnameFollowers are the folded words after a woman's surname that tell
// of a person (personAfterSurname).
var surnameFollowers = map[string]bool{
	"mi": true, "me": true, "ci": true, "nos": true, "ha": true, "dice": true, "dijo": true, "disse": true, "o": true, "oppure": true,
}

// italianIndex and spanishIndex are the languages' indexes, for find.
var (
	italianIndex = langIndex("it")
	spanishIndex = langIndex("es")
)

// surnameArticles are the folded articles before a woman's surname in
// Italian and Spanish (find).
var surnameArticles = map[string]bool{"la": true, "della": true, "alla": true, "dalla": true, "sulla": true, "nella": true, "colla": true}

// shortSurnameAfterTitle reports whether token m, after a capitalised
// title, is a surname of two or three letters that is a frequent word
// too ("Do", "Lo", "Ba"): capitalised in small letters after, not a
// particle before a capitalised word, and set apart by a mark or
// followed by where the person works (workAfterShort).
func shortSurnameAfterTitle(text string, toks []token, fold []byte, keep []bool, m int) bool {
	u := &toks[m]
	if n := u.fe - u.fs; n < 2 || n > 3 || !u.has(tokCap) || u.has(tokUpper) || !u.info.stop || keep[m] || u.has(tokMasked) || u.has(tokDigit) || u.has(tokApos) {
		return false
	}
	if m+1 == len(toks) {
		return true
	}
	if gap := gapText(text, *u, toks[m+1]); gap == "," || gap == "." || gap == ":" || gap == ";" {
		return true
	}
	return !toks[m+1].has(tokCap) && workAfterShort[string(fold[toks[m+1].fs:toks[m+1].fe])]
}

// workAfterShort are the folded words after a short surname that say
// where the person works: "Dr Lo at the clinic", "Mme Ba du service".
var workAfterShort = map[string]bool{"at": true, "from": true, "au": true, "du": true, "de": true, "des": true, "del": true, "della": true, "vom": true, "da": true, "do": true}

// petWords are the folded animals a pet's name follows (protect).
var petWords = map[string]bool{
	"chat": true, "chatte": true, "chien": true, "chienne": true, "chiot": true, "dog": true, "cat": true, "puppy": true, "kitten": true,
	"perro": true, "perra": true, "gato": true, "gata": true, "cane": true, "gatto": true, "gatta": true, "hund": true, "katze": true, "kater": true,
	"cao": true, "cadela": true, "cachorro": true,
}

// petFilter tells the words that are no petWords (protect asks it
// before the map).
var petFilter = newWordFilter([]map[string]bool{petWords})

// italianBit is Italian's bit in a set of languages.
var italianBit = uint8(1) << langIndex("it")

// viaBefore are the folded Italian prepositions and articles before a
// street's "via".
var viaBefore = map[string]bool{
	"in": true, "di": true, "da": true, "su": true, "la": true, "della": true, "nella": true, "sulla": true,
	"alla": true, "dalla": true, "lungo": true, "una": true, "abito": true, "abitiamo": true, "vivo": true, "residente": true,
}

// instFilterBits is the size of names.instBits: 16 Kib, 2 KiB, so that
// the institutions of the embedded list (some 750, which with their first
// two words set some 930 bits) let through about 6 % of the phrases they
// do not have.
const instFilterBits = 1 << 14

// phraseHash returns the hash of a phrase of j+1 words from that of its
// first j words, h, and the wordHash of the next word, w. The hash of a
// phrase of tokens is so computed from the tokens' folded forms, and is
// that of its folded text, whose words are separated by single spaces,
// split at the spaces.
func phraseHash(h uint64, j int, w uint64) uint64 {
	if j == 0 {
		return w
	}
	return pairHash(h, w)
}

// mayBeInst reports whether the phrase of hash h may be an institution:
// false means it is none.
func (nm *names) mayBeInst(h uint64) bool {
	b := h & (instFilterBits - 1)
	return nm.instBits[b/64]&(1<<(b%64)) != 0
}

// find appends the names in text to out; shout tells whether the text
// is shouted (shouted), once for the many words that ask.
func (nm *names) find(text string, toks []token, fold []byte, keep []bool, dir *directory, out []finding, shout bool, lang int) []finding {
	first := len(out)
	lowerWriter := isLowerWriter(text, toks)
	german := langCode(max(lang, 0)) == "de"
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if dir == nil {
			// Every rule below reads a word neither kept nor masked, and
			// a capitalised word, a cue, a first name or a surname: most
			// words of a text are none, told at once by one branch,
			// where a branch for each test guessed wrong word after word.
			if b2i(keep[k])|b2i(t.has(tokMasked))|b2i(!t.has(tokCap))&b2i(t.info.cue == 0)&b2i(t.info.first == 0)&b2i(!t.info.surname) != 0 {
				continue
			}
		} else if keep[k] || t.has(tokMasked) {
			continue
		}
		if dir != nil {
			if n := nm.directoryRun(toks, fold, keep, dir, k); n > 0 {
				out = append(out, finding{t.cs, toks[k+n-1].ce, maskName})
				k += n - 1
				continue
			}
		}
		// Every rule below reads a capitalised word, a cue, a first name
		// or a surname: most words of a text are none, and skip them
		// all at once.
		if !t.has(tokCap) && t.info.cue == 0 && t.info.first == 0 && !t.info.surname {
			continue
		}
		// A woman named by her surname after the article, as Italian and
		// Spanish say it: "la Pellegrini o Pelegrini come si chiama",
		// "quella della Rossi mi ha trattato male", "la García de la
		// ventanilla". A known surname that is no frequent word, no place
		// and no first name, what follows telling of a person
		// (personAfterSurname): not "la Ferrari", "la Sierra de Madrid",
		// "la Guerra civil", "la Costa Brava".
		if t.info.surname && t.info.first == 0 && !t.info.stop && !t.info.place && !t.info.acronym && t.has(tokCap) && k > 0 && k+1 < len(toks) && (lang == italianIndex || lang == spanishIndex) &&
			surnameArticles[string(fold[toks[k-1].fs:toks[k-1].fe])] && !gapHasBreak(text, toks[k-1], *t) && personAfterSurname(toks, fold, k) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A nickname after two words of naming: "the librarian, who goes
		// by Dot", "everyone calls him Smithy".
		if k >= 2 && t.info.cue == 0 && namingPair(fold, toks, k) && t.has(tokCap) && !t.has(tokUpper) && !addressWords[string(fold[t.fs:t.fe])] && !gapHasBreak(text, toks[k-1], *t) {
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, k, false, false); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
				continue
			}
		}
		switch cue := t.info.cue; {
		case cue == cueTitle || cue == cueUpper && nm.upperTitle(text, toks, fold, k, shout, lowerWriter):
			if t.has(tokApos) || smsWord(toks, fold, k, lang) {
				break
			}
			// "Hospital Nuestra Señora de Candelaria", "Nossa Senhora
			// da Conceição": Our Lady, a church's or a hospital's name.
			if k > 0 && toks[k-1].info.nameWord&nwOurLady != 0 {
				break
			}
			// "un monsieur criait": after a determiner a title is a
			// noun, and a lower-case word after it is no name.
			// "el señor gritó": a lower-case word after a title is a
			// name only from a writer who does not capitalise, or when
			// it is a known surname.
			// "Mr abdelkader el mansouri": after a capitalised title, a
			// lower-case word is a name when it is a first name that is
			// no other word, or a known surname.
			// An abbreviated title is never a noun: "la sra lópez", "il
			// sig. Baldini" (Spanish and Italian put an article before it).
			// (German "an" is "to" before a title: "danke an frau
			// schneider"; English writes no "an" before one.)
			notNoun := k == 0 || !isDeterminer(fold[toks[k-1].fs:toks[k-1].fe]) || t.info.nameWord&nwAbbrev != 0 || string(fold[toks[k-1].fs:toks[k-1].fe]) == "an"
			// (A particle is no sign of a name: "monsieur le receveur",
			// though Le is a surname too.)
			lower := !t.has(tokCap) && !t.has(tokUpper) && notNoun &&
				(lowerWriter || k+1 < len(toks) && !toks[k+1].info.particle && (toks[k+1].info.surname || toks[k+1].info.first != 0)) ||
				notNoun && k+1 < len(toks) && !toks[k+1].has(tokCap) && !toks[k+1].info.stop &&
					(toks[k+1].info.first == firstName && !toks[k+1].info.lower || toks[k+1].info.surname)
			next := afterTitle(toks, fold, k)
			// "Monsieur,\n\nVotre service…", "Exmos. Senhores, Venho
			// por este meio…": a title set apart by a comma addresses
			// the reader, and the word after it opens the letter; a name
			// after it is a known one ("Madame, Dupont, …" is rare). (A
			// line break alone was tried: "Je remercie Madame\nNkemelu"
			// left the name, a review's.)
			if next < len(toks) && next == k+1 && strings.Contains(text[t.ce:toks[next].cs], ",") && !knownName(toks[next]) {
				break
			}
			// A lower-case title is a noun as often as a title ("la
			// señora llegó tarde", "le monsieur parlait trop vite"): the
			// word after it that is plainly no name is none.
			// (Not after the Italian titles cut short, said only before
			// a name: "il signor calò", "il dottor pirò".)
			// (Nor a particle before a known name: "m. dos santos", N' of
			// a listed surname: "mme n'diaye", or an initial: "mrs e.
			// wright".)
			if lower && !t.has(tokCap) && next < len(toks) && !cutTitle(fold[t.fs:t.fe]) && plainWord(text, toks[next], lang) &&
				!(next+1 < len(toks) && (toks[next].info.particle && knownName(toks[next+1]) || toks[next].has(tokApos) && string(fold[toks[next].fs:toks[next].fe]) == "n" && nm.listedSurname(fold, toks[next:next+2]) ||
					toks[next].fe-toks[next].fs == 1 && toks[next].has(tokDot) && knownName(toks[next+1]) && !toks[next+1].info.stop)) {
				lower = false
			}
			// "Merci monsieur. Bonne journée", "meus senhores! Nem…":
			// a title written in full ends its sentence there, and the
			// capital after it starts the next one (an abbreviated
			// title's full stop ends none: "M. Dupont", "Dr. Weber").
			if next < len(toks) && t.info.nameWord&nwAbbrev == 0 && t.fe-t.fs > 2 && strings.ContainsAny(text[t.ce:toks[next].cs], ".!?") {
				break
			}
			// "Dr. med. Friedrich Albers", "Dr. rer. nat. Weber": the
			// faculty of a German doctor.
			for next+1 < len(toks) && next <= k+4 && toks[next].has(tokDot) && toks[next].info.nameWord&nwDegree != 0 {
				next++
			}
			// A short surname that is a frequent word too, capitalised
			// after a capitalised title, then set apart or followed by
			// where the person works: "Le Dr Do, au centre de
			// vaccination", "Mme Lo, ma conseillère", "Dr Lo at the
			// clinic" (not "Mme Le Goff": a capital after it).
			if next < len(toks) && t.has(tokCap) && shortSurnameAfterTitle(text, toks, fold, keep, next) {
				out = append(out, finding{toks[next].cs, toks[next].ce, maskName})
				k = next
				continue
			}
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, next, lower, true); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
				// After a plural title, the names of a list that ends
				// with "and" are the other persons', known or not: "los
				// señores Ortega y Olmedo", "i signori Colombo e Ferri",
				// "Messieurs Durand, Petit et Faure" (not "signori della
				// Commissione, Vi comunico").
				if t.info.nameWord&nwPlural != 0 {
					var items [4][2]int
					n, last, closed := 0, e, false
					for n < len(items) && last+1 < len(toks) {
						q := last + 1
						comma := gapText(text, toks[last], toks[q]) == ","
						if !comma {
							q = last + 2
						}
						if q >= len(toks) || listItemBefore(text, toks, fold, q) != last || !toks[q].has(tokCap) || toks[q].info.place || toks[q].info.acronym || comma && toks[q].info.stop && !toks[q].info.surname {
							break
						}
						s2, e2, ok := nm.nameAfter(text, toks, fold, keep, q, false, true)
						if !ok {
							break
						}
						items[n] = [2]int{s2, e2}
						n, last = n+1, e2
						if !comma {
							closed = true
							break
						}
					}
					for _, it := range items[:n*b2i(closed)] {
						out = append(out, finding{toks[it[0]].cs, toks[it[1]].ce, maskName})
						k = it[1]
					}
				}
				continue
			}
			// An initial and a surname after a title: "Dr. S. O'Brien",
			// and as English writes it without a dot, "Mrs J Thornton".
			// (Not a title: "le monsieur, M. Kouassi".)
			// In small letters, from a writer who capitalises nothing,
			// with its full stop and a listed surname after it: "(mrs e.
			// wright)".
			smallInitial := func(u int) bool {
				return lower && lowerWriter && !toks[u].has(tokCap) && toks[u].has(tokDot) && knownName(toks[u+1]) && !toks[u+1].info.stop && !toks[u+1].has(tokCap)
			}
			if u := next; u+1 < len(toks) && toks[u].fe-toks[u].fs == 1 && (toks[u].has(tokCap) && (toks[u].has(tokDot) || bareInitial(text, toks[u], toks[u+1])) || smallInitial(u)) && toks[u].info.cue == 0 && (gapText(text, toks[u-1], toks[u]) == "" || gapText(text, toks[u-1], toks[u]) == ".") && !keep[u] && !toks[u].has(tokMasked) && !dottedRun(text, int(toks[u].cs), int(toks[u+1].ce)) {
				if _, e, ok := nm.nameAfter(text, toks, fold, keep, u+1, !toks[u].has(tokCap), true); ok {
					out = append(out, finding{toks[u].cs, toks[e].ce, maskName})
					k = e
					continue
				}
			}
			// An initial alone after a title names someone too: "Mme D.
			// au téléphone".
			if u := next; u < len(toks) && t.has(tokCap) && notNoun && toks[u].fe-toks[u].fs == 1 && toks[u].has(tokCap) && toks[u].has(tokDot) &&
				!keep[u] && !toks[u].has(tokMasked) && !gapHasBreak(text, *t, toks[u]) && (u+1 == len(toks) || !toks[u+1].has(tokCap) && !toks[u+1].has(tokMasked)) {
				out = append(out, finding{toks[u].cs, toks[u].ce, maskName})
				k = u
				continue
			}
		case cue == cueKin && (!t.has(tokCap) || t.info.first == 0 || k > 0 && kinPossessives[string(fold[toks[k-1].fs:toks[k-1].fe])]) ||
			k > 0 && string(fold[t.fs:t.fe]) == "femme" && kinPossessives[string(fold[toks[k-1].fs:toks[k-1].fe])]:
			// (A relative's word that is a first name too is the
			// relative after a possessive: "MON MARI PIERRE ATTEND"; so
			// is "femme", a wife after one only: "MA FEMME NICOLE", not
			// "une femme Agent de sécurité".)
			// A relative's first name, or the writer's after a closing:
			// right after the word, or after a comma ("mis tres hijos,
			// Alba, Bruno y Candela"), never across a quote ("meinen Sohn
			// 'Schmarotzer' genannt"). In lower case, only from a writer
			// who capitalises nothing and only a first name that is no
			// other word: "mon fils est ravi" (Ravi), "uma filha linda".
			// (A relative's word that is a capitalised first name is read
			// as a first name: "Tia Ba".)
			next := k + 1
			// After a word for a baby, only a first name that is no
			// other word: "baby Elis", not "the baby Bonus", "baby
			// Boomers", "bébé Cadum".
			if w := string(fold[t.fs:t.fe]); (w == "baby" || w == "bebe") && (next == len(toks) || toks[next].info.first != firstName || toks[next].info.lower) {
				break
			}
			// After a comma, only a known name: "Sie schon: Familie, Haus,
			// Auto" lists German nouns.
			// In a shouted text, no frequent word nor modal: "MY
			// DAUGHTER CAN COOK A MEAL", "MY SON WILL CALL", "MY MOTHER
			// MAY LOSE HER HOME" (but "MY DAUGHTER APRIL", "MI HIJA PAZ").
			if next == len(toks) || t.has(tokApos) || !(gapText(text, *t, toks[next]) == "" || gapText(text, *t, toks[next]) == "," && knownName(toks[next])) || shout && toks[next].has(tokUpper) && (!knownName(toks[next]) || toks[next].info.stop || shoutedModals[foldedAt(toks, fold, next)] || toks[next].info.first == firstNameWord && !shoutedNameEnds(toks, next+1)) {
				break
			}
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, next, false, false); ok {
				// In a shouted text, the name ends before a word in
				// capitals that is no known name and that a frequent or
				// short word follows, a verb's place: "MA MÈRE YVETTE
				// ATTEND SA PENSION", but "MA MÈRE YVETTE KOWALCZYKOWA
				// ATTEND".
				for j := s + 1; shout && j <= e; j++ {
					if toks[j].has(tokUpper) && (!knownName(toks[j]) || toks[j].info.stop) && !toks[j-1].has(tokHyphen) && j+1 < len(toks) && (toks[j+1].info.stop || toks[j+1].fe-toks[j+1].fs <= 3) {
						e = j - 1
						break
					}
				}
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
				continue
			}
			// In a shouted text, a first name that is no other word:
			// "MY MUM JOAN IS 91".
			if shout && nm.shoutedFirstName(toks, keep, next) {
				out = append(out, finding{toks[next].cs, toks[next].ce, maskName})
				k = next
				continue
			}
			// A first name that is a word too after a possessive and the
			// relative's word, the name ending its clause or followed by
			// what a person does (kinNameEnds): "my daughter lily has",
			// "ma fille clara attend" (not "my daughter rose at 5am", "my
			// husband drew a map", "ma fille aime la médiathèque", a
			// review's).
			if u := toks[next]; lowerWriter && !u.has(tokCap) && u.info.first == firstName && (!u.info.lower || k > 0 && kinPossessives[string(fold[toks[k-1].fs:toks[k-1].fe])] && kinNameEnds(text, toks, fold, next)) && !u.info.stop && !keep[next] && !u.has(tokMasked) && !otherAccents(text[u.cs:u.ce]) {
				e := next
				if signedSurname(text, toks, keep, next+1) || lowerSurname(text, toks, fold, keep, next+1) {
					e = next + 1 // "cheers dave smith", "ma grand-mère josiane perrin qui"
				}
				out = append(out, finding{u.cs, toks[e].ce, maskName})
				k = e
				continue
			}
		case cue == cueRole || cue == cueCalled && !callingSomeone(toks, fold, k):
			next := k + 1
			if next < len(toks) && t.has(tokApos) && fold[toks[next].fs] == 's' && toks[next].fe-toks[next].fs == 1 {
				next++ // name's
			}
			// "chama-se Valdirene": the pronoun bound to the verb of
			// naming.
			if cue == cueCalled && t.has(tokHyphen) && next+1 < len(toks) && string(fold[toks[next].fs:toks[next].fe]) == "se" {
				next++
			}
			// "um tal de Washington": de after a word of naming.
			if cue == cueCalled && next+1 < len(toks) && string(fold[toks[next].fs:toks[next].fe]) == "de" && toks[next+1].has(tokCap) && !gapHasBreak(text, toks[next], toks[next+1]) {
				next++
			}
			// In a shouted text, a frequent word or a particle in capitals after a role
			// is no name: "L'AGENT DE LA CAF", "L'INFIRMIERE DE NUIT".
			// A colon may come after a role: "Infirmier : Maxime".
			// In capitals, only a known name: "LE MÉDIATEUR PUIS LE
			// TRIBUNAL", "JEDE WOCHE HEISST ES NÄCHSTE WOCHE".
			if cue == cueRole && next < len(toks) {
				next = roleExtended(text, toks, fold, keep, next)
			}
			known := next < len(toks) && knownName(toks[next])
			if next < len(toks) && cue == cueRole && !known && noNameAfterRole(text, toks, fold, k, next, german) {
				next = len(toks)
			}
			if next < len(toks) && (!gapEndsSentence(text, toks[next-1], toks[next]) || cue == cueRole && gapText(text, toks[next-1], toks[next]) == ":") && !(shout && toks[next].has(tokUpper) && (toks[next].info.stop || toks[next].info.particle || !known)) {
				// A particle found in names only starts one, as after a
				// title: "Officer van der Merwe", "l'agente ben Salah".
				// So does a particle with a capital, with particles after
				// it, or a plural one before a known surname: "o delegado
				// Da Silva", "el sargento De la Fuente", "Officer De la
				// Cruz", "o inspetor dos Santos" (not "l'agent de Lyon",
				// "le conseiller de Laval": where they work).
				// (A role with a capital before a particle with one, outside
				// English, is an office's title: "Il Commissario Del
				// Governo", "O Delegado Da Polícia Federal".)
				if u := next + 1; toks[next].info.particle && u < len(toks) && !(t.has(tokCap) && toks[next].has(tokCap) && lang != langIndex("en")) {
					for u+1 < len(toks) && u <= next+2 && toks[u].info.particle && !toks[u].has(tokCap) && !gapHasBreak(text, toks[u-1], toks[u]) {
						u++
					}
					if toks[next].info.nameWord&nwNameParticle != 0 && !toks[next].has(tokCap) ||
						toks[u].has(tokCap) && !gapHasBreak(text, toks[u-1], toks[u]) && (toks[next].has(tokCap) || u == next+1 && toks[u].info.surname && !toks[u].info.place && pluralParticle[string(fold[toks[next].fs:toks[next].fe])]) {
						if s, e, ok := nm.nameAfter(text, toks, fold, keep, next, false, true); ok {
							out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
							k = e
							continue
						}
					}
				}
				if s, e, ok := nm.nameAfter(text, toks, fold, keep, next, false, false); ok {
					out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
					k = e
					continue
				}
				if s, e, ok := nm.lowerNameAfterRole(text, toks, fold, keep, next, lowerWriter, cue == cueRole, lang); ok {
					out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
					k = e
					continue
				}
				// After a reflexive verb of naming, from a writer who
				// capitalises nothing, any word but a frequent one: "il
				// sapelle momo", "se llama yamila" (not "j'appelle
				// demain": no pronoun; "il s'appelle comment").
				if u := &toks[next]; cue == cueCalled && lowerWriter && reflexiveNaming(text, toks, fold, k, next) && !u.has(tokCap) && !u.info.stop && !u.has(tokDigit) && !keep[next] && !u.has(tokMasked) && u.fe-u.fs >= 3 && !otherAccents(text[u.cs:u.ce]) {
					out = append(out, finding{u.cs, u.ce, maskName})
					k = next
					continue
				}
				// A first name in lower case that is also a word, after
				// "his name is", at the end of its phrase: "think his
				// name is rob)", "her name is grace.".
				if u := next + 1; cue == cueCalled && string(fold[t.fs:t.fe]) == "name" && k > 0 && namePossessives[string(fold[toks[k-1].fs:toks[k-1].fe])] && string(fold[toks[next].fs:toks[next].fe]) == "is" && u < len(toks) &&
					toks[u].info.first != 0 && !toks[u].has(tokCap) && !keep[u] && !toks[u].has(tokMasked) && !gapHasBreak(text, toks[next], toks[u]) && (u+1 == len(toks) || gapText(text, toks[u], toks[u+1]) != "") {
					out = append(out, finding{toks[u].cs, toks[u].ce, maskName})
					k = u
					continue
				}
			}
		}
		if t.info.cue == cueThanks {
			if s, e, ok := nm.nameThanked(text, toks, fold, keep, k, shout); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
				continue
			}
		}
		// An initial and a surname: "J. Dupont", "A. MARTIN".
		if t.fe-t.fs == 1 && t.has(tokCap) && t.has(tokDot) && k+1 < len(toks) && t.info.cue == 0 && !dottedRun(text, int(t.cs), int(toks[k+1].ce)) {
			u := toks[k+1]
			// Not a place word, which keeps the words after it as its
			// own: masked, it would free them for a second reading
			// ("A.ZA A.AAAA": ZA is a zone d'activité; found by fuzzing).
			if !u.info.place && ((u.info.surname && u.has(tokCap) || u.has(tokUpper)) && nm.isName(toks, fold, keep, k+1, false) || nm.titleSurname(toks, fold, keep, k+1)) {
				out = append(out, finding{t.cs, u.ce, maskName})
				k++
				continue
			}
			// Or a capitalised word no list knows, after one or two
			// initials after a title, a role or a word that introduces a
			// writer: "signed by R. Fairbanks", "Dr A. K. Olawale". Only
			// after those: an initial after another word may end a
			// sentence ("Plan A. Second plan", "Part C. Answers"). Not
			// in German, whose nouns are capitalised ("z. B.
			// Anträge"), nor an acronym ("U.S. Army").
			e := k + 1
			if e+1 < len(toks) && toks[e].fe-toks[e].fs == 1 && toks[e].has(tokCap) && toks[e].has(tokDot) && text[t.ce:toks[e].cs] == ". " && strings.TrimSpace(text[toks[e].ce:toks[e+1].cs]) == "." {
				e++ // a second initial
			}
			if u := &toks[e]; k > 0 && (toks[k-1].info.cue != 0 || byWords[string(fold[toks[k-1].fs:toks[k-1].fe])]) && !german && !shout && (u.info == nm.none || u.info.bare) && u.has(tokCap) && !u.has(tokUpper) && u.fe-u.fs >= 3 && strings.TrimSpace(text[t.ce:toks[k+1].cs]) == "." &&
				!keep[e] && !u.has(tokMasked) && !u.has(tokDigit) && !strings.Contains(text[t.ce:u.cs], "\n") {
				out = append(out, finding{t.cs, u.ce, maskName})
				k = e
				continue
			}
		}
		// A known surname alone in capitals in a text that is not
		// shouted: "DUPONT au guichet 4".
		if t.has(tokUpper) && t.info.surname && !t.info.stop && t.info.first == 0 && t.fe-t.fs >= 3 && !shout && nm.isName(toks, fold, keep, k, false) && personAfter(text, toks, fold, k) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A known surname said to the reader, between a comma and the end
		// of the sentence: "Cuidadito con lo que firmas, Martínez.",
		// "Conosco la via dove abiti, Bonnet." Not a frequent word, a
		// first name's other reading or a town ("Je suis né à Lyon,
		// Laval.").
		if t.has(tokCap) && !t.has(tokUpper) && t.info.surname && !t.info.stop && t.info.first == 0 && !t.info.place && k > 0 && gapText(text, toks[k-1], *t) == "," &&
			!townSurname[string(fold[t.fs:t.fe])] && nm.isName(toks, fold, keep, k, false) && (k+1 == len(toks) && strings.ContainsAny(text[t.ce:], ".!?") || k+1 < len(toks) && gapEndsSentence(text, *t, toks[k+1])) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A capitalised word after a noun of contempt is the person it
		// aims at: "ce clown Moreau", "ce connard de Faria", "that idiot
		// Fischer at the consulate".
		// (A word of the lists is no name there, unless it is one: German
		// capitalises its nouns, "ein hirnloser Idiot".)
		if t.has(tokCap) && !(t.has(tokUpper) && shout) && k > 0 && (t.info == nm.none || t.info.bare || t.info.surname || t.info.first != 0) && contemptBefore(text, toks, fold, k) {
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, k, false, true); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
				continue
			}
		}
		// A known surname, even at the start of a sentence, before a
		// negation: "Dubois ne répond jamais", "Lacroix n'a pas rappelé",
		// "Kowalski never answers", "Esposito non risponde", "Oliveira
		// nunca atende"; not a town ("Paris ne répond plus").
		if t.has(tokCap) && !t.has(tokUpper) && t.info.surname && !t.info.stop && t.info.first == 0 && k+1 < len(toks) &&
			!townSurname[string(fold[t.fs:t.fe])] && !gapEndsSentence(text, *t, toks[k+1]) && nm.isName(toks, fold, keep, k, false) {
			if toks[k+1].info.nameWord&nwNegation != 0 {
				out = append(out, finding{t.cs, t.ce, maskName})
				continue
			}
		}
		// A known first name or surname starting a sentence or a
		// clause, even one that is another word, before what a person
		// does, in a language whose nouns take an article: "Dolores me
		// acompañó", "Paz nos llamó", "Koch hat den Antrag angenommen,
		// Fuchs hat ihn abgelehnt" (pains, peace, a cook would have one:
		// "los dolores", "der Koch"; "Mein Mann hat").
		if t.has(tokCap) && !t.has(tokUpper) && knownName(*t) && !t.info.stop && !t.info.place && k+1 < len(toks) && (k == 0 || gapHasBreak(text, toks[k-1], *t)) &&
			personActsNext(lang, string(fold[t.fs:t.fe]), string(fold[toks[k+1].fs:toks[k+1].fe])) && !townSurname[string(fold[t.fs:t.fe])] &&
			!gapEndsSentence(text, *t, toks[k+1]) && !afterDeterminer(toks, fold, k) && nm.isName(toks, fold, keep, k, false) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A known surname with a capital mid-sentence after a preposition
		// of company or of a passive's agent: "ho parlato con
		// Martinelli", "j'ai été reçue par Lefebvre", "served by
		// Henderson"; or a known first name or surname, even one that is
		// another word, after a verb of serving the writer, or after that
		// verb and a with word: "me atendió Paz", "fui atendida pela
		// Graça". Not a town ("par Paris").
		if t.has(tokCap) && !t.has(tokUpper) && !t.has(tokSentence) && !t.info.stop && !t.info.place && k > 0 && introducedPerson(text, toks, k) &&
			!gapHasBreak(text, toks[k-1], *t) && !townSurname[string(fold[t.fs:t.fe])] && nm.isName(toks, fold, keep, k, false) {
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, k, false, true); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
			} else {
				out = append(out, finding{t.cs, t.ce, maskName})
			}
			continue
		}
		// A known surname after a plural article is a family: "nos
		// voisins les Moreau", "en casa de los García", "os Silva".
		if t.has(tokCap) && !t.has(tokUpper) && t.info.surname && !t.info.stop && !t.info.place && k > 0 && familyArticle(string(fold[toks[k-1].fs:toks[k-1].fe])) &&
			!gapHasBreak(text, toks[k-1], *t) && nm.isName(toks, fold, keep, k, false) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A capitalised word between "the" and "family" signing the
		// text is a family's name, known or not: "— The Adeyemi
		// family", "Thanks from the Kowalczyk family"; not a word of
		// some language, an institution's word nor an acronym ("the
		// NHS family"), nor inside a sentence ("the Royal family
		// visited", "The Simpson family on TV", "living with the Addams
		// family", "Welcome to the Tesco family").
		if t.has(tokCap) && !t.has(tokUpper) && !t.info.stop && !t.info.place && !t.info.acronym && !t.info.instFirst && t.info.langs == 0 && t.info.cue == 0 &&
			k > 0 && k+2 == len(toks) && string(fold[toks[k-1].fs:toks[k-1].fe]) == "the" && string(fold[toks[k+1].fs:toks[k+1].fe]) == "family" &&
			strings.Trim(text[toks[k+1].ce:], " .!\n") == "" && familySigned(text, toks, fold, k-1) &&
			!gapHasBreak(text, toks[k-1], *t) && !gapHasBreak(text, *t, toks[k+1]) && nm.isName(toks, fold, keep, k, false) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// A known surname with a capital, subject of what a person did:
		// "encore une fois Benali m'a raccroché au nez"; at the start of a
		// sentence too, where a noun would need an article ("Fontaine
		// m'a dit de rappeler", "Blanco dijo que sí"); not after an
		// article of nouns ("was der Richter sagt"), and in German,
		// whose nouns are capitalised, not after an article and an
		// adjective ("der neue Richter sagt") nor starting a sentence
		// ("Bauer sagt man hier").
		if t.has(tokCap) && !t.has(tokUpper) && t.info.surname && !t.info.stop && !t.info.place && t.info.first == 0 && !townSurname[string(fold[t.fs:t.fe])] &&
			(k == 0 || toks[k-1].info.nameWord&nwNounArticle == 0) && !(german && (t.has(tokSentence) || afterNounArticle(toks, k))) && nm.isName(toks, fold, keep, k, false) && subjectOfPerson(text, toks, fold, k, k) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// In a shouted text, two first names that are no other word joined
		// by a conjunction: "MARKUS UND SABINE AM TELEFON", "A SANDRA E O
		// KEVIN DIZEM".
		if shout {
			if m := nm.shoutedPair(text, toks, fold, keep, k); m > k {
				out = append(out, finding{t.cs, t.ce, maskName}, finding{toks[m].cs, toks[m].ce, maskName})
				k = m
				continue
			}
		}
		// In a shouted text, a first name that is no other word, subject
		// of what a person does or followed by where the person works:
		// "SANDRINE M'A PROMIS LA CARTE", "SANDRINE PROMISED IT", "JAVI
		// DE LA CAF ME DIJO". Capitals tell nothing there; the name and
		// its context do.
		// Or followed by an article and the person's role: "CRAIG THE
		// PIP ASSESSOR IS A LIAR".
		if shout && k+1 < len(toks) && nm.shoutedFirstName(toks, keep, k) && (subjectOfPerson(text, toks, fold, k, k) ||
			personActsNext(lang, string(fold[t.fs:t.fe]), string(fold[toks[k+1].fs:toks[k+1].fe])) || atWork(text, toks, fold, k) || roleNamedAfter(text, toks, fold, k)) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// In a shouted text, such a first name of a person spoken to
		// ("YOU'RE DEAD MEAT GRAHAM, I KNOW", "GRAHAM, YOU'RE DEAD
		// MEAT") or of a relative named after the word for him ("AVEC
		// NOTRE PETIT LOUIS"); not a place's or a title's ("THE BUSES TO
		// PRESTON, ALWAYS LATE", "THANK YOU TO THE STAFF AT THE QUEEN
		// ELIZABETH, AMAZING"). See shoutedAddress.
		if shout && nm.shoutedFirstName(toks, keep, k) && shoutedAddress(text, toks, fold, k) {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// In a shouted text, such a first name alone after the last
		// sentence, ending the text: the writer's signature ("… YOU ARE
		// ANGELS. JOAN", "MERCI POUR TOUT !\nMONIQUE").
		if shout && k > 0 && k == len(toks)-1 && nm.shoutedFirstName(toks, keep, k) && strings.ContainsAny(text[toks[k-1].ce:t.cs], ".!\n") &&
			strings.Trim(text[t.ce:], " \t\r\n.!") == "" {
			out = append(out, finding{t.cs, t.ce, maskName})
			continue
		}
		// upperBefore returns s, or the token before it when that is a
		// surname in capitals before a first name: "DUPONT Marie",
		// "LEMAIRE Olivier, n° allocataire…" (out holds, before first,
		// what the personal data stage found, anywhere in the text).
		upperBefore := func(s int) int {
			p := s - 1
			if p < 0 || shout || toks[s].info.first == 0 || toks[p].info.langs != 0 || !nm.isName(toks, fold, keep, p, false) || len(out) > first && out[len(out)-1].end > toks[p].cs {
				return s
			}
			if !toks[p].has(tokUpper) {
				// Or a listed surname with a capital that is no first name
				// nor any word, right before: the order of a passport or
				// a form ("Son nom : Esposito Gennaro", "je suis Ivanova
				// Natalia").
				// Only where a name is given: after a colon, at the start
				// of a line, after a word of naming or being ("Nom :",
				// "je suis", "my name is"). (Not in German, whose nouns
				// have capitals: "Mein Mann Thomas und ich".)
				given := p == 0 || strings.ContainsAny(text[toks[p-1].ce:toks[p].cs], ":\n") || namingBefore[foldedAt(toks, fold, p-1)]
				if given && !german && toks[p].has(tokCap) && toks[p].info.surname && toks[p].info.first == 0 && !toks[p].info.stop && !toks[p].info.place && toks[p].info.cue == 0 && !gapHasBreak(text, toks[p], toks[s]) && text[toks[p].ce:toks[s].cs] == " " {
					return p
				}
				return s
			}
			// A word no list holds only where a form or a signature puts
			// the surname, at the start of the text or of a line, after
			// a word of signing or a closing ("Signé KOWALSKI Amélie"):
			// not "Service TOP Amandine", "Vraiment DÉÇU Pierre".
			if prev := foldedAt(toks, fold, p-1); !toks[p].info.surname && p > 0 && !strings.ContainsRune(text[toks[p-1].ce:toks[p].cs], '\n') && !byWords[prev] && !nm.closings[prev] {
				return s
			}
			// (A comma between them when a listed surname opens the
			// text, as on a form: "SMITH, Daniel. Re: Jobcentre
			// appointment."; not "URGENT, Marie doit rappeler".)
			if gapHasBreak(text, toks[p], toks[s]) && !(p == 0 && toks[p].info.surname && gapText(text, toks[p], toks[s]) == ",") {
				return s
			}
			return p
		}
		if s, e, ok := nm.firstNameAt(text, toks, fold, keep, k, lowerWriter, shout, lang); ok {
			s = upperBefore(s)
			out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
			k = e
		} else if t.has(tokCap) && !t.has(tokUpper) && (t.info.first != 0 || t.info.surname) && nm.isName(toks, fold, keep, k, false) && personInContext(text, toks, fold, k) {
			// A first name or a known surname that no rule above took,
			// even one that is another word, in the context of a person
			// (personInContext).
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, k, false, true); ok {
				out = append(out, finding{toks[upperBefore(s)].cs, toks[e].ce, maskName})
				k = e
			}
		} else if nm.workerName(text, toks, fold, keep, k, lowerWriter) && atWork(text, toks, fold, k) {
			// A first name or a known surname followed by where the
			// person works: "Grace at the front desk", "Hoarau à la CAF".
			if s, e, ok := nm.nameAfter(text, toks, fold, keep, k, !t.has(tokCap), true); ok {
				out = append(out, finding{toks[s].cs, toks[e].ce, maskName})
				k = e
			} else if t.info.stop {
				out = append(out, finding{t.cs, t.ce, maskName}) // "Will at the consulate"
			}
		} else if t.has(tokCap) && (!t.has(tokUpper) || shout && t.info.first == firstName && !t.info.lower) && !t.has(tokSentence) && (t.info.first != 0 || t.info.surname && !t.info.stop && !t.info.place) && nm.isName(toks, fold, keep, k, false) && listedAfterName(text, toks, fold, out[first:], k) {
			// A first name in a list after a name found, that no other
			// rule took for one: "merci à Nathalie, Jordan et Fatima",
			// though Jordan is a country too; in a shouted text, a first
			// name that is no other word ("MERCI KARIM ET SOPHIE").
			out = append(out, finding{t.cs, t.ce, maskName})
		} else if t.has(tokCap) && (!t.has(tokUpper) || shout) && (t.info.surname || t.info.first == firstName && !t.info.lower) && !t.info.stop && !t.info.place && nm.isName(toks, fold, keep, k, false) && contemptAfter(text, toks, fold, k) >= 0 {
			// A known surname or first name called a noun of contempt:
			// "Martin est un idiot", "MARTINEZ EST UN INCAPABLE".
			out = append(out, finding{t.cs, t.ce, maskName})
		}
	}
	out = firstAfterUpper(text, toks, keep, out, first, lang)
	out = nm.otherSpellings(text, toks, fold, keep, out, first)
	out = nm.staffList(text, toks, fold, keep, out, first)
	out = nm.nameLists(text, toks, fold, keep, out, first, german)
	out = nm.listedBeforeNames(text, toks, fold, keep, out, first)
	out = nm.signature(text, toks, fold, keep, out, first, german)
	out = formFields(text, toks, fold, keep, out, first)
	out = nm.contactNames(text, toks, fold, keep, out, first)
	out = ownNameSaid(text, toks, fold, keep, out, first)
	out = nm.unknownApposed(text, toks, fold, keep, out, first, german)
	out = nm.initialsBefore(text, toks, keep, out, first)
	out = hyphenedBefore(toks, keep, out, first)
	out = nm.birthNames(text, toks, fold, keep, out, first)
	if lowerWriter {
		out = selfIntroduced(text, toks, fold, keep, out)
	}
	return saintSurnames(text, toks, keep, out, first)
}

// possessiveNames are the possessives that the first-name list holds
// too, as names of some country.
var possessiveNames = map[string]bool{"my": true, "your": true, "our": true, "his": true, "her": true, "their": true, "mon": true, "ton": true, "son": true, "notre": true, "votre": true}

// birthMarks are the folded words that put a birth or a former name
// after a person's: "Mme Durand, née Lefèvre", "Frau Weber geb.
// Schneider", "Maria Scarpa ved. Colombo", "Carmen Ruiz viuda de Soto".
// The masculine "né" is left out: folded, it is the French negation.
// The value tells an abbreviation, which a full stop follows (geb.).
var birthMarks = map[string]bool{
	"nee": false, "epouse": false, "ep": true, "epse": true, "veuve": false, "vve": true, "divorcee": false,
	"geb": true, "geborene": false, "verw": true, "verwitwete": false, "verh": true, "verheiratete": false,
	"ved": true, "vedova": false, "viuda": false, "vda": true, "viuva": false, "formerly": false,
}

// birthNames masks a birth or former name written after each name of
// out[first:] with one of birthMarks: a known surname, maybe after a
// particle ("viuda de Soto") and hyphenated ("née Martin-Lefèvre"); a
// comma may set the mark off.
func (nm *names) birthNames(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	k := 0 // the names are in the order of the text: one walk over the tokens
	for i := first; i < len(out); i++ {
		f := &out[i]
		for k < len(toks) && toks[k].ce < f.end {
			k++
		}
		if k+2 >= len(toks) || toks[k].ce != f.end {
			continue
		}
		m := k + 1
		abbrev, mark := birthMarks[string(fold[toks[m].fs:toks[m].fe])]
		if gap := gapText(text, toks[k], toks[m]); (gap != "" && gap != ",") || !mark {
			continue
		}
		// Only an abbreviated mark takes a full stop: "veuve. Pourtant"
		// ends a sentence.
		if gap := gapText(text, toks[m], toks[m+1]); gap != "" && (gap != "." || !abbrev) {
			continue
		}
		s := m + 1
		if toks[s].info.particle && !toks[s].has(tokCap) && s+1 < len(toks) && !gapHasBreak(text, toks[s], toks[s+1]) {
			s++
		}
		// A known surname only: after the marks come months, towns,
		// peoples, trades and German nouns as often ("née Mars 1950",
		// "geb. Berliner", "veuve Clicquot", "verw. Rentnerin").
		// (isName, in capitals, leaves out lower-case words and acronyms.)
		if !toks[s].info.surname || toks[s].info.first != 0 || toks[s].info.place || toks[s].info.building || townSurname[string(fold[toks[s].fs:toks[s].fe])] || !nm.isName(toks, fold, keep, s, false) {
			continue
		}
		e := s
		for e+1 < len(toks) && toks[e].has(tokHyphen) && nm.isName(toks, fold, keep, e+1, false) {
			e++
		}
		if i+1 < len(out) && out[i+1].start < toks[e].ce {
			continue // masked already
		}
		// The mark stays: "Mme [nom masqué], née [nom masqué]".
		out = slices.Insert(out, i+1, finding{toks[s].cs, toks[e].ce, maskName})
		for j := s; j <= e; j++ {
			toks[j].flags |= tokMasked
		}
		i++
		k = e
	}
	return out
}

// shoutedPair returns the token of the second of two first names in
// capitals joined by a conjunction, maybe with an article before the
// second ("SANDRA E O KEVIN"), when token k is the first; or k. Both are
// first names of four letters or more, and one at most is a word in lower
// case too ("MARKUS UND SABINE").
func (nm *names) shoutedPair(text string, toks []token, fold []byte, keep []bool, k int) int {
	shoutedFirst := func(j int) bool { return nm.shoutedFirstName(toks, keep, j) }
	// One of the two may be a first name that is a rare lower-case word
	// too (SABINE, a juniper): the other vouches for it.
	shoutedWord := func(j int) bool {
		u := toks[j]
		return u.info.lower && u.has(tokUpper) && u.info.first == firstName && !u.info.stop && !u.info.acronym && !u.info.place && u.fe-u.fs >= 4 && !keep[j] && !u.has(tokMasked)
	}
	if k+2 >= len(toks) || !shoutedFirst(k) && !shoutedWord(k) {
		return k
	}
	switch string(fold[toks[k+1].fs:toks[k+1].fe]) {
	case "and", "et", "e", "y", "und":
	default:
		return k
	}
	m := k + 2
	switch string(fold[toks[m].fs:toks[m].fe]) {
	case "o", "a", "el", "la", "il", "der", "die", "le":
		m++
	}
	if m >= len(toks) || gapHasBreak(text, toks[k], toks[k+1]) || gapHasBreak(text, toks[m-1], toks[m]) || !(shoutedFirst(m) || shoutedFirst(k) && shoutedWord(m)) {
		return k
	}
	return m
}

// familySigned reports whether token the, "the" of "the X family" ending
// the text, opens a signature: at the text's start, after a dash or a line
// break, or after "from" ("Thanks from the Kowalczyk family").
func familySigned(text string, toks []token, fold []byte, the int) bool {
	if the == 0 {
		return true
	}
	if gap := text[toks[the-1].ce:toks[the].cs]; strings.ContainsAny(gap, "-—–\n") {
		return true
	}
	return string(fold[toks[the-1].fs:toks[the-1].fe]) == "from"
}

// fromParticles are the particles of names that are also "from" or "of":
// a name only before a known surname.
var fromParticles = map[string]bool{"von": true, "van": true}

// clauseLast reports whether token k ends its clause: the text's last
// token, or one followed by a comma or the end of a sentence.
func clauseLast(text string, toks []token, k int) bool {
	if k+1 == len(toks) {
		return true
	}
	return gapText(text, toks[k], toks[k+1]) == "," || gapEndsSentence(text, toks[k], toks[k+1])
}

// shoutedNameEnds reports whether token j, after a shouted first name
// that is a word too, tells a name: a frequent word (a verb's place:
// "MY DAUGHTER APRIL HAS WAITED") or a first name that is no word ("MY
// SON ALI HASSAN"); not "MY SON CHASE BANK ACCOUNT", "DAWN CHORUS".
func shoutedNameEnds(toks []token, j int) bool {
	return j >= len(toks) || toks[j].info.stop || toks[j].info.first == firstName && !toks[j].info.lower
}

// shoutedModals, folded, are English modals that are first names too and
// no stop word: in a shouted text they start no name ("MY MOTHER MAY
// LOSE HER HOME").
var shoutedModals = map[string]bool{"may": true, "might": true, "must": true}

// namingBefore, folded, give a name after them: "je suis Ivanova
// Natalia", "my name is Tran Mai", "Son nom : Esposito Gennaro".
var namingBefore = map[string]bool{
	"suis": true, "am": true, "is": true, "soy": true, "sono": true, "sou": true, "bin": true, "nom": true, "name": true, "nombre": true, "nome": true,
	"appelle": true, "called": true, "llamo": true, "chiamo": true, "chamo": true, "signe": true, "signed": true,
}

// firstAfterUpper extends each name of out[first:] that ends on a word
// in capitals, a surname as forms write it, to a listed first name with a
// capital right after it, even one that is a word too: "Monsieur WANG
// Lei", "Madame NGUYEN Mai a appelé" (Italian "lei", French "mai").
func firstAfterUpper(text string, toks []token, keep []bool, out []finding, first, lang int) []finding {
	for i := first; i < len(out); i++ {
		if out[i].kind != maskName {
			continue
		}
		k, _ := slices.BinarySearchFunc(toks, out[i].end, func(t token, end int32) int { return int(t.ce - end) })
		if k+1 >= len(toks) || toks[k].ce != out[i].end || !toks[k].has(tokUpper) || toks[k].fe-toks[k].fs < 2 {
			continue
		}
		u := toks[k+1]
		// (Not a frequent word of the text's language: "dottoressa
		// BIANCHI Lei mi aveva promesso", the polite "you".)
		if !u.has(tokCap) || u.has(tokUpper) || u.info.first == 0 || u.info.place || keep[k+1] || u.has(tokMasked) || text[toks[k].ce:u.cs] != " " || i+1 < len(out) && out[i+1].start < u.ce || lang >= 0 && u.info.langs&(1<<lang) != 0 {
			continue
		}
		out[i].end = u.ce
	}
	return out
}

// roleNamedAfter reports whether an article follows token k, then a role
// word within three words, in its sentence: "CRAIG THE PIP ASSESSOR",
// "KARIM LE CONSEILLER".
func roleNamedAfter(text string, toks []token, fold []byte, k int) bool {
	if k+2 >= len(toks) || !roleArticles[foldedAt(toks, fold, k+1)] || gapHasBreak(text, toks[k], toks[k+1]) {
		return false
	}
	// (Not a town after its preposition: "EM FÁTIMA O MÉDICO", "A
	// LORETO IL MEDICO".)
	if w := foldedAt(toks, fold, k-1); k > 0 && (placePreposition[w] || beforePlaceName[w] || w == "em" || w == "di" || w == "da" || w == "no" || w == "na" || toks[k-1].info.saint) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if gapHasBreak(text, toks[j-1], toks[j]) {
			return false
		}
		if toks[j].info.cue == cueRole || toks[j].info.cue == cueStaff {
			return true
		}
	}
	return false
}

// roleArticles, folded, are the definite articles before a role named
// after a person's first name.
var roleArticles = map[string]bool{"the": true, "le": true, "la": true, "l": true, "el": true, "il": true, "lo": true, "o": true, "der": true, "die": true}

// shoutedAddress reports whether token k, a first name in a shouted text,
// is a person spoken to or a relative named: it ends its clause after a
// word of the reader in its sentence, and no place's or title's word
// stands before it; it opens a sentence spoken to the person named
// (addressed: "GRAHAM, YOU'RE DEAD MEAT"); or it ends its clause after a
// possessive and a word for a relative.
func shoutedAddress(text string, toks []token, fold []byte, k int) bool {
	word := func(j int) string { return foldedAt(toks, fold, j) }
	if (k == 0 || toks[k].has(tokSentence)) && addressed(text, toks, fold, k) {
		return true
	}
	if k == 0 || !clauseLast(text, toks, k) || !toks[k-1].has(tokLetter) || gapHasBreak(text, toks[k-1], toks[k]) {
		return false
	}
	prev := word(k - 1)
	if k >= 2 && shoutedKin[prev] && kinPossessives[word(k-2)] {
		return true
	}
	if beforePlaceName[prev] || placePreposition[prev] {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if readerWords[word(j)] {
			return true
		}
		if toks[j].has(tokSentence) {
			break
		}
	}
	return false
}

// readerWords are the folded words of the reader spoken to in the
// sentence before a name (you, your, vous, tu); shoutedKin the words for a relative before his first name
// ("NOTRE PETIT LOUIS", "MY SON JAMES"); beforePlaceName the words that
// make the first name after them a place's, a title's or a storm's
// (TO PRESTON, THE QUEEN ELIZABETH, STORM DARRAGH).
var (
	readerWords = map[string]bool{
		"you": true, "your": true, "vous": true, "votre": true, "vos": true, "tu": true, "toi": true, "te": true, "ton": true, "ta": true, "tes": true,
	}
	shoutedKin = map[string]bool{
		"petit": true, "petite": true, "fils": true, "fille": true, "bebe": true, "mari": true, "femme": true, "frere": true, "soeur": true,
		"son": true, "daughter": true, "boy": true, "girl": true, "baby": true, "little": true, "husband": true, "wife": true, "brother": true, "sister": true,
	}
	beforePlaceName = map[string]bool{
		"to": true, "at": true, "from": true, "near": true, "the": true, "of": true, "a": true, "au": true, "aux": true, "la": true, "le": true,
		"les": true, "l": true, "de": true, "du": true, "des": true, "d": true, "queen": true, "king": true, "prince": true, "princess": true,
		"royal": true, "saint": true, "st": true, "sainte": true, "storm": true, "tempete": true, "hurricane": true, "rue": true, "avenue": true,
		"street": true, "road": true, "lycee": true, "college": true, "ecole": true, "hopital": true, "hospital": true, "mount": true, "lake": true,
	}
)

// shoutedFirstName reports whether token k, in capitals, is a first name
// that is no other word, of four letters or more, and not kept: in a
// shouted text, the only words that context can make a name.
func (nm *names) shoutedFirstName(toks []token, keep []bool, k int) bool {
	u := toks[k]
	return u.has(tokUpper) && u.info.first == firstName && !u.info.lower && !u.info.stop && !u.info.acronym && !u.info.place && u.fe-u.fs >= 4 && !keep[k] && !u.has(tokMasked)
}

// otherSpellings adds to out the other spelling a writer gives, in
// brackets, of a name of out[first:] (this reading's): "Mme Gauthiez (ou
// Gauthier, pardon si j'écorche son nom)", "l'agent Dupond (or Dupont?)".
// The names stay in the order of the text.
func (nm *names) otherSpellings(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	n := len(out)
	for i := first; i < n; i++ {
		if out[i].kind != maskName {
			continue
		}
		k := tokenAt(toks, out[i].start)
		if k < 0 {
			continue
		}
		// Or the other spelling first: "Jazmine (or Jasmine?)".
		if b := nm.spellingBefore(text, toks, fold, keep, k); b >= 0 && (i == 0 || out[i-1].end <= toks[b].cs) {
			out = append(out, finding{toks[b].cs, toks[b].ce, maskName})
		}
		// The name's last token, "(", a word for "or", a capitalised
		// word that may be a name.
		k = lastTokenIn(toks, k, out[i].end)
		o, m := k+1, k+2
		if m >= len(toks) || toks[k].ce != out[i].end || gapHasBreak(text, toks[o], toks[m]) {
			continue
		}
		// (A comma may come before the word: "Mme Beauchamps, ou
		// Beauchamp je ne sais plus", "Herr Dimitrov, oder Dimitrow".)
		gap := gapText(text, toks[k], toks[o])
		bracket := gap == "("
		if !bracket && gap != "" && gap != "," {
			continue
		}
		switch string(fold[toks[o].fs:toks[o].fe]) {
		case "ou", "or", "o", "oder", "oppure", "anzi":
		default:
			continue
		}
		// Without brackets, in any case, only a spelling one letter
		// away: "dr benhamou ou benhamoun", "Mme Lefebvre ou Lefèvre".
		u := &toks[m]
		similar := u.fe-u.fs >= 4 && oneEdit(fold[toks[k].fs:toks[k].fe], fold[u.fs:u.fe]) && !keep[m] && !u.has(tokMasked) && !u.info.stop && !u.has(tokDigit) &&
			(gap != "," || u.has(tokCap)) // "Mr Price, or prices…", "la signora Conti, o conto io?"
		if !similar && (!bracket || !u.has(tokCap) || u.has(tokMasked) || u.info.place || !nm.isName(toks, fold, keep, m, false)) {
			continue
		}
		e := m
		for e+1 < len(toks) && toks[e].has(tokHyphen) && nm.isName(toks, fold, keep, e+1, false) {
			e++
		}
		out = append(out, finding{toks[m].cs, toks[e].ce, maskName})
	}
	if len(out) > n {
		slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	}
	return out
}

// spellingBefore returns the token of the spelling a writer gives before
// the name at token m, followed by "(or" ("Jazmine (or Jasmine?)"), or a
// spelling one letter away followed by "or" ("Lefèvre ou Lefebvre"); -1
// when there is none.
func (nm *names) spellingBefore(text string, toks []token, fold []byte, keep []bool, m int) int {
	k, o := m-2, m-1
	if k < 0 || gapHasBreak(text, toks[k], toks[o]) && gapText(text, toks[k], toks[o]) != "(" {
		return -1
	}
	switch string(fold[toks[o].fs:toks[o].fe]) {
	case "ou", "or", "o", "oder", "oppure":
	default:
		return -1
	}
	bracket := gapText(text, toks[k], toks[o]) == "("
	if !bracket && gapText(text, toks[k], toks[o]) != "" || gapText(text, toks[o], toks[m]) != "" {
		return -1
	}
	u := &toks[k]
	if keep[k] || u.has(tokMasked) || u.info.stop || u.has(tokDigit) || u.info.place || townSurname[string(fold[u.fs:u.fe])] {
		return -1
	}
	similar := u.fe-u.fs >= 4 && oneEdit(fold[u.fs:u.fe], fold[toks[m].fs:toks[m].fe])
	if !similar && (!bracket || !u.has(tokCap) || !nm.isName(toks, fold, keep, k, false)) {
		return -1
	}
	return k
}

// listedBeforeNames adds to out the first names written in a list just
// before a name of out[first:] (this reading's): "Florence et Marie
// Dubois ont tenu le bureau de vote", "Pilar y Carmen, de la oficina".
// The names stay in the order of the text.
func (nm *names) listedBeforeNames(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	n := len(out)
	k := 0
	for i := first; i < n; i++ {
		for k < len(toks) && toks[k].cs < out[i].start {
			k++
		}
		if k == len(toks) || toks[k].cs != out[i].start {
			continue
		}
		p := listItemBefore(text, toks, fold, k)
		if p < 0 && k > 1 && thankPrepositions[string(fold[toks[k-1].fs:toks[k-1].fe])] {
			// The preposition said again: "gracias a Yamila y a
			// Florencia", "thanks to Kev and to Maria".
			p = listItemBefore(text, toks, fold, k-1)
		}
		if p < 0 {
			continue
		}
		t := toks[p]
		// A word no list knows is a name too when thanked with the
		// other: "Gracias a Yamila y a Florencia".
		known := t.info.first != 0 || t.info.surname && !t.info.place && !townSurname[string(fold[t.fs:t.fe])] || thankedAt(toks, fold, p)
		if !t.has(tokCap) || t.has(tokUpper) || !known || t.has(tokMasked) || !nm.isName(toks, fold, keep, p, false) || afterDeterminer(toks, fold, p) {
			continue
		}
		if i > first && out[i-1].end >= t.cs {
			continue // already a name
		}
		out = append(out, finding{t.cs, t.ce, maskName})
	}
	if len(out) > n {
		slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	}
	return out
}

// thankedAt reports whether token p comes right after a word of thanks,
// maybe with a preposition between: "merci à", "gracias a", "thanks to".
func thankedAt(toks []token, fold []byte, p int) bool {
	q := p - 1
	if q >= 0 && thankPrepositions[string(fold[toks[q].fs:toks[q].fe])] {
		q--
	}
	return q >= 0 && toks[q].info.cue == cueThanks && !godNames[string(fold[toks[p].fs:toks[p].fe])]
}

// godNames are thanked too, and no one's name: "Gracias a Dios y a
// Florencia".
var godNames = map[string]bool{"dieu": true, "god": true, "dios": true, "deus": true, "dio": true, "gott": true, "allah": true, "ala": true, "alah": true, "jesus": true, "cristo": true, "christ": true}

// pluralParticle are the particles of the plural, "of the", that come
// before surnames (dos Santos, das Neves) and before no town.
var pluralParticle = map[string]bool{"dos": true, "das": true}

// thankPrepositions are the folded prepositions between a word of thanks
// and the person thanked.
var thankPrepositions = map[string]bool{"a": true, "to": true, "al": true, "ao": true, "an": true}

// staffList appends the names of a list after a colon that a role word
// announces: "Les agents présents ce matin : Mendy, Kowalczyk, Lopes et
// Haddad", "Staff on duty: Okafor, Brennan and Walsh". Every item is one
// capitalised word, no frequent word, acronym or place word, and at least
// half of them are known first names or surnames ("Horaires des agents :
// Lundi, Mardi et Jeudi" lists days).
func (nm *names) staffList(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	if strings.IndexByte(text, ':') < 0 {
		return out
	}
	n0 := len(out)
	for k := 1; k < len(toks); k++ {
		// (Most gaps hold no colon: looked for before trimming.)
		if gap := text[toks[k-1].ce:toks[k].cs]; strings.IndexByte(gap, ':') < 0 || strings.TrimSpace(gap) != ":" {
			continue
		}
		role := false
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if toks[j].info.cue == cueRole || toks[j].info.cue == cueStaff {
				role = true
				break
			}
			if j < k-1 && gapEndsSentence(text, toks[j], toks[j+1]) {
				break
			}
		}
		if !role {
			continue
		}
		items, n, known := nm.nameList(text, toks, fold, keep, k)
		if n < 2 || known*2 < n {
			continue
		}
		for _, j := range items[:n] {
			if !overlapsAny(out[first:], toks[j].cs, toks[j].ce) {
				out = append(out, finding{toks[j].cs, toks[j].ce, maskName})
			}
		}
	}
	if len(out) > n0 {
		slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	}
	return out
}

// nameList returns the tokens of a list of capitalised words starting at
// token k, joined by commas or a conjunction, each one word and no
// frequent word, acronym or place word: its items, how many, and how many
// of them are known first names or surnames (towns that are surnames
// too, Paris, are not).
func (nm *names) nameList(text string, toks []token, fold []byte, keep []bool, k int) (items [8]int, n, known int) {
	for j := k; j < len(toks) && n < len(items); {
		t := toks[j]
		if !t.has(tokCap) || t.has(tokUpper) || t.info.stop || t.info.acronym || t.info.place || !nm.isName(toks, fold, keep, j, false) {
			break
		}
		items[n] = j
		n++
		if (t.info.first != 0 || t.info.surname) && !townSurname[string(fold[t.fs:t.fe])] {
			known++
		}
		if j+2 < len(toks) && listItemBefore(text, toks, fold, j+2) == j {
			j += 2 // "X et Y"
		} else if j+1 < len(toks) && listItemBefore(text, toks, fold, j+1) == j {
			j++ // "X, Y"
		} else {
			break
		}
	}
	return items, n, known
}

// nameLists appends the names of a list of three or more people written
// by their names alone, no role announcing them: "Baker, Hughes and
// Oyelaran all gave me different answers", "Schmidt, Schneider, Becker –
// keiner wusste Bescheid". At least two items are known first names or
// surnames, the first among them, and half of them; a list of towns or
// brands has one at most ("Lyon, Grenoble et Valence", "Renault, Peugeot
// et Citroën"), and a town may come first in a list of names ("le bureau
// de Mérignac, Julie et Thomas").
func (nm *names) nameLists(text string, toks []token, fold []byte, keep []bool, out []finding, first int, german bool) []finding {
	if strings.IndexByte(text, ',') < 0 {
		return out
	}
	n0 := len(out)
	for k := 0; k+2 < len(toks); k++ {
		// A list starts at a capitalised word followed by a comma,
		// after no other item, and after no determiner ("in Rosa,
		// Viola e Celeste"); in German, where nouns are capitalised,
		// see below ("Stellen als Koch, Kellner, Fischer und Bauer").
		// (One branch for the word's shape and the comma: most words
		// fail one of them at no pattern a branch predictor could learn.)
		if b2i(toks[k].flags&(tokCap|tokUpper) == tokCap)&b2i(text[toks[k].ce] == ',') == 0 || afterDeterminer(toks, fold, k) {
			continue
		}
		if p := listItemBefore(text, toks, fold, k); p >= 0 && toks[p].has(tokCap) {
			continue
		}
		items, n, known := nm.nameList(text, toks, fold, keep, k)
		if n < 3 || known < 2 || known*2 < n || !knownName(toks[k]) || townSurname[string(fold[toks[k].fs:toks[k].fe])] {
			continue
		}
		// In German mid-sentence, every item a known name, and no
		// trade after "als" or "wie": "Beim Amt haben Kowalski, Nowak
		// und Lewandowski nicht geholfen".
		if german && k > 0 && !toks[k].has(tokSentence) {
			if w := string(fold[toks[k-1].fs:toks[k-1].fe]); known < n || w == "als" || w == "wie" {
				continue
			}
		}
		for _, j := range items[:n] {
			if !overlapsAny(out[first:], toks[j].cs, toks[j].ce) {
				out = append(out, finding{toks[j].cs, toks[j].ce, maskName})
			}
		}
		k = items[n-1]
	}
	if len(out) > n0 {
		slices.SortFunc(out[first:], func(a, b finding) int { return int(a.start - b.start) })
	}
	return out
}

// saintSurnames extends the names of out[first:] that end on a saint's
// word over the rest of it: in "Mme Bénédicte Saint-Clair" the name
// takes Saint-Clair whole, though "Saint-Clair" alone is a place whose
// words are protected. Cut after "Saint", the rest would be published,
// and a second reading would mask it as a name ("Vic Saint Hugo"; found
// by fuzzing). So for a name ending on a place word ("M. de La Tour",
// "M d ZaC A.AA"; found by fuzzing).
func saintSurnames(text string, toks []token, keep []bool, out []finding, first int) []finding {
	k := 0 // the names are in the order of the text: one walk over the tokens
	for i := first; i < len(out); i++ {
		f := &out[i]
		for k < len(toks) && toks[k].ce < f.end {
			k++
		}
		if k == len(toks) || toks[k].ce != f.end || !toks[k].info.saint && !toks[k].info.place {
			continue
		}
		// Up to the next name that starts after this one: one inside it
		// ("Hugo" found again inside "Hugo SAn") bounds nothing
		// ("0000000000000000 ViC(o  Hugo  SAn FrAn" left "FrAn" to a
		// second reading; found by fuzzing).
		next := i + 1
		for next < len(out) && out[next].start < f.end {
			next++
		}
		for m := k + 1; m < len(toks) && keptOrParticle(toks, keep, m) && !toks[m].has(tokMasked) && !gapHasBreak(text, toks[m-1], toks[m]) && (next == len(out) || toks[m].ce <= out[next].start); m++ {
			f.end = toks[m].ce
			toks[m].flags |= tokMasked
		}
	}
	return out
}

// breakWithin reports whether a gap between the tokens ts holds a
// sentence's break.
func breakWithin(text string, ts []token) bool {
	for j := 1; j < len(ts); j++ {
		if gapHasBreak(text, ts[j-1], ts[j]) {
			return true
		}
	}
	return false
}

// hyphenedBefore extends each name of out[first:] back over the first
// half of a hyphenated surname the passes left out: "DUPONT-MOREAU
// Gisèle" was masked from MOREAU on. The half is a capitalised word bound
// by a hyphen alone, in capitals like the name or a known name, and no
// place or kept word (Saint-Étienne, Aix-Marseille are not names).
func hyphenedBefore(toks []token, keep []bool, out []finding, first int) []finding {
	k := 0 // the names are in the order of the text: one walk over the tokens
	for i := first; i < len(out); i++ {
		f := &out[i]
		for k < len(toks) && toks[k].cs < f.start {
			k++
		}
		for k > 0 && k < len(toks) && toks[k].cs == f.start {
			p := &toks[k-1]
			if !p.has(tokHyphen) || !p.has(tokCap) || keep[k-1] || p.has(tokMasked) || p.info.place || p.info.saint || p.ce+1 != toks[k].cs ||
				!(p.has(tokUpper) && toks[k].has(tokUpper)) && !knownName(*p) || i > first && out[i-1].end > p.cs {
				break
			}
			f.start = p.cs
			p.flags |= tokMasked
			k--
		}
	}
	return out
}

// keptOrParticle reports whether token m is kept as a place's word, or
// is one of the particles before one ("M d ZaC d A.AA", "M d ZaC d d
// A.AA"; found by fuzzing).
func keptOrParticle(toks []token, keep []bool, m int) bool {
	for m < len(toks) && !keep[m] && toks[m].info.particle {
		m++
	}
	return m < len(toks) && keep[m]
}

// isName reports whether token k may be (part of) a name: letters only,
// not protected, not a frequent word unless capitalised mid-sentence.
func (nm *names) isName(toks []token, fold []byte, keep []bool, k int, lower bool) bool {
	t := &toks[k]
	if keep[k] || t.has(tokDigit) || t.has(tokMasked) || !t.has(tokLetter) || t.fe-t.fs < 2 {
		return false
	}
	// Nor a title: "una tal Sra. Moreau" names Moreau, not Sra.
	if t.info.cue == cueTitle || t.info.cue == cueUpper && t.has(tokDot) || t.info.acronym {
		return false
	}
	if t.has(tokCap) {
		return !t.info.stop || t.has(tokUpper) && t.info.surname
	}
	return lower && !t.info.stop && t.fe-t.fs >= 3
}

// listedSurname reports whether toks, folded, are a surname of several
// words of the list ("le bihan", "da silva", "ben ali"), which the words
// alone are not: in lower case, "mme le bihan" is a name, "monsieur le
// receveur" none.
func (nm *names) listedSurname(fold []byte, toks []token) bool {
	var buf [48]byte
	key := buf[:0]
	for i := range toks {
		t := &toks[i]
		if i > 0 {
			key = append(key, ' ')
		}
		key = append(key, fold[t.fs:t.fe]...)
	}
	return nm.surnames[string(key)]
}

// nameParticleIn reports whether one of toks is a particle found only in
// names: "herr van den bosch".
func nameParticleIn(toks []token) bool {
	for i := range toks {
		if toks[i].info.nameWord&nwNameParticle != 0 {
			return true
		}
	}
	return false
}

// knownName reports whether t is a listed first name or surname.
func knownName(t token) bool {
	return t.info.first != 0 || t.info.surname
}

// workerName reports whether token k may be a person's name when where the
// person works follows it (atWork): a capitalised first name or known
// surname; a first name that is a frequent word before "at" or "from"
// ("Will at the consulate", "Will from our building": no verb comes before
// them); from a writer who capitalises
// nothing, a first name starting a sentence or after a word of thanks or
// a list ("shoutout to angel at the cpam", "merci à pierre au guichet").
// Never after a determiner ("the bill at the post office").
func (nm *names) workerName(text string, toks []token, fold []byte, keep []bool, k int, lowerWriter bool) bool {
	t := &toks[k]
	if t.has(tokUpper) || t.info.first == 0 && !t.info.surname || afterDeterminer(toks, fold, k) || afterNounArticle(toks, k) {
		return false
	}
	if t.has(tokCap) {
		if t.info.stop {
			if k+1 >= len(toks) || t.info.first == 0 || keep[k] || t.has(tokMasked) {
				return false
			}
			w := string(fold[toks[k+1].fs:toks[k+1].fe])
			return w == "at" || w == "from" // no verb comes before them: "Will from our building"
		}
		return nm.isName(toks, fold, keep, k, false)
	}
	if !lowerWriter || t.info.first == 0 || !nm.isName(toks, fold, keep, k, true) {
		return false
	}
	if t.has(tokSentence) || k == 0 {
		return true
	}
	prev := string(fold[toks[k-1].fs:toks[k-1].fe])
	if prev == "a" && k >= 2 {
		// "merci a pierre au guichet"; not the English article ("paid a
		// bill at the post office").
		prev = string(fold[toks[k-2].fs:toks[k-2].fe])
		return prev == "merci" || prev == "grace"
	}
	switch prev {
	case "to", "merci", "thanks", "gracias", "grazie", "obrigado", "obrigada", "danke":
		return true
	case "and", "et", "e", "y", "und":
		// In a list of first names ("olive and pierre at the mairie");
		// not "my rent and bill at the post office".
		return k >= 2 && toks[k-2].info.first != 0
	}
	return false
}

// titleSurname reports whether token k, after a title, is a capitalised
// surname that is also a frequent word (M. Petit, Mme Blanc).
func (nm *names) titleSurname(toks []token, fold []byte, keep []bool, k int) bool {
	t := &toks[k]
	return !keep[k] && !t.has(tokMasked) && t.has(tokCap) && t.info.surname
}

// lowerAfterAbbrev reports whether token k, in lower case right after an
// abbreviated title (M., Mme, Dr, Mr, Ms), is a listed surname or first
// name that is a frequent word too: "M. petit est désagréable", "Dr rosa,
// médecin du centre". (A title in lower case, "m. petit", is read
// elsewhere, and not so.) An abbreviation is said only before a name; not a
// particle or a role ("M. le maire", "Mme la directrice"), nor a word
// joined to the next by a hyphen.
func lowerAfterAbbrev(toks []token, fold []byte, keep []bool, k int) bool {
	t := &toks[k]
	if k == 0 || keep[k] || t.flags&(tokCap|tokMasked|tokDigit|tokHyphen) != 0 || t.fe-t.fs < 3 || t.info.particle || t.info.cue != 0 || !t.info.surname && t.info.first == 0 {
		return false
	}
	p := &toks[k-1]
	// After a determiner the title is a noun: "The Dr will call you back",
	// "I paid the Dr bill" (a review's).
	if k >= 2 && isDeterminer(fold[toks[k-2].fs:toks[k-2].fe]) {
		return false
	}
	return p.info.cue == cueTitle && p.info.nameWord&nwAbbrev != 0 || (p.info.cue == cueTitle || p.info.cue == cueUpper) && p.fe-p.fs == 1 && fold[p.fs] == 'm' && p.has(tokDot)
}

// nameAfter returns the tokens s..e of the name starting at token k: up to
// three name words, with particles between them (de La Tour, van der Berg).
// lower accepts a name in lower case (after a title written in lower case).
func (nm *names) nameAfter(text string, toks []token, fold []byte, keep []bool, k int, lower, title bool) (int, int, bool) {
	if k >= len(toks) {
		return 0, 0, false
	}
	s := k
	m := k
	if title {
		// Leading particles belong to the name when a capitalised word
		// follows them: M. de La Tour, Mme Le Gall.
		// (Not a short Vietnamese surname, which folds to a particle:
		// "Mme Lê au téléphone".)
		for m < len(toks)-1 && m < k+3 && toks[m].info.particle && !(m == k && accentedShort(text, toks[m])) {
			m++
		}
		// (In lower case, a known name only, "o senhor do guiche 2", or
		// any word after a particle of names only, "mme ben amor", "herr
		// van den bosch".)
		if m > k && (!toks[m].has(tokCap) && (!lower || !knownName(toks[m]) && !nameParticleIn(toks[k:m]) && !nm.listedSurname(fold, toks[k:m+1])) || gapHasBreak(text, toks[m-1], toks[m]) || toks[m].info.cue == cueRole || toks[m].has(tokHyphen) && m+1 < len(toks) && toks[m+1].info.cue == cueRole) {
			return 0, 0, false // "Madame la Directrice", "Monsieur le Sous-Préfet": a title and a role
		}
		// A lower-case particle before an acronym is where the person
		// works, not a name: "la señora del SEPE", "la dottoressa
		// dell'INPS", "o senhor da AIMA" (a known surname in capitals
		// is still one: "M. de GAULLE").
		if m > k && !toks[k].has(tokCap) && toks[m].has(tokUpper) && (toks[m].info.acronym || !toks[m].info.surname) {
			return 0, 0, false
		}
	}
	// O'Brien, N'Diaye: a one-letter prefix with an apostrophe.
	// (In lower case, O' only, after a title read in lower case, from a
	// writer who capitalises nothing: "ms o'brien in planning"; and N'
	// in a listed surname: "mme n'diaye", "mr n'guessan"; a French "d'"
	// elides an article, and "n'" a negation: "mme n'a pas rappelé",
	// "madame n'veut pas m'écouter".)
	if m+1 < len(toks) && toks[m].has(tokApos) && toks[m].fe-toks[m].fs == 1 && (toks[m].has(tokCap) && toks[m+1].has(tokCap) || title && lower && (fold[toks[m].fs] == 'o' || fold[toks[m].fs] == 'n' && nm.listedSurname(fold, toks[m:m+2])) && toks[m+1].flags&(tokCap|tokDigit) == 0 && toks[m+1].fe-toks[m+1].fs >= 3) && !gapHasBreak(text, toks[m], toks[m+1]) {
		m++
		s = m - 1
	}
	// A place word is no name: it keeps the words after it as its own
	// ("M Ct Élysée"), which masking it would free on a second reading;
	// after particles, only a place word of a letter or two, or of three
	// capitals, an abbreviation ("M d ZA A.AA", "M d ZAC A.AA"; found by
	// fuzzing): "M. de La Tour" and "Mme de La Rue" are names.
	// (But a place word that is a known surname, right after a title
	// and before no capitalised word, is the surname: "Mr Park", "Mrs
	// Lane at the desk"; nothing after it is left to a second reading.)
	placeSurname := title && m == k && toks[m].info.surname && toks[m].has(tokCap) && !toks[m].has(tokUpper) && !keep[m] && !toks[m].has(tokMasked) &&
		(m+1 == len(toks) || !toks[m+1].has(tokCap) && !toks[m+1].info.particle && !toks[m].has(tokHyphen))
	if toks[m].info.place && !placeSurname && (m == k || toks[m].fe-toks[m].fs <= 2 || toks[m].has(tokUpper) && toks[m].fe-toks[m].fs <= 3) || !nm.isName(toks, fold, keep, m, lower) && !(title && nm.titleSurname(toks, fold, keep, m)) && !placeSurname && !(title && m == k && accentedShort(text, toks[m]) && !keep[m]) && !(title && m == k && lowerAfterAbbrev(toks, fold, keep, m)) {
		return 0, 0, false
	}
	if !title && toks[m].info.first == 0 && !toks[m].info.surname && toks[m].has(tokSentence) {
		return 0, 0, false
	}
	e := m
	words := 1
	for j := m + 1; j < len(toks) && words < 3; j++ {
		// A place word ends the name: it keeps the words after it as its
		// own ("M AA ZA A.AA"; found by fuzzing).
		if gapHasBreak(text, toks[j-1], toks[j]) || toks[j].info.place {
			break
		}
		// A short surname with the accents of Vietnamese, which folds to
		// a frequent word: "Mme Huong Lê", "Nguyễn Thị Hồ".
		if accentedShort(text, toks[j]) && !keep[j] && !toks[j].has(tokMasked) {
			e = j
			words++
			continue
		}
		if toks[j-1].has(tokHyphen) && nm.isName(toks, fold, keep, j, lower) {
			e = j
			continue
		}
		// Arabic's article joined to the surname after a first name:
		// "Mr Abdulrahman al-Khatib", "Mme Samira el-Amrani".
		if j+1 < len(toks) && toks[j].has(tokHyphen) && !toks[j].has(tokCap) && (string(fold[toks[j].fs:toks[j].fe]) == "al" || string(fold[toks[j].fs:toks[j].fe]) == "el") &&
			toks[j+1].has(tokCap) && text[toks[j].ce] == '-' && toks[j+1].cs == toks[j].ce+1 && !keep[j+1] && !toks[j+1].has(tokMasked) {
			e = j + 1
			j++
			words++
			continue
		}
		// O'Sullivan after a first name: "Ms. Fiona O'Sullivan".
		if j+1 < len(toks) && toks[j].has(tokApos) && toks[j].fe-toks[j].fs == 1 && toks[j].has(tokCap) && toks[j+1].has(tokCap) && !gapHasBreak(text, toks[j], toks[j+1]) && nm.isName(toks, fold, keep, j+1, false) {
			e = j + 1
			j++
			words++
			continue
		}
		// In lower case, a particle or a known surname goes on the
		// name: "mr abdelkader el mansouri", "mme fatima benali".
		if lower && !toks[j].has(tokCap) {
			if toks[j].info.particle && j+1 < len(toks) && !townSurname[string(fold[toks[j+1].fs:toks[j+1].fe])] && !gapHasBreak(text, toks[j], toks[j+1]) &&
				(toks[j+1].info.surname || toks[j+1].info.first == firstName && !toks[j+1].info.lower) && nm.isName(toks, fold, keep, j+1, true) {
				e = j + 1
				j++
				words++
				continue
			}
			// Or a first name that is no other word after the surname:
			// "mme ndiaye awa".
			if (toks[j].info.surname || toks[j].info.first == firstName && !toks[j].info.lower) && nm.isName(toks, fold, keep, j, true) {
				e = j
				words++
				continue
			}
			break
		}
		// A lower-case particle before a known surname: "João Paulo de
		// Sousa"; not before a town ("M. Martin de Paris") nor a building
		// (a particle before either is where the person works). A particle
		// of names only, before any capitalised word: "Sidi ould
		// Cheikh", "Ludwig van Beethoven".
		// Or "de" before any name set apart after a title and a first
		// name (firstOnlyParticle): "Dr Anne-Sophie de Kerhoas,".
		if toks[j].info.particle && !toks[j].has(tokCap) && j+1 < len(toks) && toks[j+1].has(tokCap) && (toks[j+1].info.surname || toks[j].info.nameWord&nwNameParticle != 0 || firstOnlyParticle(toks, fold, j, title)) && !toks[j+1].info.place && !toks[j+1].info.building &&
			!townSurname[string(fold[toks[j+1].fs:toks[j+1].fe])] && !gapHasBreak(text, toks[j], toks[j+1]) && nm.isName(toks, fold, keep, j+1, false) {
			e = j + 1
			j++
			words++
			continue
		}
		// A capitalised particle inside the name: "Sandrine Le Goff";
		// not before a place or a building: "M. VIDAL DE LA MAIRIE",
		// "FRAU ÖZDEMIR VOM JOBCENTER".
		if toks[j].info.particle && toks[j].has(tokCap) {
			n := j + 1 // after one or two particles: "Jean De La Tour"
			if n+1 < len(toks) && toks[n].info.particle && toks[n].has(tokCap) && !gapHasBreak(text, toks[j], toks[n]) {
				n++
			}
			// In capitals, only before a known surname: "LA SEÑORA
			// DUPONT DE LA PREFECTURA"; or after a first name not in
			// capitals, as forms write a name, when the particle is an
			// article and the surname a listed one or a short word of no
			// list: "M. Hervé LE BRIS" (not "Mme Anne DU SERVICE
			// CLIENT", "Mme Claire LA DIRECTION", "LA COMPTABLE", "Mme
			// Anne LE SAMEDI").
			art := string(fold[toks[j].fs:toks[j].fe])
			upperName := toks[m].info.first != 0 && !toks[m].has(tokUpper) && n == j+1 && (art == "le" || art == "la") && n < len(toks) && toks[n].info.cue != cueRole &&
				(toks[n].info.surname || toks[n].fe-toks[n].fs <= 5 && !toks[n].info.stop && toks[n].info.langs == 0)
			if n < len(toks) && toks[n].has(tokCap) && !toks[n].info.place && !toks[n].info.building && !gapHasBreak(text, toks[n-1], toks[n]) && nm.isName(toks, fold, keep, n, false) && !(toks[j].has(tokUpper) && toks[n].has(tokUpper) && !toks[n].info.surname && !upperName) {
				e = n
				j = n
				words++
				continue
			}
		}
		// A surname that is also a frequent word (Petit, Blanc) after a
		// title, or right after a first name, as firstNameAt takes it:
		// "l'agente Sandrine Petit".
		// Nor a word before where the person works, nor a building, in
		// capitals: "FRAU ÖZDEMIR VOM JOBCENTER".
		wordSurname := (title || j == m+1 && toks[m].info.first != 0) && nm.titleSurname(toks, fold, keep, j)
		if !toks[j].has(tokCap) || toks[j].info.particle || toks[j].info.building || toks[j].info.nameWord&nwAtWork != 0 || !nm.isName(toks, fold, keep, j, false) && !wordSurname && !allowedSurname(toks, keep, j) {
			break
		}
		e = j
		words++
	}
	return s, nm.moreSurnames(text, toks, fold, keep, e), true
}

// firstOnlyParticle reports whether particle j, after a title (title)
// and a first name that is no surname, is "de" or "du" before a
// capitalised word set apart by a comma or a full stop, no acronym nor
// frequent word: "Dr Anne-Sophie de Kerhoas, urgentiste" (not "Mme Sylvie
// de Chronopost qui a retrouvé mon colis", where she works, nor "M.
// Martin de Paris": Martin is a surname too).
func firstOnlyParticle(toks []token, fold []byte, j int, title bool) bool {
	if !title || j+2 >= len(toks) || toks[j-1].info.first == 0 || toks[j-1].info.surname || !firstParticles[string(fold[toks[j].fs:toks[j].fe])] {
		return false
	}
	t := &toks[j+1]
	return t.flags&(tokComma|tokDot) != 0 && !t.has(tokUpper) && !t.info.stop && !t.info.acronym
}

// firstParticles are the folded particles that start a surname after a
// first name and a title ("Dr Anne de Kerhoas"; not German "von", which
// says where someone works: "Frau Anna von Stadtwerke München,").
var firstParticles = map[string]bool{"de": true, "du": true}

// moreSurnames returns the end of the name ending at token e, taken on
// over the known surnames after it, each maybe after particles: the
// two surnames of Spanish and Portuguese names ("Valentina Ortega Sáez",
// "Maria de Fátima dos Santos Rocha"). Not a town a person is said to be
// from ("M. Martin de Paris"), nor a word that is no listed surname ("de
// la Fuente" stays: fuente is a fountain).
func (nm *names) moreSurnames(text string, toks []token, fold []byte, keep []bool, e int) int {
	for n := 0; n < 3 && e+1 < len(toks); n++ {
		j := e + 1
		for j < len(toks) && j <= e+2 && toks[j].info.particle && !toks[j].has(tokUpper) && !gapHasBreak(text, toks[j-1], toks[j]) {
			j++
		}
		if j >= len(toks) || gapHasBreak(text, toks[j-1], toks[j]) {
			break
		}
		u := toks[j]
		if !u.has(tokCap) || u.has(tokUpper) && !toks[e].has(tokUpper) || !u.info.surname || u.info.particle || u.info.place || townSurname[string(fold[u.fs:u.fe])] || !nm.isName(toks, fold, keep, j, false) && !allowedSurname(toks, keep, j) {
			break
		}
		e = j
		for e+1 < len(toks) && toks[e].has(tokHyphen) && nm.isName(toks, fold, keep, e+1, false) {
			e++
		}
	}
	return e
}

// firstNameAt returns the name starting at token k when it is a known
// first name, with the surname after it.
func (nm *names) firstNameAt(text string, toks []token, fold []byte, keep []bool, k int, lowerWriter, shout bool, lang int) (int, int, bool) {
	t := &toks[k]
	class := t.info.first
	if class == 0 || keep[k] || t.has(tokMasked) {
		return 0, 0, false
	}
	// A possessive that is a first name somewhere (My, a Swedish one)
	// before a word that is a surname too: "MY COUSIN IGNORED IT", "My
	// Cousin" in a shouted or capitalised text.
	if t.info.stop && possessiveNames[string(fold[t.fs:t.fe])] {
		return 0, 0, false
	}
	e := k
	// Hyphenated first names: Jean-Marc, Marie-Claire.
	for e+1 < len(toks) && toks[e].has(tokHyphen) && toks[e+1].info.first != 0 && !keep[e+1] {
		e++
	}
	surname := -1
	// A place word is not a surname: "Hugo Ct" would leave "Ct" protecting
	// what follows it once masked. Particles may come first: "Khadija El
	// Amrani", "Paulo da Silva" (lower-case particles before a known
	// surname only: "Julie de Montreuil" names a town).
	next := e + 1
	for next < len(toks) && next <= e+2 && toks[next].info.particle && !gapHasBreak(text, toks[next-1], toks[next]) {
		next++
	}
	// Or, after a lower-case particle, a capitalised word that a known
	// surname follows: "Maria do Céu Antunes", "Maria da Graça Lopes"
	// (the Portuguese first names with a particle).
	compound := next > e+1 && next+1 < len(toks) && toks[next].has(tokCap) && !toks[next].has(tokUpper) && !toks[next].info.place && toks[next+1].has(tokCap) && toks[next+1].info.surname && !toks[next+1].info.place &&
		!gapHasBreak(text, toks[next-1], toks[next]) && !gapHasBreak(text, toks[next], toks[next+1]) && nm.isName(toks, fold, keep, next, false) && nm.isName(toks, fold, keep, next+1, false)
	// (Or after a particle of names only, any capitalised word: "Karim
	// ben Salah", "Sidi ould Cheikh"; not von and van, which are "from"
	// and "of" too: "Petra von Caritas", "Jan van Gemeente Utrecht".)
	if next > e+1 && !compound && (next >= len(toks) || !toks[e+1].has(tokCap) && !toks[next].info.surname && !(toks[e+1].info.nameWord&nwNameParticle != 0 && !fromParticles[string(fold[toks[e+1].fs:toks[e+1].fe])] && toks[next].has(tokCap) && !toks[next].has(tokUpper))) {
		next = e + 1
	}
	// N'Diaye, O'Brien: a one-letter prefix with an apostrophe.
	if next+1 < len(toks) && next == e+1 && toks[next].has(tokApos) && toks[next].fe-toks[next].fs == 1 && toks[next].has(tokCap) && toks[next+1].has(tokCap) && !gapHasBreak(text, toks[e], toks[next]) && !gapHasBreak(text, toks[next], toks[next+1]) {
		next++
	}
	if next < len(toks) && !gapHasBreak(text, toks[next-1], toks[next]) && (toks[next].has(tokCap) || toks[next].has(tokUpper)) && !toks[next].info.place && (nm.isName(toks, fold, keep, next, false) || nm.titleSurname(toks, fold, keep, next) || allowedSurname(toks, keep, next)) {
		surname = next
		for surname+1 < len(toks) && toks[surname].has(tokHyphen) && nm.isName(toks, fold, keep, surname+1, false) {
			surname++
		}
		// A second first name before the surname: "Ana Lúcia Ferreira".
		if s2 := surname + 1; toks[surname].info.first != 0 && s2 < len(toks) && toks[s2].has(tokCap) && !toks[s2].info.place && !gapHasBreak(text, toks[surname], toks[s2]) && nm.isName(toks, fold, keep, s2, false) {
			surname = s2
		}
	} else if (lowerWriter || class == firstName && !t.info.lower) && !t.has(tokCap) && e+1 < len(toks) && toks[e+1].info.surname && !toks[e+1].info.stop && !surnameVerbs[string(fold[toks[e+1].fs:toks[e+1].fe])] && !keep[e+1] && !toks[e+1].has(tokMasked) && !gapHasBreak(text, toks[e], toks[e+1]) {
		// "merci à amadou diop": a known surname in lower case; from a
		// writer who capitalises, after a first name that is no word
		// ("thanks to siobhan mcgrath").
		surname = e + 1
	} else if n := e + 1; t.has(tokCap) && n < len(toks) && toks[n].fe-toks[n].fs == 1 && toks[n].has(tokCap) && toks[n].has(tokDot) && !keep[n] && !toks[n].has(tokMasked) &&
		!gapHasBreak(text, toks[e], toks[n]) && !dottedRun(text, int(toks[n].cs), int(toks[n].ce)) {
		// The initial of the surname: "merci à Jean-Pierre R. de France
		// Services".
		surname = n
	}
	switch {
	case t.has(tokUpper):
		// Capitals are common in shouted texts: need a known surname,
		// or, in a text that is not shouted, a first name that is no
		// other word, or two joined (ANNE-SOPHIE DELACROIX-BRUNET).
		// "MARTINE, à l'accueil": a first name that is no other word,
		// alone, in a text that is not shouted.
		alone := surname < 0 && class == firstName && !t.info.lower && !t.info.acronym && t.fe-t.fs >= 4 && !shout
		// (In a shouted text, a first name that is a frequent word or a
		// modal starts no name, nor one that is a word too before no
		// name's end (shoutedNameEnds): "SHE CAN COOK A MEAL", "MY SON
		// WILL COOK", "MY SON CHASE BANK ACCOUNT".)
		if !alone && (surname < 0 || !toks[e+1].info.surname && (shout || class == firstNameWord && e == k) || shout && e == k && (t.info.stop || shoutedModals[string(fold[t.fs:t.fe])] || class == firstNameWord && !shoutedNameEnds(toks, e+1))) {
			return 0, 0, false
		}
	case t.has(tokCap):
		if class == firstNameWord {
			if surname < 0 || t.has(tokSentence) && !toks[e+1].info.surname {
				return 0, 0, false
			}
		}
		// "Marc de café", "Colin à la crème", "Mia sorella" (my): at the
		// start of a sentence a first name that is also a word, or a
		// frequent word of the text's language (Portuguese "ali" is no
		// word in "Ali était très gentil"), needs a surname; so does a
		// word with accents no spelling of the name has ("Marié depuis
		// deux ans").
		frequent := t.info.stop
		if lang >= 0 {
			frequent = t.info.langs&(1<<lang) != 0
		}
		if surname < 0 && e == k && t.has(tokSentence) && (t.info.lower || frequent || otherAccents(text[t.cs:t.ce])) {
			return 0, 0, false
		}
		// "been in Brittany", "en Lorraine": a place, after in.
		// So is a British town that is a name too after from, to, at or
		// near: "moving from Preston" (not "thanks to Preston").
		if surname < 0 && k > 0 && (placePreposition[string(fold[toks[k-1].fs:toks[k-1].fe])] ||
			townFirst[string(fold[t.fs:t.fe])] && townPrepositions[string(fold[toks[k-1].fs:toks[k-1].fe])] && !(k > 1 && thanksWords[string(fold[toks[k-2].fs:toks[k-2].fe])])) {
			return 0, 0, false
		}
	default:
		// A first name that is also a word (jean, pierre) is a name in
		// lower case only when hyphenated to another first name
		// (jean-pierre) or followed by a known surname (pierre martin).
		// Or when what follows tells of a person and no article comes
		// before it: "c'est pierre qui m'a reçu", not "la pierre qui".
		// So is a word with accents no spelling of the name has: "je
		// suis marié" (Marie), "il a pété un plomb" (Pete).
		paired := e > k || surname >= 0 || subjectOfPerson(text, toks, fold, k, e) && !(t.info.lower && nounBefore(text, toks, fold, k, e))
		// From a writer who capitalises, a name in small letters is one
		// when a first name that is no word comes with a known surname:
		// "Big thanks to siobhan mcgrath at the housing desk",
		// "remercier marie-claire dubois" (not "la pierre blanche").
		known := class == firstName && !t.info.lower && surname >= 0 && !(surname+1 < len(toks) && toks[surname+1].info.street) // not "karl marx straße"
		if !lowerWriter && !known || t.info.stop || t.fe-t.fs < 4 || (class == firstNameWord || t.info.lower || otherAccents(text[t.cs:t.ce])) && !paired {
			return 0, 0, false
		}
	}
	if surname > 0 {
		e = nm.moreSurnames(text, toks, fold, keep, surname)
	}
	return k, e, true
}

// nounBefore reports whether the lower-case word before the first name
// at tokens k..e is rather a noun of which the name's word is the second
// half, when a word of acting follows the name (firstNameAt asks it after
// subjectOfPerson): "the phone line rang for an hour", "the help line
// hung up"; not before a relative pronoun or a pronoun of the writer,
// "merci à rose qui", "jean m'a dit".
func nounBefore(text string, toks []token, fold []byte, k, e int) bool {
	if k == 0 || toks[k].has(tokSentence) || e+1 >= len(toks) {
		return false
	}
	switch string(fold[toks[e+1].fs:toks[e+1].fe]) {
	case "qui", "who", "che", "que", "m", "me", "mi", "nous":
		return false
	}
	p := toks[k-1]
	return p.fe-p.fs >= 3 && !p.has(tokCap) && !p.has(tokUpper) && !p.has(tokDigit) && !p.info.stop && p.info.cue == 0 && gapText(text, p, toks[k]) == ""
}

// dottedRun reports whether text[s:e] is glued by full stops to letters
// or digits before or after it, or to a placeholder, which stands for
// some: part of a host or a reference ("0.00.A.AA.0"), not an initial and
// a surname (found by fuzzing).
func dottedRun(text string, s, e int) bool {
	return s >= 2 && text[s-1] == '.' && (isAlnumASCII(text[s-2]) || text[s-2] == ']' && placeholderEndsAt(text, s-1)) ||
		e+1 < len(text) && text[e] == '.' && (isAlnumASCII(text[e+1]) || text[e+1] == '[' && placeholderAt(text, e+1) > 0)
}

// listedAfterName reports whether token k follows, in a list, the last
// name found in this reading (found is in the order of the text): after
// a comma ("Nathalie, Jordan") or a conjunction ("Nathalie et Jordan").
// Names masked before this reading do not count: a second reading must
// find what the first did, and no more.
func listedAfterName(text string, toks []token, fold []byte, found []finding, k int) bool {
	if len(found) == 0 {
		return false
	}
	q := listItemBefore(text, toks, fold, k)
	if q < 0 {
		return false
	}
	last := found[len(found)-1]
	return last.kind == maskName && last.end == toks[q].ce
}

// listItemBefore returns the word before token k in a list: the word
// before ", " or before a conjunction between single spaces ("Nathalie,
// Jordan", "Nathalie et Jordan"), or -1.
func listItemBefore(text string, toks []token, fold []byte, k int) int {
	if k < 1 {
		return -1
	}
	p := k - 1
	switch string(fold[toks[p].fs:toks[p].fe]) {
	case "et", "and", "y", "e", "und":
		if p == 0 || text[toks[p-1].ce:toks[p].cs] != " " || text[toks[p].ce:toks[k].cs] != " " {
			return -1
		}
		return p - 1
	}
	if text[toks[p].ce:toks[k].cs] != ", " {
		return -1
	}
	return p
}

// germanFinite holds German verbs, finite, that follow the subject they
// agree with: after a role, a capitalised word before one of them and more
// words of its clause is the person's name, not a noun ("die
// Sachbearbeiterin Grzybowska hat meinen Antrag verloren"; not "während
// nur ein Arzt Dienst hatte.", whose verb ends its clause).
var germanFinite = map[string]bool{
	"hat": true, "hatte": true, "ist": true, "war": true, "wollte": true, "will": true, "kann": true, "konnte": true,
	"sagt": true, "sagte": true, "meint": true, "meinte": true, "weiss": true, "wusste": true, "schreibt": true, "schrieb": true,
}

// germanSubject reports whether token k is followed by a finite verb of
// germanFinite and a word of the same clause.
func germanSubject(text string, toks []token, fold []byte, k int) bool {
	return k+2 < len(toks) && germanFinite[string(fold[toks[k+1].fs:toks[k+1].fe])] && !gapHasBreak(text, toks[k], toks[k+1]) && !gapHasBreak(text, toks[k+1], toks[k+2])
}

// officeArticles are the articles before a role that is an office's
// title, capitalised with its adjective (officeTitles): "El Director
// Gerente", "The Director General", "Il Direttore Sanitario", "O Diretor
// Clínico"; not "El Inspector Grzybowski me multó".
var officeArticles = map[string]bool{
	"the": true, "el": true, "la": true, "los": true, "las": true, "il": true, "lo": true, "i": true, "gli": true,
	"le": true, "les": true, "l": true, "o": true, "a": true, "os": true, "as": true,
}

// officeTitles are the folded adjectives and nouns that make a role an
// office's title after it.
var officeTitles = map[string]bool{
	"general": true, "generale": true, "gerente": true, "medico": true, "medica": true, "sanitario": true, "sanitaria": true,
	"clinico": true, "clinica": true, "delegado": true, "delegada": true, "delegato": true, "delegata": true, "adjunto": true,
	"adjunta": true, "aggiunto": true, "presidente": true, "estatal": true, "provincial": true, "provinciale": true,
	"regional": true, "regionale": true, "municipal": true, "territorial": true, "territoriale": true, "tecnico": true,
	"tecnica": true, "administrativo": true, "administrativa": true, "amministrativo": true, "amministrativa": true,
	"ejecutivo": true, "ejecutiva": true, "executivo": true, "executiva": true, "executive": true, "designate": true,
	"deputy": true, "practitioner": true, "superintendent": true, "interino": true, "interina": true, "financiero": true,
	"financiera": true, "financeiro": true, "financeira": true, "nacional": true, "nazionale": true, "national": true,
	"principal": true, "scolastico": true, "escolar": true, "jefe": true, "capo": true, "chefe": true,
}

// germanNoun reports whether folded word w ends as German nouns of
// offices and allowances do, which no surname does: Wohngeld, Jobcenter
// words (Leistungsabteilung, Krankenkasse, Bürgerservice, Kindergeldstelle).
func germanNoun(w []byte) bool {
	for _, end := range []string{"geld", "ung", "heit", "keit", "schaft", "amt", "stelle", "kasse", "hilfe", "service", "zentrum", "buro", "abteilung", "versicherung", "antrag", "recht"} {
		if len(w) > len(end)+2 && string(w[len(w)-len(end):]) == end {
			return true
		}
	}
	return false
}

// placeBeforeWords come before a place more often than before a person:
// "the Lincoln Park post office", "at Lincoln Park", "in Lincoln Park".
var placeBeforeWords = map[string]bool{"the": true, "at": true, "in": true}

// byWords come before the name of whoever wrote or did something: "signed
// by R. Fairbanks", "signé par P. Kerjean".
var byWords = map[string]bool{"by": true, "from": true, "par": true, "signed": true, "signe": true, "signee": true}

// namingPair reports whether the two words before token k name someone:
// "goes by", "calls him", "call her".
func namingPair(fold []byte, toks []token, k int) bool {
	if n := toks[k-1].fe - toks[k-1].fs; n != 2 && n != 3 { // by, him, her
		return false
	}
	b := fold[toks[k-1].fs:toks[k-1].fe] // compared, not copied
	switch string(fold[toks[k-2].fs:toks[k-2].fe]) {
	case "goes", "go":
		return string(b) == "by"
	case "calls", "call", "called":
		return string(b) == "him" || string(b) == "her"
	}
	return false
}

// addressWords are what someone may be called that is no name: "they
// called him Sir", "we call her Madam President".
var addressWords = map[string]bool{"sir": true, "madam": true, "mate": true, "love": true, "dear": true, "boss": true, "chief": true, "doc": true}

// formFields finds the name filled in a form's fields copied into a text:
// "Nom : Lemoine", "Nom/Prénom : Kaddour Farid", "Surname: VASSEUR",
// "First name: Dylan". The field is one to three words of fieldWords,
// starting a line or set apart by a mark ("Tél : … / Nom : …"), a head
// first and a last before its colon; not "School name:", "her name:". The
// name is the capitalised words after it on its line, four at most,
// particles between them, up to the next field's label ("Nom : Lemoine
// Prénom : Inès"); a title stays ("Name: Mrs Patel"); not an acronym or
// an institution, which are kept ("Nom : CAF"), a lower-case word, nor a
// word saying there is no name ("Nom : Inconnu", "Name: Anonymous").
func formFields(text string, toks []token, fold []byte, keep []bool, out []finding, first int) []finding {
	prevLast := -1 // the last token of the name of the field before
	wordsBeforeColons(text, toks, func(j int) {
		from, last := formField(text, toks, fold, keep, j, prevLast)
		if last < 0 {
			return
		}
		prevLast = last
		// Words another rule found are not found twice; a particle is
		// found only with the name after it.
		if !overlapsAny(out[first:], toks[from].cs, toks[last].ce) {
			out = append(out, finding{toks[from].cs, toks[last].ce, maskName})
			return
		}
		for m := from; m <= last; m++ {
			if !toks[m].info.particle && !overlapsAny(out[first:], toks[m].cs, toks[m].ce) {
				out = append(out, finding{toks[m].cs, toks[m].ce, maskName})
			}
		}
	})
	return out
}

// wordsBeforeColons calls fn with each token a colon follows, after spaces
// only ("Nom :", "Surname:"), reading from each colon back: most texts have
// none, or a few among dozens of words.
func wordsBeforeColons(text string, toks []token, fn func(j int)) {
	k := 0 // the tokens before k end before the colon
	for c := strings.IndexByte(text, ':'); c >= 0; {
		for k < len(toks) && toks[k].ce <= int32(c) {
			k++
		}
		if j := k - 1; j >= 0 && strings.TrimLeft(text[toks[j].ce:c], " \u00a0\u202f") == "" {
			fn(j)
		}
		next := strings.IndexByte(text[c+1:], ':')
		if next < 0 {
			break
		}
		c += 1 + next
	}
}

// formField returns the first and last tokens of the name filled in the
// field whose label ends at token k, before a colon; last is -1 if k ends
// no field for a name or no name fills it. prevLast is the last token of
// the name of the field before, after which a label may come with a space
// only ("Nom : Dupont Prénom : Jean").
func formField(text string, toks []token, fold []byte, keep []bool, k, prevLast int) (from, last int) {
	word := func(k int) string { return string(fold[toks[k].fs:toks[k].fe]) }
	colonAfter := func(k int) bool {
		return k+1 < len(toks) && strings.HasPrefix(strings.TrimLeft(text[toks[k].ce:toks[k+1].cs], " \u00a0\u202f"), ":")
	}
	// labelAt reports whether the words from m on are a field's label:
	// one to three words, the last before a colon ("Prénom :", "Last
	// name:", "Nom de famille :", "Objet :").
	labelAt := func(m int) bool {
		for j := m; j < len(toks) && j <= m+2; j++ {
			if colonAfter(j) {
				return j == m || fieldWords[word(j)]&fieldLast != 0
			}
			if fieldWords[word(j)] == 0 || j > m && gapHasBreak(text, toks[j-1], toks[j]) {
				return false
			}
		}
		return false
	}
	if fieldWords[word(k)]&fieldLast == 0 || !colonAfter(k) {
		return 0, -1
	}
	head := k
	for head > 0 && head > k-2 && fieldWords[word(head-1)] != 0 && !strings.ContainsRune(text[toks[head-1].ce:toks[head].cs], '\n') {
		head--
	}
	// The label starts the text or a line, follows a mark ("Tél : … /
	// Nom : …") or the name of the field before; not a word ("School
	// name:", "her name:").
	if fieldWords[word(head)]&fieldHead == 0 || head > 0 && head-1 != prevLast && strings.Trim(text[toks[head-1].ce:toks[head].cs], " \u00a0") == "" {
		return 0, -1
	}
	if gap := text[toks[k].ce:toks[k+1].cs]; strings.ContainsRune(gap, '\n') || strings.Count(gap, ":") != 1 {
		return 0, -1
	}
	from = k + 1
	for from < len(toks) && (toks[from].info.cue == cueTitle || toks[from].info.cue == cueUpper) && (from+1 == len(toks) || strings.Trim(text[toks[from].ce:toks[from+1].cs], ". [") == "") {
		from++ // "Name: Mrs Patel": the title stays
	}
	last = -1
	for m := from; m < len(toks) && m <= from+3; m++ {
		t := toks[m]
		if m > from && gapHasBreak(text, toks[m-1], t) || keep[m] || t.has(tokMasked) || t.has(tokDigit) || noName[word(m)] || labelAt(m) {
			break
		}
		if !t.has(tokCap) {
			if t.info.particle && m+1 < len(toks) && toks[m+1].has(tokCap) {
				continue
			}
			break
		}
		last = m
	}
	return from, last
}

// keepFieldLabels keeps the labels of a form's fields for a name, which
// no rule may take for a name ("First name: Dylan Last name: Morgan", "Nom
// : Martin Nom de famille : Durand"): one to three words of fieldWords,
// the last before a colon.
func keepFieldLabels(text string, toks []token, fold []byte, keep []bool) {
	wordsBeforeColons(text, toks, func(j int) {
		if fieldWords[string(fold[toks[j].fs:toks[j].fe])]&fieldLast == 0 {
			return
		}
		for m := j; m >= 0 && m >= j-2 && fieldWords[string(fold[toks[m].fs:toks[m].fe])] != 0; m-- {
			keep[m] = true
		}
	})
}

// fieldWords are the folded words of a form's field for a name: a head
// starts it, a last ends it before its colon, the others come between
// ("Nom de famille", "First name").
const (
	fieldHead uint8 = 1 << iota
	fieldLast
	fieldBetween
)

var fieldWords = map[string]uint8{
	"nom": fieldHead | fieldLast, "prenom": fieldHead | fieldLast, "prenoms": fieldHead | fieldLast,
	"name": fieldHead | fieldLast, "names": fieldLast, "surname": fieldHead | fieldLast,
	"forename": fieldHead | fieldLast, "forenames": fieldHead | fieldLast,
	"first": fieldHead, "last": fieldHead, "full": fieldHead, "family": fieldHead, "given": fieldHead,
	"famille": fieldLast, "usage": fieldLast, "naissance": fieldLast,
	"de": fieldBetween, "d": fieldBetween, "et": fieldBetween, "and": fieldBetween,
}

// noName are the folded words a form's field for a name holds when there
// is none.
var noName = map[string]bool{
	"inconnu": true, "inconnue": true, "anonyme": true, "anonymous": true, "unknown": true, "non": true, "none": true,
	"withheld": true, "confidentiel": true, "confidential": true, "aucun": true, "n": true, "na": true, "nc": true,
}

// bareInitial reports whether the capital letter t, with no dot, is an
// initial before the capitalised word after it, as English writes them
// ("Mrs J Thornton"): one space between, a letter that is no word of its
// own (not "A", "I", "E", "O", "Y": "M. A Paris"), a word after that
// names no place, or a known surname after any letter ("Dr A Patel").
func bareInitial(text string, t, next token) bool {
	return next.cs == t.ce+1 && text[t.ce] == ' ' && !next.info.place && (next.info.surname || !strings.ContainsRune("AEIOY", rune(text[t.cs])))
}

// placeKinds say what a place named after a person does, between its name
// and its place word: "the Edith Cavell health centre".
var placeKinds = map[string]bool{
	"health": true, "medical": true, "community": true, "leisure": true, "sports": true, "primary": true, "secondary": true,
	"junior": true, "infant": true, "nursery": true, "day": true, "care": true, "nursing": true, "memorial": true,
	"youth": true, "family": true, "arts": true, "civic": true, "dental": true, "maternity": true,
	// Round 46: "the Charles Dickens branch library", "the Mary Seacole
	// children's centre" is a possessive's (above).
	"branch": true, "central": true,
}

// kinPossessives, folded, make the relative's word after them one, even
// when it is a first name too (Mari).
var kinPossessives = map[string]bool{
	"mon": true, "ma": true, "ton": true, "ta": true, "son": true, "sa": true, "notre": true, "votre": true, "leur": true,
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true,
}

// signedSurname reports whether token j, after a first name in lower case
// that a closing or a relative's word comes before, is the surname that
// ends the text: its last word, in lower case, a listed surname that is
// no frequent word of any language, no cue and nothing to keep ("cheers
// dave smith"; not "merci marie bisous", "cheers dave innit", "cheers
// dave newport": slang and British towns are words the lists do not
// hold).
func signedSurname(text string, toks []token, keep []bool, j int) bool {
	if j != len(toks)-1 {
		return false
	}
	u := toks[j]
	if !u.info.surname || u.has(tokCap) || u.has(tokDigit) || u.has(tokMasked) || keep[j] || u.info.stop || u.info.langs != 0 || u.info.cue != 0 || u.info.place || gapHasBreak(text, toks[j-1], u) {
		return false
	}
	return strings.Trim(text[u.ce:], " .!\n") == ""
}

// lowerSurname reports whether token j, right after a relative's first
// name in small letters, is their surname: a listed surname in small
// letters that is no frequent word of any language, no cue, no place and
// nothing to keep ("ma fille lea dupuis est inscrite"; not "my son noah
// and", "ma fille clara attend").
func lowerSurname(text string, toks []token, fold []byte, keep []bool, j int) bool {
	if j >= len(toks) {
		return false
	}
	u := toks[j]
	// (What follows ends the clause or is a person's verb: not "my
	// daughter amy hunt for a flat", "my mum susan black and blue".)
	if j+1 < len(toks) && !strings.ContainsAny(text[u.ce:toks[j+1].cs], ",.;:!?()\n") {
		if w := string(fold[toks[j+1].fs:toks[j+1].fe]); !kinNameEnds(text, toks, fold, j) || w == "and" || w == "et" || w == "both" {
			return false
		}
	}
	return u.info.surname && u.info.first == 0 && !surnameVerbs[string(text[u.cs:u.ce])] && !u.has(tokCap) && !u.has(tokDigit) && !u.has(tokMasked) && !keep[j] && !u.info.stop && u.info.langs == 0 && u.info.cue == 0 && !u.info.place && !u.info.street && !gapHasBreak(text, toks[j-1], u) && text[toks[j-1].ce:u.cs] == " "
}

// surnameVerbs are listed surnames that, in small letters after a first
// name, are the verb said of that person: "my work coach sandra said it".
var surnameVerbs = map[string]bool{"said": true}

// namePossessives own the name said after "name is": "his name is rob".
var namePossessives = map[string]bool{"his": true, "her": true, "my": true, "their": true, "your": true}

// accentedShort reports whether t is a capitalised word of two or three
// letters written with an accent, not in capitals (a shouted "À", "È"),
// after a name: a Vietnamese surname
// ("Lê", "Vũ", "Hồ", "Đỗ"), not the frequent word it folds to ("le",
// "vu", "ho", "do"), which is never written so with a capital.
func accentedShort(text string, t token) bool {
	// The token's flags first: most words are not capitalised, and the
	// runes are counted only for those that are.
	if !t.has(tokCap) || t.has(tokUpper) || t.has(tokDigit) || t.has(tokHyphen) || t.ce-t.cs > 12 {
		return false
	}
	w := text[t.cs:t.ce]
	if n := utf8.RuneCountInString(w); n < 2 || n > 3 || len(w) == n {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// roleQualifiers, folded, are the words that make one role of the role
// word before them: "l'assistante sociale Durand", "la trabajadora social
// Fernández", "die Sachbearbeiterin" needs none.
var roleQualifiers = map[string]bool{
	"sociale": true, "social": true, "sociales": true, "sociaux": true, "scolaire": true, "medicale": true, "medical": true, "medico": true,
	"municipale": true, "municipal": true, "comunale": true, "territoriale": true, "territorial": true, "sanitario": true, "sanitaria": true,
	// Round 46: "la dirigente scolastica Bianchi", "el director escolar
	// Ruiz", "a diretora escolar Lopes".
	"scolastica": true, "scolastico": true, "escolar": true,
}

// roleOf, folded, say where the role before them serves.
var roleOf = map[string]bool{"de": true, "del": true, "della": true, "dell": true, "du": true, "do": true, "da": true, "des": true, "vom": true, "beim": true}

// roleExtended returns the token where the name after the role word
// before token next would start, once the words that belong to the role
// are passed: a qualifier before a name the lists know ("l'assistente
// sociale Moretti", roleQualifiers), and where it serves, an
// institution's name in words the lists keep ("el inspector de Hacienda
// Martínez", "der Sachbearbeiter vom Finanzamt Müller"), a surname the
// lists know after them (round 40). Otherwise next.
func roleExtended(text string, toks []token, fold []byte, keep []bool, next int) int {
	u := next
	// (A name the lists know after the qualifier: not "l'assistante
	// sociale Départementale", "la trabajadora social Municipal".)
	if roleQualifiers[string(fold[toks[u].fs:toks[u].fe])] && !toks[u].has(tokCap) && u+1 < len(toks) && toks[u+1].has(tokCap) && (toks[u+1].info.surname || toks[u+1].info.first != 0) && !toks[u+1].info.stop && !gapHasBreak(text, toks[u], toks[u+1]) {
		u++
	}
	if !roleOf[string(fold[toks[u].fs:toks[u].fe])] || toks[u].has(tokCap) {
		return u
	}
	j := u + 1
	if j < len(toks) && (string(fold[toks[j].fs:toks[j].fe]) == "la" || string(fold[toks[j].fs:toks[j].fe]) == "l") {
		j++
	}
	if j >= len(toks) || !keep[j] || toks[j].info.acronym || !toks[j].has(tokCap) {
		return u
	}
	for j < len(toks) && keep[j] && toks[j].has(tokCap) && !gapHasBreak(text, toks[j-1], toks[j]) {
		j++
	}
	// A surname the lists know, not a first name ("la CAF Lorraine" is a
	// region's). An acronym's branch is named by its town ("la CPAM
	// Bobigny", "l'INPS Ferrara", "la CAF Laval": a code review), so only
	// an institution named in words leads to a name.
	if j < len(toks) && toks[j].has(tokCap) && !keep[j] && !toks[j].info.acronym && toks[j].info.surname && toks[j].info.first == 0 && !gapHasBreak(text, toks[j-1], toks[j]) && !gapEndsSentence(text, toks[j-1], toks[j]) {
		return j
	}
	return u
}

// callingSomeone reports whether the verb of naming at token k in the
// first person, "llamo", "chiamo", calls someone rather than names the
// writer: only "me llamo", "mi chiamo" name him ("te llamo mañana", "vi
// chiamo lunedì"); or whether "heiße" approves of something.
func callingSomeone(toks []token, fold []byte, k int) bool {
	switch string(fold[toks[k].fs:toks[k].fe]) {
	case "llamo", "chiamo":
		return k == 0 || string(fold[toks[k-1].fs:toks[k-1].fe]) != "me" && string(fold[toks[k-1].fs:toks[k-1].fe]) != "mi"
	case "heisse":
		// "ich heiße" names only before a listed name: "Ich heiße Ihre
		// Entscheidung nicht gut" approves.
		return k+1 >= len(toks) || toks[k+1].info.first == 0 && !toks[k+1].info.surname
	}
	return false
}
