package migrations

import (
	"testing"
	"testing/fstest"

	"github.com/avisproject/avis/feedback"
)

func TestListOrdersByFileName(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/0010_accounts.sql": {Data: []byte("B")},
		"migrations/0001_init.sql":     {Data: []byte("A")},
		"migrations/README.md":         {Data: []byte("not a migration")},
	}
	got, err := List(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []Migration{{1, "0001_init.sql", "A"}, {10, "0010_accounts.sql", "B"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("List = %+v, want %+v", got, want)
	}
}

func TestListRefusesAFileWithoutNumber(t *testing.T) {
	_, err := List(fstest.MapFS{"migrations/init.sql": {Data: []byte("A")}})
	if feedback.ErrorCode(err) != feedback.EINTERNAL {
		t.Fatalf("err = %v, want an internal error", err)
	}
}
