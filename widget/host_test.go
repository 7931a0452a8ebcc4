package widget_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// artifactsDir keeps screenshots for people to look at; it is git-ignored.
const artifactsDir = "testdata/artifacts"

// styleProps are the computed properties compared across host pages.
// Sizes that follow from the font's metrics (width, auto margins) are left
// out: the widget names Marianne first and uses it when the host loads it.
const styleProps = `['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-indent', 'text-shadow', 'white-space', 'color', 'background-color',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'padding-top', 'padding-left',
  'box-sizing', 'text-align', 'cursor', 'outline-style']`

// widgetStyles returns the computed styles of the widget's parts.
func widgetStyles(tb *tab) map[string]map[string]string {
	return eval[map[string]map[string]string](tb, inShadow(`const props = `+styleProps+`, out = {};
for (const sel of ['button.open', 'dialog', 'h2', 'button.close', 'p.req', 'legend', 'label.opt', 'select', 'textarea', 'p.hint', 'input[type=email]', 'button.send']) {
  const cs = getComputedStyle(r.querySelector(sel));
  out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
}
return out;`))
}

// hostStyles returns the computed styles of the DSFR page's own elements.
func hostStyles(tb *tab) map[string]map[string]string {
	return eval[map[string]map[string]string](tb, `(() => { const props = `+styleProps+`, out = {};
for (const sel of ['html', 'body', 'h1', 'h2', 'p.fr-text--lead', '.fr-btn', '.fr-label', '.fr-input', '.fr-header__service-title', '.fr-footer']) {
  const cs = getComputedStyle(document.querySelector(sel));
  out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
}
return out; })()`)
}

// diffStyles lists the properties that differ between two style maps.
func diffStyles(want, got map[string]map[string]string) []string {
	var d []string
	for sel, props := range want {
		for p, v := range props {
			if g := got[sel][p]; g != v {
				d = append(d, fmt.Sprintf("%s %s: %q, want %q", sel, p, g, v))
			}
		}
	}
	slices.Sort(d)
	return d
}

func (e *env) testDSFRIsolation(t *testing.T) {
	const width = 1024
	// The widget on a page with no CSS at all is the reference.
	ref := e.newTab(t)
	ref.do(chromedp.EmulateViewport(width, 900))
	ref.open(e.host.URL + "/page?bare=1&mount=1")
	ref.openDialog()
	want := widgetStyles(ref)

	for _, host := range []string{"/page?mount=1", "/dsfr-page?mount=1"} {
		tb := e.newTab(t)
		tb.do(chromedp.EmulateViewport(width, 900))
		tb.open(e.host.URL + host)
		tb.openDialog()
		for _, d := range diffStyles(want, widgetStyles(tb)) {
			t.Errorf("host %s leaks into the widget: %s", host, d)
		}
	}

	// The DSFR page looks the same with and without the widget.
	bare := e.newTab(t)
	bare.do(chromedp.EmulateViewport(width, 900), chromedp.Navigate(e.host.URL+"/dsfr-page?widget=0"))
	bare.waitFor("the DSFR page", `document.readyState === 'complete'`)
	wantHost := hostStyles(bare)
	tb := e.newTab(t)
	tb.do(chromedp.EmulateViewport(width, 900))
	tb.open(e.host.URL + "/dsfr-page?mount=1")
	tb.waitFor("the page's fonts", `document.fonts.ready.then(() => document.fonts.check('16px Marianne'))`)
	for _, d := range diffStyles(wantHost, hostStyles(tb)) {
		t.Errorf("the widget leaks into the DSFR page: %s", d)
	}

	// Screenshots for a person to judge: page, open dialog, and at 320 px.
	shoot(t, tb, "dsfr-page.png")
	tb.openDialog()
	shoot(t, tb, "dsfr-dialog.png")
	tb.do(chromedp.EmulateViewport(320, 720))
	shoot(t, tb, "dsfr-dialog-320.png")
	if p := tb.problems(); len(p) > 0 {
		t.Errorf("console errors on the DSFR page:\n%s", strings.Join(p, "\n"))
	}
}

// shoot saves a screenshot of the viewport under artifactsDir.
func shoot(t *testing.T, tb *tab, name string) {
	t.Helper()
	ctx := tb.ctx
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(artifactsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(artifactsDir, name)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(path)
	t.Logf("screenshot: %s", abs)
}

func (e *env) testThemeColor(t *testing.T) {
	for _, tc := range []struct{ name, color, want string }{
		{"dark green is kept", "%2318753c", "rgb(24, 117, 60)"},
		{"yellow is too light for white text", "%23ffcc00", "rgb(0, 0, 145)"},
		{"not a colour falls back", "red;x:y", "rgb(0, 0, 145)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := e.newTab(t)
			tb.open(e.host.URL + "/page?bare=1&color=" + tc.color)
			if got := eval[string](tb, inShadow(`return getComputedStyle(r.querySelector('button.open')).backgroundColor`)); got != tc.want {
				t.Errorf("button background %s, want %s", got, tc.want)
			}
		})
	}
}

// bootTiming is read from the page's performance timeline.
type bootTiming struct {
	Exec     float64 `json:"exec"`     // from the first statement to the interactive button
	FromLoad float64 `json:"fromLoad"` // from the end of widget.js's download
	FromNav  float64 `json:"fromNav"`  // from navigation start
}

func (e *env) testBootTime(t *testing.T) {
	tb := e.newTab(t)
	var runs []bootTiming
	for i := 0; i < 7; i++ {
		tb.open(e.host.URL + "/page?bare=1")
		runs = append(runs, eval[bootTiming](tb, `(() => {
  const at = (n) => performance.getEntriesByName(n)[0].startTime;
  const js = performance.getEntriesByType('resource').find((r) => r.name.includes('/widget/v1/widget.js'));
  return {exec: at('avis:ready') - at('avis:start'), fromLoad: at('avis:ready') - js.responseEnd, fromNav: at('avis:ready')};
})()`))
	}
	median := func(f func(bootTiming) float64) float64 {
		v := make([]float64, len(runs))
		for i, r := range runs {
			v[i] = f(r)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	t.Logf("widget boot over %d loads, median: %.1f ms from first statement to interactive button, %.1f ms from end of download, %.1f ms from navigation start (target < 50 ms)",
		len(runs), median(func(b bootTiming) float64 { return b.Exec }), median(func(b bootTiming) float64 { return b.FromLoad }), median(func(b bootTiming) float64 { return b.FromNav }))
}
