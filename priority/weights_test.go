package priority

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestDirect(t *testing.T) {
	tests := []struct {
		name string
		in   []float64
		want []float64
		err  string
	}{
		{"normalised", []float64{2, 1, 1}, []float64{0.5, 0.25, 0.25}, ""},
		{"zero is off", []float64{0, 3, 1}, []float64{0, 0.75, 0.25}, ""},
		{"already", []float64{0.2, 0.8}, []float64{0.2, 0.8}, ""},
		{"empty", nil, nil, "no weights"},
		{"all zero", []float64{0, 0}, nil, "all weights are zero"},
		{"negative", []float64{1, -1}, nil, "weight 2 is -1"},
		{"NaN", []float64{math.NaN()}, nil, "weight 1 is NaN"},
		{"infinite", []float64{math.Inf(1), 1}, nil, "weight 1 is +Inf"},
		{"overflow", []float64{math.MaxFloat64, math.MaxFloat64}, nil, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Direct(tt.in)
			if tt.err != "" {
				if err == nil || !errors.Is(err, ErrWeights) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Direct() error = %v, want ErrWeights containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("Direct() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestROC(t *testing.T) {
	// Hand computation: w_k = (1/n) Σ_{j=k}^n 1/j.
	tests := []struct {
		n    int
		want []float64
	}{
		{0, nil},
		{1, []float64{1}},
		{2, []float64{3.0 / 4, 1.0 / 4}},
		{3, []float64{11.0 / 18, 5.0 / 18, 2.0 / 18}},
		{4, []float64{25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48}},
	}
	for _, tt := range tests {
		got := ROC(tt.n)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
			t.Errorf("ROC(%d) mismatch (-want +got):\n%s", tt.n, diff)
		}
	}
	for n := 1; n <= 20; n++ {
		w, sum := ROC(n), 0.0
		for k, v := range w {
			sum += v
			if k > 0 && v >= w[k-1] {
				t.Errorf("ROC(%d) not decreasing at %d", n, k)
			}
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Errorf("ROC(%d) sums to %v", n, sum)
		}
	}
}

func TestParseWeights(t *testing.T) {
	crit := DefaultCriteria()
	tests := []struct {
		spec string
		want []float64
		err  string
	}{
		{"gap=2, reporting=1,assistance=1", []float64{0.5, 0, 0.25, 0, 0, 0.25}, ""},
		{"gap=1,staleness=1,reporting=1,deadline=1,obligations=1,assistance=1,", []float64{1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}, ""},
		{"gap=1,stalenes=2", nil, `unknown criterion "stalenes" (allowed: gap, staleness, reporting, deadline, obligations, assistance)`},
		{"gap=1,gap=2", nil, `criterion "gap" given twice`},
		{"gap", nil, `"gap" is not name=weight`},
		{"gap=x", nil, `weight "x" of gap is not a number ≥ 0`},
		{"gap=-1", nil, `weight "-1" of gap is not a number ≥ 0`},
		{"gap=0", nil, "all weights are zero"},
		{"", nil, "all weights are zero"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			got, err := ParseWeights(tt.spec, crit)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseWeights() error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("ParseWeights() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
