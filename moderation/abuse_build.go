package moderation

import (
	"slices"
	"strings"
)

// abuseBuilder collects patterns before the automaton is built.
type abuseBuilder struct {
	f     *folder
	index map[string]int
	a     *abuse
}

func newAbuseBuilder(f *folder) *abuseBuilder {
	return &abuseBuilder{f: f, index: map[string]int{}, a: &abuse{allow: map[string]bool{}}}
}

// add adds a term and its variants: a vowel replaced by a star (f*ck), u
// written v (fvck), a phrase written as one word, German's umlauts
// spelled out.
func (b *abuseBuilder) add(term string, m patMeta) {
	// German typed with no umlauts writes ae, oe and ue ("auslaender",
	// "bloedmann"): both are read (ß is folded to ss already).
	if m.lang < 0 || m.lang == int8(langIndex("de")) {
		if spelled := umlautsSpelled.Replace(term); spelled != term {
			b.addOne(spelled, m)
		}
	}
	b.addOne(term, m)
}

// umlautsSpelled writes German's umlauts as a keyboard without them does.
var umlautsSpelled = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue")

// addOne adds a term and its variants (add).
func (b *abuseBuilder) addOne(term string, m patMeta) {
	prefix := strings.HasSuffix(term, "*")
	term = strings.TrimSuffix(term, "*")
	base := normalizeTerm(b.f, term)
	if base == "" {
		return
	}
	b.put(base, prefix, m)
	// French typed on a phone drops the e of "je" before a consonant:
	// "jte plante", "j vais te retrouver", "jle défonce".
	if short, glued, ok := droppedJe(base); ok {
		b.put(short, prefix, m)
		b.put(glued, prefix, m)
	}
	// And English drops letters of "you", "your" and "I'm": "i know where
	// u live", "ur dead", "im gonna".
	if sms, ok := textedEnglish(base); ok {
		b.put(sms, prefix, m)
	}
	// A letter repeated three times or more is read once: connnnard
	// becomes conard, which must match connard. Short forms would
	// collide with everyday words (ass, as).
	if single := singleLetters(base); single != base && len(single) >= 5 {
		b.put(single, prefix, m)
	}
	if m.class > patSexual && m.class != patGroup {
		return // groups are masked by writers too (m*slims)
	}
	b.starred(base, prefix, m)
	if strings.IndexByte(base, ' ') >= 0 {
		b.put(strings.ReplaceAll(base, " ", ""), prefix, m)
		return
	}
	if len(base) >= 5 && isArticle(base[0]) {
		// Spelled letter by letter, the first letter reads as an
		// article: "a s s h o l e" is normalized "a sshole".
		b.put(base[:1]+" "+base[1:], prefix, m)
	}
	// Plurals: bougnoules, connards, bitches.
	if !prefix && len(base) >= 3 && base[len(base)-1] != 's' && base[len(base)-1] != 'x' {
		b.put(base+"s", false, m)
		if strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh") {
			b.put(base+"es", false, m)
		}
	}
	if len(base) < 4 {
		return
	}
	for i := 1; i < len(base)-1; i++ {
		switch base[i] {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			b.put(base[:i]+"*"+base[i+1:], prefix, m)
		}
		if base[i] == 'u' {
			b.put(base[:i]+"v"+base[i+1:], prefix, m)
		}
	}
}

// starStems are the vulgar stems writers mask with a run of stars
// ("f***wit", "b***h", "s**thead", "conn**d", "A****loch", "str***a",
// "cabr*n", "W*chser").
var starStems = []string{"fuck", "shit", "cunt", "bitch", "twat", "wank", "connard", "connasse", "putain", "salope", "merde", "encul", "bastard", "arsehole", "asshole",
	"salaud", "enfoir", "arsch", "wichs", "scheiss", "stronz", "coglion", "merda", "cabron", "gilipoll", "pendej", "puttan"}

// starred adds the variants of base whose letters inside a vulgar stem
// (not its first) are replaced by a run of stars, a vowel among them, the
// term's last letter kept. The normalized text reads a run of three stars
// or more as one, as it reads repeated letters: such a variant needs four
// letters left to tell it from other words ("f*wit", not "b*h"). A run
// with no vowel needs five ("A****loch" is "a*loch"): the vowels left
// tell the word.
func (b *abuseBuilder) starred(base string, prefix bool, m patMeta) {
	for _, stem := range starStems {
		p := strings.Index(base, stem)
		if p < 0 {
			continue
		}
		for i := p + 1; i < p+len(stem); i++ {
			for k := 2; k <= 4 && i+k <= p+len(stem) && i+k < len(base); k++ {
				if !strings.ContainsAny(base[i:i+k], "aeiouy") && len(base)-k < 5 {
					continue
				}
				stars := "**"
				if k > 2 {
					stars = "*"
				}
				if k > 2 && len(base)-k < 4 {
					continue
				}
				b.put(base[:i]+stars+base[i+k:], prefix, m)
			}
		}
	}
}

