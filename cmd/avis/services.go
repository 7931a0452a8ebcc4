package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/avisproject/avis/feedback"
)

const servicesUsage = `usage: avis services <add|update|list> [flags]

  avis services add --slug caf-94 --name "CAF du Val-de-Marne" --network CAF \
      --origins https://www.caf.fr,https://caf.fr
  avis services update --slug caf-94 --origins https://www.caf.fr,https://mon.caf.fr
  avis services list
`

// runServices adds, updates or lists the services that collect
// contributions.
func runServices(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, servicesUsage)
		return fmt.Errorf("services: add, update or list?")
	}
	switch args[0] {
	case "add":
		return servicesSave(ctx, false, args[1:], env, stdout, stderr)
	case "update":
		return servicesSave(ctx, true, args[1:], env, stdout, stderr)
	case "list":
		return servicesList(ctx, args[1:], env, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, servicesUsage)
		return nil
	}
	fmt.Fprint(stderr, servicesUsage)
	return fmt.Errorf("services: unknown command %q", args[0])
}

// servicesSave creates a service, or updates one: then the flags not given
// keep their stored values.
func servicesSave(ctx context.Context, update bool, args []string, env func(string) string, stdout, stderr io.Writer) error {
	var in feedback.Service
	var database, origins string
	name := "avis services add"
	if update {
		name = "avis services update"
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&in.Slug, "slug", "", "the service's slug, e.g. caf-94 (required)")
	fs.StringVar(&in.Name, "name", "", "the service's name, e.g. \"CAF du Val-de-Marne\" (required to add)")
	fs.StringVar(&in.Network, "network", "", "its network, e.g. CAF, CPAM, France Travail")
	fs.StringVar(&origins, "origins", "", "comma-separated web origins allowed to submit, e.g. https://www.caf.fr; * for any")
	if err := parseWithEnv(fs, args, onlyDatabase(env)); err != nil {
		return err
	}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			in.AllowedOrigins = append(in.AllowedOrigins, o)
		}
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if !feedback.ValidSlug(in.Slug) {
		return feedback.Invalid("slug", "--slug must be lower-case letters, digits and hyphens, such as caf-94")
	}
	st, err := openAdminStore(ctx, database, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	if !update {
		if err := in.Validate(); err != nil {
			return err
		}
		if err := st.CreateService(ctx, &in); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added service %s (%s)\n", in.Slug, in.Name)
		return nil
	}
	s, err := st.GetService(ctx, in.Slug)
	if err != nil {
		return err
	}
	if given["name"] {
		s.Name = in.Name
	}
	if given["network"] {
		s.Network = in.Network
	}
	if given["origins"] {
		s.AllowedOrigins = in.AllowedOrigins
	}
	if err := st.UpdateService(ctx, s); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "updated service %s (%s): origins %s\n", s.Slug, s.Name, strings.Join(s.AllowedOrigins, ","))
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
	st, err := openAdminStore(ctx, database, stderr)
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
