package moderation

import "testing"

// TestWordFilters checks that every word of the sets a filter stands for
// passes it: a word the filter stopped would never be looked up.
func TestWordFilters(t *testing.T) {
	for _, c := range []struct {
		name   string
		f      *wordFilter
		sets   []map[string]bool
		others []string
	}{
		{"ownFileFilter", ownFileFilter, []map[string]bool{fileWords, requestWords, firstPossessive, mineWords}, nil},
		{"petFilter", petFilter, []map[string]bool{petWords}, nil},
		{"prejudiceFilter", prejudiceFilter, []map[string]bool{prejudiceWords}, nil},
	} {
		for _, s := range c.sets {
			for w := range s {
				if !c.f.may([]byte(w)) {
					t.Errorf("%s stops %q", c.name, w)
				}
			}
		}
		for _, w := range c.others {
			if !c.f.may([]byte(w)) {
				t.Errorf("%s stops %q", c.name, w)
			}
		}
		// Most words pass no filter: a filter that let all through
		// would cost a lookup more.
		pass := 0
		for _, w := range []string{"the", "service", "mairie", "dossier", "bonjour", "merci", "accueil", "attente", "telephone", "personne"} {
			pass += b2i(c.f.may([]byte(w)))
		}
		if pass > 5 {
			t.Errorf("%s lets %d of 10 frequent words through", c.name, pass)
		}
	}
	if new(wordFilter).may(nil) {
		t.Error("the empty word passes")
	}
}
