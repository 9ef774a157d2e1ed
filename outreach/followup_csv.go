package outreach

import (
	"fmt"
	"io"
	"regexp"
	"time"

	"github.com/article9/article9"
)

// This file holds what ReadFollowUps, ReadMeetings and ReadWorkPlanStatus
// share: readRows reads their files through article9.Table, with the states
// file's conventions and errors, and the helpers below parse and report
// their values.

const dateLayout = "2006-01-02"

var (
	bom         = []byte("\xef\xbb\xbf") // a UTF-8 byte-order mark, as spreadsheets write it
	iso3Pattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// rowFunc receives one non-blank data row: its line and its values by
// column name, trimmed of surrounding space (a column the file does not
// have reads as ""). It returns the row's first problem, or nil.
type rowFunc func(line int, row map[string]string) *article9.ParseError

// readRows reads a CSV file whose columns are among known and must include
// required, calling each for every non-blank row whose fields are valid
// text. what names one row in messages ("follow-up"). It returns nil, one
// *article9.ParseError, or article9.Errors holding one per problem (at most
// article9.MaxErrors).
func readRows(r io.Reader, what string, known, required []string, each rowFunc) error {
	t := article9.NewTable(r, known, required)
	t.Row = what
	row := make(map[string]string, len(known))
	for t.Next() {
		clear(row)
		for i, col := range t.Columns() {
			row[col] = t.Record()[i]
		}
		if pe := each(t.Line(), row); pe != nil {
			t.Reject(pe.Column, pe.Err)
		}
	}
	return t.Err()
}

// fieldError returns the *article9.ParseError for the value v of column col
// on line, saying what is allowed.
func fieldError(line int, col, v, allowed string) *article9.ParseError {
	return &article9.ParseError{Line: line, Column: col, Err: fmt.Errorf("%w %q (allowed: %s)", article9.ErrInvalidValue, v, allowed)}
}

// missing returns the *article9.ParseError for a blank required value.
func missing(line int, col, allowed string) *article9.ParseError {
	return &article9.ParseError{Line: line, Column: col, Err: fmt.Errorf("%w (allowed: %s)", article9.ErrMissingValue, allowed)}
}

// parseDate parses a YYYY-MM-DD date in UTC; blank is the zero time.
func parseDate(line int, col, v string) (time.Time, *article9.ParseError) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, v)
	if err != nil {
		return time.Time{}, fieldError(line, col, v, "a date YYYY-MM-DD, or blank if none")
	}
	return t, nil
}

// formatDate writes t as YYYY-MM-DD, or "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// day returns t's calendar date at midnight UTC, so that dates compare as
// days whatever the clock time or location of t.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// underscore maps '-' and ' ' to '_', for parsing names such as
// "in-progress" and "First Committee".
func underscore(r rune) rune {
	if r == '-' || r == ' ' {
		return '_'
	}
	return r
}
