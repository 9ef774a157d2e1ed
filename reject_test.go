package article9

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// wantErr describes one expected *ParseError.
type wantErr struct {
	Line   int
	Column string
	Is     error    // the sentinel it wraps
	Says   []string // what the message must mention: the bad value, what is allowed
}

// checkErr checks that err is exactly one *ParseError as described.
func checkErr(t *testing.T, err error, w wantErr) {
	t.Helper()
	pe, ok := err.(*ParseError)
	if !ok {
		t.Fatalf("error = %#v (%v), want one *ParseError", err, err)
	}
	checkParseError(t, pe, w)
}

func checkParseError(t *testing.T, pe *ParseError, w wantErr) {
	t.Helper()
	if pe.Line != w.Line || pe.Column != w.Column {
		t.Errorf("error %q at line %d, column %q; want line %d, column %q", pe, pe.Line, pe.Column, w.Line, w.Column)
	}
	if !errors.Is(pe, w.Is) {
		t.Errorf("error %q does not wrap %q", pe, w.Is)
	}
	for _, s := range w.Says {
		if !strings.Contains(pe.Error(), s) {
			t.Errorf("error %q does not say %q", pe, s)
		}
	}
	if pe.Err == nil || pe.Error() != strings.TrimSpace(pe.Error()) {
		t.Errorf("error %q is empty or has surrounding space", pe)
	}
}

const fra = "FRA,France,48.86,2.35,specific_legislation\n"

// rejectCase is a bad states file and the error it gives.
type rejectCase struct {
	name string
	in   string
	want wantErr
}

