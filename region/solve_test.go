package region

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// TestSolveBruteForce compares Solve with exhaustive search on many small
// random instances with every constraint in play.
func TestSolveBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	feasible := 0
	for trial := range 600 {
		n, m := 1+rng.IntN(7), 1+rng.IntN(5)
		p := randomProblem(rng, n, m)
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
	t.Logf("%d of 600 instances feasible", feasible)
}
