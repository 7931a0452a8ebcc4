package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plugged returns the token of a business's made-up name plugged in a
// review, and whether there is one: a word that joins words in capitals
// (camelBrand: "SlimFit", "CodeBoost", "SpeedPass"), or capitalised words
// ending on a word of trade (suffixedBrand: "AutoPapiers Express"), which
// no list of institutions or acronyms holds, with a word that sells it
// in its sentence or the next: a referral ("tapez … de ma part", "10%
// off if you mention this site"), a link in the writer's profile ("Link
// in meinem Profil"), a discount in figures ("-50 % sur les lunettes
// chez OptiVision"). Not a brand a citizen warns of or advises against
// ("évitez SlimFit", said in the sentence), nor one quoted.
func plugged(text string, toks []token, fold []byte) (int, bool) {
	for k := range toks {
		t := &toks[k]
		if t.flags&(tokCap|tokUpper|tokDigit|tokMasked) != tokCap || t.info.acronym || t.info.instLens&1 != 0 || !camelBrand(text[t.cs:t.ce]) && !suffixedBrand(text, toks, fold, k) {
			continue
		}
		if _, quoted := openingQuote(text, int(t.cs), int(t.ce)); quoted {
			continue
		}
		s, e := sentenceOf(text, toks, k)
		if e+1 < len(toks) {
			_, e = sentenceOf(text, toks, e+1)
		}
		cue, against := false, false
		for j := s; j <= e; j++ {
			w := string(fold[toks[j].fs:toks[j].fe])
			if advisesAgainst[w] {
				against = true
				break
			}
			if !cue && plugCue(toks, fold, j, e) {
				cue = true
			}
			// A discount in figures: "10% off", "-50 %"; not one opposed
			// to something ("… 25 % Rabatt, aber am Automaten …": a
			// complaint's).
			if !cue && toks[j].has(tokDigit) && percentNear(text, toks, j, j) && (toks[j].cs > 0 && text[toks[j].cs-1] == '-' || j+1 <= e && discountWords[string(fold[toks[j+1].fs:toks[j+1].fe])]) && !complains(toks[s:e+1], fold) {
				cue = true
			}
		}
		if against {
			continue
		}
		if cue {
			return k, true
		}
	}
	return -1, false
}

// camelBrand reports whether w, a word that opens with a capital and has
// no digit, joins words each in capitals ("SlimFit", "BitProfitAI",
// "CitaFácil"): a capital after two small letters at least. Not a
// surname whose particle is glued to it ("McKenzie", "MacLeod",
// "DeVito", "LeBlanc", "DuPont", "VanDyke", "DiMaggio", "LaFontaine"),
// nor a word with an apostrophe ("O'Brien").
func camelBrand(w string) bool {
	small, joined := 0, false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			small++
		case unicode.IsUpper(r):
			if i > 0 && small >= 2 {
				joined = true
			}
			if i > 0 {
				small = 0
			}
		default:
			return false
		}
	}
	if !joined {
		return false
	}
	// The glued particles: a capital, one to two small letters, a capital.
	r2, _ := utf8.DecodeRuneInString(w[1:])
	if unicode.IsLower(r2) {
		for _, p := range gluedParticles {
			if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
				return false
			}
		}
	}
	return true
}

// suffixedBrand reports whether token k, capitalised, starts a
// business's name that ends on a word of trade in capitals
// (brandSuffixes) one or two words after it: "Assist'Admin Plus",
// "Servizi Facili", "AutoPapiers Express", "Visa Rapide". Not a word of
// the lists (a frequent word, a first name, a surname, an institution's
// first word: "Canal Plus", "France Services"), nor one opening its
// sentence (a colon opens none: "Per chi ha problemi: Servizi Facili").
func suffixedBrand(text string, toks []token, fold []byte, k int) bool {
	t := &toks[k]
	if k == 0 || t.info.stop || t.info.first != 0 || t.info.surname || t.info.instFirst || t.info.place || gapEndsClause(text, toks[k-1], *t) {
		return false
	}
	for j := k + 1; j <= k+2 && j < len(toks); j++ {
		if toks[j].flags&(tokCap|tokDigit|tokMasked) != tokCap {
			return false
		}
		if brandSuffixes[string(fold[toks[j].fs:toks[j].fe])] {
			return true
		}
	}
	return false
}

// brandSuffixes, folded, end a business's name.
var brandSuffixes = map[string]bool{
	"express": true, "pro": true, "plus": true, "academy": true, "academie": true, "gestoria": true, "facile": true, "faciles": true,
	"facili": true, "facil": true, "rapide": true, "rapido": true, "rapida": true, "direct": true, "online": true, "premium": true,
	"solutions": true, "consulting": true, "shop": true, "store": true, "bot": true,
}

// gluedParticles start surnames written with a capital inside.
var gluedParticles = []string{"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Del", "Della", "Des", "St"}

// plugCue reports whether the words from token j on, within the
// sentence s..e, sell a brand (plugSells).
func plugCue(toks []token, fold []byte, j, e int) bool {
	if list, ok := plugSells[string(fold[toks[j].fs:toks[j].fe])]; ok {
		for _, ph := range list {
			if phraseAt(toks, fold, j, e, ph) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether the words after token j, up to token e, are
// ph.
func phraseAt(toks []token, fold []byte, j, e int, ph []string) bool {
	if j+len(ph) > e {
		return false
	}
	for i, p := range ph {
		if string(fold[toks[j+1+i].fs:toks[j+1+i].fe]) != p {
			return false
		}
	}
	return true
}

var (
	// plugSells, folded, sell a brand whatever they are said of: a
	// referral, a link in the writer's profile (each first word with the
	// words after it). (Round 42's first form read calls to look the
	// brand up, codes, a free first month, recommendations and a price
	// with the readers addressed too; a review's 150 fair probes had 80
	// held: a login's code, public apps and charities recommended, fares
	// and complaints with their prices.)
	plugSells = phraseMap(
		"link in bio", "link in my bio", "link in my profile", "lien en bio", "lien dans ma bio", "lien dans mon profil",
		"link in meinem profil", "link im profil", "link en bio", "link en mi perfil", "link na bio", "link no meu perfil",
		"link nel mio profilo",
		"mention this site", "mention this page", "mention this review", "mention my name", "de ma part", "de mi parte",
		"da minha parte", "da parte mia",
	)
	// advisesAgainst, folded, warn of what the sentence names: "évitez",
	// "avoid", "steer clear", "evitad", "meiden".
	advisesAgainst = map[string]bool{
		"evitez": true, "eviter": true, "fuyez": true, "mefiez": true, "avoid": true, "steer": true, "beware": true, "evitad": true,
		"evitar": true, "evitate": true, "evitem": true, "meiden": true, "vorsicht": true, "attenti": true, "cuidado": true,
	}
)

// phraseMap maps the first word of each phrase to the words after it.
func phraseMap(phrases ...string) map[string][][]string {
	m := map[string][][]string{}
	for _, p := range phrases {
		ws := strings.Fields(p)
		m[ws[0]] = append(m[ws[0]], ws[1:])
	}
	return m
}
