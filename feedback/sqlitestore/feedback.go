package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/google/uuid"
)

const feedbackColumns = `id, service, procedure, channel, rating, clarity, help, author, text,
	original_text, email, idempotency_key, client_hash, status, moderation,
	created_at, updated_at, published_at, purged_at`

// CreateFeedback stores a moderated contribution, or returns the first one
// with the same service and idempotency key. The caller's value is not
// modified; the stored copy is returned.
func (s *Store) CreateFeedback(ctx context.Context, in *feedback.Feedback) (*feedback.Feedback, bool, error) {
	f := *in
	f.Answers = nil
	if err := f.ValidateNew(); err != nil {
		return nil, false, err
	}
	id, err := uuid.NewV7()
	if err != nil {
		return nil, false, feedback.Internal(err, "new feedback id")
	}
	now := s.clock()
	f.ID = id.String()
	f.CreatedAt = feedback.StoreTime(in.CreatedAt)
	if f.CreatedAt.IsZero() {
		f.CreatedAt = now
	}
	f.UpdatedAt = f.CreatedAt
	f.PublishedAt = feedback.StoreTime(in.PublishedAt)
	if f.Status != feedback.StatusPublished {
		f.PublishedAt = time.Time{}
	} else if f.PublishedAt.IsZero() {
		f.PublishedAt = f.CreatedAt
	}
	f.PurgedAt = time.Time{}
	mod, err := json.Marshal(f.Moderation)
	if err != nil {
		return nil, false, feedback.Internal(err, "encode moderation")
	}

	existing := ""
	err = s.inTx(ctx, "create feedback", func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM services WHERE slug = ?`, f.Service).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return &feedback.Error{Code: feedback.ENOTFOUND, Field: "service", Message: "service " + f.Service + " not found"}
		} else if err != nil {
			return err
		}
		if f.IdempotencyKey != "" {
			// Writes are serialised (one connection, BEGIN IMMEDIATE), so
			// nobody can insert the same key between this read and the insert.
			err := tx.QueryRowContext(ctx, `SELECT id FROM feedback WHERE service = ? AND idempotency_key = ?`,
				f.Service, f.IdempotencyKey).Scan(&existing)
			if err == nil {
				return nil
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO feedback (`+feedbackColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
			f.ID, f.Service, f.Procedure, string(f.Channel), string(f.Rating), f.Clarity, f.Help, string(f.Author), f.Text,
			f.OriginalText, f.Email, nullString(f.IdempotencyKey), f.ClientHash, string(f.Status), string(mod),
			micros(f.CreatedAt), micros(f.UpdatedAt), nullMicros(f.PublishedAt)); err != nil {
			return err
		}
		return insertAudit(ctx, tx, feedback.AuditEntry{
			FeedbackID: f.ID, Actor: "engine", Action: "submit", ToStatus: f.Status,
			TextAfter: f.Text, Reason: strings.Join(f.Moderation.FlagKinds(), ","), CreatedAt: f.CreatedAt,
		})
	})
	if err != nil {
		return nil, false, err
	}
	if existing != "" {
		first, err := s.GetFeedback(ctx, existing)
		return first, false, err
	}
	return &f, true, nil
}

