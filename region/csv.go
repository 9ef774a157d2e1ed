package region

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/article9/article9"
)

// The CSV plumbing below mirrors the root package's states reader (BOM,
// separator detection, header checks with a nearest-name suggestion, field
// checks, csv error translation), whose helpers are unexported.

// newCSV strips a byte-order mark, detects the separator (';' when the
// header has more semicolons than commas outside quotes, else ',') and reads
// the header, as the states reader does.
func newCSV(r io.Reader) (*csv.Reader, []string, error) {
	const maxHeader = 1 << 20
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
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w: the file is empty (allowed: a header row naming the columns, then one row per venue)", article9.ErrMissingColumn)}
	}
	if !utf8.Valid(head) {
		return nil, nil, &article9.ParseError{Line: 1, Err: fmt.Errorf("%w (save the file as UTF-8)", article9.ErrInvalidUTF8)}
	}
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
	rd := csv.NewReader(io.MultiReader(bytes.NewReader(head), br))
	if semis > commas {
		rd.Comma = ';'
	}
	rd.ReuseRecord = true
	header, err := rd.Read()
	if err != nil {
		return nil, nil, csvError(err, header, 0)
	}
	return rd, slices.Clone(header), nil
}

// mapHeader returns the canonical (lower-case, trimmed) name of each column,
// or errors for unknown, duplicate and missing required columns.
func mapHeader(header []string) ([]string, error) {
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
		case !slices.Contains(venueColumns, name):
			errs = append(errs, &article9.ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (did you mean %q?)", article9.ErrUnknownColumn, h, nearest(name, venueColumns))})
			continue
		case seen[name]:
			errs = append(errs, &article9.ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (allowed: each column once)", article9.ErrDuplicateColumn, h)})
			continue
		}
		seen[name] = true
		cols[i] = name
	}
	for _, c := range requiredvenueColumns {
		if !seen[c] {
			errs = append(errs, &article9.ParseError{Line: 1, Column: c, Err: fmt.Errorf("%w %q (required: %s)", article9.ErrMissingColumn, c, strings.Join(requiredvenueColumns, ", "))})
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

// nearest returns the candidate closest to name by edit distance (the
// first of equals).
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
// cut to 64 runes, as a header that long is no near miss.
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
