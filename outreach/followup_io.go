package outreach

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/article9/article9"
)

// ErrDuplicateRow is wrapped by the *article9.ParseError for a row that
// repeats an earlier one's key: the same follow-up, meeting or action twice.
var ErrDuplicateRow = errors.New("duplicate row")

// FollowUpColumns lists the follow-ups file's columns in the order
// WriteFollowUps writes them.
var FollowUpColumns = []string{"iso3", "action", "subject", "opened", "due", "closed", "lead", "notes"}

var followUpRequired = []string{"action", "subject"}

// ReadFollowUps reads a follow-ups file: CSV with a header naming some of
// FollowUpColumns in any order (action and subject are required), then one
// row per follow-up. iso3 is blank or three upper-case letters; action is a
// letter A to H in either case; subject must not be blank; opened, due and
// closed are dates YYYY-MM-DD or blank; closed must not be before opened.
// Two rows with the same iso3, action, subject and opened are an error. The
// file may hold no rows. The format details (byte-order mark, ',' or ';',
// quoting) are those of the states file. On error the slice is nil and the
// error is an *article9.ParseError, or article9.Errors holding one for each
// bad row.
func ReadFollowUps(r io.Reader) ([]FollowUp, error) {
	var (
		out  []FollowUp
		seen = map[followUpKey]int{}
	)
	err := readRows(r, "follow-up", FollowUpColumns, followUpRequired, func(line int, row map[string]string) *article9.ParseError {
		f, pe := parseFollowUp(line, row)
		if pe != nil {
			return pe
		}
		key := followUpKey{f.ISO3, f.Action, f.Subject, f.Opened}
		if first, dup := seen[key]; dup {
			return &article9.ParseError{Line: line, Column: "subject", Err: fmt.Errorf("%w: the same follow-up is already on line %d (allowed: each iso3, action, subject and opened date once)", ErrDuplicateRow, first)}
		}
		seen[key] = line
		out = append(out, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// followUpKey identifies a follow-up in a file: no two rows may share one.
type followUpKey struct {
	iso3    string
	action  Action
	subject string
	opened  time.Time // from time.Parse: UTC, so == compares dates
}

func parseFollowUp(line int, row map[string]string) (FollowUp, *article9.ParseError) {
	var f FollowUp
	if v := row["iso3"]; v != "" {
		if !iso3Pattern.MatchString(v) {
			return f, fieldError(line, "iso3", v, "three upper-case letters, such as BFA, or blank for a follow-up about no single State")
		}
		f.ISO3 = v
	}
	if row["action"] == "" {
		return f, missing(line, "action", "a letter A to H, the concept note's actions")
	}
	a, err := ParseAction(row["action"])
	if err != nil {
		return f, &article9.ParseError{Line: line, Column: "action", Err: err}
	}
	f.Action = a
	if f.Subject = row["subject"]; f.Subject == "" {
		return f, missing(line, "subject", "a short text saying what is to be done")
	}
	var pe *article9.ParseError
	for _, d := range []struct {
		col string
		t   *time.Time
	}{{"opened", &f.Opened}, {"due", &f.Due}, {"closed", &f.Closed}} {
		if *d.t, pe = parseDate(line, d.col, row[d.col]); pe != nil {
			return f, pe
		}
	}
	if !f.Opened.IsZero() && !f.Closed.IsZero() && f.Closed.Before(f.Opened) {
		return f, &article9.ParseError{Line: line, Column: "closed", Err: fmt.Errorf("%w %q is before opened %s (allowed: a date on or after the opening date)", article9.ErrInvalidValue, row["closed"], formatDate(f.Opened))}
	}
	f.Lead, f.Notes = row["lead"], row["notes"]
	return f, nil
}

// WriteFollowUps writes fs as a follow-ups file: the header FollowUpColumns,
// then one row per follow-up in fs's order. Reading the output with
// ReadFollowUps gives back fs if every follow-up in it is valid.
func WriteFollowUps(w io.Writer, fs []FollowUp) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(FollowUpColumns); err != nil {
		return err
	}
	for _, f := range fs {
		action := ""
		if f.Action.Valid() {
			action = f.Action.String()
		}
		rec := []string{f.ISO3, action, f.Subject, formatDate(f.Opened), formatDate(f.Due), formatDate(f.Closed), f.Lead, f.Notes}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