// GetFeedback returns a contribution with its answers.
func (s *Store) GetFeedback(ctx context.Context, id string) (*feedback.Feedback, error) {
	f, err := scanFeedback(s.r.QueryRowContext(ctx, `SELECT `+feedbackColumns+` FROM feedback WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "feedback %s not found", id)
	}
	if err != nil {
		return nil, translate(err, "get feedback")
	}
	if err := s.attachAnswers(ctx, []*feedback.Feedback{f}); err != nil {
		return nil, err
	}
	return f, nil
}

// ListFeedback returns one page of contributions with their answers, newest
// first unless flt.Oldest.
func (s *Store) ListFeedback(ctx context.Context, flt feedback.Filter) (*feedback.Page, error) {
	limit, cur, err := flt.Validate()
	if err != nil {
		return nil, err
	}
	var (
		where []string
		args  []any
	)
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if flt.Service != "" {
		add("service = ?", flt.Service)
	}
	if flt.Procedure != "" {
		add("procedure = ?", flt.Procedure)
	}
	if flt.Status != "" {
		add("status = ?", string(flt.Status))
	}
	if !flt.Since.IsZero() {
		add("created_at >= ?", micros(flt.Since))
	}
	if !flt.Until.IsZero() {
		add("created_at < ?", micros(flt.Until))
	}
	op, order := "<", "DESC"
	if flt.Oldest {
		op, order = ">", "ASC"
	}
	if flt.Cursor != "" {
		at := micros(cur.CreatedAt)
		add("(created_at "+op+" ? OR (created_at = ? AND id "+op+" ?))", at, at, cur.ID)
	}
	q := `SELECT ` + feedbackColumns + ` FROM feedback`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY created_at ` + order + `, id ` + order + ` LIMIT ?`
	args = append(args, limit+1)

	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, translate(err, "list feedback")
	}
	defer rows.Close()
	page := &feedback.Page{Items: []*feedback.Feedback{}}
	for rows.Next() {
		f, err := scanFeedback(rows)
		if err != nil {
			return nil, translate(err, "list feedback")
		}
		page.Items = append(page.Items, f)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "list feedback")
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.NextCursor = feedback.Cursor{CreatedAt: last.CreatedAt, ID: last.ID}.String()
	}
	if err := s.attachAnswers(ctx, page.Items); err != nil {
		return nil, err
	}
	return page, nil
}

// attachAnswers loads the answers of every contribution in one query.
func (s *Store) attachAnswers(ctx context.Context, items []*feedback.Feedback) error {
	if len(items) == 0 {
		return nil
	}
	byID := make(map[string]*feedback.Feedback, len(items))
	args := make([]any, len(items))
	for i, f := range items {
		byID[f.ID] = f
		args[i] = f.ID
	}
	q := `SELECT id, feedback_id, team, text, created_at FROM answers WHERE feedback_id IN (?` +
		strings.Repeat(", ?", len(items)-1) + `) ORDER BY created_at, id`
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return translate(err, "list answers")
	}
	defer rows.Close()
	for rows.Next() {
		var (
			a  feedback.Answer
			at int64
		)
		if err := rows.Scan(&a.ID, &a.FeedbackID, &a.Team, &a.Text, &at); err != nil {
			return translate(err, "list answers")
		}
		a.CreatedAt = fromMicros(at)
		f := byID[a.FeedbackID]
		f.Answers = append(f.Answers, a)
	}
	return translate(rows.Err(), "list answers")
}

func scanFeedback(row scanner) (*feedback.Feedback, error) {
	var (
		f                       feedback.Feedback
		channel, rating, author string
		status, mod             string
		key                     sql.NullString
		created, updated        int64
		published, purged       sql.NullInt64
	)
	if err := row.Scan(&f.ID, &f.Service, &f.Procedure, &channel, &rating, &f.Clarity, &f.Help, &author, &f.Text,
		&f.OriginalText, &f.Email, &key, &f.ClientHash, &status, &mod,
		&created, &updated, &published, &purged); err != nil {
		return nil, err
	}
	f.Channel, f.Rating, f.Author, f.Status = feedback.Channel(channel), feedback.Rating(rating), feedback.AuthorKind(author), feedback.Status(status)
	f.IdempotencyKey = key.String
	if err := json.Unmarshal([]byte(mod), &f.Moderation); err != nil {
		return nil, feedback.Internal(err, "decode moderation of %s", f.ID)
	}
	f.CreatedAt, f.UpdatedAt = fromMicros(created), fromMicros(updated)
	f.PublishedAt, f.PurgedAt = fromNullMicros(published), fromNullMicros(purged)
	return &f, nil
}

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }
