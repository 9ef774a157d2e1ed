package region

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Solve plans the workshops of p: it chooses at most p.K venues and sends
// every State to one of them, at least total weighted distance, within the
// capacities, the minimum size and the languages, with the forced venues
// open and the excluded ones closed. It returns the plan with a proven
// lower bound; Optimal is set when the bound meets the cost. The plan is
// checked by Verify before it is returned.
//
// When no plan exists the error wraps ErrInfeasible and says why in a
// coordinator's words ("5 pt-speaking States (…) but the venues offering
// pt seat only 3 in at most 1 workshop"). A malformed Problem gives an
// error wrapping ErrInvalidProblem, or ErrUnknownVenue for an ID in Open or
// Exclude that is not a candidate.
//
// Equal-cost plans are told apart deterministically: the search visits
// States by ISO code and venues by ID and keeps the first plan found among
// equals, so the same Problem, in whatever order its States and venues are
// given, gives the same plan.
func Solve(p Problem) (*Plan, error) {
	in, err := newInstance(&p)
	if err != nil {
		return nil, err
	}
	s := in.search()
	switch {
	case s.best.at == nil && s.complete:
		return nil, in.explainNoPlan()
	case s.best.at == nil:
		return nil, fmt.Errorf("region: no plan found within %d branch-and-bound nodes (raise MaxNodes)", s.maxNodes)
	}
	plan := in.plan(s.best, s.lb, s.nodes)
	if err := Verify(p, plan); err != nil {
		return nil, fmt.Errorf("region: internal error: the plan found fails verification: %w", err)
	}
	return plan, nil
}

// search runs the local search from the greedy plan, then the branch and
// bound.
func (in *instance) search() *solver {
	s := newSolver(in)
	s.improve(s.greedy())
	s.maxNodes = in.p.MaxNodes
	if s.maxNodes == 0 {
		s.maxNodes = DefaultMaxNodes
	}
	s.lb, s.nodes, s.complete = s.branchAndBound(s.maxNodes)
	return s
}

// plan builds the Plan of an assignment.
func (in *instance) plan(a assignment, lb float64, nodes int) *Plan {
	ws := make([]Workshop, in.m)
	for i, j := range a.at {
		ws[j].States = append(ws[j].States, Invitee{ISO3: in.states[i].ISO3, Distance: in.d[i*in.m+j]})
		ws[j].Cost += in.a[i*in.m+j]
	}
	plan := &Plan{Nodes: nodes}
	for j, w := range ws {
		if len(w.States) == 0 {
			continue
		}
		w.Venue = in.venues[j]
		w.Venue.Languages = slices.Clone(w.Venue.Languages)
		slices.SortFunc(w.States, func(x, y Invitee) int {
			return cmp.Or(cmp.Compare(x.Distance, y.Distance), strings.Compare(x.ISO3, y.ISO3))
		})
		plan.Workshops = append(plan.Workshops, w)
		plan.Cost += w.Cost
	}
	plan.LowerBound = min(lb, plan.Cost)
	plan.Optimal = plan.LowerBound >= plan.Cost-1e-6*plan.Cost
	return plan
}

// explainNoPlan explains an infeasibility the checks of diagnose missed and
// the search proved. It names the rules whose relaxation, one at a time,
// makes a plan possible.
func (in *instance) explainNoPlan() error {
	p := *in.p
	p.Gap, p.MaxNodes = 0.5, 50 // any plan will do
	var culprits []string
	try := func(q Problem, what string) {
		if qi, err := newInstance(&q); err == nil && qi.search().best.at != nil {
			culprits = append(culprits, what)
		}
	}
	var also []string
	if len(p.Open) > 0 {
		ids := slices.Sorted(maps.Keys(in.forced))
		also = append(also, strings.Join(ids, ", ")+" forced open")
		q := p
		q.Open = nil
		try(q, "without forcing "+joinAnd(ids)+" open")
	}
	if in.low > 1 {
		also = append(also, fmt.Sprintf("at least %d States at each workshop", in.low))
		q := p
		q.MinSize = 0
		try(q, "without the minimum size")
	}
	q := p
	q.K++
	try(q, fmt.Sprintf("with %d workshops", q.K))
	q = p
	q.Capacity = len(p.States)
	q.Venues = slices.Clone(p.Venues)
	for i := range q.Venues {
		q.Venues[i].Capacity = 0
	}
	try(q, "with more seats")
	q.Venues = slices.Clone(p.Venues)
	for i := range q.Venues {
		q.Venues[i].Languages = nil
	}
	q.Capacity = p.Capacity
	try(q, "with every language offered everywhere")
	with := ""
	if len(also) > 0 {
		with = ", with " + strings.Join(also, " and ")
	}
	msg := fmt.Sprintf("no choice of at most %d of the %d venues that could hold a workshop seats all %d States, each in a language it works in%s", in.p.K, in.m, in.n, with)
	if len(culprits) > 0 {
		msg += "; a plan becomes possible " + strings.Join(culprits, ", or ")
	}
	return infeasible("%s", msg)
}
