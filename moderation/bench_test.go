package moderation

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// devCorpus returns the texts of the shared evaluation corpus, or skips
// when it is not beside the repository.
func devCorpus(tb testing.TB) []string {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "eval", "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("no dev corpus at %s: %v", path, err)
	}
	var texts []string
	for _, it := range readCorpus(tb, path) {
		texts = append(texts, it.Text)
	}
	return texts
}

// BenchmarkModerate moderates the dev corpus: "corpus" gives each text as
// it is (about 140 bytes on average), "400B" joins consecutive texts into
// contributions of about 400 bytes, the size the performance target is
// set for. ns/op and allocs/op are per contribution; textbytes/op is the
// average contribution's length.
func BenchmarkModerate(b *testing.B) {
	texts := devCorpus(b)
	e, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	// The statistical models cost a lookup per word and pair of words:
	// "400B-rules" measures the engine without them.
	rules, err := New(&Options{NoModels: true})
	if err != nil {
		b.Fatal(err)
	}
	joined := joinTexts(texts, 400)
	for _, set := range []struct {
		name  string
		e     *Engine
		texts []string
	}{{"corpus", e, texts}, {"400B", e, joined}, {"400B-rules", rules, joined}} {
		b.Run(set.name, func(b *testing.B) {
			total := 0
			for _, t := range set.texts {
				total += len(t)
			}
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := set.e.Moderate(ctx, Input{Text: set.texts[i%len(set.texts)]}); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(total)/float64(len(set.texts)), "textbytes/op")
			b.ReportMetric(medianPerText(ctx, set.e, set.texts), "median-ns/text")
		})
	}
}

// medianPerText returns the median over texts of the time to moderate
// one text, each timed as the median of several runs taken in turn with
// the other texts, as in the benchmark loop (the same text run again and
// again would find the caches warm). ns/op is a mean, which a few long
// texts (markup through bluemonday, a language tie settled by trigrams)
// pull up; the performance target is a median.
func medianPerText(ctx context.Context, e *Engine, texts []string) float64 {
	const runs = 15
	d := make([][]time.Duration, len(texts))
	for range runs {
		for i, t := range texts {
			start := time.Now()
			if _, err := e.Moderate(ctx, Input{Text: t}); err != nil {
				panic(err)
			}
			d[i] = append(d[i], time.Since(start))
		}
	}
	per := make([]time.Duration, len(texts))
	for i := range d {
		slices.Sort(d[i])
		per[i] = d[i][runs/2]
	}
	slices.Sort(per)
	return float64(per[len(per)/2].Nanoseconds())
}

// joinTexts joins consecutive texts, separated by a space, into
// contributions each as close to size bytes as whole texts allow, so that
// their average length is about size: a text is added while that brings
// the contribution nearer to size. (Joining until a contribution reached
// size would make them longer than size on average.)
func joinTexts(texts []string, size int) []string {
	var out []string
	cur := ""
	for _, t := range texts {
		next := t
		if cur != "" {
			next = cur + " " + t
		}
		if cur != "" && abs(len(next)-size) > abs(len(cur)-size) {
			out = append(out, cur)
			next = t
		}
		cur = next
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
