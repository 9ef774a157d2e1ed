package outreach

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

func TestReadFollowUps(t *testing.T) {
	want := []FollowUp{
		{ISO3: "BFA", Action: ActionA, Subject: "Follow up the request, with the ISU", Opened: d("2021-01-15"), Due: d("2025-09-16"), Lead: "ISU", Notes: "draft law \"2024\"\nsecond line"},
		{Action: ActionF, Subject: "Side event at the 13MSP", Due: d("2025-09-17"), Closed: d("2025-09-17"), Lead: "Coordinators"},
	}
	for _, tc := range []struct {
		name, in string
	}{
		{"comma", "iso3,action,subject,opened,due,closed,lead,notes\n" +
			"BFA,A,\"Follow up the request, with the ISU\",2021-01-15,2025-09-16,,ISU,\"draft law \"\"2024\"\"\nsecond line\"\n" +
			",f,Side event at the 13MSP,,2025-09-17,2025-09-17,Coordinators,\n"},
		{"semicolon, BOM, CRLF, columns reordered and spaced", "\ufeffsubject; Action ;iso3;due;closed;opened;notes;lead\r\n" +
			"\"Follow up the request, with the ISU\";a;BFA;2025-09-16;;2021-01-15;\"draft law \"\"2024\"\"\r\nsecond line\";ISU\r\n" +
			"\r\n" +
			"Side event at the 13MSP;F;;2025-09-17;2025-09-17;;;Coordinators\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadFollowUps(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ReadFollowUps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadFollowUpsOptionalColumns(t *testing.T) {
	got, err := ReadFollowUps(strings.NewReader("action,subject\nE,Plan the workshop\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]FollowUp{{Action: ActionE, Subject: "Plan the workshop"}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got, err = ReadFollowUps(strings.NewReader("action,subject\n"))
	if err != nil || len(got) != 0 {
		t.Errorf("header only: %v, %v; want no follow-ups and no error", got, err)
	}
}

func TestFollowUpsRoundTrip(t *testing.T) {
	fs := []FollowUp{
		{ISO3: "NRU", Action: ActionA, Subject: AssistanceSubject, Due: d("2025-09-16")},
		{Action: ActionH, Subject: "Reference document; \"draft\", v2", Opened: d("2022-01-01"), Closed: d("2022-12-01"), Lead: "Côte d’Ivoire", Notes: "line 1\nline 2, with ; and \\"},
		{ISO3: "ATG", Action: ActionG, Subject: "  leading space is trimmed on reading  "},
	}
	var buf bytes.Buffer
	if err := WriteFollowUps(&buf, fs); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFollowUps(&buf)
	if err != nil {
		t.Fatal(err)
	}
	fs[2].Subject = strings.TrimSpace(fs[2].Subject)
	if diff := cmp.Diff(fs, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// parseErrorCase is a malformed input and the error a reader must give.
type parseErrorCase struct {
	name   string
	in     string
	line   int
	column string
	err    error  // the sentinel wrapped
	text   string // a piece of the message
}

func checkParseError(t *testing.T, err error, tc parseErrorCase) {
	t.Helper()
	var pe *article9.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not an *article9.ParseError", err, err)
	}
	if pe.Line != tc.line || pe.Column != tc.column {
		t.Errorf("error at line %d column %q, want line %d column %q: %v", pe.Line, pe.Column, tc.line, tc.column, err)
	}
	if !errors.Is(err, tc.err) {
		t.Errorf("error %v does not wrap %v", err, tc.err)
	}
	if !strings.Contains(err.Error(), tc.text) {
		t.Errorf("error %q does not say %q", err, tc.text)
	}
}

func TestReadFollowUpsErrors(t *testing.T) {
	const h = "iso3,action,subject,opened,due,closed,lead,notes\n"
	for _, tc := range []parseErrorCase{
		{"empty", "", 1, "", article9.ErrMissingColumn, "the file is empty"},
		{"unknown column names the nearest", "iso3,acton,subject\n", 1, "acton", article9.ErrUnknownColumn, `did you mean "action"?`},
		{"missing required column", "iso3,action\n", 1, "subject", article9.ErrMissingColumn, `"subject"`},
		{"duplicate column", "action,subject,Action\n", 1, "Action", article9.ErrDuplicateColumn, "each column once"},
		{"blank header name", "action,,subject\n", 1, "", article9.ErrUnknownColumn, "column 2 has no name"},
		{"lower-case iso3", h + "bfa,A,s,,,,,\n", 2, "iso3", article9.ErrInvalidValue, `"bfa" (allowed: three upper-case letters`},
		{"iso3 too long", h + "BFAX,A,s,,,,,\n", 2, "iso3", article9.ErrInvalidValue, "BFAX"},
		{"action out of range", h + "BFA,I,s,,,,,\n", 2, "action", article9.ErrInvalidValue, `"I" (allowed: a letter A to H`},
		{"action blank", h + "BFA,,s,,,,,\n", 2, "action", article9.ErrMissingValue, "A to H"},
		{"subject blank", h + "BFA,A,  ,,,,,\n", 2, "subject", article9.ErrMissingValue, "what is to be done"},
		{"bad date", h + "BFA,A,s,2021-02-30,,,,\n", 2, "opened", article9.ErrInvalidValue, `"2021-02-30" (allowed: a date YYYY-MM-DD`},
		{"day-first date", h + "BFA,A,s,,16/09/2025,,,\n", 2, "due", article9.ErrInvalidValue, "16/09/2025"},
		{"closed before opened", h + "BFA,A,s,2025-01-10,,2025-01-09,,\n", 2, "closed", article9.ErrInvalidValue, "before opened 2025-01-10"},
		{"duplicate follow-up", h + "BFA,A,s,,,,,\nNRU,A,s,,,,,\nBFA,a,s,,2025-01-01,,,\n", 4, "subject", ErrDuplicateRow, "already on line 2"},
		{"too few fields", h + "BFA,A,s\n", 2, "", article9.ErrSyntax, "the row has 3 fields but the header has 8"},
		{"bad quoting", h + "BFA,A,s\"x,,,,,\n", 2, "", article9.ErrSyntax, "quoted whole"},
		{"invalid UTF-8 in a field", h + "BFA,A,caf\xe9,,,,,\n", 2, "subject", article9.ErrInvalidUTF8, "save the file as UTF-8"},
		{"invalid UTF-8 in the header", "action,subj\xe9ct\n", 1, "", article9.ErrInvalidUTF8, "UTF-8"},
		{"field over 64 KiB", h + "BFA,A,s,,,,," + strings.Repeat("x", article9.MaxField+1) + "\n", 2, "notes", article9.ErrFieldTooLong, "65537 bytes"},
		{"header over 1 MiB", strings.Repeat("x", 1<<20+1), 1, "", article9.ErrFieldTooLong, "1 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := ReadFollowUps(strings.NewReader(tc.in))
			if fs != nil {
				t.Errorf("got follow-ups %+v with the error", fs)
			}
			checkParseError(t, err, tc)
		})
	}
}

// TestReadFollowUpsManyErrors checks that every bad row is reported, each
// with its own line, up to article9.MaxErrors.
func TestReadFollowUpsManyErrors(t *testing.T) {
	in := "action,subject\nZ,s\nA,\nA,fine\nB,s\n"
	_, err := ReadFollowUps(strings.NewReader(in))
	var es article9.Errors
	if !errors.As(err, &es) {
		t.Fatalf("error %v is not article9.Errors", err)
	}
	var lines []int
	for _, e := range es {
		var pe *article9.ParseError
		if !errors.As(e, &pe) {
			t.Fatalf("%v is not a *ParseError", e)
		}
		lines = append(lines, pe.Line)
	}
	if diff := cmp.Diff([]int{2, 3}, lines); diff != "" {
		t.Errorf("lines with errors (-want +got):\n%s", diff)
	}
	var many strings.Builder
	many.WriteString("action,subject\n")
	for range 200 {
		many.WriteString("Z,s\n")
	}
	_, err = ReadFollowUps(strings.NewReader(many.String()))
	if !errors.As(err, &es) || len(es) != article9.MaxErrors {
		t.Errorf("200 bad rows: %d errors, want %d", len(es), article9.MaxErrors)
	}
}
