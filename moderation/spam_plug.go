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
	// The sentences' verdicts, read once for the candidates of one
	// sentence: a text of made-up names said over and over is read in
	// linear time.
	ls, lcue := -1, false
	for k := range toks {
		t := &toks[k]
		if t.flags&(tokCap|tokUpper|tokMasked) != tokCap || t.info.acronym || t.info.instLens&1 != 0 {
			continue
		}
		// (Digits may end a made-up name: "CasinoRoyal777", "SofortKredit24".)
		w := text[t.cs:t.ce]
		if t.has(tokDigit) {
			w = strings.TrimRight(w, "0123456789")
		}
		if !camelBrand(w) && (t.has(tokDigit) || !suffixedBrand(text, toks, fold, k)) {
			continue
		}
		if _, quoted := openingQuote(text, int(t.cs), int(t.ce)); quoted {
			continue
		}
		s, _ := sentenceOf(text, toks, k)
		if s != ls {
			ls, lcue = s, plugSentences(text, toks, fold, s)
		}
		if lcue {
			return k, true
		}
	}
	return -1, false
}

// plugSentences reports whether the sentence starting at token s, or the
// next, sells a brand (plugCue, or a discount in figures: "-50 % sur les
// lunettes", "10% off") and advises against none ("évitez"). Not a
// discount opposed to something ("… 25 % Rabatt, aber am Automaten …": a
// complaint's), nor a public body's or an entitlement's ("100% off
// parking with my Blue Badge from the council", "-50 % pour les
// demandeurs d'emploi à la piscine municipale"), nor a range or a fall
// ("10-15 %", "a baissé de -12 %": a discount's minus follows a space or
// a bracket, as discountAt reads it).
func plugSentences(text string, toks []token, fold []byte, s int) bool {
	_, e := sentenceOf(text, toks, s)
	if e+1 < len(toks) {
		_, e = sentenceOf(text, toks, e+1)
	}
	cue, discount, public := false, false, false
	for j := s; j <= e; j++ {
		w := string(fold[toks[j].fs:toks[j].fe])
		if advisesAgainst[w] {
			return false
		}
		public = public || publicOffers[w] || riseWords[w]
		cue = cue || plugCue(toks, fold, j, e)
		if !discount && toks[j].has(tokDigit) && percentNear(text, toks, j, j) {
			minus := toks[j].cs >= 2 && text[toks[j].cs-1] == '-' && (text[toks[j].cs-2] == ' ' || text[toks[j].cs-2] == '(')
			discount = minus || j+1 <= e && discountWords[string(fold[toks[j+1].fs:toks[j+1].fe])]
		}
	}
	return cue || discount && !public && !complains(toks[s:e+1], fold)
}

