package priority

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/article9/article9"
)

// Reason texts and remedies of the default criteria: plain English with the
// facts behind each need.

func gapReason(s article9.State, _ time.Time) string {
	switch s.Status {
	case article9.NoInformation:
		return "no information on its legislation"
	case article9.Incomplete:
		return "incomplete information on its legislation"
	case article9.InProcess:
		return "legislation still being developed or adopted"
	case article9.ExistingLaw:
		return "relies on existing law, without specific legislation"
	case article9.SpecificLegislation:
		return "specific legislation in place"
	}
	return "no Article 9 status on record"
}

func stalenessReason(s article9.State, asOf time.Time) string {
	if s.StatusYear == 0 {
		return "no date for its latest Article 9 information"
	}
	age := asOf.Year() - s.StatusYear
	if age <= 0 {
		return fmt.Sprintf("Article 9 information updated in %d", s.StatusYear)
	}
	return fmt.Sprintf("no update since %d (%s)", s.StatusYear, plural(age, "year"))
}

func stalenessRemedy(article9.State) string { return "updating its Article 9 information" }

func reportingReason(s article9.State, asOf time.Time) string {
	if s.InitialReportOverdue == article9.Yes {
		return "initial transparency report overdue"
	}
	if initialOverdue(s, asOf) {
		due, _ := InitialReportDue(s)
		return "initial transparency report overdue since " + monthYear(due)
	}
	if s.LastArticle7Report > 0 {
		if n := annualMissed(s, asOf); n > 0 {
			return fmt.Sprintf("no annual transparency report since %d (%s missed)", s.LastArticle7Report, plural(n, "report"))
		}
		return fmt.Sprintf("transparency reports up to date (last in %d)", s.LastArticle7Report)
	}
	if s.InitialReportOverdue == article9.No || s.LastArticle7Report == article9.NeverReported {
		return "transparency reports up to date"
	}
	return "whether its transparency reports are up to date is not known"
}

func reportingRemedy(s article9.State) string {
	if s.InitialReportOverdue == article9.Yes || s.LastArticle7Report == article9.NeverReported ||
		s.LastArticle7Report == 0 && s.InitialReportOverdue == article9.Unknown {
		return "submitting its initial Article 7 report"
	}
	return "submitting its annual Article 7 report"
}

func deadlineReason(s article9.State, asOf time.Time) string {
	switch s.Status {
	case article9.SpecificLegislation, article9.ExistingLaw:
		return "Article 9 measures in place"
	}
	d, ok := ActionDeadline(s)
	if !ok {
		return "entry-into-force date unknown, so its Action 47 deadline cannot be dated"
	}
	which := "11th MSP, September 2023"
	if d.After(msp11) {
		which = "two years after entry into force, " + monthYear(d)
	}
	y := yearsBetween(d, asOf)
	if y <= 0 {
		return fmt.Sprintf("Action 47 deadline still ahead (%s)", which)
	}
	return fmt.Sprintf("Article 9 measures %s past the Action 47 deadline (%s)", years(y), which)
}

func obligationsReason(s article9.State, _ time.Time) string {
	var parts []string
	if s.Stockpile == article9.Yes {
		parts = append(parts, "stockpiles still to destroy (Article 3)")
	}
	if s.Contaminated == article9.Yes {
		parts = append(parts, "contaminated areas still to clear (Article 4)")
	}
	if s.Victims == article9.Yes {
		parts = append(parts, "victims to assist (Article 5)")
	}
	switch {
	case len(parts) > 0:
		return joinAnd(parts)
	case s.Stockpile.Known() || s.Contaminated.Known() || s.Victims.Known():
		return "no Article 3–5 obligations running"
	}
	return "whether Article 3–5 obligations are running is not known"
}

func assistanceReason(s article9.State, _ time.Time) string {
	if s.AssistanceRequested != article9.Yes {
		return "no request for assistance on record"
	}
	if !s.AssistanceDate.IsZero() {
		return fmt.Sprintf("requested assistance in %d (Action 48)", s.AssistanceDate.Year())
	}
	return "has requested assistance (Action 48)"
}

func assistanceRemedy(article9.State) string { return "receiving the assistance it requested" }

// statusRemedy is the change of Article 9 status a State could report.
func statusRemedy(st article9.Status) string {
	switch st {
	case article9.Incomplete:
		return "reporting on its legislation, even incompletely"
	case article9.InProcess:
		return "reporting that implementing legislation is under way"
	case article9.ExistingLaw:
		return "reporting its existing legislation as sufficient"
	case article9.SpecificLegislation:
		return "reporting specific implementing legislation"
	}
	return "reporting its Article 9 status"
}

// Ordinal returns n as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.
func Ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

// years writes a positive duration given in years: in months under a year
// ("7 months"), else to one decimal ("1 year", "1.5 years").
func years(y float64) string {
	if y < 1 {
		m := int(math.Round(y * 12))
		if m < 1 {
			return "less than a month"
		}
		if m < 12 {
			return plural(m, "month")
		}
	}
	r := math.Round(y*10) / 10
	if r == 1 {
		return "1 year"
	}
	return strconv.FormatFloat(r, 'f', -1, 64) + " years"
}

func monthYear(t time.Time) string { return t.Format("January 2006") }

func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
