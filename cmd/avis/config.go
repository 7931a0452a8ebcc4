package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"strings"

	"github.com/avisproject/avis/moderation"
)

// serveConfig is everything `avis serve` reads from its flags and the
// environment.
type serveConfig struct {
	Addr           string
	Database       string
	TrustedProxies []netip.Prefix
	LogLevel       slog.Level
	LogFormat      string
	Secret         string
	BaseURL        string
	Redis          string                    // redis:// URL; "" keeps limits in memory
	RateLimit      string                    // per-client rates, e.g. 5-M,50-D, or off; "" for the default
	RateLimitAllow []moderation.NetworkRates // networks with their own rates
	Agents         string                    // agent directory file for the moderation engine
	Lexicon        string                    // folder of the agency's extra word lists
	NoModels       bool                      // the statistical models off: word lists and rules only
}

// parseServe reads serve's flags; a flag left unset takes its AVIS_*
// environment variable (AVIS_ADDR for --addr), then its default.
func parseServe(args []string, env func(string) string, stderr io.Writer) (*serveConfig, error) {
	cfg := &serveConfig{}
	var proxies, level, allow string
	fs := flag.NewFlagSet("avis serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Addr, "addr", ":8080", "address to listen on")
	fs.StringVar(&cfg.Database, "database", "avis.db", "SQLite file, or a postgres:// URL")
	fs.StringVar(&proxies, "trusted-proxies", "", "comma-separated CIDRs whose X-Forwarded-For is believed (default none)")
	fs.StringVar(&level, "log-level", "info", "debug, info, warn or error")
	fs.StringVar(&cfg.LogFormat, "log-format", "text", "text or json")
	fs.StringVar(&cfg.Secret, "secret", "", "key of the client-address hash, at least 16 bytes (default: generated once into <database>.secret)")
	fs.StringVar(&cfg.BaseURL, "base-url", "", "public URL of this server, e.g. https://avis.example.fr (default: from the request's Host)")
	fs.StringVar(&cfg.Agents, "agents", "", "`file` of agent names always masked, one NAME or SERVICE<TAB>NAME a line")
	fs.StringVar(&cfg.Lexicon, "lexicon", "", "`folder` of the agency's extra word lists (abuse_fr.txt, allow.txt, acronyms.txt…)")
	fs.BoolVar(&cfg.NoModels, "no-models", false, "turn the statistical models of abuse and threats off: word lists and rules only")
	fs.StringVar(&cfg.Redis, "redis", "", "redis:// URL shared by several instances for rate limits and duplicate windows (default: in memory)")
	fs.StringVar(&cfg.RateLimit, "rate-limit", "", "submissions per client, e.g. 5-M,50-D (periods S, M, H, D), or off (default "+moderation.DefaultClientRates+")")
	fs.StringVar(&allow, "rate-limit-allow", "", "networks with their own rates, e.g. 203.0.113.0/24=60-M,1000-D;198.51.100.7=30-M")
	if err := parseWithEnv(fs, args, env); err != nil {
		return nil, err
	}
	var err error
	if err := checkRates(cfg.RateLimit); cfg.RateLimit != "" && err != nil {
		return nil, fmt.Errorf("--rate-limit: %w", err)
	}
	if cfg.RateLimitAllow, err = parseAllowList(allow); err != nil {
		return nil, fmt.Errorf("--rate-limit-allow: %w", err)
	}
	if cfg.Redis != "" {
		// The URL may hold a password: the error does not repeat it.
		rc, err := moderation.NewRedisClient(cfg.Redis)
		if err != nil {
			return nil, errors.New("--redis: want a URL such as redis://host:6379/0 or rediss://user:password@host:6380/0")
		}
		rc.Close()
	}
	if cfg.TrustedProxies, err = parsePrefixes(proxies); err != nil {
		return nil, fmt.Errorf("--trusted-proxies: %w", err)
	}
	if err := cfg.LogLevel.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level: %q is not debug, info, warn or error", level)
	}
	if cfg.LogFormat != "text" && cfg.LogFormat != "json" {
		return nil, fmt.Errorf("--log-format: %q is not text or json", cfg.LogFormat)
	}
	if cfg.Database == "" {
		return nil, errors.New("--database: a SQLite file or a postgres:// URL is required")
	}
	if cfg.BaseURL != "" && !strings.HasPrefix(cfg.BaseURL, "http://") && !strings.HasPrefix(cfg.BaseURL, "https://") {
		return nil, fmt.Errorf("--base-url: %q must start with http:// or https://", cfg.BaseURL)
	}
	return cfg, nil
}

// parseWithEnv parses args, then gives every flag not set on the command
// line the value of its environment variable, if any: the flag wins.
func parseWithEnv(fs *flag.FlagSet, args []string, env func(string) string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil {
			return
		}
		name := envName(f.Name)
		if v := env(name); v != "" {
			if serr := fs.Set(f.Name, v); serr != nil {
				err = fmt.Errorf("%s: %w", name, serr)
			}
		}
	})
	return err
}

// envName is the environment variable of a flag: --trusted-proxies is
// AVIS_TRUSTED_PROXIES.
func envName(flagName string) string {
	return "AVIS_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parsePrefixes reads comma-separated CIDRs; a bare address counts as a
// single host.
func parsePrefixes(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !strings.Contains(part, "/") {
			a, err := netip.ParseAddr(part)
			if err != nil {
				return nil, fmt.Errorf("%q is not a CIDR such as 10.0.0.0/8", part)
			}
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(part)
		if err != nil {
			return nil, fmt.Errorf("%q is not a CIDR such as 10.0.0.0/8", part)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// newLogger builds the process logger.
func newLogger(w io.Writer, format string, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
