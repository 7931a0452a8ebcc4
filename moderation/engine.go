package moderation

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/moderation/lexicon"
)

// DefaultMaxLength is the length, in bytes, beyond which a contribution is
// cut when Options.MaxLength is zero.
const DefaultMaxLength = 8000

// Options configure an Engine. The zero value, like a nil *Options, gives
// the defaults: the embedded word lists, no agent directory, the default
// policy, French when the language is unclear.
type Options struct {
	// Lexicon holds an agency's own word lists (abuse terms, allowed
	// words, acronyms, institutions, first names…), added to the
	// embedded ones; see lexicon.LoadDir.
	Lexicon *lexicon.Set
	// Agents maps a service slug to the names of its agents, masked
	// whatever their case, accents or a small typo; the key "" applies to
	// every service. See LoadAgents.
	Agents map[string][]string
	// MaxLength caps the cleaned text, in bytes; 0 means DefaultMaxLength.
	MaxLength int
	// Policy turns flags into a decision; nil means DefaultDecisionPolicy.
	Policy *DecisionPolicy
	// DefaultLang is the language assumed when detection is not
	// confident: "fr" when empty.
	DefaultLang string
	// ModelThreshold is the log-odds above which the statistical model
	// of abuse (lexicon's abuse_model.txt) flags a text abuse, for a
	// moderator to read, when the rules found no abuse or threat (mild
	// profanity alone may be an insult they did not read); 0 means
	// DefaultModelThreshold.
	ModelThreshold float64
	// ThreatModelThreshold is the same for the statistical model of
	// threats (threat_model.txt), which flags a text threat when the
	// rules found none; 0 means DefaultThreatModelThreshold.
	ThreatModelThreshold float64
	// NoModels turns both statistical models off: word lists and rules
	// only.
	NoModels bool
}

// Engine moderates contributions. It is safe for concurrent use and does
// no I/O once built.
type Engine struct {
	fold     *folder
	san      *sanitizer
	lang     *detector
	personal *personal
	names    *names
	abuse    *abuse
	spam     *spam
	dirs     map[string]*directory
	anyDir   *directory
	policy   DecisionPolicy
	models   models
	pool     sync.Pool
}

// New builds an Engine from opts (nil means defaults). It returns a
// feedback.Error with code invalid when an option is out of range.
func New(opts *Options) (*Engine, error) {
	if opts == nil {
		opts = &Options{}
	}
	if opts.ModelThreshold < 0 {
		return nil, feedback.Invalid("model_threshold", "must be positive (0 means the default), got %g", opts.ModelThreshold)
	}
	if opts.ThreatModelThreshold < 0 {
		return nil, feedback.Invalid("threat_model_threshold", "must be positive (0 means the default), got %g", opts.ThreatModelThreshold)
	}
	if opts.MaxLength < 0 {
		return nil, feedback.Invalid("max_length", "must be positive, got %d", opts.MaxLength)
	}
	def := opts.DefaultLang
	if def == "" {
		def = "fr"
	}
	if langIndex(def) < 0 {
		return nil, feedback.Invalid("default_lang", "language %q is not supported (want one of fr, en, es, de, it, pt)", def)
	}
	policy := DefaultDecisionPolicy()
	if opts.Policy != nil {
		policy = *opts.Policy
		if policy.Review > policy.Reject {
			return nil, feedback.Invalid("policy", "review severity %d is above reject severity %d", policy.Review, policy.Reject)
		}
	}
	set, err := lexicon.Default()
	if err != nil {
		return nil, feedback.Internal(err, "embedded lexicon")
	}
	set.Merge(opts.Lexicon)
	maxLen := opts.MaxLength
	if maxLen == 0 {
		maxLen = DefaultMaxLength
	}
	f := newFolder()
	e := &Engine{
		fold:     f,
		san:      newSanitizer(maxLen),
		personal: newPersonal(f, set),
		policy:   policy,
	}
	e.lang = newDetector(def)
	if !opts.NoModels {
		e.models = newModels(f, set, opts.ModelThreshold, opts.ThreatModelThreshold)
	}
	e.names = newNames(f, set)
	e.names.markListed(f, set)
	spamTerms := map[string]int{}
	for _, t := range set.Spam {
		spamTerms[t.Term] = max(spamTerms[t.Term], t.Weight)
	}
	e.abuse = newAbuse(f, set, spamTerms)
	e.spam = newSpam(spamTerms, set.Domains)
	e.dirs = map[string]*directory{}
	for service, agents := range opts.Agents {
		if service == "" {
			continue
		}
		e.dirs[service] = newDirectory(f, append(slices.Clone(agents), opts.Agents[""]...), e.names.particles)
	}
	if len(opts.Agents[""]) > 0 {
		e.anyDir = newDirectory(f, opts.Agents[""], e.names.particles)
	}
	e.pool.New = func() any { return new(scratch) }
	return e, nil
}

