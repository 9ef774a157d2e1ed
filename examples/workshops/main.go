// Command workshops plans regional workshops on national implementation
// (Article 9) of the Convention on Cluster Munitions: which venues to use and
// which States go to which, so that delegates travel as little as possible
// (work-plan Action E).
//
// Usage:
//
//	workshops [-data FILE] [-venues FILE] [-asof YYYY-MM-DD]
//	          [-scope outstanding|insufficient|parties] [-workshops K]
//	          [-capacity N] [-min-size N] [-open id,…] [-exclude id,…]
//	          [-format table|json]
//
// With no flags it invites the outstanding States Parties of the embedded CCM
// dataset (in process, incomplete or no information) to at most 6 workshops
// at the embedded candidate venues (regional institutions, UN regional
// centres, Geneva and New York), 15 States at most at each, and prints the
// plan with the least total great-circle distance from the States' capitals
// to their workshops, which package region proves optimal: West Africa at
// Abuja, southern and eastern Africa at Gaborone, the Middle East at Cairo,
// the Caribbean at Georgetown, the Asia-Pacific at Manila and Latin America
// in Spanish at San Salvador. Six, not the briefing pack's four, because
// with four the 58 States fill 58 of 60 seats and the optimal plan must
// send Fiji to Gaborone. When seats are tight, fewer spare than a tenth of
// the States invited, the table says so and gives the totals with one and
// two more workshops, planned the same way, and the -workshops that travels
// least.
//
// -venues reads candidate venues from a CSV file (columns id, city, lat, lon
// required; name, country, languages, capacity, institution, event, date
// optional; see package region). A venue's own capacity overrides
// -capacity. -min-size N asks for at least N States at every workshop held.
// -open forces venues to hold a workshop (a meeting already scheduled there)
// and -exclude rules venues out, by id, separated by commas. A State goes
// only to a venue that offers its working language. -asof is accepted as in
// the other programs; it only dates the plan's heading.
//
// # JSON
//
// -format json writes one object:
//
//	{
//	  "cost_km": 170528.2,          // Σ of each State's distance to its workshop
//	  "lower_bound_km": 170528.2,   // proven: no plan costs less
//	  "optimal": true,              // the bound meets the cost (to a relative 1e-6)
//	  "workshops": [{               // by venue id
//	    "venue": "abuja",
//	    "city": "Abuja",
//	    "states": ["NGA", "BEN", …], // ISO codes, nearest first
//	    "cost_km": 28123.4          // Σ of its States' distances
//	  }, …]
//	}
//
// Distances are great-circle kilometres rounded to 0.1 km; the keys are
// always present, in this order.
//
// When no plan satisfies the rules, the reason goes to standard error ("61
// States are invited but 4 workshops × 15 seats make only 60 seats") with
// exit status 1. Other errors go to standard error as one line: exit status
// 2 for a mistake in the command line, 1 for bad data.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/article9/article9/examples/internal/cli"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
)

func main() {
	os.Exit(cli.Exit("workshops", run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

type options struct {
	data, venues, asof, format string
	scope                      priority.Scope
	k, capacity, minSize       int
	open, exclude              []string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	var scope, open, exclude string
	fs := flag.NewFlagSet("workshops", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.data, "data", "", "states `FILE` (CSV or JSON); default: the embedded CCM dataset")
	fs.StringVar(&o.venues, "venues", "", "candidate venues `FILE` (CSV); default: the embedded venues")
	fs.StringVar(&o.asof, "asof", "", "date of the plan `YYYY-MM-DD`; default: the embedded dataset's date, or today with -data")
	fs.StringVar(&scope, "scope", "outstanding", "States Parties to invite: outstanding (in process, incomplete, no information), insufficient (incomplete, no information) or parties (all)")
	fs.IntVar(&o.k, "workshops", 6, "most workshops `K`")
	fs.IntVar(&o.capacity, "capacity", region.DefaultCapacity, "most States at a workshop (`N`), where the venue gives none")
	fs.IntVar(&o.minSize, "min-size", 0, "fewest States at a workshop held (`N`; 0: no minimum)")
	fs.StringVar(&open, "open", "", "venue `ids` that must hold a workshop, separated by commas")
	fs.StringVar(&exclude, "exclude", "", "venue `ids` that must not, separated by commas")
	fs.StringVar(&o.format, "format", "table", "output: table or json")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: workshops [flags]\n\nPlans regional workshops: which venues, and which States go where, at the least travel.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, cli.FlagError(err)
	}
	var err error
	if o.scope, err = priority.ParseScope(scope); err != nil {
		return o, cli.Usagef("-scope %q: allowed: outstanding, insufficient, parties", scope)
	}
	o.open, o.exclude = ids(open), ids(exclude)
	switch {
	case fs.NArg() > 0:
		return o, cli.Usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	case o.format != "table" && o.format != "json":
		return o, cli.Usagef("-format %q: allowed: table, json", o.format)
	case o.k < 1:
		return o, cli.Usagef("-workshops %d: give 1 or more", o.k)
	case o.capacity < 1:
		return o, cli.Usagef("-capacity %d: give 1 or more", o.capacity)
	case o.minSize < 0:
		return o, cli.Usagef("-min-size %d: give 0 (no minimum) or more", o.minSize)
	}
	return o, nil
}

// ids splits a comma-separated list, dropping blanks.
func ids(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
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
	venues := region.DefaultVenues()
	if o.venues != "" {
		if err := cli.ReadFile(o.venues, func(r io.Reader) (err error) { venues, err = region.ReadVenues(r); return }); err != nil {
			return err
		}
	}
	states := o.scope.Select(ds.States)
	if len(states) == 0 {
		return fmt.Errorf("no States Parties in scope %s: nobody to invite", o.scope)
	}
	p := region.Problem{
		States: states, Venues: venues, K: o.k, Capacity: o.capacity,
		MinSize: o.minSize, Open: o.open, Exclude: o.exclude,
	}
	plan, err := region.Solve(p)
	if errors.Is(err, region.ErrUnknownVenue) {
		return cli.Usagef("%s", strings.TrimPrefix(err.Error(), "region: "))
	}
	if errors.Is(err, region.ErrInfeasible) {
		return errors.New(strings.TrimPrefix(err.Error(), "region: "))
	}
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(stdout, plan)
	}
	return writeTable(stdout, plan, heading{
		asOf: asOf, dataset: ds, embedded: o.data == "", scope: o.scope,
		venues: len(venues), ownVenues: o.venues != "", opts: o, problem: p,
	})
}
