package priority

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/article9/article9"
)

var methods = []Method{WeightedSum, TOPSIS}

// TestDominance: a State at least as needy as another on every criterion
// never ranks below it.
func TestDominance(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n, m := 2+rng.IntN(30), 1+rng.IntN(6)
		needs := randomNeeds(rng, n, m, false)
		// Add a dominated copy of some States.
		for i := range n / 2 {
			row := append([]float64(nil), needs[i]...)
			for k := range row {
				row[k] *= rng.Float64()
			}
			needs = append(needs, row)
		}
		iso := isoCodes(len(needs))
		states, crit := grid(iso, needs, Worst)
		w := make([]float64, m)
		for k := range w {
			w[k] = rng.Float64()
		}
		w[0] += 0.1
		for _, method := range methods {
			r, err := Model{Criteria: crit, Weights: w, Method: method}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			rank := map[string]int{}
			for _, e := range r.Entries {
				rank[e.State.ISO3] = e.Rank
			}
			for a := range needs {
				for b := range needs {
					if a != b && dominates(needs[a], needs[b]) && rank[iso[a]] > rank[iso[b]] {
						t.Fatalf("trial %d, %v: %s %v ranks %d below %s %v ranked %d", trial, method, iso[a], needs[a], rank[iso[a]], iso[b], needs[b], rank[iso[b]])
					}
				}
			}
		}
	}
}

func dominates(a, b []float64) bool {
	for k := range a {
		if a[k] < b[k] {
			return false
		}
	}
	return true
}

// TestMonotone: raising one of a State's needs never lowers its score.
func TestMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 300 {
		n, m := 1+rng.IntN(20), 1+rng.IntN(6)
		needs := randomNeeds(rng, n, m, false)
		iso := isoCodes(n)
		w := make([]float64, m)
		for k := range w {
			w[k] = float64(rng.IntN(4))
		}
		w[rng.IntN(m)] = 1
		i, k := rng.IntN(n), rng.IntN(m)
		raised := make([][]float64, n)
		for r := range needs {
			raised[r] = append([]float64(nil), needs[r]...)
		}
		raised[i][k] += (1 - raised[i][k]) * rng.Float64()
		for _, method := range methods {
			before := scoreOf(t, needs, iso, w, method, iso[i])
			after := scoreOf(t, raised, iso, w, method, iso[i])
			if after < before-Epsilon {
				t.Fatalf("trial %d, %v: raising need %d of %s from %v to %v lowered its score from %v to %v", trial, method, k, iso[i], needs[i][k], raised[i][k], before, after)
			}
		}
	}
}

func scoreOf(t *testing.T, needs [][]float64, iso []string, w []float64, method Method, who string) float64 {
	t.Helper()
	states, crit := grid(iso, needs, Worst)
	r, err := Model{Criteria: crit, Weights: w, Method: method}.Rank(states, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return entryByISO(r, who).Score
}

// TestScaleWeights: multiplying all weights by a constant changes nothing.
func TestScaleWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 100 {
		n, m := 1+rng.IntN(25), 1+rng.IntN(6)
		states, crit := grid(isoCodes(n), randomNeeds(rng, n, m, true), Missing(rng.IntN(3)))
		w := make([]float64, m)
		for k := range w {
			w[k] = rng.Float64()
		}
		c := 0.001 + 1000*rng.Float64()
		scaled := make([]float64, m)
		for k := range w {
			scaled[k] = c * w[k]
		}
		for _, method := range methods {
			a, err := Model{Criteria: crit, Weights: w, Method: method}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Model{Criteria: crit, Weights: scaled, Method: method}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			for p := range a.Entries {
				ea, eb := a.Entries[p], b.Entries[p]
				if ea.State.ISO3 != eb.State.ISO3 || ea.Rank != eb.Rank || math.Abs(ea.Score-eb.Score) > 1e-12 || ea.Change.Text != eb.Change.Text {
					t.Fatalf("trial %d, %v: ×%v changed %s (%d, %v) to %s (%d, %v)", trial, method, c, ea.State.ISO3, ea.Rank, ea.Score, eb.State.ISO3, eb.Rank, eb.Score)
				}
			}
		}
	}
}

// TestContributionsSum: contributions add up to the score, exactly when
// added in criterion order, and every value is finite and in range.
func TestContributionsSum(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 200 {
		n, m := 1+rng.IntN(25), 1+rng.IntN(6)
		states, crit := grid(isoCodes(n), randomNeeds(rng, n, m, true), Missing(rng.IntN(3)))
		w := make([]float64, m)
		for k := range w {
			w[k] = float64(rng.IntN(3))
		}
		w[0] = 1
		for _, method := range methods {
			r, err := Model{Criteria: crit, Weights: w, Method: method}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			checkRanking(t, fmt.Sprintf("trial %d, %v", trial, method), r)
		}
	}
}

