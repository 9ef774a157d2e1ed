package region

import (
	"cmp"
	"math"
	"slices"
)

// solver holds the state of one Solve: the instance, the incumbent (best
// plan found) and a cache of exactly assigned venue sets.
type solver struct {
	in      *instance
	lg      *lagrange
	cache   map[string]assignment
	best    assignment // the incumbent; best.at is nil while there is none
	bestSet []int
	ub      float64 // the incumbent's cost, +Inf while there is none
	tol     float64 // relative gap at which a node is pruned

	// The outcome of the branch and bound.
	maxNodes int
	lb       float64
	nodes    int
	complete bool
}

func newSolver(in *instance) *solver {
	return &solver{
		in:    in,
		lg:    newLagrange(in),
		cache: map[string]assignment{},
		ub:    math.Inf(1),
		tol:   max(in.p.Gap, 1e-9),
	}
}

// key returns a map key for a venue set.
func (s *solver) key(set []int) string {
	b := make([]byte, (s.in.m+7)/8)
	for _, j := range set {
		b[j/8] |= 1 << (j % 8)
	}
	return string(b)
}

// evaluate assigns the States to set exactly (cached) and keeps the result
// if it is a better plan than the incumbent.
func (s *solver) evaluate(set []int) assignment {
	k := s.key(set)
	a, ok := s.cache[k]
	if !ok {
		a = s.in.assign(set)
		s.cache[k] = a
	}
	s.offer(set, a)
	return a
}

// try assigns set exactly, as evaluate does, unless there is an incumbent
// and even sending every State to its nearest venue of set (capacities
// aside, a lower bound on the exact cost) does not beat it.
func (s *solver) try(set []int) {
	if s.best.at != nil {
		if _, seen := s.cache[s.key(set)]; !seen && s.in.nearest(set) >= s.best.cost {
			return
		}
	}
	s.evaluate(set)
}

// nearest returns Σ over States of the scaled cost of the nearest venue of
// set, MaxInt64 if some State can go to none.
func (in *instance) nearest(set []int) int64 {
	sum := int64(0)
	for i := range in.n {
		best := int64(-1)
		for _, j := range set {
			if c := in.c[i*in.m+j]; c >= 0 && (best < 0 || c < best) {
				best = c
			}
		}
		if best < 0 {
			return math.MaxInt64
		}
		sum += best
	}
	return sum
}

// offer makes a the incumbent if it is feasible and strictly cheaper.
func (s *solver) offer(set []int, a assignment) {
	if a.short == 0 && (s.best.at == nil || a.cost < s.best.cost) {
		s.best, s.bestSet = a, slices.Clone(set)
		s.ub = s.in.floatCost(a.at)
	}
}

// greedy returns a first venue set: the forced venues, then, one at a time,
// the venue that most lowers the cost of sending each State to its nearest
// open venue (capacities aside), up to kmax venues.
func (s *solver) greedy() []int {
	in := s.in
	none := in.big
	near := make([]int64, in.n)
	for i := range near {
		near[i] = none
	}
	var set []int
	use := func(j int) {
		set = append(set, j)
		for i := range in.n {
			if c := in.c[i*in.m+j]; c >= 0 && c < near[i] {
				near[i] = c
			}
		}
	}
	for j, f := range in.open {
		if f {
			use(j)
		}
	}
	for len(set) < in.kmax {
		bestJ, bestGain := -1, int64(0)
		for j := range in.m {
			if slices.Contains(set, j) {
				continue
			}
			gain := int64(0)
			for i := range in.n {
				if c := in.c[i*in.m+j]; c >= 0 && c < near[i] {
					gain += near[i] - c
				}
			}
			if gain > bestGain {
				bestJ, bestGain = j, gain
			}
		}
		if bestJ < 0 {
			break
		}
		use(bestJ)
	}
	slices.Sort(set)
	return set
}

// move is a change to a venue set: drop out, add in, or both (a swap); −1
// where there is none.
type move struct {
	out, in int
	est     int64 // the cost with every State at its nearest venue: a lower bound
}

// improve runs a local search from set: drop, add and swap moves, each
// judged by an exact assignment, until none improves. While the set is
// feasible, a move is tried only if the cost with every State at its
// nearest venue of the new set, a lower bound on its exact cost, is below
// the current cost; candidates are tried cheapest first.
func (s *solver) improve(set []int) {
	in := s.in
	cur := slices.Clone(set)
	curA := s.evaluate(cur)
	for {
		moves := s.moves(cur)
		var next []int
		var nextA assignment
		if curA.short == 0 {
			moves = slices.DeleteFunc(moves, func(mv move) bool { return mv.est >= curA.cost })
			slices.SortStableFunc(moves, func(a, b move) int { return cmp.Compare(a.est, b.est) })
			for _, mv := range moves {
				cand := apply(cur, mv)
				if a := s.evaluate(cand); a.better(curA) {
					next, nextA = cand, a
					break
				}
			}
		} else {
			for _, mv := range moves {
				cand := apply(cur, mv)
				if a := s.evaluate(cand); a.better(curA) && (next == nil || a.better(nextA)) {
					next, nextA = cand, a
				}
			}
		}
		if next == nil || len(next) > in.kmax {
			return
		}
		cur, curA = next, nextA
	}
}

// moves lists the moves from set allowed by the forced venues and kmax,
// with their estimates.
func (s *solver) moves(set []int) []move {
	in := s.in
	none := in.big
	// The nearest and second nearest venue of set for each State.
	first := make([]int, in.n)
	c1, c2 := make([]int64, in.n), make([]int64, in.n)
	for i := range in.n {
		first[i], c1[i], c2[i] = -1, none, none
		for _, j := range set {
			c := in.c[i*in.m+j]
			switch {
			case c < 0:
			case c < c1[i]:
				first[i], c1[i], c2[i] = j, c, c1[i]
			case c < c2[i]:
				c2[i] = c
			}
		}
	}
	est := func(out, add int) int64 {
		sum := int64(0)
		for i := range in.n {
			c := c1[i]
			if first[i] == out {
				c = c2[i]
			}
			if add >= 0 {
				if ca := in.c[i*in.m+add]; ca >= 0 && ca < c {
					c = ca
				}
			}
			if c == none {
				return math.MaxInt64 // a State no venue of the set can take
			}
			sum += c
		}
		return sum
	}
	var outs, ins []int
	for j := range in.m {
		switch {
		case !slices.Contains(set, j):
			ins = append(ins, j)
		case !in.open[j]:
			outs = append(outs, j)
		}
	}
	var mv []move
	if len(set) > 1 {
		for _, o := range outs {
			mv = append(mv, move{o, -1, est(o, -1)})
		}
	}
	if len(set) < in.kmax {
		for _, p := range ins {
			mv = append(mv, move{-1, p, est(-1, p)})
		}
	}
	for _, o := range outs {
		for _, p := range ins {
			mv = append(mv, move{o, p, est(o, p)})
		}
	}
	return mv
}

// apply returns set changed by mv, sorted.
func apply(set []int, mv move) []int {
	out := make([]int, 0, len(set)+1)
	for _, j := range set {
		if j != mv.out {
			out = append(out, j)
		}
	}
	if mv.in >= 0 {
		out = append(out, mv.in)
	}
	slices.Sort(out)
	return out
}
