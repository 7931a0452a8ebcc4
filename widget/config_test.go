package widget_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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
