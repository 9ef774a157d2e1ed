package article9

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tableRow is a row as Next gives it.
type tableRow struct {
	Line   int
	Record []string
}

// tableErr is an error as Err gives it: the sentinel and the whole message.
type tableErr struct {
	Is  error
	Msg string
}

// readTable reads every row of t, rejecting in column "a" each row whose
// first field is "reject", and returns the rows it gave and its errors.
func readTable(t *Table) ([]tableRow, []error) {
	var rows []tableRow
	for t.Next() {
		if t.Record()[0] == "reject" {
			t.Reject(t.Columns()[0], fmt.Errorf("%w %q (allowed: anything else)", ErrInvalidValue, "reject"))
			continue
		}
		rows = append(rows, tableRow{t.Line(), append([]string(nil), t.Record()...)})
	}
	var es Errors
	switch err := t.Err(); {
	case err == nil:
		return rows, nil
	case errors.As(err, &es):
		return rows, es
	default:
		return rows, []error{err}
	}
}

func TestTable(t *testing.T) {
	abc := []string{"a", "b", "c"}
	eleven := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}
	tests := []struct {
		name            string
		in              string
		known, required []string
		prefixes        []string
		row             string
		cols            []string
		rows            []tableRow
		errs            []tableErr
	}{
		{name: "columns in any order and case, values trimmed",
			in: " B ,a\n 1 , two words \n", known: abc, required: []string{"a"},
			cols: []string{"b", "a"}, rows: []tableRow{{2, []string{"1", "two words"}}}},
		{name: "byte-order mark, semicolons, CRLF, blank rows skipped",
			in: "\ufeffa;b\r\n1,5;2\r\n;\r\n\r\n ; \r\n3;4\r\n", known: abc,
			cols: []string{"a", "b"}, rows: []tableRow{{2, []string{"1,5", "2"}}, {6, []string{"3", "4"}}}},
		{name: "a separator inside quotes does not count",
			in: "\"a;b;c\",b;c\nx,y\n", known: []string{"a;b;c", "b;c"},
			cols: []string{"a;b;c", "b;c"}, rows: []tableRow{{2, []string{"x", "y"}}}},
		{name: "a quoted field over three lines moves the line numbers on",
			in: "a,b\n\"x\n\"\"y\"\"\nz\",1\n2,3\n4\n", known: abc,
			cols: []string{"a", "b"}, rows: []tableRow{{2, []string{"x\n\"y\"\nz", "1"}}, {5, []string{"2", "3"}}},
			errs: []tableErr{{ErrSyntax, "line 6: malformed file: the row has 1 fields but the header has 2 (a separator missing, or one too many?)"}}},
		{name: "prefixed columns keep the name as written",
			in: "a,Indicator: GDP ,indicator:risk\n1,2,3\n", known: abc, prefixes: []string{"indicator:"},
			cols: []string{"a", "indicator:GDP", "indicator:risk"}, rows: []tableRow{{2, []string{"1", "2", "3"}}}},
		{name: "a prefix without a name",
			in: "a,indicator: \n", known: abc, prefixes: []string{"indicator:"},
			errs: []tableErr{{ErrUnknownColumn, `line 1: indicator: : unknown column "indicator: ": a name must follow "indicator:" (allowed: indicator:NAME)`}}},
		{name: "an unknown column among few names them all",
			in: "a,bb\n", known: abc, prefixes: []string{"x:"},
			errs: []tableErr{{ErrUnknownColumn, `line 1: bb: unknown column "bb" (did you mean "b"? allowed: a, b, c, x:NAME)`}}},
		{name: "an unknown column among many names the nearest",
			in: "a,kk\n", known: eleven,
			errs: []tableErr{{ErrUnknownColumn, `line 1: kk: unknown column "kk" (did you mean "k"?)`}}},
		{name: "an unknown column taken for a required one is not also missing",
			in: "aa,b\n", known: eleven, required: []string{"a", "c"},
			errs: []tableErr{
				{ErrUnknownColumn, `line 1: aa: unknown column "aa" (did you mean "a"?)`},
				{ErrMissingColumn, `line 1: c: missing required column "c" (required: a, c)`},
			}},
		{name: "every header problem",
			in: "a,,A,b\n1,2,3,4\n", known: eleven, required: []string{"a", "c"},
			errs: []tableErr{
				{ErrUnknownColumn, "line 1: unknown column: column 2 has no name in the header"},
				{ErrDuplicateColumn, `line 1: A: duplicate column "A" (allowed: each column once)`},
				{ErrMissingColumn, `line 1: c: missing required column "c" (required: a, c)`},
			}},
		{name: "an empty file names what a row holds",
			in: "\ufeff \r\n", known: abc, row: "venue",
			errs: []tableErr{{ErrMissingColumn, "line 1: missing required column: the file is empty (allowed: a header row naming the columns, then one row per venue)"}}},
		{name: "an empty file, rows unnamed",
			in: "", known: abc,
			errs: []tableErr{{ErrMissingColumn, "line 1: missing required column: the file is empty (allowed: a header row naming the columns, then one row per record)"}}},
		{name: "a header that is not UTF-8",
			in: "a,\xe9\n", known: abc,
			errs: []tableErr{{ErrInvalidUTF8, "line 1: text is not valid UTF-8 (save the file as UTF-8)"}}},
		{name: "a header over 1 MiB",
			in: "a," + strings.Repeat("b", maxHeader), known: abc,
			errs: []tableErr{{ErrFieldTooLong, "line 1: field longer than 64 KiB: the header line is longer than 1 MiB"}}},
		{name: "bad rows are reported and skipped, the good ones kept",
			in: "a,b\n1\n\"2\",\"3\"\nx\"y,4\n\xe9,\xff\n5," + strings.Repeat("z", MaxField+1) + "\nreject,6\n7,8\n", known: abc,
			cols: []string{"a", "b"}, rows: []tableRow{{3, []string{"2", "3"}}, {8, []string{"7", "8"}}},
			errs: []tableErr{
				{ErrSyntax, "line 2: malformed file: the row has 1 fields but the header has 2 (a separator missing, or one too many?)"},
				{ErrSyntax, `line 4: malformed file: a quote inside an unquoted field, at byte 2 of the line (allowed: a field with a quote in it must be quoted whole, with its quotes doubled: "say ""no""")`},
				{ErrInvalidUTF8, "line 5: a: text is not valid UTF-8 (save the file as UTF-8)"},
				{ErrInvalidUTF8, "line 5: b: text is not valid UTF-8 (save the file as UTF-8)"},
				{ErrFieldTooLong, "line 6: b: field longer than 64 KiB (65537 bytes)"},
				{ErrInvalidValue, `line 7: a: invalid value "reject" (allowed: anything else)`},
			}},
		{name: "a quote left open stops the reading",
			in: "a,b\n1,2\n\"3,4\n5,6\n", known: abc,
			cols: []string{"a", "b"}, rows: []tableRow{{2, []string{"1", "2"}}},
			errs: []tableErr{{ErrSyntax, `line 4: malformed file: extraneous or missing " in quoted-field at byte 5 of the line (a quoted field must end with a quote before the next separator; quotes inside it are doubled: "say ""no""")`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := NewTable(strings.NewReader(tt.in), tt.known, tt.required)
			tab.Prefixes, tab.Row = tt.prefixes, tt.row
			rows, errs := readTable(tab)
			if diff := cmp.Diff(tt.rows, rows); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.cols, tab.Columns()); diff != "" {
				t.Errorf("Columns() mismatch (-want +got):\n%s", diff)
			}
			var want, got []string
			for _, w := range tt.errs {
				want = append(want, w.Msg)
			}
			for i, e := range errs {
				got = append(got, e.Error())
				if _, ok := e.(*ParseError); !ok {
					t.Errorf("error %v is a %T, want a *ParseError", e, e)
				}
				if i < len(tt.errs) && !errors.Is(e, tt.errs[i].Is) {
					t.Errorf("error %v does not wrap %v", e, tt.errs[i].Is)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("errors mismatch (-want +got):\n%s", diff)
			}
			if tab.Next() {
				t.Error("Next() = true after it returned false")
			}
		})
	}
}

