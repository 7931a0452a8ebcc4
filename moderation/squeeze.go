package moderation

import (
	"encoding/binary"
	"strings"
)

// Squeezing, the last step of normalizing: letters written one by one
// are joined and letters written three times or more kept once.

// squeeze joins letters written one by one and collapses repeated letters,
// from tmp into text.
func (n *normalized) squeeze() {
	if maxRun, ok := unsqueezed(n.tmp); ok {
		n.text, n.pos = n.tmp, n.tpos
		n.maxRun = maxRun
		return
	}
	n.squeezeWords()
}

// unsqueezed reports whether squeeze leaves src as it is, as in most
// texts: no byte but a digit three times in a row, no double space, no
// three one-letter words in a row. It returns the longest run of one
// letter: 2 when a letter is doubled, since a third would fail. One pass
// over the bytes, against squeeze's two and its copying word by word.
//
// The bytes are read eight at a time, as the bytes of an integer (byte k
// in bits 8k to 8k+7), and each test gives a mask with the high bit of
// every byte it holds for. A byte at a time, the loop would branch on
// every space, which comes at no pattern a branch predictor could learn.
func unsqueezed(src []byte) (maxRun int, ok bool) {
	var prev, prevEq, prevSingle uint64 // the previous eight bytes and their masks
	prevSpace := uint64(highs)          // the text's start counts as a space before it
	letters, doubled := uint64(0), uint64(0)
	for i := 0; i < len(src); i += 8 {
		x, valid := load8(src, i)
		space := zeroBytes(x^' '*ones) & valid
		// Each byte against the one before it (none before the first).
		eq := zeroBytes(x^(x<<8|prev>>56)) & valid
		if i == 0 {
			eq &^= 0x80
		}
		// A space twice, or a byte but a digit three times in a row.
		if eq&space != 0 || eq&(eq<<8|prevEq>>56)&^byteRange(x, '0', '9') != 0 {
			return 0, false
		}
		letter := byteRange(x, 'a', 'z') & valid
		letters |= letter
		doubled |= eq & letter
		// One-letter words: no space, a space (or the start) before, a
		// space (or the end) after. Past the end counts as a space.
		spaceOrEnd := space | ^valid&highs
		next := byte(' ') // the byte after these eight: a space or not, with no branch on it
		if i+8 < len(src) {
			next = src[i+8]
		}
		after := spaceOrEnd>>8 | uint64(b2i(next == ' '))<<63
		single := ^spaceOrEnd & highs & (spaceOrEnd<<8 | prevSpace>>56) & after
		// Three in a row start at bytes k, k+2 and k+4: among these
		// eight bytes, or from the previous eight's last four.
		if three(single) || three(prevSingle>>32|single<<32) {
			return 0, false
		}
		prev, prevEq, prevSingle, prevSpace = x, eq, single, spaceOrEnd
	}
	switch {
	case doubled != 0:
		return 2, true
	case letters != 0:
		return 1, true
	}
	return 0, true
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 returns the eight bytes of src from i as a little-endian integer,
// zero past src's end, and the mask of those that are in src.
func load8(src []byte, i int) (x, valid uint64) {
	if i+8 <= len(src) {
		return binary.LittleEndian.Uint64(src[i:]), highs
	}
	var b [8]byte
	n := copy(b[:], src[i:])
	return binary.LittleEndian.Uint64(b[:]), highs & (1<<(8*n) - 1)
}

// zeroBytes returns the mask of the bytes of v that are zero. (Exact:
// no carry crosses from a byte to the next.)
func zeroBytes(v uint64) uint64 {
	return ^((v&^highs + ^uint64(highs)) | v) & highs
}

// byteRange returns the mask of the bytes of x from lo to hi, both ASCII.
func byteRange(x uint64, lo, hi byte) uint64 {
	t := x &^ highs
	ge := t + uint64(0x80-lo)*ones // high bit: at least lo
	gt := t + uint64(0x7f-hi)*ones // high bit: above hi
	return ge &^ gt &^ x & highs
}

// three reports whether the mask m has three bytes two apart.
func three(m uint64) bool { return m&(m>>16)&(m>>32) != 0 }

// squeezeWords is squeeze word by word.
func (n *normalized) squeezeWords() {
	q := squeezer{text: n.sq[:0], pos: n.sqpos[:0]} // not text, which may be tmp
	src, tpos := n.tmp, n.tpos
	wide := false // the last run of letters spelled out ended at a wide gap
	for i := 0; i < len(src); {
		if src[i] != ' ' && i+1 < len(src) && src[i+1] != ' ' {
			// A word of two bytes or more: copied as is.
			j := i + 2
			for j < len(src) && src[j] != ' ' {
				j++
			}
			q.putWord(src[i:j], tpos[i:j])
			i = j
			continue
		}
		if i > 0 && src[i-1] != ' ' || i+1 < len(src) && src[i+1] != ' ' {
			// Not a one-letter word: copied as is.
			q.put(src[i], tpos[i])
			i++
			continue
		}
		// A run of at least three one-letter words: join it. A gap of
		// spaces wider than the run's first parts two words spelled out
		// ("un s a l e   m e n t e u r"); not letters spaced evenly,
		// however widely ("s   a   l   o   p"), nor other separators
		// ("s - a - l - o - p"). A gap runs from where the separator the
		// space stands for starts to where the next letter does.
		j, singles, unit := i, 0, int32(0)
		afterWide := wide
		wide = false
		for j < len(src) && src[j] != ' ' && (j+1 == len(src) || src[j+1] == ' ') && (j == 0 || src[j-1] == ' ') {
			if j > i {
				gap := tpos[j] - tpos[j-1]
				if unit == 0 {
					unit = gap
				} else if gap > unit && gap >= 2 && int(tpos[j]) <= len(n.src) && strings.Count(n.src[tpos[j-1]:tpos[j]], " ") == int(gap) {
					wide = true
					break
				}
			}
			singles++
			j += 2
		}
		// (Not after a wide gap, which parts the words already: "w a t c
		// h   y o u r   b a c k".)
		if singles >= 4 && isArticle(src[i]) && !afterWide {
			// "is a w a n k e r": the article stays a word; a term
			// starting with it is also looked up split (a sshole).
			q.put(src[i], tpos[i])
			q.put(' ', tpos[i+1])
			i += 2
			singles--
		}
		// Two letters before a wide gap are a word spelled out too: "v a
		// t e   f a i r e" (the second would start a run of its own).
		if singles >= 3 || singles == 2 && wide {
			for k := i; k < j && k < len(src); k += 2 {
				q.put(src[k], tpos[k])
			}
			i = min(j, len(src))
			if i > 0 && i <= len(src) && src[i-1] == ' ' {
				q.put(' ', tpos[i-1])
			}
			continue
		}
		q.put(src[i], tpos[i])
		i++
	}
	n.sq, n.sqpos = q.text, q.pos
	n.text, n.pos, n.maxRun = q.text, q.pos, q.maxRun
}

// isArticle reports whether c alone is a word of some language: a, à, y,
// o, e (en, fr, es, pt, it), or an elided d' or l' (espèce d'e n c u l é).
func isArticle(c byte) bool {
	return c == 'a' || c == 'y' || c == 'o' || c == 'e' || c == 'd' || c == 'l'
}

// squeezer is the output of squeeze while it runs, a local value rather
// than fields of normalized so that put works on registers and the stack.
type squeezer struct {
	text   []byte
	pos    []int32
	last   byte // last byte given to put, and how many times in a row
	run    int
	maxRun int
}

// putWord puts the bytes of w, at p, as put does one by one: at once when
// none is a space or a letter written a third time in a row, as in most
// words.
func (q *squeezer) putWord(w []byte, p []int32) {
	last, run, maxRun := q.last, q.run, q.maxRun
	for _, c := range w {
		if c == last {
			run++
		} else {
			last, run = c, 1
		}
		if c >= 'a' && c <= 'z' {
			maxRun = max(maxRun, run)
		}
		if c == ' ' || run >= 3 && (c < '0' || c > '9') {
			for k, c := range w {
				q.put(c, p[k])
			}
			return
		}
	}
	q.text = append(q.text, w...)
	q.pos = append(q.pos, p...)
	q.last, q.run, q.maxRun = last, run, maxRun
}

// put appends c; a letter written three times or more in a row is kept
// once (connnnnard, fuuuck), a double letter is kept (connard, bitte).
func (q *squeezer) put(c byte, p int32) {
	if c == q.last {
		q.run++
	} else {
		q.last, q.run = c, 1
	}
	if c >= 'a' && c <= 'z' {
		q.maxRun = max(q.maxRun, q.run)
	}
	l := len(q.text)
	switch {
	case c == ' ':
		if l > 0 && q.text[l-1] == ' ' {
			return
		}
	case c >= '0' && c <= '9':
	case q.run == 3:
		q.text, q.pos = q.text[:l-1], q.pos[:l-1]
		return
	case q.run > 3:
		return
	}
	q.text = append(q.text, c)
	q.pos = append(q.pos, p)
}
