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
// writes the statistical model of abusive texts on stdout, in the format
// of the lexicon's abuse_model.txt. An agency retrains it on its own
// moderated contributions and ships it in its --lexicon folder. Threats
// are read but left out of training (see moderation.ModelExample).
func runTrainModel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train-model", flag.ContinueOnError)
	fs.SetOutput(stderr)
	agentsFile := fs.String("agents", "", "agent directory, masked before training like in moderate")
	lexDir := fs.String("lexicon", "", "folder of extra lexicon files, as for moderate")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: avis train-model [--lexicon DIR] [--agents FILE] CORPUS.jsonl... > abuse_model.txt")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("train-model: no corpus given")
	}
	var examples []moderation.ModelExample
	for _, name := range fs.Args() {
		ex, err := readExamples(name)
		if err != nil {
			return fmt.Errorf("train-model: %w", err)
		}
		examples = append(examples, ex...)
	}
	e, err := newEngine(*agentsFile, *lexDir, 0)
	if err != nil {
		return fmt.Errorf("train-model: %w", err)
	}
	return e.TrainModel(ctx, stdout, examples)
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
