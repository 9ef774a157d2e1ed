package priority

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestTOPSISPublished checks the TOPSIS core against a published worked
// example: P. Hodgett, "TOPSIS in Excel" (hodgett.co.uk/topsis-in-excel),
// also the test case of the MCDA package for R (tests/TOPSIS.R). Three cars
// on purchase price (a cost), economy, aesthetics and boot capacity,
// weights 0.35, 0.25, 0.25, 0.15; the published closeness is Corsa 0.4817,
// Clio 0.5182, Fiesta 0.1780, with positive ideal (0.1796, 0.1716, 0.1595,
// 0.0873). A cost criterion is a benefit criterion on the negated values.
func TestTOPSISPublished(t *testing.T) {
	x := []float64{
		-5490, 51.4, 8.5, 285, // Corsa
		-6500, 70.6, 7, 288, // Clio
		-6489, 54.3, 7.5, 290, // Fiesta
	}
	w := []float64{0.35, 0.25, 0.25, 0.15}
	tb := &table{n: 3, m: 4, need: x, use: []bool{true, true, true, true, true, true, true, true, true, true, true, true}, imputed: make([]bool, 12)}
	score, contrib := make([]float64, 3), make([]float64, 12)
	topsis(tb, newTopsisParts(x, nil, 3, 4), w, score, contrib)
	got := make([]float64, 3)
	for i, s := range score {
		got[i] = math.Round(s*1e4) / 1e4
	}
	if diff := cmp.Diff([]float64{0.4817, 0.5182, 0.1780}, got); diff != "" {
		t.Errorf("TOPSIS closeness mismatch (-want +got):\n%s", diff)
	}
	// The positive ideal, weighted: the greatest weighted normalised value
	// on each (negated) criterion.
	ideal := []float64{0.179573776, 0.171636015, 0.159499658, 0.087302767}
	norms := make([]float64, 4)
	for k := range 4 {
		for i := range 3 {
			norms[k] += x[i*4+k] * x[i*4+k]
		}
		norms[k] = math.Sqrt(norms[k])
	}
	for k, want := range ideal {
		best := math.Inf(-1)
		for i := range 3 {
			best = math.Max(best, x[i*4+k]/norms[k])
		}
		if got := math.Abs(w[k] * best); math.Abs(got-want) > 1e-9 {
			t.Errorf("ideal %d = %v, want %v", k, got, want)
		}
	}
	for i := range 3 {
		sum := 0.0
		for k := range 4 {
			sum += contrib[i*4+k]
		}
		if sum != score[i] {
			t.Errorf("contributions of %d sum to %v, score %v", i, sum, score[i])
		}
	}
}

// TestWeightedSumHand checks Rank's weighted sum against hand computation.
func TestWeightedSumHand(t *testing.T) {
	iso := []string{"DDD", "CCC", "AAA", "EEE", "BBB"}
	states, crit := grid(iso, [][]float64{
		{0, 0, 1},     // DDD: 0.25
		{1, 0, 0},     // CCC: 0.5
		{1, 1, 0},     // AAA: 0.75
		{0.5, 0.5, 0}, // EEE: 0.375
		{0, 1, 1},     // BBB: 0.5
	}, Worst)
	r, err := Model{Criteria: crit, Weights: []float64{2, 1, 1}}.Rank(states, asOf)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ISO     string
		Rank    int
		Tier    int
		Score   float64
		Contrib []float64
	}
	var got []row
	for _, e := range r.Entries {
		got = append(got, row{e.State.ISO3, e.Rank, e.Tier, e.Score, e.Contributions})
	}
	want := []row{
		{"AAA", 1, 1, 0.75, []float64{0.5, 0.25, 0}},
		{"BBB", 2, 1, 0.5, []float64{0, 0.25, 0.25}},
		{"CCC", 2, 1, 0.5, []float64{0.5, 0, 0}},
		{"EEE", 4, 3, 0.375, []float64{0.25, 0.125, 0}},
		{"DDD", 5, 3, 0.25, []float64{0, 0, 0.25}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Rank() mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{0.5, 0.25, 0.25}, r.Weights); diff != "" {
		t.Errorf("weights mismatch (-want +got):\n%s", diff)
	}
}

func TestTiesWithinEpsilon(t *testing.T) {
	// 0.5·0.2 + 0.5·0.4 rounds to 0.30000000000000004, 0.5·0.6 to 0.3:
	// they tie, ordered by ISO code, and the next State ranks 3rd.
	states, crit := grid([]string{"ZZZ", "AAA", "MMM"}, [][]float64{{0.2, 0.4}, {0.6, 0}, {0.1, 0}}, Worst)
	r, err := Model{Criteria: crit, Weights: []float64{1, 1}}.Rank(states, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if r.Entries[0].Score == r.Entries[1].Score {
		t.Fatal("test needs scores that differ by rounding")
	}
	var got []string
	for _, e := range r.Entries {
		got = append(got, e.State.ISO3+" "+Ordinal(e.Rank))
	}
	if diff := cmp.Diff([]string{"AAA 1st", "ZZZ 1st", "MMM 3rd"}, got); diff != "" {
		t.Errorf("ranks mismatch (-want +got):\n%s", diff)
	}
}

func TestTOPSISDecomposition(t *testing.T) {
	// Two criteria, three States; hand computation of the vector
	// normalisation: column norms √(1+0.25+0) and √(0+1+0.25).
	states, crit := grid([]string{"AAA", "BBB", "CCC"}, [][]float64{{1, 0}, {0.5, 1}, {0, 0.5}}, Worst)
	r, err := Model{Criteria: crit, Weights: []float64{1, 1}, Method: TOPSIS}.Rank(states, asOf)
	if err != nil {
		t.Fatal(err)
	}
	n := math.Sqrt(1.25)
	// r: AAA (1/n, 0), BBB (0.5/n, 1/n), CCC (0, 0.5/n); ideal (1/n, 1/n),
	// anti-ideal (0, 0); weights 0.5.
	want := map[string][2]float64{}
	for iso, rv := range map[string][2]float64{"AAA": {1 / n, 0}, "BBB": {0.5 / n, 1 / n}, "CCC": {0, 0.5 / n}} {
		dp := math.Hypot(0.5*(rv[0]-1/n), 0.5*(rv[1]-1/n))
		dm := math.Hypot(0.5*rv[0], 0.5*rv[1])
		c := dm / (dp + dm)
		b0, b1 := 0.25*rv[0]*rv[0], 0.25*rv[1]*rv[1]
		want[iso] = [2]float64{c * b0 / (b0 + b1), c * b1 / (b0 + b1)}
	}
	for _, e := range r.Entries {
		w := want[e.State.ISO3]
		if diff := cmp.Diff(w[:], e.Contributions, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
			t.Errorf("%s contributions mismatch (-want +got):\n%s", e.State.ISO3, diff)
		}
		if math.Abs(e.Score-(w[0]+w[1])) > 1e-15 {
			t.Errorf("%s score %v, want %v", e.State.ISO3, e.Score, w[0]+w[1])
		}
	}
	if r.Entries[0].State.ISO3 != "BBB" {
		t.Errorf("first is %s, want BBB", r.Entries[0].State.ISO3)
	}
}
