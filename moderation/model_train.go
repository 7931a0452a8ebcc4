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
	Abusive bool // an insult, hate or sexual harassment
	// Threat marks a threat, left out of training: the word lists
	// compose threats, and their everyday wording (vous allez, un jour,
	// je sais où) would teach the model to suspect fair complaints.
	Threat bool
}

// Training parameters: features seen in fewer than modelMinCount texts
// are noise (a name, a typo); the weights are fitted by logistic
// regression, modelEpochs passes of gradient descent with an L2 penalty
// that keeps a word seen in a few texts from deciding alone, and weights
// closer to zero than modelMinWeight are left out of the file.
const (
	modelMinCount  = 2
	modelMinWeight = 0.05
	modelEpochs    = 60
	modelRate      = 0.2
	modelL2        = 0.03
)

// TrainModel trains the statistical model of abusive texts on examples
// and writes it to w in the format of lexicon's abuse_model.txt, which an
// agency can put in its lexicon folder to replace the embedded model. The
// texts are moderated by e first, so that masked names and personal data
// are not learnt. Training is deterministic: the same examples give the
// same file. It needs at least one abusive and one other example.
func (e *Engine) TrainModel(ctx context.Context, w io.Writer, examples []ModelExample) error {
	var docs [2]int
	count := map[string]int{}
	texts := make([][]string, 0, len(examples))
	var abusive []bool
	for _, ex := range examples {
		if ex.Threat {
			continue
		}
		abusive = append(abusive, ex.Abusive)
		res, err := e.Moderate(ctx, Input{Text: ex.Text})
		if err != nil {
			return err
		}
		toks, fold := e.fold.tokenize(res.Text, nil, nil)
		e.names.annotate(toks, fold)
		markPlaceholders(res.Text, toks)
		if ex.Abusive {
			docs[1]++
		} else {
			docs[0]++
		}
		var feats []string
		eachFeature(toks, fold, func(first, second []byte, _, _ int32) {
			f := string(first)
			if second != nil {
				f += " " + string(second)
			}
			if !slices.Contains(feats, f) {
				feats = append(feats, f)
			}
		})
		for _, f := range feats {
			count[f]++
		}
		texts = append(texts, feats)
	}
	if docs[0] == 0 || docs[1] == 0 {
		return fmt.Errorf("moderation: training needs abusive and other examples, got %d and %d", docs[1], docs[0])
	}
	weight := map[string]float64{}
	bias := math.Log(float64(docs[1]) / float64(docs[0]))
	for range modelEpochs {
		for i, feats := range texts {
			z := bias
			for _, f := range feats {
				if count[f] >= modelMinCount {
					z += weight[f]
				}
			}
			y := 0.0
			if abusive[i] {
				y = 1
			}
			g := y - 1/(1+math.Exp(-z)) // gradient of the log-likelihood
			bias += modelRate * g
			for _, f := range feats {
				if count[f] >= modelMinCount {
					weight[f] += modelRate * (g - modelL2*weight[f])
				}
			}
		}
	}
	feats := make([]string, 0, len(weight))
	for f, wt := range weight {
		if math.Abs(wt) >= modelMinWeight {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# avis moderation lexicon: statistical model of abusive texts (logistic regression).\n")
	fmt.Fprintf(bw, "# Format: feature<TAB>weight: a folded word or two words next to each other, and\n")
	fmt.Fprintf(bw, "# the log-odds it adds that a text is abusive; %s is the bias.\n", lexicon.ModelPrior)
	fmt.Fprintf(bw, "# Trained on %d abusive and %d other texts by `avis train-model`; do not edit by hand.\n", docs[1], docs[0])
	fmt.Fprintf(bw, "%s\t%.4f\n", lexicon.ModelPrior, bias)
	for _, f := range feats {
		fmt.Fprintf(bw, "%s\t%.4f\n", f, weight[f])
	}
	return bw.Flush()
}
