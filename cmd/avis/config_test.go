package main

import (
	"io"
	"log/slog"
	"net/netip"
	"reflect"
	"testing"
)

// envOf serves a fixed environment.
func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestParseServeReadsFlagsThenEnvironmentThenDefaults(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want serveConfig
	}{
		{"defaults", nil, nil, serveConfig{Addr: ":8080", Database: "avis.db", LogLevel: slog.LevelInfo, LogFormat: "text"}},
		{"flags", []string{"--addr", "127.0.0.1:9000", "--database", "/var/lib/avis/avis.db", "--trusted-proxies", "10.0.0.0/8, 192.168.1.1",
			"--log-level", "debug", "--log-format", "json", "--secret", "0123456789abcdef", "--base-url", "https://avis.example.fr",
			"--agents", "/etc/avis/agents.txt", "--lexicon", "/etc/avis/lexicon", "--no-models"}, nil,
			serveConfig{Addr: "127.0.0.1:9000", Database: "/var/lib/avis/avis.db",
				TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.168.1.1/32")},
				LogLevel:       slog.LevelDebug, LogFormat: "json", Secret: "0123456789abcdef", BaseURL: "https://avis.example.fr",
				Agents: "/etc/avis/agents.txt", Lexicon: "/etc/avis/lexicon", NoModels: true}},
		{"environment", nil, map[string]string{"AVIS_ADDR": ":9999", "AVIS_TRUSTED_PROXIES": "2001:db8::/32", "AVIS_LOG_LEVEL": "warn", "AVIS_NO_MODELS": "true"},
			serveConfig{Addr: ":9999", Database: "avis.db", TrustedProxies: []netip.Prefix{netip.MustParsePrefix("2001:db8::/32")},
				LogLevel: slog.LevelWarn, LogFormat: "text", NoModels: true}},
		{"the flag wins over the environment", []string{"-addr=:7000"}, map[string]string{"AVIS_ADDR": ":9999", "AVIS_DATABASE": "env.db"},
			serveConfig{Addr: ":7000", Database: "env.db", LogLevel: slog.LevelInfo, LogFormat: "text"}},
		{"a host-bits CIDR is masked", []string{"--trusted-proxies", "10.1.2.3/8"}, nil,
			serveConfig{Addr: ":8080", Database: "avis.db", TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")},
				LogLevel: slog.LevelInfo, LogFormat: "text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseServe(tt.args, envOf(tt.env), io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got %+v\nwant %+v", *got, tt.want)
			}
		})
	}
}

func TestParseServeRefusesBadValues(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"unknown flag", []string{"--port", "80"}, nil},
		{"stray argument", []string{"now"}, nil},
		{"bad CIDR", []string{"--trusted-proxies", "10.0.0.0/33"}, nil},
		{"bad CIDR in the environment", nil, map[string]string{"AVIS_TRUSTED_PROXIES": "proxy.local"}},
		{"bad log level", []string{"--log-level", "loud"}, nil},
		{"bad log format", []string{"--log-format", "xml"}, nil},
		{"empty database", []string{"--database", ""}, nil},
		{"base URL without scheme", []string{"--base-url", "avis.example.fr"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			if cfg, err := parseServe(tt.args, envOf(tt.env), io.Discard); err == nil {
				t.Errorf("parsed %+v, want an error", cfg)
			}
		})
	}
}

func TestEnvName(t *testing.T) {
	for flag, want := range map[string]string{"addr": "AVIS_ADDR", "trusted-proxies": "AVIS_TRUSTED_PROXIES", "base-url": "AVIS_BASE_URL"} {
		if got := envName(flag); got != want {
			t.Errorf("envName(%q) = %q, want %q", flag, got, want)
		}
	}
}
