package notify

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// File appends every message to a file in mbox-like form, for local use
// and demonstrations: nothing leaves the machine.
type File struct {
	mu   sync.Mutex
	path string
	from string
	now  func() time.Time
	log  *slog.Logger
}

// NewFile returns a sender that appends to path (created 0600 if missing).
// A nil logger discards logs; a nil clock is time.Now.
func NewFile(path, from string, log *slog.Logger, now func() time.Time) *File {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	return &File{path: filepath.Clean(path), from: from, now: now, log: log}
}

var _ Sender = (*File)(nil)

// Send implements Sender.
func (f *File) Send(ctx context.Context, m Message) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	out, err := os.OpenFile(f.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	now := f.now()
	_, err = fmt.Fprintf(out, "From avis %s\r\n", now.UTC().Format(time.ANSIC))
	if err == nil {
		_, err = out.Write(compose(f.from, m, now, messageID(f.from)))
	}
	if err == nil {
		_, err = io.WriteString(out, "\r\n")
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("notify: %w", err)
	}
	f.log.Info("notice written", "to", Redact(m.To), "subject", m.Subject, "file", f.path)
	return nil
}
