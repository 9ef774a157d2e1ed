package region

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/article9/article9"
)

// Verify checks plan against p independently of the solver, from p alone:
// every State of p is invited exactly once and no one else; every workshop
// is at a distinct candidate venue that is not excluded; every venue forced
// open holds a workshop; there are at most p.K workshops; each workshop has
// at most its venue's capacity (p.Capacity, or DefaultCapacity, when the
// venue gives none) and at least p.MinSize States, and at least one; every
// State works in a language its venue offers; each Invitee's Distance,
// each workshop's Cost and the plan's Cost match the distances recomputed
// with p.Distance and p.Weights (to a relative 1e-9); the LowerBound does
// not exceed the Cost; and a plan marked Optimal has a LowerBound that
// meets its Cost. Verify accepts a plan in any order.
//
// The error wraps ErrInvalidPlan and lists every broken rule, naming the
// State or venue; p itself must be valid (see Solve).
func Verify(p Problem, plan *Plan) error {
	if plan == nil {
		return fmt.Errorf("region: %w: no plan", ErrInvalidPlan)
	}
	if err := p.check(); err != nil {
		return err
	}
	var errs []error
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("region: %w: %s", ErrInvalidPlan, fmt.Sprintf(format, args...)))
	}
	states := map[string]article9.State{}
	for _, s := range p.States {
		states[s.ISO3] = s
	}
	venues := map[string]Venue{}
	for _, v := range p.Venues {
		venues[v.ID] = v
	}
	if len(plan.Workshops) > p.K {
		fail("%d workshops, but at most %d are allowed", len(plan.Workshops), p.K)
	}
	seenState := map[string]string{} // ISO code → venue ID
	seenVenue := map[string]bool{}
	total := 0.0
	for _, w := range plan.Workshops {
		id := w.Venue.ID
		v, ok := venues[id]
		switch {
		case !ok:
			fail("venue %q is not a candidate", id)
			continue
		case slices.Contains(p.Exclude, id):
			fail("venue %s is excluded but holds a workshop", id)
		case seenVenue[id]:
			fail("venue %s holds two workshops", id)
		}
		seenVenue[id] = true
		if n, cp := len(w.States), p.capacity(v); n > cp {
			fail("venue %s has %d States but seats %d", id, n, cp)
		}
		if n, low := len(w.States), p.minSize(); n < low {
			fail("venue %s has %d States, fewer than the minimum workshop size of %d", id, n, low)
		}
		cost := 0.0
		for _, inv := range w.States {
			s, ok := states[inv.ISO3]
			if !ok {
				fail("%q at venue %s is not an invited State", inv.ISO3, id)
				continue
			}
			if prev, dup := seenState[inv.ISO3]; dup {
				fail("%s is invited twice, to %s and %s", inv.ISO3, prev, id)
				continue
			}
			seenState[inv.ISO3] = id
			if !v.Offers(s.Language) {
				fail("%s works in %s but venue %s offers only %v", inv.ISO3, s.Language, id, v.Languages)
			}
			d := p.distance(s, v)
			if !agree(inv.Distance, d) {
				fail("%s at venue %s: distance %g, but it is %g", inv.ISO3, id, inv.Distance, d)
			}
			cost += p.weight(inv.ISO3) * d
		}
		if !agree(w.Cost, cost) {
			fail("venue %s: cost %g, but its States' weighted distances add up to %g", id, w.Cost, cost)
		}
		total += cost
	}
	for _, s := range p.States {
		if _, ok := seenState[s.ISO3]; !ok {
			fail("%s is invited to no workshop", s.ISO3)
		}
	}
	for _, id := range p.Open {
		if !seenVenue[id] {
			fail("venue %s is forced open but holds no workshop", id)
		}
	}
	if !agree(plan.Cost, total) {
		fail("cost %g, but the workshops' costs add up to %g", plan.Cost, total)
	}
	if plan.LowerBound > plan.Cost*(1+1e-9)+1e-9 || math.IsNaN(plan.LowerBound) {
		fail("lower bound %g exceeds the cost %g", plan.LowerBound, plan.Cost)
	}
	if plan.Optimal && plan.LowerBound < plan.Cost-1e-6*plan.Cost {
		fail("marked optimal, but the lower bound %g is below the cost %g", plan.LowerBound, plan.Cost)
	}
	return errors.Join(errs...)
}

// agree reports whether x and y agree to a relative 1e-9.
func agree(x, y float64) bool {
	return math.Abs(x-y) <= 1e-9*max(1, math.Abs(x), math.Abs(y))
}
