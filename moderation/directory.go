package moderation

import "strings"

// directory is the agents of one service (or of every service): the
// folded words of their names, and every word with one letter deleted, so
// that a name written with one typo still matches (Damerau–Levenshtein
// distance one, found by symmetric deletion).
type directory struct {
	exact  map[string]bool
	delete map[string]bool
}

// minFuzzy is the shortest word matched with a typo; shorter words must
// match exactly.
const minFuzzy = 5

func newDirectory(f *folder, agents []string, particles map[string]bool) *directory {
	d := &directory{exact: map[string]bool{}, delete: map[string]bool{}}
	for _, a := range agents {
		_, fold := f.tokenize(a, nil, nil)
		for _, w := range strings.Fields(string(fold)) {
			if len(w) < 3 || particles[w] {
				continue
			}
			d.exact[w] = true
			if len(w) >= minFuzzy {
				for i := range len(w) {
					d.delete[w[:i]+w[i+1:]] = true
				}
			}
		}
	}
	return d
}

// has reports whether the folded word w is an agent's name, allowing one
// typo in words of five letters or more.
func (d *directory) has(w []byte) bool {
	if d.exact[string(w)] {
		return true
	}
	if len(w) < minFuzzy || len(w) > 40 {
		return false
	}
	if d.delete[string(w)] {
		return true // a letter added
	}
	var buf [40]byte
	for i := range w {
		n := copy(buf[:], w[:i])
		n += copy(buf[n:], w[i+1:])
		if d.exact[string(buf[:n])] || d.delete[string(buf[:n])] {
			return true // a letter missing, changed, or two swapped
		}
	}
	return false
}

// directoryRun returns how many tokens from k are agents' names, joined
// by spaces or hyphens: 0 when token k is not one.
func (nm *names) directoryRun(toks []token, fold []byte, keep []bool, dir *directory, k int) int {
	n := 0
	for j := k; j < len(toks); j++ {
		t := toks[j]
		if keep[j] || t.has(tokDigit) || t.has(tokMasked) {
			break
		}
		w := fold[t.fs:t.fe]
		if !dir.has(w) {
			break
		}
		// A first name that is also a word, a frequent word or a short
		// word needs a capital letter.
		if (t.info.first == firstNameWord || t.info.stop || len(w) < minFuzzy) && !t.has(tokCap) {
			break
		}
		n++
	}
	return n
}
