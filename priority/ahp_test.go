package priority

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// round3 rounds to 3 decimals, as published tables do.
func round3(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Round(x*1000) / 1000
	}
	return out
}

// TestAHPSaatyHouse checks AHP against Saaty's published house-buying
// example: T. L. Saaty, "How to make a decision: the analytic hierarchy
// process", European Journal of Operational Research 48 (1990) 9–26. The
// eight criteria are size of house, transportation, neighbourhood, age of
// house, yard space, modern facilities, general condition and financing;
// the paper gives the priorities 0.173, 0.054, 0.188, 0.018, 0.031, 0.036,
// 0.167, 0.333 with λmax = 9.669, CI = 0.238 and CR = 0.169, above 0.1, so
// AHP must also report the inconsistency. The yard-space comparison of the
// three houses in the same paper gives 0.674, 0.101, 0.226 with CR = 0.074.
func TestAHPSaatyHouse(t *testing.T) {
	criteria := [][]float64{
		{1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
		{1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
		{1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
		{1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
		{1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
		{1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
		{3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
		{4, 7, 5, 8, 6, 6, 2, 1},
	}
	yard := [][]float64{{1, 5, 4}, {1.0 / 5, 1, 1.0 / 3}, {1.0 / 4, 3, 1}}
	tests := []struct {
		name     string
		matrix   [][]float64
		want     []float64
		wantCR   float64
		wantInco bool
	}{
		{"criteria", criteria, []float64{0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333}, 0.169, true},
		{"yard space", yard, []float64{0.674, 0.101, 0.226}, 0.074, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, cr, err := AHP(tt.matrix)
			if tt.wantInco != (err != nil) {
				t.Fatalf("AHP() error = %v, want inconsistency %v", err, tt.wantInco)
			}
			if err != nil && !errors.Is(err, ErrInconsistent) {
				t.Fatalf("AHP() error = %v, want ErrInconsistent", err)
			}
			if diff := cmp.Diff(tt.want, round3(w)); diff != "" {
				t.Errorf("AHP() weights mismatch (-want +got):\n%s", diff)
			}
			if got := math.Round(cr*1000) / 1000; got != tt.wantCR {
				t.Errorf("AHP() CR = %.4f, want %.3f", cr, tt.wantCR)
			}
		})
	}
	// λmax and CI of the criteria matrix: CI = CR·RI(8).
	_, cr, _ := AHP(criteria)
	if ci := cr * randomIndex[8]; math.Round(ci*1000)/1000 != 0.238 || math.Round((ci*7+8)*1000)/1000 != 9.669 {
		t.Errorf("CI = %.4f, λmax = %.4f, want 0.238 and 9.669", ci, ci*7+8)
	}
}

func TestAHPConsistent(t *testing.T) {
	// A matrix built from weights 0.5, 0.3, 0.2 is consistent: AHP returns
	// them exactly (to rounding) with CR 0.
	w := []float64{0.5, 0.3, 0.2}
	a := make([][]float64, 3)
	for i := range a {
		a[i] = make([]float64, 3)
		for j := range a[i] {
			a[i][j] = w[i] / w[j]
		}
	}
	got, cr, err := AHP(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(w, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("AHP() mismatch (-want +got):\n%s", diff)
	}
	if cr > 1e-12 {
		t.Errorf("CR = %v, want 0", cr)
	}
	for _, tt := range []struct {
		m    [][]float64
		want []float64
	}{
		{[][]float64{{1}}, []float64{1}},
		{[][]float64{{1, 3}, {1.0 / 3, 1}}, []float64{0.75, 0.25}},
	} {
		got, cr, err := AHP(tt.m)
		if err != nil || cr != 0 {
			t.Fatalf("AHP(%v) = _, %v, %v; want CR 0, no error", tt.m, cr, err)
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("AHP(%v) mismatch (-want +got):\n%s", tt.m, diff)
		}
	}
}

func TestAHPInvalid(t *testing.T) {
	tests := []struct {
		name string
		m    [][]float64
		want string
	}{
		{"empty", nil, "no criteria"},
		{"not square", [][]float64{{1, 2}, {0.5}}, "row 2 has 1 entries, want 2"},
		{"zero", [][]float64{{1, 0}, {2, 1}}, "entry (1,2) is 0"},
		{"negative", [][]float64{{1, -2}, {-0.5, 1}}, "entry (1,2) is -2"},
		{"NaN", [][]float64{{1, math.NaN()}, {1, 1}}, "entry (1,2) is NaN"},
		{"infinite", [][]float64{{1, math.Inf(1)}, {0, 1}}, "entry (1,2) is +Inf"},
		{"diagonal", [][]float64{{2, 1}, {1, 1}}, "diagonal entry (1,1) is 2, want 1"},
		{"not reciprocal", [][]float64{{1, 3}, {0.5, 1}}, "entries (1,2) = 3 and (2,1) = 0.5 are not reciprocal"},
		{"too large", make16(), "16 criteria (allowed: at most 15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := AHP(tt.m)
			if err == nil || !errors.Is(err, ErrPairwise) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("AHP() error = %v, want ErrPairwise containing %q", err, tt.want)
			}
		})
	}
	// Three-decimal reciprocals pass.
	if _, _, err := AHP([][]float64{{1, 3}, {0.333, 1}}); err != nil {
		t.Errorf("AHP with 0.333 for 1/3: %v", err)
	}
}

func make16() [][]float64 {
	a := make([][]float64, 16)
	for i := range a {
		a[i] = make([]float64, 16)
		for j := range a[i] {
			a[i][j] = 1
		}
	}
	return a
}

func TestInconsistencyErrorNamesJudgements(t *testing.T) {
	// a prefers 1 over 2 and 2 over 3, but 3 over 1: the cycle is the
	// inconsistency, and the judgement 1-over-3 disagrees most.
	p := &Pairwise{Names: []string{"gap", "staleness", "reporting"}, Matrix: [][]float64{
		{1, 3, 1.0 / 5},
		{1.0 / 3, 1, 3},
		{5, 1.0 / 3, 1},
	}}
	w, cr, err := p.AHP()
	var ie *InconsistencyError
	if !errors.As(err, &ie) {
		t.Fatalf("AHP() error = %v, want *InconsistencyError", err)
	}
	if w == nil || cr <= MaxConsistencyRatio || ie.CR != cr {
		t.Errorf("AHP() = %v, %v; want weights and CR > 0.1 reported", w, cr)
	}
	if len(ie.Judgements) != 3 {
		t.Fatalf("got %d judgements, want 3", len(ie.Judgements))
	}
	for k := 1; k < len(ie.Judgements); k++ {
		if ie.Judgements[k].Deviation() > ie.Judgements[k-1].Deviation() {
			t.Errorf("judgements not sorted by deviation: %+v", ie.Judgements)
		}
	}
	msg := err.Error()
	for _, want := range []string{"priority: consistency ratio ", "is above 0.1", "gap over reporting given 0.2"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
}

func TestDefaultPairwise(t *testing.T) {
	a := DefaultPairwise()
	w, cr, err := AHP(a)
	if err != nil {
		t.Fatal(err)
	}
	if cr >= MaxConsistencyRatio {
		t.Errorf("default CR = %v, want < 0.1", cr)
	}
	want := []float64{0.403, 0.147, 0.147, 0.079, 0.076, 0.147} // as documented
	if diff := cmp.Diff(want, round3(w)); diff != "" {
		t.Errorf("default weights mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(w, DefaultWeights()); diff != "" {
		t.Errorf("DefaultWeights() mismatch (-want +got):\n%s", diff)
	}
	crit := DefaultCriteria()
	if len(a) != len(crit) {
		t.Fatalf("matrix of %d for %d criteria", len(a), len(crit))
	}
	// A fresh matrix on every call.
	a[0][1] = 9
	if DefaultPairwise()[0][1] == 9 {
		t.Error("DefaultPairwise returns shared state")
	}
}
