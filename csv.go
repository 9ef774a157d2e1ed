package article9

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

var bom = []byte("\xef\xbb\xbf")

// maxHeader is the longest header line, in bytes, a reader accepts.
const maxHeader = 1 << 20

// ReadCSV reads a states file (see the package documentation for the
// format). On success every State is valid; otherwise the error is a
// *ParseError, or Errors holding one *ParseError for each problem found
// (at most MaxErrors), and the Dataset is nil. The Dataset's Name, AsOf and
// Source are left for the caller to fill in.
func ReadCSV(r io.Reader) (*Dataset, error) {
	rd, header, err := newCSV(r, "")
	if err != nil {
		return nil, err
	}
	cols, err := mapHeader(header, Columns, requiredColumns, true)
	if err != nil {
		return nil, err
	}
	var (
		d    Dataset
		errs Errors
		seen = map[string]int{}
	)
	for len(errs) < MaxErrors {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvError(err, rec, len(cols)))
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				continue
			}
			break // the csv reader cannot resynchronise after a quoting error
		}
		if blank(rec) {
			continue
		}
		line, _ := rd.FieldPos(0)
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
		return nil, errs
	case len(d.States) == 0:
		return nil, &ParseError{Line: 2, Err: fmt.Errorf("%w (after the header, add one row per State)", ErrNoStates)}
	}
	return &d, nil
}

// newCSV prepares a csv.Reader over r: it strips a byte-order mark, detects
// the separator (',' or ';') from the header line and reads the header.
// what names the kind of file in errors ("" for a states file).
func newCSV(r io.Reader, what string) (*csv.Reader, []string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var head []byte
	for {
		chunk, err := br.ReadSlice('\n')
		head = append(head, chunk...)
		if len(head) > maxHeader {
			return nil, nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: the header line is longer than 1 MiB", ErrFieldTooLong)}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		break
	}
	head = bytes.TrimPrefix(head, bom)
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: the file is empty (allowed: a header row naming the columns, then one row per %s)", ErrMissingColumn, orState(what))}
	}
	if !utf8.Valid(head) {
		return nil, nil, &ParseError{Line: 1, Err: fmt.Errorf("%w (save the file as UTF-8)", ErrInvalidUTF8)}
	}
	rd := csv.NewReader(io.MultiReader(bytes.NewReader(head), br))
	rd.Comma = separator(head)
	rd.ReuseRecord = true
	header, err := rd.Read()
	if err != nil {
		return nil, nil, csvError(err, header, 0)
	}
	return rd, append([]string(nil), header...), nil
}

func orState(what string) string {
	if what == "" {
		return "State"
	}
	return what
}

// separator returns ';' if the header line has more semicolons than commas
// outside quotes, else ','.
func separator(head []byte) rune {
	commas, semis, quoted := 0, 0, false
	for _, c := range head {
		switch c {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				commas++
			}
		case ';':
			if !quoted {
				semis++
			}
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// mapHeader checks a header against the known columns and returns the
// canonical name of each. If indicators is true, "indicator:NAME" columns
// are accepted.
func mapHeader(header, known, required []string, indicators bool) ([]string, error) {
	cols := make([]string, len(header))
	seen := map[string]bool{}
	var errs Errors
	for i, h := range header {
		if e := checkText(h); e != nil {
			return nil, &ParseError{Line: 1, Err: e}
		}
		name := strings.ToLower(strings.TrimSpace(h))
		switch {
		case indicators && strings.HasPrefix(name, IndicatorPrefix):
			ind := strings.TrimSpace(strings.TrimSpace(h)[len(IndicatorPrefix):])
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
			errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (did you mean %q?)", ErrUnknownColumn, h, nearest(name, known))})
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
		if !seen[r] {
			errs = append(errs, &ParseError{Line: 1, Column: r, Err: fmt.Errorf("%w %q (required: %s)", ErrMissingColumn, r, strings.Join(required, ", "))})
		}
	}
	switch len(errs) {
	case 0:
		return cols, nil
	case 1:
		return nil, errs[0]
	}
	return nil, errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func checkText(v string) error {
	if len(v) > MaxField {
		return fmt.Errorf("%w (%d bytes)", ErrFieldTooLong, len(v))
	}
	if !utf8.ValidString(v) {
		return fmt.Errorf("%w (save the file as UTF-8)", ErrInvalidUTF8)
	}
	return nil
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// csvError turns an encoding/csv error into a *ParseError.
func csvError(err error, rec []string, want int) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &ParseError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	if errors.Is(pe.Err, csv.ErrFieldCount) {
		return &ParseError{Line: pe.StartLine, Err: fmt.Errorf("%w: the row has %d fields but the header has %d (a separator missing, or one too many?)", ErrSyntax, len(rec), want)}
	}
	return &ParseError{Line: pe.Line, Err: fmt.Errorf("%w: %v at character %d (a field with a quote must be quoted whole, with quotes inside doubled: \"\"like this\"\")", ErrSyntax, pe.Err, pe.Column)}
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