// singleLetters returns s with every double letter written once.
func singleLetters(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] && s[i] != ' ' {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

func (b *abuseBuilder) put(p string, prefix bool, m patMeta) {
	id, ok := b.index[p]
	if !ok {
		id = len(b.a.patterns)
		b.index[p] = id
		b.a.patterns = append(b.a.patterns, p)
		b.a.prefix = append(b.a.prefix, prefix)
		b.a.metas = append(b.a.metas, nil)
	}
	b.a.prefix[id] = b.a.prefix[id] || prefix
	if !slices.Contains(b.a.metas[id], m) {
		b.a.metas[id] = append(b.a.metas[id], m)
	}
}

func (b *abuseBuilder) build() *abuse {
	// Patterns start a word: a leading space keeps the automaton from
	// reporting them inside words.
	spaced := make([]string, len(b.a.patterns))
	for i, p := range b.a.patterns {
		spaced[i] = " " + p
	}
	// scan keeps a pattern that is no prefix only where a word ends.
	whole := make([]bool, len(b.a.patterns))
	for i, p := range b.a.prefix {
		whole[i] = !p
	}
	b.a.ac = newAutomaton(spaced, whole)
	b.a.exact = make([]bool, len(b.a.patterns))
	for i, p := range b.a.patterns {
		b.a.exact[i] = strings.Trim(p, "abcdefghijklmnopqrstuvwxyz *") == ""
		b.a.maxWords = max(b.a.maxWords, int32(strings.Count(p, " ")+1))
	}
	return b.a
}

// has reports whether pattern id has a meta of class.
func (a *abuse) has(id int32, class uint8) bool {
	return a.classes[id][class/64]>>(class%64)&1 != 0
}

// lexical reports whether pattern id is a term of an abuse lexicon, which
// an allowed word may hide.
func (a *abuse) lexical(id int32) bool {
	return a.classes[id][0]&(1<<(patSexual+1)-1) != 0 // patInsult to patSexual
}

// classMasks returns the classes of each pattern's metas as a bit set, so
// that has, asked again and again of every hit, reads one word rather
// than walking the metas.
func classMasks(metas [][]patMeta) [][2]uint64 {
	masks := make([][2]uint64, len(metas))
	for id, ms := range metas {
		for _, m := range ms {
			masks[id][m.class/64] |= 1 << (m.class % 64)
		}
	}
	return masks
}

// The classes fit in classMasks' two words.
var _ [127 - int(patGroupFirst)]struct{}

// droppedJe returns base with each "je" before a word starting with a
// consonant written "j" apart and "j" glued to that word, as French is
// typed on a phone ("je te plante": "j te plante", "jte plante"); ok is
// false when base has no such "je".
func droppedJe(base string) (short, glued string, ok bool) {
	var a, g strings.Builder
	for i := 0; i < len(base); {
		if strings.HasPrefix(base[i:], "je ") && (i == 0 || base[i-1] == ' ') && i+3 < len(base) && isConsonant(base[i+3]) {
			a.WriteString("j ")
			g.WriteString("j")
			i += 3
			ok = true
			continue
		}
		a.WriteByte(base[i])
		g.WriteByte(base[i])
		i++
	}
	return a.String(), g.String(), ok
}

// isConsonant reports whether the normalized byte c is a consonant.
func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// textedEnglish returns base with the English words texting shortens
// written so: "you" as "u", "your" and "you re" as "ur", "i m" as "im";
// ok is false when base has none.
func textedEnglish(base string) (string, bool) {
	words := strings.Split(base, " ")
	out := words[:0:0]
	ok := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "you" && i+1 < len(words) && words[i+1] == "re":
			out = append(out, "ur")
			i++
		case w == "you":
			out = append(out, "u")
		case w == "your":
			out = append(out, "ur")
		case w == "i" && i+1 < len(words) && words[i+1] == "m":
			out = append(out, "im")
			i++
		default:
			out = append(out, w)
			continue
		}
		ok = true
	}
	return strings.Join(out, " "), ok
}
