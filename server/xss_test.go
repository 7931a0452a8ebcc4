package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/avisproject/avis/feedback"
)

// xssPayload gathers the usual ways to get markup run from a text field:
// script tags, event handlers, javascript: links, entity tricks, attribute
// and textarea break-outs. Each sets window.__xss if it ever runs.
const xssPayload = `Accueil nul <script>window.__xss=1</script> ` +
	`<img src=x onerror="window.__xss=2"> <a href="javascript:window.__xss=3">clic</a> ` +
	`&lt;script&gt;window.__xss=4&lt;/script&gt; &#60;img src=x onerror=window.__xss=5&#62; ` +
	`"><svg onload=window.__xss=6> '><body onload=window.__xss=7> </textarea><script>window.__xss=8</script> ` +
	`<iframe srcdoc="&lt;script&gt;parent.__xss=9&lt;/script&gt;"></iframe> {{.Nonce}} ]]> <!--`

// seedXSS stores the payload as a pending contribution whose proposed text
// kept it whole (as if the engine had missed it), with flag spans cutting
// through tags and multi-byte characters.
func seedXSS(t *testing.T, h *staffHarness, service string) *feedback.Feedback {
	t.Helper()
	i := strings.Index(xssPayload, "<script>")
	return h.seed(t, service, feedback.StatusPending, xssPayload, xssPayload,
		feedback.Flag{Kind: "markup", Severity: 2, Reason: `<b onmouseover="window.__xss=10">removed</b>`,
			Spans: []feedback.Span{{Start: i + 3, End: i + 20}, {Start: 0, End: 4}}},
		feedback.Flag{Kind: "threat", Severity: 4, Reason: "x", Spans: []feedback.Span{{Start: i, End: len(xssPayload) + 50}}})
}

// inertHTML fails unless the page's only scripts are its own nonce'd
// files (scripts of them), and no element, attribute or URL from the
// payload became live.
func inertHTML(t *testing.T, page string, scriptsWanted int) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("parse page: %v", err)
	}
	scripts := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				scripts++
				if src := attr(n, "src"); !strings.HasPrefix(src, "/moderation/static/") || attr(n, "nonce") == "" || n.FirstChild != nil {
					t.Errorf("foreign script element: src=%q", src)
				}
			case "img", "svg", "iframe", "object", "embed", "body", "frame":
				if n.Data != "body" || n.Parent == nil || n.Parent.Data != "html" {
					t.Errorf("payload element <%s> is live", n.Data)
				}
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(a.Key, "on") || strings.HasPrefix(v, "javascript:") || a.Key == "srcdoc" {
					t.Errorf("live attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if scripts != scriptsWanted {
		t.Errorf("%d script elements, want exactly the page's own %d", scripts, scriptsWanted)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// inertJSON fails unless body is JSON whose raw bytes hold no markup
// character (encoding/json escapes <, > and & as \u003c...).
func inertJSON(t *testing.T, resp *http.Response, body string) {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("Content-Type %q, nosniff %q", ct, resp.Header.Get("X-Content-Type-Options"))
	}
	if strings.ContainsAny(body, "<>") {
		t.Errorf("raw markup characters in JSON: %.300s", body)
	}
	if !json.Valid([]byte(body)) {
		t.Errorf("not JSON: %.300s", body)
	}
}

func TestXSSPayloadIsInert(t *testing.T) {
	h := newStaffHarness(t, nil)
	f := seedXSS(t, h, "caf-94")
	// The same payload through the real submission path and engine.
	sub := h.mustSubmit(t, `{"service":"demo","rating":"bad","text":`+jsonText(xssPayload)+`}`)
	mod, admin := h.login(t, "mod-caf"), h.login(t, "admin")

	t.Run("queue page", func(t *testing.T) {
		_, page := admin.do(t, http.MethodGet, "/moderation/", "", "", nil)
		if !strings.Contains(page, "&lt;script&gt;window.__xss=1") {
			t.Fatalf("payload not shown escaped in the queue:\n%s", page)
		}
		inertHTML(t, page, 1)
	})
	t.Run("item page", func(t *testing.T) {
		_, page := mod.do(t, http.MethodGet, "/moderation/feedback/"+f.ID, "", "", nil)
		if !strings.Contains(page, "<mark class=\"flag flag-threat\">") || !strings.Contains(page, "&lt;/textarea&gt;") {
			t.Fatalf("item page does not show the highlighted, escaped payload:\n%s", page)
		}
		inertHTML(t, page, 1)
	})
	t.Run("moderation JSON API", func(t *testing.T) {
		resp, body := mod.do(t, http.MethodGet, "/api/v1/moderation/feedback/"+f.ID, "", "", nil)
		inertJSON(t, resp, body)
		var it queueItem
		if err := json.Unmarshal([]byte(body), &it); err != nil || it.OriginalText != xssPayload {
			t.Fatalf("the API does not return the text as typed: %v", err)
		}
	})
	// Publish the payload as proposed: the public reads must stay inert.
	if resp, body := mod.postJSON(t, "/api/v1/moderation/feedback/"+f.ID+"/decision", `{"action":"publish"}`); resp.StatusCode != 200 {
		t.Fatalf("publish: %d %s", resp.StatusCode, body)
	}
	if resp, body := h.login(t, "ans-caf").postJSON(t, "/api/v1/feedback/"+f.ID+"/answers", `{"text":`+jsonText(xssPayload)+`}`); resp.StatusCode != 201 {
		t.Fatalf("answer: %d %s", resp.StatusCode, body)
	}
	t.Run("public JSON API", func(t *testing.T) {
		for _, p := range []string{"/api/v1/feedback/" + f.ID, "/api/v1/services/caf-94/feedback", "/api/v1/feedback/" + sub.ID} {
			resp, body := h.do(t, http.MethodGet, p, "", "", nil)
			inertJSON(t, resp, string(body))
		}
	})
	t.Run("public page", func(t *testing.T) {
		resp, body := h.do(t, http.MethodGet, "/s/caf-94", "", "", nil)
		page := string(body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(page, "&lt;script&gt;window.__xss=1") || !strings.Contains(page, `id="avis-`+f.ID+`"`) {
			t.Fatalf("public page: %d\n%s", resp.StatusCode, page)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
			t.Errorf("public page CSP %q should allow no script", csp)
		}
		inertHTML(t, page, 0)
	})
	t.Run("item page with the answer", func(t *testing.T) {
		_, page := h.login(t, "ans-caf").do(t, http.MethodGet, "/moderation/feedback/"+f.ID, "", "", nil)
		inertHTML(t, page, 1)
	})
	stored, _ := h.store.GetFeedback(context.Background(), f.ID)
	if len(stored.Answers) != 1 || strings.Contains(stored.Answers[0].Text, "<script") {
		t.Fatalf("the engine did not clean the answer: %+v", stored.Answers)
	}
}

func jsonText(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
