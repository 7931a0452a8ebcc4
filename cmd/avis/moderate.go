package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/avisproject/avis/moderation"
)

// maxLine is the longest input line accepted; a longer line gets an error
// line of its own and the stream goes on.
const maxLine = 1 << 20

// moderateIn is one input line.
type moderateIn struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Service string `json:"service,omitempty"`
	Lang    string `json:"lang,omitempty"`
}

// moderateOut is one output line. Error is set, and the other fields
// empty, when the input line could not be read.
type moderateOut struct {
	ID       string              `json:"id"`
	Decision moderation.Decision `json:"decision,omitempty"`
	Text     string              `json:"text"`
	Flags    []moderation.Kind   `json:"flags"`
	Lang     string              `json:"lang,omitempty"`
	Error    *moderateError      `json:"error,omitempty"`
	Details  []moderation.Flag   `json:"details,omitempty"`
}

type moderateError struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// job is one line on its way through the workers; done is closed when out
// is ready, so the writer can emit results in input order.
type job struct {
	line []byte
	n    int
	out  []byte
	done chan struct{}
}

// runModerate reads {"id","text"} JSON lines on stdin and writes
// {"id","decision","text","flags","lang"} lines on stdout, in input order.
//
// Lines are read one at a time and handed to --workers goroutines; a
// bounded queue of pending jobs, written in the order they were read,
// keeps the order and caps memory whatever the input size. A line that is
// not valid JSON, has no id, or is too long gets an output line carrying
// an "error" object (code, field, message) and the stream goes on.
func runModerate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("moderate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	agentsFile := fs.String("agents", "", "agent directory: lines `name` or `service<TAB>name`")
	lexDir := fs.String("lexicon", "", "folder of extra lexicon files (abuse_fr.txt, allow.txt, acronyms.txt…)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of parallel workers")
	details := fs.Bool("details", false, "add each flag's severity, reason and spans")
	var models modelFlags
	fs.Float64Var(&models.abuse, "model-threshold", moderation.DefaultModelThreshold, "log-odds above which the statistical model of abuse flags a text")
	fs.Float64Var(&models.threat, "threat-model-threshold", moderation.DefaultThreatModelThreshold, "log-odds above which the statistical model of threats flags a text")
	fs.BoolVar(&models.off, "no-models", false, "turn the statistical models off: word lists and rules only")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("moderate: unexpected argument %q", fs.Arg(0))
	}
	if *workers < 1 {
		return fmt.Errorf("moderate: --workers must be at least 1, got %d", *workers)
	}
	engine, err := newEngine(*agentsFile, *lexDir, models)
	if err != nil {
		return fmt.Errorf("moderate: %w", err)
	}

	jobs := make(chan *job, *workers*4)
	order := make(chan *job, *workers*16)
	for range *workers {
		go func() {
			for j := range jobs {
				j.out = moderateLine(ctx, engine, j.line, j.n, *details)
				close(j.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- readLines(ctx, stdin, func(line []byte, n int) {
			j := &job{line: line, n: n, done: make(chan struct{})}
			order <- j
			jobs <- j
		})
	}()
	w := bufio.NewWriterSize(stdout, 64<<10)
	var werr error
	for j := range order {
		<-j.done
		if werr == nil {
			_, werr = w.Write(j.out)
		}
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("moderate: reading input: %w", err)
	}
	if werr != nil {
		return fmt.Errorf("moderate: writing output: %w", werr)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("moderate: writing output: %w", err)
	}
	return ctx.Err()
}

// readLines calls fn with every non-blank line of r and its number; a line
// longer than maxLine is replaced by tooLongMarker.
func readLines(ctx context.Context, r io.Reader, fn func([]byte, int)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br)
		if len(line) > 0 || err == nil {
			n++
			if len(bytes.TrimSpace(line)) > 0 {
				fn(line, n)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// readLine returns the next line without its newline; a line over maxLine
// is read to its end and returned as tooLongMarker.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLine {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return []byte(tooLongMarker), nil
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// tooLongMarker stands for a line over maxLine; it is not valid JSON, so
// it yields an error line.
const tooLongMarker = "\x00line too long"

// moderateLine moderates one input line and returns its output line.
func moderateLine(ctx context.Context, e *moderation.Engine, line []byte, n int, details bool) []byte {
	var in moderateIn
	var out moderateOut
	switch {
	case string(line) == tooLongMarker:
		out.Error = &moderateError{Code: "invalid", Message: fmt.Sprintf("line %d is longer than %d bytes", n, maxLine)}
	case json.Unmarshal(line, &in) != nil:
		out.Error = &moderateError{Code: "invalid", Message: fmt.Sprintf("line %d is not a JSON object {\"id\",\"text\"}", n)}
		out.ID = salvageID(line)
	case in.ID == "":
		out.Error = &moderateError{Code: "invalid", Field: "id", Message: fmt.Sprintf("line %d has no id", n)}
	default:
		out.ID = in.ID
		res, err := e.Moderate(ctx, moderation.Input{Text: in.Text, Service: in.Service, Lang: in.Lang})
		if err != nil {
			out.Error = &moderateError{Code: "internal", Message: err.Error()}
			break
		}
		out.Decision, out.Text, out.Lang, out.Flags = res.Decision, res.Text, res.Lang, res.Kinds()
		if details {
			out.Details = res.Flags
		}
	}
	if out.Flags == nil {
		out.Flags = []moderation.Kind{}
	}
	b, err := json.Marshal(out)
	if err != nil {
		b = []byte(fmt.Sprintf(`{"id":%q,"text":"","flags":[],"error":{"code":"internal","message":"encoding failed"}}`, out.ID))
	}
	return append(b, '\n')
}

// salvageID returns the id of a line that is not valid JSON when a
// top-level "id" string can still be read, so the error line names it.
func salvageID(line []byte) string {
	dec := json.NewDecoder(strings.NewReader(string(line)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return ""
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return ""
		}
		if k == "id" {
			if s, ok := v.(string); ok {
				return s
			}
		}
	}
	return ""
}