// scratch holds the buffers of one Moderate call, reused through a pool
// so that the hot path allocates little.
type scratch struct {
	toks     []token
	fold     []byte
	hashes   []uint64 // the wordHash of each token
	keep     []bool
	digits   []int32 // tokens holding a digit
	finds    []finding
	norm     normalized
	joined   normalized
	ms       []match
	ms2      []match // findWords' spare
	hits     []hit
	words    []int32
	afinds   []abuseFinding
	pending  []pendingSpan
	spamHits []spamHit
	model    modelScratch
	runs     [][2]int32 // runs of masked words, for the abuse rules
	idioms   [][2]int32 // idioms, lawful weapons and fuel burned the abuse rules found, which the models do not read
	quoted   [][2]int32 // quotations of what someone else said, for which alone the abuse model does not flag a text
	addrs    []int32    // where the postal addresses start in the normalized text, and their sentences (addressStarts)
	out      []byte
}

// Moderate checks one contribution and returns the cleaned text, its
// language, the flags and the decision. It only fails when ctx is done.
func (e *Engine) Moderate(ctx context.Context, in Input) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	s := e.pool.Get().(*scratch)
	defer e.pool.Put(s)

	san := e.san.clean(in.Text)
	text := san.text
	s.toks, s.fold = e.fold.tokenize(text, s.toks[:0], s.fold[:0])
	toks := s.toks
	s.hashes = e.names.annotateHashes(toks, s.fold, s.hashes[:0])
	s.finds = s.finds[:0]
	markPlaceholders(text, toks)

	lang, maybe := e.lang.detectAll(text, toks, in.Lang)
	li := langIndex(lang)
	langs := maybe | 1<<li

	// Personal data, then names, never overlapping.
	s.finds, s.digits = e.personal.find(text, toks, s.fold, s.finds, s.digits)
	markMasked(toks, s.finds)
	s.keep = slices.Grow(s.keep[:0], len(toks))[:len(toks)]
	clear(s.keep)
	e.names.protect(text, toks, s.fold, s.hashes, s.keep, langs)
	dir := e.anyDir
	if d, ok := e.dirs[in.Service]; ok {
		dir = d
	}
	personalEnd := len(s.finds)
	shout := shouted(text, toks)
	for again := false; ; again = true {
		s.finds = e.names.find(text, toks, s.fold, s.keep, dir, s.finds[:personalEnd], shout, li)
		markMasked(toks, s.finds[personalEnd:])
		s.finds = e.everyOccurrence(text, toks, s.fold, s.hashes, s.keep, s.finds, personalEnd, li == langIndex("de"))
		// Whether a text is shouted is read as its second reading reads
		// it, without the names masked: "M AA" in capitals counted AA
		// among its shouted words, then masked it, and the next reading
		// found a name in a text no longer shouted (found by fuzzing).
		if again || len(s.finds) == personalEnd || shouted(text, toks) == shout {
			break
		}
		shout = !shout
		for k := range toks {
			toks[k].flags &^= tokMasked
		}
		markPlaceholders(text, toks)
		markMasked(toks, s.finds[:personalEnd])
	}
	slices.SortFunc(s.finds, func(a, b finding) int { return int(a.start - b.start) })

	flags := flagSet{pending: s.pending[:0]}
	for _, f := range s.finds {
		kind := KindPersonalData
		if f.kind == maskName {
			kind = KindPersonName
		}
		flags.add(kind, SeverityInfo, maskReason(f.kind), f.start, f.end)
	}
	// A name called by a noun of contempt is an insult, whatever the
	// noun ("cette incapable de Rousseau"): the lists hold the nouns
	// that are insults alone, not "incapable" or "inútil".
	for _, f := range s.finds {
		if f.kind != maskName {
			continue
		}
		if k := tokenAt(toks, f.start); k >= 0 {
			if at := contemptAt(text, toks, s.fold, k); at >= 0 {
				flags.add(KindAbuse, SeverityMedium, "a person called by a word of contempt", at, f.end)
			} else if m := contemptAfter(text, toks, s.fold, lastTokenIn(toks, k, f.end)); m >= 0 {
				flags.add(KindAbuse, SeverityMedium, "a person called by a word of contempt", f.start, toks[m].ce)
			}
		}
	}
	if san.markup {
		flags.add(KindMarkup, SeverityMedium, "HTML or script was removed", -1, -1)
	}
	if shouting(text, toks) {
		flags.add(KindShouting, SeverityLow, "written in capitals", -1, -1)
	}
	// Words in triple parentheses: the antisemites' mark when it holds
	// their usual words ("(((them)))"). Other words are hugs, sounds or
	// stress ("(((hugs)))", "(((soupir)))").
	if a, b, sure := echoes(text); a >= 0 && sure {
		flags.add(KindAbuse, SeverityCritical, "antisemitic echo: words marked by triple parentheses", a, b)
	}

	// Abuse and spam on the normalized copy; words split by hyphens or
	// dots are read joined in a second pass.
	splits := s.norm.normalize(e.fold, text)
	s.runs = maskedRuns(toks, s.runs[:0])
	s.idioms = s.idioms[:0]
	s.quoted = s.quoted[:0]
	e.findAbuse(s, &s.norm, text, langs, &flags)
	// The first pass also found the spam terms.
	s.spamHits = s.spamHits[:0]
	for _, h := range s.hits {
		for _, m := range e.abuse.metas[h.id] {
			if m.class == patSpam {
				s.spamHits = append(s.spamHits, spamHit{id: h.id, start: h.start, end: h.end, weight: int(m.severity)})
			}
		}
	}
	if splits > 0 {
		s.joined.joinSplits(&s.norm)
		e.findAbuse(s, &s.joined, text, langs, &flags)
	}
	contacts := 0        // e-mail addresses and phone numbers: an advertiser's too
	spelledMail := false // an address with its "@" a word in brackets
	for _, f := range s.finds {
		if f.kind == maskEmail || f.kind == maskPhone {
			contacts++
		}
		spelledMail = spelledMail || f.kind == maskEmail && strings.ContainsAny(text[f.start:f.end], "([{")
	}
	var hid hiddenMarkup
	if san.markup {
		hid.links, hid.junk = e.spam.hiddenLinks(in.Text, text)
		hid.text = hiddenStyle(in.Text)
	}
	sc := e.spam.score(text, toks, s.fold, &s.norm, s.spamHits, contacts, spelledMail, hid)
	switch {
	case sc.test && flags.has(KindMarkup):
		// A test with markup probes the form ("<script>…</script>
		// test"): the markup flag sends it to a moderator.
	case sc.test:
		sev := SeverityMedium
		if sc.score >= spamReject {
			sev = SeverityHigh
		}
		flags.add(KindSpam, sev, "a test of the form, not a contribution", sc.firstStart, sc.firstEnd)
	case sc.score >= spamReject:
		flags.add(KindSpam, SeverityHigh, "advertising or junk", sc.firstStart, sc.firstEnd)
	case sc.score >= spamReview:
		flags.add(KindSpam, SeverityMedium, "may be advertising or an unrelated link", sc.firstStart, sc.firstEnd)
	}

	// Nor does the abuse model flag a text for what someone else said to
	// the writer in quotation marks, when its strongest features lie
	// there: "l'agent m'a dit que j'étais « incapable de remplir un
	// simple papier »" (topInside). (Its features there still count
	// toward the sum: a text with an insult of the writer's own after the
	// quotation stays held. The threat model reads quotations as before:
	// a threat told as a relative's, or the writer's own in someone's
	// mouth, were published when it did not.)
	s.quoted = reportedQuotations(text, toks, s.fold, s.quoted)
	e.models.flags(s, text, toks, &flags)

	res := Result{Lang: lang}
	res.Flags = flags.finish(func(i int) int { return san.origin(i, len(in.Text)) })
	s.pending = flags.pending
	res.Text, s.out = mask(text, s.finds, li, s.out)
	res.Decision = e.policy.Decide(res.Flags)
	return res, nil
}

