package moderation

// Reading a text as two halves at once.
//
// A walk of the automaton is a chain of dependent loads: the row of the
// next state is known only once the current one is read, and a row is
// often out of the first-level cache. Two walks on two halves of the text,
// taken in turn byte by byte, let the processor wait for both loads at
// once. What they find, merged, is what one walk finds:
//
//   - The second half starts at a word, after a space. Read from there as
//     if a space preceded it, the automaton finds every pattern starting
//     in it: a pattern's leading space is then read from the start.
//   - The first half is read on past the second's start, for as long as
//     a pattern starting in it may go on (the longest pattern's length),
//     and keeps only the matches starting in it. Its walk is the one walk
//     over the whole text, cut short.
//   - Matches come by end in both; at the same end, the first half's are
//     the longer, and one walk gives the longest first.

// pairMin is the shortest text read as two halves: on shorter ones, the
// first half's overlap with the second costs more than reading them at
// once saves.
const pairMin = 160

// pairSplit returns where the second half of text starts (a word, near
// the middle of the work), or -1 when text is read in one walk.
func (a *automaton) pairSplit(text []byte) int {
	if len(text) < pairMin || len(text) < 4*int(a.maxLen) {
		return -1
	}
	// The first half's walk is mid-2+maxLen bytes long, the second's
	// len-mid: about the same.
	mid := (len(text) + 2 - int(a.maxLen)) / 2
	for mid < len(text) && text[mid-1] != ' ' {
		mid++
	}
	if mid >= len(text) {
		return -1
	}
	return mid
}

// findPair is findWords on text read as two halves, the second starting
// at mid, a word.
func (a *automaton) findPair(text []byte, mid int, out []match, spare *[]match) []match {
	// A pattern starting at mid-1 at the latest has its leading space at
	// mid-2: its last byte is at mid-3+maxLen at the latest.
	end1 := min(len(text), mid-2+int(a.maxLen)) // the first walk's end
	out2 := (*spare)[:0]
	off, thr, next, shallow := &a.off, &a.thr, a.next, a.shallow
	s1 := a.step(0, ' ')
	s2 := s1
	n := min(end1, len(text)-mid)
	second := text[mid:]
	// Whether the state after byte k-1 reports is told at byte k, read
	// anyway: a state that reports only whole words (from outFrom to
	// anyFrom) does where byte k is a space (thr). So a state that ends
	// a whole word inside a longer word (de in depuis), which most do, is
	// passed over with no branch but one, seldom taken. (The root before
	// the first byte reports nothing.)
	//
	// The inner loop reads bytes while neither state reports nor is
	// deep (a deep state is above every threshold), with no call: a call
	// in the loop would keep the states on the stack, stored and loaded
	// again at every byte, on the chain of loads the walks wait on. The
	// outer loop reads the byte where one does, as a walk reads any.
	p1, p2 := int32(0), int32(0)
	for k := 0; k < n && k < len(second); {
		b1, b2 := text[k], second[k]
		if p1 >= thr[b1] {
			out = a.report(out, p1, k-1, int32(mid), text)
		}
		if p2 >= thr[b2] {
			out2 = a.report(out2, p2, mid+k-1, int32(len(text)), text)
		}
		if s1 < shallow {
			s1 = int32(next[int(s1)*half+int(off[b1])])
		} else {
			s1 = a.step(s1, b1)
		}
		if s2 < shallow {
			s2 = int32(next[int(s2)*half+int(off[b2])])
		} else {
			s2 = a.step(s2, b2)
		}
		for k++; k < n && k < len(second); k++ {
			b1, b2 := text[k], second[k]
			if b2i(s1 >= thr[b1])|b2i(s2 >= thr[b2]) != 0 {
				break
			}
			s1 = int32(next[int(s1)*half+int(off[b1])])
			s2 = int32(next[int(s2)*half+int(off[b2])])
		}
		p1, p2 = s1, s2
	}
	// The states after the last byte read together, then the longer walk
	// goes on alone.
	if n > 0 {
		outFrom, anyFrom := a.outFrom, a.anyFrom
		if b2i(s1 >= anyFrom)|b2i(s1 >= outFrom)&b2i(spaceAfter(text, n-1)) != 0 {
			out = a.report(out, s1, n-1, int32(mid), text)
		}
		if b2i(s2 >= anyFrom)|b2i(s2 >= outFrom)&b2i(spaceAfter(text, mid+n-1)) != 0 {
			out2 = a.report(out2, s2, mid+n-1, int32(len(text)), text)
		}
	}
	out = a.walk(text, n, end1, s1, int32(mid), out)
	out2 = a.walk(text, mid+n, len(text), s2, int32(len(text)), out2)
	*spare = out2

	// Merge by end from the back, the first half's first at the same end.
	i, j := len(out)-1, len(out2)-1
	out = append(out, out2...)
	for k := len(out) - 1; j >= 0; k-- {
		if i >= 0 && out[i].end > out2[j].end {
			out[k] = out[i]
			i--
		} else {
			out[k] = out2[j]
			j--
		}
	}
	return out
}
