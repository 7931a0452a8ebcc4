package server

import (
	"slices"
	"unicode/utf8"

	"github.com/avisproject/avis/feedback"
)

// segment is a run of the original text and the flag kinds covering it
// (none for plain text). Templates print Text escaped, never as HTML.
type segment struct {
	Text  string
	Kinds []string
}

// highlight cuts text at every flag span's ends. Spans are byte offsets
// into text; ends that are out of range are clamped and ends that fall
// inside a UTF-8 sequence are widened to the whole character, so a bad
// span can neither panic nor split a character. Overlapping spans give
// segments covered by several kinds.
func highlight(text string, flags []feedback.Flag) []segment {
	type span struct {
		start, end int
		kind       string
	}
	var spans []span
	cuts := []int{0, len(text)}
	for _, f := range flags {
		for _, sp := range f.Spans {
			s, e := clampRune(text, sp.Start, false), clampRune(text, sp.End, true)
			if s >= e {
				continue
			}
			spans = append(spans, span{s, e, f.Kind})
			cuts = append(cuts, s, e)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var kinds []string
		for _, sp := range spans {
			if sp.start <= a && b <= sp.end && !slices.Contains(kinds, sp.kind) {
				kinds = append(kinds, sp.kind)
			}
		}
		if n := len(out); n > 0 && slices.Equal(out[n-1].Kinds, kinds) {
			out[n-1].Text += text[a:b]
			continue
		}
		out = append(out, segment{Text: text[a:b], Kinds: kinds})
	}
	return out
}

// clampRune brings a byte offset into [0, len(text)] and onto a character
// boundary: back to the character's start for a span's start, forward to
// the next character for its end.
func clampRune(text string, i int, forward bool) int {
	i = max(0, min(i, len(text)))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		if forward {
			i++
		} else {
			i--
		}
	}
	return i
}
