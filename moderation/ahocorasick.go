package moderation

import "math"

// automaton is an Aho–Corasick automaton over the folded alphabet: it
// finds every occurrence of a set of patterns in one pass over a text,
// whatever their number, and allocates nothing.
//
// Memory is what matching costs: with thousands of patterns a dense
// table is megabytes, read at random, one row per byte of text. Nearly
// every byte of a text visits a shallow state (the first letters of a
// word), while most states are deep in long phrases that texts rarely
// follow. So the states are in two tiers. The shallow ones have dense
// rows of 16-bit states, numbered breadth-first so that the hot rows are
// together: a transition is one lookup. The deep ones keep only their
// trie edges and failure link, as in the textbook automaton, and are
// read a few times per text. A row holds only the byte classes the
// patterns use (at most 32: one 64-byte cache line), and the states are
// numbered so that whether a shallow state ends a pattern is told by its
// number, without reading another table.
//
// A row is kept as two halves of 16 columns, in two tables one after the
// other: the columns of the bytes most texts are made of (space, e, a,
// i, n, r, t, s…) in the first, the others in the second. Most bytes
// read the first half of a row: the rows a text reads take half the
// cache lines they would whole, and the table texts read is half the
// size. A byte's offset in the table (off) says which half its column
// is in, so that a transition costs what it did with whole rows.
type automaton struct {
	class   [256]uint8 // byte → column of the table
	off     [256]int32 // byte → offset of its column: next[s*half+off[b]]
	thr     [256]int32 // byte → the first state that reports before it: outFrom before a space, else anyFrom
	next    []uint16   // next state of a shallow state, by halves of rows (off)
	shallow int32      // states below shallow have a row in next; the others are deep
	outFrom int32      // shallow states from outFrom on end a pattern or have one on their dictionary chain
	anyFrom int32      // and those from anyFrom on, one not a whole word (wholeWords): those before only before a space
	deep    []deepState
	edges   []edge  // trie edges of the deep states
	term    []int32 // pattern ending at the state, or -1 (while building)
	dict    []int32 // nearest state on the failure chain with a pattern, or -1 (while building)
	length  []int32 // length of each pattern
	// outs[s] is term[s] and dict[s] with the length of term[s], read
	// together: a state that reports costs report one cache line, not
	// one per table.
	outs   []stateOut
	maxLen int32     // length of the longest pattern
	also   [][]int32 // also[id]: other patterns of the same classes as pattern id, reported with it
	// whole[id] is set for a pattern reported only where a space or
	// the text's end follows it (nil: every pattern anywhere), and
	// wholeOnly has the bit of every state all of whose patterns are.
	whole     []bool
	wholeOnly []uint64
}

// deepState is a state without a row: its trie edges are
// edges[to:to+n], or, when it has one edge or none, the edge itself (to
// on class; none: a class no byte has), and on any other class the
// automaton does what its failure state does. Most deep states are in
// the middle of a long phrase, with one edge: read with the state, not
// from another table.
type deepState struct {
	fail  int32
	to    int32
	n     uint16
	class uint8
}

// noClass is the class of the edge of a deep state without one.
const noClass = 0xff

// edge is a trie edge of a deep state.
type edge struct {
	class uint8
	to    int32
}

// stateOut is what report reads of a state: the pattern ending at it
// and its length (-1 and 0: none), and the nearest state on its failure
// chain with a pattern (-1: none).
type stateOut struct {
	term, dict, length int32
}

// maxShallow bounds the states with a dense row: all the states up to
// the depth where this many are reached. With the embedded lexicons that
// is some 29,000 states of 70,000 (a table of 1.8 MB, against 9 MB for a
// dense table of all), which 97% of the bytes of the dev corpus do not go
// beyond. Half as many (1 MB, 95% of the bytes) measured slower on the
// median contribution: the bytes that go deeper take step's slow path.
const maxShallow = 1 << 15

// alphabet is the number of byte classes: a–z, space, star, digits and
// "any other byte". Bytes of the same class are told apart by the caller,
// which compares the text matched with the pattern; patterns that differ
// only by bytes of one class are all reported (see also). Digits share a
// class: few patterns hold one (ak 47), and ten columns of their own
// would double every row of the table.
const alphabet = 30

// stride is the length of a row of the table: the alphabet, rounded up
// so that a row is one cache line and its start a shift away; half is
// the length of a half row.
const (
	stride = 32
	half   = stride / 2
)