// wordBounded reports whether text[s:e] is not inside a longer word or
// number.
func wordBounded(text string, s, e int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	after, _ := utf8.DecodeRuneInString(text[e:])
	return (s == 0 || !isWordRune(before)) && (e == len(text) || !isWordRune(after))
}

// joinsNumber reports whether text[s:e] is part of a longer run of digits
// joined by spaces, dots or hyphens, which the number scanner reads whole,
// or by a decimal comma, which makes it no number of a person
// ("000000000000,00000000000": masking the part after the comma would
// make the part before it a phone number on a second reading; found by
// fuzzing).
func joinsNumber(text string, s, e int) bool {
	return s >= 2 && (isNumberSep(text[s-1]) || text[s-1] == ',') && isDigit(text[s-2]) ||
		e+1 < len(text) && (isNumberSep(text[e]) || text[e] == ',') && isDigit(text[e+1])
}

func overlapsAny(fs []finding, start, end int32) bool {
	for _, f := range fs {
		if f.start < end && start < f.end {
			return true
		}
	}
	return false
}

// findAbuse adds the abuse, profanity and threat flags found on n, read
// in the languages of the bit set langs.
func (e *Engine) findAbuse(s *scratch, n *normalized, text string, langs uint8, flags *flagSet) {
	s.hits, s.words, s.ms = e.abuse.scan(n, s.ms, s.hits[:0], s.words, &s.ms2, s.runs)
	s.hits = e.abuse.dropFalseFriends(s.hits, langs)
	s.hits = dropProperNames(s.hits, n)
	hs := hitSet{a: e.abuse, hits: s.hits}
	for i, h := range s.hits {
		// The models do not read what the rules judged harmless in
		// context either: a weapon handled by the rules ("je viendrai
		// avec mon fusil de chasse pour le faire enregistrer"), fire
		// that is fuel burned ("votre camionnette va cramer deux fois
		// plus de gasoil").
		if e.abuse.has(h.id, patIdiom) ||
			e.abuse.has(h.id, patWeapon) && hs.near(i, patLawful, 8, 10) ||
			e.abuse.has(h.id, patBurn) && hs.near(i, patConsumed, 0, 5) {
			start, end := h.start, h.end
			if e.abuse.has(h.id, patIdiom) {
				// Nor the threat phrase the idiom is read in: "someone's
				// going to get hurt falling on the kerb" is a hazard
				// whole.
				for _, o := range s.hits {
					if o.start < h.end && o.end > h.start && e.abuse.has(o.id, patThreat) {
						start, end = min(start, o.start), max(end, o.end)
					}
				}
			}
			s.idioms = append(s.idioms, [2]int32{n.pos[start], runeEnd(text, n.pos[end-1])})
		}
	}
	s.addrs = s.addrs[:0]
	if (hitSet{a: e.abuse, hits: s.hits}).any(patKnowThat) {
		s.addrs = addressStarts(text, s.finds, n, s.addrs)
	}
	s.afinds = e.abuse.classify(s.hits, langs, n, s.addrs, s.afinds[:0])
	for _, a := range s.afinds {
		start, end := n.pos[a.start], runeEnd(text, n.pos[a.end-1])
		if a.quiet {
			// Name-calling the writer reports ("il m'a traité
			// d'imbécile"): the models do not read it.
			s.idioms = append(s.idioms, [2]int32{start, end})
			continue
		}
		if inMasked(s.finds, start, end) {
			// "merci à Peter": a name, not the verb péter; "écrivez à
			// a.sow.famille@yahoo.fr": an address, not an English sow.
			continue
		}
		// (Not a quotation the writer agrees with: "«gli extracomunitari
		// sono tutti delinquenti», e ha ragione" is his.)
		if reported, open, closing := reportedQuote(text, s.toks, s.fold, start, end); reported && !(closing > 0 && quoteEndorsed(text, s.toks, s.fold, open, closing)) {
			// "un usager l'a traitée de « grosse vache »": reported, not
			// the writer's. A reported threat or hate is still shown to
			// a moderator rather than published unread: the corpora's
			// fair reports of threats are, but a quotation is too easy a
			// disguise for the writer's own ("comme dit le proverbe :
			// « … »", "il a dit « … » et il a raison"; round 17's
			// reviews).
			// Not when a later sentence tells what was done about it or
			// what it did to whom received it ("J'ai déposé plainte au
			// commissariat", "Security removed him straight away", "I was
			// shaking for an hour"): a report, which a disguise seldom
			// writes out.
			if (a.kind == KindThreat || a.severity >= SeverityCritical) && !(closing > 0 && reactedAfter(text, s.toks, s.fold, open, closing)) {
				flags.add(KindAbuse, SeverityMedium, "a threat or hate the writer quotes", start, end)
			}
			// Nor do the models read the quotation's words.
			if closing > 0 {
				s.idioms = append(s.idioms, [2]int32{int32(open), int32(closing)})
			}
			continue
		}
		switch a.kind {
		case KindThreat:
			flags.add(KindThreat, a.severity, a.reason, start, end)
			flags.add(KindAbuse, a.severity, a.reason, start, end)
		default:
			flags.add(a.kind, a.severity, a.reason, start, end)
		}
	}
}

