package region

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/article9/article9"
)

// TestSolveBruteForce compares Solve with exhaustive search on many small
// random instances with every constraint in play: languages, capacities,
// minimum sizes, forced and excluded venues, weights.
func TestSolveBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := []struct{ trials, n, dn, m, dm int }{
		{600, 1, 7, 1, 5}, // 1–7 States, 1–5 venues
		{150, 6, 5, 4, 4}, // 6–10 States, 4–7 venues
	}
	for _, sz := range sizes {
		feasible := 0
		for trial := range sz.trials {
			p := randomProblem(rng, sz.n+rng.IntN(sz.dn), sz.m+rng.IntN(sz.dm))
			want, ok := bruteForce(p)
			plan, err := Solve(p)
			switch {
			case !ok && errors.Is(err, ErrInfeasible):
				continue
			case !ok:
				t.Fatalf("trial %d: brute force finds no plan, Solve: %v, %+v\nproblem %+v", trial, err, plan, p)
			case err != nil:
				t.Fatalf("trial %d: brute force finds %g, Solve: %v\nproblem %+v", trial, want, err, p)
			}
			feasible++
			if math.Abs(plan.Cost-want) > 1e-9*max(1, want) || !plan.Optimal {
				t.Fatalf("trial %d: Solve cost %.12g optimal %v, brute force %.12g\nproblem %+v", trial, plan.Cost, plan.Optimal, want, p)
			}
		}
		if feasible < sz.trials/3 {
			t.Errorf("only %d of %d instances feasible", feasible, sz.trials)
		}
	}
}

// TestSolveEnumeration compares Solve, on instances of 30–50 States and
// 10–14 venues, with trying every venue set and assigning the States to it
// exactly (the assignment is checked against exhaustive search and the
// linear programme in transport_test.go).
func TestSolveEnumeration(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	for trial := range 40 {
		p := randomProblem(rng, 30+rng.IntN(20), 10+rng.IntN(5))
		p.K = 2 + rng.IntN(4)
		p.MinSize = rng.IntN(6)
		p.Capacity = 8 + rng.IntN(20)
		want, ok := enumerate(p)
		plan, err := Solve(p)
		switch {
		case !ok && errors.Is(err, ErrInfeasible):
		case !ok:
			t.Fatalf("trial %d: enumeration finds no plan, Solve: %v", trial, err)
		case err != nil:
			t.Fatalf("trial %d: enumeration finds %g, Solve: %v", trial, want, err)
		case math.Abs(plan.Cost-want) > 1e-9*max(1, want) || !plan.Optimal:
			t.Fatalf("trial %d: Solve cost %.12g optimal %v, enumeration %.12g", trial, plan.Cost, plan.Optimal, want)
		}
	}
}

// enumerate returns the least cost over every allowed venue set, each
// assigned exactly.
func enumerate(p Problem) (float64, bool) {
	in, err := newInstance(&p)
	if err != nil {
		return 0, false
	}
	best := math.Inf(1)
	for mask := 1; mask < 1<<in.m; mask++ {
		var set []int
		allowed := true
		for j := range in.m {
			if mask&(1<<j) != 0 {
				set = append(set, j)
			} else if in.open[j] {
				allowed = false
			}
		}
		if !allowed || len(set) > in.kmax {
			continue
		}
		if a := in.assign(set); a.short == 0 {
			best = min(best, in.floatCost(a.at))
		}
	}
	return best, !math.IsInf(best, 1)
}

// outstanding returns the embedded dataset's outstanding States Parties
// (in process, incomplete, no information): 58 States.
func outstanding() []article9.State {
	return article9.CCM().Filter(func(s article9.State) bool {
		return s.IsParty() && (s.Status == article9.InProcess || s.Status == article9.Incomplete || s.Status == article9.NoInformation)
	})
}

// TestCoordinatorPlans plans workshops for the 58 outstanding States with
// the default venues and checks the cost against the optimum of the same
// model solved as a mixed-integer programme (writeMIP) by COIN-OR CBC
// 2.10.8, recorded here.
func TestCoordinatorPlans(t *testing.T) {
	states := outstanding()
	if len(states) != 58 {
		t.Fatalf("%d outstanding States, want 58", len(states))
	}
	tests := []struct {
		k, minSize int
		want       float64 // km, CBC's optimum
	}{
		{4, 0, 170528.18381389},
		{5, 0, 128846.180184},
		{6, 0, 107371.158778},
		{7, 0, 96488.57962965},
		{8, 0, 86215.90464217},
		{5, 8, 137286.82858367},
		{6, 9, 133755.39022819},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("K=%d,min=%d", tc.k, tc.minSize), func(t *testing.T) {
			plan, err := Solve(Problem{States: states, Venues: DefaultVenues(), K: tc.k, MinSize: tc.minSize})
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(plan.Cost-tc.want) > 1e-6 || !plan.Optimal {
				t.Errorf("cost %.8f km, optimal %v; want %.8f km, optimal", plan.Cost, plan.Optimal, tc.want)
			}
		})
	}
}

// TestAgainstMIP compares Solve with CBC on random coordinator-size
// instances (60 States, 30 venues), when CBC is installed.
func TestAgainstMIP(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	rng := rand.New(rand.NewPCG(21, 22))
	for trial := range 6 {
		p := randomProblem(rng, 60, 30)
		p.K = 3 + rng.IntN(6)
		p.Capacity = 15 + rng.IntN(10)
		p.MinSize = rng.IntN(8)
		want, feasible := cbcOptimum(t, p)
		plan, err := Solve(p)
		switch {
		case !feasible && errors.Is(err, ErrInfeasible):
		case !feasible:
			t.Errorf("trial %d: CBC finds the MIP infeasible, Solve: %v", trial, err)
		case err != nil:
			t.Errorf("trial %d: CBC finds %.6f, Solve: %v", trial, want, err)
		case math.Abs(plan.Cost-want) > 1e-6*want || !plan.Optimal:
			t.Errorf("trial %d: Solve %.6f (optimal %v), CBC %.6f", trial, plan.Cost, plan.Optimal, want)
		}
	}
}
