package moderation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// newTestEngine builds an engine with the embedded lexicon. An engine is
// read-only once built and safe for concurrent use, so the tests of the
// default options share one: built for each of some two hundred tests, it
// made most of the package's time under the race detector.
func newTestEngine(t testing.TB, opts *Options) *Engine {
	t.Helper()
	if opts == nil {
		e, err := defaultTestEngine()
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		return e
	}
	e, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

// defaultTestEngine is the engine of the default options the tests share.
var defaultTestEngine = sync.OnceValues(func() (*Engine, error) { return New(nil) })

// engineCase is an invented contribution and what the engine must make of
// it. These texts are written for the tests, not taken from the dev
// corpus: they check that rules generalise.
type engineCase struct {
	name     string
	text     string
	decision Decision
	kinds    []Kind   // flags that must be present
	absent   []Kind   // flags that must not be present
	gone     []string // words that must not appear in the result
	kept     []string // words that must appear in the result
	lang     string   // expected language, if set
	// modelReviews marks a fair text that the rules publish and a
	// statistical model (threats, or abuse) sends to a moderator: the
	// expectations above are the rules' (checked with NoModels), and the
	// engine with its models must give the same text and flags plus one
	// flag of a model, and a review, never a rejection. Only for the
	// engine of the default options, which rulesOnly mirrors.
	modelReviews bool
}

// rulesOnly is the engine without its models, for the cases whose
// expectations are the rules' (modelReviews).
var rulesOnly = sync.OnceValues(func() (*Engine, error) { return New(&Options{NoModels: true}) })

// moderateTwice moderates text, then the text that came out: a second
// reading must agree with the first.
func moderateTwice(t *testing.T, e *Engine, text string) (first, second Result) {
	t.Helper()
	first, err := e.Moderate(context.Background(), Input{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	second, err = e.Moderate(context.Background(), Input{Text: first.Text})
	if err != nil {
		t.Fatal(err)
	}
	return first, second
}

func runEngineCases(t *testing.T, e *Engine, cases []engineCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := e.Moderate(context.Background(), Input{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if tc.modelReviews {
				if !e.models.threat || e.models.threatMin != DefaultThreatModelThreshold {
					t.Fatal("modelReviews needs the engine of the default options")
				}
				rules, err := rulesOnly()
				if err != nil {
					t.Fatal(err)
				}
				withModels := res
				if res, err = rules.Moderate(context.Background(), Input{Text: tc.text}); err != nil {
					t.Fatal(err)
				}
				checkModelReview(t, res, withModels)
			}
			kinds := res.Kinds()
			if tc.decision != "" && res.Decision != tc.decision {
				t.Errorf("decision = %s, want %s (flags %v, text %q)", res.Decision, tc.decision, res.Flags, res.Text)
			}
			for _, k := range tc.kinds {
				if !slices.Contains(kinds, k) {
					t.Errorf("flag %s missing; flags %v, text %q", k, kinds, res.Text)
				}
			}
			for _, k := range tc.absent {
				if slices.Contains(kinds, k) {
					t.Errorf("unexpected flag %s; flags %+v", k, res.Flags)
				}
			}
			for _, w := range tc.gone {
				if strings.Contains(strings.ToLower(res.Text), strings.ToLower(w)) {
					t.Errorf("%q still in %q", w, res.Text)
				}
			}
			for _, w := range tc.kept {
				if !strings.Contains(res.Text, w) {
					t.Errorf("%q lost from %q", w, res.Text)
				}
			}
			if tc.lang != "" && res.Lang != tc.lang {
				t.Errorf("lang = %s, want %s", res.Lang, tc.lang)
			}
		})
	}
}

// checkModelReview checks that the engine with its models (with) made of a
// text what the rules alone made of it (rules), plus the threat model's
// flag and a review.
func checkModelReview(t *testing.T, rules, with Result) {
	t.Helper()
	if with.Decision != Review || with.Text != rules.Text {
		t.Errorf("with the models: %s %q, want review of %q", with.Decision, with.Text, rules.Text)
	}
	model := 0
	for _, f := range with.Flags {
		if (f.Kind == KindThreat || f.Kind == KindAbuse) && strings.Contains(f.Reason, "statistical model") {
			model++
		} else if !slices.ContainsFunc(rules.Flags, func(g Flag) bool { return g.Kind == f.Kind && g.Reason == f.Reason }) {
			t.Errorf("with the models, flag %+v the rules did not give", f)
		}
	}
	if model != 1 {
		t.Errorf("with the models: %d flags of a model, want 1 (flags %+v)", model, with.Flags)
	}
	for _, g := range rules.Flags {
		if !slices.ContainsFunc(with.Flags, func(f Flag) bool { return f.Kind == g.Kind && f.Reason == g.Reason }) {
			t.Errorf("with the models, the rules' flag %+v is missing", g)
		}
	}
}

func TestEngineNames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "name after Mme with a hyphenated surname is masked", text: "Merci à Mme Lefèvre-Moreau pour son aide précieuse.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lefèvre", "Moreau"}, kept: []string{"Mme [nom masqué]"}},
		{name: "name after a role word and a comma is masked", text: "La gestionnaire, Samira Benhamou, a été très claire au téléphone.", decision: Publish, gone: []string{"Samira", "Benhamou"}, kept: []string{"gestionnaire"}},
		{name: "first name alone is masked", text: "Un grand merci à Kevin du guichet 4, très patient.", decision: Publish, gone: []string{"Kevin"}, kept: []string{"guichet 4", "patient"}},
		{name: "first name with an accent is masked", text: "J'ai été reçue par Aïcha, vraiment efficace.", gone: []string{"Aïcha"}},
		{name: "doctor masked, hospital named after a person kept", text: "Le Dr Roussel de l'hôpital Édouard Herriot m'a orienté vers la CPAM.", gone: []string{"Roussel"}, kept: []string{"hôpital Édouard Herriot", "CPAM"}},
		{name: "streets, schools and towns named after people are kept", text: "J'habite boulevard Victor Hugo, près du collège Jean Moulin, à Saint-Malo.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"boulevard Victor Hugo", "collège Jean Moulin", "Saint-Malo"}},
		{name: "English title and name masked", text: "Thanks to Mrs Whitfield at the tax office, she sorted everything.", decision: Publish, gone: []string{"Whitfield"}, kept: []string{"[name removed]", "tax office"}, lang: "en"},
		{name: "English role word and full name masked", text: "The officer, Daniel Carter, was rude and refused my form.", gone: []string{"Daniel", "Carter"}},
		{name: "first name that is a word, with a surname, is masked", text: "Pierre Lemaire m'a rappelé dans l'heure, merci.", gone: []string{"Pierre", "Lemaire"}},
		{name: "a word that is also a first name is kept", text: "La France est un pays où la pierre se travaille bien.", absent: []Kind{KindPersonName}, kept: []string{"France", "pierre"}},
		{name: "institutions are never names", text: "Je suis passé par France Services puis par La Poste et France Travail.", absent: []Kind{KindPersonName}, kept: []string{"France Services", "La Poste", "France Travail"}},
		{name: "lower-case writer's first name is masked", text: "merci a nadia de la caf elle a tout debloque en 5 min", gone: []string{"nadia"}, kept: []string{"caf"}},
		{name: "lower-case title and surname are masked", text: "j'ai vu mr lambert a l'accueil il etait sympa", gone: []string{"lambert"}},
		{name: "name in capitals after a title is masked", text: "MERCI A MME PETIT POUR SA GENTILLESSE", gone: []string{"PETIT"}, kinds: []Kind{KindPersonName, KindShouting}},
		{name: "particles belong to the name after a title", text: "Le chef de service, M. de Villiers, ne répond jamais.", gone: []string{"Villiers"}},
		{name: "acronyms are not names", text: "CAF, MSA et CPAM me renvoient vers la MDPH.", absent: []Kind{KindPersonName}, kept: []string{"CAF", "MSA", "CPAM", "MDPH"}},
		{name: "letter greeting Madame, Monsieur is not a name", text: "Madame, Monsieur, je vous écris au sujet de mon dossier.", absent: []Kind{KindPersonName}},
		{name: "Spanish title and name masked", text: "El señor Gutiérrez de la prefectura fue muy amable.", gone: []string{"Gutiérrez"}, lang: "es"},
	})
}

