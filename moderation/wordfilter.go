package moderation

// wordFilter tells, from a word's first and last bytes and its length,
// that a word is in none of a few small sets of words: one bit of one
// cache line, where a map would hash the word and compare it. A word of
// the sets always finds its bit set; another word finds it set seldom,
// and is then looked up in the maps as before. Loops that ask several
// maps about every word of a text ask the filter first.
type wordFilter [8]uint64

// wordBit returns the bit of w in a wordFilter; w is not empty.
func wordBit[S ~string | ~[]byte](w S) uint32 {
	return (uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(len(w))<<16) * 0x9e3779b1 >> (32 - 9)
}

// newWordFilter returns the filter of the keys of sets and of words.
func newWordFilter(sets []map[string]bool, words ...string) *wordFilter {
	f := new(wordFilter)
	add := func(w string) {
		if w == "" {
			panic("moderation: an empty word in a wordFilter")
		}
		b := wordBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	for _, s := range sets {
		for w := range s {
			add(w)
		}
	}
	for _, w := range words {
		add(w)
	}
	return f
}

// may reports whether w may be one of the filter's words: false when it
// is surely none, and for the empty word.
func (f *wordFilter) may(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	b := wordBit(w)
	return f[b/64]>>(b%64)&1 != 0
}
