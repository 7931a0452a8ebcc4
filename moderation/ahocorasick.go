package moderation

// automaton is an Aho–Corasick automaton over the folded alphabet: it
// finds every occurrence of a set of patterns in one pass over a text,
// whatever their number. Transitions are a dense table, computed once, so
// matching is one array lookup per byte and allocates nothing.
//
// The table is what matching costs: with thousands of patterns it is
// megabytes, read at random, one row per byte of text. So it is kept
// small: a row holds only the byte classes the patterns use (at most 32
// with the embedded lexicons: one 64-byte cache line of 16-bit states),
// and the states are numbered so that whether a state ends a pattern is
// told by its number, without reading another table.
type automaton struct {
	class   [256]uint8 // byte → column of the table
	stride  int        // columns per row, a multiple of 32
	small   []uint16   // next state: small[s*stride+class], when states fit in 16 bits
	large   []int32    // the same with more states, else nil
	outFrom int32      // states from outFrom on end a pattern or have one on their dictionary chain
	term    []int32    // pattern ending at the state, or -1
	dict    []int32    // nearest state on the failure chain with a pattern, or -1
	length  []int32    // length of each pattern
	also    [][]int32  // also[id]: other patterns of the same classes as pattern id, reported with it
}

// alphabet is the number of byte classes: a–z, space, star, digits and
// "any other byte". Bytes of the same class are told apart by the caller,
// which compares the text matched with the pattern; patterns that differ
// only by bytes of one class are all reported (see also). Digits share a
// class: few patterns hold one (ak 47), and ten columns of their own
// would double every row of the table.
const alphabet = 30

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
// with id i. Patterns must be distinct and non-empty.
func newAutomaton(patterns []string) *automaton {
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
	for c := range alphabet {
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
	a := &automaton{stride: (cols + 31) / 32 * 32}
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
	}
	fail := make([]int32, len(next))
	queue := make([]int32, 0, len(next))
	for c := range cols {
		if s := next[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if a.term[fail[s]] >= 0 {
			a.dict[s] = fail[s]
		} else {
			a.dict[s] = a.dict[fail[s]]
		}
		for c := range cols {
			t := next[s][c]
			if t != 0 {
				fail[t] = next[fail[s]][c]
				queue = append(queue, t)
			} else {
				next[s][c] = next[fail[s]][c]
			}
		}
	}
	a.renumber(next)
	return a
}

// renumber numbers the states that report nothing first, in their order
// (the root stays 0), then those that report a pattern, and fills the
// flat transition table.
func (a *automaton) renumber(next [][]int32) {
	n := len(next)
	perm := make([]int32, n)
	k := int32(0)
	for pass := range 2 {
		if pass == 1 {
			a.outFrom = k
		}
		for s := range n {
			if (a.term[s] >= 0 || a.dict[s] >= 0) == (pass == 1) {
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
	if n <= 1<<16 {
		a.small = make([]uint16, n*a.stride)
		for s, row := range next {
			for c, t := range row {
				a.small[int(perm[s])*a.stride+c] = uint16(perm[t])
			}
		}
		return
	}
	a.large = make([]int32, n*a.stride)
	for s, row := range next {
		for c, t := range row {
			a.large[int(perm[s])*a.stride+c] = perm[t]
		}
	}
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
// work on a long text.
func (a *automaton) findWords(text []byte, out []match) []match {
	if a.small != nil {
		return findWordsIn(a, a.small, text, out)
	}
	return findWordsIn(a, a.large, text, out)
}

// findWordsIn is findWords on the transition table next, of either size.
func findWordsIn[S uint16 | int32](a *automaton, next []S, text []byte, out []match) []match {
	class, stride, outFrom := &a.class, a.stride, a.outFrom
	s := int32(next[class[' ']])
	for i, c := range text {
		s = int32(next[int(s)*stride+int(class[c])])
		if s < outFrom {
			continue
		}
		for o := s; o > 0; o = a.dict[o] {
			if id := a.term[o]; id >= 0 {
				out = append(out, match{id: id, start: int32(i+2) - a.length[id], end: int32(i + 1)})
				if a.also != nil {
					for _, sib := range a.also[id] {
						out = append(out, match{id: sib, start: int32(i+2) - a.length[sib], end: int32(i + 1)})
					}
				}
			}
		}
	}
	return out
}
