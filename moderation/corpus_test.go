package moderation

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// corpusItem is the part of a labelled corpus line the tests read.
type corpusItem struct {
	Text    string `json:"text"`
	Abusive bool   `json:"abusive"`
	Threat  bool   `json:"threat"`
}

// readCorpus reads a labelled corpus, or fails: the corpora are part of
// the repository and of ../shared, which test.sh requires.
func readCorpus(t testing.TB, path string) []corpusItem {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("corpus: %v", err)
	}
	var items []corpusItem
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var it corpusItem
		if err := json.Unmarshal(line, &it); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		items = append(items, it)
	}
	return items
}
