package moderation

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/avisproject/avis/moderation/lexicon"
)

// DefaultModelThreshold is the log-odds (a probability of about 92 %)
// above which the statistical model of abuse sends a text to a moderator,
// and DefaultThreatModelThreshold (about 77 %) the statistical model of
// threats. Both were chosen on heldout-9 and heldout-12 to heldout-15
// pooled, none of them trained on, and on the fair texts of the unit
// tables: the lowest threshold at which the model flags none of those
// fair texts and the engine publishes no fewer than one point below the
// pooled fair texts it published before (testdata/eval/README.md); the
// abuse model's in steps of a quarter, the threat model's of 0.05, with
// the threats of round 7 (testdata/train/threats-3.jsonl) first checked
// by training on each half of them in turn and testing on the other.
// The rule, applied again in round 10 to the unit tables of the day,
// gives 1.65 for the threat model of round 8 (1.7 then), and 1.4 once it
// reads the threats and fair mirrors of round 10
// (testdata/train/threats-5.jsonl to threats-8.jsonl;
// testdata/train/README.md), 1.35 once its training settles
// (round 12, a step that decays), and 1.2 once the models stop reading
// the weapons the rules found handled lawfully (round 13: at 1.25 it had
// flagged "Je viendrai avec mon fusil de chasse pour le faire
// enregistrer"), on the 598 fair texts of the unit tables of the day.
// Round 14 keeps 1.2 for a model that reads four more threat sets in six
// languages (testdata/train/threats-10.jsonl to threats-13.jsonl) and
// changes the rule for the threat model: the unit tables' fair texts are
// hard negatives written against the rules, and ten of them, which the
// rules publish, it sends to a moderator (marked modelReviews there). The
// threshold is the lowest, in steps of 0.05 from the one before, at which
// the engine publishes no fewer fair texts of the 41 held-out corpora
// and flags no more fair texts of a threat battery nobody read than with
// the model before (1.15 passes by one text; 1.2 is kept, with margin).
// Round 16 keeps 1.2 for a model that also reads 2,400 threats and fair
// texts in German, Spanish, Italian and Portuguese
// (testdata/train/threats-16.jsonl): at 1.15 the rule passes by one text
// again, and 1.2 keeps the margin; the unit cases it sends to a moderator
// are twelve.
// Round 17 raised it to 1.25 for a model that also reads 4,800 threats
// and fair texts in French, English and Portuguese
// (testdata/train/threats-17.jsonl, threats-17b and threats-17c): at 1.2
// the engine published four fair texts of the held-out corpora fewer
// than before. Once the model also reads the starts of long words
// (prefixLen), the rule gives 1.2 again: as many fair texts published,
// no more fair texts of the battery of round 16 flagged, 20 more threats
// of the held-out corpora caught; the unit cases it sends to a moderator
// are nineteen (thirteen before the starts of words).
// Round 34 keeps the threat model's for models that also read the 39
// evaluation corpora the rules were written from (readCorpora, in
// model_test.go): on every corpus nobody read they hold more harmful
// texts and publish more fair ones at the old thresholds, and a threat
// threshold of 1.4 trades 39 threats caught for ten fair texts
// (testdata/train/README.md). It lowers the abuse model's to 2.5 by
// round 14's rule for the threat model: on heldout-9 and 12 to 15 pooled
// the engine publishes as many fair texts at 3, 2.75, 2.5 and 2.25 (711
// of 739) and holds more harmful ones (681, 684, 687, 693 of 741); on
// every corpus nobody read, 2.5 holds 51 harmful texts more than 3 for
// 12 fair texts fewer published (2.25: 97 for 32). The unit tables' fair
// texts a model sends to a moderator are marked modelReviews, as the
// threat model's were since round 14 (21 more when the models read the
// corpora, 8 more at 2.5).
// The abuse model reads its own corpora last, so it ends its training
// on insults and is sure of itself: its threshold is high. The models
// only ever send a text to a moderator, never reject it.
const (
	DefaultModelThreshold       = 2.5
	DefaultThreatModelThreshold = 1.2
)

