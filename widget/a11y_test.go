package widget_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axeTags are the rule sets of WCAG 2.1 levels A and AA.
const axeTags = `['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']`

// axeResult is what the page returns from axe.run.
type axeResult struct {
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	} `json:"violations"`
	// ShadowChecked counts the checks axe passed on nodes inside the
	// widget's shadow root, so zero violations cannot mean "not looked at".
	ShadowChecked int `json:"shadowChecked"`
}

// checkAxe injects axe-core into the page and fails on any WCAG 2.1 A or
// AA violation in the whole document, the widget's shadow root included.
func (e *env) checkAxe(t *testing.T, tb *tab, state string) {
	t.Helper()
	if !eval[bool](tb, `typeof window.axe === 'object'`) {
		eval[chromedp.Void](tb, e.axe+"\n;null")
	}
	res := eval[axeResult](tb, `axe.run(document, {runOnly: {type: 'tag', values: `+axeTags+`}, resultTypes: ['violations', 'passes']})
  .then((r) => ({
    violations: r.violations.map((v) => ({id: v.id, impact: v.impact || '', help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || ''))})),
    shadowChecked: r.passes.reduce((k, p) => k + p.nodes.filter((n) => Array.isArray(n.target[0])).length, 0),
  }))`)
	for _, v := range res.Violations {
		t.Errorf("%s: axe %s (%s): %s\n  %s", state, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n  "))
	}
	if res.ShadowChecked == 0 {
		t.Errorf("%s: axe checked nothing inside the widget's shadow root", state)
	}
}

func (e *env) testAxe(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		for _, width := range []int64{320, 1280} {
			t.Run(fmt.Sprintf("%s at %d px", lang, width), func(t *testing.T) {
				tb := e.newTab(t)
				tb.do(chromedp.EmulateViewport(width, 800))
				tb.open(e.host.URL + "/page?bare=1&lang=" + lang)
				e.checkAxe(t, tb, "button only")
				tb.openDialog()
				e.checkAxe(t, tb, "dialog open")
				if txt := eval[string](tb, inShadow(`return r.textContent`)); strings.Contains(txt, "undefined") || strings.Contains(txt, "%s") {
					t.Errorf("a %s word is missing from the table: %q", lang, txt)
				}
				send(tb)
				tb.waitFor("errors", inShadow(`return r.querySelector('#avis-text').getAttribute('aria-invalid') === 'true'`))
				e.checkAxe(t, tb, "errors shown")
				fill(tb, "good", "Rien à signaler, tout était simple.", "")
				send(tb)
				tb.waitFor("the outcome", inShadow(`return r.querySelector('form').hidden`))
				e.checkAxe(t, tb, "outcome shown")
				noHorizontalScroll(t, tb)
			})
		}
	}
	t.Run("the demo site in French and English", func(t *testing.T) {
		tb := e.newTab(t)
		for _, path := range []string{"/", "/en/"} {
			tb.open(e.avis.URL + path)
			e.checkAxe(t, tb, path+" with the button")
			tb.openDialog()
			e.checkAxe(t, tb, path+" with the dialog open")
		}
	})
	t.Run("inline in the DSFR page", func(t *testing.T) {
		tb := e.newTab(t)
		tb.open(e.host.URL + "/dsfr-page?mount=1")
		tb.openDialog()
		e.checkAxe(t, tb, "dialog open in a DSFR page")
	})
}

