package moderation

// hitSet answers where the hits of a text stand from one another, for the
// rules of abuse.classify.
type hitSet struct {
	a    *abuse
	hits []hit
}

// near reports whether a hit of class ends at most before words before
// hit i or starts at most after words after it.
func (s hitSet) near(i int, class uint8, before, after int32) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j == i || !s.a.has(o.id, class) {
			continue
		}
		if o.w1 < h.w0 && h.w0-o.w1 <= before || o.w0 > h.w1 && o.w0-h.w1 <= after {
			return true
		}
	}
	return false
}

// inside reports whether hit i is part of a longer hit of class.
func (s hitSet) inside(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start <= h.start && o.end >= h.end && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// overlaps reports whether a hit of class shares a byte with hit i.
func (s hitSet) overlaps(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start < h.end && o.end > h.start && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}

// holds reports whether hit i has a hit of class inside it.
func (s hitSet) holds(i int, class uint8) bool {
	h := s.hits[i]
	for j, o := range s.hits {
		if j != i && o.start >= h.start && o.end <= h.end && s.a.has(o.id, class) {
			return true
		}
	}
	return false
}
