package server_test

import (
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avisproject/avis/server"
)

// scrape returns the /metrics page of base.
func scrape(t *testing.T, client *http.Client, base string) string {
	t.Helper()
	resp, err := client.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	return string(b)
}

func TestMetricsCountSubmissions(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
	ts := startInstance(t, st, func(o *server.Options) { o.RateLimiter = newLimiter(t, "3-M") })
	// A second server in the same process must not collide with the first:
	// each has its own registry.
	other := startInstance(t, st, nil)

	post(t, ts.Client(), ts.URL, story("Très bon accueil à l'agence."), nil)
	post(t, ts.Client(), ts.URL, map[string]any{"service": "demo", "rating": "good", "text": "Visitez mon site !", "website": "x"}, nil)
	post(t, ts.Client(), ts.URL, story("Très bon accueil à l'agence."), nil) // duplicate
	post(t, ts.Client(), ts.URL, story("Quatrième envoi de la minute."), nil)
	post(t, ts.Client(), ts.URL, map[string]any{"service": "demo", "rating": "good"}, nil) // 400 after the limit: still 429

	page := scrape(t, ts.Client(), ts.URL)
	for _, want := range []string{
		`avis_submissions_total{decision="publish"} 1`,
		`avis_submissions_total{decision="review"} 1`,
		`avis_submissions_total{decision="reject"} 0`,
		`avis_flags_total{kind="spam"} 1`,
		`avis_screened_total{reason="honeypot"} 1`,
		`avis_screened_total{reason="duplicate"} 1`,
		`avis_rate_limited_total{policy="client-minute"} 2`,
		`avis_moderation_duration_seconds_count 2`,
		`avis_store_duration_seconds_count{op="create_feedback"} 2`,
		`avis_store_duration_seconds_count{op="get_service"} 2`,
		`go_goroutines `,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(page, "avis_redis_fallback") {
		t.Error("/metrics shows a Redis state without Redis")
	}
	if o := scrape(t, other.Client(), other.URL); !strings.Contains(o, `avis_submissions_total{decision="publish"} 0`) {
		t.Error("the second server's metrics are not its own")
	}
}