func TestEngineAgentDirectory(t *testing.T) {
	e := newTestEngine(t, &Options{Agents: map[string][]string{
		"caf-94": {"Gwenaëlle Kerbrat"},
		"":       {"Ondine Vasseur"},
	}})
	tests := []struct {
		name, service, text, gone string
	}{
		{"directory name in lower case without accents", "caf-94", "gwenaelle a traité mon dossier", "gwenaelle"},
		{"directory surname with a typo", "caf-94", "Mme Kerbat m'a reçu", "Kerbat"},
		{"directory surname alone in capitals", "caf-94", "merci KERBRAT", "KERBRAT"},
		{"directory for every service", "autre", "vasseur est efficace", "vasseur"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Moderate(context.Background(), Input{Text: tt.text, Service: tt.service})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(res.Text, tt.gone) {
				t.Fatalf("%q still in %q", tt.gone, res.Text)
			}
		})
	}
	res, _ := e.Moderate(context.Background(), Input{Text: "kerbrat a traité mon dossier", Service: "autre"})
	if !strings.Contains(res.Text, "kerbrat") {
		t.Fatalf("another service's agent masked: %q", res.Text)
	}
}

func TestEnginePersonalData(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a judge's name is masked", text: "Le juge Martel ferait bien de relire le dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Martel"}},
		{name: "a professor's name after the title is masked", text: "Profesor Dufresne, me ha suspendido otra vez.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Dufresne"}},
		{name: "a name of short words is masked where it is repeated", text: "Merci au Dr Li Wu. Li Wu est parfait.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Li", "Wu"}},
		{name: "phone with (0) is masked", text: "Rappelez-moi au +33 (0)6 12 34 56 78 merci", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"12 34 56 78"}, kept: []string{"[téléphone masqué]"}},
		{name: "e-mail masked with an English placeholder", text: "Please write to me at kate.b@example.co.uk about my file.", gone: []string{"kate.b@example.co.uk"}, kept: []string{"[e-mail removed]"}},
		{name: "announced benefit number masked, case number kept", text: "Mon numéro d'allocataire 7654321, dossier n° 2024-118 toujours bloqué.", gone: []string{"7654321"}, kept: []string{"2024-118"}},
		{name: "dates and amounts are kept", text: "Versement de 312,40 € reçu le 05/06/2024, merci.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"312,40 €", "05/06/2024"}},
	})
}

