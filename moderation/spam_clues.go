package moderation

import "strings"

// Clues of advertising the spam score reads besides its terms and links:
// discount codes, keywords said over and over, sites that borrow a public
// service's name, and the words of a citizen warning of a scam.

// couponWords are the folded words announcing a discount code.
var couponWords = map[string]bool{"code": true, "codes": true, "coupon": true, "promocode": true, "codigo": true, "codice": true, "gutschein": true, "gutscheincode": true, "rabattcode": true, "cupom": true, "cupon": true, "voucher": true}

// isCoupon reports whether w looks like a discount code: four to twelve
// capitals and digits, with both.
func isCoupon(w string) bool {
	if len(w) < 4 || len(w) > 12 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}

// keywordStuffed reports whether a word of four letters or more that is
// not a frequent word comes three times or more among the words of toks.
func keywordStuffed(toks []token, fold []byte) bool {
	for k, t := range toks {
		if !t.has(tokLetter) || t.has(tokDigit) || t.info.stop || t.fe-t.fs < 4 {
			continue
		}
		w, times := fold[t.fs:t.fe], 1
		for _, u := range toks[k+1:] {
			if string(fold[u.fs:u.fe]) == string(w) {
				times++
			}
		}
		if times >= 3 {
			return true
		}
	}
	return false
}

// pairStuffed reports whether two words in a row, neither a frequent
// word, come three times or more among the words of toks and make up a
// third of them: "aides CAF aides CAF aides CAF…", not a complaint that
// names "la CAF" or "le bus 12" three times.
func pairStuffed(toks []token, fold []byte) bool {
	words := 0
	for _, t := range toks {
		if t.has(tokLetter) && !t.has(tokMasked) {
			words++
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		if !a.has(tokLetter) || !b.has(tokLetter) || a.has(tokMasked) || b.has(tokMasked) || a.info.stop || b.info.stop {
			continue
		}
		times := 1
		for j := k + 2; j+1 < len(toks); j++ {
			if string(fold[toks[j].fs:toks[j].fe]) == string(fold[a.fs:a.fe]) && string(fold[toks[j+1].fs:toks[j+1].fe]) == string(fold[b.fs:b.fe]) {
				times++
				j++
			}
		}
		if times >= 3 && times*2*3 >= words {
			return true
		}
	}
	return false
}

// lookalikeNames are the names of public services a phishing site
// borrows; the services' own sites are trusted before this is asked.
var lookalikeNames = []string{"caf", "ameli", "cpam", "francetravail", "france-travail", "poleemploi", "pole-emploi", "ants", "impots", "urssaf", "vitale", "gouv", "prefecture", "cartegrise", "carte-grise", "naturalisation", "aide-etat", "aides-etat", "moncompteformation", "cpf", "assurance-maladie", "carsat", "msa",
	// Round 7: other services, fines, parcels, and words a fake site
	// uses to pass for the real one.
	"service-public", "servicepublic", "cheque-energie", "chequeenergie", "critair", "crit-air", "antai", "amende", "amendes",
	"colissimo", "chronopost", "laposte", "la-poste", "dhl", "zustellung", "zoll", "douane", "douanes",
	"officiel", "officielle", "verif", "verification"}

// lookalike reports whether host names a public service in one of its
// words ("caf-remboursement-droits.com", not "cafe-du-port.fr").
func lookalike(host string) bool {
	h := strings.ToLower(host)
	for _, name := range lookalikeNames {
		for i := 0; ; {
			j := strings.Index(h[i:], name)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(name)
			if (a == 0 || !isAlnumASCII(h[a-1])) && (b == len(h) || !isAlnumASCII(h[b]) || isDigit(h[b])) {
				return true
			}
			i = b
		}
	}
	return false
}

// scamWarnings are the words of a citizen warning others of a scam;
// scamWarningPairs the same in two words.
var (
	scamWarnings     = map[string]bool{"arnaque": true, "arnaques": true, "arnaqueurs": true, "phishing": true, "hameconnage": true, "escroquerie": true, "escroqueries": true, "escrocs": true, "scam": true, "scams": true, "scammers": true, "estafa": true, "estafas": true, "betrug": true, "truffa": true, "golpe": true, "fraude": true, "frauduleux": true}
	scamWarningPairs = map[[2]string]bool{{"faux", "site"}: true, {"faux", "sms"}: true, {"faux", "mail"}: true, {"ne", "cliquez"}: true, {"soi", "disant"}: true, {"signal", "spam"}: true, {"not", "click"}: true, {"t", "click"}: true,
		{"please", "warn"}: true, {"never", "contacts"}: true, {"jamais", "par"}: true, {"contacte", "jamais"}: true, {"prevenez", "vos"}: true}
)

// warnsOfScam reports whether the text warns of a scam.
func warnsOfScam(toks []token, fold []byte) bool {
	for k, t := range toks {
		w := string(fold[t.fs:t.fe])
		if scamWarnings[w] {
			return true
		}
		if k > 0 && scamWarningPairs[[2]string{string(fold[toks[k-1].fs:toks[k-1].fe]), w}] {
			return true
		}
	}
	return false
}

// dotNames are the names of a dot in a web address.
var dotNames = map[string]bool{"point": true, "dot": true, "punto": true, "punkt": true, "ponto": true}

// spaceDot reports whether a dot of text follows a space (" .com").
func spaceDot(text string) bool {
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], '.')
		if j < 0 {
			return false
		}
		i += j
		if i > 0 && text[i-1] == ' ' {
			return true
		}
	}
	return false
}