// addressStarts appends to out, for the abuse rules, where the postal
// addresses of text start in the normalized text n, each followed by
// where its sentence starts there: those fs found and, on a second
// reading, the address placeholders already in the text.
func addressStarts(text string, fs []finding, n *normalized, out []int32) []int32 {
	add := func(start int) {
		sentence := strings.LastIndexAny(text[:start], ".!?;\n") + 1
		i, _ := slices.BinarySearch(n.pos, int32(start))
		j, _ := slices.BinarySearch(n.pos, int32(sentence))
		out = append(out, int32(i), int32(j))
	}
	for _, f := range fs {
		if f.kind == maskAddress {
			add(int(f.start))
		}
	}
	for i := strings.IndexByte(text, '['); i >= 0; {
		if addressPlaceholderAt(text, i) {
			add(i)
		}
		j := strings.IndexByte(text[i+1:], '[')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return out
}

// inMasked reports whether start..end lies inside what fs masks: a name
// or personal data, which are not the writer's words about anyone.
func inMasked(fs []finding, start, end int32) bool {
	for _, f := range fs {
		if f.start <= start && end <= f.end {
			return true
		}
	}
	return false
}

// markPlaceholders marks the tokens inside placeholders already in text,
// so that moderating a moderated text changes nothing.
func markPlaceholders(text string, toks []token) {
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], '[')
		if j < 0 {
			break
		}
		i += j
		if n := placeholderAt(text, i); n > 0 {
			for k := range toks {
				if int(toks[k].cs) >= i && int(toks[k].ce) <= i+n {
					toks[k].flags |= tokMasked
				}
			}
			i += n - 1
		}
	}
}

