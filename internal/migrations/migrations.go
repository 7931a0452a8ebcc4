// Package migrations reads a store's embedded, numbered SQL migration files
// ("0001_init.sql", "0010_accounts.sql") in the order they must be applied.
// Each store applies them in its own dialect and transactions.
package migrations

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/avisproject/avis/feedback"
)

// Migration is one SQL file: its version (the numeric prefix), its file
// name and its body.
type Migration struct {
	Version int
	Name    string
	Body    string
}

// List returns the migrations/*.sql files of fsys ordered by file name.
// A file without a numeric prefix is an EINTERNAL error: it is a bug in the
// build, not bad input.
func List(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, feedback.Internal(err, "list migrations")
	}
	slices.Sort(names)
	out := make([]Migration, 0, len(names))
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if err != nil {
			return nil, feedback.Internal(err, "migration %s has no numeric prefix", base)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, feedback.Internal(err, "read migration %s", base)
		}
		out = append(out, Migration{Version: version, Name: base, Body: string(body)})
	}
	return out, nil
}