// csvRejects lists bad states files. The fuzz corpus holds each input (see
// TestFuzzCorpus).
func csvRejects() []rejectCase {
	allStatuses := []string{"specific_legislation", "existing_law", "in_process", "incomplete", "no_information"}
	return []rejectCase{
		{"empty file", "", wantErr{1, "", ErrMissingColumn, []string{"empty"}}},
		{"only space", " \n\r\n\t", wantErr{1, "", ErrMissingColumn, []string{"empty"}}},
		{"only a byte-order mark", "\ufeff", wantErr{1, "", ErrMissingColumn, []string{"empty"}}},
		{"header only", minimal, wantErr{2, "", ErrNoStates, []string{"one row per State"}}},
		{"header and blank rows", minimal + ",,,,\n\n", wantErr{2, "", ErrNoStates, nil}},
		{"unknown column", "iso3,name,latt,lon,status\n" + fra,
			wantErr{1, "latt", ErrUnknownColumn, []string{`"latt"`, `did you mean "lat"`}}},
		{"unknown column, upper case", "ISO3,Name,Lat,Lon,Statuss\n" + fra,
			wantErr{1, "Statuss", ErrUnknownColumn, []string{`"Statuss"`, `did you mean "status"`}}},
		{"column without a name", "iso3,name,lat,lon,,status\nFRA,France,48.86,2.35,,specific_legislation\n",
			wantErr{1, "", ErrUnknownColumn, []string{"column 5 has no name"}}},
		{"indicator without a name", "iso3,name,lat,lon,status,indicator: \n" + "FRA,France,48.86,2.35,specific_legislation,1\n",
			wantErr{1, "indicator: ", ErrUnknownColumn, []string{"indicator:NAME"}}},
		{"duplicate column", "iso3,name,lat,lon,status,Name\n" + "FRA,France,48.86,2.35,specific_legislation,France\n",
			wantErr{1, "Name", ErrDuplicateColumn, []string{`"Name"`, "each column once"}}},
		{"missing required column", "iso3,name,lat,status\nFRA,France,48.86,specific_legislation\n",
			wantErr{1, "lon", ErrMissingColumn, []string{`"lon"`, "iso3, name, lat, lon"}}},
		{"too few fields", minimal + fra + "CIV,Côte d’Ivoire,6.83,-5.29\n",
			wantErr{3, "", ErrSyntax, []string{"4 fields", "header has 5"}}},
		{"too many fields", minimal + "FRA,France,48.86,2.35,specific_legislation,x\n",
			wantErr{2, "", ErrSyntax, []string{"6 fields", "header has 5"}}},
		{"quote inside an unquoted field", minimal + `FRA,Fr"ance,48.86,2.35,specific_legislation` + "\n",
			wantErr{2, "", ErrSyntax, []string{"quote", `""`}}},
		{"text after a closing quote", minimal + `FRA,"Fr"ance,48.86,2.35,specific_legislation` + "\n",
			wantErr{2, "", ErrSyntax, []string{"quote"}}},
		{"quote left open", minimal + fra + `CIV,"Côte d’Ivoire,6.83,-5.29,in_process` + "\n",
			wantErr{3, "", ErrSyntax, []string{"quote"}}},
		{"invalid UTF-8 in the header", "iso3,n\xe9me,lat,lon,status\n" + fra,
			wantErr{1, "", ErrInvalidUTF8, []string{"UTF-8"}}},
		{"invalid UTF-8 in a field", minimal + "FRA,Fran\xe7e,48.86,2.35,specific_legislation\n",
			wantErr{2, "name", ErrInvalidUTF8, []string{"UTF-8"}}},
		{"field over 64 KiB", "iso3,name,lat,lon,status,notes\n" + "FRA,France,48.86,2.35,specific_legislation," + strings.Repeat("x", MaxField+1) + "\n",
			wantErr{2, "notes", ErrFieldTooLong, []string{"65537 bytes"}}},
		{"header over 1 MiB", strings.Repeat("x", maxHeader+1),
			wantErr{1, "", ErrFieldTooLong, []string{"header"}}},
		{"lower-case iso3", minimal + "fra,France,48.86,2.35,specific_legislation\n",
			wantErr{2, "iso3", ErrInvalidValue, []string{`"fra"`, "three upper-case letters"}}},
		{"two-letter iso3", minimal + "FR,France,48.86,2.35,specific_legislation\n",
			wantErr{2, "iso3", ErrInvalidValue, []string{`"FR"`, "three upper-case letters"}}},
		{"blank iso3", minimal + ",France,48.86,2.35,specific_legislation\n",
			wantErr{2, "iso3", ErrInvalidValue, []string{`""`, "three upper-case letters"}}},
		{"duplicate iso3", minimal + fra + "CIV,Côte d’Ivoire,6.83,-5.29,in_process\n" + fra,
			wantErr{4, "iso3", ErrDuplicateState, []string{"FRA", "already on line 2"}}},
		{"blank name", minimal + "FRA, ,48.86,2.35,specific_legislation\n",
			wantErr{2, "name", ErrMissingValue, []string{"name"}}},
		{"latitude out of range", minimal + "FRA,France,123.4,2.35,specific_legislation\n",
			wantErr{2, "lat", ErrInvalidValue, []string{`"123.4"`, "-90..90"}}},
		{"longitude out of range", minimal + "FRA,France,48.86,-180.5,specific_legislation\n",
			wantErr{2, "lon", ErrInvalidValue, []string{`"-180.5"`, "-180..180"}}},
		{"latitude NaN", minimal + "FRA,France,NaN,2.35,specific_legislation\n",
			wantErr{2, "lat", ErrInvalidValue, []string{`"NaN"`, "decimal degrees from -90 to 90"}}},
		{"longitude Inf", minimal + "FRA,France,48.86,+Inf,specific_legislation\n",
			wantErr{2, "lon", ErrInvalidValue, []string{`"+Inf"`, "decimal degrees from -180 to 180"}}},
		{"latitude not a number", minimal + "FRA,France,48°51',2.35,specific_legislation\n",
			wantErr{2, "lat", ErrInvalidValue, []string{`"48°51'"`, "decimal degrees"}}},
		{"blank latitude", minimal + "FRA,France,,2.35,specific_legislation\n",
			wantErr{2, "lat", ErrMissingValue, []string{"decimal degrees"}}},
		{"bad date", "iso3,name,lat,lon,status,signed\n" + "FRA,France,48.86,2.35,specific_legislation,03/12/2008\n",
			wantErr{2, "signed", ErrInvalidValue, []string{`"03/12/2008"`, "YYYY-MM-DD"}}},
		{"impossible date", "iso3,name,lat,lon,status,entry_into_force\n" + "FRA,France,48.86,2.35,specific_legislation,2009-02-30\n",
			wantErr{2, "entry_into_force", ErrInvalidValue, []string{`"2009-02-30"`, "YYYY-MM-DD"}}},
		{"bad status", minimal + "FRA,France,48.86,2.35,done\n",
			wantErr{2, "status", ErrInvalidValue, append([]string{`"done"`}, allStatuses...)}},
		{"status missing for a party", minimal + "FRA,France,48.86,2.35,\n",
			wantErr{2, "status", ErrMissingValue, append([]string{"State Party"}, allStatuses...)}},
		{"bad party", "iso3,name,lat,lon,status,party\n" + "FRA,France,48.86,2.35,specific_legislation,member\n",
			wantErr{2, "party", ErrInvalidValue, []string{`"member"`, "party, signatory, withdrawn"}}},
		{"bad flag", "iso3,name,lat,lon,status,stockpile\n" + "FRA,France,48.86,2.35,specific_legislation,maybe\n",
			wantErr{2, "stockpile", ErrInvalidValue, []string{`"maybe"`, "yes, no, true, false, 1, 0"}}},
		{"bad assistance", "iso3,name,lat,lon,status,assistance_requested\n" + "FRA,France,48.86,2.35,specific_legislation,asked\n",
			wantErr{2, "assistance_requested", ErrInvalidValue, []string{`"asked"`, "yes, no, a date YYYY-MM-DD"}}},
		{"bad year", "iso3,name,lat,lon,status,status_year\n" + "FRA,France,48.86,2.35,specific_legislation,20x1\n",
			wantErr{2, "status_year", ErrInvalidValue, []string{`"20x1"`, "a year such as 2021"}}},
		{"year out of range", "iso3,name,lat,lon,status,status_year\n" + "FRA,France,48.86,2.35,specific_legislation,21\n",
			wantErr{2, "status_year", ErrInvalidValue, []string{`"21"`, "a year such as 2021"}}},
		{"bad report year", "iso3,name,lat,lon,status,last_article7_report\n" + "FRA,France,48.86,2.35,specific_legislation,last year\n",
			wantErr{2, "last_article7_report", ErrInvalidValue, []string{`"last year"`, "0 or never"}}},
		{"bad language", "iso3,name,lat,lon,status,language\n" + "FRA,France,48.86,2.35,specific_legislation,French\n",
			wantErr{2, "language", ErrInvalidValue, []string{`"French"`, "two-letter lower-case", "en, fr, es, ar, pt, ru"}}},
		{"bad un_group", "iso3,name,lat,lon,status,un_group\n" + "FRA,France,48.86,2.35,specific_legislation,Western Europe\n",
			wantErr{2, "un_group", ErrInvalidValue, []string{`"Western Europe"`, "African, Asia-Pacific, Eastern European, GRULAC, WEOG"}}},
		{"bad region", "iso3,name,lat,lon,status,region\n" + "FRA,France,48.86,2.35,specific_legislation,EU\n",
			wantErr{2, "region", ErrInvalidValue, []string{`"EU"`, "Africa, Americas, Asia, Europe, Oceania"}}},
		{"bad indicator value", "iso3,name,lat,lon,status,indicator:gdp\n" + "FRA,France,48.86,2.35,specific_legislation,high\n",
			wantErr{2, "indicator:gdp", ErrInvalidValue, []string{`"high"`, "a finite number"}}},
		{"infinite indicator", "iso3,name,lat,lon,status,indicator:gdp\n" + "FRA,France,48.86,2.35,specific_legislation,1e999\n",
			wantErr{2, "indicator:gdp", ErrInvalidValue, []string{`"1e999"`, "a finite number"}}},
	}
}

