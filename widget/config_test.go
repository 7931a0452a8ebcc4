package widget_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/avisproject/avis/widget"
)

func (e *env) testConfiguration(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		placement   string // "inline", "floating"
		lang        string
	}{
		{"mount selector places the button inline", "mount=1", "inline", "fr"},
		{"no mount floats the button", "", "floating", "fr"},
		{"a selector matching nothing floats the button", "mount=" + url.QueryEscape("#nope"), "floating", "fr"},
		{"a broken selector floats the button", "mount=" + url.QueryEscape("##"), "floating", "fr"},
		{"html lang picks English", "lang=en", "floating", "en"},
		{"an unknown html lang falls back to French", "lang=de", "floating", "fr"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := e.newTab(t)
			tb.open(e.host.URL + "/page?bare=1&" + tc.query)
			got := eval[struct {
				Placement string `json:"placement"`
				Lang      string `json:"lang"`
				Label     string `json:"label"`
			}](tb, `(() => { const h = document.querySelector('avis-feedback'), b = h.shadowRoot.querySelector('button.open');
  return {placement: h.parentElement.id === 'avis' ? 'inline' : (getComputedStyle(h).position === 'fixed' ? 'floating' : 'elsewhere'),
    lang: b.closest('[lang]').lang, label: b.textContent}; })()`)
			if got.Placement != tc.placement || got.Lang != tc.lang {
				t.Errorf("button %+v, want %s in %s", got, tc.placement, tc.lang)
			}
		})
	}
	t.Run("missing data-service renders nothing and warns", func(t *testing.T) {
		tb := e.newTab(t)
		tb.do(chromedp.Navigate(e.host.URL + "/page?bare=1&service="))
		tb.waitFor("the page", `document.readyState === 'complete'`)
		if n := eval[int](tb, `document.querySelectorAll('avis-feedback').length`); n != 0 {
			t.Errorf("%d widgets rendered without a service", n)
		}
		// Console events arrive asynchronously: give them a moment.
		deadline := time.Now().Add(5 * time.Second)
		for !strings.Contains(strings.Join(tb.problems(), "\n"), "data-service") {
			if time.Now().After(deadline) {
				t.Fatalf("no console warning about data-service; console: %q", tb.problems())
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

// testWordTables evaluates the WORDS table of widget.js and checks that
// every language has every word, with the same %s placeholders.
func (e *env) testWordTables(t *testing.T) {
	src := string(widget.Source())
	start := strings.Index(src, "const WORDS = {")
	end := strings.Index(src[start:], "\n  };\n")
	if start < 0 || end < 0 {
		t.Fatal("cannot find the WORDS table in widget.js")
	}
	table := src[start+len("const WORDS = ") : start+end+len("\n  }")]
	tb := e.newTab(t)
	problems := eval[[]string](tb, `(() => { const W = `+table+`, bad = [];
const walk = (a, b, path, lang) => {
  for (const k of Object.keys(a)) {
    if (!(k in b)) { bad.push(lang + ' lacks ' + path + k); continue; }
    if (typeof a[k] === 'object') walk(a[k], b[k], path + k + '.', lang);
    else if ((a[k].match(/%s/g) || []).length !== (b[k].match(/%s/g) || []).length) bad.push(lang + ' ' + path + k + ' has other placeholders');
  }
};
for (const lang of Object.keys(W)) { walk(W.fr, W[lang], '', lang); walk(W[lang], W.fr, '', 'fr (vs ' + lang + ')'); }
return bad; })()`)
	for _, p := range problems {
		t.Error(p)
	}
}

// testSubresourceIntegrity loads the versioned URL with the published hash
// from another origin, as a cautious host would, and with a wrong hash.
func (e *env) testSubresourceIntegrity(t *testing.T) {
	t.Run("published hash runs the widget", func(t *testing.T) {
		tb := e.newTab(t)
		tb.open(e.host.URL + "/page?bare=1&sri=good")
		if p := tb.problems(); len(p) > 0 {
			t.Errorf("console errors with the published integrity:\n%s", strings.Join(p, "\n"))
		}
	})
	t.Run("a wrong hash blocks it", func(t *testing.T) {
		tb := e.newTab(t)
		tb.do(chromedp.Navigate(e.host.URL + "/page?bare=1&sri=bad"))
		tb.waitFor("the page", `document.readyState === 'complete'`)
		if n := eval[int](tb, `document.querySelectorAll('avis-feedback').length`); n != 0 {
			t.Errorf("%d widgets ran despite a wrong integrity hash", n)
		}
	})
}
