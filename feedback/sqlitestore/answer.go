package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"github.com/avisproject/avis/feedback"
	"github.com/google/uuid"
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
	var mod sql.NullString
	if c.Moderation != nil {
		b, err := json.Marshal(c.Moderation)
		if err != nil {
			return nil, feedback.Internal(err, "encode moderation")
		}
		mod = sql.NullString{String: string(b), Valid: true}
	}
	now := s.clock()
	err := s.inTx(ctx, "set status", func(tx *sql.Tx) error {
		var (
			from, text string
			published  sql.NullInt64
		)
		err := tx.QueryRowContext(ctx, `SELECT status, text, published_at FROM feedback WHERE id = ?`, c.FeedbackID).
			Scan(&from, &text, &published)
		if errors.Is(err, sql.ErrNoRows) {
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
			published = sql.NullInt64{}
		case !published.Valid:
			published = nullMicros(now)
		}
		// The write transaction began IMMEDIATE, so no one changed the row
		// since the SELECT; "AND status = ?" keeps the check where the
		// write is, should that ever stop being true.
		res, err := tx.ExecContext(ctx, `UPDATE feedback SET status = ?, text = ?, moderation = coalesce(?, moderation),
			updated_at = ?, published_at = ? WHERE id = ? AND status = ?`,
			string(c.Status), newText, mod, micros(now), published, c.FeedbackID, from)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n != 1 {
			return feedback.Errorf(feedback.ECONFLICT, "already decided by someone else: this contribution changed while the decision was written")
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
	err = s.inTx(ctx, "add answer", func(tx *sql.Tx) error {
		var status string
		err := tx.QueryRowContext(ctx, `SELECT status FROM feedback WHERE id = ?`, a.FeedbackID).Scan(&status)
		if errors.Is(err, sql.ErrNoRows) {
			return &feedback.Error{Code: feedback.ENOTFOUND, Field: "feedback_id", Message: "feedback " + a.FeedbackID + " not found"}
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO answers (id, feedback_id, team, text, created_at) VALUES (?, ?, ?, ?, ?)`,
			id.String(), a.FeedbackID, team, text, micros(created)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE feedback SET updated_at = ? WHERE id = ?`, micros(now), a.FeedbackID); err != nil {
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
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM feedback WHERE id = ?`, feedbackID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "feedback %s not found", feedbackID)
	} else if err != nil {
		return nil, translate(err, "audit")
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, feedback_id, actor, action, from_status, to_status,
		text_before, text_after, reason, created_at FROM audit WHERE feedback_id = ? ORDER BY id`, feedbackID)
	if err != nil {
		return nil, translate(err, "audit")
	}
	defer rows.Close()
	trail := []feedback.AuditEntry{}
	for rows.Next() {
		var (
			e        feedback.AuditEntry
			from, to string
			at       int64
		)
		if err := rows.Scan(&e.ID, &e.FeedbackID, &e.Actor, &e.Action, &from, &to,
			&e.TextBefore, &e.TextAfter, &e.Reason, &at); err != nil {
			return nil, translate(err, "audit")
		}
		e.FromStatus, e.ToStatus, e.CreatedAt = feedback.Status(from), feedback.Status(to), fromMicros(at)
		trail = append(trail, e)
	}
	return trail, translate(rows.Err(), "audit")
}

func insertAudit(ctx context.Context, tx *sql.Tx, e feedback.AuditEntry) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit (feedback_id, actor, action, from_status, to_status,
		text_before, text_after, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.FeedbackID, e.Actor, e.Action, string(e.FromStatus), string(e.ToStatus),
		e.TextBefore, e.TextAfter, e.Reason, micros(e.CreatedAt))
	return err
}
