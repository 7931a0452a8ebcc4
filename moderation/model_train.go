package moderation

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/avisproject/avis/moderation/lexicon"
)

// ModelExample is one labelled text to train the statistical model on:
// what a moderator said of it.
type ModelExample struct {
	Text    string
	Abusive bool // an insult, hate, sexual harassment or a threat
}

// Training parameters: features seen in fewer than modelMinCount texts
// are noise (a name, a typo), and weights closer to zero than
// modelMinWeight change no decision.
const (
	modelMinCount  = 2
	modelMinWeight = 0.5
	modelAlpha     = 1.0 // Laplace smoothing
)

// TrainModel trains the statistical model of abusive texts on examples
// and writes it to w in the format of lexicon's abuse_model.txt, which an
// agency can put in its lexicon folder to replace the embedded model. The
// texts are moderated by e first, so that masked names and personal data
// are not learnt. Training is deterministic: the same examples give the
// same file. It needs at least one abusive and one other example.
func (e *Engine) TrainModel(ctx context.Context, w io.Writer, examples []ModelExample) error {
	var docs [2]int
	counts := [2]map[string]int{{}, {}}
	seen := map[string]bool{}
	for _, ex := range examples {
		res, err := e.Moderate(ctx, Input{Text: ex.Text})
		if err != nil {
			return err
		}
		toks, fold := e.fold.tokenize(res.Text, nil, nil)
		e.names.annotate(toks, fold)
		markPlaceholders(res.Text, toks)
		y := 0
		if ex.Abusive {
			y = 1
		}
		docs[y]++
		clear(seen)
		eachFeature(toks, fold, func(first, second []byte, _, _ int32) {
			// Function words alone (vous allez, un jour) say nothing of
			// abuse, however often a small corpus shows them in it.
			if e.isStop(first) && (second == nil || e.isStop(second)) {
				return
			}
			f := string(first)
			if second != nil {
				f += " " + string(second)
			}
			if !seen[f] {
				seen[f] = true
				counts[y][f]++
			}
		})
	}
	if docs[0] == 0 || docs[1] == 0 {
		return fmt.Errorf("moderation: training needs abusive and other examples, got %d and %d", docs[1], docs[0])
	}
	var feats []string
	for f := range counts[0] {
		feats = append(feats, f)
	}
	for f := range counts[1] {
		if counts[0][f] == 0 {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# avis moderation lexicon: statistical model of abusive texts (naive Bayes).\n")
	fmt.Fprintf(bw, "# Format: feature<TAB>weight: a folded word or two words next to each other, and\n")
	fmt.Fprintf(bw, "# the log-odds it adds that a text is abusive; %s is the prior.\n", lexicon.ModelPrior)
	fmt.Fprintf(bw, "# Trained on %d abusive and %d other texts by `avis train-model`; do not edit by hand.\n", docs[1], docs[0])
	fmt.Fprintf(bw, "%s\t%.4f\n", lexicon.ModelPrior, math.Log(float64(docs[1])/float64(docs[0])))
	for _, f := range feats {
		c0, c1 := counts[0][f], counts[1][f]
		if c0+c1 < modelMinCount {
			continue
		}
		lw := math.Log((float64(c1)+modelAlpha)/(float64(docs[1])+2*modelAlpha)) - math.Log((float64(c0)+modelAlpha)/(float64(docs[0])+2*modelAlpha))
		if math.Abs(lw) < modelMinWeight {
			continue
		}
		fmt.Fprintf(bw, "%s\t%.4f\n", f, lw)
	}
	return bw.Flush()
}

// isStop reports whether the folded word w is a frequent word of some
// language or an allowed word.
func (e *Engine) isStop(w []byte) bool {
	info, ok := e.names.words[string(w)]
	return ok && info.stop
}
