package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/netip"

	"github.com/gin-gonic/gin"
)

// HashClient returns the keyed hash that stands for a client address in
// storage, rate limits and duplicate detection: HMAC-SHA256 under key of the
// address, where an IPv6 address counts as its /64 network (one household or
// device gets a whole /64) and an IPv4-mapped IPv6 address as its IPv4 form.
// The address itself is never kept.
func HashClient(key []byte, addr netip.Addr) string {
	addr = addr.Unmap().WithZone("")
	if addr.Is6() {
		if p, err := addr.Prefix(64); err == nil {
			addr = p.Addr()
		}
	}
	m := hmac.New(sha256.New, key)
	b, _ := addr.MarshalBinary() // never fails for a valid or zero Addr
	m.Write(b)
	return hex.EncodeToString(m.Sum(nil))
}

// clientHash hashes the request's client address: the socket's peer, or
// what a trusted proxy says it forwarded for.
func (s *Server) clientHash(c *gin.Context) string {
	addr, err := netip.ParseAddr(c.ClientIP())
	if err != nil {
		// A unix socket or an unparsable peer: all such clients share one key.
		addr = netip.Addr{}
	}
	return HashClient(s.hashKey, addr)
}
