package widget_test

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/avisproject/avis/feedback"
)

// TestBrowser drives the widget in headless Chromium against the real avis
// server (SQLite store, CORS, moderation) and real host pages. One browser
// serves every subtest.
func TestBrowser(t *testing.T) {
	e := newEnv(t)
	t.Run("keyboard only submission is stored", e.testKeyboardSubmission)
	t.Run("strict CSP host page logs nothing", e.testStrictCSP)
	t.Run("errors are tied to their fields", e.testFieldErrors)
	t.Run("retries keep one idempotency key", e.testRetries)
	t.Run("offline submission keeps the draft", e.testOffline)
	t.Run("no cookie goes with a submission", e.testNoCredentials)
	t.Run("anti-automation fields are sent", e.testAntiAutomation)
	t.Run("outcome follows the moderation", e.testOutcomes)
	t.Run("avis mounted under a path prefix", e.testPrefix)
	t.Run("live hints before sending", e.testHints)
	t.Run("axe finds no WCAG 2.1 AA violation", e.testAxe)
	t.Run("Tab never leaves the open dialog", e.testFocusTrap)
	t.Run("usable at 200 percent zoom", e.testZoom)
	t.Run("reduced motion is respected", e.testReducedMotion)
	t.Run("styles do not leak with a DSFR host", e.testDSFRIsolation)
	t.Run("theme colour needs enough contrast", e.testThemeColor)
	t.Run("configuration from the script tag", e.testConfiguration)
	t.Run("every language has every word", e.testWordTables)
	t.Run("subresource integrity", e.testSubresourceIntegrity)
	t.Run("boot time to an interactive button", e.testBootTime)
}

