package article9

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// A Table reads a CSV file kept as the states file is: one header row
// naming the columns, in any order and any case, then one row per record;
// UTF-8, with or without a byte-order mark; ',' or ';' as separator,
// whichever the header line has more of outside quotes; RFC 4180 quoting;
// LF or CRLF line ends. ReadCSV reads the states file with it, and the
// venues, follow-ups, meetings and work-plan files of the other packages are
// read the same way; so can a file of a user's own.
//
// Next steps through the rows, skipping blank ones, and the Table collects
// the problems it finds, each a *ParseError giving the line (the header is
// line 1) and, where it is about one field, the column. In the header: an
// unknown column, named with the nearest known one (and, when there are at
// most 10 known columns, the list of them), a column given twice, a required
// column missing. In a row: the wrong number of fields, bad quoting, text
// that is not UTF-8, a field longer than MaxField. Reject adds the caller's
// own, and Err returns them all. Reading stops after MaxErrors problems, or
// at one it cannot read past. Line numbers count the lines of the file, so a
// quoted field spanning lines moves them on.
//
// Memory stays bounded whatever the input: no row may take more bytes than
// its fields could legally fill, so a 100 MB field or a quote left open is
// reported after at most a few MiB instead of being read whole.
//
// A Table is made by NewTable; its exported fields are set before the first
// call to Next.
type Table struct {
	// Prefixes lists header prefixes, in lower case, that start a column
	// of the user's own, such as IndicatorPrefix: a header "Indicator: GDP"
	// is then the column "indicator:GDP", the prefix in lower case, the name
	// after it as written. If Prefixes is nil, every column must be known.
	Prefixes []string
	// Row names what one row holds, for messages such as "then one row per
	// venue". If Row is "", it is "record".
	Row string

	in              io.Reader
	known, required []string
	started, done   bool

	rd    *csv.Reader
	lim   *limitReader
	width int   // number of columns, 0 until the header is read
	max   int64 // most bytes a row of width legal fields takes
	next  int   // the line on which the next row starts

	cols []string
	rec  []string
	line int
	errs Errors
}

// maxHeader is the longest header line, in bytes, a Table accepts.
const maxHeader = 1 << 20

// listColumns is the most known columns an unknown column's error lists.
const listColumns = 10

// readAhead bounds how far encoding/csv's buffer reads past the record it
// returns (its buffer is 4 KiB); the limit on a record allows this much more.
const readAhead = 64 << 10

var bom = []byte("\xef\xbb\xbf")

// NewTable returns a Table reading r, a file whose header names columns
// among known, and every column in required. Both lists are in lower case;
// a header matches them in any case, ignoring surrounding space. The first
// call to Next reads the header.
func NewTable(r io.Reader, known, required []string) *Table {
	return &Table{in: r, known: known, required: required}
}

// Next advances to the next row that is not blank and has no problem of its
// own, and reports whether there is one. Rows with a problem are skipped,
// the problem collected for Err. Next returns false at the end of the file,
// after a problem in the header, after MaxErrors problems, and after bad
// quoting it cannot read past.
func (t *Table) Next() bool {
	if !t.started {
		t.started = true
		t.done = !t.readHeader()
	}
	for !t.done && len(t.errs) < MaxErrors {
		rec, line, err := t.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.errs = append(t.errs, err)
			if rec == nil {
				break // no way to find the next row
			}
			continue
		}
		if blank(rec) {
			continue
		}
		t.line, t.rec = line, t.rec[:0]
		bad := false
		for i, v := range rec {
			if e := checkText(v); e != nil {
				t.Reject(t.cols[i], e)
				bad = true
			}
			t.rec = append(t.rec, strings.TrimSpace(v))
		}
		if !bad {
			return true
		}
	}
	t.done, t.rec = true, nil
	return false
}

// Columns returns the name of each column of the file, in the file's order,
// as in the list of known columns (or a prefix's column). It is nil until
// Next has read a valid header.
func (t *Table) Columns() []string { return t.cols }

// Record returns the fields of the current row, in the order of Columns,
// each trimmed of surrounding space. The slice is overwritten by the next
// call to Next.
func (t *Table) Record() []string { return t.rec }

// Line returns the line on which the current row starts.
func (t *Table) Line() int { return t.line }

