package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type outLine struct {
	ID       string   `json:"id"`
	Decision string   `json:"decision"`
	Text     string   `json:"text"`
	Flags    []string `json:"flags"`
	Lang     string   `json:"lang"`
	Error    *struct {
		Code, Field, Message string
	} `json:"error"`
}

func runModerateLines(t *testing.T, input string, args ...string) []outLine {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := runModerate(context.Background(), args, strings.NewReader(input), &stdout, &stderr); err != nil {
		t.Fatalf("runModerate: %v (stderr %s)", err, stderr.String())
	}
	var out []outLine
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var o outLine
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		out = append(out, o)
	}
	return out
}

func TestModerateKeepsOrderWithManyWorkers(t *testing.T) {
	var in strings.Builder
	for i := range 500 {
		text := "Très bon accueil, merci."
		if i%7 == 0 {
			text = "Merci à Mme Dupont, tel 06 12 34 56 78"
		}
		fmt.Fprintf(&in, `{"id":"x%03d","text":%q}`+"\n", i, text)
	}
	out := runModerateLines(t, in.String(), "--workers", "8")
	if len(out) != 500 {
		t.Fatalf("%d output lines, want 500", len(out))
	}
	for i, o := range out {
		if want := fmt.Sprintf("x%03d", i); o.ID != want {
			t.Fatalf("line %d has id %s, want %s", i, o.ID, want)
		}
		if i%7 == 0 && (strings.Contains(o.Text, "Dupont") || !strings.Contains(strings.Join(o.Flags, ","), "personal_data")) {
			t.Fatalf("line %d not masked: %+v", i, o)
		}
	}
}

func TestModerateBadLineGetsAnErrorLine(t *testing.T) {
	input := `{"id":"a","text":"Bon accueil"}
{"id":"b","text": oops}
not json at all

{"text":"no id"}
{"id":"c","text":"Le conseiller est un connard"}
`
	out := runModerateLines(t, input)
	if len(out) != 5 {
		t.Fatalf("%d lines, want 5: %+v", len(out), out)
	}
	tests := []struct {
		id, decision, code, field string
	}{
		{"a", "publish", "", ""},
		{"b", "", "invalid", ""},
		{"", "", "invalid", ""},
		{"", "", "invalid", "id"},
		{"c", "review", "", ""},
	}
	for i, tt := range tests {
		o := out[i]
		if o.ID != tt.id || o.Decision != tt.decision {
			t.Errorf("line %d = %+v, want id %q decision %q", i, o, tt.id, tt.decision)
		}
		code, field := "", ""
		if o.Error != nil {
			code, field = o.Error.Code, o.Error.Field
		}
		if code != tt.code || field != tt.field {
			t.Errorf("line %d error = %q/%q, want %q/%q", i, code, field, tt.code, tt.field)
		}
		if o.Flags == nil {
			t.Errorf("line %d: flags must be a list, even empty", i)
		}
	}
}

func TestModerateAgentsAndLexiconFiles(t *testing.T) {
	dir := t.TempDir()
	agents := filepath.Join(dir, "agents.tsv")
	if err := os.WriteFile(agents, []byte("# agents\ncaf-94\tGwenaëlle Kerbrat\nOndine Vasseur\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	lex := filepath.Join(dir, "lexicon")
	if err := os.Mkdir(lex, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lex, "abuse_fr.txt"), []byte("tocard\tinsult\t2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	input := `{"id":"1","text":"merci a vasseur, super"}
{"id":"2","text":"ce tocard m'a raccroché au nez"}
`
	out := runModerateLines(t, input, "--agents", agents, "--lexicon", lex)
	if strings.Contains(out[0].Text, "vasseur") {
		t.Errorf("agent not masked: %q", out[0].Text)
	}
	if out[1].Decision != "review" || !strings.Contains(strings.Join(out[1].Flags, ","), "abuse") {
		t.Errorf("agency word not used: %+v", out[1])
	}
}

func TestModerateRejectsBadFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"zero workers", []string{"--workers", "0"}},
		{"missing agents file", []string{"--agents", filepath.Join(t.TempDir(), "none.tsv")}},
		{"lexicon is not a folder", []string{"--lexicon", filepath.Join(t.TempDir(), "none")}},
		{"stray argument", []string{"extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if err := runModerate(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr); err == nil {
				t.Fatal("bad flags accepted")
			}
		})
	}
}
