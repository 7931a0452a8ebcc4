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
	f.ID = id.String()
	f.CreatedAt = feedback.StoreTime(in.CreatedAt)
	if f.CreatedAt.IsZero() {
		f.CreatedAt = s.clock()
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
	err = s.inTx(ctx, "create feedback", func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM services WHERE slug = $1`, f.Service).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return &feedback.Error{Code: feedback.ENOTFOUND, Field: "service", Message: "service " + f.Service + " not found"}
		} else if err != nil {
			return err
		}
		// ON CONFLICT waits for a concurrent insert of the same key to
		// commit, then does nothing; the first row is then read back.
		tag, err := tx.Exec(ctx, `INSERT INTO feedback (`+feedbackColumns+`)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, NULL)
			ON CONFLICT (service, idempotency_key) DO NOTHING`,
			f.ID, f.Service, f.Procedure, string(f.Channel), string(f.Rating), f.Clarity, f.Help, string(f.Author), f.Text,
			f.OriginalText, f.Email, nullString(f.IdempotencyKey), f.ClientHash, string(f.Status), mod,
			f.CreatedAt, f.UpdatedAt, nullTime(f.PublishedAt))
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return tx.QueryRow(ctx, `SELECT id FROM feedback WHERE service = $1 AND idempotency_key = $2`,
				f.Service, f.IdempotencyKey).Scan(&existing)
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
	f, err := scanFeedback(s.pool.QueryRow(ctx, `SELECT `+feedbackColumns+` FROM feedback WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
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
		p     params
	)
	if flt.Service != "" {
		where = append(where, "service = "+p.add(flt.Service))
	}
	if flt.Procedure != "" {
		where = append(where, "procedure = "+p.add(flt.Procedure))
	}
	if flt.Status != "" {
		where = append(where, "status = "+p.add(string(flt.Status)))
	}
	if !flt.Since.IsZero() {
		where = append(where, "created_at >= "+p.add(feedback.StoreTime(flt.Since)))
	}
	if !flt.Until.IsZero() {
		where = append(where, "created_at < "+p.add(feedback.StoreTime(flt.Until)))
	}
	op, order := "<", "DESC"
	if flt.Oldest {
		op, order = ">", "ASC"
	}
	if flt.Cursor != "" {
		// A row comparison, which the (created_at, id) index serves.
		where = append(where, "(created_at, id) "+op+" ("+p.add(cur.CreatedAt)+", "+p.add(cur.ID)+")")
	}
	q := `SELECT ` + feedbackColumns + ` FROM feedback`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY created_at ` + order + `, id ` + order + ` LIMIT ` + p.add(limit+1)

	rows, err := s.pool.Query(ctx, q, p...)
	if err != nil {
		return nil, translate(err, "list feedback")
	}
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*feedback.Feedback, error) { return scanFeedback(r) })
	if err != nil {
		return nil, translate(err, "list feedback")
	}
	page := &feedback.Page{Items: items}
	if page.Items == nil {
		page.Items = []*feedback.Feedback{}
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
	ids := make([]string, len(items))
	for i, f := range items {
		byID[f.ID] = f
		ids[i] = f.ID
	}
	rows, err := s.pool.Query(ctx, `SELECT id, feedback_id, team, text, created_at FROM answers
		WHERE feedback_id = ANY($1) ORDER BY created_at, id`, ids)
	if err != nil {
		return translate(err, "list answers")
	}
	defer rows.Close()
	for rows.Next() {
		var a feedback.Answer
		if err := rows.Scan(&a.ID, &a.FeedbackID, &a.Team, &a.Text, &a.CreatedAt); err != nil {
			return translate(err, "list answers")
		}
		a.CreatedAt = utc(a.CreatedAt)
		f := byID[a.FeedbackID]
		f.Answers = append(f.Answers, a)
	}
	return translate(rows.Err(), "list answers")
}

func scanFeedback(row pgx.Row) (*feedback.Feedback, error) {
	var (
		f                       feedback.Feedback
		channel, rating, author string
		status                  string
		mod                     []byte
		key                     *string
		published, purged       *time.Time
	)
	if err := row.Scan(&f.ID, &f.Service, &f.Procedure, &channel, &rating, &f.Clarity, &f.Help, &author, &f.Text,
		&f.OriginalText, &f.Email, &key, &f.ClientHash, &status, &mod,
		&f.CreatedAt, &f.UpdatedAt, &published, &purged); err != nil {
		return nil, err
	}
	f.Channel, f.Rating, f.Author, f.Status = feedback.Channel(channel), feedback.Rating(rating), feedback.AuthorKind(author), feedback.Status(status)
	if key != nil {
		f.IdempotencyKey = *key
	}
	if err := json.Unmarshal(mod, &f.Moderation); err != nil {
		return nil, feedback.Internal(err, "decode moderation of %s", f.ID)
	}
	f.CreatedAt, f.UpdatedAt = utc(f.CreatedAt), utc(f.UpdatedAt)
	f.PublishedAt, f.PurgedAt = orZero(published), orZero(purged)
	return &f, nil
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
