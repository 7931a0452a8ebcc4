package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
)

// Stats summarises the published contributions of a service or procedure.
func (s *Store) Stats(ctx context.Context, flt feedback.StatsFilter) (*feedback.Stats, error) {
	if err := flt.Validate(); err != nil {
		return nil, err
	}
	var one int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM services WHERE slug = ?`, flt.Service).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &feedback.Error{Code: feedback.ENOTFOUND, Field: "service", Message: "service " + flt.Service + " not found"}
	} else if err != nil {
		return nil, translate(err, "stats")
	}
	where := []string{"f.status = 'published'", "f.service = ?"}
	args := []any{flt.Service}
	if flt.Procedure != "" {
		where, args = append(where, "f.procedure = ?"), append(args, flt.Procedure)
	}
	if !flt.Since.IsZero() {
		where, args = append(where, "f.created_at >= ?"), append(args, micros(flt.Since))
	}
	if !flt.Until.IsZero() {
		where, args = append(where, "f.created_at < ?"), append(args, micros(flt.Until))
	}
	cond := strings.Join(where, " AND ")
	st := feedback.NewStats(flt)

	rows, err := s.r.QueryContext(ctx, `SELECT f.rating, count(*) FROM feedback f WHERE `+cond+` GROUP BY f.rating`, args...)
	if err != nil {
		return nil, translate(err, "stats")
	}
	defer rows.Close()
	for rows.Next() {
		var (
			rating string
			n      int
		)
		if err := rows.Scan(&rating, &n); err != nil {
			return nil, translate(err, "stats")
		}
		st.ByRating[feedback.Rating(rating)] = n
		st.Total += n
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "stats")
	}

	rows, err = s.r.QueryContext(ctx, `SELECT min(a.created_at) - f.created_at FROM feedback f
		JOIN answers a ON a.feedback_id = f.id WHERE `+cond+` GROUP BY f.id`, args...)
	if err != nil {
		return nil, translate(err, "stats")
	}
	defer rows.Close()
	var delays []time.Duration
	for rows.Next() {
		var us int64
		if err := rows.Scan(&us); err != nil {
			return nil, translate(err, "stats")
		}
		delays = append(delays, time.Duration(us)*time.Microsecond)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "stats")
	}
	st.Answered = len(delays)
	if st.Total > 0 {
		st.ShareAnswered = float64(st.Answered) / float64(st.Total)
	}
	st.MedianTimeToAnswer = feedback.MedianDuration(delays)
	return st, nil
}

// PurgePrivate erases the private fields of contributions created before the
// cutoff that were not purged yet, and returns how many it purged.
func (s *Store) PurgePrivate(ctx context.Context, before time.Time) (int, error) {
	if before.IsZero() {
		return 0, feedback.Invalid("before", "a cutoff time is required")
	}
	var n int64
	err := s.inTx(ctx, "purge private data", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE feedback SET original_text = '', email = '', client_hash = '', purged_at = ?
			WHERE created_at < ? AND purged_at IS NULL`, micros(s.clock()), micros(before))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	return int(n), err
}
