package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
)

func TestExit(t *testing.T) {
	pe := &article9.ParseError{Line: 3, Column: "lat", Err: errors.New("bad")}
	tests := []struct {
		name string
		err  error
		want int
		out  string
	}{
		{"none", nil, 0, ""},
		{"help", flag.ErrHelp, 0, ""},
		{"usage", Usagef("-top %d: give 0 or more", -1), 2, "prog: -top -1: give 0 or more (run prog -h for help)\n"},
		{"wrapped usage", fmt.Errorf("ctx: %w", Usagef("x")), 2, "prog: ctx: x (run prog -h for help)\n"},
		{"errors", article9.Errors{pe, pe}, 1, "prog: 2 problems:\n  line 3: lat: bad\n  line 3: lat: bad\n"},
		{"other", errors.New("disk full"), 1, "prog: disk full\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if got := Exit("prog", tt.err, &b); got != tt.want {
				t.Errorf("Exit = %d, want %d", got, tt.want)
			}
			if b.String() != tt.out {
				t.Errorf("stderr = %q, want %q", b.String(), tt.out)
			}
		})
	}
}

func TestData(t *testing.T) {
	d, asOf, err := Data("", "")
	if err != nil || !asOf.Equal(article9.CCMAsOf) || len(d.Parties()) == 0 {
		t.Fatalf("Data(\"\", \"\") = %d parties, %v, %v; want the embedded data as of %v", len(d.Parties()), asOf, err, article9.CCMAsOf)
	}
	if _, asOf, _ = Data("", "2026-01-15"); !asOf.Equal(time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("-asof 2026-01-15 gave %v", asOf)
	}
	if _, _, err = Data("", "15/01/2026"); !errors.As(err, new(UsageError)) || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("-asof 15/01/2026: err = %v, want a usage error naming YYYY-MM-DD", err)
	}

	path := filepath.Join(t.TempDir(), "mine.csv")
	if err := os.WriteFile(path, []byte("iso3,name,lat,lon,status\nFRA,France,48.86,2.35,existing_law\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := Today()
	d, asOf, err = Data(path, "")
	if err != nil || len(d.States) != 1 {
		t.Fatalf("Data(%s) = %v, %v", path, d, err)
	}
	if asOf.Before(before) || asOf.After(Today()) {
		t.Errorf("a user's file is as of today; got %v", asOf)
	}

	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("iso3,name,lat,lon,status\nFRA,France,123.4,2.35,existing_law\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = Data(bad, "")
	var pe *article9.ParseError
	if !errors.As(err, &pe) || pe.File != "bad.csv" || pe.Line != 2 || pe.Column != "lat" {
		t.Errorf("Data(bad.csv) error = %v, want bad.csv:2: lat", err)
	}
}

func TestReadFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "venues.csv")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	one := &article9.ParseError{Line: 2, Err: errors.New("bad")}
	err := ReadFile(path, func(io.Reader) error { return one })
	if err.Error() != "venues.csv:2: bad" {
		t.Errorf("one error: %q", err)
	}
	two := article9.Errors{&article9.ParseError{Line: 2, Err: errors.New("a")}, &article9.ParseError{Line: 3, Err: errors.New("b")}}
	if err := ReadFile(path, func(io.Reader) error { return two }); err.Error() != "venues.csv:2: a\nvenues.csv:3: b" {
		t.Errorf("two errors: %q", err)
	}
	if err := ReadFile(path, func(io.Reader) error { return errors.New("odd") }); err.Error() != "venues.csv: odd" {
		t.Errorf("plain error: %q", err)
	}
	if err := ReadFile(filepath.Join(t.TempDir(), "missing.csv"), func(io.Reader) error { return nil }); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestPlural(t *testing.T) {
	if got := Plural(1, "State", "States") + ", " + Plural(3, "State", "States"); got != "1 State, 3 States" {
		t.Errorf("got %q", got)
	}
}
