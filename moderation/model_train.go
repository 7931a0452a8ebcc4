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

// ModelExample is one labelled text to train the statistical models on:
// what a moderator said of it.
type ModelExample struct {
	Text    string
	Abusive bool // an insult, hate or sexual harassment
	// Threat marks a threat: what the threat model learns. The abuse
	// model leaves threats out: their everyday wording (vous allez, un
	// jour, je sais où) would teach it to suspect fair complaints.
	Threat bool
}

// ModelKind names one of the statistical models.
type ModelKind int

const (
	// AbuseModel tells insults, hate and sexual harassment from other
	// texts (lexicon's abuse_model.txt; Options.ModelThreshold).
	AbuseModel ModelKind = iota
	// ThreatModel tells threats from other texts (threat_model.txt;
	// Options.ThreatModelThreshold).
	ThreatModel
)

// String returns the name of the model, as the train-model command takes it.
func (k ModelKind) String() string {
	if k == ThreatModel {
		return "threat"
	}
	return "abuse"
}

// Training parameters: features seen in fewer than modelMinCount texts
// are noise (a name, a typo); the weights are fitted by logistic
// regression, passes of stochastic gradient descent with an L2 penalty
// that keeps a word seen in a few texts from deciding alone, and weights
// closer to zero than modelMinWeight are left out of the file. The step
// of pass k is modelRate/(1+decay·k), decay being the model's: at a
// constant step (decay 0) the weights never settle and end wherever the
// last texts of the last pass pushed them. The threat model settles (30
// passes, decay 0.1): it catches more threats of the corpora it never
// read at its threshold. The abuse model keeps a constant step over 60
// passes: settled, it flags fair texts of the unit tables at every
// threshold where it holds as many insults (testdata/train/README.md,
// round 12).
const (
	modelMinCount  = 2
	modelMinWeight = 0.05
	// Pairs of frequent words (de la, je suis) are in most texts: a
	// weight too small to matter costs a lookup in each.
	modelMinFrequentWeight = 0.3
	modelRate              = 0.2
	modelL2                = 0.03
)

// TrainModel trains the statistical model of kind on examples and
// writes it to w in the format of lexicon's abuse_model.txt (or
// threat_model.txt), which an agency can put in its lexicon folder to
// replace the embedded model. The texts are moderated by e first, so that
// masked names and personal data are not learnt. Training is
// deterministic: the same examples give the same file. It needs at least
// one example of each class.
//
// The examples are read in the order given, in every pass: the last
// weigh most in the weights. Give a model's own corpora last (the
// embedded abuse model reads the insults last, the threat model the
// threats), and choose its threshold on corpora it was not trained on.
func (e *Engine) TrainModel(ctx context.Context, w io.Writer, kind ModelKind, examples []ModelExample) error {
	var docs [2]int
	count := map[string]int{}
	frequent := map[string]bool{} // pairs of frequent words
	texts := make([][]string, 0, len(examples))
	var abusive []bool // the positive class: abusive, or a threat
	for _, ex := range examples {
		positive := ex.Abusive
		if kind == ThreatModel {
			positive = ex.Threat
		} else if ex.Threat {
			continue
		}
		abusive = append(abusive, positive)
		res, err := e.Moderate(ctx, Input{Text: ex.Text})
		if err != nil {
			return err
		}
		toks, fold := e.fold.tokenize(res.Text, nil, nil)
		e.names.annotate(toks, fold)
		markPlaceholders(res.Text, toks)
		if positive {
			docs[1]++
		} else {
			docs[0]++
		}
		var feats []string
		eachFeature(toks, kind == ThreatModel, func(p, k int) {
			f := string(fold[toks[k].fs:toks[k].fe])
			if p == -2 {
				f = string(prefixOf(fold[toks[k].fs:toks[k].fe])) + "~"
			}
			if p >= 0 {
				f = string(fold[toks[p].fs:toks[p].fe]) + " " + f
				if toks[p].info.stop && toks[k].info.stop {
					frequent[f] = true
				}
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
		return fmt.Errorf("moderation: training the %s model needs examples of both classes, got %d and %d", kind, docs[1], docs[0])
	}
	weight := map[string]float64{}
	bias := math.Log(float64(docs[1]) / float64(docs[0]))
	epochs, decay := 60, 0.0
	if kind == ThreatModel {
		epochs, decay = 30, 0.1
	}
	for epoch := range epochs {
		rate := modelRate / (1 + decay*float64(epoch))
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
			bias += rate * g
			for _, f := range feats {
				if count[f] >= modelMinCount {
					weight[f] += rate * (g - modelL2*weight[f])
				}
			}
		}
	}
	feats := make([]string, 0, len(weight))
	for f, wt := range weight {
		if math.Abs(wt) >= modelMinWeight && (!frequent[f] || math.Abs(wt) >= modelMinFrequentWeight) {
			feats = append(feats, f)
		}
	}
	slices.Sort(feats)
	bw := bufio.NewWriter(w)
	what, is, plural, flag := "abusive texts", "abusive", "abusive", ""
	if kind == ThreatModel {
		what, is, plural, flag = "threats", "a threat", "threats", " --kind threat"
	}
	fmt.Fprintf(bw, "# avis moderation lexicon: statistical model of %s (logistic regression).\n", what)
	fmt.Fprintf(bw, "# Format: feature<TAB>weight: a folded word or two words next to each other (or,\n")
	fmt.Fprintf(bw, "# in the threat model, the start of a long word followed by ~), and\n")
	fmt.Fprintf(bw, "# the log-odds it adds that a text is %s; %s is the bias.\n", is, lexicon.ModelPrior)
	fmt.Fprintf(bw, "# Trained on %d %s and %d other texts by `avis train-model%s`; do not edit by hand.\n", docs[1], plural, docs[0], flag)
	fmt.Fprintf(bw, "%s\t%.4f\n", lexicon.ModelPrior, bias)
	for _, f := range feats {
		fmt.Fprintf(bw, "%s\t%.4f\n", f, weight[f])
	}
	return bw.Flush()
}
