package pgstore_test

import (
	"testing"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/storetest"
)

func TestAccountStoreConformance(t *testing.T) {
	storetest.RunAccounts(t, func(t *testing.T) feedback.AccountStore { return openStore(t) })
}
