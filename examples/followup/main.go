// Command followup lists the coordinators' open and overdue follow-ups
// (Action A of the concept note), the meetings ahead, and the work plan
// (Actions A–H) with overdue actions flagged; it writes them all as an
// iCalendar file to import into a calendar, and the reference document on
// laws prohibiting investment in cluster munitions (Action H) as a PDF.
//
// Usage:
//
//	followup [-data FILE] [-asof YYYY-MM-DD] [-followups FILE] [-meetings FILE]
//	         [-workplan FILE] [-ics PATH] [-investment PATH] [-lang en|fr|es]
//	         [-years N] [-next N]
//
// With no flags it uses the embedded CCM dataset as of its own date
// (2025-03-06) and follows up the States that have formally requested
// assistance, due at the first Meeting of States Parties after the data's
// date: the 13MSP, opening on 16 September 2025. With -asof 2025-10-01
// they are overdue: the data say nothing newer.
//
// -ics writes the follow-ups and the meetings ahead as all-day events (RFC
// 5545). -investment writes the Action H reference document: the laws of
// the States the data mark with an investment ban, with their sources as
// links, then the positions short of a law, in the language -lang. Both
// files are written atomically: a failure leaves any existing file as it
// was.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/examples/internal/cli"
	"github.com/article9/article9/outreach"
)

func main() {
	os.Exit(cli.Exit("followup", run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

type options struct {
	data, asof, followups, meetings, workplan, ics string
	investment, lang                               string
	years, next                                    int
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("followup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.data, "data", "", "states `FILE` (CSV or JSON); default: the embedded CCM dataset")
	fs.StringVar(&o.asof, "asof", "", "evaluation date `YYYY-MM-DD`; default: the embedded dataset's date, or today with -data")
	fs.StringVar(&o.followups, "followups", "", "follow-ups `FILE` (CSV: iso3, action, subject, opened, due, closed, lead, notes); default: one per State that has requested assistance")
	fs.StringVar(&o.meetings, "meetings", "", "meetings `FILE` (CSV: name, kind, city, start, end, notes) added to the built-in calendar")
	fs.StringVar(&o.workplan, "workplan", "", "work-plan status `FILE` (CSV: action, status, notes)")
	fs.StringVar(&o.ics, "ics", "", "write the follow-ups and meetings as an iCalendar file to `PATH`")
	fs.StringVar(&o.investment, "investment", "", "write the reference document on laws prohibiting investment (Action H) as a PDF to `PATH`")
	fs.StringVar(&o.lang, "lang", "en", "language of the -investment document: en, fr or es")
	fs.IntVar(&o.years, "years", 2, "how many `years` of meetings, from the as-of date, to list and export")
	fs.IntVar(&o.next, "next", 6, "how many of the next meetings to list (`N`; 0 = all)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: followup [flags]\n\nLists open and overdue follow-ups, the meetings ahead and the work plan; writes an iCalendar file and the Action H reference document.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, cli.FlagError(err)
	}
	switch {
	case fs.NArg() > 0:
		return o, cli.Usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	case o.years < 1 || o.years > outreach.MaxYears:
		return o, cli.Usagef("-years %d: give 1 to %d", o.years, outreach.MaxYears)
	case o.next < 0:
		return o, cli.Usagef("-next %d: give 0 (all) or more", o.next)
	case !slices.Contains(outreach.Languages, o.lang):
		return o, cli.Usagef("-lang %q: allowed: %s", o.lang, strings.Join(outreach.Languages, ", "))
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	ds, asOf, err := cli.Data(o.data, o.asof)
	if err != nil {
		return err
	}

	// The calendar reaches back to the data's date: follow-ups derived from
	// the data are due at the first formal meeting after it.
	since := outreach.FollowUpSince(ds, asOf)
	meetings := outreach.Calendar(since, asOf, o.years)
	if o.meetings != "" {
		var extra []outreach.Meeting
		if err := cli.ReadFile(o.meetings, func(r io.Reader) (err error) { extra, err = outreach.ReadMeetings(r); return }); err != nil {
			return err
		}
		meetings = outreach.MergeMeetings(meetings, extra)
	}
	ahead := outreach.NextMeetings(meetings, asOf, 0)

	var follow []outreach.FollowUp
	source := "derived from the data: one per State that has formally requested assistance, due at the next formal meeting"
	if m, ok := outreach.NextFormalMeeting(meetings, since); ok {
		source = fmt.Sprintf("derived from the data: one per State that has formally requested assistance, due at the opening of the %s on %s", m.Name, longDate(m.Start))
		if m.Expected {
			source += " (expected date, not yet announced)"
		}
		if !since.Equal(asOf) {
			source += fmt.Sprintf(", the first formal meeting after the data's date (%s)", longDate(since))
		}
	}
	if o.followups != "" {
		if err := cli.ReadFile(o.followups, func(r io.Reader) (err error) { follow, err = outreach.ReadFollowUps(r); return }); err != nil {
			return err
		}
		source = o.followups
	} else {
		follow = outreach.DefaultFollowUps(ds.States, meetings, since)
	}
	outreach.SortFollowUps(follow)

	plan := outreach.DefaultWorkPlan()
	planSource := "the concept note's (only B completed)"
	if o.workplan != "" {
		if err := cli.ReadFile(o.workplan, func(r io.Reader) (err error) { plan, err = outreach.ReadWorkPlanStatus(r, plan); return }); err != nil {
			return err
		}
		planSource = o.workplan
	}

	r := report{w: stdout, ds: ds, asOf: asOf}
	r.header(source)
	r.followUps(follow)
	r.meetings(outreach.NextMeetings(ahead, asOf, o.next), o.years)
	r.workPlan(plan, planSource)
	if r.err != nil {
		return r.err
	}
	if o.ics != "" {
		if err := article9.WriteAtomic(o.ics, func(w io.Writer) error { return outreach.WriteICS(w, follow, ahead, asOf) }); err != nil {
			return err
		}
		dated := 0
		for _, f := range follow {
			if !f.Due.IsZero() {
				dated++
			}
		}
		if _, err := fmt.Fprintf(stdout, "\nWrote %s: %d follow-ups with a due date and %d meetings, as all-day events.\n", o.ics, dated, len(ahead)); err != nil {
			return err
		}
	}
	if o.investment != "" {
		ref := outreach.NewReference(ds.States)
		if err := outreach.WriteReferenceFile(o.investment, ref, o.lang, asOf); err != nil {
			return err
		}
		sep := "\n" // after the report; none after the calendar's line
		if o.ics != "" {
			sep = ""
		}
		if _, err := fmt.Fprintf(stdout, "%sWrote %s: the Action H reference document (%s), %s and %s.\n",
			sep, o.investment, o.lang,
			cli.Plural(len(ref.Laws), "law or measure prohibiting investment", "laws or measures prohibiting investment"),
			cli.Plural(len(ref.Positions), "position short of a law", "positions short of a law")); err != nil {
			return err
		}
	}
	return nil
}

// longDate writes a date as "6 March 2025".
func longDate(t time.Time) string { return t.Format("2 January 2006") }

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}
