package moderation

import "strings"

// Script left in plain text: once tags are stripped, a text may still
// carry what a page that turns links or attributes into markup would run
// — a markdown link to javascript: ("[la FAQ](javascript:alert(1))"), an
// event handler written loose (`" onmouseover="alert(1)`). The sanitizer
// removes them and reports markup.

// scriptSchemes are the URL schemes that run code, lower case.
var scriptSchemes = []string{"javascript", "vbscript", "livescript"}

// scriptResidue appends to cut the byte ranges of s to remove: each
// script URL with its argument, and each event handler attribute with its
// value. It reads only around the colons and equals signs of s.
func scriptResidue(s string, cut [][2]int) [][2]int {
	for i := 0; i < len(s); {
		j := indexColonOrEquals(s[i:])
		if j < 0 {
			break
		}
		p := i + j
		last := 0 // where the previous cut ends: no cut starts before it
		if len(cut) > 0 {
			last = cut[len(cut)-1][1]
		}
		if s[p] == ':' {
			// A scheme is removed even glued to a word: "xjavascript:"
			// is read by the browser once "x" is gone.
			if start, ok := schemeBefore(s, p); ok && start >= last {
				stop := urlEnd(s, p+1)
				// A link in parentheses or quotes goes with them,
				// unless the previous cut took that byte.
				if start > last && (s[start-1] == '(' || s[start-1] == '"' || s[start-1] == '\'') {
					start--
				}
				cut = append(cut, [2]int{start, stop})
				i = stop
				continue
			}
		} else if start, ok := handlerBefore(s, p); ok && start >= last {
			// A quoted value or a call is script; "?onglet=2" in a link
			// is not.
			v := p + 1
			for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
				v++
			}
			stop := valueEnd(s, v)
			if val := s[v:stop]; val != "" && (val[0] == '"' || val[0] == '\'' || strings.ContainsAny(val, "(`")) {
				cut = append(cut, [2]int{start, stop})
				i = stop
				continue
			}
		}
		i = p + 1
	}
	return cut
}

// schemeBefore reports whether a script scheme ends right before the
// colon at p, spaces allowed between them as browsers read them, and
// where it starts.
func schemeBefore(s string, p int) (int, bool) {
	e := p
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	for _, sch := range scriptSchemes {
		if e >= len(sch) && strings.EqualFold(s[e-len(sch):e], sch) {
			return e - len(sch), true
		}
	}
	return 0, false
}

// urlEnd returns where the script URL whose body starts at i ends: at a
// space or a closing parenthesis or quote that balances nothing inside
// it ("javascript:alert(document.domain))" keeps its own parentheses).
func urlEnd(s string, i int) int {
	depth := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i + 1 // the parenthesis that opened the link
			}
			depth--
		case '"', '\'', '>':
			if depth == 0 {
				return i + 1
			}
		case ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i
			}
		}
	}
	return i
}

// handlerBefore reports whether an event handler attribute (on and
// letters, oncut and onend the shortest) ends right before the equals
// sign at p, spaces allowed, and where it starts.
func handlerBefore(s string, p int) (int, bool) {
	e := p
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	k := e
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	if e-k < 5 || s[k]|0x20 != 'o' || s[k+1]|0x20 != 'n' {
		return 0, false
	}
	return k, true
}

// valueEnd returns where an attribute value starting at i ends: its
// closing quote, or the first space or '>'.
func valueEnd(s string, i int) int {
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		if k := strings.IndexByte(s[i+1:], s[i]); k >= 0 {
			return i + k + 2
		}
		return len(s)
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '>' {
			return i
		}
	}
	return i
}

// removeRanges returns s without the sorted, disjoint ranges cut, and the
// map from each byte of the result to its offset in s.
func removeRanges(s string, cut [][2]int) (string, []int32) {
	var b strings.Builder
	pos := make([]int32, 0, len(s))
	at := 0
	for _, r := range cut {
		if r[0] < at { // overlapping ranges: the rest of this one
			r[0] = at
		}
		if r[1] <= r[0] {
			continue
		}
		b.WriteString(s[at:r[0]])
		for k := at; k < r[0]; k++ {
			pos = append(pos, int32(k))
		}
		at = r[1]
	}
	b.WriteString(s[at:])
	for k := at; k < len(s); k++ {
		pos = append(pos, int32(k))
	}
	return b.String(), pos
}

// blockTags are the elements a browser shows on a line of their own:
// stripping them must not glue the words around them ("x@y.fr</p><p>Dossier"
// would read as one e-mail address).
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true, "td": true, "th": true,
	"table": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true,
	"blockquote": true, "pre": true, "section": true, "article": true, "header": true, "footer": true, "dd": true, "dt": true,
}

// spaceBlockTags returns s with a space before each block tag that
// follows text, and the map from each byte of the result to its offset in
// s; nil when there is none to add.
func spaceBlockTags(s string) (string, []int32) {
	var b strings.Builder
	var pos []int32
	at := 0
	text := false // text was seen since the last space or added space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '<' {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				text = false
			} else {
				text = true
			}
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			break
		}
		j := i + 1
		if j < len(s) && s[j] == '/' {
			j++
		}
		k := j
		for k < i+end && isASCIILetter(s[k]) || k < i+end && k > j && s[k] >= '1' && s[k] <= '6' {
			k++
		}
		if text && blockTags[strings.ToLower(s[j:k])] {
			// Once per run of tags: whatever it finds, text is false
			// after it, so the tags after this one are not read again.
			text = false
			if !textAfterTags(s[i:]) {
				i += end
				continue
			}
			if pos == nil {
				pos = make([]int32, 0, len(s)+8)
			}
			b.WriteString(s[at:i])
			for p := at; p < i; p++ {
				pos = append(pos, int32(p))
			}
			b.WriteByte(' ')
			pos = append(pos, int32(i))
			at = i
		}
		i += end
	}
	if pos == nil {
		return s, nil
	}
	b.WriteString(s[at:])
	for p := at; p < len(s); p++ {
		pos = append(pos, int32(p))
	}
	return b.String(), pos
}

// textAfterTags reports whether s, starting with a tag, has text right
// after its run of tags, which stripping would glue to the text before.
func textAfterTags(s string) bool {
	for len(s) > 0 && s[0] == '<' {
		e := strings.IndexByte(s, '>')
		if e < 0 {
			return false
		}
		s = s[e+1:]
	}
	return s != "" && s[0] != ' ' && s[0] != '\n' && s[0] != '\t' && s[0] != '\r'
}

// indexColonOrEquals is strings.IndexAny(s, ":="), by two searches for a
// byte, which are vectorised: most texts have neither, and the set search
// reads a byte at a time. The second search stops at the first colon.
func indexColonOrEquals(s string) int {
	c := strings.IndexByte(s, ':')
	before := s
	if c >= 0 {
		before = s[:c]
	}
	if e := strings.IndexByte(before, '='); e >= 0 {
		return e
	}
	return c
}