// runeEnd returns the offset just after the rune starting at i of text.
func runeEnd(text string, i int32) int32 {
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + int32(n)
}

// markMasked marks the tokens that overlap a finding.
func markMasked(toks []token, fs []finding) {
	for _, f := range fs {
		for k := range toks {
			if toks[k].ce > f.start && toks[k].cs < f.end {
				toks[k].flags |= tokMasked
			}
		}
	}
}

// mask returns text with every finding replaced by its placeholder.
func mask(text string, fs []finding, lang int, buf []byte) (string, []byte) {
	if len(fs) == 0 {
		return text, buf
	}
	buf = buf[:0]
	at := int32(0)
	for _, f := range fs {
		if f.start < at {
			continue // overlaps the previous one
		}
		buf = append(buf, text[at:f.start]...)
		buf = append(buf, placeholder(lang, f.kind)...)
		at = f.end
	}
	buf = append(buf, text[at:]...)
	return string(buf), buf
}

// maskedRuns appends the runs of two masked words or more in toks, as
// text offsets: a masked name or number, or a placeholder already there.
func maskedRuns(toks []token, runs [][2]int32) [][2]int32 {
	for k := 0; k < len(toks); k++ {
		if !toks[k].has(tokMasked) {
			continue
		}
		e := k
		for e+1 < len(toks) && toks[e+1].has(tokMasked) {
			e++
		}
		if e > k {
			runs = append(runs, [2]int32{toks[k].cs, toks[e].ce})
		}
		k = e
	}
	return runs
}

// tokenAt returns the index of the token starting at offset at, or -1.
func tokenAt(toks []token, at int32) int {
	k, ok := slices.BinarySearchFunc(toks, at, func(t token, at int32) int { return int(t.cs - at) })
	if !ok {
		return -1
	}
	return k
}

// lastTokenIn returns the last token from k that ends by end.
func lastTokenIn(toks []token, k int, end int32) int {
	for k+1 < len(toks) && toks[k+1].ce <= end {
		k++
	}
	return k
}
