package priority

import (
	"math"
	"testing"
	"time"

	"github.com/article9/article9"
)

func TestDefaultCriteria(t *testing.T) {
	base := article9.State{
		ISO3: "XXX", Name: "X", Status: article9.InProcess, StatusYear: 2020,
		EntryIntoForce: date(2011, 1, 1), InitialReportOverdue: article9.No,
		Stockpile: article9.No, Contaminated: article9.No,
	}
	with := func(f func(*article9.State)) article9.State {
		s := base
		f(&s)
		return s
	}
	// The deadline for a State Party since 2011 is the 11th MSP, 542 days
	// before 6 March 2025: 542/365.25 years, a fifth of that per year.
	past := 542 / 365.25 / 5
	tests := []struct {
		criterion string
		name      string
		state     article9.State
		want      float64
		known     bool
	}{
		{Gap, "no information", with(func(s *article9.State) { s.Status = article9.NoInformation }), 1, true},
		{Gap, "incomplete", with(func(s *article9.State) { s.Status = article9.Incomplete }), 0.75, true},
		{Gap, "in process", base, 0.5, true},
		{Gap, "existing law", with(func(s *article9.State) { s.Status = article9.ExistingLaw }), 0.1, true},
		{Gap, "specific", with(func(s *article9.State) { s.Status = article9.SpecificLegislation }), 0, true},
		{Gap, "no status", with(func(s *article9.State) { s.Status = article9.NoStatus }), 0, false},

		{Staleness, "5 years", base, 4.0 / 9, true},
		{Staleness, "1 year", with(func(s *article9.State) { s.StatusYear = 2024 }), 0, true},
		{Staleness, "this year", with(func(s *article9.State) { s.StatusYear = 2025 }), 0, true},
		{Staleness, "future", with(func(s *article9.State) { s.StatusYear = 2030 }), 0, true},
		{Staleness, "10 years", with(func(s *article9.State) { s.StatusYear = 2015 }), 1, true},
		{Staleness, "20 years", with(func(s *article9.State) { s.StatusYear = 2005 }), 1, true},
		{Staleness, "unknown year", with(func(s *article9.State) { s.StatusYear = 0 }), 0, false},
		{Staleness, "specific legislation", with(func(s *article9.State) { s.Status, s.StatusYear = article9.SpecificLegislation, 0 }), 0, true},

		{Reporting, "up to date", base, 0, true},
		{Reporting, "initial overdue", with(func(s *article9.State) { s.InitialReportOverdue = article9.Yes }), 1, true},
		{Reporting, "never reported, due passed", with(func(s *article9.State) {
			s.InitialReportOverdue, s.LastArticle7Report = article9.Unknown, article9.NeverReported
		}), 1, true},
		{Reporting, "never reported, not yet due", with(func(s *article9.State) {
			s.InitialReportOverdue, s.LastArticle7Report, s.EntryIntoForce = article9.Unknown, article9.NeverReported, date(2025, 1, 1)
		}), 0, true},
		{Reporting, "last report 2024", with(func(s *article9.State) { s.LastArticle7Report = 2024 }), 0, true},
		{Reporting, "last report 2021", with(func(s *article9.State) { s.LastArticle7Report = 2021 }), 3.0 / 5, true},
		{Reporting, "last report 2010", with(func(s *article9.State) { s.LastArticle7Report = 2010 }), 1, true},
		{Reporting, "unknown", with(func(s *article9.State) { s.InitialReportOverdue = article9.Unknown }), 0, false},

		{Deadline, "past 11th MSP", base, past, true},
		{Deadline, "measures in place", with(func(s *article9.State) { s.Status = article9.ExistingLaw }), 0, true},
		{Deadline, "new party, before deadline", with(func(s *article9.State) { s.EntryIntoForce = date(2024, 2, 1) }), 0, true},
		{Deadline, "no entry into force", with(func(s *article9.State) { s.EntryIntoForce = time.Time{} }), 0, false},

		{Obligations, "none", base, 0, true},
		{Obligations, "contaminated", with(func(s *article9.State) { s.Contaminated = article9.Yes }), 0.5, true},
		{Obligations, "contaminated and victims", with(func(s *article9.State) { s.Contaminated, s.Victims = article9.Yes, article9.Yes }), 1, true},
		{Obligations, "all three", with(func(s *article9.State) {
			s.Stockpile, s.Contaminated, s.Victims = article9.Yes, article9.Yes, article9.Yes
		}), 1, true},
		{Obligations, "victims only known", with(func(s *article9.State) {
			s.Stockpile, s.Contaminated, s.Victims = article9.Unknown, article9.Unknown, article9.Yes
		}), 0.5, true},
		{Obligations, "all blank", with(func(s *article9.State) { s.Stockpile, s.Contaminated = article9.Unknown, article9.Unknown }), 0, false},

		{Assistance, "requested", with(func(s *article9.State) { s.AssistanceRequested = article9.Yes }), 1, true},
		{Assistance, "not requested", with(func(s *article9.State) { s.AssistanceRequested = article9.No }), 0, true},
		{Assistance, "blank", base, 0, true},
	}
	crit := DefaultCriteria()
	for _, tt := range tests {
		t.Run(tt.criterion+"/"+tt.name, func(t *testing.T) {
			c := crit[criterionIndex(crit, tt.criterion)]
			got, known := c.Need(tt.state, asOf)
			if known != tt.known || math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("%s need = %v, %v; want %v, %v", tt.criterion, got, known, tt.want, tt.known)
			}
		})
	}
}

