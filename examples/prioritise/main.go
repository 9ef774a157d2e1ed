// Command prioritise ranks States Parties for outreach on national
// implementation (Article 9) of the Convention on Cluster Munitions: whom to
// approach first, why, and how robust each rank is to the weights.
//
// Usage:
//
//	prioritise [-data FILE] [-asof YYYY-MM-DD] [-scope outstanding|insufficient|parties]
//	           [-method wsum|topsis] [-weights name=w,… | -ahp FILE] [-top N]
//	           [-samples N] [-seed N] [-k N] [-format table|csv|json]
//
// With no flags it ranks the outstanding States Parties of the embedded CCM
// dataset (in process, incomplete or no information) as of the dataset's own
// date, with the default criteria and AHP weights of package priority, and
// 2000 weight samples for the rank intervals (-samples 0 turns them off).
//
// -weights gives weights directly, by criterion name (gap, staleness,
// reporting, deadline, obligations, assistance); a criterion not named is
// off. -ahp reads a pairwise comparison matrix instead: a CSV file whose
// header names the criteria and whose rows give each criterion's name and its
// judgements against each column's (3, 1/3 …); a blank cell is the
// reciprocal of its mirror. Judgements with a consistency ratio above 0.1
// are refused, naming the most inconsistent ones.
//
// -top N limits every format to the first N States (0, the default, shows
// all); -k N sets the K of P(top K) (default 10).
//
// # JSON
//
// -format json writes one object, the States in rank order:
//
//	{
//	  "as_of": "2025-03-06",              // the evaluation date
//	  "method": "wsum",                   // or "topsis"
//	  "weights": {"gap": 0.403, …},        // normalised, by criterion name
//	  "consistency_ratio": 0.003,         // null unless the weights come from AHP
//	  "states": [{
//	    "rank": 1,                        // ties share a rank: 1, 2, 2, 4
//	    "tier": 1,                        // 1 to 3
//	    "iso3": "COM",
//	    "name": "Comoros",
//	    "score": 0.721,                   // 0 to 1, higher means approach sooner
//	    "contributions": {"gap": 0.403, …}, // by criterion; they add up to score
//	    "imputed": ["staleness"],         // criteria whose value was unknown; [] if none
//	    "reasons": ["no information on its legislation", …], // most important first
//	    "rank_interval": [1, 1],          // 5th–95th percentile rank; null with -samples 0
//	    "p_top": 1                        // probability of a rank ≤ K; null with -samples 0
//	  }, …]
//	}
//
// The keys are always present, in this order (weights and contributions by
// criterion name, sorted).
//
// # CSV
//
// -format csv writes a header and one row per State: rank, tier, iso3, name,
// score, one contribution column per criterion ("contribution:gap" …),
// imputed (names separated by "|"), reasons (separated by "; "), change (the
// single change that would move the State furthest down), rank_low,
// rank_high, median_rank and p_top (blank with -samples 0).
//
// Errors go to standard error as one line: exit status 2 for a mistake in
// the command line, 1 for bad data.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/article9/article9/examples/internal/cli"
	"github.com/article9/article9/priority"
)

func main() {
	os.Exit(cli.Exit("prioritise", run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

type options struct {
	data, asof, weights, ahp, format string
	scope                            priority.Scope
	method                           priority.Method
	top, samples, k                  int
	seed                             uint64
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	var scope, method string
	fs := flag.NewFlagSet("prioritise", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.data, "data", "", "states `FILE` (CSV or JSON); default: the embedded CCM dataset")
	fs.StringVar(&o.asof, "asof", "", "evaluation date `YYYY-MM-DD`; default: the embedded dataset's date, or today with -data")
	fs.StringVar(&scope, "scope", "outstanding", "States Parties to rank: outstanding (in process, incomplete, no information), insufficient (incomplete, no information) or parties (all)")
	fs.StringVar(&method, "method", "wsum", "aggregation: wsum (weighted sum) or topsis")
	fs.StringVar(&o.weights, "weights", "", "direct weights `name=w,…` by criterion (gap, staleness, reporting, deadline, obligations, assistance); unnamed criteria are off")
	fs.StringVar(&o.ahp, "ahp", "", "pairwise comparison `FILE` (CSV) from which to derive AHP weights")
	fs.IntVar(&o.top, "top", 0, "show only the first `N` States (0: all)")
	fs.IntVar(&o.samples, "samples", 2000, "weight samples for the rank intervals (`N`; 0: off)")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the weight samples")
	fs.IntVar(&o.k, "k", 10, "the `K` of the probability of ranking in the top K")
	fs.StringVar(&o.format, "format", "table", "output: table, csv or json")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: prioritise [flags]\n\nRanks States Parties for Article 9 outreach, with reasons and rank intervals.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, cli.FlagError(err)
	}
	var err error
	if o.scope, err = priority.ParseScope(scope); err != nil {
		return o, cli.Usagef("-scope %q: allowed: outstanding, insufficient, parties", scope)
	}
	if o.method, err = priority.ParseMethod(method); err != nil {
		return o, cli.Usagef("-method %q: allowed: wsum, topsis", method)
	}
	switch {
	case fs.NArg() > 0:
		return o, cli.Usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	case o.weights != "" && o.ahp != "":
		return o, cli.Usagef("give -weights or -ahp, not both")
	case o.format != "table" && o.format != "csv" && o.format != "json":
		return o, cli.Usagef("-format %q: allowed: table, csv, json", o.format)
	case o.top < 0:
		return o, cli.Usagef("-top %d: give 0 (all) or more", o.top)
	case o.samples < 0:
		return o, cli.Usagef("-samples %d: give 0 (off) or more", o.samples)
	case o.k < 1:
		return o, cli.Usagef("-k %d: give 1 or more", o.k)
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
	model := priority.Model{Method: o.method}
	switch {
	case o.weights != "":
		if model.Weights, err = priority.ParseWeights(o.weights, priority.DefaultCriteria()); err != nil {
			return cli.Usagef("-weights: %w", err)
		}
	case o.ahp != "":
		if model.Weights, model.ConsistencyRatio, err = readAHP(o.ahp); err != nil {
			return err
		}
		model.HasCR = true
	}
	states := o.scope.Select(ds.States)
	var r *priority.Ranking
	if o.samples > 0 {
		r, err = model.Stability(states, asOf, o.samples, o.k, o.seed)
	} else {
		r, err = model.Rank(states, asOf)
	}
	if err != nil {
		return err
	}
	if o.top > 0 && o.top < len(r.Entries) {
		r.Entries = r.Entries[:o.top]
	}
	switch o.format {
	case "csv":
		return writeCSV(stdout, r)
	case "json":
		return writeJSON(stdout, r)
	}
	return writeTable(stdout, r, tableInfo{
		scope: o.scope, inScope: len(states), embedded: o.data == "", source: ds.Name, k: o.k,
	})
}

// readAHP reads a pairwise comparison file and derives AHP weights for the
// default criteria.
func readAHP(path string) ([]float64, float64, error) {
	var p *priority.Pairwise
	if err := cli.ReadFile(path, func(r io.Reader) (err error) { p, err = priority.ReadPairwise(r); return }); err != nil {
		return nil, 0, err
	}
	w, cr, err := p.Weights(priority.DefaultCriteria())
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return w, cr, nil
}
