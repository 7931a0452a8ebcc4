package moderation

// automaton is an Aho–Corasick automaton over the folded alphabet: it
// finds every occurrence of a set of patterns in one pass over a text,
// whatever their number. Transitions are a dense table, computed once, so
// matching is one array lookup per byte and allocates nothing.
type automaton struct {
	next   [][alphabet]int32 // goto function completed with failure links
	term   []int32           // pattern ending at the state, or -1
	dict   []int32           // nearest state on the failure chain with a pattern, or -1
	length []int32           // length of each pattern
}

// alphabet is the number of byte classes: a–z, space, star, digits and
// "any other byte".
const alphabet = 39

func byteClass(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c == ' ':
		return 26
	case c == '*':
		return 27
	case c >= '0' && c <= '9':
		return 28 + int(c-'0')
	}
	return 38
}

// newAutomaton builds the automaton of patterns; pattern i is reported
// with id i. Patterns must be distinct and non-empty.
func newAutomaton(patterns []string) *automaton {
	a := &automaton{}
	a.addState()
	for id, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := byteClass(p[i])
			if a.next[s][c] == 0 {
				a.next[s][c] = a.addState()
			}
			s = a.next[s][c]
		}
		a.term[s] = int32(id)
		a.length = append(a.length, int32(len(p)))
	}
	// Breadth-first: failure links, then complete the goto function.
	fail := make([]int32, len(a.next))
	queue := make([]int32, 0, len(a.next))
	for c := range alphabet {
		if s := a.next[0][c]; s != 0 {
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
		for c := range alphabet {
			t := a.next[s][c]
			if t != 0 {
				fail[t] = a.next[fail[s]][c]
				queue = append(queue, t)
			} else {
				a.next[s][c] = a.next[fail[s]][c]
			}
		}
	}
	return a
}

func (a *automaton) addState() int32 {
	a.next = append(a.next, [alphabet]int32{})
	a.term = append(a.term, -1)
	a.dict = append(a.dict, -1)
	return int32(len(a.next) - 1)
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
	s := a.next[0][byteClass(' ')]
	for i := 0; i < len(text); i++ {
		s = a.next[s][byteClass(text[i])]
		for o := s; o > 0; o = a.dict[o] {
			if id := a.term[o]; id >= 0 {
				out = append(out, match{id: id, start: int32(i+2) - a.length[id], end: int32(i + 1)})
			}
		}
	}
	return out
}
