// Command briefing writes the Article 9 briefing pack: a PDF with the State
// of Play, the priority list, the regional workshop plan, a page per State
// with what to ask of it, and annexes for the coordinators' follow-up, in
// English, French or Spanish.
//
// Usage:
//
//	briefing [-data FILE] [-venues FILE] [-asof YYYY-MM-DD] [-lang en|fr|es]
//	         [-scope outstanding|insufficient|parties] [-workshops N]
//	         [-capacity N] [-top N] [-samples N] [-seed N] [-o PATH]
//	         [-followups FILE] [-meetings FILE] [-workplan FILE] [-annexes=false]
//
// With no flags it writes briefing.pdf in the current directory from the
// embedded CCM dataset as of its own date (2025-03-06): the outstanding
// States, the default priority model, the default venues, at most four
// workshops, in English. It prints one line: the file, its pages, States
// and workshops.
//
// The pack ends with annexes: the open follow-ups (Action A), overdue ones
// shaded; the meetings of the next two years (Action F); the work plan
// (Actions A to H); the resources on national implementation (Action C);
// and the measures prohibiting investment (Action H). The follow-ups are
// read from -followups, or derived from the data: one per State that has
// formally requested assistance, due at the first Meeting of States
// Parties after the data's date. -meetings adds a user's meetings to the
// built-in calendar (an announced date replaces an expected one) and
// -workplan applies a status file to the concept note's work plan; the
// files' formats are those of the followup command. -annexes=false leaves
// the annexes out.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/examples/internal/cli"
	"github.com/article9/article9/outreach"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
)

