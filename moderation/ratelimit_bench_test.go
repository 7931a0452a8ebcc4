package moderation_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/avisproject/avis/internal/redistest"
	"github.com/avisproject/avis/moderation"
)

// BenchmarkRateLimiterAllow measures one decision (client minute and day,
// service minute) on each store, spread over many clients so that most
// requests are allowed, as in normal traffic.
func BenchmarkRateLimiterAllow(b *testing.B) {
	stores := []struct {
		name string
		opts func(b *testing.B) *moderation.RateLimitOptions
	}{
		{"memory", func(*testing.B) *moderation.RateLimitOptions {
			return &moderation.RateLimitOptions{ServiceRates: "off"}
		}},
		{"redis", func(b *testing.B) *moderation.RateLimitOptions {
			srv := redistest.Start(b)
			rc, err := moderation.NewRedisClient(srv.URL())
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { rc.Close() })
			return &moderation.RateLimitOptions{ServiceRates: "off", Redis: rc}
		}},
	}
	for _, st := range stores {
		b.Run(st.name, func(b *testing.B) {
			l, err := moderation.NewRateLimiter(st.opts(b))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			fallback := 0
			i := 0
			for b.Loop() {
				d := l.Allow(ctx, moderation.RateRequest{ClientKey: fmt.Sprint("client-", i%100000), Service: "demo"})
				if d.Fallback {
					fallback++
				}
				i++
			}
			if fallback > 0 {
				b.Errorf("%d decisions fell back to memory", fallback)
			}
		})
	}
}
