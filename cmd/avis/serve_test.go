package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/avisproject/avis/internal/pgtest"
)

// lockedBuffer collects the server's log lines from its goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// startServe runs `avis serve` until the returned stop is called; stop
// cancels its context as SIGTERM does and waits for a clean return.
func startServe(t *testing.T, args []string, env map[string]string) (base string, stop func()) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), envOf(env), nil, logs, logs)
	}()
	base = "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not answer within 10s\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return base, func() {
		t.Helper()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("serve returned %v\n%s", err, logs)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("serve did not stop\n%s", logs)
		}
		if !strings.Contains(logs.String(), "msg=stopped") {
			t.Errorf("no graceful stop in the logs:\n%s", logs)
		}
	}
}

func TestServeKeepsContributionsAcrossRestarts(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		testRestart(t, map[string]string{"AVIS_DATABASE": filepath.Join(t.TempDir(), "avis.db")})
	})
	t.Run("postgres", func(t *testing.T) {
		testRestart(t, map[string]string{"AVIS_DATABASE": pgtest.Start(t), "AVIS_SECRET": "a-shared-secret-for-all-instances"})
	})
}

// testRestart submits to `avis serve`, stops it, starts it again on the
// same database and finds the contribution. The first run takes the
// database from a flag, the second from the environment.
func testRestart(t *testing.T, env map[string]string) {
	args := []string{"--database", env["AVIS_DATABASE"]}
	if env["AVIS_SECRET"] != "" {
		args = append(args, "--secret", env["AVIS_SECRET"])
	}
	base, stop := startServe(t, args, nil)

	resp, err := http.Post(base+"/api/v1/feedback", "application/json", strings.NewReader(
		`{"service":"demo","rating":"good","channel":"counter","text":"Accueil rapide et aimable au guichet.","idempotency_key":"restart-1"}`))
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ ID, Status, URL string }
	err = json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusCreated || created.ID == "" {
		t.Fatalf("POST: status %d, %+v, %v", resp.StatusCode, created, err)
	}
	page, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page.Body.Close()
	if page.StatusCode != http.StatusOK || !strings.HasPrefix(page.Header.Get("Content-Type"), "text/html") {
		t.Errorf("demo page: status %d, %s", page.StatusCode, page.Header.Get("Content-Type"))
	}
	stop()

	base, stop = startServe(t, nil, env)
	defer stop()
	resp, err = http.Get(base + "/api/v1/feedback/" + created.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ ID, Text, Status string }
	err = json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || got.ID != created.ID || got.Text == "" {
		t.Fatalf("after restart: status %d, %+v, %v", resp.StatusCode, got, err)
	}
	// The same idempotency key after the restart is still the same contribution.
	resp, err = http.Post(base+"/api/v1/feedback", "application/json", strings.NewReader(
		`{"service":"demo","rating":"good","text":"Accueil rapide et aimable au guichet.","idempotency_key":"restart-1"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("retry after restart: status %d, want 200", resp.StatusCode)
	}
}

func TestServeRefusesABadConfigurationBeforeListening(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
	}{
		{"postgres without a secret", []string{"--database", "postgres://avis@127.0.0.1:1/avis"}},
		{"a short secret", []string{"--database", filepath.Join(dir, "a.db"), "--secret", "short"}},
		{"an address in use", nil},
		{"a missing agent directory", []string{"--database", filepath.Join(dir, "c.db"), "--agents", filepath.Join(dir, "none.txt")}},
		{"a missing lexicon folder", []string{"--database", filepath.Join(dir, "d.db"), "--lexicon", filepath.Join(dir, "none")}},
	}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	tests[2].args = []string{"--database", filepath.Join(dir, "b.db"), "--addr", busy.Addr().String()}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			var logs bytes.Buffer
			if err := run(ctx, append([]string{"serve"}, tt.args...), envOf(nil), nil, &logs, &logs); err == nil {
				t.Errorf("serve %v returned nil", tt.args)
			}
		})
	}
}

func TestServicesAddUpdateAndList(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "avis.db")
	var out, errs bytes.Buffer
	err := run(ctx, []string{"services", "add", "--database", db, "--slug", "caf-94", "--name", "CAF du Val-de-Marne",
		"--network", "CAF", "--origins", "https://www.caf.fr"}, envOf(nil), nil, &out, &errs)
	if err != nil {
		t.Fatalf("add: %v\n%s", err, errs.String())
	}
	for _, bad := range [][]string{
		{"--slug", "caf-94", "--name", "Again"},
		{"--slug", "CAF 94", "--name", "Bad slug"},
		{"--slug", "cpam-75"},
		{"--slug", "cpam-75", "--name", "CPAM", "--origins", "www.ameli.fr"},
	} {
		if err := run(ctx, append([]string{"services", "add", "--database", db}, bad...), envOf(nil), nil, &out, &errs); err == nil {
			t.Errorf("services add %v: no error", bad)
		}
	}
	if err := run(ctx, []string{"services", "update", "--database", db, "--slug", "caf-94", "--origins", "https://www.caf.fr,https://caf.fr"},
		envOf(nil), nil, &out, &errs); err != nil {
		t.Fatalf("update: %v", err)
	}
	for _, bad := range [][]string{
		{"--slug", "cpam-75", "--name", "Unknown"},
		{"--slug", "caf-94", "--origins", "caf.fr"},
		{"--slug", "caf-94", "--name", ""},
	} {
		if err := run(ctx, append([]string{"services", "update", "--database", db}, bad...), envOf(nil), nil, &out, &errs); err == nil {
			t.Errorf("services update %v: no error", bad)
		}
	}
	out.Reset()
	if err := run(ctx, []string{"services", "list"}, envOf(map[string]string{"AVIS_DATABASE": db}), nil, &out, &errs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "caf-94") || !strings.Contains(lines[1], "https://www.caf.fr,https://caf.fr") {
		t.Errorf("list:\n%s", out.String())
	}
}

func TestRunDispatch(t *testing.T) {
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"help"}, envOf(nil), nil, &out, &errs); err != nil || !strings.Contains(out.String(), "serve") {
		t.Errorf("help: %v %q", err, out.String())
	}
	for _, args := range [][]string{nil, {"frobnicate"}, {"services"}, {"services", "remove"}} {
		if err := run(context.Background(), args, envOf(nil), nil, &out, &errs); err == nil {
			t.Errorf("run %v: no error", args)
		}
	}
}

func TestServeModeratesWithTheAgencysAgentDirectory(t *testing.T) {
	dir := t.TempDir()
	agents := filepath.Join(dir, "agents.txt")
	if err := os.WriteFile(agents, []byte("caf-94\tGwenaëlle Kerbrat\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"services", "add", "--database", filepath.Join(dir, "avis.db"),
		"--slug", "caf-94", "--name", "CAF du Val-de-Marne", "--origins", "*"}, envOf(nil), nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, []string{"--database", filepath.Join(dir, "avis.db"), "--agents", agents}, nil)
	defer stop()
	tests := []struct {
		name, text, status string
		flag               string
	}{
		{"an agent's name is masked and published", "Gwenaëlle Kerbrat au guichet a tout réglé en dix minutes, merci.", "published", "person_name"},
		{"a threat is rejected", "Je vais revenir avec une arme et vous tuer tous au guichet.", "rejected", "threat"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := fmt.Sprintf(`{"service":"caf-94","rating":"good","text":%q,"idempotency_key":"agents-%d"}`, tt.text, i)
			resp, err := http.Post(base+"/api/v1/feedback", "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				Status, Text string
				Flags        []string
			}
			err = json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusCreated {
				t.Fatalf("status %d, %v", resp.StatusCode, err)
			}
			if out.Status != tt.status || !slices.Contains(out.Flags, tt.flag) || strings.Contains(out.Text, "Kerbrat") {
				t.Errorf("got %+v, want status %s with flag %s and no agent name", out, tt.status, tt.flag)
			}
		})
	}
}
