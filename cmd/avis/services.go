package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/avisproject/avis/feedback"
)

const servicesUsage = `usage: avis services <add|list> [flags]

  avis services add --slug caf-94 --name "CAF du Val-de-Marne" --network CAF \
      --origins https://www.caf.fr,https://caf.fr
  avis services list
`

// runServices adds or lists the services that collect contributions.
func runServices(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, servicesUsage)
		return fmt.Errorf("services: add or list?")
	}
	switch args[0] {
	case "add":
		return servicesAdd(ctx, args[1:], env, stdout, stderr)
	case "list":
		return servicesList(ctx, args[1:], env, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, servicesUsage)
		return nil
	}
	fmt.Fprint(stderr, servicesUsage)
	return fmt.Errorf("services: unknown command %q", args[0])
}

// servicesAdd creates one service.
func servicesAdd(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var s feedback.Service
	var database, origins string
	fs := flag.NewFlagSet("avis services add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&s.Slug, "slug", "", "the service's slug, e.g. caf-94 (required)")
	fs.StringVar(&s.Name, "name", "", "the service's name, e.g. \"CAF du Val-de-Marne\" (required)")
	fs.StringVar(&s.Network, "network", "", "its network, e.g. CAF, CPAM, France Travail")
	fs.StringVar(&origins, "origins", "", "comma-separated web origins allowed to submit, e.g. https://www.caf.fr; * for any")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			s.AllowedOrigins = append(s.AllowedOrigins, o)
		}
	}
	if err := s.Validate(); err != nil {
		return err
	}
	st, err := openStore(ctx, database, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.CreateService(ctx, &s); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added service %s (%s)\n", s.Slug, s.Name)
	return nil
}

// servicesList prints every service as a table.
func servicesList(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var database string
	fs := flag.NewFlagSet("avis services list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	st, err := openStore(ctx, database, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	defer st.Close()
	services, err := st.ListServices(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SLUG\tNAME\tNETWORK\tORIGINS")
	for _, s := range services {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.Slug, s.Name, s.Network, strings.Join(s.AllowedOrigins, ","))
	}
	return tw.Flush()
}

// onlyDatabase lets the admin commands share AVIS_DATABASE with serve while
// ignoring variables such as AVIS_SLUG that could change what they create.
func onlyDatabase(env func(string) string) func(string) string {
	return func(name string) string {
		if name == "AVIS_DATABASE" {
			return env(name)
		}
		return ""
	}
}
