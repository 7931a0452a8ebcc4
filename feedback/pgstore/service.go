package pgstore

import (
	"context"
	"errors"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/jackc/pgx/v5"
)

// CreateService stores a new service; CreatedAt is set when zero.
func (s *Store) CreateService(ctx context.Context, svc *feedback.Service) error {
	if err := svc.Validate(); err != nil {
		return err
	}
	created := feedback.StoreTime(svc.CreatedAt)
	if created.IsZero() {
		created = s.clock()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO services (slug, name, network, allowed_origins, created_at)
		VALUES ($1, $2, $3, $4, $5)`, svc.Slug, svc.Name, svc.Network, nonNil(svc.AllowedOrigins), created)
	err = translate(err, "create service")
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
	var created time.Time
	err := s.pool.QueryRow(ctx, `UPDATE services SET name = $1, network = $2, allowed_origins = $3 WHERE slug = $4
		RETURNING created_at`, svc.Name, svc.Network, nonNil(svc.AllowedOrigins), svc.Slug).Scan(&created)
	if errors.Is(err, pgx.ErrNoRows) {
		return feedback.Errorf(feedback.ENOTFOUND, "service %s not found", svc.Slug)
	}
	if err != nil {
		return translate(err, "update service")
	}
	svc.CreatedAt = utc(created)
	return nil
}

const serviceColumns = `slug, name, network, allowed_origins, created_at`

// GetService returns a service by slug.
func (s *Store) GetService(ctx context.Context, slug string) (*feedback.Service, error) {
	svc, err := scanService(s.pool.QueryRow(ctx, `SELECT `+serviceColumns+` FROM services WHERE slug = $1`, slug))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "service %s not found", slug)
	}
	if err != nil {
		return nil, translate(err, "get service")
	}
	return svc, nil
}

// ListServices returns every service ordered by slug.
func (s *Store) ListServices(ctx context.Context) ([]*feedback.Service, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+serviceColumns+` FROM services ORDER BY slug`)
	if err != nil {
		return nil, translate(err, "list services")
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*feedback.Service, error) { return scanService(r) })
	if err != nil {
		return nil, translate(err, "list services")
	}
	if list == nil {
		list = []*feedback.Service{}
	}
	return list, nil
}

func scanService(row pgx.Row) (*feedback.Service, error) {
	var (
		svc     feedback.Service
		created time.Time
	)
	if err := row.Scan(&svc.Slug, &svc.Name, &svc.Network, &svc.AllowedOrigins, &created); err != nil {
		return nil, err
	}
	svc.CreatedAt = utc(created)
	return &svc, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
