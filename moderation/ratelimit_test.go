package moderation_test

import (
	"context"
	"fmt"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/moderation"
)

func TestParseRates(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // formatted, in returned order
		wantErr string
	}{
		{name: "minute and day parse", in: "5-M,50-D", want: []string{"5-M", "50-D"}},
		{name: "spaces are ignored", in: " 5-M , 50-D ", want: []string{"5-M", "50-D"}},
		{name: "rates come back shortest first", in: "50-D,2-S,5-M", want: []string{"2-S", "5-M", "50-D"}},
		{name: "lower-case period is accepted", in: "3-h", want: []string{"3-h"}},
		{name: "unknown period is refused", in: "5-W", wantErr: "periods S, M, H, D"},
		{name: "missing period is refused", in: "5", wantErr: "want limit-period"},
		{name: "zero limit is refused", in: "0-M", wantErr: "must be positive"},
		{name: "negative limit is refused", in: "-1-M", wantErr: "want limit-period"},
		{name: "repeated period is refused", in: "5-M,10-M", wantErr: "period given twice"},
		{name: "empty element is refused", in: "5-M,", wantErr: "empty rate"},
		{name: "empty string is refused", in: "", wantErr: "empty rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rates, err := moderation.ParseRates(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseRates(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseRates(%q): %v", tt.in, err)
			}
			var got []string
			for _, r := range rates {
				got = append(got, r.Formatted)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("ParseRates(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzParseRates(f *testing.F) {
	for _, s := range []string{"5-M,50-D", "off", "", "1-S,1-M,1-H,1-D", "9999999999999999999-M", "5--M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rates, err := moderation.ParseRates(s)
		if err != nil {
			return
		}
		if len(rates) == 0 || len(rates) > 4 {
			t.Fatalf("ParseRates(%q) gave %d rates", s, len(rates))
		}
		for i, r := range rates {
			if r.Limit <= 0 || (i > 0 && r.Period <= rates[i-1].Period) {
				t.Fatalf("ParseRates(%q) = %+v: not positive or not strictly increasing periods", s, rates)
			}
		}
	})
}

func TestNewRateLimiterRefusesBadOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    moderation.RateLimitOptions
		wantErr string
	}{
		{name: "bad client rates name the option", opts: moderation.RateLimitOptions{Rates: "5-X"}, wantErr: "Rates"},
		{name: "bad service rates name the option", opts: moderation.RateLimitOptions{ServiceRates: "x"}, wantErr: "ServiceRates"},
		{name: "allow-list without rates is refused", opts: moderation.RateLimitOptions{
			AllowList: []moderation.NetworkRates{{Prefix: netip.MustParsePrefix("192.0.2.0/24")}},
		}, wantErr: "AllowList[0] (192.0.2.0/24)"},
		{name: "allow-list without network is refused", opts: moderation.RateLimitOptions{
			AllowList: []moderation.NetworkRates{{Rates: "60-M"}},
		}, wantErr: "invalid network"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := moderation.NewRateLimiter(&tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("NewRateLimiter error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// accepted sends n requests for req and counts the allowed ones.
func accepted(t *testing.T, l *moderation.RateLimiter, req moderation.RateRequest, n int) int {
	t.Helper()
	ok := 0
	for range n {
		if l.Allow(context.Background(), req).Allowed {
			ok++
		}
	}
	return ok
}

func TestRateLimiterMemory(t *testing.T) {
	counter := netip.MustParsePrefix("203.0.113.0/28")
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{
		Rates:        "5-M,50-D",
		ServiceRates: "12-M",
		AllowList:    []moderation.NetworkRates{{Prefix: counter, Rates: "10-M,200-D"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	home := netip.MustParseAddr("198.51.100.7")
	franceServices := netip.MustParseAddr("203.0.113.5")

	t.Run("a client gets exactly its per-minute quota", func(t *testing.T) {
		if got := accepted(t, l, moderation.RateRequest{ClientKey: "a", Addr: home, Service: "s1"}, 8); got != 5 {
			t.Errorf("accepted %d of 8, want 5", got)
		}
	})
	t.Run("another client is not affected", func(t *testing.T) {
		if got := accepted(t, l, moderation.RateRequest{ClientKey: "b", Addr: home, Service: "s1"}, 1); got != 1 {
			t.Errorf("accepted %d, want 1", got)
		}
	})
	t.Run("an allow-listed network gets its higher quota", func(t *testing.T) {
		if got := accepted(t, l, moderation.RateRequest{ClientKey: "fs", Addr: franceServices, Service: "s2"}, 15); got != 10 {
			t.Errorf("accepted %d of 15, want 10", got)
		}
	})
	t.Run("an IPv4-mapped address matches the allow-list", func(t *testing.T) {
		mapped := netip.AddrFrom16(franceServices.As16())
		ps := l.Policies(mapped)
		if len(ps) == 0 || ps[0].Limit != 10 {
			t.Errorf("Policies(%v) = %+v, want the allow-listed 10-M first", mapped, ps)
		}
	})
	t.Run("the service burst limit stops many clients", func(t *testing.T) {
		ok := 0
		for i := range 20 {
			if l.Allow(context.Background(), moderation.RateRequest{ClientKey: fmt.Sprint("c", i), Addr: home, Service: "s3"}).Allowed {
				ok++
			}
		}
		if ok != 12 {
			t.Errorf("accepted %d from 20 clients, want the service's 12", ok)
		}
	})
	t.Run("a refusal carries the headers' material", func(t *testing.T) {
		d := l.Allow(context.Background(), moderation.RateRequest{ClientKey: "a", Addr: home, Service: "s1"})
		if d.Allowed || d.Fallback {
			t.Fatalf("decision = %+v, want a refusal without fallback", d)
		}
		if s := d.RetryAfterSeconds(); s < 1 || s > 60 {
			t.Errorf("RetryAfterSeconds = %d, want 1..60", s)
		}
		if got, want := d.PolicyHeader(), `"client-minute";q=5;w=60`; got != want {
			t.Errorf("PolicyHeader = %q, want %q", got, want)
		}
		if h := d.Header(); !strings.HasPrefix(h, `"client-minute";r=0;t=`) {
			t.Errorf("Header = %q, want the exhausted minute policy", h)
		}
	})
	t.Run("an allowed request reports every policy", func(t *testing.T) {
		d := l.Allow(context.Background(), moderation.RateRequest{ClientKey: "fresh", Addr: home, Service: "s4"})
		if !d.Allowed || d.RetryAfterSeconds() != 0 {
			t.Fatalf("decision = %+v, want allowed", d)
		}
		want := `"client-minute";q=5;w=60, "client-day";q=50;w=86400, "service-minute";q=12;w=60`
		if got := d.PolicyHeader(); got != want {
			t.Errorf("PolicyHeader = %q, want %q", got, want)
		}
		if got := d.Header(); !strings.HasPrefix(got, `"client-minute";r=4;t=`) || !strings.Contains(got, `"client-day";r=49;t=`) {
			t.Errorf("Header = %q", got)
		}
		for _, u := range d.Usage {
			if u.Reset <= 0 || u.Reset > u.Window {
				t.Errorf("%s: Reset %v, want within its %v window", u.Name, u.Reset, u.Window)
			}
		}
	})
}

func TestRateLimiterOffAllowsEverything(t *testing.T) {
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: "off"})
	if err != nil {
		t.Fatal(err)
	}
	if got := accepted(t, l, moderation.RateRequest{ClientKey: "a", Service: "s"}, 100); got != 100 || !l.Disabled() {
		t.Errorf("accepted %d of 100 (disabled %v), want all", got, l.Disabled())
	}
	if first, ok, err := l.Remember(context.Background(), "k", "id1", time.Minute); err != nil || !ok || first != "id1" {
		t.Errorf("Remember on a disabled limiter = %q, %v, %v: duplicate detection must still work", first, ok, err)
	}
}

func TestRateLimiterConcurrentMemoryIsExact(t *testing.T) {
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: "7-M", ServiceRates: "off"})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	ok := 0
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if l.Allow(context.Background(), moderation.RateRequest{ClientKey: "same", Service: "s"}).Allowed {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if ok != 7 {
		t.Errorf("accepted %d of 50 concurrent requests, want exactly 7", ok)
	}
}

func TestDuplicateKey(t *testing.T) {
	base := moderation.DuplicateKey("client", "caf-94", "Très bien accueilli, merci.")
	tests := []struct {
		name                  string
		client, service, text string
		same                  bool
	}{
		{name: "case and spacing do not matter", client: "client", service: "caf-94", text: "  TRÈS bien\n accueilli,   merci. ", same: true},
		{name: "compatibility forms do not matter", client: "client", service: "caf-94", text: "Très bien accueilli, merci．", same: true},
		{name: "another client differs", client: "other", service: "caf-94", text: "Très bien accueilli, merci.", same: false},
		{name: "another service differs", client: "client", service: "cpam-75", text: "Très bien accueilli, merci.", same: false},
		{name: "another text differs", client: "client", service: "caf-94", text: "Très mal accueilli.", same: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := moderation.DuplicateKey(tt.client, tt.service, tt.text) == base; got != tt.same {
				t.Errorf("same key = %v, want %v", got, tt.same)
			}
		})
	}
}

// fakeClock is a settable clock for probe intervals and local windows.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func TestDuplicatesInMemory(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)}
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Clock: clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	checkDuplicates(t, ctx, l, func(d time.Duration) { clock.Advance(d) })
}

// checkDuplicates runs the duplicate-window contract on l; expire makes a
// window of one second pass.
func checkDuplicates(t *testing.T, ctx context.Context, l *moderation.RateLimiter, expire func(time.Duration)) {
	t.Helper()
	if _, seen, err := l.SeenRecently(ctx, "k1"); err != nil || seen {
		t.Fatalf("SeenRecently before Remember = %v, %v; want unseen", seen, err)
	}
	if first, ok, err := l.Remember(ctx, "k1", "id-1", time.Second); err != nil || !ok || first != "id-1" {
		t.Fatalf("first Remember = %q, %v, %v; want id-1, true", first, ok, err)
	}
	if first, ok, err := l.Remember(ctx, "k1", "id-2", time.Second); err != nil || ok || first != "id-1" {
		t.Fatalf("second Remember = %q, %v, %v; want the first id-1, false", first, ok, err)
	}
	if first, seen, err := l.SeenRecently(ctx, "k1"); err != nil || !seen || first != "id-1" {
		t.Fatalf("SeenRecently = %q, %v, %v; want id-1", first, seen, err)
	}
	expire(1100 * time.Millisecond)
	if _, seen, err := l.SeenRecently(ctx, "k1"); err != nil || seen {
		t.Fatalf("SeenRecently after the window = %v, %v; want unseen", seen, err)
	}
	if first, ok, err := l.Remember(ctx, "k1", "id-3", time.Second); err != nil || !ok || first != "id-3" {
		t.Fatalf("Remember after the window = %q, %v, %v; want a new first", first, ok, err)
	}
	for _, bad := range []struct{ key, id string }{{"", "id"}, {"k", ""}} {
		if _, _, err := l.Remember(ctx, bad.key, bad.id, time.Minute); err == nil {
			t.Errorf("Remember(%q, %q) accepted an empty argument", bad.key, bad.id)
		}
	}
	if _, _, err := l.Remember(ctx, "k2", "id", time.Millisecond); err == nil {
		t.Error("Remember accepted a window under a second")
	}
}

func ExamplePolicyHeader() {
	l, err := moderation.NewRateLimiter(&moderation.RateLimitOptions{Rates: "5-M,50-D", ServiceRates: "off"})
	if err != nil {
		panic(err)
	}
	fmt.Println(moderation.PolicyHeader(l.Policies(netip.MustParseAddr("192.0.2.1"))))
	// Output: "client-minute";q=5;w=60, "client-day";q=50;w=86400
}