// The statistical models are logistic regressions over the folded words
// of a text and the pairs of words next to each other, masked names and
// personal data left out; the threat model also reads the first bytes of
// long words, so that one form of a verb it learnt stands for the others
// (brûlerai, brûlera, brûler). The abuse model is meant to catch insults
// worded in ways the lexicons do not list ("vous êtes une bande de
// mollusques"), the threat model threats with no violent word ("je sais
// où vous garez votre voiture"), both learnt from labelled contributions;
// they only ever send a text to a moderator, never reject it.
//
// models holds both in one open-addressing hash table, a power of two
// long and at most two-thirds full, each feature with its weight in either
// model, and a filter of one bit per feature hash that fits in the
// first-level cache. A text looks up every word and pair of words it has,
// and most are in neither model: the filter answers those without
// reaching into the table, whose random accesses miss the caches; one
// lookup serves both models.
//
// The weights are written with four decimals (avis train-model rounds
// them so), and a slot keeps them as integer ten-thousandths, which give
// back the very float32 the text gives (quantWeight): a slot of 8 bytes
// rather than 12, and a table a third of the size, of which a text reads
// some hundred slots at random. A lexicon with weights of more decimals
// keeps them in wide, beside the table. A weight of four decimals too
// large for an int16 (navet, 4.2402, in the abuse model of round 36) is
// kept in big, its slot's weights both set to bigWeight: a handful of
// slots, where wide would double the megabytes a text reads at random.
type models struct {
	table               []modelSlot
	wide                [][2]float32 // the weights of each slot, abuse and threat, when they are not all ten-thousandths; nil otherwise
	big                 map[int32][2]float32
	filter              []uint64
	abuse, threat       bool // which models are on
	abusePrior          float32
	threatPrior         float32
	abuseMin, threatMin float32 // the log-odds above which each flags a text
}

// modelSlot is a feature of the table: the high half of its hash (the low
// half chose the slot), 0 when empty, and its weights in ten-thousandths
// (or 0, with wide).
type modelSlot struct {
	check         uint32
	abuse, threat int16
}

// weightScale is the denominator of a slot's weights.
const weightScale = 10000

// quantWeight returns w in ten-thousandths, and whether that gives w
// back exactly as a float32 (weight).
func quantWeight(w float64) (int16, bool) {
	q := math.Round(w * weightScale)
	if q < math.MinInt16 || q > math.MaxInt16 {
		return 0, false
	}
	return int16(q), weight(int16(q)) == float32(w)
}

// weight is the float32 a weight of q ten-thousandths stands for: q /
// 10000 rounded once, the float32 nearest to a weight written with four
// decimals (quantWeight checks that it is the one the lexicon gives).
func weight(q int16) float32 { return float32(q) / weightScale }

// bigWeight, in both weights of a slot, sends their reading to big.
const bigWeight = math.MinInt16

// weights returns the weights of slot i in the abuse and threat models.
func (ms *models) weights(i int) (abuse, threat float32) {
	if ms.wide != nil {
		return ms.wide[i][0], ms.wide[i][1]
	}
	sl := &ms.table[i]
	if sl.abuse == bigWeight && sl.threat == bigWeight {
		w := ms.big[int32(i)]
		return w[0], w[1]
	}
	return weight(sl.abuse), weight(sl.threat)
}

// setWeight sets the weight of slot i in the abuse model (which 0) or
// the threat model to w, in the table when it fits, else in big.
func (ms *models) setWeight(i, which int, w float64) {
	if ms.wide != nil {
		ms.wide[i][which] = float32(w)
		return
	}
	sl := &ms.table[i]
	ws := [2]*int16{&sl.abuse, &sl.threat}
	if b, ok := ms.big[int32(i)]; ok {
		b[which] = float32(w)
		ms.big[int32(i)] = b
		return
	}
	q, ok := quantWeight(w)
	if ok && (q != bigWeight || *ws[1-which] != bigWeight) {
		*ws[which] = q
		return
	}
	// Too large for an int16, or a weight of bigWeight beside another.
	b := [2]float32{weight(sl.abuse), weight(sl.threat)}
	b[which] = float32(w)
	if ms.big == nil {
		ms.big = map[int32][2]float32{}
	}
	ms.big[int32(i)] = b
	sl.abuse, sl.threat = bigWeight, bigWeight
}

