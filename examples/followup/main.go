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
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/outreach"
)

func main() {
	os.Exit(exitCode(run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ error }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode reports err on stderr and returns the exit status: 0 for none
// (or -h), 2 for a usage error, 1 for anything else.
func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	var es article9.Errors
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "followup: %v (run followup -h for help)\n", err)
		return 2
	case errors.As(err, &es):
		fmt.Fprintf(stderr, "followup: %d problems:\n", len(es))
		for _, e := range es {
			fmt.Fprintf(stderr, "  %v\n", e)
		}
		return 1
	}
	fmt.Fprintf(stderr, "followup: %v\n", err)
	return 1
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
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usageError{err}
	}
	switch {
	case fs.NArg() > 0:
		return o, usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	case o.years < 1 || o.years > outreach.MaxYears:
		return o, usagef("-years %d: give 1 to %d", o.years, outreach.MaxYears)
	case o.next < 0:
		return o, usagef("-next %d: give 0 (all) or more", o.next)
	case !slices.Contains(outreach.Languages, o.lang):
		return o, usagef("-lang %q: allowed: %s", o.lang, strings.Join(outreach.Languages, ", "))
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	ds := article9.CCM()
	asOf := article9.CCMAsOf
	if o.data != "" {
		if ds, err = article9.ReadFile(o.data); err != nil {
			return err
		}
		asOf = today()
	}
	if o.asof != "" {
		if asOf, err = time.Parse("2006-01-02", o.asof); err != nil {
			return usagef("-asof %q is not a date (allowed: YYYY-MM-DD, such as 2025-03-06)", o.asof)
		}
	}

	// The calendar reaches back to the data's date: follow-ups derived from
	// the data are due at the first formal meeting after it.
	since := outreach.FollowUpSince(ds, asOf)
	meetings := outreach.Calendar(since, asOf, o.years)
	if o.meetings != "" {
		var extra []outreach.Meeting
		if err := readFile(o.meetings, func(r io.Reader) (err error) { extra, err = outreach.ReadMeetings(r); return }); err != nil {
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
		if err := readFile(o.followups, func(r io.Reader) (err error) { follow, err = outreach.ReadFollowUps(r); return }); err != nil {
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
		if err := readFile(o.workplan, func(r io.Reader) (err error) { plan, err = outreach.ReadWorkPlanStatus(r, plan); return }); err != nil {
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
		if err := writeAtomic(o.ics, func(w io.Writer) error { return outreach.WriteICS(w, follow, ahead, asOf) }); err != nil {
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
			plural(len(ref.Laws), "law or measure prohibiting investment", "laws or measures prohibiting investment"),
			plural(len(ref.Positions), "position short of a law", "positions short of a law")); err != nil {
			return err
		}
	}
	return nil
}

// today returns the current date in UTC.
func today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// readFile opens path and reads it with read, naming the file in errors.
func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(f); err != nil {
		return withFile(err, filepath.Base(path))
	}
	return nil
}

// withFile sets File on every *article9.ParseError in err.
func withFile(err error, name string) error {
	var es article9.Errors
	var pe *article9.ParseError
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			withFile(e, name)
		}
	case errors.As(err, &pe):
		pe.File = name
	default:
		return fmt.Errorf("%s: %w", name, err)
	}
	return err
}

// writeAtomic writes a file through write: to a temporary file in the same
// directory, renamed over path only once complete, so that a failure never
// leaves a half-written file at path.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// plural returns "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// longDate writes a date as "6 March 2025".
func longDate(t time.Time) string { return t.Format("2 January 2006") }

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}
