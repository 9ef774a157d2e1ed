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

var bom = []byte("\xef\xbb\xbf")

// maxHeader is the longest header line, in bytes, a reader accepts.
const maxHeader = 1 << 20

// readAhead bounds how far encoding/csv's buffer reads past the record it
// returns (its buffer is 4 KiB); the limit on a record allows this much more.
const readAhead = 64 << 10

// rows reads the records of a CSV file with bounded memory: no record may
// take more bytes than its fields could legally fill, so a 100 MB field or a
// quote left open is reported after a few MiB instead of being read whole.
type rows struct {
	rd     *csv.Reader
	lim    *limitReader
	header []string
	max    int64 // most bytes a record of len(header) legal fields takes
	next   int   // the line on which the next record starts
}

// newRows prepares a reader over r: it strips a byte-order mark, detects the
// separator (',' or ';') from the header line and reads the header. what
// names a row of the file in errors, such as "State".
func newRows(r io.Reader, what string) (*rows, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var head []byte
	for {
		chunk, err := br.ReadSlice('\n')
		head = append(head, chunk...)
		if len(head) > maxHeader {
			return nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: the header line is longer than 1 MiB", ErrFieldTooLong)}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		break
	}
	head = bytes.TrimPrefix(head, bom)
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, &ParseError{Line: 1, Err: fmt.Errorf("%w: the file is empty (allowed: a header row naming the columns, then one row per %s)", ErrMissingColumn, what)}
	}
	if !utf8.Valid(head) {
		return nil, &ParseError{Line: 1, Err: fmt.Errorf("%w (save the file as UTF-8)", ErrInvalidUTF8)}
	}
	lim := &limitReader{r: io.MultiReader(bytes.NewReader(head), br), limit: 2*maxHeader + readAhead}
	rd := csv.NewReader(lim)
	rd.Comma = separator(head)
	rd.ReuseRecord = true
	rs := &rows{rd: rd, lim: lim, next: 1, max: 2 * maxHeader}
	header, _, err := rs.read()
	if err == io.EOF { // cannot happen: head holds more than space
		err = &ParseError{Line: 1, Err: fmt.Errorf("%w: the header names no columns", ErrMissingColumn)}
	}
	if err != nil {
		return nil, err
	}
	rs.header = append([]string(nil), header...)
	// Quoted, every byte of a field may be a doubled quote or a CRLF: twice
	// MaxField, two quotes and a separator per field.
	rs.max = int64(len(header)) * (2*MaxField + 3)
	return rs, nil
}

// read returns the next record and the line it starts on, or io.EOF at the
// end of the file. The record is valid until the next call. A row with the
// wrong number of fields, or a stray quote in an unquoted field, is returned
// as a *ParseError together with the row: the next call reads the next row.
// Any other error is a *ParseError with a nil row, after which the file
// cannot be read further.
func (rs *rows) read() ([]string, int, error) {
	rec, err := rs.rd.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if errors.Is(err, errTooLong) {
		if rs.header == nil {
			return nil, 1, &ParseError{Line: 1, Err: fmt.Errorf("%w: the header runs past %d KiB (a quote left open?)", ErrFieldTooLong, rs.max>>10)}
		}
		return nil, rs.next, &ParseError{Line: rs.next, Err: fmt.Errorf("%w: the row starting on this line runs past %d KiB, more than its %d fields can hold (a quote left open?)", ErrFieldTooLong, rs.max>>10, len(rs.header))}
	}
	var pe *csv.ParseError
	if err != nil && !errors.As(err, &pe) {
		return nil, rs.next, &ParseError{Line: rs.next, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	defer func() { rs.lim.limit = rs.rd.InputOffset() + rs.max + readAhead }()
	switch {
	case err == nil:
		line, _ := rs.rd.FieldPos(0)
		last, _ := rs.rd.FieldPos(len(rec) - 1)
		rs.next = last + strings.Count(rec[len(rec)-1], "\n") + 1
		return rec, line, nil
	case errors.Is(pe.Err, csv.ErrFieldCount):
		last, _ := rs.rd.FieldPos(len(rec) - 1)
		rs.next = last + strings.Count(rec[len(rec)-1], "\n") + 1
		return rec, pe.StartLine, &ParseError{Line: pe.StartLine, Err: fmt.Errorf("%w: the row has %d fields but the header has %d (a separator missing, or one too many?)", ErrSyntax, len(rec), len(rs.header))}
	case errors.Is(pe.Err, csv.ErrBareQuote):
		rs.next = pe.Line + 1
		if rec == nil {
			rec = []string{} // a row, however partial: reading goes on
		}
		return rec, pe.StartLine, &ParseError{Line: pe.Line, Err: fmt.Errorf("%w: a quote inside an unquoted field, at byte %d of the line (allowed: a field with a quote in it must be quoted whole, with its quotes doubled: \"say \"\"no\"\"\")", ErrSyntax, pe.Column)}
	}
	return nil, pe.StartLine, &ParseError{Line: pe.Line, Err: fmt.Errorf("%w: %v at byte %d of the line (a quoted field must end with a quote before the next separator; quotes inside it are doubled: \"say \"\"no\"\"\")", ErrSyntax, pe.Err, pe.Column)}
}

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