func TestEngineAbuse(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "mild profanity in a fair complaint is profanity, reviewed", text: "Putain, trois heures d'attente pour un simple papier.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "English profanity about a website is profanity", text: "The website is shit, it crashes every time I upload a file.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "insult at an agent is abuse", text: "La dame de l'accueil est une vraie connasse.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "leetspeak insult is abuse", text: "le gars du guichet est un c0nnard", kinds: []Kind{KindAbuse}},
		{name: "dotted insult is abuse", text: "vous êtes des c.o.n.n.a.r.d.s", kinds: []Kind{KindAbuse}},
		{name: "Cyrillic look-alike insult is abuse", text: "quel с\u043ennard ce type", kinds: []Kind{KindAbuse}},
		{name: "full-width insult is abuse", text: "ｃｏｎｎａｒｄ au guichet", kinds: []Kind{KindAbuse}},
		{name: "stretched insult is abuse", text: "espèce d'abruuuuuti", kinds: []Kind{KindAbuse}},
		{name: "hyphen-split insult is abuse", text: "ce conseiller est un enc-ulé", kinds: []Kind{KindAbuse}},
		{name: "profanity aimed at officials is abuse", text: "Bureaucrates de merde, jamais là quand il faut.", kinds: []Kind{KindAbuse}},
		{name: "English insult aimed at people", text: "those clerks are fucking morons", kinds: []Kind{KindAbuse}},
		{name: "slur is rejected", text: "encore une bande de bougnoules au guichet", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "threat with a weapon is rejected", text: "Si je n'ai pas ma pension je reviendrai avec un couteau.", decision: Reject, kinds: []Kind{KindThreat, KindAbuse}},
		{name: "English threat is rejected", text: "I'm going to kill the guy at the desk if he refuses again.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "French threat of violence is rejected", text: "je vais te crever sale fonctionnaire", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "innocent words with offensive substrings", text: "J'ai consulté le conseil, contacté la députée de Mâcon, analysé ma réputation sur l'ordinateur. Computer class in Scunthorpe, then Bitche.", decision: Publish, absent: []Kind{KindAbuse, KindProfanity}, kept: []string{"conseil", "Mâcon", "députée", "réputation", "Scunthorpe", "Bitche", "Computer"}},
		{name: "fair criticism is not abuse", text: "Service lent et incompétent, c'est scandaleux, trois mois sans réponse.", decision: Publish, absent: []Kind{KindAbuse, KindProfanity}},
		{name: "please in German is not a French vulgarity", text: "Bitte rufen Sie mich zurück, danke.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "Spanish con is not a French insult", text: "Fui con mi hija a la CAF y nos atendieron muy bien.", decision: Publish, absent: []Kind{KindAbuse}},
	})
}

