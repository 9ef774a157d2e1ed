package region

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/article9/article9"
)

// instance is a Problem checked and put in canonical order (States by ISO
// code, venues by ID) with its costs computed, so that the solver's result
// depends neither on input order nor on map iteration.
type instance struct {
	p      *Problem
	states []article9.State // by ISO code
	w      []float64        // weights, by State
	cands  []Venue          // the candidates not excluded, by ID
	cd     [][]float64      // cd[i][c]: distance from State i to cands[c]
	reach  []int            // reach[c]: the States that work in a language cands[c] offers
	low    int              // fewest States at an opened workshop (≥ 1)
	forced map[string]bool  // IDs forced open

	// The usable venues: candidates that could host a workshop of at least
	// low States. Index j below is into venues.
	venues []Venue
	n, m   int
	kmax   int       // most workshops: min(K, n/low, m)
	cap    []int     // capacity of venue j, at most the States that can go there
	open   []bool    // venue j is forced open
	ok     []bool    // ok[i*m+j]: State i can go to venue j (language)
	d      []float64 // d[i*m+j]: distance
	a      []float64 // a[i*m+j]: weight × distance
	c      []int64   // c[i*m+j]: a scaled to an integer, a/max a·2⁵⁰/n rounded; −1 where !ok
	colI   [][]int32 // colI[j]: the States that can go to venue j
	colA   [][]float64
	big    int64   // more than any scaled cost: 2·max c + 1
	worst  float64 // Σ over States of the costliest venue each can go to: no plan costs more
}

// newInstance checks p and builds its instance. Errors wrap
// ErrInvalidProblem, ErrUnknownVenue or ErrInfeasible.
func newInstance(p *Problem) (*instance, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	in := &instance{p: p, low: p.minSize(), forced: map[string]bool{}}
	in.states = slices.Clone(p.States)
	article9.SortByISO(in.states)
	excluded := map[string]bool{}
	for _, id := range p.Exclude {
		excluded[id] = true
	}
	for _, id := range p.Open {
		if excluded[id] {
			return nil, infeasible("venue %s is both forced open and excluded", id)
		}
		in.forced[id] = true
	}
	for _, v := range p.Venues {
		if !excluded[v.ID] {
			in.cands = append(in.cands, v)
		}
	}
	slices.SortFunc(in.cands, func(a, b Venue) int { return strings.Compare(a.ID, b.ID) })
	in.w = make([]float64, len(in.states))
	in.cd = make([][]float64, len(in.states))
	for i, s := range in.states {
		in.w[i] = p.weight(s.ISO3)
		in.cd[i] = make([]float64, len(in.cands))
		for c, v := range in.cands {
			d := p.distance(s, v)
			if math.IsNaN(d) || math.IsInf(d, 0) || d < 0 {
				return nil, fmt.Errorf("region: %w: the distance from %s to venue %s is %g (allowed: a finite number, zero or more)", ErrInvalidProblem, s.ISO3, v.ID, d)
			}
			if math.IsInf(in.w[i]*d*float64(len(in.states)), 0) {
				return nil, fmt.Errorf("region: %w: the weight of %s times its distance to venue %s, %g × %g, is too large to add up", ErrInvalidProblem, s.ISO3, v.ID, in.w[i], d)
			}
			in.cd[i][c] = d
		}
	}
	in.reach = make([]int, len(in.cands))
	for c, v := range in.cands {
		for _, s := range in.states {
			if v.Offers(s.Language) {
				in.reach[c]++
			}
		}
	}
	if err := in.diagnose(); err != nil {
		return nil, err
	}
	in.build()
	return in, nil
}