// checkRanking checks the invariants of any Ranking.
func checkRanking(t *testing.T, what string, r *Ranking) {
	t.Helper()
	n := len(r.Entries)
	for p, e := range r.Entries {
		sum := 0.0
		for _, c := range e.Contributions {
			if math.IsNaN(c) || c < 0 {
				t.Fatalf("%s: %s contribution %v", what, e.State.ISO3, c)
			}
			sum += c
		}
		if sum != e.Score {
			t.Fatalf("%s: %s contributions sum to %v, score %v", what, e.State.ISO3, sum, e.Score)
		}
		if math.IsNaN(e.Score) || e.Score < 0 || e.Score > 1+1e-12 {
			t.Fatalf("%s: %s score %v", what, e.State.ISO3, e.Score)
		}
		if e.Rank < 1 || e.Rank > n || e.Tier < 1 || e.Tier > 3 {
			t.Fatalf("%s: %s rank %d tier %d", what, e.State.ISO3, e.Rank, e.Tier)
		}
		if p > 0 {
			prev := r.Entries[p-1]
			if e.Rank < prev.Rank || e.Rank == prev.Rank && e.State.ISO3 < prev.State.ISO3 || e.Rank > prev.Rank && e.Rank != p+1 {
				t.Fatalf("%s: entry %d (%s, rank %d) after %s (rank %d)", what, p, e.State.ISO3, e.Rank, prev.State.ISO3, prev.Rank)
			}
			if e.Score > prev.Score+Epsilon {
				t.Fatalf("%s: %s scores %v above %s's %v", what, e.State.ISO3, e.Score, prev.State.ISO3, prev.Score)
			}
		} else if e.Rank != 1 {
			t.Fatalf("%s: first rank %d", what, e.Rank)
		}
		if e.Change.From != e.Rank || e.Change.To < e.Change.From || e.Change.To > n || e.Change.Text == "" {
			t.Fatalf("%s: %s change %+v", what, e.State.ISO3, e.Change)
		}
		for _, rs := range e.Reasons {
			if rs.Text == "" || rs.Criterion == "" {
				t.Fatalf("%s: %s empty reason %+v", what, e.State.ISO3, rs)
			}
		}
	}
}

// TestDegenerate: no NaN for one State, identical States, zero-range and
// binary criteria, zero weights, all needs 0 or 1.
func TestDegenerate(t *testing.T) {
	tests := []struct {
		name    string
		needs   [][]float64
		weights []float64
	}{
		{"one State", [][]float64{{0.3, 1}}, []float64{1, 1}},
		{"one State, no need", [][]float64{{0, 0}}, []float64{1, 1}},
		{"identical", [][]float64{{0.5, 0.2}, {0.5, 0.2}, {0.5, 0.2}}, []float64{1, 2}},
		{"all zero", [][]float64{{0, 0}, {0, 0}}, []float64{1, 1}},
		{"all one", [][]float64{{1, 1}, {1, 1}}, []float64{1, 1}},
		{"zero range", [][]float64{{0.4, 1}, {0.4, 0}, {0.4, 0.5}}, []float64{1, 1}},
		{"binary", [][]float64{{1, 0}, {0, 1}, {0, 0}}, []float64{3, 1}},
		{"zero weight", [][]float64{{1, 0}, {0, 1}}, []float64{0, 1}},
		{"dominated", [][]float64{{1, 1}, {0, 0}, {0.5, 0.5}}, []float64{1, 1}},
	}
	for _, tt := range tests {
		for _, method := range methods {
			t.Run(tt.name+"/"+method.String(), func(t *testing.T) {
				states, crit := grid(isoCodes(len(tt.needs)), tt.needs, Worst)
				m := Model{Criteria: crit, Weights: tt.weights, Method: method}
				r, err := m.Stability(states, asOf, 50, 1, 1)
				if err != nil {
					t.Fatal(err)
				}
				checkRanking(t, tt.name, r)
				for _, e := range r.Entries {
					if e.Interval[0] < 1 || e.Interval[0] > e.Interval[1] || math.IsNaN(e.PTop) {
						t.Errorf("%s stability %v %v", e.State.ISO3, e.Interval, e.PTop)
					}
				}
			})
		}
	}
	// Identical States tie at 1st; under TOPSIS they score 0.5.
	states, crit := grid(isoCodes(3), [][]float64{{0.5, 0.2}, {0.5, 0.2}, {0.5, 0.2}}, Worst)
	r, _ := Model{Criteria: crit, Method: TOPSIS}.Rank(states, asOf)
	for _, e := range r.Entries {
		if e.Rank != 1 || math.Abs(e.Score-0.5) > 1e-15 {
			t.Errorf("identical State %s: rank %d, score %v", e.State.ISO3, e.Rank, e.Score)
		}
	}
}

// TestDefaultsOnRandomStates runs the default criteria over random records.
func TestDefaultsOnRandomStates(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	flag := func() article9.Flag { return article9.Flag(rng.IntN(3)) }
	for trial := range 50 {
		n := 1 + rng.IntN(40)
		states := make([]article9.State, n)
		for i, code := range isoCodes(n) {
			s := article9.State{ISO3: code, Name: code, Status: article9.Status(rng.IntN(6)),
				InitialReportOverdue: flag(), Stockpile: flag(), Contaminated: flag(), Victims: flag(), AssistanceRequested: flag()}
			if rng.IntN(4) > 0 {
				s.StatusYear = 2000 + rng.IntN(30)
			}
			if rng.IntN(4) > 0 {
				s.EntryIntoForce = date(2010+rng.IntN(16), time.Month(1+rng.IntN(12)), 1)
			}
			s.LastArticle7Report = []int{0, article9.NeverReported, 2015, 2024}[rng.IntN(4)]
			states[i] = s
		}
		for _, method := range methods {
			r, err := Model{Method: method}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			checkRanking(t, fmt.Sprintf("trial %d, %v", trial, method), r)
		}
	}
}
