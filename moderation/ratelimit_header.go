package moderation

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The header fields follow draft-ietf-httpapi-ratelimit-headers-11 (May
// 2026): RateLimit-Policy and RateLimit are Structured Field lists of
// policies named by a String, with parameters q (quota) and w (window, in
// seconds) in the policy, r (remaining) and t (seconds to the window's end)
// in the service limit. Older drafts' "limit=5, remaining=2, reset=37" and
// RateLimit-Limit/-Remaining/-Reset fields are not sent.

// PolicyHeader returns the RateLimit-Policy field value for policies, e.g.
// `"client-minute";q=5;w=60, "client-day";q=50;w=86400`.
func PolicyHeader(policies []Policy) string {
	parts := make([]string, len(policies))
	for i, p := range policies {
		parts[i] = fmt.Sprintf("%s;q=%d;w=%d", strconv.Quote(p.Name), p.Limit, int64(p.Window/time.Second))
	}
	return strings.Join(parts, ", ")
}

// Header returns the RateLimit field value of the decision: one service
// limit per policy the request was counted against, e.g.
// `"client-minute";r=2;t=37`. It is "" when nothing was counted.
func (d RateDecision) Header() string {
	parts := make([]string, len(d.Usage))
	for i, u := range d.Usage {
		parts[i] = fmt.Sprintf("%s;r=%d;t=%d", strconv.Quote(u.Name), u.Remaining, int64(u.Reset/time.Second))
	}
	return strings.Join(parts, ", ")
}

// PolicyHeader returns the RateLimit-Policy field value of the policies the
// request was counted against.
func (d RateDecision) PolicyHeader() string {
	ps := make([]Policy, len(d.Usage))
	for i, u := range d.Usage {
		ps[i] = u.Policy
	}
	return PolicyHeader(ps)
}

// RetryAfterSeconds returns the Retry-After value in whole seconds, at least
// 1 for a refusal and 0 when the request was allowed.
func (d RateDecision) RetryAfterSeconds() int64 {
	if d.Allowed {
		return 0
	}
	return max(int64((d.RetryAfter+time.Second-1)/time.Second), 1)
}
