package outreach

import (
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

func d(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseAction(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Action
		ok   bool
	}{
		{"A", ActionA, true}, {"h", ActionH, true}, {" e ", ActionE, true},
		{"", 0, false}, {"I", 0, false}, {"AB", 0, false}, {"1", 0, false}, {"é", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseAction(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("ParseAction(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
	for _, a := range Actions {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Action
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("%v round trip = %v, %v", a, back, err)
		}
	}
	if s := Action(0).String(); s != "Action(0)" {
		t.Errorf("Action(0).String() = %q", s)
	}
	if _, err := Action('Z').MarshalText(); err == nil {
		t.Error("MarshalText of an invalid action succeeded")
	}
}

// TestOverdueEdges checks the overdue rules at their edges against cases
// worked out by hand.
func TestOverdueEdges(t *testing.T) {
	asOf := d("2025-03-06")
	for _, tc := range []struct {
		name                      string
		f                         FollowUp
		open, overdue, closedLate bool
		daysOverdue               int
	}{
		{"due yesterday", FollowUp{Due: d("2025-03-05")}, true, true, false, 1},
		{"due today is due, not overdue", FollowUp{Due: d("2025-03-06")}, true, false, false, 0},
		{"due tomorrow", FollowUp{Due: d("2025-03-07")}, true, false, false, 0},
		{"no due date is never overdue", FollowUp{Opened: d("2020-01-01")}, true, false, false, 0},
		{"due a year ago", FollowUp{Due: d("2024-03-06")}, true, true, false, 365},
		{"closed late is not overdue", FollowUp{Due: d("2025-01-01"), Closed: d("2025-02-01")}, false, false, true, 0},
		{"closed before due", FollowUp{Due: d("2025-01-01"), Closed: d("2024-12-01")}, false, false, false, 0},
		{"closed on the due date is on time", FollowUp{Due: d("2025-01-01"), Closed: d("2025-01-01")}, false, false, false, 0},
		{"closed without a due date", FollowUp{Closed: d("2025-01-01")}, false, false, false, 0},
		{"closed after asOf, due before", FollowUp{Due: d("2025-03-01"), Closed: d("2025-04-01")}, false, false, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.f
			if got := f.Open(); got != tc.open {
				t.Errorf("Open() = %v, want %v", got, tc.open)
			}
			if got := f.Overdue(asOf); got != tc.overdue {
				t.Errorf("Overdue() = %v, want %v", got, tc.overdue)
			}
			if got := f.ClosedLate(); got != tc.closedLate {
				t.Errorf("ClosedLate() = %v, want %v", got, tc.closedLate)
			}
			if got := f.DaysOverdue(asOf); got != tc.daysOverdue {
				t.Errorf("DaysOverdue() = %v, want %v", got, tc.daysOverdue)
			}
		})
	}
}

// TestOverdueClockAndZone checks that only calendar dates count: a clock
// time late on the due date, or a time zone east of UTC, changes nothing.
func TestOverdueClockAndZone(t *testing.T) {
	f := FollowUp{Due: d("2025-03-06")}
	late := time.Date(2025, 3, 6, 23, 59, 0, 0, time.UTC)
	if f.Overdue(late) {
		t.Error("due today is overdue at 23:59")
	}
	tokyo := time.FixedZone("JST", 9*3600)
	if f.Overdue(time.Date(2025, 3, 6, 1, 0, 0, 0, tokyo)) {
		t.Error("due today is overdue at 01:00 on the same date in Tokyo")
	}
	if !f.Overdue(time.Date(2025, 3, 7, 0, 0, 0, 0, tokyo)) {
		t.Error("not overdue on the next date in Tokyo")
	}
}

func TestSortAndFilter(t *testing.T) {
	fs := []FollowUp{
		{ISO3: "NRU", Action: ActionA, Subject: "s"},
		{ISO3: "BFA", Action: ActionA, Subject: "s", Due: d("2025-09-16")},
		{ISO3: "", Action: ActionF, Subject: "side event", Due: d("2025-09-16")},
		{ISO3: "ATG", Action: ActionA, Subject: "s", Due: d("2025-09-16"), Closed: d("2025-01-01")},
		{ISO3: "ATG", Action: ActionA, Subject: "r", Due: d("2025-09-16")},
		{ISO3: "BFA", Action: ActionA, Subject: "old", Due: d("2024-01-01")},
		{ISO3: "ATG", Action: ActionB, Subject: "a", Due: d("2025-09-16")},
	}
	SortFollowUps(fs)
	var got []string
	for _, f := range fs {
		got = append(got, f.ISO3+"/"+f.Action.String()+"/"+f.Subject)
	}
	want := []string{"BFA/A/old", "/F/side event", "ATG/A/r", "ATG/A/s", "ATG/B/a", "BFA/A/s", "NRU/A/s"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SortFollowUps order (-want +got):\n%s", diff)
	}
	if n := len(OpenFollowUps(fs)); n != 6 {
		t.Errorf("OpenFollowUps: %d, want 6", n)
	}
	over := OverdueFollowUps(fs, d("2025-03-06"))
	if len(over) != 1 || over[0].Subject != "old" {
		t.Errorf("OverdueFollowUps = %+v, want the one due 2024-01-01", over)
	}
	if over := OverdueFollowUps(fs, d("2025-09-17")); len(over) != 5 {
		t.Errorf("OverdueFollowUps after the 13MSP: %d, want 5 (all open with a due date)", len(over))
	}
}

// TestDefaultFollowUpsCCM checks the follow-ups of the embedded dataset
// against the States it marks as having requested assistance, computed
// here from the data.
func TestDefaultFollowUpsCCM(t *testing.T) {
	ds := article9.CCM()
	asOf := article9.CCMAsOf
	var want []FollowUp
	for _, s := range ds.States {
		if s.AssistanceRequested == article9.Yes {
			want = append(want, FollowUp{ISO3: s.ISO3, Action: ActionA, Subject: AssistanceSubject, Opened: s.AssistanceDate, Due: d("2025-09-16")})
		}
	}
	got := DefaultFollowUps(ds.States, DefaultMeetings(asOf, 2), asOf)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DefaultFollowUps (-want +got):\n%s", diff)
	}
	var isos []string
	for _, f := range got {
		isos = append(isos, f.ISO3)
	}
	if diff := cmp.Diff([]string{"ATG", "BFA", "NRU"}, isos); diff != "" {
		t.Errorf("States with a request for assistance (-want +got):\n%s", diff)
	}
}

func TestDefaultFollowUpsDue(t *testing.T) {
	states := []article9.State{
		{ISO3: "ZZB", AssistanceRequested: article9.Yes, AssistanceDate: d("2020-03-01")},
		{ISO3: "ZZA", AssistanceRequested: article9.Yes},
		{ISO3: "ZZC", AssistanceRequested: article9.No},
		{ISO3: "ZZD"},
	}
	ms := DefaultMeetings(d("2022-01-01"), 10)
	for _, tc := range []struct{ asOf, due string }{
		{"2022-01-01", "2022-08-30"}, // the 10MSP
		{"2022-08-30", "2022-08-30"}, // starting today: still the next one
		{"2022-08-31", "2023-09-11"}, // under way: the next is the 11MSP
		{"2025-09-20", "2026-09-14"}, // the Third Review Conference
		{"2026-09-15", "2027-09-14"}, // the 14MSP, expected
	} {
		t.Run(tc.asOf, func(t *testing.T) {
			fs := DefaultFollowUps(states, ms, d(tc.asOf))
			want := []FollowUp{
				{ISO3: "ZZA", Action: ActionA, Subject: AssistanceSubject, Due: d(tc.due)},
				{ISO3: "ZZB", Action: ActionA, Subject: AssistanceSubject, Opened: d("2020-03-01"), Due: d(tc.due)},
			}
			if diff := cmp.Diff(want, fs); diff != "" {
				t.Errorf("DefaultFollowUps (-want +got):\n%s", diff)
			}
		})
	}
	if fs := DefaultFollowUps(states, nil, d("2025-01-01")); len(fs) != 2 || !fs[0].Due.IsZero() {
		t.Errorf("with no meetings: %+v, want two follow-ups with no due date", fs)
	}
}