func main() {
	os.Exit(cli.Exit("briefing", run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

type options struct {
	data, venues, asof, lang, scope, out string
	workshops, capacity, top, samples    int
	seed                                 uint64
	annexes                              bool
	followups, meetings, workplan        string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("briefing", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // a mistake is one line (exitCode); the usage is for -h
	fs.StringVar(&o.data, "data", "", "states `FILE` (CSV or JSON); default: the embedded CCM dataset")
	fs.StringVar(&o.venues, "venues", "", "candidate venues `FILE` (CSV); default: the embedded venues")
	fs.StringVar(&o.asof, "asof", "", "evaluation date `YYYY-MM-DD`; default: the embedded dataset's date, or today with -data")
	fs.StringVar(&o.lang, "lang", "en", "language of the pack: en, fr or es")
	fs.StringVar(&o.scope, "scope", "outstanding", "States in the pack: outstanding, insufficient or parties")
	fs.IntVar(&o.workshops, "workshops", outreach.DefaultWorkshops, "most regional workshops to plan (`N`; 0 = no workshop plan)")
	fs.IntVar(&o.capacity, "capacity", region.DefaultCapacity, "most States at a workshop whose venue gives no capacity (`N`)")
	fs.IntVar(&o.top, "top", 0, "State pages for the first `N` States in rank order; 0 = every State in scope")
	fs.IntVar(&o.samples, "samples", outreach.DefaultSamples, "weight samples behind the rank intervals (`N`; 0 = no intervals)")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the weight samples")
	fs.StringVar(&o.out, "o", "briefing.pdf", "write the pack to `PATH`")
	fs.BoolVar(&o.annexes, "annexes", true, "end the pack with follow-ups, meetings, work plan, resources and investment laws (-annexes=false: leave them out)")
	fs.StringVar(&o.followups, "followups", "", "follow-ups `FILE` (CSV: iso3, action, subject, opened, due, closed, lead, notes); default: one per State that has requested assistance")
	fs.StringVar(&o.meetings, "meetings", "", "meetings `FILE` (CSV: name, kind, city, start, end, notes) added to the built-in calendar")
	fs.StringVar(&o.workplan, "workplan", "", "work-plan status `FILE` (CSV: action, status, notes)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: briefing [flags]\n\nWrites the Article 9 briefing pack (PDF): State of Play, priority list, workshop plan, a page per State, annexes.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fs.Usage()
		}
		return o, cli.FlagError(err)
	}
	switch {
	case fs.NArg() > 0:
		return o, cli.Usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	case !validLang(o.lang):
		return o, cli.Usagef("-lang %q: allowed: %s", o.lang, strings.Join(outreach.Languages, ", "))
	case o.workshops < 0:
		return o, cli.Usagef("-workshops %d: give 0 (no plan) or more", o.workshops)
	case o.capacity < 1:
		return o, cli.Usagef("-capacity %d: give 1 or more", o.capacity)
	case o.top < 0:
		return o, cli.Usagef("-top %d: give 0 (all) or more", o.top)
	case o.samples < 0:
		return o, cli.Usagef("-samples %d: give 0 (no intervals) or more", o.samples)
	case o.out == "":
		return o, cli.Usagef("-o: give a file name")
	case !o.annexes && (o.followups != "" || o.meetings != "" || o.workplan != ""):
		return o, cli.Usagef("-followups, -meetings and -workplan fill the annexes, which -annexes=false leaves out")
	}
	return o, nil
}

func validLang(l string) bool {
	for _, x := range outreach.Languages {
		if l == x {
			return true
		}
	}
	return false
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	scope, err := priority.ParseScope(o.scope)
	if err != nil {
		return cli.UsageError{Err: err}
	}
	ds, asOf, err := cli.Data(o.data, o.asof)
	if err != nil {
		return err
	}
	var venues []region.Venue
	if o.venues != "" {
		if venues, err = readVenues(o.venues); err != nil {
			return err
		}
	}
	opts := outreach.Options{
		Lang: o.lang, AsOf: asOf, Scope: scope, Seed: o.seed,
		Samples: o.samples, Venues: venues, Workshops: o.workshops, Capacity: o.capacity, Top: o.top,
	}
	if o.samples == 0 {
		opts.Samples = -1
	}
	if o.workshops == 0 {
		opts.Workshops = -1
	}
	if o.annexes {
		if err := readAnnexes(o, ds, asOf, &opts); err != nil {
			return err
		}
	} else {
		opts.NoAnnexes = true
	}
	b, err := outreach.Build(ds, opts)
	if err != nil {
		return err
	}
	var r outreach.Renderer
	pages, err := r.Preflight(b)
	if err != nil {
		return err
	}
	if err := r.WriteFile(o.out, b); err != nil {
		return err
	}
	workshops := 0
	if b.Plan != nil {
		workshops = len(b.Plan.Workshops)
	}
	_, err = fmt.Fprintf(stdout, "%s: %d pages, %d States, %d workshops (%s, as of %s)\n",
		o.out, pages, len(b.States), workshops, o.lang, asOf.Format("2006-01-02"))
	return err
}

// readAnnexes reads the annexes' files into opts. A user's meetings join
// the calendar Build would use: from the data's date, for the due dates of
// the follow-ups derived from the data, to two years after asOf.
func readAnnexes(o options, ds *article9.Dataset, asOf time.Time, opts *outreach.Options) error {
	if o.meetings != "" {
		var extra []outreach.Meeting
		if err := cli.ReadFile(o.meetings, func(r io.Reader) (err error) { extra, err = outreach.ReadMeetings(r); return }); err != nil {
			return err
		}
		opts.Meetings = outreach.MergeMeetings(outreach.Calendar(outreach.FollowUpSince(ds, asOf), asOf, outreach.AnnexYears), extra)
	}
	if o.followups != "" {
		if err := cli.ReadFile(o.followups, func(r io.Reader) (err error) { opts.FollowUps, err = outreach.ReadFollowUps(r); return }); err != nil {
			return err
		}
	}
	if o.workplan != "" {
		if err := cli.ReadFile(o.workplan, func(r io.Reader) (err error) {
			opts.WorkPlan, err = outreach.ReadWorkPlanStatus(r, outreach.DefaultWorkPlan())
			return
		}); err != nil {
			return err
		}
	}
	return nil
}

// readVenues reads a venues file, naming it in errors.
func readVenues(path string) ([]region.Venue, error) {
	var v []region.Venue
	err := cli.ReadFile(path, func(r io.Reader) (err error) { v, err = region.ReadVenues(r); return })
	return v, err
}
