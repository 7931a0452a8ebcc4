package moderation

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAutomatonTiersFindTheSame checks that how many states get a dense
// row changes nothing found: only the root, the default, and as many as
// 16 bits allow, on the lexicon patterns, on texts made of them and on
// the held-out texts.
func TestAutomatonTiersFindTheSame(t *testing.T) {
	e := newTestEngine(t, nil)
	spaced := make([]string, len(e.abuse.patterns))
	for i, p := range e.abuse.patterns {
		spaced[i] = " " + p
	}
	texts := heldOutTexts(t, e)
	// Patterns run together and cut short, so that matching goes deep
	// and falls back along failure links.
	for i := 0; i+3 < len(e.abuse.patterns); i += 97 {
		p := e.abuse.patterns
		texts = append(texts, p[i]+" "+p[i+1]+p[i+2][:len(p[i+2])/2]+" "+p[i+3])
	}
	// Long runs of patterns, read in two halves: matches end on both
	// sides of the second half's start and cross it.
	for i := 0; i+40 < len(e.abuse.patterns); i += 1009 {
		texts = append(texts, strings.Join(e.abuse.patterns[i:i+40], " "))
	}
	for _, limit := range []int{1, 100, maxShallow, 1 << 16} {
		a := buildAutomaton(spaced, nil, limit)
		naive := newNaiveFinder(a, spaced)
		var spare []match
		for _, text := range texts {
			want := naive.findWords(text)
			// In one walk, and in two on texts long enough.
			if got := a.findWords([]byte(text), nil, nil); !slices.Equal(got, want) {
				t.Fatalf("%d shallow states at most: findWords(%q) = %v, want %v", limit, text, got, want)
			}
			if got := a.findWords([]byte(text), nil, &spare); !slices.Equal(got, want) {
				t.Fatalf("%d shallow states at most: findWords(%q) in two halves = %v, want %v", limit, text, got, want)
			}
		}
	}
}

// TestAutomatonWholeWords checks that the patterns made whole words are
// found only where a space or the text's end follows them, the others
// as before, in one walk and in two.
func TestAutomatonWholeWords(t *testing.T) {
	e := newTestEngine(t, nil)
	spaced := make([]string, len(e.abuse.patterns))
	whole := make([]bool, len(e.abuse.patterns))
	for i, p := range e.abuse.patterns {
		spaced[i] = " " + p
		whole[i] = i%3 != 0
	}
	texts := heldOutTexts(t, e)
	for i := 0; i+40 < len(e.abuse.patterns); i += 1009 {
		texts = append(texts, strings.Join(e.abuse.patterns[i:i+40], " "))
	}
	for _, limit := range []int{1, maxShallow} {
		a := buildAutomaton(spaced, whole, limit)
		naive := newNaiveFinder(a, spaced)
		var spare []match
		for _, text := range texts {
			var want []match
			for _, m := range naive.findWords(text) {
				if !whole[m.id] || int(m.end) == len(text) || text[m.end] == ' ' {
					want = append(want, m)
				}
			}
			if got := a.findWords([]byte(text), nil, nil); !slices.Equal(got, want) {
				t.Fatalf("%d shallow states at most: findWords(%q) = %v, want %v", limit, text, got, want)
			}
			if got := a.findWords([]byte(text), nil, &spare); !slices.Equal(got, want) {
				t.Fatalf("%d shallow states at most: findWords(%q) in two halves = %v, want %v", limit, text, got, want)
			}
		}
	}
}

// naiveFinder is findWords by looking every substring that starts a
// word up among the patterns, byte classes for bytes: matches by end,
// the longest first, then by id. The patterns are indexed once, for
// every text the finder reads.
type naiveFinder struct {
	class   *[256]byte
	ids     map[string][]int32
	longest int
}

func newNaiveFinder(a *automaton, patterns []string) *naiveFinder {
	f := &naiveFinder{class: &a.class, ids: map[string][]int32{}}
	for id, p := range patterns {
		c := f.classes(p)
		f.ids[c] = append(f.ids[c], int32(id))
		f.longest = max(f.longest, len(p))
	}
	return f
}

func (f *naiveFinder) classes(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = f.class[b[i]]
	}
	return string(b)
}

func (f *naiveFinder) findWords(text string) []match {
	spaced := f.classes(" " + text)
	var out []match
	for end := 1; end <= len(text); end++ {
		for start := max(0, end+1-f.longest); start < end; start++ {
			if spaced[start] != f.class[' '] {
				continue
			}
			for _, id := range f.ids[spaced[start:end+1]] {
				out = append(out, match{id: id, start: int32(start), end: int32(end)})
			}
		}
	}
	return out
}

// heldOutTexts returns the held-out texts, normalized.
func heldOutTexts(t *testing.T, e *Engine) []string {
	var texts []string
	var n normalized
	for _, it := range readCorpus(t, filepath.Join("testdata", "heldout.jsonl")) {
		n.normalize(e.fold, it.Text)
		texts = append(texts, strings.Clone(string(n.text)))
	}
	return texts
}
