package outreach

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/article9/article9"
)

// This file is the strict CSV layer shared by ReadFollowUps, ReadMeetings
// and ReadWorkPlanStatus. It behaves as the root package's states reader
// does: a leading byte-order mark is dropped, the separator (',' or ';') is
// detected from the header line, columns are matched by name in any order,
// an unknown column names the nearest known one, fields over 64 KiB and
// text that is not UTF-8 are rejected, and every problem is an
// *article9.ParseError giving the line (the header is line 1), the column,
// the bad value and what is allowed.

const (
	dateLayout = "2006-01-02"
	maxHeader  = 1 << 20 // longest header line, in bytes
)

var (
	bom         = []byte("\xef\xbb\xbf")
	iso3Pattern = regexp.MustCompile(`^[A-Z]{3}$`)
)

// rowFunc receives one non-blank data row: its line and its values by
// canonical column name, trimmed of surrounding space (a column the file
// does not have reads as ""). It returns the row's first problem, or nil.
type rowFunc func(line int, row map[string]string) *article9.ParseError

// readRows reads a CSV file whose columns are among known and must include
// required, calling each for every non-blank row. what names one row in
// messages ("follow-up"). It returns nil, one *article9.ParseError, or
// article9.Errors holding one per bad row (at most article9.MaxErrors).
func readRows(r io.Reader, what string, known, required []string, each rowFunc) error {
	rd, header, err := newCSV(r, what)
	if err != nil {
		return err
	}
	cols, err := mapHeader(header, known, required)
	if err != nil {
		return err
	}
	var errs article9.Errors
	row := make(map[string]string, len(known))
	for len(errs) < article9.MaxErrors {
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
		clear(row)
		var bad *article9.ParseError
		for i, v := range rec {
			if e := checkText(v); e != nil {
				bad = &article9.ParseError{Line: line, Column: cols[i], Err: e}
				break
			}
			row[cols[i]] = strings.TrimSpace(v)
		}
		if bad == nil {
			bad = each(line, row)
		}
		if bad != nil {
			errs = append(errs, bad)
		}
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errs
}

// newCSV strips a byte-order mark, detects the separator from the header
// line and reads the header.
func newCSV(r io.Reader, what string) (*csv.Reader, []string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var head []byte
	for {
		chunk, err := br.ReadSlice('\n')
		head = append(head, chunk...)
		if len(head) > maxHeader {
			return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w: the header line is longer than 1 MiB", article9.ErrFieldTooLong)}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w: %v", article9.ErrSyntax, err)}
		}
		break
	}
	head = bytes.TrimPrefix(head, bom)
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w: the file is empty (allowed: a header row naming the columns, then one row per %s)", article9.ErrMissingColumn, what)}
	}
	if !utf8.Valid(head) {
		return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w (save the file as UTF-8)", article9.ErrInvalidUTF8)}
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

// separator returns ';' if the header line has more semicolons than commas
// outside quotes, else ','.
func separator(head []byte) rune {
	commas, semis, quoted := 0, 0, false
	for _, c := range head {
		switch {
		case c == '"':
			quoted = !quoted
		case c == ',' && !quoted:
			commas++
		case c == ';' && !quoted:
			semis++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// mapHeader checks a header against the known columns and returns the
// canonical (lower-case, trimmed) name of each.
func mapHeader(header, known, required []string) ([]string, error) {
	cols := make([]string, len(header))
	seen := map[string]bool{}
	var errs article9.Errors
	for i, h := range header {
		if e := checkText(h); e != nil {
			return nil, &article9.ParseError{Line: 1, Err: e}
		}
		name := strings.ToLower(strings.TrimSpace(h))
		switch {
		case name == "":
			errs = append(errs, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w: column %d has no name in the header", article9.ErrUnknownColumn, i+1)})
			continue
		case !contains(known, name):
			errs = append(errs, &article9.ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (did you mean %q? allowed: %s)", article9.ErrUnknownColumn, h, nearest(name, known), strings.Join(known, ", "))})
			continue
		case seen[name]:
			errs = append(errs, &article9.ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (allowed: each column once)", article9.ErrDuplicateColumn, h)})
			continue
		}
		seen[name] = true
		cols[i] = name
	}
	for _, r := range required {
		if !seen[r] {
			errs = append(errs, &article9.ParseError{Line: 1, Column: r, Err: fmt.Errorf("%w %q (required: %s)", article9.ErrMissingColumn, r, strings.Join(required, ", "))})
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

// nearest returns the candidate closest to name by edit distance.
func nearest(name string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		if d := editDistance(name, c); bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes; a is
// cut to 64 runes (a header that long is no near miss) to bound the work.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64]
	}
	prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func checkText(v string) error {
	if len(v) > article9.MaxField {
		return fmt.Errorf("%w (%d bytes)", article9.ErrFieldTooLong, len(v))
	}
	if !utf8.ValidString(v) {
		return fmt.Errorf("%w (save the file as UTF-8)", article9.ErrInvalidUTF8)
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

// csvError turns an encoding/csv error into an *article9.ParseError.
func csvError(err error, rec []string, want int) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &article9.ParseError{Err: fmt.Errorf("%w: %v", article9.ErrSyntax, err)}
	}
	if errors.Is(pe.Err, csv.ErrFieldCount) {
		return &article9.ParseError{Line: pe.StartLine, Err: fmt.Errorf("%w: the row has %d fields but the header has %d (a separator missing, or one too many?)", article9.ErrSyntax, len(rec), want)}
	}
	return &article9.ParseError{Line: pe.Line, Err: fmt.Errorf("%w: %v at character %d (a field with a quote must be quoted whole, with quotes inside doubled: \"\"like this\"\")", article9.ErrSyntax, pe.Err, pe.Column)}
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
