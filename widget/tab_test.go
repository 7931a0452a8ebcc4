package widget_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// stepTimeout bounds every browser step, so a broken widget fails fast
// instead of hanging the suite.
const stepTimeout = 15 * time.Second

// watchViolations runs before any page script (DevTools scripts are not
// subject to the page's CSP) and records every CSP violation.
const watchViolations = `window.__avisViolations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__avisViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));`

// tab is one browser tab. It collects console errors and warnings,
// uncaught exceptions and browser log errors while it lives.
type tab struct {
	t   *testing.T
	ctx context.Context
	mu  sync.Mutex
	log []string
}

func (e *env) newTab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(e.browser)
	t.Cleanup(cancel)
	tb := &tab{t: t, ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	if err := chromedp.Listen(ctx, tb.record); err != nil {
		t.Fatalf("listen: %v", err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchViolations}); err != nil {
		t.Fatalf("add violation watcher: %v", err)
	}
	return tb
}

// record runs in the tab's event loop: it only appends.
func (tb *tab) record(ev any) {
	var line string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeWarning && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			if len(a.Value) > 0 {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		line = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		line = "exception: " + d.Text
		if d.Exception != nil {
			line += " " + d.Exception.Description
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level != log.EntryLevelError && ev.Entry.Level != log.EntryLevelWarning {
			return
		}
		line = "log " + string(ev.Entry.Source) + ": " + ev.Entry.Text + " " + ev.Entry.URL
	default:
		return
	}
	tb.mu.Lock()
	tb.log = append(tb.log, line)
	tb.mu.Unlock()
}

// problems returns the console errors, warnings and CSP violations so far.
func (tb *tab) problems() []string {
	tb.mu.Lock()
	out := append([]string(nil), tb.log...)
	tb.mu.Unlock()
	out = append(out, eval[[]string](tb, `window.__avisViolations || []`)...)
	return out
}

// do runs steps with a timeout.
func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) in the page.
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %.120s: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript expression until it is truthy.
func (tb *tab) waitFor(what, js string) {
	tb.t.Helper()
	if err := tb.poll(js); err != nil {
		tb.t.Fatalf("waiting for %s: %v", what, err)
	}
}

func (tb *tab) poll(js string) error {
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(20*time.Millisecond)))
	return err
}

// open loads a page and waits for the widget's button.
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.do(chromedp.Navigate(url))
	tb.waitFor("the widget's button", inShadow(`return !!r.querySelector('button.open')`))
}

// press sends keys (see package kb) to the focused element.
func (tb *tab) press(keys string, mods ...chromedp.Modifier) {
	tb.t.Helper()
	var opts []chromedp.KeyOption
	if len(mods) > 0 {
		opts = append(opts, chromedp.KeyModifiers(mods...))
	}
	tb.do(chromedp.KeyEvent(keys, opts...))
}

// inShadow wraps a function body that sees the widget's shadow root as r.
func inShadow(body string) string {
	return `(() => { const r = document.querySelector('avis-feedback')?.shadowRoot; if (!r) return null; ` + body + ` })()`
}

// focused describes the element that has the focus, looking into the
// widget's shadow root: "trigger", "dialog:<id or class>", or "page:<tag>".
func (tb *tab) focused() string {
	return eval[string](tb, `(() => {
  const a = document.activeElement;
  if (!a || a.localName !== 'avis-feedback') return 'page:' + (a ? a.localName : 'none');
  const f = a.shadowRoot.activeElement;
  if (!f) return 'host';
  if (f.classList.contains('open')) return 'trigger';
  if (f.closest('dialog')) return 'dialog:' + (f.id || f.className || f.localName);
  return 'shadow:' + f.localName;
})()`)
}

// tabToTrigger presses Tab until the widget's button has the focus.
func (tb *tab) tabToTrigger() {
	tb.t.Helper()
	for i := 0; i < 40; i++ {
		if tb.focused() == "trigger" {
			return
		}
		tb.press(kb.Tab)
	}
	tb.t.Fatalf("Tab never reached the widget's button (focus on %s)", tb.focused())
}

// openDialog focuses the button with the keyboard, presses Enter and waits
// for the modal dialog.
func (tb *tab) openDialog() {
	tb.t.Helper()
	tb.tabToTrigger()
	tb.press(kb.Enter)
	tb.waitFor("the dialog to open", inShadow(`return r.querySelector('dialog')?.open`))
	// Let the opening animation end: axe measures contrast on what is painted.
	eval[chromedp.Void](tb, inShadow(`return Promise.all(r.querySelector('dialog').getAnimations().map((a) => a.finished)).then(() => null)`))
}

// status returns the text of the widget's role=status region.
func (tb *tab) status() string {
	return eval[string](tb, inShadow(`return r.querySelector('[role=status]').textContent`))
}

// waitStatus waits until the status region contains want.
func (tb *tab) waitStatus(want string) {
	tb.t.Helper()
	if err := tb.poll(inShadow(fmt.Sprintf(`return r.querySelector('[role=status]').textContent.includes(%q)`, want))); err != nil {
		tb.t.Fatalf("waiting for status %q: %v; status is %q", want, err, tb.status())
	}
}
