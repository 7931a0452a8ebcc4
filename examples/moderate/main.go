// Command moderate shows the moderation package used alone, as an
// agency's own Go code would: no store, no server. It moderates the text
// given as arguments (or each line of standard input) and prints the
// verdict.
//
//	go run ./examples/moderate "Merci à Mme Dupont, tel 06 12 34 56 78"
//	go run ./examples/moderate -agents agents.tsv -service caf-94 < avis.txt
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/moderation/lexicon"
)

func main() {
	agentsFile := flag.String("agents", "", "agent directory: lines `name` or `service<TAB>name`")
	lexDir := flag.String("lexicon", "", "folder of the agency's own word lists")
	service := flag.String("service", "", "service slug, selects the agents to mask")
	flag.Parse()

	opts := &moderation.Options{}
	if *lexDir != "" {
		set, err := lexicon.LoadDir(*lexDir)
		if err != nil {
			log.Fatal(err)
		}
		opts.Lexicon = set
	}
	if *agentsFile != "" {
		f, err := os.Open(*agentsFile)
		if err != nil {
			log.Fatal(err)
		}
		opts.Agents, err = moderation.LoadAgents(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
	}
	engine, err := moderation.New(opts)
	if err != nil {
		log.Fatal(err)
	}

	ctx := context.Background()
	show := func(text string) {
		res, err := engine.Moderate(ctx, moderation.Input{Text: text, Service: *service})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (%s) %v\n  %s\n", res.Decision, res.Lang, res.Kinds(), res.Text)
		for _, f := range res.Flags {
			b, _ := json.Marshal(f.Spans)
			fmt.Printf("  - %s: %s %s\n", f.Kind, f.Reason, b)
		}
	}
	if flag.NArg() > 0 {
		show(strings.Join(flag.Args(), " "))
		return
	}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			show(sc.Text())
		}
	}
	if err := sc.Err(); err != nil && err != io.EOF {
		log.Fatal(err)
	}
}