// Reject records err as a problem with the current row: a *ParseError on
// its line, in column ("" for the row as a whole). Reading stops once there
// are MaxErrors problems.
func (t *Table) Reject(column string, err error) {
	t.errs = append(t.errs, &ParseError{Line: t.line, Column: column, Err: err})
}

// Err returns the problems found so far, in file order: nil if none, the
// *ParseError if one, else Errors holding at most MaxErrors of them.
func (t *Table) Err() error {
	switch len(t.errs) {
	case 0:
		return nil
	case 1:
		return t.errs[0]
	}
	return t.errs[:min(len(t.errs), MaxErrors)]
}

// readHeader strips a byte-order mark, detects the separator from the
// header line, reads the header and maps its columns. It reports whether
// the header is valid; if not, t.errs says why.
func (t *Table) readHeader() bool {
	br := bufio.NewReaderSize(t.in, 64<<10)
	var head []byte
	for {
		chunk, err := br.ReadSlice('\n')
		head = append(head, chunk...)
		if len(head) > maxHeader {
			return t.fail(&ParseError{Line: 1, Err: fmt.Errorf("%w: the header line is longer than 1 MiB", ErrFieldTooLong)})
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return t.fail(&ParseError{Line: 1, Err: fmt.Errorf("%w: %v", ErrSyntax, err)})
		}
		break
	}
	head = bytes.TrimPrefix(head, bom)
	if len(bytes.TrimSpace(head)) == 0 {
		row := t.Row
		if row == "" {
			row = "record"
		}
		return t.fail(&ParseError{Line: 1, Err: fmt.Errorf("%w: the file is empty (allowed: a header row naming the columns, then one row per %s)", ErrMissingColumn, row)})
	}
	if !utf8.Valid(head) {
		return t.fail(&ParseError{Line: 1, Err: fmt.Errorf("%w (save the file as UTF-8)", ErrInvalidUTF8)})
	}
	t.lim = &limitReader{r: io.MultiReader(bytes.NewReader(head), br), limit: 2*maxHeader + readAhead}
	t.rd = csv.NewReader(t.lim)
	t.rd.Comma = separator(head)
	t.rd.ReuseRecord = true
	t.next, t.max = 1, 2*maxHeader
	header, _, err := t.read()
	if err == io.EOF { // cannot happen: head holds more than space
		err = &ParseError{Line: 1, Err: fmt.Errorf("%w: the header names no columns", ErrMissingColumn)}
	}
	if err != nil {
		return t.fail(err)
	}
	t.width = len(header)
	// Quoted, every byte of a field may be a doubled quote or a CRLF: twice
	// MaxField, two quotes and a separator per field.
	t.max = int64(t.width) * (2*MaxField + 3)
	t.advance() // read set the header's limit for the first row
	return t.mapHeader(header)
}

func (t *Table) fail(err error) bool {
	t.errs = append(t.errs, err)
	return false
}

// mapHeader checks the header against the known columns and sets t.cols to
// the name of each. It reports whether the header is valid; if not, t.errs
// says why.
func (t *Table) mapHeader(header []string) bool {
	cols := make([]string, len(header))
	seen := map[string]bool{}
	suggested := map[string]bool{} // known names an unknown column was taken for
	var errs Errors
	for i, h := range header {
		if len(errs) >= MaxErrors {
			break
		}
		if e := checkText(h); e != nil {
			return t.fail(&ParseError{Line: 1, Err: e})
		}
		name := strings.ToLower(strings.TrimSpace(h))
		if p, rest, ok := t.prefixed(h); ok {
			if rest == "" {
				errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q: a name must follow %q (allowed: %sNAME)", ErrUnknownColumn, h, p, p)})
				continue
			}
			name = p + rest
		} else if !contains(t.known, name) {
			if name == "" {
				errs = append(errs, &ParseError{Line: 1, Err: fmt.Errorf("%w: column %d has no name in the header", ErrUnknownColumn, i+1)})
				continue
			}
			guess := nearest(name, t.known)
			suggested[guess] = true
			errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (did you mean %q?%s)", ErrUnknownColumn, h, guess, t.allowed())})
			continue
		}
		if seen[name] {
			errs = append(errs, &ParseError{Line: 1, Column: h, Err: fmt.Errorf("%w %q (allowed: each column once)", ErrDuplicateColumn, h)})
			continue
		}
		seen[name] = true
		cols[i] = name
	}
	for _, r := range t.required {
		if !seen[r] && !suggested[r] { // "did you mean" has said it
			errs = append(errs, &ParseError{Line: 1, Column: r, Err: fmt.Errorf("%w %q (required: %s)", ErrMissingColumn, r, strings.Join(t.required, ", "))})
		}
	}
	if len(errs) > 0 {
		t.errs = append(t.errs, errs...)
		return false
	}
	t.cols = cols
	return true
}

