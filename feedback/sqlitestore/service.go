package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/avisproject/avis/feedback"
)

// CreateService stores a new service; CreatedAt is set when zero.
func (s *Store) CreateService(ctx context.Context, svc *feedback.Service) error {
	if err := svc.Validate(); err != nil {
		return err
	}
	origins, err := json.Marshal(nonNil(svc.AllowedOrigins))
	if err != nil {
		return feedback.Internal(err, "encode allowed origins")
	}
	created := feedback.StoreTime(svc.CreatedAt)
	if created.IsZero() {
		created = s.clock()
	}
	err = s.inTx(ctx, "create service", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO services (slug, name, network, allowed_origins, created_at)
			VALUES (?, ?, ?, ?, ?)`, svc.Slug, svc.Name, svc.Network, string(origins), micros(created))
		return err
	})
	if feedback.ErrorCode(err) == feedback.ECONFLICT {
		return &feedback.Error{Code: feedback.ECONFLICT, Field: "slug", Message: "service " + svc.Slug + " already exists"}
	}
	if err != nil {
		return err
	}
	svc.CreatedAt = created
	return nil
}

// UpdateService replaces the name, network and allowed origins of a service.
func (s *Store) UpdateService(ctx context.Context, svc *feedback.Service) error {
	if err := svc.Validate(); err != nil {
		return err
	}
	origins, err := json.Marshal(nonNil(svc.AllowedOrigins))
	if err != nil {
		return feedback.Internal(err, "encode allowed origins")
	}
	return s.inTx(ctx, "update service", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE services SET name = ?, network = ?, allowed_origins = ? WHERE slug = ?`,
			svc.Name, svc.Network, string(origins), svc.Slug)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return feedback.Errorf(feedback.ENOTFOUND, "service %s not found", svc.Slug)
		}
		var us int64
		if err := tx.QueryRowContext(ctx, `SELECT created_at FROM services WHERE slug = ?`, svc.Slug).Scan(&us); err != nil {
			return err
		}
		svc.CreatedAt = fromMicros(us)
		return nil
	})
}

// GetService returns a service by slug.
func (s *Store) GetService(ctx context.Context, slug string) (*feedback.Service, error) {
	row := s.r.QueryRowContext(ctx, `SELECT slug, name, network, allowed_origins, created_at FROM services WHERE slug = ?`, slug)
	svc, err := scanService(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "service %s not found", slug)
	}
	if err != nil {
		return nil, translate(err, "get service")
	}
	return svc, nil
}

// ListServices returns every service ordered by slug.
func (s *Store) ListServices(ctx context.Context) ([]*feedback.Service, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT slug, name, network, allowed_origins, created_at FROM services ORDER BY slug`)
	if err != nil {
		return nil, translate(err, "list services")
	}
	defer rows.Close()
	list := []*feedback.Service{}
	for rows.Next() {
		svc, err := scanService(rows)
		if err != nil {
			return nil, translate(err, "list services")
		}
		list = append(list, svc)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "list services")
	}
	return list, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanService(row scanner) (*feedback.Service, error) {
	var (
		svc     feedback.Service
		origins string
		created int64
	)
	if err := row.Scan(&svc.Slug, &svc.Name, &svc.Network, &origins, &created); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(origins), &svc.AllowedOrigins); err != nil {
		return nil, feedback.Internal(err, "decode allowed origins of %s", svc.Slug)
	}
	svc.CreatedAt = fromMicros(created)
	return &svc, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
