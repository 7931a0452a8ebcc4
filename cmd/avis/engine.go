package main

import (
	"fmt"
	"os"

	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/moderation/lexicon"
)

// newEngine builds the moderation engine with the agency's own word lists
// (a lexicon folder) and agent directory (a file), each optional, and the
// settings of the statistical models (zero values: the defaults).
func newEngine(agentsFile, lexiconDir string, models modelFlags) (*moderation.Engine, error) {
	opts := &moderation.Options{
		ModelThreshold:       models.abuse,
		ThreatModelThreshold: models.threat,
		NoModels:             models.off,
	}
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

// modelFlags are the command-line settings of the statistical models.
type modelFlags struct {
	abuse, threat float64 // thresholds in log-odds, 0: the default
	off           bool
}
