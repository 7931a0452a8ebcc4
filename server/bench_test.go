package server

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// BenchmarkSubmit measures the whole submission path over loopback: HTTP,
// decoding, moderation, and the store's durable commit.
func BenchmarkSubmit(b *testing.B) {
	h := newHarness(b, nil)
	client := h.ts.Client()
	url := h.ts.URL + "/api/v1/feedback"
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		body := fmt.Sprintf(`{"service":"demo","procedure":"carte-grise","channel":"online","rating":"average",`+
			`"text":"Dossier traité en trois semaines, mais personne ne répond au téléphone (essai %d).","idempotency_key":"bench-%d"}`, i, i)
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
