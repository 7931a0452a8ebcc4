package main

import (
	"fmt"
	"os"

	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/moderation/lexicon"
)

// newEngine builds the moderation engine with the agency's own word lists
// (a lexicon folder) and agent directory (a file), each optional, and the
// threshold of the statistical model (0: off).
func newEngine(agentsFile, lexiconDir string, modelThreshold float64) (*moderation.Engine, error) {
	opts := &moderation.Options{ModelThreshold: modelThreshold}
	if lexiconDir != "" {
		set, err := lexicon.LoadDir(lexiconDir)
		if err != nil {
			return nil, fmt.Errorf("--lexicon: %w", err)
		}
		opts.Lexicon = set
	}
	if agentsFile != "" {
		f, err := os.Open(agentsFile)
		if err != nil {
			return nil, fmt.Errorf("--agents: %w", err)
		}
		opts.Agents, err = moderation.LoadAgents(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--agents %s: %w", agentsFile, err)
		}
	}
	return moderation.New(opts)
}