// camelBrand reports whether w, a word that opens with a capital and has
// no digit, joins words each in capitals ("SlimFit", "BitProfitAI",
// "CitaFácil"): a capital after two small letters at least. Not a
// surname whose particle is glued to it ("McKenzie", "MacLeod",
// "DeVito", "LeBlanc", "DuPont", "VanDyke", "DiMaggio", "LaFontaine"),
// nor a word with an apostrophe ("O'Brien").
func camelBrand(w string) bool {
	// Most capitalised words have no capital after the first letter: told
	// without decoding a rune.
	inner := false
	for i := 1; i < len(w) && !inner; i++ {
		inner = w[i] >= 'A' && w[i] <= 'Z' || w[i] >= utf8.RuneSelf
	}
	if !inner {
		return false
	}
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
// sentence ending at token e, sell a brand (plugSells). A referral ("de
// ma part") is one after a verb that sends the reader, within five words
// before it ("tapez codeboost-academy.fr de ma part", "demandez Fabienne
// de ma part"), not a fault owned ("une erreur de ma part").
func plugCue(toks []token, fold []byte, j, e int) bool {
	list, ok := plugSells[string(fold[toks[j].fs:toks[j].fe])]
	if !ok {
		return false
	}
	for _, ph := range list {
		if !phraseAt(toks, fold, j, e, ph) {
			continue
		}
		if w := fold[toks[j].fs:toks[j].fe]; string(w) == "de" || string(w) == "da" {
			// "de ma part", "de mi parte", "da minha parte", "da parte
			// mia": "un errore da parte mia" owns a fault too.
			sent := false
			for i := max(0, j-5); i < j && !sent; i++ {
				sent = referralVerbs[string(fold[toks[i].fs:toks[i].fe])]
			}
			if !sent {
				continue
			}
		}
		return true
	}
	return false
}

// referralVerbs, folded, send the reader to whoever the writer refers
// him to: "tapez", "demandez", "dites", "appelez", "llamad", "decid",
// "digam", "liguem", "chiedete".
var referralVerbs = map[string]bool{
	"tapez": true, "demandez": true, "dites": true, "appelez": true, "contactez": true, "venez": true, "allez": true, "passez": true,
	"ecrivez": true, "mentionnez": true, "llamad": true, "llamadle": true, "llama": true, "decid": true, "decidle": true, "decile": true,
	"preguntad": true, "digam": true, "diga": true, "liguem": true, "ligue": true, "perguntem": true, "chiedete": true, "chiamate": true,
	"dite": true,
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

// sitePlugged reports whether a text with a link to a site of no public
// service gives a price paid for what the site does and recommends it:
// "Moi je passe par www.mes-demarches-express.com, ils font tout pour
// 29€, je recommande", "j'ai payé 80€ à un site qui m'en a trouvé un en 2
// jours, rdvfacile-titre.fr, je le conseille". (Read only with such a
// link.) Not an amount the writer is owed or was refunded ("I found I
// was owed £300 a month"): the price follows a word of paying ("pour",
// "for", "payé"); nor a recommendation denied ("je ne recommande pas"),
// nor a text opposing the site ("mais") or warning of a scam.
func sitePlugged(text string, toks []token, fold []byte) bool {
	if warnsOfScam(toks, fold) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if !toks[k].has(tokDigit) || !paidWords[string(fold[toks[k-1].fs:toks[k-1].fe])] || !isAmount(text, int(toks[k].ce)) && !currencyBefore(text, int(toks[k].cs)) {
			continue
		}
		// The price, the site and the recommendation in one sentence.
		s, e := sentenceOf(text, toks, k)
		if complains(toks[s:e+1], fold) || !hostIn(text, toks, s, e) {
			continue
		}
		for j := s; j <= e; j++ {
			list, ok := siteRecommends[string(fold[toks[j].fs:toks[j].fe])]
			if !ok {
				continue
			}
			for _, ph := range list {
				if phraseAt(toks, fold, j, e, ph) && !deniedAround(toks, fold, j, j+len(ph), e) {
					return true
				}
			}
		}
	}
	return false
}

// hostIn reports whether tokens s to e hold a web address: a word glued
// to the next by a full stop ("codeboost-academy.fr", "www.x.com").
func hostIn(text string, toks []token, s, e int) bool {
	for j := s; j < e; j++ {
		if toks[j].has(tokDot) && toks[j+1].cs == toks[j].ce+1 && toks[j+1].has(tokLetter) {
			return true
		}
	}
	return false
}

// deniedAround reports whether a negation stands in the two words before
// token a or the three after token b, within the sentence ending at e:
// "je ne recommande pas", "I recommend it to nobody", "ich empfehle sie
// niemandem", "wasn't worth it".
func deniedAround(toks []token, fold []byte, a, b, e int) bool {
	for i := max(0, a-2); i <= min(e, b+3); i++ {
		if (i < a || i > b) && recommendDenials[string(fold[toks[i].fs:toks[i].fe])] {
			return true
		}
	}
	return false
}

var (
	// paidWords, folded, stand before a price paid: "pour 29 €", "paid
	// £150", "por solo 35€", "payé 80€" (not "for", "just": "eligible for
	// £300 a month", a review's).
	paidWords = map[string]bool{
		"pour": true, "seulement": true, "solo": true, "nur": true, "apenas": true, "soli": true, "paye": true, "payee": true,
		"paid": true, "pague": true, "pagado": true, "pagato": true, "bezahlt": true, "paguei": true,
	}
	// siteRecommends, folded, recommend what the text names.
	siteRecommends = phraseMap(
		"je recommande", "je le recommande", "je la recommande", "je les recommande", "je vous le recommande", "je conseille",
		"je le conseille", "je vous le conseille", "je vous les conseille", "i recommend", "i d recommend", "highly recommend",
		"worth it", "worth every penny", "lo recomiendo", "te lo recomiendo", "os lo recomiendo", "recomendadisimo", "lo consiglio",
		"ve lo consiglio", "consigliatissimo", "kann ich empfehlen", "ich empfehle", "sehr zu empfehlen", "recomendo",
	)
	// recommendDenials, folded, deny a recommendation near it.
	recommendDenials = map[string]bool{
		"ne": true, "pas": true, "not": true, "never": true, "wouldn": true, "don": true, "t": true, "wasn": true, "no": true, "non": true,
		"nicht": true, "nao": true, "nunca": true, "jamais": true, "personne": true, "nobody": true, "niemandem": true, "nadie": true,
		"nessuno": true, "ninguem": true, "plutot": true, "instead": true,
	}
)
