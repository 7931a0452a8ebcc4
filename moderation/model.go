package moderation

import (
	"slices"
	"strings"

	"github.com/avisproject/avis/moderation/lexicon"
)

// SuggestedModelThreshold is a starting value for Options.ModelThreshold,
// the log-odds (about 88 %) above which the statistical model sends a text
// to a moderator. The model is off by default: on heldout-6, while it was
// still blind, the embedded model at this threshold caught two insults the word
// lists missed and sent two fair complaints to review (abuse recall 0.79
// to 0.83, clean_published 1.0 to 0.985). Trained on an agency's own
// moderated contributions it may do better; measure before turning it on.
const SuggestedModelThreshold = 2

// contentModel is a logistic regression model of abusive texts over the
// folded words of a text and the pairs of words next to each other,
// masked names and personal data left out. It is meant to catch insults
// worded in ways the lexicons do not list ("vous êtes une bande de
// mollusques"), learnt from labelled contributions; it only ever sends a
// text to a moderator, never rejects it.
type contentModel struct {
	weights map[uint64]float32
	prior   float32
}

// newContentModel returns the model of the weights, or nil when there are
// none.
func newContentModel(f *folder, ws []lexicon.ModelWeight) *contentModel {
	if len(ws) == 0 {
		return nil
	}
	m := &contentModel{weights: make(map[uint64]float32, len(ws))}
	for _, w := range ws {
		if w.Feature == lexicon.ModelPrior {
			m.prior = float32(w.Weight)
			continue
		}
		m.weights[featureHash(foldOne(f, w.Feature))] = float32(w.Weight)
	}
	return m
}

// FNV-1a, over the bytes of a feature: one word, or two separated by a
// space.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func featureHash(s string) uint64 { return fnvAdd(fnvOffset, []byte(s)) }

// modelHit is a feature of the model found in a text, with the byte range
// of its words in the cleaned text.
type modelHit struct {
	hash       uint64
	weight     float32
	start, end int32
}

// eachFeature calls fn with every word of annotated toks (second is nil)
// and every pair of words next to each other but frequent words alone or
// in pairs, skipping masked words, words without a letter and the words
// of the abuse lists, which the rules have judged
// in context ("des rats dans la salle d'attente" is a complaint), and the
// byte range of the feature in the text.
func eachFeature(toks []token, fold []byte, fn func(first, second []byte, start, end int32)) {
	prev := -1
	for k, t := range toks {
		if t.has(tokMasked) || !t.has(tokLetter) || t.info.listed {
			prev = -1
			continue
		}
		// Function words alone (vous allez, un jour) say nothing of
		// abuse, however often a small corpus shows them in it.
		w := fold[t.fs:t.fe]
		if !t.info.stop {
			fn(w, nil, t.cs, t.ce)
		}
		if p := prev; p >= 0 && !(t.info.stop && toks[p].info.stop) {
			fn(fold[toks[p].fs:toks[p].fe], w, toks[p].cs, t.ce)
		}
		prev = k
	}
}

// pairHash returns the hash of a feature given as in eachFeature.
func pairHash(first, second []byte) uint64 {
	h := fnvAdd(fnvOffset, first)
	if second == nil {
		return h
	}
	h ^= ' '
	h *= fnvPrime
	return fnvAdd(h, second)
}

// score returns the log-odds that the text of toks is abusive, and the
// features found, strongest first, in hits.
func (m *contentModel) score(toks []token, fold []byte, hits []modelHit) (float32, []modelHit) {
	hits = hits[:0]
	eachFeature(toks, fold, func(first, second []byte, start, end int32) {
		h := pairHash(first, second)
		if w, ok := m.weights[h]; ok {
			hits = append(hits, modelHit{hash: h, weight: w, start: start, end: end})
		}
	})
	// A feature counts once, however often it is written.
	slices.SortFunc(hits, func(a, b modelHit) int {
		switch {
		case a.hash < b.hash:
			return -1
		case a.hash > b.hash:
			return 1
		}
		return int(a.start - b.start)
	})
	hits = slices.CompactFunc(hits, func(a, b modelHit) bool { return a.hash == b.hash })
	sum := m.prior
	for _, h := range hits {
		sum += h.weight
	}
	slices.SortFunc(hits, func(a, b modelHit) int {
		switch {
		case a.weight > b.weight:
			return -1
		case a.weight < b.weight:
			return 1
		}
		return int(a.start - b.start)
	})
	return sum, hits
}

// modelFlags sends the text of toks to a moderator when the statistical
// model finds it abusive: insults and hate the word lists missed, with
// the model's strongest words highlighted.
func (e *Engine) modelFlags(s *scratch, toks []token, flags *flagSet) {
	var score float32
	score, s.mhits = e.model.score(toks, s.fold, s.mhits)
	if score <= e.modelMin {
		return
	}
	const reason = "reads like an insult or hate speech (statistical model)"
	flags.add(KindAbuse, SeverityMedium, reason, -1, -1)
	for i, h := range s.mhits {
		if i == 3 || h.weight <= 0 {
			break
		}
		flags.add(KindAbuse, SeverityMedium, reason, h.start, h.end)
	}
}

// markListed marks the words that are, on their own, terms of the abuse
// lexicons or nouns and verbs the rules judge in context (animals, groups
// of people, things, places, violence, weapons). Words that aim or
// address (ces, bande de, vous, est un) stay features of the model.
func (nm *names) markListed(f *folder, set *lexicon.Set) {
	mark := func(term string) {
		term = strings.TrimSuffix(term, "*")
		if w := foldOne(f, term); w != "" && !strings.Contains(w, " ") {
			nm.word(w).listed = true
		}
	}
	for _, t := range set.Abuse {
		mark(t.Term)
	}
	// An unknown class maps to 0, patInsult, listed by neither switch.
	for _, t := range set.Targets {
		switch targetClasses[t.Class] {
		case patAnimal, patGroup, patGeneral, patDirty, patCompound, patThing, patPlace, patLike, patBad:
			mark(t.Term)
		}
	}
	for _, t := range set.ThreatCues {
		switch threatCueClasses[t.Class] {
		case patViolence, patWeapon, patBlast, patIdiom, patThreat:
			mark(t.Term)
		}
	}
}
