package moderation

// flagSet builds the flags of one result: one flag per kind, holding every
// span of that kind and the highest severity. Spans are collected first
// and handed out at the end from one backing array.
type flagSet struct {
	flags   []Flag
	pending []pendingSpan
}

type pendingSpan struct {
	flag       int
	start, end int32
}

// add records a finding of kind at [start, end) of the cleaned text; a
// negative start means the whole text.
func (fs *flagSet) add(kind Kind, sev Severity, reason string, start, end int32) {
	i := 0
	for i < len(fs.flags) && fs.flags[i].Kind != kind {
		i++
	}
	if i == len(fs.flags) {
		if fs.flags == nil {
			fs.flags = make([]Flag, 0, 4)
		}
		fs.flags = append(fs.flags, Flag{Kind: kind, Severity: sev, Reason: reason})
	} else if f := &fs.flags[i]; sev > f.Severity {
		f.Severity, f.Reason = sev, reason
	}
	if start < 0 {
		return
	}
	p := pendingSpan{flag: i, start: start, end: end}
	for _, o := range fs.pending {
		if o == p {
			return
		}
	}
	fs.pending = append(fs.pending, p)
}

// has reports whether a flag of kind was added.
func (fs *flagSet) has(kind Kind) bool {
	for _, f := range fs.flags {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// finish attaches the spans to their flags, mapping each offset of the
// cleaned text to the original with origin.
func (fs *flagSet) finish(origin func(int) int) []Flag {
	if len(fs.pending) == 0 {
		return fs.flags
	}
	spans := make([]Span, 0, len(fs.pending))
	for i := range fs.flags {
		from := len(spans)
		for _, p := range fs.pending {
			if p.flag == i {
				spans = append(spans, Span{Start: origin(int(p.start)), End: origin(int(p.end))})
			}
		}
		if len(spans) > from {
			fs.flags[i].Spans = spans[from:len(spans):len(spans)]
		}
	}
	return fs.flags
}
