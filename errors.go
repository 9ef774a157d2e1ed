package article9

import (
	"errors"
	"strconv"
)

// Sentinel errors, wrapped in a *ParseError, for conditions callers branch on.
var (
	ErrUnknownColumn   = errors.New("unknown column")
	ErrMissingColumn   = errors.New("missing required column")
	ErrDuplicateColumn = errors.New("duplicate column")
	ErrMissingValue    = errors.New("missing required value")
	ErrInvalidValue    = errors.New("invalid value")
	ErrDuplicateState  = errors.New("duplicate iso3")
	ErrInvalidUTF8     = errors.New("text is not valid UTF-8")
	ErrFieldTooLong    = errors.New("field longer than 64 KiB")
	ErrNoStates        = errors.New("no States in file")
	ErrSyntax          = errors.New("malformed file")
)

// MaxField is the longest field, in bytes, a reader accepts.
const MaxField = 64 << 10

// ParseError is an error in a states or venues file: where it is and what
// was wrong.
type ParseError struct {
	File   string // file name, "" when reading from an io.Reader
	Line   int    // 1-based line of the file (the header is line 1); 0 if not known
	Column string // header name of the column; "" when not about one column
	Err    error  // what was wrong, wrapping one of the Err… sentinels
}

// Error returns "file:line: column: what was wrong", leaving out the parts
// that are unknown.
func (e *ParseError) Error() string {
	var s string
	switch {
	case e.File != "" && e.Line > 0:
		s = e.File + ":" + strconv.Itoa(e.Line) + ": "
	case e.File != "":
		s = e.File + ": "
	case e.Line > 0:
		s = "line " + strconv.Itoa(e.Line) + ": "
	}
	if e.Column != "" {
		s += e.Column + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// Errors is a list of errors found in one file, in file order: one for each
// bad field, or for a row that is wrong as a whole. Readers stop after
// MaxErrors.
type Errors []error

// MaxErrors is the most errors a reader collects before it stops.
const MaxErrors = 50

// Error returns the errors one per line.
func (es Errors) Error() string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += "\n"
		}
		s += e.Error()
	}
	return s
}

// Unwrap returns the errors, so errors.Is and errors.As see each of them.
func (es Errors) Unwrap() []error { return es }
