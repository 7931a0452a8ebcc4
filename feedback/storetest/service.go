package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/avisproject/avis/feedback"
)

var serviceTests = []test{
	{"created service reads back with its fields", func(t *testing.T, s feedback.Store) {
		before := time.Now()
		in := &feedback.Service{Slug: "caf-94", Name: "CAF du Val-de-Marne", Network: "CAF",
			AllowedOrigins: []string{"https://www.caf.fr", "http://localhost:8080"}}
		if err := s.CreateService(ctx(t), in); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetService(ctx(t), "caf-94")
		if err != nil {
			t.Fatal(err)
		}
		if got.Slug != in.Slug || got.Name != in.Name || got.Network != in.Network || !slices.Equal(got.AllowedOrigins, in.AllowedOrigins) {
			t.Fatalf("GetService = %+v, want %+v", got, in)
		}
		within(t, "CreatedAt", got.CreatedAt, before, time.Now())
	}},
	{"existing slug is a conflict and keeps the first", func(t *testing.T, s feedback.Store) {
		addService(t, s, "cpam-75")
		err := s.CreateService(ctx(t), &feedback.Service{Slug: "cpam-75", Name: "Autre"})
		wantCode(t, err, feedback.ECONFLICT, "")
		if got, _ := s.GetService(ctx(t), "cpam-75"); got == nil || got.Name != "Service cpam-75" {
			t.Fatalf("GetService after conflict = %+v, want the first service", got)
		}
	}},
	{"invalid service is refused and nothing is stored", func(t *testing.T, s feedback.Store) {
		cases := []struct {
			svc   feedback.Service
			field string
		}{
			{feedback.Service{Slug: "CAF 94", Name: "x"}, "slug"},
			{feedback.Service{Slug: "", Name: "x"}, "slug"},
			{feedback.Service{Slug: "caf-94", Name: "  "}, "name"},
			{feedback.Service{Slug: "caf-94", Name: "x", AllowedOrigins: []string{"www.caf.fr"}}, "allowed_origins"},
		}
		for _, c := range cases {
			wantCode(t, s.CreateService(ctx(t), &c.svc), feedback.EINVALID, c.field)
		}
		list, err := s.ListServices(ctx(t))
		if err != nil || len(list) != 0 {
			t.Fatalf("ListServices = %d services, %v; want none", len(list), err)
		}
	}},
	{"update replaces name, network and origins", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		first, _ := s.GetService(ctx(t), "caf-94")
		up := &feedback.Service{Slug: "caf-94", Name: "CAF 94", Network: "CAF", AllowedOrigins: []string{"https://caf.fr"}}
		if err := s.UpdateService(ctx(t), up); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetService(ctx(t), "caf-94")
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != "CAF 94" || got.Network != "CAF" || !slices.Equal(got.AllowedOrigins, up.AllowedOrigins) {
			t.Fatalf("after update GetService = %+v", got)
		}
		if !got.CreatedAt.Equal(first.CreatedAt) {
			t.Fatalf("update changed CreatedAt from %v to %v", first.CreatedAt, got.CreatedAt)
		}
	}},
	{"update of an unknown slug is not found", func(t *testing.T, s feedback.Store) {
		wantCode(t, s.UpdateService(ctx(t), &feedback.Service{Slug: "nope", Name: "x"}), feedback.ENOTFOUND, "")
	}},
	{"invalid update is refused and changes nothing", func(t *testing.T, s feedback.Store) {
		addService(t, s, "caf-94")
		wantCode(t, s.UpdateService(ctx(t), &feedback.Service{Slug: "caf-94", Name: ""}), feedback.EINVALID, "name")
		if got, _ := s.GetService(ctx(t), "caf-94"); got == nil || got.Name != "Service caf-94" {
			t.Fatalf("GetService after invalid update = %+v", got)
		}
	}},
	{"unknown service is not found", func(t *testing.T, s feedback.Store) {
		_, err := s.GetService(ctx(t), "nope")
		wantCode(t, err, feedback.ENOTFOUND, "")
	}},
	{"services are listed by slug", func(t *testing.T, s feedback.Store) {
		for _, slug := range []string{"urssaf-13", "caf-94", "france-travail", "cpam-75"} {
			addService(t, s, slug)
		}
		list, err := s.ListServices(ctx(t))
		if err != nil {
			t.Fatal(err)
		}
		var slugs []string
		for _, svc := range list {
			slugs = append(slugs, svc.Slug)
		}
		want := []string{"caf-94", "cpam-75", "france-travail", "urssaf-13"}
		if !slices.Equal(slugs, want) {
			t.Fatalf("ListServices = %v, want %v", slugs, want)
		}
	}},
}
