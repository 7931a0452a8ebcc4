package moderation

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LoadAgents reads an agent directory: one agent a line, either "name"
// (masked for every service) or "service<TAB>name"; # starts a comment.
// The result is ready for Options.Agents.
func LoadAgents(r io.Reader) (map[string][]string, error) {
	agents := map[string][]string{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		service, name := "", line
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			service, name = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		}
		if name == "" || strings.Contains(name, "\t") {
			return nil, fmt.Errorf("line %d: want \"name\" or \"service<TAB>name\"", n)
		}
		agents[service] = append(agents[service], name)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return agents, nil
}