// stored returns the contributions of the demo service whose text is text.
func (e *env) stored(t *testing.T, text string) []*feedback.Feedback {
	t.Helper()
	page, err := e.store.ListFeedback(context.Background(), feedback.Filter{Service: "demo", Limit: feedback.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	var out []*feedback.Feedback
	for _, f := range page.Items {
		if f.OriginalText == text || f.Text == text {
			out = append(out, f)
		}
	}
	return out
}

// expectFocus fails unless the focus is on want (see tab.focused).
func expectFocus(t *testing.T, tb *tab, want string) {
	t.Helper()
	if got := tb.focused(); got != want {
		t.Fatalf("focus on %s, want %s", got, want)
	}
}

func (e *env) testKeyboardSubmission(t *testing.T) {
	tb := e.newTab(t)
	tb.do(chromedp.EmulateViewport(1280, 900))
	tb.open(e.avis.URL + "/") // the demo site, same origin, strict CSP
	shoot(t, tb, "demo-site.png")
	tb.openDialog()
	expectFocus(t, tb, "dialog:avis-r-good")

	const story = "Le formulaire en ligne était clair, mais l’attente au téléphone a duré quarante minutes."
	tb.press(" ")           // checks "good"
	tb.press(kb.ArrowRight) // moves to "average" and checks it
	tb.press(kb.Tab)
	expectFocus(t, tb, "dialog:avis-channel")
	tb.press(kb.ArrowDown) // online
	tb.press(kb.Tab)
	expectFocus(t, tb, "dialog:avis-clarity")
	tb.press(strings.Repeat(kb.ArrowDown, 4))
	tb.press(kb.Tab)
	expectFocus(t, tb, "dialog:avis-text")
	tb.press(story)
	tb.press(kb.Tab)
	expectFocus(t, tb, "dialog:avis-email")
	tb.press("usager@example.fr")
	tb.press(kb.Tab)
	expectFocus(t, tb, "dialog:send")
	tb.press(kb.Enter)

	tb.waitStatus("Merci, votre avis est publié.")
	expectFocus(t, tb, "dialog:p")
	shoot(t, tb, "demo-outcome.png")
	got := e.stored(t, story)
	if len(got) != 1 {
		t.Fatalf("%d stored contributions with the story, want 1", len(got))
	}
	f := got[0]
	if f.Rating != feedback.RatingAverage || f.Channel != feedback.ChannelOnline || f.Clarity != 4 ||
		f.Procedure != "carte-grise" || f.Email != "usager@example.fr" || f.IdempotencyKey == "" {
		t.Errorf("stored %+v, want average, online, clarity 4, carte-grise, the e-mail and a key", f)
	}
	link := eval[string](tb, inShadow(`return r.querySelector('[role=status] a')?.href || ''`))
	if !strings.Contains(link, f.ID) {
		t.Errorf("outcome link %q does not lead to contribution %s", link, f.ID)
	}
	res, err := http.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %d", link, res.StatusCode)
	}

	tb.press(kb.Escape)
	tb.waitFor("the dialog to close", inShadow(`return !r.querySelector('dialog').open`))
	expectFocus(t, tb, "trigger")
	if p := tb.problems(); len(p) > 0 {
		t.Errorf("console errors on the demo site:\n%s", strings.Join(p, "\n"))
	}
}

func (e *env) testStrictCSP(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?csp=strict&mount=1")
	tb.openDialog()
	const story = "Très bon accueil au guichet, dossier traité en une semaine."
	tb.press(" ")
	tb.press(kb.Tab + kb.Tab + kb.Tab)
	expectFocus(t, tb, "dialog:avis-text")
	tb.press(story)
	tb.press(kb.Tab + kb.Tab)
	tb.press(kb.Enter)
	tb.waitStatus("Merci")
	if n := len(e.stored(t, story)); n != 1 {
		t.Fatalf("%d stored contributions, want 1", n)
	}
	tb.press(kb.Escape)
	tb.waitFor("the dialog to close", inShadow(`return !r.querySelector('dialog').open`))
	if p := tb.problems(); len(p) > 0 {
		t.Errorf("console errors or CSP violations under a strict CSP:\n%s", strings.Join(p, "\n"))
	}

	// Control: the page does enforce the policy, and the watcher sees
	// violations, so the silence above means something.
	if !eval[bool](tb, `(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch (e) { return e instanceof TypeError; } })()`) {
		t.Error("the host page does not enforce Trusted Types")
	}
	eval[chromedp.Void](tb, `(() => { const s = document.createElement('style'); s.textContent = 'body{color:red}'; document.head.append(s); return null; })()`)
	tb.waitFor("both control violations to be seen", `window.__avisViolations.some((v) => v.startsWith('require-trusted-types-for')) && window.__avisViolations.some((v) => v.startsWith('style-src'))`)
}

// fill sets the form's values from JavaScript, for scenarios about what
// happens after the keyboard part.
func fill(tb *tab, rating, text, email string) {
	tb.t.Helper()
	eval[chromedp.Void](tb, inShadow(`
const set = (sel, v) => { const f = r.querySelector(sel); f.value = v; f.dispatchEvent(new Event('input', {bubbles: true})); };
const rating = `+jsString(rating)+`;
if (rating) r.querySelector('input[value="' + rating + '"]').checked = true;
set('#avis-text', `+jsString(text)+`);
set('#avis-email', `+jsString(email)+`);
return null;`))
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// send clicks the send button.
func send(tb *tab) {
	tb.t.Helper()
	eval[chromedp.Void](tb, inShadow(`r.querySelector('button.send').click(); return null;`))
}

// fieldState is how a form field exposes its error to assistive technology.
type fieldState struct {
	Invalid     string `json:"invalid"`
	DescribedBy string `json:"describedBy"`
	Error       string `json:"error"`
}

func field(tb *tab, sel, errID string) fieldState {
	return eval[fieldState](tb, inShadow(`const f = r.querySelector('`+sel+`'), p = r.getElementById('`+errID+`');
return {invalid: f.getAttribute('aria-invalid') || '', describedBy: f.getAttribute('aria-describedby') || '', error: p.hidden ? '' : p.textContent};`))
}

func (e *env) testFieldErrors(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?lang=en")
	tb.openDialog()
	send(tb)
	tb.waitStatus("The form has errors")
	shoot(t, tb, "dialog-empty-errors-en.png")
	for _, tc := range []struct{ name, sel, errID, msg string }{
		{"rating", "fieldset", "avis-e-rating", "Choose how the procedure went."},
		{"text", "#avis-text", "avis-e-text", "Tell us what happened in a few words."},
	} {
		s := field(tb, tc.sel, tc.errID)
		if s.Invalid != "true" || !strings.Contains(s.DescribedBy, tc.errID) || s.Error != tc.msg {
			t.Errorf("%s after an empty submission: %+v, want aria-invalid, described by %s saying %q", tc.name, s, tc.errID, tc.msg)
		}
	}
	expectFocus(t, tb, "dialog:avis-r-good")
	if s := field(tb, "#avis-email", "avis-e-email"); s.Invalid != "" {
		t.Errorf("empty optional e-mail marked invalid: %+v", s)
	}

	// The server's own check ("jean..dupont" is not an address) comes back
	// as {"error": {"field": "email"}} and lands on the e-mail field.
	const story = "The counter closed early without notice."
	fill(tb, "bad", story, "jean..dupont@example.fr")
	send(tb)
	tb.waitFor("the server's e-mail error", inShadow(`return r.querySelector('#avis-email').getAttribute('aria-invalid') === 'true'`))
	if s := field(tb, "#avis-email", "avis-e-email"); !strings.HasPrefix(s.Error, "Invalid e-mail address") || !strings.HasPrefix(s.DescribedBy, "avis-e-email") {
		t.Errorf("e-mail after the server refused it: %+v", s)
	}
	expectFocus(t, tb, "dialog:avis-email")
	shoot(t, tb, "dialog-errors-en.png")
	if s := field(tb, "fieldset", "avis-e-rating"); s.Invalid != "" || s.Error != "" {
		t.Errorf("rating still in error once answered: %+v", s)
	}
	if n := len(e.stored(t, story)); n != 0 {
		t.Errorf("%d contributions stored despite the invalid e-mail", n)
	}
}

func (e *env) testRetries(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?via=flaky")
	tb.openDialog()

	// 503 with Retry-After: 1, then a dropped connection, then avis.
	e.flaky.failNext(http.StatusServiceUnavailable, 0)
	const story = "Le site était en panne mais mon avis est quand même parti."
	fill(tb, "average", story, "")
	send(tb)
	tb.waitStatus("nouvel essai dans")
	tb.waitStatus("Merci")
	keys := e.flaky.attempts()
	if len(keys) != 3 || keys[0] == "" || len(slices.Compact(slices.Clone(keys))) != 1 {
		t.Errorf("idempotency keys of the attempts = %q, want three times the same key", keys)
	}
	if got := e.stored(t, story); len(got) != 1 || got[0].IdempotencyKey != keys[0] {
		t.Errorf("stored %d contributions, want exactly one with key %q", len(got), keys[0])
	}

	// A rate limit that does not lift: the widget gives up and keeps the draft.
	tb.press(kb.Escape)
	tb.waitFor("the dialog to close", inShadow(`return !r.querySelector('dialog').open`))
	tb.press(kb.Enter) // the focus is back on the button
	tb.waitFor("the dialog to reopen", inShadow(`return r.querySelector('dialog').open && !r.querySelector('form').hidden`))
	e.flaky.failNext(http.StatusTooManyRequests, http.StatusTooManyRequests, http.StatusTooManyRequests, http.StatusTooManyRequests)
	const second = "Deuxième avis, bloqué par la limite d’envois."
	fill(tb, "good", second, "")
	send(tb)
	tb.waitStatus("Trop d’envois")
	if n := len(e.flaky.attempts()); n != 4 {
		t.Errorf("%d attempts under a lasting 429, want 4", n)
	}
	if v := eval[string](tb, inShadow(`return r.querySelector('#avis-text').value`)); v != second {
		t.Errorf("draft after giving up = %q, want it kept", v)
	}
}

func (e *env) testOffline(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page")
	tb.openDialog()
	// The first command sets navigator.onLine, the second fails requests.
	offline := func(off bool) {
		p := network.OverrideNetworkStateParams{Offline: off, DownloadThroughput: -1, UploadThroughput: -1}
		if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, p); err != nil {
			t.Fatalf("network state offline=%v: %v", off, err)
		}
		rules := []*network.Conditions{}
		if off {
			rules = append(rules, &network.Conditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
		}
		if _, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: rules}); err != nil {
			t.Fatalf("network conditions offline=%v: %v", off, err)
		}
	}
	offline(true)
	const story = "Envoyé depuis le train, sans réseau."
	fill(tb, "good", story, "")
	send(tb)
	tb.waitStatus("Vous semblez hors ligne")
	if n := len(e.stored(t, story)); n != 0 {
		t.Fatalf("%d contributions stored while offline", n)
	}
	offline(false)
	tb.waitStatus("La connexion est revenue")
	send(tb)
	tb.waitStatus("Merci")
	if n := len(e.stored(t, story)); n != 1 {
		t.Errorf("%d contributions stored once back online, want 1", n)
	}
}

