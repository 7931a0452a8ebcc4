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

// modelCorpora returns the labelled corpora the embedded model of kind
// is trained on, in the order it reads them: the shared dev sample and
// our evaluation corpora that were tuned on (heldout-1 to 7 but 4, then,
// since round 34, readCorpora), then the training corpora
// testdata/train/models.tsv names for the model, in its order. Never
// heldout-4 (never tuned on), heldout-8 (the models' held-out check),
// heldout-9 and heldout-12 to 15 (the thresholds are chosen on them), nor
// a corpus nobody read (the blind samples, heldout-85). A corpus of
// testdata/train that no model reads is an error: it would be left out
// unnoticed.
func modelCorpora(t *testing.T, kind ModelKind) []string {
	t.Helper()
	paths := []string{filepath.Join("..", "..", "shared", "eval", "dev.jsonl")}
	for _, n := range append([]string{"1", "2", "3", "5", "6", "7"}, readCorpora...) {
		paths = append(paths, filepath.Join("..", "testdata", "eval", "heldout-"+n+".jsonl"))
	}
	dir := filepath.Join("..", "testdata", "train")
	manifest, err := os.ReadFile(filepath.Join(dir, "models.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]bool{}
	for i, line := range strings.Split(string(manifest), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		model, file, ok := strings.Cut(line, "\t")
		if !ok || model != AbuseModel.String() && model != ThreatModel.String() {
			t.Fatalf("models.tsv:%d: want model<TAB>file with model abuse or threat, got %q", i+1, line)
		}
		read[file] = true
		if model == kind.String() {
			paths = append(paths, filepath.Join(dir, file))
		}
	}
	all, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range all {
		if !read[filepath.Base(p)] {
			t.Errorf("%s is trained on by no model: name it in models.tsv", p)
		}
	}
	return paths
}

// readCorpora are the evaluation corpora the rules were written from,
// read and tuned on (testdata/eval/README.md), which the models read too
// since round 34: read, they no longer estimate how avis does on texts it
// has never seen, and trained on, both models held more harmful texts and
// published more fair ones of the corpora nobody read (heldout-85, the
// blind held-out corpora and batteries: testdata/train/README.md).
var readCorpora = []string{
	"10", "20", "23", "24", "26", "28", "29", "32", "39", "43",
	"57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70",
	"71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "86",
}

func TestModelFlagsInsultsTheListsMiss(t *testing.T) {
	on := newTestEngine(t, nil)
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

func TestThreatModelReviewsVeiledThreatsTheRulesMiss(t *testing.T) {
	texts := []string{
		// (A child and its school with a question tag are the rules' since round 13.)
		"Votre mari rentre tard le jeudi, je crois. Réfléchissez avant de refuser mon dossier.",
		"On verra si vous faites encore les fiers quand je serai devant chez vous.",
		"Dites à votre collègue de bien regarder derrière elle en sortant du parking.",
		"I have nothing left to lose, remember that when you refuse my claim again.",
	}
	var cases []engineCase
	for _, text := range texts {
		cases = append(cases, engineCase{name: text, text: text, decision: Review, kinds: []Kind{KindThreat}})
	}
	runEngineCases(t, newTestEngine(t, nil), cases)
	for _, text := range texts {
		res, err := newTestEngine(t, &Options{NoModels: true}).Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Decision != Publish {
			t.Errorf("%q is caught by the rules (%s): find a veiled threat they miss", text, res.Decision)
		}
	}
}

// TestThreatModelPublishesNearThreats records near-threats the rules
// tell apart and publish, that the threat model used to send to a
// moderator: "On se verra à la sortie de l'école pour la kermesse" until
// it read threats-4.jsonl, the sleeping bag and the ambulance until it
// read threats-5 and threats-6.jsonl (round 10). A change shows here.
// From round 14 (threats-10 to threats-13.jsonl) to round 33 the model
// sent the ambulance to a moderator again; since round 34, when it also
// reads the corpora the rules were written from (readCorpora), it
// publishes it. Round 34's model sent "The workload will kill the staff"
// to a moderator; since round 36 the workload that will kill is an idiom
// of the threat cues, which the model does not override.
func TestThreatModelPublishesNearThreats(t *testing.T) {
	on := newTestEngine(t, nil)
	for _, text := range []string{
		"Next time I'll bring a sleeping bag, the queue is that long.",
		"On se verra à la sortie de l'école pour la kermesse.",
		"Je mettrai ma mère en ambulance moi-même s'il le faut, puisque personne ne vient.",
		"The workload will kill the staff if nobody is hired.",
	} {
		res, err := on.Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Decision != Publish || len(res.Flags) != 0 {
			t.Errorf("%q with the models: %s %+v, want publish and no flag", text, res.Decision, res.Flags)
		}
	}
}

func TestModelsCanBeTurnedOff(t *testing.T) {
	e := newTestEngine(t, &Options{NoModels: true})
	for _, text := range []string{
		"Vous êtes vraiment une bande de mollusques au guichet.",
		"On verra si vous faites encore les fiers quand je serai devant chez vous.",
	} {
		res, err := e.Moderate(context.Background(), Input{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Decision != Publish || len(res.Flags) != 0 {
			t.Errorf("%q with the models off: %s %+v, want publish and no flag", text, res.Decision, res.Flags)
		}
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
	if err := e.TrainModel(context.Background(), &a, AbuseModel, ex); err != nil {
		t.Fatal(err)
	}
	if err := e.TrainModel(context.Background(), &b, AbuseModel, ex); err != nil {
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
	if err := e.TrainModel(context.Background(), &a, AbuseModel, ex[:2]); err == nil {
		t.Error("training on one class succeeded")
	}
}

// TestEmbeddedModelIsCurrent retrains the models on the corpora and
// compares them with the embedded files: word lists that change what is
// masked or listed change the models. Run with -update to rewrite them.
func TestEmbeddedModelIsCurrent(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for kind, file := range map[ModelKind]string{AbuseModel: "abuse_model.txt", ThreatModel: "threat_model.txt"} {
		var ex []ModelExample
		for _, path := range modelCorpora(t, kind) {
			for _, it := range readCorpus(t, path) {
				ex = append(ex, ModelExample{Text: it.Text, Abusive: it.Abusive, Threat: it.Threat})
			}
		}
		var buf bytes.Buffer
		if err := e.TrainModel(context.Background(), &buf, kind, ex); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("lexicon", file)
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
			t.Errorf("%s is not the %s model of the corpora: run go test ./moderation -run TestEmbeddedModelIsCurrent -update (or avis train-model)", path, kind)
		}
	}
}

// TestModelsScoreTheFeaturesTheyAreTrainedOn holds the one-pass scoring
// of both models to the features eachFeature gives training: the score
// of a text is the prior plus the weight of each of its features, once.
func TestModelsScoreTheFeaturesTheyAreTrainedOn(t *testing.T) {
	items := readCorpus(t, filepath.Join("..", "testdata", "train", "threats.jsonl"))
	var ex []ModelExample
	for _, it := range items {
		ex = append(ex, ModelExample{Text: it.Text, Abusive: it.Abusive, Threat: it.Threat})
	}
	trainer := newTestEngine(t, nil)
	set := &lexicon.Set{}
	weights := [2]map[string]float64{}
	for _, kind := range []ModelKind{AbuseModel, ThreatModel} {
		var buf bytes.Buffer
		if err := trainer.TrainModel(context.Background(), &buf, kind, ex); err != nil {
			t.Fatal(err)
		}
		ws, err := lexicon.ParseModel(&buf)
		if err != nil {
			t.Fatal(err)
		}
		weights[kind] = map[string]float64{}
		for _, w := range ws {
			weights[kind][w.Feature] = w.Weight
		}
		if kind == AbuseModel {
			set.Model = ws
		} else {
			set.ThreatModel = ws
		}
	}
	e := newTestEngine(t, &Options{Lexicon: set})
	for _, it := range items {
		res, err := e.Moderate(context.Background(), Input{Text: it.Text})
		if err != nil {
			t.Fatal(err)
		}
		toks, fold := e.fold.tokenize(res.Text, nil, nil)
		hashes := e.names.annotateHashes(toks, fold, nil)
		markPlaceholders(res.Text, toks)
		s := &scratch{fold: fold, hashes: hashes}
		var flags flagSet
		e.models.flags(s, res.Text, toks, &flags)
		for _, kind := range []ModelKind{AbuseModel, ThreatModel} {
			want := weights[kind][lexicon.ModelPrior]
			seen := map[string]bool{}
			eachFeature(toks, kind == ThreatModel, func(p, k int) {
				f := string(fold[toks[k].fs:toks[k].fe])
				if p == -2 {
					f = string(prefixOf(fold[toks[k].fs:toks[k].fe])) + "~"
				}
				if p >= 0 {
					f = string(fold[toks[p].fs:toks[p].fe]) + " " + f
				}
				if !seen[f] {
					seen[f] = true
					want += weights[kind][f]
				}
			})
			got := s.model.abuse.sum
			if kind == ThreatModel {
				got = s.model.threat.sum
			}
			if diff := float64(got) - want; diff > 1e-3 || diff < -1e-3 {
				t.Errorf("%s model on %q: score %g, want %g from the features of training", kind, it.Text, got, want)
			}
		}
	}
}

// The table keeps weights of four decimals as ten-thousandths that give
// back the float32 the lexicon gives; a model with a weight of more
// decimals keeps them all as they are (wide); a weight too large for the
// table's int16 is kept as it is in big.
func TestModelWeightsAreExact(t *testing.T) {
	for _, w := range []float64{0, 0.0001, -0.0001, 0.2652, -0.5899, 2.4113, -2.0408, 3.2767, -3.2768, 1.1, -0.3} {
		q, ok := quantWeight(w)
		if !ok || weight(q) != float32(w) {
			t.Errorf("quantWeight(%g) = %d, %v: weight %g, want %g", w, q, ok, weight(q), float32(w))
		}
	}
	for _, w := range []float64{0.12345, 3.5, -4, 1e-5} {
		if _, ok := quantWeight(w); ok {
			t.Errorf("quantWeight(%g) is exact, want not", w)
		}
	}
	f := newFolder()
	for _, tc := range []struct {
		w    float64
		wide bool
	}{{0.2652, false}, {0.12345, true}, {5.5, false}, {-3.2768, false}, {4.2402, false}} {
		set := &lexicon.Set{
			Model:       []lexicon.ModelWeight{{Feature: "mollusque", Weight: tc.w}},
			ThreatModel: []lexicon.ModelWeight{{Feature: "je sais", Weight: -tc.w}},
		}
		ms := newModels(f, set, 0, 0)
		if (ms.wide != nil) != tc.wide {
			t.Errorf("weight %g: wide %v, want %v", tc.w, ms.wide != nil, tc.wide)
		}
		for _, c := range []struct {
			h      uint64
			threat bool
		}{{wordHash([]byte("mollusque")), false}, {pairHash(wordHash([]byte("je")), wordHash([]byte("sais"))), true}} {
			a, th := ms.weights(ms.slot(c.h))
			got, want := a, float32(tc.w)
			if c.threat {
				got, want = th, float32(-tc.w)
			}
			if got != want {
				t.Errorf("weight %g: table gives %g, want %g", tc.w, got, want)
			}
		}
	}
}
