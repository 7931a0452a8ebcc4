// Package lexicon holds the word lists the moderation engine relies on —
// first names, surnames, abuse terms per language, allowed words, acronyms,
// institutions, place words, spam terms — as plain UTF-8 text files embedded
// in the binary, and parses the same formats from an agency's own folder.
//
// Every file has one entry a line; a line starting with # is a comment and
// blank lines are ignored; fields are separated by a TAB.
package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

//go:embed *.txt
var embedded embed.FS

// Categories of abuse terms.
const (
	Insult    = "insult"    // an insult aimed at a person
	Profanity = "profanity" // a vulgar word, not necessarily aimed at anyone
	Hate      = "hate"      // a slur or hate speech against a group
	Threat    = "threat"    // a threat of violence
	Sexual    = "sexual"    // sexual harassment or obscenity
)

// Languages returns the languages that have an abuse file,
// abuse_<lang>.txt, in a fresh slice.
func Languages() []string { return []string{"fr", "en", "es", "de", "it", "pt"} }

// AbuseTerm is one entry of an abuse_<lang>.txt file. A Term ending in "*"
// matches the word and any ending.
type AbuseTerm struct {
	Term     string
	Category string
	Severity int    // 1 (mild vulgarity) .. 4 (hate, threat)
	Lang     string // empty for a term offensive in every language ("all")
}

// SpamTerm is one entry of spam.txt: a term and its weight (1..3).
type SpamTerm struct {
	Term   string
	Weight int
}

// CueTerm is one entry of a file of contextual words (titles.txt,
// roles.txt, targets.txt, threat_cues.txt, stopwords.txt,
// personal_cues.txt, name_words.txt): a word or phrase and the class it
// belongs to.
type CueTerm struct {
	Term  string
	Class string
}

// Set is a complete collection of word lists. The zero Set is empty and
// valid; Merge adds one Set to another.
type Set struct {
	FirstNames     []string    // firstnames.txt
	FirstNameWords []string    // firstnames_words.txt: first names that are also words
	FirstNameLower []string    // firstnames_lower.txt: first names that are lower-case words (also first names)
	Surnames       []string    // surnames.txt
	Abuse          []AbuseTerm // abuse_<lang>.txt
	Allow          []string    // allow.txt: words that never match an abuse term
	Acronyms       []string    // acronyms.txt: not shouting, not names
	Institutions   []string    // institutions.txt: never masked as names
	PlaceWords     []string    // place_words.txt: a name after them is a place
	Spam           []SpamTerm  // spam.txt
	Domains        []string    // domains.txt: public-service sites, never spam
	Titles         []CueTerm   // titles.txt: words before a person's name (M., Mme, Dr)
	Roles          []CueTerm   // roles.txt: role words before a name (l'agent, la conseillère)
	Targets        []CueTerm   // targets.txt: people words that make profanity an insult
	ThreatCues     []CueTerm   // threat_cues.txt: intent, violence and weapon words
	Stopwords      []CueTerm   // stopwords.txt: frequent words per language
	PersonalCues   []CueTerm   // personal_cues.txt: words that tell what a number or an address near them is
	NameWords      []CueTerm   // name_words.txt: small words that help tell a person's name (particles, negations, abbreviated titles…)
	// Model is the statistical model of abusive texts (abuse_model.txt):
	// the log-odds that a text is abusive given each folded word or pair
	// of words, and the prior under ModelPrior. An agency's model
	// replaces the embedded one in Merge rather than adding to it.
	Model []ModelWeight
	// ThreatModel is the statistical model of threats (threat_model.txt),
	// in the same format and replaced in the same way.
	ThreatModel []ModelWeight
}

// ModelPrior is the feature of abuse_model.txt that holds the model's
// prior log-odds.
const ModelPrior = "(prior)"

// ModelWeight is one entry of abuse_model.txt: a folded word, or two
// folded words separated by a space, and its weight in log-odds; in
// threat_model.txt also the first bytes of a long folded word followed by
// "~" (brule~).
type ModelWeight struct {
	Feature string
	Weight  float64
}

// Default returns the word lists embedded in the binary.
func Default() (*Set, error) {
	return Load(embedded)
}

// LoadDir reads the word lists found in dir, using the embedded file names;
// missing files are simply empty, so an agency ships only what it adds.
func LoadDir(dir string) (*Set, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("lexicon: %s is not a directory", dir)
	}
	return Load(os.DirFS(dir))
}