func TestReadCSVRejects(t *testing.T) {
	for _, tt := range csvRejects() {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadCSV(strings.NewReader(tt.in))
			if d != nil {
				t.Errorf("ReadCSV returned a Dataset with the error")
			}
			checkErr(t, err, tt.want)
		})
	}
}

// TestReadCSVErrors checks that every problem in a file is reported, each
// with its line and column, in file order.
func TestReadCSVErrors(t *testing.T) {
	in := "iso3,name,lat,lon,status,stockpile\n" + // 1
		"FRA,France,48.86,2.35,specific_legislation,yes\n" + // 2
		"fra,France,48.86,2.35,specific_legislation,yes\n" + // 3
		"CIV,Côte d’Ivoire,96.83,-5.29,in_process,maybe\n" + // 4: two bad fields
		"DEU,Germany,52.52,13.40\n" + // 5
		"FRA,France again,48.86,2.35,existing_law,no\n" // 6
	_, err := ReadCSV(strings.NewReader(in))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("ReadCSV error = %v, want Errors", err)
	}
	want := []wantErr{
		{3, "iso3", ErrInvalidValue, []string{`"fra"`}},
		{4, "lat", ErrInvalidValue, []string{`"96.83"`}},
		{4, "stockpile", ErrInvalidValue, []string{`"maybe"`}},
		{5, "", ErrSyntax, []string{"4 fields"}},
		{6, "iso3", ErrDuplicateState, []string{"already on line 2"}},
	}
	if len(es) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, e := range es {
		pe, ok := e.(*ParseError)
		if !ok {
			t.Fatalf("error %d = %#v, want a *ParseError", i, e)
		}
		checkParseError(t, pe, want[i])
	}
	if got, wantLines := len(strings.Split(err.Error(), "\n")), len(want); got != wantLines {
		t.Errorf("Errors.Error() has %d lines, want %d", got, wantLines)
	}
	for _, sentinel := range []error{ErrInvalidValue, ErrSyntax, ErrDuplicateState} {
		if !errors.Is(err, sentinel) {
			t.Errorf("errors.Is(err, %v) = false", sentinel)
		}
	}
}

