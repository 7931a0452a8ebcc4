package pgstore

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
)

// SetStatus applies a moderator's (or the engine's) decision and records it
// in the audit trail in the same transaction.
func (s *Store) SetStatus(ctx context.Context, c feedback.StatusChange) (*feedback.Feedback, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	action := c.Action
	if action == "" {
		action = string(c.Status)
	}
	var mod []byte
	if c.Moderation != nil {
		b, err := json.Marshal(c.Moderation)
		if err != nil {
			return nil, feedback.Internal(err, "encode moderation")
		}
		mod = b
	}
	now := s.clock()
	err := s.inTx(ctx, "set status", func(tx pgx.Tx) error {
		var (
			from, text string
			published  *time.Time
		)
		// FOR UPDATE: two moderators deciding at once are applied one after
		// the other; the second reads the status the first committed, so
		// it is audited with the status it really changed, or refused when
		// it expected another one (c.From).
		err := tx.QueryRow(ctx, `SELECT status, text, published_at FROM feedback WHERE id = $1 FOR UPDATE`, c.FeedbackID).
			Scan(&from, &text, &published)
		if errors.Is(err, pgx.ErrNoRows) {
			return feedback.Errorf(feedback.ENOTFOUND, "feedback %s not found", c.FeedbackID)
		} else if err != nil {
			return err
		}
		if c.From != "" && feedback.Status(from) != c.From {
			return c.Conflict(feedback.Status(from))
		}
		newText := text
		if c.Text != nil {
			newText = strings.TrimSpace(*c.Text)
		}
		switch {
		case c.Status != feedback.StatusPublished:
			published = nil
		case published == nil:
			published = &now
		}
		if _, err := tx.Exec(ctx, `UPDATE feedback SET status = $1, text = $2, moderation = coalesce($3::jsonb, moderation),
			updated_at = $4, published_at = $5 WHERE id = $6`,
			string(c.Status), newText, mod, now, published, c.FeedbackID); err != nil {
			return err
		}
		e := feedback.AuditEntry{FeedbackID: c.FeedbackID, Actor: c.Actor, Action: action,
			FromStatus: feedback.Status(from), ToStatus: c.Status, Reason: c.Reason, CreatedAt: now}
		if newText != text {
			e.TextBefore, e.TextAfter = text, newText
		}
		return insertAudit(ctx, tx, e)
	})
	if err != nil {
		return nil, err
	}
	return s.GetFeedback(ctx, c.FeedbackID)
}

// AddAnswer stores the administration's public answer and records it in the
// audit trail. It sets a.ID, and a.CreatedAt when zero.
func (s *Store) AddAnswer(ctx context.Context, a *feedback.Answer, actor string) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if strings.TrimSpace(actor) == "" || len(actor) > 200 {
		return feedback.Invalid("actor", "every answer is recorded with the actor who wrote it")
	}
	id, err := uuid.NewV7()
	if err != nil {
		return feedback.Internal(err, "new answer id")
	}
	now := s.clock()
	created := feedback.StoreTime(a.CreatedAt)
	if created.IsZero() {
		created = now
	}
	team, text := strings.TrimSpace(a.Team), strings.TrimSpace(a.Text)
	err = s.inTx(ctx, "add answer", func(tx pgx.Tx) error {
		var status string
		err := tx.QueryRow(ctx, `UPDATE feedback SET updated_at = $1 WHERE id = $2 RETURNING status`, now, a.FeedbackID).Scan(&status)
		if errors.Is(err, pgx.ErrNoRows) {
			return &feedback.Error{Code: feedback.ENOTFOUND, Field: "feedback_id", Message: "feedback " + a.FeedbackID + " not found"}
		} else if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO answers (id, feedback_id, team, text, created_at) VALUES ($1, $2, $3, $4, $5)`,
			id.String(), a.FeedbackID, team, text, created); err != nil {
			return err
		}
		return insertAudit(ctx, tx, feedback.AuditEntry{FeedbackID: a.FeedbackID, Actor: actor, Action: "answer",
			FromStatus: feedback.Status(status), ToStatus: feedback.Status(status), TextAfter: text, Reason: team, CreatedAt: now})
	})
	if err != nil {
		return err
	}
	a.ID, a.Team, a.Text, a.CreatedAt = id.String(), team, text, created
	return nil
}

// Audit returns the audit trail of a contribution, oldest first.
func (s *Store) Audit(ctx context.Context, feedbackID string) ([]feedback.AuditEntry, error) {
	var one int
	err := s.pool.QueryRow(ctx, `SELECT 1 FROM feedback WHERE id = $1`, feedbackID).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "feedback %s not found", feedbackID)
	} else if err != nil {
		return nil, translate(err, "audit")
	}
	rows, err := s.pool.Query(ctx, `SELECT id, feedback_id, actor, action, from_status, to_status,
		text_before, text_after, reason, created_at FROM audit WHERE feedback_id = $1 ORDER BY id`, feedbackID)
	if err != nil {
		return nil, translate(err, "audit")
	}
	trail, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (feedback.AuditEntry, error) {
		var (
			e        feedback.AuditEntry
			from, to string
		)
		err := r.Scan(&e.ID, &e.FeedbackID, &e.Actor, &e.Action, &from, &to, &e.TextBefore, &e.TextAfter, &e.Reason, &e.CreatedAt)
		e.FromStatus, e.ToStatus, e.CreatedAt = feedback.Status(from), feedback.Status(to), utc(e.CreatedAt)
		return e, err
	})
	if err != nil {
		return nil, translate(err, "audit")
	}
	if trail == nil {
		trail = []feedback.AuditEntry{}
	}
	return trail, nil
}

func insertAudit(ctx context.Context, tx pgx.Tx, e feedback.AuditEntry) error {
	_, err := tx.Exec(ctx, `INSERT INTO audit (feedback_id, actor, action, from_status, to_status,
		text_before, text_after, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		e.FeedbackID, e.Actor, e.Action, string(e.FromStatus), string(e.ToStatus),
		e.TextBefore, e.TextAfter, e.Reason, feedback.StoreTime(e.CreatedAt))
	return err
}