// fitsInt16 reports whether w in ten-thousandths is in an int16's range.
func fitsInt16(w float64) bool {
	q := math.Round(w * weightScale)
	return q >= math.MinInt16 && q <= math.MaxInt16
}

// filterBits is the size of the filter: 2^17 bits, 16 KiB, so that
// models of 15,000 features let through about 11 % of the features they
// do not have; the 44,000 of round 14, about 29 %; the 52,000 of round
// 16, about 33 %. (Twice the size, 32
// KiB, measured no faster: it leaves the first-level cache.)
const filterBits = 1 << 17

// newModels returns the models of set, with the thresholds given (0: the
// default); a model without weights is off.
func newModels(f *folder, set *lexicon.Set, abuseMin, threatMin float64) models {
	if abuseMin == 0 {
		abuseMin = DefaultModelThreshold
	}
	if threatMin == 0 {
		threatMin = DefaultThreatModelThreshold
	}
	ms := models{abuse: len(set.Model) > 0, threat: len(set.ThreatModel) > 0, abuseMin: float32(abuseMin), threatMin: float32(threatMin)}
	if !ms.abuse && !ms.threat {
		return ms
	}
	n := 16
	for 2*n < 3*(len(set.Model)+len(set.ThreatModel)) {
		n *= 2
	}
	ms.table, ms.filter = make([]modelSlot, n), make([]uint64, filterBits/64)
	for _, ws := range [][]lexicon.ModelWeight{set.Model, set.ThreatModel} {
		for _, w := range ws {
			if _, ok := quantWeight(w.Weight); !ok && fitsInt16(w.Weight) && ms.wide == nil {
				ms.wide = make([][2]float32, n)
			}
		}
	}
	for which, ws := range [][]lexicon.ModelWeight{set.Model, set.ThreatModel} {
		for _, w := range ws {
			if w.Feature == lexicon.ModelPrior {
				if which == 0 {
					ms.abusePrior = float32(w.Weight)
				} else {
					ms.threatPrior = float32(w.Weight)
				}
				continue
			}
			var h uint64
			if pre, ok := strings.CutSuffix(w.Feature, "~"); ok {
				h = prefixHash([]byte(pre)) // the start of a word, folded already
			} else {
				first, second, _ := strings.Cut(foldOne(f, w.Feature), " ")
				h = wordHash([]byte(first))
				if second != "" {
					h = pairHash(h, wordHash([]byte(second)))
				}
			}
			// A feature written twice (two spellings that fold alike)
			// keeps the last weight.
			i := ms.slot(h)
			ms.table[i].check = check(h)
			ms.setWeight(i, which, w.Weight)
			b := h & (filterBits - 1)
			ms.filter[b/64] |= 1 << (b % 64)
		}
	}
	return ms
}

// check is the part of a feature hash a table slot keeps, never 0 (the
// empty slot). Two features of a text and of the models that share a
// slot chain and a check are taken for one another; at 32 bits, about
// one text in a million has such a feature.
func check(h uint64) uint32 { return max(uint32(h>>32), 1) }

// lookup returns the slot of feature hash h, or -1 when neither model
// has it.
func (ms *models) lookup(h uint64) int {
	b := h & (filterBits - 1)
	if ms.filter[b/64]&(1<<(b%64)) == 0 {
		return -1
	}
	if i := ms.slot(h); ms.table[i].check != 0 {
		return i
	}
	return -1
}

// slot returns the index of feature hash h in the table, or of the empty
// slot where it would go.
func (ms *models) slot(h uint64) int {
	mask := len(ms.table) - 1
	c := check(h)
	i := int(h>>17) & mask // not the filter's bits
	for ms.table[i].check != 0 && ms.table[i].check != c {
		i = (i + 1) & mask
	}
	return i
}

