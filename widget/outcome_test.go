package widget_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/avisproject/avis/feedback"
)

func (e *env) testOutcomes(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		status           feedback.Status
		says             []string
		link             string
	}{
		{"masked phone is published with a notice", "fr", "Appelez-moi au 06 12 34 56 78 pour en parler, merci.",
			feedback.StatusPublished, []string{"Merci, votre avis est publié.", "Des noms ou des données personnelles ont été masqués."}, "/s/demo/avis/"},
		{"shouting waits for a moderator", "fr", "C EST SCANDALEUX PERSONNE NE REPOND AU TELEPHONE DEPUIS TROIS SEMAINES",
			feedback.StatusPending, []string{"Un modérateur le lira avant sa publication."}, "/s/demo/avis/"},
		{"a threat is refused with its reason", "fr", "Je vais venir vous casser la gueule au guichet, bande de connards.",
			feedback.StatusRejected, []string{"Votre avis ne peut pas être publié : il contient des menaces."}, "/s/demo"},
		{"a threat in English is refused in English", "en", "I will kill the clerk who lost my file.",
			feedback.StatusRejected, []string{"Your feedback cannot be published: it contains threats."}, "/s/demo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := e.newTab(t)
			tb.open(e.host.URL + "/page?bare=1&lang=" + tc.lang)
			tb.openDialog()
			fill(tb, "bad", tc.text, "")
			send(tb)
			tb.waitFor("the outcome", inShadow(`return r.querySelector('form').hidden`))
			status := tb.status()
			for _, s := range tc.says {
				if !strings.Contains(status, s) {
					t.Errorf("outcome %q does not say %q", status, s)
				}
			}
			href := eval[string](tb, inShadow(`return r.querySelector('[role=status] a')?.href || ''`))
			if !strings.HasPrefix(href, e.avis.URL+tc.link) {
				t.Errorf("outcome link %q, want it under %s%s", href, e.avis.URL, tc.link)
			}
			got := e.stored(t, tc.text)
			if len(got) != 1 || got[0].Status != tc.status {
				t.Fatalf("stored %d contributions, want one %s", len(got), tc.status)
			}
		})
	}
}

func (e *env) testHints(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?bare=1&lang=fr")
	tb.openDialog()
	hints := func() string {
		return eval[string](tb, inShadow(`return r.querySelector('#avis-text ~ [aria-live=polite]').textContent`))
	}
	for _, tc := range []struct {
		name, text, counter string
		want, not           []string
	}{
		{"plain text gets no warning", "Tout s’est bien passé.", "22 caractères sur 2000", nil, []string{"majuscules", "semble contenir"}},
		{"capitals are warned about", "PERSONNE NE RÉPOND JAMAIS AU TÉLÉPHONE", "38 caractères sur 2000", []string{"écrit en majuscules"}, []string{"semble contenir"}},
		{"e-mail, phone and NIR are spotted", "Écrivez à jean@exemple.fr ou au 06 12 34 56 78, NIR 1 85 05 78 006 084 36", "",
			[]string{"une adresse électronique, un numéro de téléphone, un numéro de sécurité sociale"}, []string{"majuscules"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fill(tb, "", tc.text, "")
			if tc.counter != "" {
				if c := eval[string](tb, inShadow(`return r.querySelector('#avis-c-text').textContent`)); c != tc.counter {
					t.Errorf("counter %q, want %q", c, tc.counter)
				}
			}
			for _, w := range tc.want {
				if err := tb.poll(inShadow(`return r.querySelector('#avis-text ~ [aria-live=polite]').textContent.includes(` + jsString(w) + `)`)); err != nil {
					t.Errorf("hint %q never shown; hints are %q", w, hints())
				}
			}
			// Hints are debounced: wait past the delay before checking absences.
			eval[chromedp.Void](tb, `new Promise((ok) => setTimeout(() => ok(null), 500))`)
			for _, n := range tc.not {
				if h := hints(); strings.Contains(h, n) {
					t.Errorf("hints %q contain %q", h, n)
				}
			}
		})
	}
}

// testPrefix loads the widget from avis mounted under /avis/: it posts
// there, links to the contribution's page there, and that page shows it.
func (e *env) testPrefix(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?bare=1&via=prefix")
	tb.openDialog()
	const story = "Dossier traité en dix jours par la mairie, merci pour la clarté des explications."
	fill(tb, "good", story, "")
	send(tb)
	tb.waitFor("the outcome", inShadow(`return r.querySelector('form').hidden`))
	got := e.stored(t, story)
	if len(got) != 1 || got[0].Status != feedback.StatusPublished {
		t.Fatalf("stored %d contributions, want one published", len(got))
	}
	href := eval[string](tb, inShadow(`return r.querySelector('[role=status] a')?.href || ''`))
	if want := e.prefixed.URL + "/avis/s/demo/avis/" + got[0].ID; href != want {
		t.Fatalf("outcome link %q, want %q", href, want)
	}
	tb.do(chromedp.Navigate(href))
	page := eval[string](tb, `document.body.innerText`)
	if !strings.Contains(page, story) {
		t.Errorf("the contribution's page does not show it: %.400s", page)
	}
	if rules := eval[int](tb, `document.styleSheets.length ? document.styleSheets[0].cssRules.length : 0`); rules == 0 {
		t.Errorf("the contribution's page under the prefix has no stylesheet")
	}
}
