package region

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// randomSet returns a random non-empty subset of the instance's venues.
func randomSet(rng *rand.Rand, in *instance) []int {
	var set []int
	for len(set) == 0 {
		set = set[:0]
		for j := range in.m {
			if rng.IntN(2) == 0 {
				set = append(set, j)
			}
		}
	}
	return set
}

// TestAssignExhaustive compares the min-cost flow with every assignment of
// a few States to a venue set.
func TestAssignExhaustive(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	checked := 0
	for trial := 0; checked < 400 && trial < 5000; trial++ {
		p := randomProblem(rng, 1+rng.IntN(8), 1+rng.IntN(4))
		p.Open, p.Exclude, p.K = nil, nil, len(p.Venues)
		in, err := newInstance(&p)
		if err != nil {
			continue
		}
		checked++
		set := randomSet(rng, in)
		got := in.assign(set)
		// Exhaustive: every map from States to set.
		best := math.Inf(1)
		count := make([]int, in.m)
		var rec func(i int, sum float64)
		rec = func(i int, sum float64) {
			if i == in.n {
				for _, j := range set {
					if count[j] < in.low {
						return
					}
				}
				best = min(best, sum)
				return
			}
			for _, j := range set {
				if in.ok[i*in.m+j] && count[j] < in.cap[j] {
					count[j]++
					rec(i+1, sum+in.a[i*in.m+j])
					count[j]--
				}
			}
		}
		rec(0, 0)
		switch {
		case math.IsInf(best, 1) && got.short == 0:
			t.Fatalf("trial %d: no assignment exists, but assign found one of cost %g", trial, in.floatCost(got.at))
		case math.IsInf(best, 1):
		case got.short > 0:
			t.Fatalf("trial %d: best assignment costs %g, but assign found none (short %d)", trial, best, got.short)
		default:
			if c := in.floatCost(got.at); math.Abs(c-best) > 1e-9*max(1, best) {
				t.Fatalf("trial %d: assign costs %.12g, exhaustive search %.12g", trial, c, best)
			}
		}
	}
}

// TestAssignLP compares the min-cost flow with the linear programme of the
// transportation problem, solved by gonum's simplex method. The programme's
// matrix is totally unimodular, so its optimum is the best assignment.
func TestAssignLP(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	compared := 0
	for trial := range 60 {
		p := randomProblem(rng, 12+rng.IntN(10), 3+rng.IntN(3))
		p.Open, p.Exclude, p.K = nil, nil, len(p.Venues)
		p.Capacity = 4 + rng.IntN(6)
		in, err := newInstance(&p)
		if err != nil {
			continue
		}
		set := randomSet(rng, in)
		got := in.assign(set)
		want, feasible, solved := transportLP(in, set)
		if !solved {
			continue
		}
		compared++
		switch {
		case !feasible && got.short == 0:
			t.Fatalf("trial %d: the LP is infeasible, but assign found a plan of cost %g", trial, in.floatCost(got.at))
		case !feasible:
		case got.short > 0:
			t.Fatalf("trial %d: the LP optimum is %g, but assign found no plan", trial, want)
		default:
			if c := in.floatCost(got.at); math.Abs(c-want) > 1e-6*max(1, want) {
				t.Fatalf("trial %d: assign costs %.9g, the LP %.9g", trial, c, want)
			}
		}
	}
	if compared < 40 {
		t.Errorf("only %d instances compared", compared)
	}
}

// transportLP solves min Σ a·x subject to Σ_j x_ij = 1 for each State,
// low ≤ Σ_i x_ij ≤ cap_j for each venue of set, x ≥ 0, in the standard form
// gonum's lp.Simplex takes (equalities, with a slack per venue inequality).
// solved is false when the simplex method cannot take the programme (more
// equalities than variables).
func transportLP(in *instance, set []int) (opt float64, feasible, solved bool) {
	type arc struct{ i, j int }
	var arcs []arc
	for i := range in.n {
		for _, j := range set {
			if in.ok[i*in.m+j] {
				arcs = append(arcs, arc{i, j})
			}
		}
	}
	for i := range in.n {
		if !slices.ContainsFunc(arcs, func(e arc) bool { return e.i == i }) {
			return 0, false, true // a State no venue of set can take
		}
	}
	k := len(set)
	nv := len(arcs) + 2*k // arcs, then an upper and a lower slack per venue
	rows := in.n + 2*k
	A := mat.NewDense(rows, nv, nil)
	b := make([]float64, rows)
	c := make([]float64, nv)
	for x, e := range arcs {
		c[x] = in.a[e.i*in.m+e.j]
		A.Set(e.i, x, 1)
		for q, j := range set {
			if j == e.j {
				A.Set(in.n+q, x, 1)   // Σ x + upper slack = cap
				A.Set(in.n+k+q, x, 1) // Σ x − lower slack = low
			}
		}
	}
	for i := range in.n {
		b[i] = 1
	}
	for q, j := range set {
		A.Set(in.n+q, len(arcs)+q, 1)
		b[in.n+q] = float64(in.cap[j])
		A.Set(in.n+k+q, len(arcs)+k+q, -1)
		b[in.n+k+q] = float64(in.low)
	}
	if rows >= nv {
		return 0, false, false
	}
	opt, _, err := lp.Simplex(c, A, b, 1e-10, nil)
	switch err {
	case nil:
		return opt, true, true
	case lp.ErrInfeasible:
		return 0, false, true
	}
	return 0, false, false
}
