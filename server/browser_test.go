package server

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/avisproject/avis/feedback"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// browserStep bounds every browser step; a 2-core machine shared by
// several test runs needs generous time, a hang still fails.
const browserStep = 30 * time.Second

// needComponent fails in CI and skips elsewhere when a component is missing.
func needComponent(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is required in CI: %v", what, err)
	}
	t.Skipf("skipping browser test: %s unavailable (%v); run ./scripts/test.sh or install chromium and run npm ci", what, err)
}

// browserTab is one headless Chromium tab that records JavaScript dialogs
// (an XSS would open one) and uncaught exceptions.
type browserTab struct {
	t   *testing.T
	ctx context.Context
	axe string
	mu  sync.Mutex
	bad []string
}

func newBrowserTab(t *testing.T) *browserTab {
	t.Helper()
	_, err := exec.LookPath(chromiumPath)
	needComponent(t, "chromium ("+chromiumPath+")", err)
	axe, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	needComponent(t, "axe-core (npm ci)", err)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()))
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		needComponent(t, "a running chromium", err)
	}
	tab := &browserTab{t: t, ctx: ctx, axe: string(axe)}
	if err := chromedp.Listen(ctx, tab.record); err != nil {
		t.Fatalf("listen: %v", err)
	}
	return tab
}

func (b *browserTab) record(ev any) {
	var line string
	switch ev := ev.(type) {
	case *cdppage.EventJavascriptDialogOpening:
		line = "dialog: " + ev.Message
		go chromedp.Call(b.ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
	case *runtime.EventExceptionThrown:
		line = "exception: " + ev.ExceptionDetails.Text
	default:
		return
	}
	b.mu.Lock()
	b.bad = append(b.bad, line)
	b.mu.Unlock()
}

func (b *browserTab) problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.bad...)
}

func (b *browserTab) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, browserStep)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

func browserEval[T any](b *browserTab, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, browserStep)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluate %.100s: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds, across the
// navigation a form submission starts.
func (b *browserTab) waitFor(what, js string) {
	b.t.Helper()
	deadline := time.Now().Add(browserStep)
	for {
		ctx, cancel := context.WithDeadline(b.ctx, deadline)
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond)))
		cancel()
		if err == nil {
			return
		}
		if time.Now().Before(deadline) && (strings.Contains(err.Error(), "navigated") || strings.Contains(err.Error(), "context")) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		b.t.Fatalf("waiting for %s: %v (page: %.600s)", what, err, browserEval[string](b, `document.body ? document.body.innerText : ""`))
	}
}