func TestEngineShoutingSpamMarkupLanguage(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a text in capitals is shouting", text: "JE SUIS TRÈS EN COLÈRE CONTRE LA CAF QUI NE RÉPOND PAS", decision: Review, kinds: []Kind{KindShouting}},
		{name: "one emphasised word is not shouting", text: "Le site de l'URSSAF ne marche PAS depuis hier soir.", decision: Publish, absent: []Kind{KindShouting}},
		{name: "acronyms are not shouting", text: "CAF CPAM URSSAF MSA ANTS : tous contactés, aucune réponse.", absent: []Kind{KindShouting}},
		{name: "advertising with a link is spam", text: "Achetez des abonnés Instagram pas chers, livraison en 24h, promo sur www.boost-followers.shop", kinds: []Kind{KindSpam}},
		{name: "casino advertising is rejected", text: "Jackpot garanti ! Casino en ligne, bonus de bienvenue 200 %, inscrivez-vous sur www.golden-win.bet", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "gibberish is rejected as junk", text: "qsdfg hjklm wxcvb azerty poiuy", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a public-service link is not spam", text: "Sur service-public.fr et ameli.fr tout est expliqué, c'est bien fait.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "markup is removed and reviewed", text: "Bon accueil <b onclick=\"x()\">vraiment</b> <script>evil()</script>", decision: Review, kinds: []Kind{KindMarkup}, gone: []string{"<", "script", "onclick"}},
		{name: "short French text stays French", text: "ok merci", lang: "fr", decision: Publish},
		{name: "short thanks in English", text: "thank you so much", lang: "en"},
		{name: "Spanish text", text: "Muchas gracias por todo, la atención fue muy rápida.", lang: "es"},
		{name: "German text", text: "Die Mitarbeiterin war sehr freundlich und hat mir geholfen.", lang: "de"},
		{name: "unclear text defaults to French", text: "super", lang: "fr"},
	})
}

func TestEngineIsSafeForConcurrentUse(t *testing.T) {
	e := newTestEngine(t, &Options{Agents: map[string][]string{"demo": {"Ondine Vasseur"}}})
	texts := []string{
		"Merci à Mme Dupont, tel 06 12 34 56 78",
		"QUEL CONNARD CE CONSEILLER",
		"<b>vasseur</b> a été top",
		"casino bonus www.win.bet code promo",
		"Je vais revenir avec un fusil",
	}
	want := make([]Result, len(texts))
	for i, text := range texts {
		want[i], _ = e.Moderate(context.Background(), Input{Text: text, Service: "demo"})
	}
	done := make(chan error)
	for g := range 8 {
		go func() {
			for n := range 200 {
				i := (g + n) % len(texts)
				got, err := e.Moderate(context.Background(), Input{Text: texts[i], Service: "demo"})
				if err == nil && (got.Text != want[i].Text || got.Decision != want[i].Decision) {
					err = fmt.Errorf("text %d: got %q %s, want %q %s", i, got.Text, got.Decision, want[i].Text, want[i].Decision)
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

func TestModerateStopsWhenContextIsDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := newTestEngine(t, nil).Moderate(ctx, Input{Text: "bonjour"}); err == nil {
		t.Fatal("Moderate ran with a cancelled context")
	}
}
