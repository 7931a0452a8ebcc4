package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/pgstore"
	"github.com/avisproject/avis/feedback/sqlitestore"
	"github.com/avisproject/avis/internal/pgtest"
	"github.com/avisproject/avis/moderation"
)

// testKey is the client-hash key of every test server.
var testKey = []byte("0123456789abcdef0123456789abcdef")

// harness is a real avis server over loopback on a SQLite file.
type harness struct {
	store feedback.Store
	srv   *Server
	ts    *httptest.Server
	logs  *syncBuffer
}

// syncBuffer collects logs written from the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServices are created in every harness unless the test brings its own.
func testServices() []*feedback.Service {
	return []*feedback.Service{
		{Slug: "demo", Name: "Démo", AllowedOrigins: []string{"*"}},
		{Slug: "caf-94", Name: "CAF du Val-de-Marne", Network: "CAF", AllowedOrigins: []string{"https://www.caf.fr"}},
	}
}

// newHarness starts a server on a SQLite file; configure may change the
// options and services may replace the default services.
func newHarness(t testing.TB, configure func(*Options), services ...*feedback.Service) *harness {
	t.Helper()
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	st, err := sqlitestore.Open(context.Background(), filepath.Join(t.TempDir(), "avis.db"), &sqlitestore.Options{Logger: logger})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return startHarness(t, st, logs, configure, services...)
}

// newPostgresHarness starts a server on a fresh PostgreSQL database.
func newPostgresHarness(t testing.TB, configure func(*Options), services ...*feedback.Service) *harness {
	t.Helper()
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	st, err := pgstore.Open(context.Background(), pgtest.Start(t), &pgstore.Options{Logger: logger})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return startHarness(t, st, logs, configure, services...)
}

// startHarness serves st over loopback.
func startHarness(t testing.TB, st feedback.Store, logs *syncBuffer, configure func(*Options), services ...*feedback.Service) *harness {
	t.Helper()
	ctx := context.Background()
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if len(services) == 0 {
		services = testServices()
	}
	for _, s := range services {
		if err := st.CreateService(ctx, s); err != nil {
			t.Fatalf("create service %s: %v", s.Slug, err)
		}
	}
	opts := &Options{Store: st, Moderator: newModerator(t), Logger: logger, ClientHashKey: testKey}
	if configure != nil {
		configure(opts)
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &harness{store: st, srv: srv, ts: ts, logs: logs}
}

// newModerator returns the real moderation engine with its embedded
// lexicon. The engine is read-only once built and safe for concurrent
// use: the tests share one, which built for each harness made most of
// the package's time under the race detector.
func newModerator(t testing.TB) *moderation.Engine {
	t.Helper()
	engine, err := sharedEngine()
	if err != nil {
		t.Fatalf("moderation.New: %v", err)
	}
	return engine
}

// sharedEngine is the moderation engine the tests share.
var sharedEngine = sync.OnceValues(func() (*moderation.Engine, error) { return moderation.New(nil) })

// do sends a request and returns the response with its body read.
func (h *harness) do(t testing.TB, method, path, contentType, body string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, h.ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := h.ts.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

// submit posts a JSON submission.
func (h *harness) submit(t testing.TB, body string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	return h.do(t, http.MethodPost, "/api/v1/feedback", "application/json", body, header)
}

// mustSubmit posts a submission that must be created and returns its answer.
func (h *harness) mustSubmit(t testing.TB, body string) submitResponse {
	t.Helper()
	resp, b := h.submit(t, body, nil)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("submit: status %d, body %s", resp.StatusCode, b)
	}
	var out submitResponse
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return out
}

// stored returns every contribution in the store, whatever its status.
func (h *harness) stored(t testing.TB) []*feedback.Feedback {
	t.Helper()
	var all []*feedback.Feedback
	f := feedback.Filter{Limit: feedback.MaxPageSize}
	for {
		page, err := h.store.ListFeedback(context.Background(), f)
		if err != nil {
			t.Fatalf("list: %v", err)
		}
		all = append(all, page.Items...)
		if page.NextCursor == "" {
			return all
		}
		f.Cursor = page.NextCursor
	}
}

// apiError decodes an error answer.
func apiError(t testing.TB, b []byte) errorDetail {
	t.Helper()
	var e errorBody
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("not an error body: %s (%v)", b, err)
	}
	if e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("error body without code or message: %s", b)
	}
	return e.Error
}
