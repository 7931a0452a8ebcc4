package server

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

// BenchmarkSubmit measures the whole submission path over loopback: HTTP,
// decoding, moderation, and the store's durable commit, on each store.
func BenchmarkSubmit(b *testing.B) {
	stores := []struct {
		name  string
		start func(testing.TB, func(*Options), ...*feedback.Service) *harness
	}{
		{"sqlite", newHarness},
		{"postgres", newPostgresHarness},
	}
	for _, st := range stores {
		h := st.start(b, nil)
		b.Run(st.name, func(b *testing.B) { benchmarkSubmit(b, h) })
	}
}

func benchmarkSubmit(b *testing.B, h *harness) {
	client := h.ts.Client()
	url := h.ts.URL + "/api/v1/feedback"
	run := time.Now().UnixNano() // keys stay unique across the runs on one store
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		body := fmt.Sprintf(`{"service":"demo","procedure":"carte-grise","channel":"online","rating":"average",`+
			`"text":"Dossier traité en trois semaines, mais personne ne répond au téléphone (essai %d).","idempotency_key":"bench-%d-%d"}`, i, run, i)
		resp, err := client.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			b.Fatalf("status %d", resp.StatusCode)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
}
