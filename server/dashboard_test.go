package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

// seedPublished stores a published contribution created at created, with
// an answer after answeredAfter (none when 0).
func seedPublished(t testing.TB, st feedback.Store, service, procedure string, rating feedback.Rating, created time.Time, answeredAfter time.Duration) {
	t.Helper()
	ctx := context.Background()
	f, _, err := st.CreateFeedback(ctx, &feedback.Feedback{Service: service, Procedure: procedure, Channel: feedback.ChannelOnline,
		Rating: rating, Text: "Un récit publié.", OriginalText: "Un récit publié.", Status: feedback.StatusPublished,
		Moderation: feedback.Moderation{Decision: feedback.DecisionPublish, Lang: "fr"}, CreatedAt: created})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	if answeredAfter > 0 {
		a := &feedback.Answer{FeedbackID: f.ID, Team: "Équipe", Text: "Merci.", CreatedAt: created.Add(answeredAfter)}
		if err := st.AddAnswer(ctx, a, "ans"); err != nil {
			t.Fatalf("answer: %v", err)
		}
	}
}

func TestDashboard(t *testing.T) {
	clock := &fakeClock{now: time.Now().UTC().Truncate(time.Second)}
	h := newHarness(t, func(o *Options) { o.Clock = clock.Now })
	base := clock.Now().Add(-72 * time.Hour)
	seedPublished(t, h.store, "caf-94", "prime-activite", feedback.RatingGood, base, 2*time.Hour)
	seedPublished(t, h.store, "caf-94", "prime-activite", feedback.RatingBad, base, 4*time.Hour)
	seedPublished(t, h.store, "caf-94", "rsa", feedback.RatingAverage, base, 0)
	seedPublished(t, h.store, "caf-94", "", feedback.RatingBad, base, 0)

	tests := []struct {
		name, path, lang string
		status           int
		want, absent     []string
	}{
		{"every service with its figures", "/dashboard", "fr", 200, []string{
			`<html lang="fr">`, "<h1>Observatoire des avis</h1>", "<caption>Avis publiés par service</caption>", `<th scope="col">Avis publiés</th>`,
			`<th scope="row"><a href="./s/caf-94">CAF du Val-de-Marne</a></th>` + "\n<td>4</td>\n<td>25\u202f%</td>\n<td>25\u202f%</td>\n<td>50\u202f%</td>\n<td>50\u202f%</td>\n<td>3 h</td>",
			`<th scope="row"><a href="./s/demo">Démo</a></th>` + "\n<td>0</td>\n<td>—</td>",
			"<caption>Avis publiés par démarche — CAF du Val-de-Marne</caption>",
			`<th scope="row">prime-activite</th>` + "\n<td>2</td>\n<td>50\u202f%</td>\n<td>0\u202f%</td>\n<td>50\u202f%</td>\n<td>100\u202f%</td>\n<td>3 h</td>",
			`<th scope="row">rsa</th>` + "\n<td>1</td>",
		}, []string{"<script", "Services suivants"}},
		{"English on request", "/dashboard?lang=en", "fr", 200, []string{`<html lang="en">`, `href="./dashboard?lang=en" aria-current="page"`, "Feedback observatory", `href="./s/caf-94?lang=en"`, "<td>25%</td>"}, nil},
		{"a page that is not a number is refused", "/dashboard?page=x", "fr", 400, []string{"page must be a whole number"}, nil},
		{"a page past the last is not found", "/dashboard?page=2", "fr", 404, []string{"Page introuvable"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := h.do(t, http.MethodGet, tt.path, "", "", http.Header{"Accept-Language": {tt.lang}})
			page := string(body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, page)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'none'") {
				t.Errorf("CSP %q", csp)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q:\n%s", w, page)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(page, a) {
					t.Errorf("page shows %q", a)
				}
			}
		})
	}

	t.Run("a rendered page is kept for a minute", func(t *testing.T) {
		seedPublished(t, h.store, "demo", "", feedback.RatingGood, base, 0)
		_, body := h.do(t, http.MethodGet, "/dashboard", "", "", nil)
		if !strings.Contains(string(body), `<a href="./s/demo">Démo</a></th>`+"\n<td>0</td>") {
			t.Fatalf("the cached page was not served")
		}
		clock.Advance(dashboardTTL + time.Second)
		_, body = h.do(t, http.MethodGet, "/dashboard", "", "", nil)
		if !strings.Contains(string(body), `<a href="./s/demo">Démo</a></th>`+"\n<td>1</td>") {
			t.Fatalf("the page was not rebuilt after its minute")
		}
	})
}

func TestDashboardPages(t *testing.T) {
	var services []*feedback.Service
	for i := range dashboardPageSize + 3 {
		services = append(services, &feedback.Service{Slug: fmt.Sprintf("svc-%02d", i), Name: fmt.Sprintf("Service %02d", i)})
	}
	h := newHarness(t, nil, services...)
	tests := []struct {
		name, path   string
		want, absent []string
	}{
		{"the first page shows the first services and a link to the next", "/dashboard",
			[]string{"Service 00", "Service 19", "Page 1 sur 2", `href="?page=2"`}, []string{"Service 20", "Services précédents"}},
		{"the last page shows the rest and a link back", "/dashboard?page=2",
			[]string{"Service 20", "Service 22", `href="?page=1"`}, []string{"Service 19", "Services suivants"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := h.do(t, http.MethodGet, tt.path, "", "", nil)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(body), w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(string(body), a+"<") || strings.Contains(string(body), a+"\"") {
					t.Errorf("page shows %q", a)
				}
			}
		})
	}
}

func TestDelayAndPercent(t *testing.T) {
	tests := []struct {
		name, lang, got, want string
	}{
		{"seconds round up to a minute", "fr", delay("fr", 20*time.Second), "1 min"},
		{"minutes under an hour", "fr", delay("fr", 42*time.Minute), "42 min"},
		{"hours under two days", "en", delay("en", 30*time.Hour), "30 h"},
		{"days in French", "fr", delay("fr", 5*24*time.Hour), "5 j"},
		{"days in English", "en", delay("en", 5*24*time.Hour+3*time.Hour), "5 d"},
		{"French percent has a narrow space", "fr", percent("fr", 1.0/3), "33\u202f%"},
		{"English percent has none", "en", percent("en", 2.0/3), "67%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// BenchmarkDashboardBuild measures one uncached observatory page: 20
// services with 50 published contributions each over 3 procedures, half
// of them answered, on SQLite.
func BenchmarkDashboardBuild(b *testing.B) {
	var services []*feedback.Service
	for i := range dashboardPageSize {
		services = append(services, &feedback.Service{Slug: fmt.Sprintf("svc-%02d", i), Name: fmt.Sprintf("Service %02d", i)})
	}
	h := newHarness(b, nil, services...)
	created := time.Now().Add(-240 * time.Hour)
	ratings := feedback.Ratings
	for _, svc := range services {
		for j := range 50 {
			answered := time.Duration(0)
			if j%2 == 0 {
				answered = time.Duration(j+1) * time.Hour
			}
			seedPublished(b, h.store, svc.Slug, fmt.Sprintf("proc-%d", j%3), ratings[j%3], created, answered)
		}
	}
	d := newDashboard(&publicPages{s: h.srv})
	base := publicBase{Lang: "fr", T: publicMessages["fr"], Root: "./"}
	ctx := context.Background()
	for b.Loop() {
		if _, err := d.build(ctx, base, 1); err != nil {
			b.Fatal(err)
		}
	}
}
