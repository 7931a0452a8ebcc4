package moderation

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation/lexicon"
)

func TestShouting(t *testing.T) {
	e := newTestEngine(t, nil)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"a sentence in capitals is shouting", "JE SUIS EN COLÈRE CONTRE CE SERVICE", true},
		{"English in capitals is shouting", "STILL NO ANSWER AFTER SIX MONTHS", true},
		{"one emphasised word is not shouting", "J'ai attendu TROIS mois pour une carte grise.", false},
		{"acronyms are not shouting", "CAF URSSAF CPAM toujours injoignables", false},
		{"a short cry is not shouting", "MERCI !", false},
		{"capitals with acronyms still shouting", "LA CAF NE RÉPOND JAMAIS AU TÉLÉPHONE", true},
		{"ordinary text", "Très bon accueil, merci beaucoup.", false},
		{"short frequent words in capitals count", "THE CAF IS USELESS AND SO ARE YOU", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, fold := e.fold.tokenize(tt.text, nil, nil)
			e.names.annotate(toks, fold)
			if got := shouting(tt.text, toks); got != tt.want {
				t.Fatalf("shouting(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestSpam(t *testing.T) {
	f := newFolder()
	terms := map[string]int{"casino": 3, "bonus": 1, "code promo": 2, "€/jour": 3, "crypto": 2}
	s := newSpam(terms, []string{"gouv.fr", "ameli.fr"})
	a := newAbuse(f, &lexicon.Set{}, terms)
	tests := []struct {
		name     string
		text     string
		atLeast  int
		atMost   int
		gibberis bool
	}{
		{"casino advertising with a link is junk", "Casino bonus sur www.win-big.bet", spamReject, 99, false},
		{"promo code with a link in a real complaint is doubtful", "Service très lent à la CAF, trois semaines pour un rendez-vous. Pour vos papiers je recommande paperclip.io, code promo ABC", spamReview, spamReject - 1, false},
		{"a short advertisement with a link is junk", "Essais pas chers, code promo sur www.redac-express.shop", spamReject, 99, false},
		{"symbol term matched as written", "Gagnez 300€/jour avec la crypto", spamReview, 99, false},
		{"a public-service link is not spam", "voir impots.gouv.fr et ameli.fr", 0, 0, false},
		{"one spam word alone is not spam", "le casino de la ville est fermé", 0, spamReview - 1, false},
		{"an e-mail is not a link", "écrivez à marie@exemple.com", 0, 0, false},
		{"gibberish is junk", "sdfkj qsdlkfj mlkjmlkj azerty", spamReject, 99, true},
		{"a normal sentence", "Le dossier a été traité en deux semaines.", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, fold := f.tokenize(tt.text, nil, nil)
			for k := range toks {
				toks[k].info = &wordInfo{}
			}
			var n normalized
			n.normalize(f, tt.text)
			hits, _, _ := a.scan(&n, nil, nil, nil, new([]match), nil)
			var spamHits []spamHit
			for _, h := range hits {
				spamHits = append(spamHits, spamHit{id: h.id, start: h.start, end: h.end, weight: int(a.metas[h.id][0].severity)})
			}
			sc := s.score(tt.text, toks, fold, &n, spamHits, 0, false, hiddenMarkup{})
			if sc.score < tt.atLeast || sc.score > tt.atMost || sc.gibberish != tt.gibberis {
				t.Fatalf("score(%q) = %+v, want %d..%d gibberish=%v", tt.text, sc, tt.atLeast, tt.atMost, tt.gibberis)
			}
		})
	}
}

func TestDecisionPolicy(t *testing.T) {
	flag := func(k Kind, s Severity) Flag { return Flag{Kind: k, Severity: s} }
	tests := []struct {
		name   string
		policy DecisionPolicy
		flags  []Flag
		want   Decision
	}{
		{"no flag is published", DefaultDecisionPolicy(), nil, Publish},
		{"masked data is published", DefaultDecisionPolicy(), []Flag{flag(KindPersonName, SeverityInfo), flag(KindPersonalData, SeverityInfo)}, Publish},
		{"shouting is reviewed", DefaultDecisionPolicy(), []Flag{flag(KindShouting, SeverityLow)}, Review},
		{"an insult is reviewed", DefaultDecisionPolicy(), []Flag{flag(KindAbuse, SeverityMedium)}, Review},
		{"a threat is rejected", DefaultDecisionPolicy(), []Flag{flag(KindShouting, SeverityLow), flag(KindThreat, SeverityCritical)}, Reject},
		{"a kind can be forced", DecisionPolicy{Review: SeverityLow, Reject: SeverityHigh, Kinds: map[Kind]Decision{KindShouting: Publish}}, []Flag{flag(KindShouting, SeverityLow)}, Publish},
		{"a stricter policy rejects insults", DecisionPolicy{Review: SeverityLow, Reject: SeverityMedium}, []Flag{flag(KindAbuse, SeverityMedium)}, Reject},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.policy.Decide(tt.flags); got != tt.want {
				t.Fatalf("Decide = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	e := newTestEngine(t, nil)
	tests := []struct {
		name, text, hint, want string
	}{
		{"short French thanks", "ok merci", "", "fr"},
		{"a single word defaults to French", "top", "", "fr"},
		{"English sentence with French terms", "I applied for my carte de séjour at the préfecture and it took months.", "", "en"},
		{"French sentence", "Le délai de traitement de mon dossier est beaucoup trop long.", "", "fr"},
		{"Italian sentence", "Il personale della CAF è stato molto gentile con me.", "", "it"},
		{"Portuguese sentence", "O atendimento foi muito rápido e eu fiquei satisfeita.", "", "pt"},
		{"an ñ decides between French and Spanish frequent words", "Dolores me acompañó a la prefectura.", "", "es"},
		{"an ß decides a short German text", "Straße gesperrt, Bus fährt nicht", "", "de"},
		{"a Spanish surname in a French text", "Mme Peña m'a dit que le dossier était complet.", "", "fr"},
		{"the hint breaks a tie", "super", "en", "en"},
		{"an unsupported hint is ignored", "bien reçu", "xx", "fr"},
		{"a browser language tag is a hint", "super", "en-GB", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, fold := e.fold.tokenize(tt.text, nil, nil)
			e.names.annotate(toks, fold)
			if got := e.lang.detect(tt.text, toks, tt.hint); got != tt.want {
				t.Fatalf("detect(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestLetterVotes(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int
	}{
		{"año", map[string]int{"es": 2}},
		{"AÑO", map[string]int{"es": 2}},
		{"Straße, Tür", map[string]int{"de": 4}},
		{"boîte", map[string]int{"fr": 2}},
		{"lunedì", map[string]int{"it": 2}},
		{"très", map[string]int{"fr": 1, "it": 1}},
		{"canción", map[string]int{"es": 1, "pt": 1}},
		{"été", map[string]int{}},
	}
	for _, tt := range tests {
		var votes [nLangs]int
		found := letterVotes(tt.text, &votes)
		for i, v := range votes {
			if v != tt.want[langCode(i)] {
				t.Errorf("letterVotes(%q): %s has %d votes, want %d", tt.text, langCode(i), v, tt.want[langCode(i)])
			}
		}
		if found != (len(tt.want) > 0) {
			t.Errorf("letterVotes(%q) = %v", tt.text, found)
		}
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	tests := []struct {
		name  string
		opts  Options
		field string
	}{
		{"negative length", Options{MaxLength: -1}, "max_length"},
		{"unsupported language", Options{DefaultLang: "zz"}, "default_lang"},
		{"review above reject", Options{Policy: &DecisionPolicy{Review: SeverityHigh, Reject: SeverityLow}}, "policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(&tt.opts)
			if err == nil {
				t.Fatal("New accepted bad options")
			}
			if f := feedbackField(err); f != tt.field {
				t.Fatalf("error field = %q, want %q (%v)", f, tt.field, err)
			}
		})
	}
}

func feedbackField(err error) string { return feedback.ErrorField(err) }

func TestTrigramModelIsRestrictedToSupportedLanguages(t *testing.T) {
	d := newDetector("fr")
	if len(d.options.Whitelist) != nLangs {
		t.Fatalf("whitelist has %d languages, want %d", len(d.options.Whitelist), nLangs)
	}
	// No function word at all: the trigram model decides.
	e := newTestEngine(t, nil)
	text := "cheap viagra online pharmacy buy cialis without prescription best price"
	toks, fold := e.fold.tokenize(text, nil, nil)
	e.names.annotate(toks, fold)
	if got := e.lang.detect(text, toks, ""); got != "en" {
		t.Fatalf("detect = %s, want en", got)
	}
}

// TestSqueezeShortcut checks that squeeze, which copies a text it would
// leave as it is, gives what squeezing word by word gives.
func TestSqueezeShortcut(t *testing.T) {
	e := newTestEngine(t, nil)
	texts := heldOutTexts(t, e)
	// Every text of up to eight bytes of a few that matter.
	var gen func(prefix string)
	gen = func(prefix string) {
		texts = append(texts, prefix)
		if len(prefix) < 8 {
			for _, c := range []string{"a", "b", " ", "1", "*"} {
				gen(prefix + c)
			}
		}
	}
	gen("")
	for _, text := range texts {
		var fast, slow normalized
		for _, n := range []*normalized{&fast, &slow} {
			n.tmp = []byte(text)
			n.tpos = make([]int32, len(text))
			for i := range n.tpos {
				n.tpos[i] = int32(i * 3)
			}
		}
		fast.squeeze()
		slow.squeezeWords()
		if string(fast.text) != string(slow.text) || !slices.Equal(fast.pos, slow.pos) || fast.maxRun != slow.maxRun {
			t.Fatalf("squeeze(%q) = %q %v %d, want %q %v %d", text, fast.text, fast.pos, fast.maxRun, slow.text, slow.pos, slow.maxRun)
		}
	}
}

// TestUnsqueezed checks unsqueezed, which reads eight bytes at a time,
// against the same test a byte at a time, on texts long enough to cross
// several of those eight bytes.
func TestUnsqueezed(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "ab  1*0x\x00\xc3"
	for range 200000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		gotRun, gotOK := unsqueezed(b)
		wantRun, wantOK := unsqueezedBytes(b)
		if gotRun != wantRun || gotOK != wantOK {
			t.Fatalf("unsqueezed(%q) = %d %v, want %d %v", b, gotRun, gotOK, wantRun, wantOK)
		}
	}
}

// unsqueezedBytes is unsqueezed a byte at a time, as it was written
// before it read eight.
func unsqueezedBytes(src []byte) (maxRun int, ok bool) {
	last, run := byte(0), 0
	word, singles := 0, 0 // length of the current word, one-letter words just before it
	for _, c := range src {
		if c == last {
			// A run goes on: only then can a letter be written three
			// times or a space twice.
			run++
			if c == ' ' || run >= 3 && (c < '0' || c > '9') {
				return 0, false
			}
			if c >= 'a' && c <= 'z' {
				maxRun = max(maxRun, run)
			}
			word++
			continue
		}
		last, run = c, 1
		if c != ' ' {
			if maxRun == 0 && c >= 'a' && c <= 'z' {
				maxRun = 1
			}
			word++
			continue
		}
		if word != 1 {
			singles = 0
		} else if singles++; singles == 3 {
			return 0, false
		}
		word = 0
	}
	if word == 1 && singles == 2 {
		return 0, false
	}
	return maxRun, true
}

// TestFindRaw checks that the raw spam terms are found where a search
// of each term around every occurrence of its symbol finds them, on texts
// with more occurrences of a symbol than rawOccurrences lists.
func TestFindRaw(t *testing.T) {
	terms := map[string]int{"t.me": 3, "bit.ly": 3, "€/jour": 3, "100% gratuit": 2}
	s := newSpam(terms, nil)
	many := strings.Repeat("Un point. ", maxListed+3)
	for _, text := range []string{
		"rejoignez t.me/gain", "voir BIT.LY/x et t.me", "abit.ly n'est pas bit.ly",
		many + "t.me/x", many, "Gagnez 300€/jour", "100% GRATUIT", many + "100% gratuit " + many + "bit.ly",
	} {
		for i, term := range s.raw {
			want := -1
			sym, off := s.rawSyms[s.rawSym[i]], s.rawOff[i]
			for j := 0; j+len(sym) <= len(text); j++ {
				at := j - off
				if text[j:j+len(sym)] == sym && at >= 0 && at+len(term) <= len(text) && indexFold(text[at:at+len(term)], term) == 0 && (at == 0 || !isAlnumASCII(term[0]) || !isAlnumASCII(text[at-1])) {
					want = at
					break
				}
			}
			var syms rawOccurrences
			for k, sym := range s.rawSyms {
				syms.find(k, text, sym)
			}
			if got := s.findRaw(text, i, &syms); got != want {
				t.Errorf("findRaw(%q, %q) = %d, want %d", text, term, got, want)
			}
		}
	}
}

// turnBefore finds every turn its switch reads: turnShapes, which lets
// a word reach the switch, must not leave one out.
func TestTurnBefore(t *testing.T) {
	e := newTestEngine(t, nil)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Merci. PS je vends un vélo", 1}, {"Merci. P.S. je vends", 1}, {"Gracias. P.D. vendo", 1},
		{"PD vendo", 0}, {"Thanks, btw I sell", 1}, {"Danke. Übrigens verkaufe ich", 1},
		{"Danke. Nebenbei verkaufe ich", 1}, {"Obrigado. Aproveito para", 1}, {"Gracias. Aprovecho para", 1},
		{"Obrigado. Já agora, faço", 2}, {"Merci. Au passage, je", 2}, {"Merci, en passant je", 2},
		{"Gracias. Por cierto, vendo", 2}, {"Thanks. By the way, I", 3}, {"Gracias. A propósito, vendo", 2},
		{"Grazie. Tra l'altro vendo", 3},
		{"Merci pour votre passage et de sur ce way", -1}, {"Passage piéton, s d", -1},
	} {
		toks, fold := e.fold.tokenize(tc.text, nil, nil)
		if got := turnBefore(tc.text, toks, fold, int32(len(tc.text))); got != tc.want {
			t.Errorf("turnBefore(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