// classRank lists the byte classes by how often the normalized texts of
// the dev corpus use them, most often first: space, then e, a, i, n, r,
// t, s, o, u, l, c, m, d, p and digits (91 % of the bytes), then the
// others. The columns of the classes the patterns use are numbered in
// this order, so that the first half of a row holds the frequent ones.
var classRank = [alphabet]uint8{26, 4, 0, 8, 13, 17, 19, 18, 14, 20, 11, 2, 12, 3, 15, 28, 7, 5, 21, 6, 1, 24, 9, 16, 22, 10, 23, 25, 27, 29}

func byteClass(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c == ' ':
		return 26
	case c == '*':
		return 27
	case c >= '0' && c <= '9':
		return 28
	}
	return 29
}

// newAutomaton builds the automaton of patterns; pattern i is reported
// with id i, only where a word ends when whole[i] is set (whole may be
// nil: none is). Patterns must be distinct and non-empty.
func newAutomaton(patterns []string, whole []bool) *automaton {
	return buildAutomaton(patterns, whole, maxShallow)
}

// buildAutomaton is newAutomaton with at most maxShallow shallow states
// (tests vary it: the tiers must not change what is found).
func buildAutomaton(patterns []string, whole []bool, maxShallow int) *automaton {
	// The classes no pattern uses behave alike (every state goes back
	// to the root on them): they share one column.
	var used [alphabet]bool
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			used[byteClass(p[i])] = true
		}
	}
	var column [alphabet]uint8
	cols := 0
	for _, c := range classRank {
		if used[c] {
			column[c] = uint8(cols)
			cols++
		}
	}
	unused := cols
	for c := range alphabet {
		if !used[c] {
			column[c] = uint8(unused)
			cols = unused + 1
		}
	}
	a := &automaton{}
	for b := range 256 {
		a.class[b] = column[byteClass(byte(b))]
	}

	// The trie, then breadth-first the failure links and the rest of the
	// goto function, as [][]int32 while building.
	var next [][]int32
	addState := func() int32 {
		next = append(next, make([]int32, cols))
		a.term = append(a.term, -1)
		a.dict = append(a.dict, -1)
		return int32(len(next) - 1)
	}
	addState()
	for id, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := a.class[p[i]]
			if next[s][c] == 0 {
				t := addState()
				next[s][c] = t
			}
			s = next[s][c]
		}
		if first := a.term[s]; first >= 0 {
			if a.also == nil {
				a.also = make([][]int32, len(patterns))
			}
			a.also[first] = append(a.also[first], int32(id))
		} else {
			a.term[s] = int32(id)
		}
		a.length = append(a.length, int32(len(p)))
		a.maxLen = max(a.maxLen, int32(len(p)))
	}
	t := trie{
		fail:  make([]int32, len(next)),
		depth: make([]int32, len(next)),
		order: make([]int32, 1, len(next)),
		trie:  make([][]edge, len(next)),
	}
	for c := range cols {
		if s := next[0][c]; s != 0 {
			t.trie[0] = append(t.trie[0], edge{class: uint8(c), to: s})
		}
	}
	for k := 0; k < len(t.order); k++ {
		s := t.order[k]
		if s != 0 {
			if a.term[t.fail[s]] >= 0 {
				a.dict[s] = t.fail[s]
			} else {
				a.dict[s] = a.dict[t.fail[s]]
			}
		}
		for c := range cols {
			u := next[s][c]
			switch {
			case s == 0:
				if u != 0 {
					t.depth[u] = 1
					t.order = append(t.order, u)
				}
			case u != 0:
				t.trie[s] = append(t.trie[s], edge{class: uint8(c), to: u})
				t.fail[u] = next[t.fail[s]][c]
				t.depth[u] = t.depth[s] + 1
				t.order = append(t.order, u)
			default:
				next[s][c] = next[t.fail[s]][c]
			}
		}
	}
	a.whole = whole
	a.renumber(next, &t, maxShallow)
	a.wholeWords()
	a.outs = make([]stateOut, len(a.term))
	for s, id := range a.term {
		o := &a.outs[s]
		o.term, o.dict = id, a.dict[s]
		if id >= 0 {
			o.length = a.length[id]
		}
	}
	a.term, a.dict = nil, nil
	return a
}

