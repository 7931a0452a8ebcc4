package main

import (
	"context"
	"errors"
	"io"
)

// runModerate is written by the moderation engine work (issue 3).
func runModerate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("moderate: not implemented yet")
}
