package priority

import (
	"time"

	"github.com/article9/article9"
)

// Names of the default criteria, in DefaultCriteria's order.
const (
	Gap         = "gap"
	Staleness   = "staleness"
	Reporting   = "reporting"
	Deadline    = "deadline"
	Obligations = "obligations"
	Assistance  = "assistance"
)

// msp11 is the opening day of the 11th Meeting of States Parties (Geneva,
// 11–14 September 2023), before which Action 47 of the Lausanne Action
// Plan expects Article 9 measures to be in place.
var msp11 = time.Date(2023, time.September, 11, 0, 0, 0, 0, time.UTC)

// DefaultCriteria returns the six default criteria, in this order: Gap,
// Staleness, Reporting, Deadline, Obligations, Assistance. The package
// documentation gives each one's scale and rationale. Each call returns a
// fresh slice.
func DefaultCriteria() []Criterion {
	return []Criterion{
		{Name: Gap, Label: "information gap", Need: gapNeed, Explain: gapReason},
		{Name: Staleness, Label: "staleness", Need: stalenessNeed, Explain: stalenessReason, Remedy: stalenessRemedy},
		{Name: Reporting, Label: "transparency reporting", Need: reportingNeed, Explain: reportingReason, Remedy: reportingRemedy},
		{Name: Deadline, Label: "Action 47 deadline", Need: deadlineNeed, Explain: deadlineReason},
		{Name: Obligations, Label: "obligations at stake", Need: obligationsNeed, Explain: obligationsReason},
		{Name: Assistance, Label: "assistance requested", Need: assistanceNeed, Explain: assistanceReason, Remedy: assistanceRemedy},
	}
}

// StatusNeed returns the information-gap need of an Article 9 status: 1 for
// no information, 0.75 incomplete, 0.5 in process, 0.1 existing law deemed
// sufficient, 0 specific legislation; false for NoStatus.
func StatusNeed(st article9.Status) (float64, bool) {
	switch st {
	case article9.NoInformation:
		return 1, true
	case article9.Incomplete:
		return 0.75, true
	case article9.InProcess:
		return 0.5, true
	case article9.ExistingLaw:
		return 0.1, true
	case article9.SpecificLegislation:
		return 0, true
	}
	return 0, false
}

func gapNeed(s article9.State, _ time.Time) (float64, bool) { return StatusNeed(s.Status) }

// stalenessNeed is 0 for information at most a year old, rising linearly to
// 1 at ten years or more; 0 for specific legislation, which does not go
// stale.
func stalenessNeed(s article9.State, asOf time.Time) (float64, bool) {
	if s.Status == article9.SpecificLegislation {
		return 0, true
	}
	if s.StatusYear == 0 {
		return 0, false
	}
	return clamp01(float64(asOf.Year()-s.StatusYear-1) / 9), true
}

// InitialReportDue returns the date the State's initial Article 7 report
// was due: 180 days after entry into force (Article 7(1)); false if the
// entry-into-force date is unknown.
func InitialReportDue(s article9.State) (time.Time, bool) {
	if s.EntryIntoForce.IsZero() {
		return time.Time{}, false
	}
	return s.EntryIntoForce.AddDate(0, 0, 180), true
}

// initialOverdue reports whether the initial report is overdue: as the
// record says, or, when it says nothing, because the State never reported
// and the report fell due before asOf.
func initialOverdue(s article9.State, asOf time.Time) bool {
	if s.InitialReportOverdue == article9.Yes {
		return true
	}
	if s.InitialReportOverdue == article9.Unknown && s.LastArticle7Report == article9.NeverReported {
		due, ok := InitialReportDue(s)
		return ok && asOf.After(due)
	}
	return false
}

// annualMissed returns how many annual Article 7 reports (due each 30 April)
// have fallen due since the State's last report.
func annualMissed(s article9.State, asOf time.Time) int {
	latest := asOf.Year()
	if asOf.Before(time.Date(asOf.Year(), time.April, 30, 0, 0, 0, 0, asOf.Location())) {
		latest--
	}
	return max(0, latest-s.LastArticle7Report)
}

// reportingNeed is 1 with the initial report overdue; else a fifth for each
// annual report missed since the last one (1 from five); 0 when up to date.
func reportingNeed(s article9.State, asOf time.Time) (float64, bool) {
	if initialOverdue(s, asOf) {
		return 1, true
	}
	if s.LastArticle7Report > 0 {
		return clamp01(float64(annualMissed(s, asOf)) / 5), true
	}
	if s.InitialReportOverdue == article9.No {
		return 0, true
	}
	if s.LastArticle7Report == article9.NeverReported {
		if due, ok := InitialReportDue(s); ok && !asOf.After(due) {
			return 0, true // not yet due
		}
	}
	return 0, false
}

// ActionDeadline returns the date by which Action 47 of the Lausanne Action
// Plan expects the State's Article 9 measures: the opening of the 11th
// Meeting of States Parties (11 September 2023), or two years after entry into force for a State Party
// for which that is later; false if the entry-into-force date is unknown.
func ActionDeadline(s article9.State) (time.Time, bool) {
	if s.EntryIntoForce.IsZero() {
		return time.Time{}, false
	}
	d := s.EntryIntoForce.AddDate(2, 0, 0)
	if d.Before(msp11) {
		d = msp11
	}
	return d, true
}

// yearsBetween returns the time from a to b in years of 365.25 days.
func yearsBetween(a, b time.Time) float64 {
	return b.Sub(a).Hours() / 24 / 365.25
}

// deadlineNeed is 0 with measures in place (specific legislation or existing
// law) or before the deadline, rising linearly to 1 at five years past it.
func deadlineNeed(s article9.State, asOf time.Time) (float64, bool) {
	switch s.Status {
	case article9.SpecificLegislation, article9.ExistingLaw:
		return 0, true
	case article9.NoStatus:
		return 0, false
	}
	d, ok := ActionDeadline(s)
	if !ok {
		return 0, false
	}
	return clamp01(yearsBetween(d, asOf) / 5), true
}

// obligationsNeed is half a point for each of stockpile destruction,
// clearance and victim assistance still running, at most 1. A blank flag
// counts as no obligation as long as one of the three is known, since
// obligation lists record the obligations that run; all three blank is
// unknown.
func obligationsNeed(s article9.State, _ time.Time) (float64, bool) {
	flags := [...]article9.Flag{s.Stockpile, s.Contaminated, s.Victims}
	yes, known := 0, false
	for _, f := range flags {
		if f == article9.Yes {
			yes++
		}
		known = known || f.Known()
	}
	if !known {
		return 0, false
	}
	return clamp01(0.5 * float64(yes)), true
}

// assistanceNeed is 1 for a State that has requested assistance (a request
// to follow up, Action 48), else 0. A request is an act on record: a
// blank flag means none is recorded, so the value is never unknown.
func assistanceNeed(s article9.State, _ time.Time) (float64, bool) {
	if s.AssistanceRequested == article9.Yes {
		return 1, true
	}
	return 0, true
}