// trie is what the construction knows of each state besides its
// transitions: failure link, depth, trie edges, and the states in
// breadth-first order.
type trie struct {
	fail, depth, order []int32
	trie               [][]edge
}

// renumber splits the states into tiers and numbers them: the shallow
// states that report nothing first, breadth-first (the root stays 0),
// then the shallow ones that report only whole words, then the other
// shallow ones that report a pattern, then the deep ones
// breadth-first, so that a shallow state's row, which leads at most one
// byte deeper, holds only numbers that fit in 16 bits.
func (a *automaton) renumber(next [][]int32, t *trie, maxShallow int) {
	n := len(next)
	// The shallow tier is every state up to a depth: the deepest with at
	// most maxShallow states, and one more level within 16 bits.
	var perDepth []int
	for _, s := range t.order {
		d := int(t.depth[s])
		if d == len(perDepth) {
			perDepth = append(perDepth, 0)
		}
		perDepth[d]++
	}
	maxDepth, count := int32(0), perDepth[0]
	for d := 1; d < len(perDepth); d++ {
		reach := count + perDepth[d]
		if d+1 < len(perDepth) {
			reach += perDepth[d+1]
		}
		if count+perDepth[d] > maxShallow || reach > 1<<16 {
			break
		}
		maxDepth, count = int32(d), count+perDepth[d]
	}
	reports := func(s int32) bool { return a.term[s] >= 0 || a.dict[s] >= 0 }
	perm := make([]int32, n)
	k := int32(0)
	for pass := range 4 {
		switch pass {
		case 1:
			a.outFrom = k
		case 2:
			a.anyFrom = k
		case 3:
			a.shallow = k
		}
		for _, s := range t.order {
			shallow := t.depth[s] <= maxDepth
			if pass == 0 && shallow && !reports(s) ||
				pass == 1 && shallow && reports(s) && a.wholeOnlyAt(s) ||
				pass == 2 && shallow && reports(s) && !a.wholeOnlyAt(s) ||
				pass == 3 && !shallow {
				perm[s] = k
				k++
			}
		}
	}
	term, dict := make([]int32, n), make([]int32, n)
	for s := range n {
		term[perm[s]] = a.term[s]
		dict[perm[s]] = -1
		if a.dict[s] >= 0 {
			dict[perm[s]] = perm[a.dict[s]]
		}
	}
	a.term, a.dict = term, dict
	// The first halves of the rows, then the second halves.
	for b := range 256 {
		c := int32(a.class[b])
		a.off[b] = c%half + c/half*a.shallow*half
	}
	a.next = make([]uint16, int(a.shallow)*stride)
	a.deep = make([]deepState, n-int(a.shallow))
	for s, row := range next {
		p := perm[s]
		if p < a.shallow {
			for c, u := range row {
				a.next[int(p)*half+c%half+c/half*int(a.shallow)*half] = uint16(perm[u])
			}
			continue
		}
		d := &a.deep[p-a.shallow]
		d.fail = perm[t.fail[s]]
		d.n = uint16(len(t.trie[s]))
		switch d.n {
		case 0:
			d.class = noClass
		case 1:
			d.class, d.to = t.trie[s][0].class, perm[t.trie[s][0].to]
		default:
			d.to = int32(len(a.edges))
			for _, e := range t.trie[s] {
				a.edges = append(a.edges, edge{class: e.class, to: perm[e.to]})
			}
		}
	}
}

// wholeWords sets the bit of wholeOnly of every state all of whose
// patterns are whole words (whole): a pattern of whole is reported only
// where a space or the text's end follows it, a word, not the start of a
// longer one (con, not conseil). Most patterns are words, and most of the
// places where one ends are inside a longer word: what would be found
// there only to be thrown away is not. The shallow states that report
// only whole words are numbered before anyFrom, so that a walk tells
// them with no table.
func (a *automaton) wholeWords() {
	if a.whole == nil {
		a.anyFrom = a.outFrom
	}
	for b := range a.thr {
		a.thr[b] = a.anyFrom
	}
	a.thr[' '] = a.outFrom
	if a.whole == nil {
		return
	}
	a.wholeOnly = make([]uint64, (len(a.term)+63)/64)
	for s := range a.term {
		if a.wholeOnlyAt(int32(s)) {
			a.wholeOnly[s/64] |= 1 << (s % 64)
		}
	}
}