// testNoCredentials loads the demo site through the proxy, so the page and
// the API share one origin and a fetch with default credentials would carry
// the origin's cookie: credentials 'omit' must keep it out.
func (e *env) testNoCredentials(t *testing.T) {
	tb := e.newTab(t)
	if _, err := chromedp.Call(tb.ctx, network.SetCookie, network.SetCookieParams{Name: "avis_session", Value: "secret", URL: e.flaky.url}); err != nil {
		t.Fatal(err)
	}
	e.flaky.failNext()
	tb.open(e.flaky.url + "/")
	tb.openDialog()
	const story = "Démarche faite en ligne un dimanche soir, sans difficulté."
	fill(tb, "good", story, "")
	send(tb)
	tb.waitStatus("Merci")
	page, subs := e.flaky.sentCookies()
	if !strings.Contains(page, "avis_session=secret") {
		t.Fatalf("control: the page load carried cookie %q, want the session cookie", page)
	}
	if len(subs) != 1 || subs[0] != "" {
		t.Errorf("submissions carried cookies %q, want none", subs)
	}
}

// testAntiAutomation checks the fields the server screens bots with: the
// time the form was shown before sending, and an empty honeypot that no
// person can reach.
func (e *env) testAntiAutomation(t *testing.T) {
	tb := e.newTab(t)
	tb.open(e.host.URL + "/page?bare=1&via=flaky")
	e.flaky.failNext()
	tb.openDialog()
	// The honeypot is out of reach: not in the Tab order, hidden from
	// assistive technologies, off-screen.
	reach := eval[string](tb, inShadow(`const f = r.querySelector('input[name=website]'), b = f.getBoundingClientRect();
return [f.tabIndex, f.closest('[aria-hidden=true]') ? 'hidden' : 'exposed', b.right <= 0 ? 'off-screen' : 'visible'].join(' ');`))
	if reach != "-1 hidden off-screen" {
		t.Errorf("honeypot is %q, want \"-1 hidden off-screen\"", reach)
	}
	const pause = 1200 // milliseconds a person spends on the form, at least
	eval[chromedp.Void](tb, `new Promise((ok) => setTimeout(() => ok(null), `+strconv.Itoa(pause)+`))`)
	fill(tb, "good", "Le formulaire m’a pris une minute, très simple.", "")
	send(tb)
	tb.waitStatus("Merci")
	elapsed, honeypots := e.flaky.antiAutomation()
	if len(elapsed) != 1 || elapsed[0] < pause || elapsed[0] > pause+10000 {
		t.Errorf("elapsed_ms = %v, want one value of at least %d", elapsed, pause)
	}
	if len(honeypots) != 1 || honeypots[0] != "" {
		t.Errorf("website = %q, want one empty honeypot", honeypots)
	}
}
