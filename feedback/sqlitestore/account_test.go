package sqlitestore_test

import (
	"path/filepath"
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/storetest"
)

func TestAccountStoreConformance(t *testing.T) {
	storetest.RunAccounts(t, func(t *testing.T) feedback.AccountStore {
		s := openStore(t, filepath.Join(t.TempDir(), "avis.db"))
		t.Cleanup(func() { s.Close() })
		return s
	})
}