// Load reads the word lists found in fsys; missing files are empty.
func Load(fsys fs.FS) (*Set, error) {
	s := &Set{}
	words := []struct {
		name string
		dst  *[]string
	}{
		{"firstnames.txt", &s.FirstNames},
		{"firstnames_words.txt", &s.FirstNameWords},
		{"firstnames_lower.txt", &s.FirstNameLower},
		{"surnames.txt", &s.Surnames},
		{"allow.txt", &s.Allow},
		{"acronyms.txt", &s.Acronyms},
		{"institutions.txt", &s.Institutions},
		{"place_words.txt", &s.PlaceWords},
		{"domains.txt", &s.Domains},
	}
	for _, w := range words {
		err := withFile(fsys, w.name, func(r io.Reader) (err error) {
			*w.dst, err = ParseWords(r)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	cues := []struct {
		name string
		dst  *[]CueTerm
	}{
		{"titles.txt", &s.Titles},
		{"roles.txt", &s.Roles},
		{"targets.txt", &s.Targets},
		{"threat_cues.txt", &s.ThreatCues},
		{"stopwords.txt", &s.Stopwords},
		{"personal_cues.txt", &s.PersonalCues},
		{"name_words.txt", &s.NameWords},
	}
	for _, c := range cues {
		err := withFile(fsys, c.name, func(r io.Reader) (err error) {
			*c.dst, err = ParseCues(r)
			if err == nil {
				err = checkClasses(*c.dst, cueClasses[c.name])
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	for _, lang := range Languages() {
		err := withFile(fsys, "abuse_"+lang+".txt", func(r io.Reader) error {
			terms, err := ParseAbuse(r, lang)
			s.Abuse = append(s.Abuse, terms...)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	err := withFile(fsys, "spam.txt", func(r io.Reader) (err error) {
		s.Spam, err = ParseSpam(r)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = withFile(fsys, "abuse_model.txt", func(r io.Reader) (err error) {
		s.Model, err = ParseModel(r)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = withFile(fsys, "threat_model.txt", func(r io.Reader) (err error) {
		s.ThreatModel, err = ParseModel(r)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Merge appends every list of o to s.
func (s *Set) Merge(o *Set) {
	if o == nil {
		return
	}
	s.FirstNames = append(s.FirstNames, o.FirstNames...)
	s.FirstNameWords = append(s.FirstNameWords, o.FirstNameWords...)
	s.FirstNameLower = append(s.FirstNameLower, o.FirstNameLower...)
	s.Surnames = append(s.Surnames, o.Surnames...)
	s.Abuse = append(s.Abuse, o.Abuse...)
	s.Allow = append(s.Allow, o.Allow...)
	s.Acronyms = append(s.Acronyms, o.Acronyms...)
	s.Institutions = append(s.Institutions, o.Institutions...)
	s.PlaceWords = append(s.PlaceWords, o.PlaceWords...)
	s.Spam = append(s.Spam, o.Spam...)
	s.Domains = append(s.Domains, o.Domains...)
	s.Titles = append(s.Titles, o.Titles...)
	s.Roles = append(s.Roles, o.Roles...)
	s.Targets = append(s.Targets, o.Targets...)
	s.ThreatCues = append(s.ThreatCues, o.ThreatCues...)
	s.Stopwords = append(s.Stopwords, o.Stopwords...)
	s.PersonalCues = append(s.PersonalCues, o.PersonalCues...)
	s.NameWords = append(s.NameWords, o.NameWords...)
	if len(o.Model) > 0 {
		s.Model = o.Model
	}
	if len(o.ThreatModel) > 0 {
		s.ThreatModel = o.ThreatModel
	}
}

// withFile calls parse on the named file of fsys, if it exists, and names
// the file in any error.
func withFile(fsys fs.FS, name string, parse func(io.Reader) error) error {
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	if err := parse(f); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}

// lines calls fn with the fields of every entry of r and its line number.
func lines(r io.Reader, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := fn(n, fields); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// ParseWords reads a list of words or phrases, one a line.
func ParseWords(r io.Reader) ([]string, error) {
	var out []string
	err := lines(r, func(_ int, f []string) error {
		if f[0] == "" {
			return errors.New("empty entry")
		}
		out = append(out, f[0])
		return nil
	})
	return out, err
}

// CueClasses returns, in a fresh slice, the classes the entries of a
// file of contextual words (titles.txt, roles.txt, targets.txt,
// threat_cues.txt, stopwords.txt, personal_cues.txt, name_words.txt) may
// have; a class the engine does not
// know would be ignored, so Load refuses it.
func CueClasses(file string) []string { return slices.Clone(cueClasses[file]) }

var cueClasses = map[string][]string{
	"titles.txt":        {"title", "upper"},
	"roles.txt":         {"role", "called", "thanks", "kin", "staff", "closing"},
	"targets.txt":       {"person", "you", "group", "thing", "animal", "accuse", "charge", "aim", "this", "like", "place", "general", "groupis", "agegroup", "all", "bad", "dirty", "compound", "copula", "yours", "body", "mine", "vocative", "theirs", "compare", "object", "myself", "myself-after", "desk", "real-animal", "who", "quality", "likened", "unfit", "looks", "dim", "trait", "genius", "irony", "blunder", "allof", "groupfirst"},
	"threat_cues.txt":   {"intent", "violence", "weapon", "threat", "self", "blast", "warn", "report", "idiom", "future", "know", "private", "home", "meet", "outside", "said", "happen", "pity", "stalk", "outcome", "send", "next", "fuel", "sabotage", "hurt", "limb", "lawful", "burn", "property", "consumed", "carried", "ultimatum", "seewhat", "soon", "called", "must", "armed", "child", "childplace", "aside", "wish", "ill", "gang", "otherway", "settle", "sympathy", "heard", "stayaway", "advice", "knowthat", "unmissed", "calledafter", "calledthird", "drama", "dare", "execute", "present"},
	"stopwords.txt":     {"fr", "en", "es", "de", "it", "pt", "fr-word", "en-word", "es-word", "de-word", "it-word", "pt-word"},
	"personal_cues.txt": {"number", "card", "phone", "reference", "private", "service", "service-near", "lives", "street", "plate", "digit", "tens", "hundred", "double", "triple", "joiner"},
	"name_words.txt":    {"particle", "name-particle", "negation", "abbreviation", "title-ending", "degree", "street-end", "place-after", "acts", "acts-on-writer", "with", "at-work", "workplace", "served", "plural", "noun-article", "our-lady"},
}

// checkClasses returns an error naming the first entry whose class is not
// one of classes.
func checkClasses(terms []CueTerm, classes []string) error {
	for _, t := range terms {
		if !slices.Contains(classes, t.Class) {
			return fmt.Errorf("%q: unknown class %q (want one of %s)", t.Term, t.Class, strings.Join(classes, ", "))
		}
	}
	return nil
}

// ParseCues reads lines "term<TAB>class".
func ParseCues(r io.Reader) ([]CueTerm, error) {
	var out []CueTerm
	err := lines(r, func(_ int, f []string) error {
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return errors.New(`want "term<TAB>class"`)
		}
		out = append(out, CueTerm{Term: f[0], Class: f[1]})
		return nil
	})
	return out, err
}

// ParseAbuse reads lines "term<TAB>category<TAB>severity" of one language;
// a fourth field "all" marks a term that is offensive in every language
// (joder, scheiße), applied whatever the language of the text.
func ParseAbuse(r io.Reader, lang string) ([]AbuseTerm, error) {
	var out []AbuseTerm
	err := lines(r, func(_ int, f []string) error {
		if len(f) < 3 || f[0] == "" {
			return errors.New(`want "term<TAB>category<TAB>severity"`)
		}
		switch f[1] {
		case Insult, Profanity, Hate, Threat, Sexual:
		default:
			return fmt.Errorf("unknown category %q", f[1])
		}
		sev, err := strconv.Atoi(f[2])
		if err != nil || sev < 1 || sev > 4 {
			return fmt.Errorf("severity %q is not 1..4", f[2])
		}
		l := lang
		if len(f) > 3 {
			if f[3] != "all" {
				return fmt.Errorf("fourth field %q is not \"all\"", f[3])
			}
			l = ""
		}
		out = append(out, AbuseTerm{Term: f[0], Category: f[1], Severity: sev, Lang: l})
		return nil
	})
	return out, err
}

// ParseModel reads lines "feature<TAB>weight": a feature of one or two
// words and a finite weight in log-odds.
func ParseModel(r io.Reader) ([]ModelWeight, error) {
	var out []ModelWeight
	err := lines(r, func(_ int, f []string) error {
		if len(f) < 2 || f[0] == "" {
			return errors.New(`want "feature<TAB>weight"`)
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("weight %q is not a number", f[1])
		}
		if f[0] != ModelPrior && len(strings.Fields(f[0])) > 2 {
			return fmt.Errorf("feature %q has more than two words", f[0])
		}
		out = append(out, ModelWeight{Feature: f[0], Weight: w})
		return nil
	})
	return out, err
}

// ParseSpam reads lines "term<TAB>weight" with a weight of 1..3.
func ParseSpam(r io.Reader) ([]SpamTerm, error) {
	var out []SpamTerm
	err := lines(r, func(_ int, f []string) error {
		if len(f) < 2 || f[0] == "" {
			return errors.New(`want "term<TAB>weight"`)
		}
		w, err := strconv.Atoi(f[1])
		if err != nil || w < 1 || w > 3 {
			return fmt.Errorf("weight %q is not 1..3", f[1])
		}
		out = append(out, SpamTerm{Term: f[0], Weight: w})
		return nil
	})
	return out, err
}
