package outreach

import (
	"bytes"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// brief is a meeting's name, kind, dates and whether they are expected.
type brief struct {
	Name, Kind, Start, End string
	Expected               bool
}

func briefs(ms []Meeting) []brief {
	var out []brief
	for _, m := range ms {
		out = append(out, brief{m.Name, m.Kind.String(), formatDate(m.Start), formatDate(m.End), m.Expected})
	}
	return out
}

// TestDefaultMeetings checks the calendar against the announced dates, as
// published by the organisers (see the sources in meeting_calendar.go), and
// the expected dates worked out by hand from a calendar of 2026–2032.
func TestDefaultMeetings(t *testing.T) {
	got := briefs(DefaultMeetings(d("2022-01-01"), 11))
	want := []brief{
		{"2022 Intersessional Meeting", "intersessional", "2022-05-16", "2022-05-17", false},
		{"Tenth Meeting of States Parties (10MSP)", "msp", "2022-08-30", "2022-09-02", false},
		{"Eleventh Meeting of States Parties (11MSP)", "msp", "2023-09-11", "2023-09-14", false},
		{"UN General Assembly First Committee, 78th session", "first_committee", "2023-10-02", "2023-11-03", false},
		{"Twelfth Meeting of States Parties (12MSP)", "msp", "2024-09-10", "2024-09-13", false},
		{"2025 Intersessional Meeting", "intersessional", "2025-04-07", "2025-04-08", false},
		{"Thirteenth Meeting of States Parties (13MSP)", "msp", "2025-09-16", "2025-09-19", false},
		{"UN General Assembly First Committee, 80th session", "first_committee", "2025-10-08", "2025-11-06", false},
		// 18 May 2026 is the third Monday of May 2026.
		{"2026 Intersessional Meeting", "intersessional", "2026-05-18", "2026-05-19", true},
		{"Third Review Conference (3RC)", "review_conference", "2026-09-14", "2026-09-18", false},
		// 5 October 2026 is the first Monday of October; 6 November the Friday of the fifth week.
		{"UN General Assembly First Committee, 81st session", "first_committee", "2026-10-05", "2026-11-06", true},
		{"2027 Intersessional Meeting", "intersessional", "2027-05-17", "2027-05-18", true},
		// 13 September 2027 is the second Monday of September 2027.
		{"Fourteenth Meeting of States Parties (14MSP)", "msp", "2027-09-14", "2027-09-17", true},
		{"UN General Assembly First Committee, 82nd session", "first_committee", "2027-10-04", "2027-11-05", true},
	}
	if diff := cmp.Diff(want, got[:len(want)]); diff != "" {
		t.Errorf("DefaultMeetings 2022–2027 (-want +got):\n%s", diff)
	}
	var formal []brief
	for _, b := range got {
		if (b.Kind == "msp" || b.Kind == "review_conference") && b.Start >= "2028" {
			formal = append(formal, b)
		}
	}
	wantFormal := []brief{
		{"Fifteenth Meeting of States Parties (15MSP)", "msp", "2028-09-12", "2028-09-15", true},
		{"Sixteenth Meeting of States Parties (16MSP)", "msp", "2029-09-11", "2029-09-14", true},
		{"Seventeenth Meeting of States Parties (17MSP)", "msp", "2030-09-10", "2030-09-13", true},
		// No MSP in 2031: a Review Conference, Monday 8 to Friday 12 September.
		{"Fourth Review Conference (4RC)", "review_conference", "2031-09-08", "2031-09-12", true},
		{"Eighteenth Meeting of States Parties (18MSP)", "msp", "2032-09-14", "2032-09-17", true},
	}
	if diff := cmp.Diff(wantFormal, formal); diff != "" {
		t.Errorf("formal meetings 2028–2032 (-want +got):\n%s", diff)
	}
}

func TestDefaultMeetingsWindow(t *testing.T) {
	got := DefaultMeetings(d("2025-09-16"), 1)
	if len(got) == 0 || got[0].Name != "Thirteenth Meeting of States Parties (13MSP)" {
		t.Errorf("first meeting from the 13MSP's first day: %+v", briefs(got[:1]))
	}
	for _, m := range got {
		if m.Start.Before(d("2025-09-16")) || !m.Start.Before(d("2026-09-16")) {
			t.Errorf("%s starts %s, outside [2025-09-16, 2026-09-16)", m.Name, formatDate(m.Start))
		}
	}
	if ms := DefaultMeetings(d("2025-01-01"), 0); ms != nil {
		t.Errorf("0 years: %v, want nil", ms)
	}
	for _, m := range DefaultMeetings(d("2020-01-01"), 40) {
		if m.End.Before(m.Start) || m.Start.IsZero() || m.Name == "" {
			t.Errorf("bad meeting %+v", m)
		}
		if wd := m.Start.Weekday(); wd == 0 || wd == 6 {
			t.Errorf("%s starts on a %s", m.Name, wd)
		}
	}
}

func TestOrdinals(t *testing.T) {
	for n, want := range map[int]string{1: "First", 13: "Thirteenth", 20: "Twentieth", 21: "Twenty-first", 42: "Forty-second", 99: "Ninety-ninth", 100: "100th"} {
		if got := ordinalWord(n); got != want {
			t.Errorf("ordinalWord(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNextMeetings(t *testing.T) {
	ms := DefaultMeetings(d("2025-01-01"), 2)
	got := briefs(NextMeetings(ms, d("2025-09-18"), 3))
	want := []brief{
		{"Thirteenth Meeting of States Parties (13MSP)", "msp", "2025-09-16", "2025-09-19", false}, // under way
		{"UN General Assembly First Committee, 80th session", "first_committee", "2025-10-08", "2025-11-06", false},
		{"2026 Intersessional Meeting", "intersessional", "2026-05-18", "2026-05-19", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NextMeetings (-want +got):\n%s", diff)
	}
	if got := NextMeetings(ms, d("2025-09-20"), 1); got[0].Kind != FirstCommittee {
		t.Errorf("the day after the 13MSP ended: %v", briefs(got))
	}
	if n := len(NextMeetings(ms, d("2025-01-01"), 0)); n != len(ms) {
		t.Errorf("n = 0 gave %d meetings, want all %d", n, len(ms))
	}
	if got := NextMeetings(ms, d("2040-01-01"), 5); len(got) != 0 {
		t.Errorf("after the calendar: %v", briefs(got))
	}
}

func TestMergeMeetings(t *testing.T) {
	base := DefaultMeetings(d("2027-01-01"), 1)
	extra := []Meeting{
		{Name: "Fourteenth Meeting of States Parties (14MSP)", Kind: MSP, City: "Geneva", Start: d("2027-09-20"), End: d("2027-09-23")},
		{Name: "Regional workshop", Kind: OtherMeeting, City: "Addis Ababa", Start: d("2027-09-14"), End: d("2027-09-14")},
	}
	got := briefs(MergeMeetings(base, extra))
	want := []brief{
		{"2027 Intersessional Meeting", "intersessional", "2027-05-17", "2027-05-18", true},
		{"Regional workshop", "other", "2027-09-14", "2027-09-14", false},
		{"Fourteenth Meeting of States Parties (14MSP)", "msp", "2027-09-20", "2027-09-23", false},
		{"UN General Assembly First Committee, 82nd session", "first_committee", "2027-10-04", "2027-11-05", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MergeMeetings (-want +got):\n%s", diff)
	}
	// An announced meeting never replaces another announced one.
	known := DefaultMeetings(d("2025-01-01"), 1)
	merged := MergeMeetings(known, []Meeting{{Name: "Extra MSP session", Kind: MSP, Start: d("2025-12-01"), End: d("2025-12-01")}})
	if len(merged) != len(known)+1 {
		t.Errorf("merged %d meetings, want %d", len(merged), len(known)+1)
	}
}

func TestParseMeetingKind(t *testing.T) {
	for in, want := range map[string]MeetingKind{
		"msp": MSP, "MSP": MSP, "Meeting of States Parties": MSP, "first committee": FirstCommittee,
		"First-Committee": FirstCommittee, " intersessional ": Intersessional, "review_conference": ReviewConference,
		"RC": ReviewConference, "other": OtherMeeting,
	} {
		if got, err := ParseMeetingKind(in); err != nil || got != want {
			t.Errorf("ParseMeetingKind(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseMeetingKind("workshop"); err == nil {
		t.Error("ParseMeetingKind(workshop) succeeded")
	}
}

func TestReadMeetings(t *testing.T) {
	in := "\ufeffname;kind;city;start;end;notes\r\n" +
		"\"Regional workshop; Addis Ababa\";other;Addis Ababa;2025-06-10;2025-06-11;AU Commission\r\n" +
		"14MSP;MSP;Geneva;2027-09-20;;\r\n"
	got, err := ReadMeetings(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Meeting{
		{Name: "Regional workshop; Addis Ababa", Kind: OtherMeeting, City: "Addis Ababa", Start: d("2025-06-10"), End: d("2025-06-11"), Notes: "AU Commission"},
		{Name: "14MSP", Kind: MSP, City: "Geneva", Start: d("2027-09-20"), End: d("2027-09-20")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadMeetings (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteMeetings(&buf, got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadMeetings(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadMeetingsErrors(t *testing.T) {
	const h = "name,kind,city,start,end,notes\n"
	for _, tc := range []parseErrorCase{
		{"unknown column", "name,kind,strat\n", 1, "strat", article9.ErrUnknownColumn, `did you mean "start"?`},
		{"missing start column", "name,kind\n", 1, "start", article9.ErrMissingColumn, "required: name, kind, start"},
		{"blank name", h + ",msp,Geneva,2025-09-16,,\n", 2, "name", article9.ErrMissingValue, "the meeting's name"},
		{"bad kind", h + "X,workshop,Geneva,2025-09-16,,\n", 2, "kind", article9.ErrInvalidValue, `"workshop" (allowed: msp, review_conference`},
		{"blank kind", h + "X,,Geneva,2025-09-16,,\n", 2, "kind", article9.ErrMissingValue, "first_committee"},
		{"blank start", h + "X,msp,Geneva,,,\n", 2, "start", article9.ErrMissingValue, "YYYY-MM-DD"},
		{"bad start", h + "X,msp,Geneva,2025-9-16,,\n", 2, "start", article9.ErrInvalidValue, `"2025-9-16"`},
		{"end before start", h + "X,msp,Geneva,2025-09-16,2025-09-15,\n", 2, "end", article9.ErrInvalidValue, "before start 2025-09-16"},
		{"duplicate", h + "X,msp,,2025-09-16,,\nx,other,,2025-09-16,,\n", 3, "name", ErrDuplicateRow, "already on line 2"},
		{"invalid UTF-8", h + "X,msp,Gen\xe8ve,2025-09-16,,\n", 2, "city", article9.ErrInvalidUTF8, "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := ReadMeetings(strings.NewReader(tc.in))
			if ms != nil {
				t.Errorf("got meetings %+v with the error", ms)
			}
			checkParseError(t, err, tc)
		})
	}
}

func TestDefaultMeetingsCap(t *testing.T) {
	a, b := DefaultMeetings(d("2025-01-01"), MaxYears), DefaultMeetings(d("2025-01-01"), 1<<40)
	if len(a) != len(b) || len(a) < 3*MaxYears-10 {
		t.Errorf("%d meetings for MaxYears, %d for 2^40 years; want the same, about 3 a year", len(a), len(b))
	}
}
