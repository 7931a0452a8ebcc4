package moderation

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"golang.org/x/text/unicode/norm"
)

// DefaultDuplicateWindow is how long the same text from the same client
// counts as a repeat of the first contribution.
const DefaultDuplicateWindow = 10 * time.Minute

// DuplicateKey returns the key under which a contribution is remembered for
// duplicate detection: a hash of the client key, the service and the text
// normalised (NFKC, lower case, runs of white space made one space), so that
// a resubmission differing only in case or spacing is the same contribution.
func DuplicateKey(clientKey, service, text string) string {
	t := strings.ToLower(norm.NFKC.String(text))
	t = strings.Join(strings.Fields(t), " ")
	h := sha256.New()
	h.Write([]byte(clientKey))
	h.Write([]byte{0})
	h.Write([]byte(service))
	h.Write([]byte{0})
	h.Write([]byte(t))
	return hex.EncodeToString(h.Sum(nil))
}

// duplicates remembers recent contributions in Redis (SET NX EX) when it
// answers, in local memory otherwise.
type duplicates struct {
	store *fallbackStore

	mu      sync.Mutex
	local   map[string]dupEntry
	sweepAt int // sweep expired entries when local grows past this
}

type dupEntry struct {
	id      string
	expires time.Time
}

func newDuplicates(s *fallbackStore) *duplicates {
	return &duplicates{store: s, local: make(map[string]dupEntry), sweepAt: 1024}
}

func (d *duplicates) redisKey(key string) string { return d.store.prefix + ":dup:" + key }

// errNoKey is returned for an empty duplicate key.
var errNoKey = errors.New("duplicate detection: empty key")

// SeenRecently reports whether a contribution was remembered under key
// within its window and returns that first contribution's ID. It falls back
// to local memory when Redis is unavailable; it fails only for an empty key
// or a context already done.
func (l *RateLimiter) SeenRecently(ctx context.Context, key string) (firstID string, seen bool, err error) {
	if key == "" {
		return "", false, errNoKey
	}
	if err := ctx.Err(); err != nil {
		return "", false, err
	}
	d := l.dups
	var id string
	ok := d.store.withRedis(ctx, func(rctx context.Context) error {
		v, err := d.store.redis.Get(rctx, d.redisKey(key)).Result()
		if errors.Is(err, redis.Nil) {
			return nil
		}
		id = v
		return err
	})
	if ok {
		return id, id != "", nil
	}
	id, seen = d.localGet(key)
	return id, seen, nil
}

// Remember records id as the contribution for key during window, unless
// another was remembered first: then it returns that one's ID and
// first=false. With Redis this is one atomic SET NX EX shared by every
// instance. It fails only for an empty key or id, a window under a second,
// or a context already done.
func (l *RateLimiter) Remember(ctx context.Context, key, id string, window time.Duration) (firstID string, first bool, err error) {
	if key == "" {
		return "", false, errNoKey
	}
	if id == "" {
		return "", false, errors.New("duplicate detection: empty id")
	}
	if window < time.Second {
		return "", false, errors.New("duplicate detection: window must be at least one second")
	}
	if err := ctx.Err(); err != nil {
		return "", false, err
	}
	d := l.dups
	firstID, first = id, true
	ok := d.store.withRedis(ctx, func(rctx context.Context) error {
		set, err := d.store.redis.SetNX(rctx, d.redisKey(key), id, window).Result()
		if err != nil || set {
			return err
		}
		v, err := d.store.redis.Get(rctx, d.redisKey(key)).Result()
		if errors.Is(err, redis.Nil) {
			// Expired between the two calls: the window is over.
			return nil
		}
		firstID, first = v, false
		return err
	})
	if ok {
		return firstID, first, nil
	}
	firstID, first = d.localRemember(key, id, window)
	return firstID, first, nil
}

func (d *duplicates) localGet(key string) (string, bool) {
	now := d.store.clock()
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.local[key]
	if !ok || !now.Before(e.expires) {
		return "", false
	}
	return e.id, true
}

func (d *duplicates) localRemember(key, id string, window time.Duration) (string, bool) {
	now := d.store.clock()
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.local[key]; ok && now.Before(e.expires) {
		return e.id, false
	}
	d.local[key] = dupEntry{id: id, expires: now.Add(window)}
	if len(d.local) > d.sweepAt {
		for k, e := range d.local {
			if !now.Before(e.expires) {
				delete(d.local, k)
			}
		}
		// Grow the threshold with what is still live so that a sweep stays
		// amortised over as many inserts as the map holds.
		d.sweepAt = max(1024, 2*len(d.local))
	}
	return id, true
}
