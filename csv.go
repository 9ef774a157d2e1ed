package article9

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ReadCSV reads a states file (see the package documentation for the
// format). On success every State is valid; otherwise the error is a
// *ParseError, or Errors holding one *ParseError for each problem found
// (at most MaxErrors), and the Dataset is nil. The Dataset's Name, AsOf and
// Source are left for the caller to fill in.
func ReadCSV(r io.Reader) (*Dataset, error) {
	rs, err := newRows(r, "State")
	if err != nil {
		return nil, err
	}
	cols, err := mapHeader(rs.header, Columns, requiredColumns, true)
	if err != nil {
		return nil, err
	}
	var (
		d    Dataset
		errs Errors
		seen = map[string]int{}
	)
	for len(errs) < MaxErrors {
		rec, line, err := rs.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			if rec == nil {
				break // the reader cannot find the next row after this error
			}
			continue
		}
		if blank(rec) {
			continue
		}
		var s State
		bad := false
		for i, v := range rec {
			if e := checkText(v); e != nil {
				errs = append(errs, &ParseError{Line: line, Column: cols[i], Err: e})
				bad = true
				continue
			}
			if e := setField(&s, cols[i], strings.TrimSpace(v)); e != nil {
				errs = append(errs, &ParseError{Line: line, Column: cols[i], Err: e})
				bad = true
			}
		}
		if bad {
			continue
		}
		if col, e := validate(&s); e != nil {
			errs = append(errs, &ParseError{Line: line, Column: col, Err: e})
			continue
		}
		if first, dup := seen[s.ISO3]; dup {
			errs = append(errs, &ParseError{Line: line, Column: "iso3", Err: fmt.Errorf("%w %s: already on line %d (allowed: each code once)", ErrDuplicateState, s.ISO3, first)})
			continue
		}
		seen[s.ISO3] = line
		d.States = append(d.States, s)
	}
	switch {
	case len(errs) == 1:
		return nil, errs[0]
	case len(errs) > 1:
		return nil, errs[:min(len(errs), MaxErrors)]
	case len(d.States) == 0:
		return nil, &ParseError{Line: 2, Err: fmt.Errorf("%w (after the header, add one row per State)", ErrNoStates)}
	}
	return &d, nil
}

// mapHeader checks a header against the known columns and returns the
// canonical name of each. If indicators is true, "indicator:NAME" columns
// are accepted.
func mapHeader(header, known, required []string, indicators bool) ([]string, error) {
	cols := make([]string, len(header))
	seen := map[string]bool{}
	suggested := map[string]bool{} // known names an unknown column was taken for
	var errs Errors
	for i, h := range header {
		if len(errs) >= MaxErrors {
			return nil, errs
		}
		if e := checkText(h); e != nil {
			return nil, &ParseError{Line: 1, Err: e}
		}
		t := strings.TrimSpace(h)
		name := strings.ToLower(t)
		switch {
		case indicators && len(t) >= len(IndicatorPrefix) && strings.EqualFold(t[:len(IndicatorPrefix)], IndicatorPrefix):
			ind := strings.TrimSpace(t[len(IndicatorPrefix):])
			if ind == "" {
				errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w: an indicator column needs a name (allowed: indicator:NAME)", ErrUnknownColumn)})
				continue
			}
			name = IndicatorPrefix + ind
		case contains(known, name):
		case name == "":
			errs = append(errs, &ParseError{Line: 1, Err: fmt.Errorf("%w: column %d has no name in the header", ErrUnknownColumn, i+1)})
			continue
		default:
			guess := nearest(name, known)
			suggested[guess] = true
			errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (did you mean %q?)", ErrUnknownColumn, h, guess)})
			continue
		}
		if seen[name] {
			errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (allowed: each column once)", ErrDuplicateColumn, h)})
			continue
		}
		seen[name] = true
		cols[i] = name
	}
	for _, r := range required {
		if !seen[r] && !suggested[r] { // "did you mean" has said it
			errs = append(errs, &ParseError{Line: 1, Column: r, Err: fmt.Errorf("%w %q (required: %s)", ErrMissingColumn, r, strings.Join(required, ", "))})
		}
	}
	switch len(errs) {
	case 0:
		return cols, nil
	case 1:
		return nil, errs[0]
	}
	return nil, errs[:min(len(errs), MaxErrors)]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// WriteCSV writes d's States as a states file: the header, then one row per
// State in d's order. Columns are Columns, then one "indicator:NAME" column
// for every indicator any State has, sorted by name. Reading the output with
// ReadCSV gives back the same States.
func WriteCSV(w io.Writer, d *Dataset) error {
	cols := append([]string(nil), Columns...)
	cols = append(cols, indicatorColumns(d.States)...)
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	row := make([]string, len(cols))
	for i := range d.States {
		for j, c := range cols {
			row[j] = field(&d.States[i], c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func indicatorColumns(states []State) []string {
	set := map[string]bool{}
	for _, s := range states {
		for k := range s.Indicators {
			set[k] = true
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, IndicatorPrefix+k)
	}
	sort.Strings(out)
	return out
}