// wordHash hashes the bytes of a folded word eight at a time, as
// little-endian integers, mixed at the end by the finaliser of splitmix64
// so that every bit depends on every byte (the filter and the table each
// read some of them). Most words are eight bytes or fewer: one load, no
// loop over bytes. When the slice has room past its end (a word of
// tokenize's buffer, the next word after it), the last load reads on and
// masks the bytes past the word off.
func wordHash(b []byte) uint64 {
	h := uint64(len(b)) * 0x9e3779b97f4a7c15
	for len(b) > 8 {
		h = bits.RotateLeft64((h^binary.LittleEndian.Uint64(b))*0xff51afd7ed558ccd, 29)
		b = b[8:]
	}
	var last uint64
	if cap(b) >= 8 {
		last = binary.LittleEndian.Uint64(b[:8]) & (1<<(8*len(b)) - 1) // 1<<64 is 0: all eight bytes
	} else {
		for i, c := range b {
			last |= uint64(c) << (8 * i)
		}
	}
	return mix(h ^ last)
}

// pairHash combines the hashes of two words next to each other, so that a
// pair costs no second pass over its bytes.
func pairHash(first, second uint64) uint64 {
	return mix(first*0x9e3779b97f4a7c15 ^ second)
}

// mix is the finaliser of splitmix64.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// eachFeature calls fn with every word of annotated toks (p is -1) and
// every pair of words next to each other (toks[p] then toks[k]), skipping
// masked words and words without a letter. Frequent words alone are
// skipped too: vous, un, jour say nothing of abuse or threat, however
// often a small corpus shows them in it.
//
// The abuse model (wide false) also skips pairs of frequent words and the
// words of the abuse lists, which the rules have judged in context ("des
// rats dans la salle d'attente" is a complaint). The threat model (wide
// true) keeps both: a veiled threat is made of everyday words in pairs
// (je sais où, vos enfants, à quelle heure) and of the violent words the
// rules did not find aimed at anyone; it also reads the start of each
// long word that is not frequent (p is -2, prefixOf): conjugated and
// inflected forms of a verb share it.
func eachFeature(toks []token, wide bool, fn func(p, k int)) {
	prev := -1
	for k := range toks {
		t := &toks[k]
		if t.has(tokMasked) || !t.has(tokLetter) || t.info.listed && !wide {
			prev = -1
			continue
		}
		if !t.info.stop {
			fn(-1, k)
			if wide && t.fe-t.fs >= prefixMin {
				fn(-2, k)
			}
		}
		if p := prev; p >= 0 && (wide || !t.info.stop || !toks[p].info.stop) {
			fn(p, k)
		}
		prev = k
	}
}

// prefixLen is the length in bytes of the start of a long word the threat
// model also reads, whatever its ending (brûlerai, brûler, brûlé), and
// prefixMin the shortest word it reads it of.
const (
	prefixLen = 5
	prefixMin = 7
)

// prefixOf returns the first prefixLen bytes of folded word w, cut at a
// character's start.
func prefixOf(w []byte) []byte {
	n := prefixLen
	for n > 0 && n < len(w) && w[n]&0xc0 == 0x80 {
		n--
	}
	return w[:n]
}

// prefixHash is the feature hash of a word's start.
func prefixHash(w []byte) uint64 { return mix(wordHash(w) ^ 0x5bd1e9955bd1e995) }

// modelHit is a feature of a model found in a text, with the byte range
// of its words in the cleaned text.
type modelHit struct {
	weight     float32
	start, end int32
}

// modelScore is one model's reading of a text: the log-odds so far and
// the three strongest features that count for it, strongest first.
type modelScore struct {
	sum float32
	top [3]modelHit
}

// add counts weight w of a feature whose words span start to end.
func (r *modelScore) add(w float32, start, end int32) {
	r.sum += w
	if w < r.top[2].weight {
		return // below the three, which are strongest first: most features
	}
	// Keep the three strongest, the first in the text winning a tie.
	for j := range r.top {
		if w > r.top[j].weight || w == r.top[j].weight && w > 0 && start < r.top[j].start {
			copy(r.top[j+1:], r.top[j:2])
			r.top[j] = modelHit{weight: w, start: start, end: end}
			break
		}
	}
}