// disguisedLink returns where the first link written to escape filters
// stands in text: "hxxp" for http, a dot in brackets ("[.]", "(.)",
// "[dot]"), or a top-level domain after a dot spelled out ("point fr",
// "dot com") or set apart by spaces ("roi . com").
func (s *spam) disguisedLink(text string, toks []token, fold []byte, dotWord bool) (int32, int32, bool) {
	// An e-mail address written so ("sarah [at] ellison-design [dot]
	// com", "camille point renaud arobase laposte point net") is the
	// writer's own, masked as personal data before: not read here.
	// The marks are found from their rare bytes, x, X, [ and (, each
	// searched for at machine speed.
	for _, c := range [...]byte{'x', 'X', '[', '('} {
		for i := 0; i < len(text); i++ {
			j := strings.IndexByte(text[i:], c)
			if j < 0 {
				break
			}
			i += j
			a, b := -1, -1
			switch c {
			case 'x', 'X':
				if i >= 1 && text[i-1]|0x20 == 'h' && i+2 < len(text) && text[i+1]|0x20 == 'x' && text[i+2]|0x20 == 'p' {
					a, b = i-1, i+3
				}
			default:
				close := byte(']')
				if c == '(' {
					close = ')'
				}
				if rest := text[i+1:]; len(rest) >= 2 && rest[0] == '.' && rest[1] == close {
					a, b = i, i+3
				} else if len(rest) >= 4 && rest[:3] == "dot" && rest[3] == close {
					a, b = i, i+5
				}
			}
			if a >= 0 && !maskedAt(toks, int32(a), 1) {
				return int32(a), int32(b), true
			}
		}
	}
	// The words are read only when the text holds a dot's name (dotWord,
	// from the caller's reading of the words) or a dot after a space:
	// most texts hold neither.
	if !dotWord && !spaceDot(text) {
		return 0, 0, false
	}
	for k := 1; k < len(toks); k++ {
		// Most words are neither a domain nor after a dot or a dot's
		// name: the bytes before them tell, before any lookup.
		t := &toks[k]
		c := t.cs
		if t.ce-c > 4 || c < 2 || !t.has(tokLetter) || t.has(tokDigit) || t.has(tokMasked) {
			continue
		}
		p := &toks[k-1]
		// "roi . com", "roi .com": a dot standing alone before it.
		dot := text[c-1] == '.' && text[c-2] == ' ' || c >= 3 && text[c-1] == ' ' && text[c-2] == '.' && text[c-3] == ' '
		// "credit-express point fr", each word a space apart, the
		// domain ending a phrase; not "faire le point. Ça change",
		// "un punto de información".
		spelled := false
		if n := p.fe - p.fs; n >= 3 && n <= 5 && k >= 2 && c == p.ce+1 && text[p.ce] == ' ' {
			switch string(fold[p.fs:p.fe]) {
			case "point", "dot", "punto", "punkt", "ponto":
				q := &toks[k-2]
				last := k+1 == len(toks) || strings.TrimSpace(text[t.ce:toks[k+1].cs]) != ""
				spelled = last && q.ce == p.cs-1 && text[p.cs-1] == ' ' && q.has(tokLetter) && isHostByte(text[q.ce-1])
			}
		}
		if !dot && !spelled || !s.tlds[string(fold[t.fs:t.fe])] {
			continue
		}
		if spelled {
			return toks[k-2].cs, t.ce, true
		}
		return p.cs, t.ce, true
	}
	return 0, 0, false
}

// maskedAt reports whether byte i of the text is in a masked token, or
// at most slack bytes from one: the brackets of "[dot]" stand between
// the tokens of an address.
func maskedAt(toks []token, i, slack int32) bool {
	for _, t := range toks {
		if t.has(tokMasked) && t.cs-slack <= i && i < t.ce+slack {
			return true
		}
	}
	return false
}
