package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/examples/internal/cli"
	"github.com/article9/article9/outreach"
)

// report prints the tables for coordinators, keeping the first write
// error.
type report struct {
	w    io.Writer
	ds   *article9.Dataset
	asOf time.Time
	err  error
}

func (r *report) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

// table prints a table laid out by print, without the trailing spaces
// tabwriter leaves after the last column.
func (r *report) table(print func(tw *tabwriter.Writer)) {
	if r.err != nil {
		return
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	print(tw)
	if r.err = tw.Flush(); r.err != nil {
		return
	}
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if line != "" {
			r.printf("%s\n", strings.TrimRight(line, " \n"))
		}
	}
}

func (r *report) header(source string) {
	r.printf("Article 9 follow-ups as of %s\n", longDate(r.asOf))
	r.printf("Data: %s", r.ds.Name)
	if !r.ds.AsOf.IsZero() {
		r.printf(" (as of %s)", r.ds.AsOf.Format("2006-01-02"))
	}
	r.printf("\nFollow-ups: %s\n", source)
}

// state names a State by code and name, or says there is none.
func (r *report) state(iso3 string) string {
	if iso3 == "" {
		return "(no single State)"
	}
	if s, ok := r.ds.State(iso3); ok {
		return iso3 + "  " + s.Name
	}
	return iso3 + "  (not in the data)"
}

func (r *report) followUps(fs []outreach.FollowUp) {
	open := outreach.OpenFollowUps(fs)
	overdue := outreach.OverdueFollowUps(fs, r.asOf)
	closed, late := 0, 0
	for _, f := range fs {
		if !f.Open() {
			closed++
			if f.ClosedLate() {
				late++
			}
		}
	}
	r.printf("\nOpen follow-ups: %d, of which %d overdue", len(open), len(overdue))
	if closed > 0 {
		r.printf(" (and %s, %d of them late)", cli.Plural(closed, "closed", "closed"), late)
	}
	r.printf("\n")
	if len(open) == 0 {
		r.printf("  none\n")
		return
	}
	r.table(func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "  DUE\tSTATE\tACTION\tSUBJECT\tLEAD\t\n")
		for _, f := range open {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", dash(formatDate(f.Due)), r.state(f.ISO3), f.Action, f.Subject, dash(f.Lead), r.dueNote(f))
		}
	})
	if len(overdue) > 0 {
		r.printf("\nOverdue (due before %s):\n", longDate(r.asOf))
		r.table(func(tw *tabwriter.Writer) {
			for _, f := range overdue {
				fmt.Fprintf(tw, "  OVERDUE\t%s\t%s\t%s\tdue %s, %s late\n", r.state(f.ISO3), f.Action, f.Subject, formatDate(f.Due), cli.Plural(f.DaysOverdue(r.asOf), "day", "days"))
			}
		})
	}
}

// dueNote marks an overdue follow-up, or one due today.
func (r *report) dueNote(f outreach.FollowUp) string {
	switch {
	case f.Overdue(r.asOf):
		return "OVERDUE by " + cli.Plural(f.DaysOverdue(r.asOf), "day", "days")
	case !f.Due.IsZero() && f.Due.Format("2006-01-02") == r.asOf.Format("2006-01-02"):
		return "due today"
	}
	return ""
}

func (r *report) meetings(ms []outreach.Meeting, years int) {
	r.printf("\nNext meetings (the calendar covers %s from %s)\n", cli.Plural(years, "year", "years"), longDate(r.asOf))
	if len(ms) == 0 {
		r.printf("  none\n")
		return
	}
	expected := false
	r.table(func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "  START\tEND\tMEETING\tWHERE\t\n")
		for _, m := range ms {
			mark := ""
			if m.Expected {
				mark, expected = "expected", true
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", formatDate(m.Start), formatDate(m.End), m.Name, dash(m.City), mark)
		}
	})
	if expected {
		r.printf("  \"expected\": dates estimated from the usual pattern, not yet announced.\n")
	}
}

func (r *report) workPlan(plan []outreach.WorkItem, source string) {
	overdue := outreach.OverdueWork(plan, r.asOf)
	r.printf("\nWork plan (concept note, Actions A–H): %d of %d actions overdue; statuses: %s\n", len(overdue), len(plan), source)
	r.table(func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "  ACTION\tDEADLINE\tSTATUS\tTITLE\t\n")
		for _, w := range plan {
			mark := ""
			if w.Overdue(r.asOf) {
				mark = "OVERDUE"
			}
			fmt.Fprintf(tw, "  %s\t%s (%s)\t%s\t%s\t%s\n", w.Action, formatDate(w.Deadline), w.DeadlineText, strings.ReplaceAll(w.Status.String(), "_", " "), outreach.ActionTitle(w.Action, "en"), mark)
		}
	})
	for _, w := range plan {
		if w.Notes != "" {
			r.printf("  %s: %s\n", w.Action, w.Notes)
		}
	}
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