// modelScratch holds the readings of a text by both models, reused
// between texts, and the table slots of the features counted, in a small
// open-addressing set of the text's own (slot+1, 0 empty), so that a
// feature counts once however often it is written. (A bit per slot of
// the table, 16 KiB, was read and written at random, a cache line per
// feature; the set of a text of 400 bytes is 2 KiB.)
type modelScratch struct {
	abuse, threat modelScore
	seen          []uint32
	feats         []feature
	counted       []feature
	touched       uint32 // the sum of what flags read to bring the table's slots into the cache
}

// feature is a word or a pair of words of a text that the models may
// have: its hash, the byte range of its words, and whether the abuse
// model reads it (the threat model, when on, reads all); counted, the
// table slot it was found at.
type feature struct {
	h          uint64
	start, end int32
	abuse      bool
	sent       uint8 // the piece of its last word (a pair across a full stop is the later piece's), from 0, the 64th and after 63
	slot       int32
}

// flags sends the text of toks to a moderator when a statistical model
// finds it a threat or abusive and the rules did not: threats with no
// violent word, insults and hate the word lists missed, with the model's
// strongest words highlighted.
//
// The threat model does not read a text that names a scam and an
// impostor (scamNamed): what the impostor threatened is told there ("un
// homme se présentant comme huissier disait que mes meubles seraient
// saisis demain si je ne payais pas… c'est une arnaque connue",
// heldout-89), which its words weigh as a threat's. (The warnings of
// warnsOfScam were tried: "attention à" is one, and "Attention à vous,
// Monsieur le proviseur" a threat; so was a scam named alone, which an
// angry writer calls a fee before his threat: "ces frais sont une
// arnaque. Je sais à quelle heure l'agent finit son service".)
func (ms *models) flags(s *scratch, text string, toks []token, flags *flagSet) {
	if flags.has(KindThreat) {
		return
	}
	threat, abuse := ms.threat, ms.abuse && !flags.has(KindAbuse)
	if threat && scamNamed(toks, s.fold) {
		threat = false
	}
	if !threat && !abuse {
		return
	}
	sc := &s.model
	sc.abuse = modelScore{sum: ms.abusePrior}
	sc.threat = modelScore{sum: ms.threatPrior}
	// The features of eachFeature in one pass: the threat model's (wide),
	// and among them the abuse model's, which leave out listed words and
	// pairs of frequent words (its weights for them are 0). Each word is
	// hashed once, and a pair combines the hashes of its words.
	//
	// Whether a word is frequent, whether a feature passes the filter,
	// whether a weight is among the three strongest so far: each comes
	// at no pattern a branch predictor could learn. So the features are
	// written to a list and kept or not by moving its end (b2i), without
	// a branch; the list that passes the filter is then looked up in the
	// table, each feature once, the weights summed; and the strongest
	// three are sought only for a model that flags the text, which few
	// do, counting the same features in the same order again.
	feats := slices.Grow(sc.feats[:0], 3*len(toks))[:3*len(toks)]
	n := 0
	prev, prevHash := -1, uint64(0)
	sent, piece := int32(0), uint8(0)
	for k := range toks {
		t := &toks[k]
		sent += int32(b2i(k > 0 && t.has(tokSentence)))
		piece = uint8(min(sent, 63))
		// An idiom the rules found ("matar o tempo") says nothing of a
		// threat or an insult, whatever its words weigh elsewhere.
		if t.flags&(tokMasked|tokLetter) != tokLetter || len(s.idioms) > 0 && inSpans(s.idioms, t.cs, t.ce) {
			prev = -1
			continue
		}
		h := s.hashes[k] // hashed once, when the tokens were annotated
		// (b2i and & where && would branch.)
		a := b2i(abuse) & b2i(!t.info.listed)
		feats[n] = feature{h: h, start: t.cs, end: t.ce, abuse: a != 0, sent: piece}
		n += b2i(!t.info.stop) & (b2i(threat) | a)
		if threat && !t.info.stop && t.fe-t.fs >= prefixMin {
			feats[n] = feature{h: prefixHash(prefixOf(s.fold[t.fs:t.fe])), start: t.cs, end: t.ce, sent: piece}
			n++
		}
		if prev >= 0 {
			p := &toks[prev]
			narrow := b2i(!t.info.listed) & b2i(!p.info.listed) & (b2i(!t.info.stop) | b2i(!p.info.stop))
			a := b2i(abuse) & narrow
			feats[n] = feature{h: pairHash(prevHash, h), start: p.cs, end: t.ce, abuse: a != 0, sent: piece}
			n += b2i(threat) | a
		}
		prev, prevHash = k, h
	}
	// Those the filter lets through, in place. Each is copied from the
	// list to the list, not through a local: the copy of a range
	// variable goes by the stack, written in two overlapping stores and
	// read back across both, which the processor cannot forward and
	// waits on, at every feature.
	m := 0
	for j := range feats[:n] {
		b := feats[j].h & (filterBits - 1)
		feats[m] = feats[j]
		m += int(ms.filter[b/64] >> (b % 64) & 1)
	}
	sc.feats = feats
	// The table is megabytes, read at random: most of the slots a text
	// reads miss the caches. The loop below waits on each in turn,
	// since whether a slot holds the feature decides a branch no
	// predictor could learn, and a wrong guess throws away the reads
	// begun after it. So a loop with no branch first reads the first
	// slot of every feature, the misses all under way at once, and the
	// loop below finds most of them in the cache. (What it reads is
	// kept in the scratch, so that the compiler keeps the reads.)
	mask, touch := len(ms.table)-1, uint32(0)
	for j := range feats[:m] {
		touch += ms.table[int(feats[j].h>>17)&mask].check
	}
	sc.touched = touch
	// The set of the slots counted: at most m, in a set at most a quarter
	// full, where a slot seldom finds its place taken (a branch that
	// guesses wrong).
	size := 64
	for size < 4*m {
		size *= 2
	}
	if cap(sc.seen) < size {
		sc.seen = make([]uint32, size)
	}
	seen := sc.seen[:size]
	clear(seen)
	shift := 64 - uint(bits.TrailingZeros(uint(size)))
	counted := sc.counted[:0]
	var sents [64]float32 // the threat model's weights by piece (windowOver)
outer:
	for _, f := range feats[:m] {
		i := ms.slot(f.h)
		sl := &ms.table[i]
		if sl.check == 0 {
			continue
		}
		// Once per text.
		for k := int(uint64(i) * 0x9e3779b97f4a7c15 >> shift); ; k = (k + 1) & (size - 1) {
			if seen[k] == 0 {
				seen[k] = uint32(i) + 1
				break
			}
			if seen[k] == uint32(i)+1 {
				continue outer
			}
		}
		f.slot = int32(i)
		counted = append(counted, f)
		// A weight the model does not read adds 0, which changes no sum.
		wa, wt := ms.weights(i)
		if !f.abuse {
			wa = 0
		}
		if threat {
			sc.threat.sum += wt
			// The pieces past the 64th are read with the 64th
			// (windowOver).
			sents[f.sent] += wt
		}
		sc.abuse.sum += wa
	}
	sc.counted = counted
	// A text of three pieces or more whose threat the others weigh down
	// (windowOver).
	windowed := threat && sc.threat.sum <= ms.threatMin && sent >= 2 && ms.windowOver(&sents, min(sent, int32(len(sents)-1)), ms.threatMin+windowMargin)
	if threat && (sc.threat.sum > ms.threatMin || windowed) {
		sc.threat = ms.strongest(ms.threatPrior, counted, true)
		// Not when what weighs most is a threat someone else said to
		// the writer, told as a report is (reactedQuote): "a man told me
		// "I'll find out where you live". Security walked him out".
		if !reactedQuote(text, toks, s.fold, &sc.threat) {
			modelFlag(flags, &sc.threat, KindThreat, "reads like a threat (statistical model)")
			return
		}
	}
	if abuse && sc.abuse.sum > ms.abuseMin {
		sc.abuse = ms.strongest(ms.abusePrior, counted, false)
		// Not when what weighs most is inside a quotation of what
		// someone else said to the writer (s.quoted): "l'agent m'a dit
		// que j'étais « incapable de remplir un simple papier »"; its two
		// strongest features there.
		if len(s.quoted) > 0 && topInside(&sc.abuse, s.quoted) {
			return
		}
		modelFlag(flags, &sc.abuse, KindAbuse, "reads like an insult or hate speech (statistical model)")
	}
}

