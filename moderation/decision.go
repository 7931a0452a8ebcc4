package moderation

// DecisionPolicy turns flags into a decision. A contribution is rejected when a
// flag reaches Reject, reviewed when one reaches Review, published
// otherwise; Kinds overrides the decision for a kind of flag whatever its
// severity.
//
// The default policy follows the moderation charter: masked names and
// personal data are published (SeverityInfo); shouting, mild profanity,
// markup, insults and doubtful spam go to a moderator (SeverityLow and
// SeverityMedium); threats, hate and junk spam are rejected
// (SeverityHigh and SeverityCritical).
type DecisionPolicy struct {
	Review Severity          // lowest severity sent to a moderator
	Reject Severity          // lowest severity rejected
	Kinds  map[Kind]Decision // decision forced for a kind, if present
}

// DefaultDecisionPolicy returns the default policy.
func DefaultDecisionPolicy() DecisionPolicy {
	return DecisionPolicy{Review: SeverityLow, Reject: SeverityHigh}
}

// Decide returns the decision for flags.
func (p DecisionPolicy) Decide(flags []Flag) Decision {
	d := Publish
	for _, f := range flags {
		fd := Publish
		switch {
		case f.Severity >= p.Reject:
			fd = Reject
		case f.Severity >= p.Review:
			fd = Review
		}
		if forced, ok := p.Kinds[f.Kind]; ok {
			fd = forced
		}
		if rank(fd) > rank(d) {
			d = fd
		}
	}
	return d
}

func rank(d Decision) int {
	switch d {
	case Review:
		return 1
	case Reject:
		return 2
	}
	return 0
}