// TestReadCSVHeaderErrors checks that every problem in a header is reported.
func TestReadCSVHeaderErrors(t *testing.T) {
	_, err := ReadCSV(strings.NewReader("iso,name,lat,lat,Status,notez\n"))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("ReadCSV error = %v, want Errors", err)
	}
	var got []string
	for _, e := range es {
		pe := e.(*ParseError)
		got = append(got, fmt.Sprintf("%d %s %v", pe.Line, pe.Column, errors.Is(pe, ErrUnknownColumn) || errors.Is(pe, ErrDuplicateColumn) || errors.Is(pe, ErrMissingColumn)))
	}
	want := []string{"1 iso true", "1 lat true", "1 notez true", "1 lon true"} // "iso" is taken for iso3: not also missing
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("header errors mismatch (-want +got):\n%s\n%v", diff, err)
	}
	for _, s := range []string{`did you mean "iso3"`, `did you mean "notes"`, `duplicate column "lat"`} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("errors do not say %q:\n%v", s, err)
		}
	}
}

// TestReadCSVMaxErrors checks that a reader stops after MaxErrors.
func TestReadCSVMaxErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal)
	for i := range 3 * MaxErrors {
		fmt.Fprintf(&b, "F%02d,x,0,0,done\n", i%100)
	}
	_, err := ReadCSV(strings.NewReader(b.String()))
	var es Errors
	if !errors.As(err, &es) || len(es) != MaxErrors {
		t.Fatalf("got %d errors, want %d", len(es), MaxErrors)
	}
	// Several bad fields on the last row counted must not go past MaxErrors.
	b.Reset()
	b.WriteString("iso3,name,lat,lon,status,stockpile,victims\n")
	for range MaxErrors {
		b.WriteString("fra,x,100,200,done,maybe,perhaps\n")
	}
	_, err = ReadCSV(strings.NewReader(b.String()))
	if !errors.As(err, &es) || len(es) != MaxErrors {
		t.Fatalf("got %d errors, want %d", len(es), MaxErrors)
	}
}

func TestParseErrorString(t *testing.T) {
	tests := []struct {
		e    ParseError
		want string
	}{
		{ParseError{File: "states.csv", Line: 7, Column: "lat", Err: errors.New("bad")}, "states.csv:7: lat: bad"},
		{ParseError{File: "states.csv", Err: errors.New("bad")}, "states.csv: bad"},
		{ParseError{Line: 7, Err: errors.New("bad")}, "line 7: bad"},
		{ParseError{Column: "lat", Err: errors.New("bad")}, "lat: bad"},
		{ParseError{Err: errors.New("bad")}, "bad"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.e.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if tt.e.Unwrap() != tt.e.Err {
				t.Error("Unwrap() is not Err")
			}
		})
	}
}