// prefixed returns the prefix among t.Prefixes that header h starts with,
// in any case, and the trimmed name after it.
func (t *Table) prefixed(h string) (prefix, rest string, ok bool) {
	h = strings.TrimSpace(h)
	for _, p := range t.Prefixes {
		if len(h) >= len(p) && strings.EqualFold(h[:len(p)], p) {
			return p, strings.TrimSpace(h[len(p):]), true
		}
	}
	return "", "", false
}

// allowed returns " allowed: …" listing the known columns if they are
// few, else "".
func (t *Table) allowed() string {
	if len(t.known) > listColumns {
		return ""
	}
	list := append([]string(nil), t.known...)
	for _, p := range t.Prefixes {
		list = append(list, p+"NAME")
	}
	return " allowed: " + strings.Join(list, ", ")
}

// read returns the next record and the line it starts on, or io.EOF at the
// end of the file. The record is valid until the next call. A row with the
// wrong number of fields, or a stray quote in an unquoted field, is returned
// as a *ParseError together with the row: the next call reads the next row.
// Any other error is a *ParseError with a nil row, after which the file
// cannot be read further.
func (t *Table) read() ([]string, int, error) {
	rec, err := t.rd.Read()
	if err == nil {
		defer t.advance()
		line, _ := t.rd.FieldPos(0)
		last, _ := t.rd.FieldPos(len(rec) - 1)
		t.next = last + strings.Count(rec[len(rec)-1], "\n") + 1
		return rec, line, nil
	}
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if errors.Is(err, errTooLong) {
		if t.width == 0 {
			return nil, 1, &ParseError{Line: 1, Err: fmt.Errorf("%w: the header runs past %d KiB (a quote left open?)", ErrFieldTooLong, t.max>>10)}
		}
		return nil, t.next, &ParseError{Line: t.next, Err: fmt.Errorf("%w: the row starting on this line runs past %d KiB, more than its %d fields can hold (a quote left open?)", ErrFieldTooLong, t.max>>10, t.width)}
	}
	var pe *csv.ParseError // here, not above: it escapes to the heap, and a good row need not pay for it
	if !errors.As(err, &pe) {
		return nil, t.next, &ParseError{Line: t.next, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	defer t.advance()
	switch {
	case errors.Is(pe.Err, csv.ErrFieldCount):
		last, _ := t.rd.FieldPos(len(rec) - 1)
		t.next = last + strings.Count(rec[len(rec)-1], "\n") + 1
		return rec, pe.StartLine, &ParseError{Line: pe.StartLine, Err: fmt.Errorf("%w: the row has %d fields but the header has %d (a separator missing, or one too many?)", ErrSyntax, len(rec), t.width)}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		t.next = pe.Line + 1
		if rec == nil {
			rec = []string{} // a row, however partial: reading goes on
		}
		return rec, pe.StartLine, &ParseError{Line: pe.Line, Err: fmt.Errorf("%w: a quote inside an unquoted field, at byte %d of the line (allowed: a field with a quote in it must be quoted whole, with its quotes doubled: \"say \"\"no\"\"\")", ErrSyntax, pe.Column)}
	}
	return nil, pe.StartLine, &ParseError{Line: pe.Line, Err: fmt.Errorf("%w: %v at byte %d of the line (a quoted field must end with a quote before the next separator; quotes inside it are doubled: \"say \"\"no\"\"\")", ErrSyntax, pe.Err, pe.Column)}
}

// advance lets the reader take the next row: at most t.max bytes past the
// end of the one just read, and encoding/csv's read-ahead.
func (t *Table) advance() { t.lim.limit = t.rd.InputOffset() + t.max + readAhead }

// errTooLong is what limitReader returns past its limit.
var errTooLong = errors.New("record too long")

// limitReader reads from r until limit bytes in all have been read, then
// returns errTooLong.
type limitReader struct {
	r     io.Reader
	n     int64 // bytes read so far
	limit int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n >= l.limit {
		return 0, errTooLong
	}
	if rest := l.limit - l.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
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

// checkText checks that v is valid UTF-8 of at most MaxField bytes.
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