// check reports the first way p is malformed.
func (p *Problem) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("region: %w: %s", ErrInvalidProblem, fmt.Sprintf(format, args...))
	}
	switch {
	case len(p.States) == 0:
		return bad("no States to invite")
	case len(p.Venues) == 0:
		return bad("no candidate venues")
	case p.K < 1:
		return bad("K is %d (allowed: at least 1 workshop)", p.K)
	case p.Capacity < 0:
		return bad("capacity is %d (allowed: 1 or more, or 0 for %d)", p.Capacity, DefaultCapacity)
	case p.MinSize < 0:
		return bad("minimum size is %d (allowed: 0 or more)", p.MinSize)
	case !(p.Gap >= 0 && p.Gap < 1):
		return bad("gap is %g (allowed: from 0 up to, not including, 1)", p.Gap)
	case p.MaxNodes < 0:
		return bad("MaxNodes is %d (allowed: 0 for the default, or more)", p.MaxNodes)
	}
	isos := map[string]bool{}
	for _, s := range p.States {
		if s.ISO3 == "" || isos[s.ISO3] {
			return bad("State %q is invited twice or has no ISO code (allowed: each ISO code once)", s.ISO3)
		}
		isos[s.ISO3] = true
	}
	ids := map[string]bool{}
	for _, v := range p.Venues {
		if v.ID == "" || ids[v.ID] {
			return bad("venue %q is a candidate twice or has no ID (allowed: each ID once)", v.ID)
		}
		if v.Capacity < 0 {
			return bad("venue %s has capacity %d (allowed: 1 or more, or 0 for the default)", v.ID, v.Capacity)
		}
		ids[v.ID] = true
	}
	for _, iso := range slices.Sorted(maps.Keys(p.Weights)) {
		w := p.Weights[iso]
		if !isos[iso] {
			return bad("a weight is given for %s, which is not among the invited States", iso)
		}
		if math.IsNaN(w) || math.IsInf(w, 0) || w < 0 {
			return bad("the weight of %s is %g (allowed: a finite number, zero or more)", iso, w)
		}
	}
	for _, list := range []struct {
		name string
		ids  []string
	}{{"Open", p.Open}, {"Exclude", p.Exclude}} {
		for _, id := range list.ids {
			if !ids[id] {
				known := make([]string, 0, len(p.Venues))
				for _, v := range p.Venues {
					known = append(known, v.ID)
				}
				slices.Sort(known)
				return fmt.Errorf("region: %w %q in %s (the candidates are %s)", ErrUnknownVenue, id, list.name, strings.Join(known, ", "))
			}
		}
	}
	return nil
}

// build fills the usable venues and the cost tables. diagnose has already
// checked that every forced venue is usable.
func (in *instance) build() {
	in.n = len(in.states)
	for c, v := range in.cands {
		if in.usable(c) {
			in.venues = append(in.venues, v)
		}
	}
	n, m := in.n, len(in.venues)
	in.m = m
	in.kmax = min(in.p.K, n/in.low, m)
	in.cap = make([]int, m)
	in.open = make([]bool, m)
	in.ok = make([]bool, n*m)
	in.d = make([]float64, n*m)
	in.a = make([]float64, n*m)
	in.c = make([]int64, n*m)
	in.colI = make([][]int32, m)
	in.colA = make([][]float64, m)
	maxA := 0.0
	j := 0
	for c, v := range in.cands {
		if !in.usable(c) {
			continue
		}
		in.open[j] = in.forced[v.ID]
		for i, s := range in.states {
			if !v.Offers(s.Language) {
				continue
			}
			k := i*m + j
			in.ok[k] = true
			in.d[k] = in.cd[i][c]
			in.a[k] = in.w[i] * in.d[k]
			maxA = max(maxA, in.a[k])
			in.colI[j] = append(in.colI[j], int32(i))
			in.colA[j] = append(in.colA[j], in.a[k])
		}
		in.cap[j] = min(in.p.capacity(v), len(in.colI[j]))
		j++
	}
	// Integer costs for the exact assignment: a total of n costs stays
	// below 2⁵⁰, far inside int64, at a resolution of maxA·n·2⁻⁵⁰.
	// Dividing by maxA first keeps tiny and huge costs in range.
	unit := math.Ldexp(1, 50) / float64(n)
	if maxA == 0 {
		maxA = 1
	}
	for i := range n {
		worst := 0.0
		for j := range m {
			k := i*m + j
			in.c[k] = -1
			if in.ok[k] {
				in.c[k] = int64(math.Round(in.a[k] / maxA * unit))
				in.big = max(in.big, 2*in.c[k]+1)
				worst = max(worst, in.a[k])
			}
		}
		in.worst += worst
	}
}

// usable reports whether candidate c could host a workshop of at least low
// States: its capacity and the States that work in a language it offers are
// both enough.
func (in *instance) usable(c int) bool {
	return in.p.capacity(in.cands[c]) >= in.low && in.reach[c] >= in.low
}

// floatCost returns Σ weight × distance of an assignment (venue index by
// State), summed in State order.
func (in *instance) floatCost(at []int) float64 {
	sum := 0.0
	for i, j := range at {
		sum += in.a[i*in.m+j]
	}
	return sum
}

func infeasible(format string, args ...any) error {
	return fmt.Errorf("region: %w: %s", ErrInfeasible, fmt.Sprintf(format, args...))
}
