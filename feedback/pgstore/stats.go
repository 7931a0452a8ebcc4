package pgstore

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/jackc/pgx/v5"
)

// Stats summarises the published contributions of a service or procedure.
func (s *Store) Stats(ctx context.Context, flt feedback.StatsFilter) (*feedback.Stats, error) {
	if err := flt.Validate(); err != nil {
		return nil, err
	}
	var one int
	err := s.pool.QueryRow(ctx, `SELECT 1 FROM services WHERE slug = $1`, flt.Service).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &feedback.Error{Code: feedback.ENOTFOUND, Field: "service", Message: "service " + flt.Service + " not found"}
	} else if err != nil {
		return nil, translate(err, "stats")
	}
	var p params
	where := []string{"f.status = 'published'", "f.service = " + p.add(flt.Service)}
	if flt.Procedure != "" {
		where = append(where, "f.procedure = "+p.add(flt.Procedure))
	}
	if !flt.Since.IsZero() {
		where = append(where, "f.created_at >= "+p.add(feedback.StoreTime(flt.Since)))
	}
	if !flt.Until.IsZero() {
		where = append(where, "f.created_at < "+p.add(feedback.StoreTime(flt.Until)))
	}
	cond := strings.Join(where, " AND ")
	st := feedback.NewStats(flt)

	rows, err := s.pool.Query(ctx, `SELECT f.rating, count(*) FROM feedback f WHERE `+cond+` GROUP BY f.rating`, p...)
	if err != nil {
		return nil, translate(err, "stats")
	}
	var (
		rating string
		n      int
	)
	_, err = pgx.ForEachRow(rows, []any{&rating, &n}, func() error {
		st.ByRating[feedback.Rating(rating)] = n
		st.Total += n
		return nil
	})
	if err != nil {
		return nil, translate(err, "stats")
	}

	// Delays in whole microseconds, as stored, so that the median is
	// computed exactly as in every other store.
	rows, err = s.pool.Query(ctx, `SELECT (extract(epoch FROM min(a.created_at) - f.created_at) * 1000000)::bigint
		FROM feedback f JOIN answers a ON a.feedback_id = f.id WHERE `+cond+` GROUP BY f.id, f.created_at`, p...)
	if err != nil {
		return nil, translate(err, "stats")
	}
	var delays []time.Duration
	var us int64
	_, err = pgx.ForEachRow(rows, []any{&us}, func() error {
		delays = append(delays, time.Duration(us)*time.Microsecond)
		return nil
	})
	if err != nil {
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
	tag, err := s.pool.Exec(ctx, `UPDATE feedback SET original_text = '', email = '', client_hash = '', purged_at = $1
		WHERE created_at < $2 AND purged_at IS NULL`, s.clock(), feedback.StoreTime(before))
	if err != nil {
		return 0, translate(err, "purge private data")
	}
	return int(tag.RowsAffected()), nil
}