// wholeOnlyAt reports whether every pattern state s ends, or has on its
// dictionary chain, is a whole word (true for a state without any).
func (a *automaton) wholeOnlyAt(s int32) bool {
	if a.whole == nil {
		return false
	}
	for o := s; o > 0; o = a.dict[o] {
		if id := a.term[o]; id >= 0 {
			if !a.whole[id] {
				return false
			}
			if a.also != nil {
				for _, sib := range a.also[id] {
					if !a.whole[sib] {
						return false
					}
				}
			}
		}
	}
	return true
}

// step returns the state after s on byte b. It is not inlined in
// findWords: deep states are rare, and inlined it would make the loop
// over the bytes keep its variables on the stack.
//
//go:noinline
func (a *automaton) step(s int32, b byte) int32 {
	c := a.class[b]
	for s >= a.shallow {
		d := &a.deep[s-a.shallow]
		if d.n <= 1 {
			if d.class == c {
				return d.to
			}
		} else {
			for _, e := range a.edges[d.to : d.to+int32(d.n)] {
				if e.class == c {
					return e.to
				}
			}
		}
		s = d.fail
	}
	return int32(a.next[int(s)*half+int(a.off[b])])
}

// match is one occurrence of a pattern: its id and byte range.
type match struct {
	id         int32
	start, end int32
}

// findWords appends the occurrences of patterns that were built with a
// leading space (" con") and so start a word of text, whose words are
// separated by single spaces: text is read as if a space preceded it, and
// a match's start is that of the word, after the space. In-word
// occurrences (con in second) are never reported, which saves most of the
// work on a long text; nor are a whole word's (wholeWords) where no word
// ends. Matches come by end, the longest first, then by id.
//
// With spare, a long text is read as two halves at once (see findPair);
// spare holds the second half's matches meanwhile.
func (a *automaton) findWords(text []byte, out []match, spare *[]match) []match {
	if spare != nil {
		if mid := a.pairSplit(text); mid > 0 {
			return a.findPair(text, mid, out, spare)
		}
	}
	return a.walk(text, 0, len(text), a.step(0, ' '), math.MaxInt32, out)
}

// walk reads text[i:end] from state s and appends the matches that start
// before maxStart.
func (a *automaton) walk(text []byte, i, end int, s int32, maxStart int32, out []match) []match {
	off, next, shallow, outFrom, anyFrom := &a.off, a.next, a.shallow, a.outFrom, a.anyFrom
	for ; i < end && i < len(text); i++ {
		b := text[i]
		if s < shallow {
			s = int32(next[int(s)*half+int(off[b])])
		} else {
			s = a.step(s, b)
		}
		if b2i(s >= anyFrom)|b2i(s >= outFrom)&b2i(spaceAfter(text, i)) != 0 {
			out = a.report(out, s, i, maxStart, text)
		}
	}
	return out
}

// spaceAfter reports whether a space or the end of text follows byte i,
// where a whole word may end.
func spaceAfter(text []byte, i int) bool {
	next := byte(' ')
	if i+1 < len(text) {
		next = text[i+1]
	}
	return next == ' '
}

// report appends the patterns that end at byte i of text, in state s,
// and start before maxStart. The dictionary chain goes from the longest
// pattern to the shortest: from the earliest start to the latest. Not
// inlined, like step: a match is rare next to the bytes read.
//
//go:noinline
func (a *automaton) report(out []match, s int32, i int, maxStart int32, text []byte) []match {
	inWord := i+1 < len(text) && text[i+1] != ' ' // a whole word does not end here
	// A shallow state's number tells whether it reports only whole words
	// (wholeWords): the table is read for the deep ones alone.
	if inWord && a.wholeOnly != nil && (s < a.shallow && s < a.anyFrom || s >= a.shallow && a.wholeOnly[s/64]&(1<<(s%64)) != 0) {
		return out
	}
	inWord = inWord && a.whole != nil
	for o := s; o > 0; {
		so := &a.outs[o]
		o = so.dict
		if id := so.term; id >= 0 {
			start := int32(i+2) - so.length
			if start >= maxStart {
				break
			}
			if !inWord || !a.whole[id] {
				out = append(out, match{id: id, start: start, end: int32(i + 1)})
			}
			if a.also != nil {
				for _, sib := range a.also[id] { // same length, same start
					if !inWord || !a.whole[sib] {
						out = append(out, match{id: sib, start: start, end: int32(i + 1)})
					}
				}
			}
		}
	}
	return out
}