// noHorizontalScroll fails when the page or the dialog scrolls sideways or a
// control sticks out of the viewport (WCAG 1.4.10 reflow).
func noHorizontalScroll(t *testing.T, tb *tab) {
	t.Helper()
	out := eval[[]string](tb, inShadow(`const bad = [];
const vw = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > vw) bad.push('page scrolls: ' + document.documentElement.scrollWidth + ' > ' + vw);
const d = r.querySelector('dialog');
if (d.open && d.scrollWidth > d.clientWidth) bad.push('dialog scrolls: ' + d.scrollWidth + ' > ' + d.clientWidth);
for (const el of r.querySelectorAll('button, input, select, textarea, a, label, legend, p, h2')) {
  if (el.closest('.hp')) continue; // the honeypot is off-screen on purpose
  const b = el.getBoundingClientRect();
  if (b.width && (b.left < 0 || b.right > vw + 0.5)) bad.push((el.id || el.className || el.localName) + ' spans ' + b.left + '..' + b.right);
}
return bad;`))
	for _, o := range out {
		t.Errorf("at %d px: %s", eval[int](tb, `document.documentElement.clientWidth`), o)
	}
}

func (e *env) testFocusTrap(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?lang=en")
	tb.openDialog()
	for _, dir := range []struct {
		name string
		mods []chromedp.Modifier
	}{{"Tab", nil}, {"Shift+Tab", []chromedp.Modifier{chromedp.ModifierShift}}} {
		seen := map[string]bool{}
		for i := 0; i < 24; i++ {
			tb.press(kb.Tab, dir.mods...)
			f := tb.focused()
			if !strings.HasPrefix(f, "dialog:") {
				t.Fatalf("%s press %d moved the focus out of the dialog, to %s", dir.name, i+1, f)
			}
			seen[f] = true
		}
		for _, want := range []string{"dialog:close", "dialog:avis-text", "dialog:send"} {
			if !seen[want] {
				t.Errorf("%s never reached %s (reached %v)", dir.name, want, seen)
			}
		}
	}
	tb.press(kb.Escape)
	tb.waitFor("Escape to close the dialog", inShadow(`return !r.querySelector('dialog').open`))
	expectFocus(t, tb, "trigger")

	// The visible close button does the same.
	tb.press(kb.Enter)
	tb.waitFor("the dialog to reopen", inShadow(`return r.querySelector('dialog').open`))
	tb.press(kb.Tab, chromedp.ModifierShift) // from the first field back to the close button
	expectFocus(t, tb, "dialog:close")
	tb.press(kb.Enter)
	tb.waitFor("the close button to close the dialog", inShadow(`return !r.querySelector('dialog').open`))
	expectFocus(t, tb, "trigger")
}

// testZoom emulates 200 % zoom on a 1280 px screen: a 640 px viewport at
// device scale 2.
func (e *env) testZoom(t *testing.T) {
	tb := e.newTab(t)
	tb.do(chromedp.EmulateViewport(640, 400, chromedp.EmulateScale(2)))
	tb.open(e.host.URL + "/page?mount=1")
	tb.openDialog()
	noHorizontalScroll(t, tb)
	// Every control can be scrolled to and seen inside the dialog.
	hidden := eval[[]string](tb, inShadow(`const d = r.querySelector('dialog'), bad = [];
for (const el of d.querySelectorAll('button, input, select, textarea')) {
  if (el.closest('.hp')) continue;
  el.scrollIntoView({block: 'nearest'});
  const b = el.getBoundingClientRect(), v = d.getBoundingClientRect();
  if (b.height === 0 || b.top < v.top - 1 || b.bottom > v.bottom + 1) bad.push(el.id || el.className);
}
return bad;`))
	if len(hidden) > 0 {
		t.Errorf("controls that cannot be brought into view at 200%% zoom: %v", hidden)
	}
}

func (e *env) testReducedMotion(t *testing.T) {
	for _, tc := range []struct{ name, pref, want string }{
		{"dialog slides in by default", "no-preference", "in"},
		{"no animation when reduced motion is asked", "reduce", "none"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := e.newTab(t)
			media := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: tc.pref}}}
			if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, media); err != nil {
				t.Fatal(err)
			}
			tb.open(e.host.URL + "/page?bare=1")
			tb.openDialog()
			if got := eval[string](tb, inShadow(`return getComputedStyle(r.querySelector('dialog')).animationName`)); got != tc.want {
				t.Errorf("dialog animation %q, want %q", got, tc.want)
			}
		})
	}
}
