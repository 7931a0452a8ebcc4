package widget_test

import (
	"testing"

	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
)

// newModerator returns the real moderation engine with its embedded
// lexicons, as `avis serve` runs it.
func newModerator(t *testing.T) server.Moderator {
	t.Helper()
	m, err := moderation.New(nil)
	if err != nil {
		t.Fatalf("moderation.New: %v", err)
	}
	return m
}