// windowMargin is what the threat model's reading of two pieces in a row
// must pass its threshold by (windowOver). Round 42 chose it as the
// lowest, in steps of a quarter from 1, at which no fair text of the
// read corpora, of heldout-9 and 12 to 15 pooled and of the unit tables
// is held more than with no window (1 and 1.25 held three and one of
// the read corpora; 0 eight of the pooled).
const windowMargin = 1.75

// windowOver reports whether two pieces in a row of a long text read,
// alone, above bound for the threat model: the threat said at the end of
// a long fair complaint ("…I am appealing, but pass on one thing. Linda
// Hughes, the assessor who wrote that report: I know your name, I know
// your town, and I'll be seeing you."), whose other words weigh it down
// when the whole text is read. The pieces are the text split where a
// sentence may end (tokSentence: . ! ? : ; and line breaks, so after "M."
// and inside hosts too); sums holds the weights of the features of each
// piece up to last, each feature counted in the piece it is first found
// in (flags counts each once). The last piece is read alone too, having
// no piece after it; a piece in the middle is read only with the next,
// as the margin was chosen.
func (ms *models) windowOver(sums *[64]float32, last int32, bound float32) bool {
	// The pairs, and the last piece alone.
	for i := int32(0); i <= last; i++ {
		next := float32(0)
		if i < last {
			next = sums[i+1]
		}
		if ms.threatPrior+sums[i]+next > bound {
			return true
		}
	}
	return false
}

