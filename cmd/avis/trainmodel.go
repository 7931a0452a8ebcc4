package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/avisproject/avis/moderation"
)

// runTrainModel reads labelled JSON lines ({"text", "abusive", "threat"},
// as in the evaluation corpora) from the files given as arguments and
// writes a statistical model on stdout: of abusive texts in the format of
// the lexicon's abuse_model.txt, or with --kind threat of threats, for
// threat_model.txt. An agency retrains them on its own moderated
// contributions and ships them in its --lexicon folder. The abuse model
// leaves threats out (see moderation.ModelExample).
func runTrainModel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train-model", flag.ContinueOnError)
	fs.SetOutput(stderr)
	agentsFile := fs.String("agents", "", "agent directory, masked before training like in moderate")
	lexDir := fs.String("lexicon", "", "folder of extra lexicon files, as for moderate")
	kindName := fs.String("kind", "abuse", "the model to train: abuse (abuse_model.txt) or threat (threat_model.txt)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: avis train-model [--kind abuse|threat] [--lexicon DIR] [--agents FILE] CORPUS.jsonl... > abuse_model.txt (threat_model.txt with --kind threat)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("train-model: no corpus given")
	}
	var kind moderation.ModelKind
	switch *kindName {
	case "abuse":
		kind = moderation.AbuseModel
	case "threat":
		kind = moderation.ThreatModel
	default:
		return fmt.Errorf("train-model: --kind must be abuse or threat, got %q", *kindName)
	}
	var examples []moderation.ModelExample
	for _, name := range fs.Args() {
		ex, err := readExamples(name)
		if err != nil {
			return fmt.Errorf("train-model: %w", err)
		}
		examples = append(examples, ex...)
	}
	// Training reads the masked text; the models' own flags are not
	// needed.
	e, err := newEngine(*agentsFile, *lexDir, modelFlags{off: true})
	if err != nil {
		return fmt.Errorf("train-model: %w", err)
	}
	return e.TrainModel(ctx, stdout, kind, examples)
}

// readExamples reads the labelled lines of one corpus file; a line
// without text, or whose abusive field is missing, is an error naming it.
func readExamples(name string) ([]moderation.ModelExample, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []moderation.ModelExample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for n := 1; sc.Scan(); n++ {
		var item struct {
			Text    string `json:"text"`
			Abusive *bool  `json:"abusive"`
			Threat  bool   `json:"threat"`
		}
		if err := json.Unmarshal(sc.Bytes(), &item); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if item.Text == "" || item.Abusive == nil {
			return nil, fmt.Errorf("%s:%d: want a text and an abusive field", name, n)
		}
		out = append(out, moderation.ModelExample{Text: item.Text, Abusive: *item.Abusive, Threat: item.Threat})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
