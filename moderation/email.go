package moderation

import "strings"

// obfuscatedEmails finds addresses written to escape robots:
// "jean.dupont [at] gmail [dot] com", "lea (arobase) free (point) fr".
func obfuscatedEmails(text string, out []finding) []finding {
	for i := 0; i < len(text); i++ {
		if text[i] != '[' && text[i] != '(' {
			continue
		}
		n := markerLen(text[i:], "at", "arobase", "@")
		if n == 0 {
			continue
		}
		s := i
		for s > 0 && text[s-1] == ' ' {
			s--
		}
		local := s
		for local > 0 && isEmailLocal(text[local-1]) {
			local--
		}
		j := i + n
		labels, end, last := 0, j, ""
		for {
			for j < len(text) && text[j] == ' ' {
				j++
			}
			a := j
			for j < len(text) && isHostByte(text[j]) && text[j] != '.' {
				j++
			}
			if j == a {
				break
			}
			labels++
			end = j
			last = text[a:j]
			k := j
			for k < len(text) && text[k] == ' ' {
				k++
			}
			switch {
			case k < len(text) && text[k] == '.' && k+1 < len(text) && isHostByte(text[k+1]):
				j = k + 1
			case k < len(text) && (text[k] == '[' || text[k] == '('):
				m := markerLen(text[k:], "dot", "point", ".")
				if m == 0 {
					goto done
				}
				j = k + m
			default:
				goto done
			}
		}
	done:
		if local < s && labels >= 2 && mailTLD[strings.ToLower(last)] && !overlapsAny(out, int32(local), int32(end)) {
			out = append(out, finding{int32(local), int32(end), maskEmail})
			i = end
		}
	}
	return out
}

// mailTLD holds the top-level domains of the e-mail addresses citizens
// write obfuscated.
var mailTLD = map[string]bool{"com": true, "net": true, "org": true, "fr": true, "es": true, "de": true, "it": true, "pt": true, "be": true, "ch": true, "uk": true, "eu": true, "info": true, "io": true, "co": true, "us": true, "ca": true, "lu": true, "ma": true, "tn": true, "dz": true, "sn": true, "br": true}

// markerLen returns the length of "[word]" or "(word)" at the start of s
// for one of words, case-insensitive, or 0.
func markerLen(s string, words ...string) int {
	for _, w := range words {
		n := len(w) + 2
		if len(s) >= n && strings.EqualFold(s[1:n-1], w) && (s[0] == '[' && s[n-1] == ']' || s[0] == '(' && s[n-1] == ')') {
			return n
		}
	}
	return 0
}