// TestTableMaxErrors checks that a Table stops after MaxErrors problems,
// its own or the caller's, without reading the rest of the file.
func TestTableMaxErrors(t *testing.T) {
	for _, row := range []string{"1\n", "reject,1\n", "x\"y,1\n"} {
		t.Run(strings.TrimSpace(row), func(t *testing.T) {
			body := newRepeat(row, int64(len(row))*1_000_000)
			tab := NewTable(io.MultiReader(strings.NewReader("a,b\n"), body), []string{"a", "b"}, nil)
			_, errs := readTable(tab)
			if len(errs) != MaxErrors {
				t.Errorf("%d errors, want %d", len(errs), MaxErrors)
			}
			if body.read > 1<<20 {
				t.Errorf("read %d MiB after the %d errors, want less than 1", body.read>>20, MaxErrors)
			}
		})
	}
	t.Run("several on the last row counted", func(t *testing.T) {
		tab := NewTable(strings.NewReader("a\n"+strings.Repeat("x\n", MaxErrors)), []string{"a"}, nil)
		for tab.Next() {
			tab.Reject("a", ErrInvalidValue)
			tab.Reject("a", ErrInvalidValue)
		}
		var es Errors
		if err := tab.Err(); !errors.As(err, &es) || len(es) != MaxErrors {
			t.Errorf("Err() holds %d errors, want %d", len(es), MaxErrors)
		}
	})
}

// TestTableHugeField reads a 100 MB field, unquoted and after a quote left
// open: the Table must give up after a few hundred KiB.
func TestTableHugeField(t *testing.T) {
	two := []tableRow{{2, []string{"1", "2"}}}
	for _, tt := range []struct {
		name, before, fill string
		line               int        // where the error is
		rows               []tableRow // read before it
	}{
		{"unquoted, on the first row", "a,b\n1,", "x", 2, nil},
		{"unquoted", "a,b\n1,2\n3,", "x", 3, two},
		{"after a quote left open", "a,b\n1,2\n\"3,", "4,5\n", 3, two},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body := newRepeat(tt.fill, 100<<20)
			tab := NewTable(io.MultiReader(strings.NewReader(tt.before), body), []string{"a", "b"}, nil)
			rows, errs := readTable(tab)
			if diff := cmp.Diff(tt.rows, rows); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
			want := fmt.Sprintf("line %d: field longer than 64 KiB: the row starting on this line runs past 256 KiB, more than its 2 fields can hold (a quote left open?)", tt.line)
			if len(errs) != 1 || errs[0].Error() != want {
				t.Errorf("errors %v, want %q", errs, want)
			}
			if body.read > 1<<20 {
				t.Errorf("read %d KiB of the field, want less than 1 MiB", body.read>>10)
			}
		})
	}
}