func TestDeadlineNeedScale(t *testing.T) {
	s := article9.State{Status: article9.Incomplete, EntryIntoForce: date(2011, 1, 1)}
	for _, tt := range []struct {
		asOf time.Time
		want float64
	}{
		{date(2023, 9, 10), 0},
		{date(2023, 9, 11), 0},
		{date(2026, 3, 12), 913 / 365.25 / 5},
		{date(2028, 9, 9), 1825 / 365.25 / 5},
		{date(2028, 9, 12), 1},
		{date(2040, 1, 1), 1},
	} {
		got, ok := deadlineNeed(s, tt.asOf)
		if !ok || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("deadline need as of %v = %v, %v; want %v", tt.asOf.Format(time.DateOnly), got, ok, tt.want)
		}
	}
}

func TestActionDeadline(t *testing.T) {
	tests := []struct {
		eif  time.Time
		want time.Time
		ok   bool
	}{
		{date(2010, 8, 1), date(2023, 9, 11), true},
		{date(2021, 9, 11), date(2023, 9, 11), true},
		{date(2021, 9, 12), date(2023, 9, 12), true},
		{date(2024, 2, 1), date(2026, 2, 1), true},
		{time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ActionDeadline(article9.State{EntryIntoForce: tt.eif})
		if !got.Equal(tt.want) || ok != tt.ok {
			t.Errorf("ActionDeadline(EIF %v) = %v, %v; want %v, %v", tt.eif, got, ok, tt.want, tt.ok)
		}
	}
	due, ok := InitialReportDue(article9.State{EntryIntoForce: date(2024, 2, 1)})
	if !ok || !due.Equal(date(2024, 7, 30)) {
		t.Errorf("InitialReportDue = %v, %v; want 2024-07-30", due, ok)
	}
}

func TestIndicator(t *testing.T) {
	up := Indicator("hdi", 0.8, 0.4) // lower development, more need
	if up.Name != "indicator:hdi" || up.Label != "hdi" {
		t.Errorf("Name, Label = %q, %q", up.Name, up.Label)
	}
	tests := []struct {
		ind   map[string]float64
		want  float64
		known bool
	}{
		{map[string]float64{"hdi": 0.6}, 0.5, true},
		{map[string]float64{"hdi": 0.9}, 0, true},
		{map[string]float64{"hdi": 0.3}, 1, true},
		{map[string]float64{"hdi": math.NaN()}, 0, false},
		{nil, 0, false},
	}
	for _, tt := range tests {
		got, known := up.Need(article9.State{Indicators: tt.ind}, asOf)
		if known != tt.known || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("need(%v) = %v, %v; want %v, %v", tt.ind, got, known, tt.want, tt.known)
		}
	}
	s := article9.State{Indicators: map[string]float64{"hdi": 0.55}}
	if got := up.Explain(s, asOf); got != "hdi 0.55" {
		t.Errorf("Explain = %q", got)
	}
	if got := up.Remedy(s); got != "bringing its hdi to 0.8" {
		t.Errorf("Remedy = %q", got)
	}
	for _, bad := range [][2]float64{{1, 1}, {math.NaN(), 1}, {0, math.Inf(1)}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Indicator(%v) did not panic", bad)
				}
			}()
			Indicator("x", bad[0], bad[1])
		}()
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 41: "41st", 58: "58th", 101: "101st", 111: "111th", 112: "112th"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
	for y, want := range map[float64]string{0.01: "less than a month", 0.5: "6 months", 0.99: "1 year", 1.48: "1.5 years", 2: "2 years"} {
		if got := years(y); got != want {
			t.Errorf("years(%v) = %q, want %q", y, got, want)
		}
	}
}
