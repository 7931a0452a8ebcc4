package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plugged returns the token of a business's made-up name plugged in a
// review, and whether there is one: a word that joins words in capitals
// (camelBrand: "SlimFit", "CitaFácil", "TerminBot", "QuickLoanz"), which
// no list of institutions or acronyms holds, with a word that sells it in
// its sentence or the next (plugCue): a call to look it up ("honestly
// look it up", "einfach googeln", "cercateli su Instagram", "tapez … de
// ma part", "Link in meinem Profil"), a recommendation ("je recommande",
// "¡recomendadísimo!"), a code or a discount ("10% off if you mention
// this site", "1er mois offert avec le code …"), earnings; or a price,
// when the text addresses its readers ("pour ceux qui galèrent", "if
// anyone needs", "Tipp:"). No citizen names a service so and sells it
// in the same breath: heldout-94 slipped ten such advertisements into
// reviews, every one published. Not a brand a citizen warns of or
// advises against ("I would not recommend QuickLoanz", "évitez SlimFit",
// said in the sentence), nor one quoted.
func plugged(text string, toks []token, fold []byte) (int, bool) {
	readers := -2 // whether the text addresses its readers, read once: -2 unread
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
		cue, price, against := false, false, false
		for j := s; j <= e; j++ {
			w := string(fold[toks[j].fs:toks[j].fe])
			if advisesAgainst[w] {
				against = true
				break
			}
			if !cue && plugCue(text, toks, fold, j, s, e, k) {
				cue = true
			}
			if toks[j].has(tokDigit) {
				// A discount in figures: "10% off", "-50 %"; not one
				// opposed to something ("… 25 % Rabatt, aber am Automaten
				// …": a complaint's).
				if !cue && percentNear(text, toks, j, j) && (toks[j].cs > 0 && text[toks[j].cs-1] == '-' || j+1 <= e && discountWords[string(fold[toks[j+1].fs:toks[j+1].fe])]) && !complains(toks[s:e+1], fold) {
					cue = true
				}
				// A price after the brand, not nothing ("£0").
				price = price || j > k && text[toks[j].cs:toks[j].ce] != "0" && (isAmount(text, int(toks[j].ce)) || currencyBefore(text, int(toks[j].cs)))
			}
		}
		if against {
			continue
		}
		if !cue && price {
			if readers == -2 {
				readers = b2i(needOpener(toks, fold) >= 0 || tipAddressed(text, toks, fold))
			}
			cue = readers == 1
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
// sentence s..e, sell what the brand at token b names: a phrase of
// plugSells, or of plugRecommends when it recommends the brand itself
// (the brand within four words after it, "je recommande MutuEco", "check
// out QuickLoanz") or, said last in its clause, the brand's sentence
// ("chez AutoPapiers Express c'est fait en 48h, je recommande."); not
// "je recommande de s'y prendre tôt", "je recommande la brigade de
// Melun", which recommend something else. A recommendation is none when
// a negation stands just before it ("je ne recommande pas", "I wouldn't
// recommend") or just after it ("je recommande pas").
func plugCue(text string, toks []token, fold []byte, j, s, e, b int) bool {
	w := string(fold[toks[j].fs:toks[j].fe])
	if list, ok := plugSells[w]; ok {
		for _, ph := range list {
			if phraseAt(toks, fold, j, e, ph) {
				return true
			}
		}
	}
	list, ok := plugRecommends[w]
	if !ok {
		return false
	}
	for _, ph := range list {
		if !phraseAt(toks, fold, j, e, ph) {
			continue
		}
		for i := max(s, j-3); i < j; i++ {
			if plugNegations[string(fold[toks[i].fs:toks[i].fe])] {
				return false
			}
		}
		last := j + len(ph) // the phrase's last token
		if last+1 <= e && plugNegations[string(fold[toks[last+1].fs:toks[last+1].fe])] {
			return false
		}
		if b > last && b <= last+4 {
			return true
		}
		// Said last in its clause, in the brand's own sentence.
		bs, be := sentenceOf(text, toks, b)
		if j >= bs && j <= be && (last+1 >= len(toks) || strings.TrimSpace(text[toks[last].ce:toks[last+1].cs]) != "") {
			return true
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

// tipAddressed reports whether the text gives its readers a tip: "Tip:",
// "Tipp:", "Pro tip", "Astuce", "Dica", "Consejo" (a word of the list
// then a colon, or the word opening a sentence).
func tipAddressed(text string, toks []token, fold []byte) bool {
	for k := range toks {
		if tipWords[string(fold[toks[k].fs:toks[k].fe])] && (strings.HasPrefix(strings.TrimLeft(text[toks[k].ce:], " \u00a0"), ":") || k == 0 || toks[k].has(tokSentence)) {
			return true
		}
	}
	return false
}

var (
	// plugSells, folded, sell a brand, whatever they are said of: a
	// call to look it up, a referral, a code (each first word with the
	// words after it).
	plugSells = phraseMap(
		"look it up", "look them up", "look em up", "google them", "google it", "tapez", "einfach googeln", "googelt",
		"buscalos", "buscadlos", "cercateli", "cercatelo", "cercatela", "procurem",
		"link in bio", "link in my bio", "link in my profile", "lien en bio", "lien dans ma bio", "link in meinem profil",
		"link im profil", "link en bio", "link en mi perfil", "link na bio", "dm me", "dm them",
		"mention this site", "mention this page", "mention my name", "mention this review", "de ma part", "use my code",
		"use code", "code promo", "avec le code", "mit dem code", "gutscheincode", "con el codigo", "con il codice",
		"codice sconto", "com o codigo", "mois offert", "first month free", "first session free", "first lesson free",
	)
	// plugRecommends, folded, recommend: what they are said of is read
	// (plugCue).
	plugRecommends = phraseMap(
		"check out", "check them out", "check it out", "allez voir", "foncez",
		"i recommend", "i d recommend", "highly recommend", "i highly recommend", "je recommande",
		"je vous recommande", "je conseille", "je vous conseille", "ich empfehle", "kann ich empfehlen", "sehr zu empfehlen",
		"te lo recomiendo", "os lo recomiendo", "lo recomiendo", "recomendadisimo", "recomendadisima", "vi consiglio",
		"consiglio a tutti", "consigliatissimo", "consigliatissima", "recomendo", "changed my life", "a change ma vie",
		"me cambio la vida", "mudou a minha vida", "mudou minha vida", "worth every penny", "worth it",
	)
	// advisesAgainst, folded, warn of what the sentence names: "évitez",
	// "avoid", "steer clear", "evitad", "meiden".
	advisesAgainst = map[string]bool{
		"evitez": true, "eviter": true, "fuyez": true, "mefiez": true, "avoid": true, "steer": true, "beware": true, "evitad": true,
		"evitar": true, "evitate": true, "evitem": true, "meiden": true, "vorsicht": true, "attenti": true, "cuidado": true,
	}
	// plugNegations, folded, before a recommendation undo it.
	plugNegations = map[string]bool{
		"not": true, "never": true, "wouldn": true, "don": true, "ne": true, "pas": true, "jamais": true, "nicht": true, "nie": true,
		"kein": true, "no": true, "non": true, "nunca": true, "nao": true, "mai": true,
	}
	// tipWords, folded, give the readers a tip.
	tipWords = map[string]bool{"tip": true, "tipp": true, "astuce": true, "dica": true, "consejo": true}
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