// strongest reads the features counted again, in the same order, into
// one model's reading: the threat model's, or the abuse model's of those
// it reads.
func (ms *models) strongest(prior float32, counted []feature, threat bool) modelScore {
	r := modelScore{sum: prior}
	for _, f := range counted {
		wa, wt := ms.weights(int(f.slot))
		switch {
		case threat:
			r.add(wt, f.start, f.end)
		case f.abuse:
			r.add(wa, f.start, f.end)
		}
	}
	return r
}

// topInside reports whether the two strongest features of r that weigh
// for it lie inside spans (the third may be a word after them).
func topInside(r *modelScore, spans [][2]int32) bool {
	for _, h := range r.top[:2] {
		if h.weight <= 0 {
			break
		}
		if !inSpans(spans, h.start, h.end) {
			return false
		}
	}
	return true
}

// reactedQuote reports whether the two strongest features of r that
// weigh for it lie inside one quotation that someone other than the
// writer said, that he does not agree with, and that the text tells as
// a report, with what was done about it or how it was felt
// (reactedAfter): the rules publish such a threat, the model must not
// hold it for its words alone.
func reactedQuote(text string, toks []token, fold []byte, r *modelScore) bool {
	open, closing := -1, 0
	for _, h := range r.top[:2] {
		if h.weight <= 0 {
			break
		}
		reported, o, c := reportedQuote(text, toks, fold, h.start, h.end)
		if !reported || c == 0 || open >= 0 && o != open || int(h.end) > c {
			return false
		}
		// (Nor when the writer says the feature's words again outside
		// it: "…Security walked him out. Well, to the manager who let
		// him in: I'll find out where you live too.")
		if w := strings.ToLower(text[h.start:h.end]); strings.Contains(strings.ToLower(text[:o]), w) || strings.Contains(strings.ToLower(text[c:]), w) {
			return false
		}
		open, closing = o, c
	}
	return open >= 0 && !quoteEndorsed(text, toks, fold, open, closing) && reactedAfter(text, toks, fold, open, closing)
}

