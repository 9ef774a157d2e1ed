package article9

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
)

// ReadCSV reads a states file (see the package documentation for the
// format). On success every State is valid; otherwise the error is a
// *ParseError, or Errors holding one *ParseError for each problem found
// (at most MaxErrors), and the Dataset is nil. The Dataset's Name, AsOf and
// Source are left for the caller to fill in.
func ReadCSV(r io.Reader) (*Dataset, error) {
	t := NewTable(r, Columns, requiredColumns)
	t.Prefixes = []string{IndicatorPrefix}
	t.Row = "State"
	var (
		d    Dataset
		seen = map[string]int{}
	)
	for t.Next() {
		var s State
		bad := false
		for i, col := range t.Columns() {
			if err := setField(&s, col, t.Record()[i]); err != nil {
				t.Reject(col, err)
				bad = true
			}
		}
		if bad {
			continue
		}
		if col, err := validate(&s); err != nil {
			t.Reject(col, err)
			continue
		}
		if first, dup := seen[s.ISO3]; dup {
			t.Reject("iso3", fmt.Errorf("%w %s: already on line %d (allowed: each code once)", ErrDuplicateState, s.ISO3, first))
			continue
		}
		seen[s.ISO3] = t.Line()
		d.States = append(d.States, s)
	}
	if err := t.Err(); err != nil {
		return nil, err
	}
	if len(d.States) == 0 {
		return nil, &ParseError{Line: 2, Err: fmt.Errorf("%w (after the header, add one row per State)", ErrNoStates)}
	}
	return &d, nil
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
