package moderation

import (
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

func TestZZDiag(t *testing.T) {
	files := os.Getenv("DIAG")
	if files == "" {
		t.Skip()
	}
	e := newTestEngine(t, nil)
	for _, path := range strings.Split(files, ",") {
		items := readCorpus(t, path)
		hist := map[string]map[int]int{}
		for _, it := range items {
			res, err := e.Moderate(context.Background(), Input{Text: it.Text})
			if err != nil {
				t.Fatal(err)
			}
			toks, fold := e.fold.tokenize(res.Text, nil, nil)
			hashes := e.names.annotateHashes(toks, fold, nil)
			markPlaceholders(res.Text, toks)
			s := &scratch{fold: fold, hashes: hashes}
			var flags flagSet
			e.models.flags(s, toks, &flags)
			caught := false
			for _, f := range res.Flags {
				if f.Kind == KindThreat && res.Decision != Publish {
					caught = true
				}
			}
			cls := "fair"
			if it.Threat {
				cls = "threat-missed"
				if caught {
					cls = "threat-caught"
				}
			} else if caught {
				cls = "fair-flagged"
			}
			b := int(math.Floor(float64(s.model.threat.sum)))
			b = max(-6, min(4, b))
			if hist[cls] == nil {
				hist[cls] = map[int]int{}
			}
			hist[cls][b]++
		}
		fmt.Println(path)
		for _, cls := range []string{"threat-caught", "threat-missed", "fair", "fair-flagged"} {
			fmt.Printf("  %-14s", cls)
			for b := -6; b <= 4; b++ {
				fmt.Printf(" %3d", hist[cls][b])
			}
			fmt.Println()
		}
	}
}
