package outreach

import (
	"strconv"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
)

// The ranking's reasons and changes are English sentences. The pack writes
// its own, in its language, from the criterion and the State's facts.

// initialOverdue reports whether the State's initial Article 7 report is
// overdue as of asOf: as its record says, or, when the record is silent,
// because it never reported and the report fell due.
func initialOverdue(s article9.State, asOf time.Time) bool {
	switch s.InitialReportOverdue {
	case article9.Yes:
		return true
	case article9.No:
		return false
	}
	due, ok := priority.InitialReportDue(s)
	return s.LastArticle7Report == article9.NeverReported && ok && asOf.After(due)
}

// obligations returns the catalogue keys of the Article 3–5 obligations
// still running for s.
func (d *doc) obligations(s article9.State) []string {
	var out []string
	if s.Stockpile == article9.Yes {
		out = append(out, "obl.stockpile")
	}
	if s.Contaminated == article9.Yes {
		out = append(out, "obl.contaminated")
	}
	if s.Victims == article9.Yes {
		out = append(out, "obl.victims")
	}
	return out
}

// reason returns the reason criterion gives for the State, in the pack's
// language, with the State's facts: a clause for the State's page.
func (d *doc) reason(criterion, iso string) string { return d.reasonText("why.", criterion, iso) }

// shortReason returns the reason as a short phrase, for the priority table.
func (d *doc) shortReason(criterion, iso string) string {
	if criterion == "gap" {
		return d.statusHead(d.states[iso].Status)
	}
	return d.reasonText("short.", criterion, iso)
}

// reasonText writes the reason criterion gives for the State with the
// catalogue's texts under prefix ("why." or "short."). Each default
// criterion has its own texts, chosen by the same facts as its need.
func (d *doc) reasonText(prefix, criterion, iso string) string {
	s := d.states[iso]
	l := d.loc
	t := func(key string, args ...string) string { return l.t(prefix+key, args...) }
	asOf := d.b.AsOf
	switch criterion {
	case "gap":
		return t("gap", "status", d.statusName(s.Status))
	case "staleness":
		switch {
		case s.StatusYear == 0:
			return t("staleness.unknown")
		case asOf.Year()-s.StatusYear <= 1 || s.Status == article9.SpecificLegislation:
			return t("staleness.fresh", "year", strconv.Itoa(s.StatusYear))
		}
		return t("staleness", "year", strconv.Itoa(s.StatusYear), "age", l.integer(asOf.Year()-s.StatusYear))
	case "reporting":
		if initialOverdue(s, asOf) {
			if due, ok := priority.InitialReportDue(s); ok || prefix == "short." {
				return t("reporting.initial", "date", l.date(due))
			}
			return t("reporting.initial.undated")
		}
		switch {
		case s.LastArticle7Report > 0 && asOf.Year()-s.LastArticle7Report > 1:
			return t("reporting.missed", "year", strconv.Itoa(s.LastArticle7Report))
		case s.LastArticle7Report > 0 || s.InitialReportOverdue == article9.No:
			return t("reporting.current")
		case s.LastArticle7Report == article9.NeverReported:
			return t("reporting.notyet")
		}
		return t("reporting.unknown")
	case "deadline":
		if s.Status == article9.SpecificLegislation || s.Status == article9.ExistingLaw {
			return t("deadline.met")
		}
		dl, ok := priority.ActionDeadline(s)
		switch {
		case !ok:
			return t("deadline.unknown")
		case asOf.After(dl):
			return t("deadline.past", "date", l.date(dl))
		}
		return t("deadline.future", "date", l.date(dl))
	case "obligations":
		keys := d.obligations(s)
		if len(keys) > 0 {
			names := make([]string, len(keys))
			for i, k := range keys {
				if prefix == "short." {
					names[i] = l.t("short." + k)
				} else {
					names[i] = l.t(k)
				}
			}
			return t("obligations", "list", l.list(names))
		}
		if s.Stockpile.Known() || s.Contaminated.Known() || s.Victims.Known() {
			return t("obligations.none")
		}
		return t("obligations.unknown")
	case "assistance":
		switch {
		case s.AssistanceRequested != article9.Yes:
			return t("assistance.no")
		case !s.AssistanceDate.IsZero():
			return t("assistance.date", "date", l.date(s.AssistanceDate), "year", strconv.Itoa(s.AssistanceDate.Year()))
		}
		return t("assistance.yes")
	}
	if name, ok := strings.CutPrefix(criterion, "indicator:"); ok {
		if v, ok := s.Indicators[name]; ok {
			return t("indicator", "name", name, "value", l.number(v, 2))
		}
		return t("indicator.unknown", "name", name)
	}
	// A criterion of the caller's own: its label.
	if d.b.Priority != nil {
		for _, c := range d.b.Priority.Criteria {
			if c.Name == criterion {
				return d.criterionName(c)
			}
		}
	}
	return criterion
}

// change returns the sentence on the change that would move the State
// most, in the pack's language.
func (d *doc) change(e *Entry) string {
	c := e.Change
	if c.Criterion == "" || c.From == c.To {
		return d.loc.t("change.none")
	}
	from, to := d.loc.ordinal(c.From), d.loc.ordinal(c.To)
	s := d.states[e.ISO3]
	switch c.Criterion {
	case "gap":
		if c.Status.Valid() && c.Status != article9.NoStatus && c.Status != article9.NoInformation {
			return d.loc.t("change.gap."+c.Status.String(), "from", from, "to", to)
		}
	case "staleness":
		return d.loc.t("change.staleness", "from", from, "to", to)
	case "reporting":
		if s.InitialReportOverdue == article9.Yes || s.LastArticle7Report == article9.NeverReported ||
			s.LastArticle7Report == 0 && s.InitialReportOverdue == article9.Unknown {
			return d.loc.t("change.reporting.initial", "from", from, "to", to)
		}
		return d.loc.t("change.reporting.annual", "from", from, "to", to)
	case "assistance":
		return d.loc.t("change.assistance", "from", from, "to", to)
	}
	name := c.Criterion
	for _, cr := range d.b.Priority.Criteria {
		if cr.Name == c.Criterion {
			name = d.criterionName(cr)
		}
	}
	return d.loc.t("change.other", "criterion", name, "from", from, "to", to)
}

// asks returns what to ask of the State: the next step for its status,
// then for its reports, its request for assistance and investment.
func (d *doc) asks(s article9.State) []string {
	l := d.loc
	var out []string
	switch s.Status {
	case article9.NoStatus:
		out = append(out, l.t("ask.none"))
	default:
		out = append(out, l.t("ask."+s.Status.String()))
	}
	switch {
	case initialOverdue(s, d.b.AsOf):
		out = append(out, l.t("ask.initial"))
	case s.LastArticle7Report > 0 && d.b.AsOf.Year()-s.LastArticle7Report > 1:
		out = append(out, l.t("ask.annual", "year", strconv.Itoa(s.LastArticle7Report)))
	}
	if s.AssistanceRequested == article9.Yes {
		out = append(out, l.t("ask.assistance"))
	} else if s.Status == article9.InProcess || s.Status == article9.Incomplete {
		out = append(out, l.t("ask.request"))
	}
	if s.InvestmentBan != article9.Yes {
		out = append(out, l.t("ask.investment"))
	}
	return out
}