// modelFlag adds a flag of kind for the reading r, highlighting its
// strongest features.
func modelFlag(flags *flagSet, r *modelScore, kind Kind, reason string) {
	flags.add(kind, SeverityMedium, reason, -1, -1)
	for _, h := range r.top {
		if h.weight <= 0 {
			break
		}
		flags.add(kind, SeverityMedium, reason, h.start, h.end)
	}
}

// markListed marks the words that are, on their own, terms of the abuse
// lexicons or nouns and verbs the rules judge in context (animals, groups
// of people, things, places, violence, weapons). Words that aim or
// address (ces, bande de, vous, est un) stay features of the model.
func (nm *names) markListed(f *folder, set *lexicon.Set) {
	// mark marks the word of a term of one word as listed and returns it
	// folded, or "" for a phrase.
	mark := func(term string) string {
		w := foldOne(f, strings.TrimSuffix(term, "*"))
		if w == "" || strings.Contains(w, " ") {
			return ""
		}
		nm.word(w).listed = true
		return w
	}
	for _, t := range set.Abuse {
		// Insults also mark the word after them as the person they aim
		// at; not the short ones, innocent words of other languages
		// ("con Firefox" is Italian "with").
		if w := mark(t.Term); w != "" && t.Category == lexicon.Insult && len(t.Term) >= crossLanguage {
			nm.word(w).contempt = true
		}
	}
	for _, w := range contemptNouns {
		nm.word(foldOne(f, w)).contempt = true
	}
	// An unknown class maps to 0, patInsult, listed by neither switch.
	for _, t := range set.Targets {
		switch targetClasses[t.Class] {
		case patPlace:
			if w := mark(t.Term); w != "" {
				nm.word(w).building = true
			}
		case patAnimal, patGroup, patGeneral, patDirty, patCompound, patThing, patLike, patBad:
			// (Not an accusation of one person, class charge, patAccuse:
			// the rules read it only in a few constructions, the model in
			// any.)
			mark(t.Term)
		}
	}
	for _, t := range set.ThreatCues {
		switch threatCueClasses[t.Class] {
		case patViolence, patWeapon, patBlast, patIdiom, patThreat:
			mark(t.Term)
		}
	}
	nm.freeze()
}

// inSpans reports whether start..end lies inside one of spans.
func inSpans(spans [][2]int32, start, end int32) bool {
	for _, sp := range spans {
		if sp[0] <= start && end <= sp[1] {
			return true
		}
	}
	return false
}

// scamNamed reports whether a word of the text names a scam ("arnaque",
// "scam", "truffa", "estafa", "Betrug") and another an impostor ("se
// présentant comme", "claiming to be", "faux", "fake", "si spacciava").
func scamNamed(toks []token, fold []byte) bool {
	scam, impostor := false, false
	for ti := range toks {
		t := &toks[ti]
		// The words' entries tell the words of the sets (build.go).
		scam = scam || t.info.sets&setScamNoun != 0
		impostor = impostor || t.info.sets&setImpostor != 0
	}
	return scam && impostor
}

// impostorWords are the folded words of scamNamed that say someone posed
// as another.
var impostorWords = map[string]bool{
	"presentant": true, "pretendant": true, "faux": true, "fausse": true, "disant": true,
	"claiming": true, "pretending": true, "posing": true, "fake": true, "pretended": true,
	"haciendose": true, "falso": true, "falsa": true, "supuesto": true, "supuesta": true,
	"spacciava": true, "spacciandosi": true, "sedicente": true, "finto": true, "finta": true,
	"fazendo": true, "suposto": true, "suposta": true, "angeblich": true, "angeblicher": true, "falscher": true, "falsche": true,
}

// scamNouns are the folded nouns of scamNamed.
var scamNouns = map[string]bool{
	"arnaque": true, "arnaques": true, "escroquerie": true, "escroqueries": true, "hameconnage": true, "phishing": true,
	"scam": true, "scams": true, "scammer": true, "scammers": true, "truffa": true, "truffe": true, "truffatori": true,
	"estafa": true, "estafas": true, "estafadores": true, "timo": true, "golpe": true, "golpistas": true, "burla": true,
	"betrug": true, "betruger": true, "betrugsmasche": true,
}