// axeClean runs axe-core's WCAG 2.1 A and AA rules on the current page.
func (b *browserTab) axeClean(name string) {
	b.t.Helper()
	if !browserEval[bool](b, `typeof axe !== "undefined"`) {
		browserEval[chromedp.Void](b, b.axe+";undefined")
	}
	res := browserEval[struct {
		Passes     int
		Violations []string
	}](b, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
		.then((r) => ({passes: r.passes.length,
			violations: r.violations.map((v) => v.id + " (" + v.impact + "): " + v.nodes.map((n) => n.target.join(" ")).join(", "))}))`)
	if res.Passes < 10 {
		b.t.Fatalf("axe checked only %d rules on the %s page: did it run?", res.Passes, name)
	}
	if violations := res.Violations; len(violations) > 0 {
		b.t.Errorf("axe: %d WCAG 2.1 AA violations on the %s page:\n%s", len(violations), name, strings.Join(violations, "\n"))
	}
}

func (b *browserTab) xssNeverRan() {
	b.t.Helper()
	if v := browserEval[string](b, `String(window.__xss)`); v != "undefined" {
		b.t.Errorf("XSS payload ran: window.__xss = %s", v)
	}
}

func TestBrowserModeratorsAndAnswerers(t *testing.T) {
	tab := newBrowserTab(t)
	h := newStaffHarness(t, nil)
	ctx := context.Background()
	xss := seedXSS(t, h, "caf-94") // the threat: first in the queue
	phone := h.seed(t, "caf-94", feedback.StatusPending, "Appelez Mme Lenoir", "Appelez Mme [nom masqué]",
		feedback.Flag{Kind: "person_name", Reason: "a person's name was masked", Spans: []feedback.Span{{Start: 12, End: 18}}},
		feedback.Flag{Kind: "shouting", Severity: 1, Reason: "capitals"})
	rude := h.seed(t, "caf-94", feedback.StatusPending, "Guichet de nuls", "Guichet de nuls",
		feedback.Flag{Kind: "abuse", Severity: 2, Reason: "insult aimed at people", Spans: []feedback.Span{{Start: 11, End: 15}}})
	base := h.ts.URL

	// Sign in as a moderator (headless Chromium asks for English pages).
	tab.do(chromedp.Navigate(base + "/moderation/login?lang=fr"))
	tab.axeClean("login (fr)")
	tab.do(chromedp.Navigate(base + "/moderation/login"))
	tab.axeClean("login")
	tab.do(chromedp.SendKeys("#login", "mod-caf"), chromedp.SendKeys("#password", testPassword), chromedp.Submit("#password"))
	tab.waitFor("the queue", `location.pathname === "/moderation/" && document.querySelectorAll("a.item-link").length === 3`)
	tab.axeClean("queue")
	tab.xssNeverRan()
	first := browserEval[string](tab, `document.querySelector("a.item-link").getAttribute("href")`)
	if !strings.HasSuffix(first, xss.ID) {
		t.Fatalf("the threat is not first in the queue: %s", first)
	}

	// Item page: the payload is shown as text; publish with the p shortcut.
	tab.do(chromedp.Navigate(base + first))
	tab.waitFor("the item page", `document.querySelector("#do-publish") !== null`)
	tab.axeClean("item")
	tab.xssNeverRan()
	shown := browserEval[string](tab, `(() => { const c = document.querySelector(".original").cloneNode(true);
		c.querySelectorAll(".sr-only").forEach((e) => e.remove()); return c.textContent; })()`)
	if shown != xssPayload {
		t.Fatalf("original text not shown as typed: %q", shown)
	}
	if marks := browserEval[int](tab, `document.querySelectorAll(".original mark").length`); marks < 2 {
		t.Fatalf("%d highlighted spans, want the flags' spans", marks)
	}
	tab.do(chromedp.KeyEvent("p"))
	tab.waitFor("the publish notice", `location.pathname === "/moderation/" && document.querySelector(".notice") !== null`)

	// Edit and publish: a name typed in the edit is masked again.
	tab.do(chromedp.Navigate(base + "/moderation/feedback/" + phone.ID))
	tab.waitFor("the edit form", `document.querySelector("#edit-text") !== null`)
	tab.do(chromedp.SetValue("#edit-text", "Rappelée par Mme Lenoir au 06 12 34 56 78, merci."), chromedp.Click("#do-edit"))
	tab.waitFor("the edit notice", `location.pathname === "/moderation/" && (document.querySelector(".notice") || {}).textContent.includes("personal data")`)

	// Reject with a charter reason.
	tab.do(chromedp.Navigate(base + "/moderation/feedback/" + rude.ID))
	tab.waitFor("the reject form", `document.querySelector("#reason") !== null`)
	tab.do(chromedp.SetValue("#reason", "insult"), chromedp.SendKeys("#reject-note", "vise les agents"), chromedp.Click("#do-reject"))
	tab.waitFor("the empty queue", `location.pathname === "/moderation/" && document.querySelectorAll("a.item-link").length === 0`)

	want := map[string]feedback.Status{xss.ID: feedback.StatusPublished, phone.ID: feedback.StatusPublished, rude.ID: feedback.StatusRejected}
	for id, st := range want {
		f, err := h.store.GetFeedback(ctx, id)
		if err != nil || f.Status != st {
			t.Fatalf("%s: %v %v, want %s", id, f.Status, err, st)
		}
	}
	if f, _ := h.store.GetFeedback(ctx, phone.ID); f.Text != "Rappelée par Mme [nom masqué] au [téléphone masqué], merci." {
		t.Fatalf("edited text = %q", f.Text)
	}

	// Sign out, then answer as the CAF team.
	tab.do(chromedp.Click(".logout button"))
	tab.waitFor("the login page", `location.pathname === "/moderation/login"`)
	tab.do(chromedp.SendKeys("#login", "ans-caf"), chromedp.SendKeys("#password", testPassword), chromedp.Submit("#password"))
	tab.waitFor("the answers page", `location.pathname === "/moderation/answers" && document.querySelectorAll("a.item-link").length === 2`)
	tab.axeClean("answers")
	tab.xssNeverRan()
	tab.do(chromedp.Navigate(base + "/moderation/feedback/" + phone.ID))
	tab.waitFor("the answer form", `document.querySelector("#answer-text") !== null`)
	tab.axeClean("item (answerer)")
	tab.do(chromedp.SendKeys("#answer-text", "Merci, nous avons transmis votre remarque à l'accueil."), chromedp.Click("#do-answer"))
	tab.waitFor("the answer notice", `((document.querySelector(".notice") || {}).textContent || "").startsWith("Answer published.")`)

	// The public page shows the answer signed by the team, and the
	// published payload as inert text.
	tab.do(chromedp.Navigate(base + "/s/caf-94"))
	tab.waitFor("the public page", `document.querySelector("#avis-`+phone.ID+`") !== null`)
	tab.axeClean("public")
	tab.xssNeverRan()
	story := browserEval[string](tab, `document.querySelector("#avis-`+phone.ID+`").innerText`)
	if !strings.Contains(story, "Merci, nous avons transmis votre remarque") || !strings.Contains(story, "Équipe relation usagers CAF 94") ||
		strings.Contains(story, "Agent CAF") {
		t.Fatalf("public page lacks the team's answer: %s", story)
	}
	if shown := browserEval[string](tab, `document.querySelector("#avis-`+xss.ID+` .text").textContent`); shown != xssPayload {
		t.Fatalf("published payload not shown as text: %q", shown)
	}
	tab.do(chromedp.Navigate(base + "/api/v1/feedback/" + phone.ID))
	public := browserEval[string](tab, `JSON.parse(document.body.innerText).answers[0].team`)
	if public != "Équipe relation usagers CAF 94" {
		t.Fatalf("public JSON answer signed %q", public)
	}
	if p := tab.problems(); len(p) > 0 {
		t.Fatalf("browser problems: %q", p)
	}
}

// TestBrowserPublicPages runs axe-core on the pages anyone may read: a
// contribution, published or waiting, the not-found page and the
// observatory, in French and English, and checks they run no script.
func TestBrowserPublicPages(t *testing.T) {
	tab := newBrowserTab(t)
	h := newStaffHarness(t, nil)
	pub := h.mustSubmit(t, `{"service":"caf-94","procedure":"prime-activite","channel":"phone","rating":"bad","clarity":2,"text":"Trois appels avant d'avoir quelqu'un, mais la réponse était juste."}`)
	if pub.Status != "published" {
		t.Fatalf("seed: %+v", pub)
	}
	if resp, body := h.login(t, "ans-caf").postJSON(t, "/api/v1/feedback/"+pub.ID+"/answers", `{"text":"Nous renforçons l'accueil téléphonique le lundi."}`); resp.StatusCode != 201 {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	pending := h.seed(t, "caf-94", feedback.StatusPending, "En attente", "En attente", feedback.Flag{Kind: "shouting", Severity: 1, Reason: "r"})
	base := h.ts.URL
	pages := []struct{ name, path, ready string }{
		{"contribution (fr)", "/s/caf-94/avis/" + pub.ID + "?lang=fr", `document.querySelector(".answer") !== null`},
		{"contribution (en)", "/s/caf-94/avis/" + pub.ID, `document.documentElement.lang === "en"`},
		{"pending contribution", "/s/caf-94/avis/" + pending.ID + "?lang=fr", `document.querySelector(".notice") !== null`},
		{"not found", "/s/caf-94/avis/nope", `document.querySelector("h1") !== null`},
		{"observatory (fr)", "/dashboard?lang=fr", `document.querySelectorAll("table").length === 2`},
		{"observatory (en)", "/dashboard", `document.querySelector("caption") !== null`},
		{"service (en)", "/s/caf-94", `document.querySelector(".permalink") !== null`},
	}
	for _, p := range pages {
		tab.do(chromedp.Navigate(base + p.path))
		tab.waitFor(p.name, p.ready)
		tab.axeClean(p.name)
		if n := browserEval[int](tab, `document.scripts.length`); n != 0 {
			t.Errorf("%s page has %d scripts", p.name, n)
		}
		if n := browserEval[int](tab, `document.styleSheets.length && document.styleSheets[0].cssRules.length`); n == 0 {
			t.Errorf("%s page has no stylesheet", p.name)
		}
	}
	// The permalink of a story leads to its page.
	tab.do(chromedp.Navigate(base + "/s/caf-94"))
	tab.waitFor("the service page", `document.querySelector("#avis-`+pub.ID+` .permalink") !== null`)
	tab.do(chromedp.Click("#avis-" + pub.ID + " .permalink"))
	tab.waitFor("the contribution's page", `location.pathname === "/s/caf-94/avis/`+pub.ID+`" && document.querySelector(".answer") !== null`)
	if p := tab.problems(); len(p) > 0 {
		t.Fatalf("browser problems: %q", p)
	}
}
