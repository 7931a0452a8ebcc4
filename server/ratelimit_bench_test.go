package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avisproject/avis/internal/redistest"
	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
)

// BenchmarkGuardedSubmit measures the submission path over loopback on
// SQLite with no limiter, the memory limiter and the Redis limiter, each
// submission from its own citizen (X-Forwarded-For from a trusted proxy) so
// that none is refused (the service burst limit is off): the cost of the
// guard itself, duplicate windows included.
func BenchmarkGuardedSubmit(b *testing.B) {
	limiters := []struct {
		name string
		new  func(b *testing.B) *moderation.RateLimiter
	}{
		{"none", func(*testing.B) *moderation.RateLimiter { return nil }},
		{"memory", func(b *testing.B) *moderation.RateLimiter {
			l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{ServiceRates: "off"})
			if err != nil {
				b.Fatal(err)
			}
			return l
		}},
		{"redis", func(b *testing.B) *moderation.RateLimiter {
			srv := redistest.Start(b)
			rc, err := moderation.NewRedisClient(srv.URL())
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { rc.Close() })
			l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Redis: rc, ServiceRates: "off"})
			if err != nil {
				b.Fatal(err)
			}
			return l
		}},
	}
	for _, lim := range limiters {
		b.Run(lim.name, func(b *testing.B) {
			l := lim.new(b)
			ts := startInstance(b, openStore(b, filepath.Join(b.TempDir(), "avis.db")), func(o *server.Options) {
				o.RateLimiter = l
				o.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
			})
			client := ts.Client()
			b.ReportAllocs()
			start := time.Now()
			i := 0
			for b.Loop() {
				body := fmt.Sprintf(`{"service":"demo","channel":"online","rating":"average","text":"Dossier traité en trois semaines (essai %d).","website":"","elapsed_ms":30000}`, i)
				req, err := http.NewRequest(http.MethodPost, ts.URL+"/api/v1/feedback", strings.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Forwarded-For", fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255))
				resp, err := client.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusCreated {
					b.Fatalf("status %d", resp.StatusCode)
				}
				i++
			}
			b.ReportMetric(float64(i)/time.Since(start).Seconds(), "req/s")
		})
	}
}
