package server

import (
	"testing"
	"time"
)

func TestParseAge(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"36h", 36 * time.Hour, true},
		{"90m", 90 * time.Minute, true},
		{"3d", 72 * time.Hour, true},
		{"0d", 0, true},
		{"-1h", 0, false},
		{"-2d", 0, false},
		{"3 days", 0, false},
		{"99999d", 0, false},
		{"d", 0, false},
	}
	for _, tt := range tests {
		name := tt.in + " is refused"
		if tt.ok {
			name = tt.in + " is " + tt.want.String()
		}
		t.Run(name, func(t *testing.T) {
			got, err := parseAge(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Fatalf("parseAge(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
}

func FuzzParseAge(f *testing.F) {
	for _, s := range []string{"36h", "3d", "-1h", "1e9h", "9223372036854775807d", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := parseAge(s); err == nil && d < 0 {
			t.Fatalf("parseAge(%q) = %v: negative age accepted", s, d)
		}
	})
}
