package server

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestHashClientGroupsIPv6By64(t *testing.T) {
	key := []byte("a-key-of-sixteen-bytes")
	tests := []struct {
		name   string
		a, b   string
		sameID bool
	}{
		{"two addresses of one /64 are one client", "2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", true},
		{"two /64 of one /48 are two clients", "2001:db8:1:2::1", "2001:db8:1:3::1", false},
		{"an IPv4-mapped address is its IPv4 form", "::ffff:192.0.2.7", "192.0.2.7", true},
		{"a zone does not matter", "fe80::1%eth0", "fe80::2", true},
		{"two IPv4 addresses are two clients", "192.0.2.7", "192.0.2.8", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ha := HashClient(key, netip.MustParseAddr(tt.a))
			hb := HashClient(key, netip.MustParseAddr(tt.b))
			if (ha == hb) != tt.sameID {
				t.Errorf("HashClient(%s)=%s, HashClient(%s)=%s", tt.a, ha, tt.b, hb)
			}
			if len(ha) != 64 {
				t.Errorf("hash %q is not 32 hex bytes", ha)
			}
		})
	}
	if HashClient(key, netip.MustParseAddr("192.0.2.7")) == HashClient([]byte("another-key-of-16-bytes"), netip.MustParseAddr("192.0.2.7")) {
		t.Errorf("the hash does not depend on the key")
	}
}

func TestClientAddressComesFromTrustedProxiesOnly(t *testing.T) {
	forged := http.Header{"X-Forwarded-For": {"203.0.113.9"}, "X-Real-Ip": {"203.0.113.10"}}
	loopback := HashClient(testKey, netip.MustParseAddr("127.0.0.1"))
	forwarded := HashClient(testKey, netip.MustParseAddr("203.0.113.9"))
	tests := []struct {
		name    string
		proxies []netip.Prefix
		want    string
	}{
		{"no trusted proxy ignores a forged X-Forwarded-For", nil, loopback},
		{"a proxy outside the trusted networks is ignored", []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}, loopback},
		{"a trusted proxy is believed", []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}, forwarded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(o *Options) { o.TrustedProxies = tt.proxies })
			resp, b := h.submit(t, `{"service":"demo","rating":"good","text":"Bien."}`, forged)
			if resp.StatusCode != http.StatusCreated {
				t.Fatalf("status %d: %s", resp.StatusCode, b)
			}
			all := h.stored(t)
			if len(all) != 1 || all[0].ClientHash != tt.want {
				t.Errorf("stored client hash %q, want %q", all[0].ClientHash, tt.want)
			}
		})
	}
}
