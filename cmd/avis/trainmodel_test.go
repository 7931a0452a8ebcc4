package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTrainModelWritesAModelModerateCanUse(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "ours.jsonl")
	lines := `{"id":"1","text":"Bande de mollusques au guichet.","abusive":true}
{"id":"2","text":"Vous êtes des mollusques, tous.","abusive":true}
{"id":"3","text":"Je vais vous planter.","abusive":true,"threat":true}
{"id":"4","text":"Guichet rapide, merci.","abusive":false}
{"id":"5","text":"Accueil rapide et clair.","abusive":false}
`
	if err := os.WriteFile(corpus, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	var model, stderr bytes.Buffer
	if err := runTrainModel(context.Background(), []string{corpus}, &model, &stderr); err != nil {
		t.Fatalf("train-model: %v (%s)", err, stderr.String())
	}
	if !strings.Contains(model.String(), "mollusques\t") || strings.Contains(model.String(), "planter") {
		t.Fatalf("model = %q: want mollusques learnt and the threat left out", model.String())
	}
	lex := filepath.Join(dir, "lexicon")
	if err := os.Mkdir(lex, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lex, "abuse_model.txt"), model.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	in := `{"id":"a","text":"Des mollusques, voilà ce que vous êtes."}` + "\n"
	if out := runModerateLines(t, in, "--lexicon", lex, "--no-models"); out[0].Decision != "publish" {
		t.Errorf("model off: decision %s, want publish", out[0].Decision)
	}
	out := runModerateLines(t, in, "--lexicon", lex, "--model-threshold", "0.5")
	if out[0].Decision != "review" || len(out[0].Flags) != 1 || out[0].Flags[0] != "abuse" {
		t.Errorf("model on: %+v, want review for abuse", out[0])
	}
}

func TestTrainModelRefusesBadCorpora(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id":"1","text":"sans label"}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	oneClass := filepath.Join(dir, "one.jsonl")
	if err := os.WriteFile(oneClass, []byte(`{"text":"Merci","abusive":false}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no corpus", nil, "no corpus"},
		{"a missing file", []string{filepath.Join(dir, "none.jsonl")}, "no such file"},
		{"a line without its label", []string{bad}, "bad.jsonl:1: want a text and an abusive field"},
		{"one class only", []string{oneClass}, "examples of both classes"},
		{"no threat to learn", []string{"--kind", "threat", oneClass}, "training the threat model needs examples of both classes"},
		{"an unknown kind", []string{"--kind", "insult", oneClass}, "--kind must be abuse or threat"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := runTrainModel(context.Background(), tc.args, &stdout, &stderr)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("wrote %q on a failure", stdout.String())
			}
		})
	}
}
