// Package cli holds what the example programs share: the -data and -asof
// contract of DESIGN.md, exit statuses and reading named files. It is
// internal to the examples; the library packages never import it.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/article9/article9"
)

// UsageError is a mistake in the command line: exit status 2.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }

// Unwrap returns e.Err.
func (e UsageError) Unwrap() error { return e.Err }

// Usagef returns a UsageError with a formatted message.
func Usagef(format string, args ...any) error {
	return UsageError{fmt.Errorf(format, args...)}
}

// Exit reports err on stderr as prog's users should read it and returns the
// exit status: 0 for none (or -h), 2 for a usage error, 1 for anything
// else. A list of errors (article9.Errors) is printed one per line.
func Exit(prog string, err error, stderr io.Writer) int {
	var ue UsageError
	var es article9.Errors
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s: %v (run %s -h for help)\n", prog, err, prog)
		return 2
	case errors.As(err, &es):
		fmt.Fprintf(stderr, "%s: %d problems:\n", prog, len(es))
		for _, e := range es {
			fmt.Fprintf(stderr, "  %v\n", e)
		}
		return 1
	}
	fmt.Fprintf(stderr, "%s: %v\n", prog, err)
	return 1
}

// FlagError turns an error from flag.FlagSet.Parse into a UsageError,
// leaving flag.ErrHelp as it is.
func FlagError(err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return UsageError{err}
}

// Today returns the current date, at midnight UTC.
func Today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseDate parses the value of a date flag, YYYY-MM-DD, as midnight UTC.
func ParseDate(flagName, v string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(v))
	if err != nil {
		return time.Time{}, Usagef("-%s %q is not a date (allowed: YYYY-MM-DD, such as 2025-03-06)", flagName, v)
	}
	return t, nil
}

// Data is DESIGN.md's contract for -data and -asof: with no file, the
// embedded CCM dataset as of its own date; with a file, that file as of
// today. A non-empty asof overrides the date either way.
func Data(path, asof string) (*article9.Dataset, time.Time, error) {
	d, asOf := article9.CCM(), article9.CCMAsOf
	if path != "" {
		var err error
		if d, err = article9.ReadFile(path); err != nil {
			return nil, time.Time{}, err
		}
		asOf = Today()
	}
	if asof != "" {
		t, err := ParseDate("asof", asof)
		if err != nil {
			return nil, time.Time{}, err
		}
		asOf = t
	}
	return d, asOf, nil
}

// ReadFile opens path and reads it with read, naming the file in errors:
// every *article9.ParseError gets File set to the file's base name
// (article9.WithFile).
func ReadFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(f); err != nil {
		return article9.WithFile(err, filepath.Base(path))
	}
	return nil
}

// Plural returns "1 thing" or "n things".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
