package moderation

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation/lexicon"
)

var update = flag.Bool("update", false, "rewrite lexicon/abuse_model.txt from the labelled corpora")

// modelCorpora are the labelled corpora the embedded model is trained on:
// the shared dev sample and our own corpora that were tuned on, never
// heldout-4 or heldout-6, which stay blind.
var modelCorpora = []string{
	filepath.Join("..", "..", "shared", "eval", "dev.jsonl"),
	filepath.Join("..", "testdata", "eval", "heldout-1.jsonl"),
	filepath.Join("..", "testdata", "eval", "heldout-2.jsonl"),
	filepath.Join("..", "testdata", "eval", "heldout-3.jsonl"),
	filepath.Join("..", "testdata", "eval", "heldout-5.jsonl"),
}

func TestModelFlagsInsultsTheListsMiss(t *testing.T) {
	on, err := New(&Options{ModelThreshold: SuggestedModelThreshold})
	if err != nil {
		t.Fatal(err)
	}
	runEngineCases(t, on, []engineCase{
		{name: "staff called molluscs go to a moderator", text: "Vous êtes vraiment une bande de mollusques au guichet.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a fair complaint stays published", text: "Les agents du guichet sont débordés, ce n'est pas leur faute, il manque du personnel.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "rats in a waiting room stay published", text: "Il y avait des rats dans la salle d'attente de la préfecture, c'est insalubre.", decision: Publish, absent: []Kind{KindAbuse}},
	})
	res, err := on.Moderate(context.Background(), Input{Text: "Vous êtes vraiment une bande de mollusques au guichet."})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Flags {
		if f.Kind == KindAbuse && (f.Severity != SeverityMedium || len(f.Spans) == 0 || !strings.Contains(f.Reason, "statistical")) {
			t.Errorf("model flag = %+v, want medium severity, the model named and the words highlighted", f)
		}
	}
}

func TestModelThresholdMustBePositive(t *testing.T) {
	_, err := New(&Options{ModelThreshold: -1})
	var fe *feedback.Error
	if !errors.As(err, &fe) || fe.Code != feedback.EINVALID || fe.Field != "model_threshold" {
		t.Fatalf("New with a negative threshold: %v, want invalid model_threshold", err)
	}
}

func TestModelIsOffByDefault(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Moderate(context.Background(), Input{Text: "Vous êtes vraiment une bande de mollusques au guichet."})
	if err != nil {
		t.Fatal(err)
	}
	if res.Decision != Publish || len(res.Flags) != 0 {
		t.Errorf("with the model off: %s %+v, want publish and no flag", res.Decision, res.Flags)
	}
}

func TestTrainModelIsDeterministicAndNeedsBothClasses(t *testing.T) {
	e := newTestEngine(t, nil)
	ex := []ModelExample{
		{Text: "Vous êtes une bande de mollusques, Mme Durand.", Abusive: true},
		{Text: "Bande de mollusques au guichet.", Abusive: true},
		{Text: "Le guichet était rapide, merci.", Abusive: false},
		{Text: "Guichet rapide et agents aimables.", Abusive: false},
	}
	var a, b bytes.Buffer
	if err := e.TrainModel(context.Background(), &a, ex); err != nil {
		t.Fatal(err)
	}
	if err := e.TrainModel(context.Background(), &b, ex); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two trainings on the same examples differ")
	}
	ws, err := lexicon.ParseModel(&a)
	if err != nil {
		t.Fatalf("the trained model does not parse: %v", err)
	}
	got := map[string]float64{}
	for _, w := range ws {
		got[w.Feature] = w.Weight
	}
	if got["mollusques"] <= 0 || got["rapide"] >= 0 || got["guichet"] != 0 {
		t.Errorf("weights %v: want mollusques positive, rapide negative, guichet (in both classes) dropped", got)
	}
	if _, ok := got["durand"]; ok {
		t.Error("a masked name was learnt")
	}
	if err := e.TrainModel(context.Background(), &a, ex[:2]); err == nil {
		t.Error("training on one class succeeded")
	}
}

// TestEmbeddedModelIsCurrent retrains the model on the corpora and
// compares it with the embedded file: word lists that change what is
// masked or listed change the model. Run with -update to rewrite it.
func TestEmbeddedModelIsCurrent(t *testing.T) {
	var ex []ModelExample
	for _, path := range modelCorpora {
		items := readCorpus(t, path)
		for _, it := range items {
			ex = append(ex, ModelExample{Text: it.Text, Abusive: it.Abusive, Threat: it.Threat})
		}
	}
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := e.TrainModel(context.Background(), &buf, ex); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("lexicon", "abuse_model.txt")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, buf.Bytes()) {
		t.Errorf("%s is not the model of the corpora: run go test ./moderation -run TestEmbeddedModelIsCurrent -update (or avis train-model)", path)
	}
}
