package priority

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ErrWeights is wrapped by every error about weights that are not usable:
// negative, not finite, all zero, or not one per criterion.
var ErrWeights = errors.New("invalid weights")

// Direct returns w normalised to sum to 1. A zero weight turns its criterion
// off. It is an error if w is empty, if a weight is negative, NaN or
// infinite, or if all are zero.
func Direct(w []float64) ([]float64, error) {
	if len(w) == 0 {
		return nil, fmt.Errorf("priority: %w: no weights", ErrWeights)
	}
	sum := 0.0
	for i, v := range w {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return nil, fmt.Errorf("priority: %w: weight %d is %v (allowed: a finite number ≥ 0)", ErrWeights, i+1, v)
		}
		sum += v
	}
	if sum == 0 {
		return nil, fmt.Errorf("priority: %w: all weights are zero (at least one must be positive)", ErrWeights)
	}
	if math.IsInf(sum, 0) {
		return nil, fmt.Errorf("priority: %w: weights too large to add up", ErrWeights)
	}
	out := make([]float64, len(w))
	for i, v := range w {
		out[i] = v / sum
	}
	return out, nil
}

// ROC returns the rank-order centroid weights of n criteria ranked from most
// to least important: w_k = (1/n) Σ_{j=k}^{n} 1/j for k = 1..n. They sum to
// 1 and decrease; ROC(4) is 0.5208, 0.2708, 0.1458, 0.0625. ROC returns nil
// for n < 1.
func ROC(n int) []float64 {
	if n < 1 {
		return nil
	}
	w := make([]float64, n)
	tail := 0.0
	for k := n; k >= 1; k-- {
		tail += 1 / float64(k)
		w[k-1] = tail / float64(n)
	}
	return w
}

// ParseWeights parses direct weights written as "name=w,name=w" (such as
// "gap=4,staleness=1.5,reporting=1") against criteria, returning one weight
// per criterion in criteria's order, normalised with Direct. A criterion not
// named gets weight 0 (off). Unknown or repeated names and bad numbers are
// errors naming the item.
func ParseWeights(spec string, criteria []Criterion) ([]float64, error) {
	w := make([]float64, len(criteria))
	seen := make([]bool, len(criteria))
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, value, ok := strings.Cut(item, "=")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if !ok || name == "" {
			return nil, fmt.Errorf("priority: %w: %q is not name=weight", ErrWeights, item)
		}
		k := criterionIndex(criteria, name)
		if k < 0 {
			return nil, fmt.Errorf("priority: %w: unknown criterion %q (allowed: %s)", ErrWeights, name, criterionNames(criteria))
		}
		if seen[k] {
			return nil, fmt.Errorf("priority: %w: criterion %q given twice", ErrWeights, name)
		}
		v, err := strconv.ParseFloat(value, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return nil, fmt.Errorf("priority: %w: weight %q of %s is not a number ≥ 0", ErrWeights, value, name)
		}
		w[k], seen[k] = v, true
	}
	return Direct(w)
}

func criterionIndex(criteria []Criterion, name string) int {
	for k, c := range criteria {
		if c.Name == name {
			return k
		}
	}
	return -1
}

func criterionNames(criteria []Criterion) string {
	names := make([]string, len(criteria))
	for k, c := range criteria {
		names[k] = c.Name
	}
	return strings.Join(names, ", ")
}

// DefaultPairwise returns the pairwise comparison matrix behind the default
// weights, over DefaultCriteria in order (gap, staleness, reporting,
// deadline, obligations, assistance). Entry [i][j] says how much more
// criterion i matters than criterion j for choosing whom to approach first,
// on Saaty's 1–9 scale; [j][i] is its reciprocal. Each call returns a fresh
// matrix.
func DefaultPairwise() [][]float64 {
	// Upper triangle, with the reasoning for each judgement. The coordinators'
	// task (work-plan Action G) is to find the States without sufficient
	// information on Article 9 and approach them first.
	up := [6][6]float64{
		0: {
			1: 3, // gap ≫ staleness: what is missing matters more than how old it is.
			2: 3, // gap ≫ reporting: reporting is the channel, the gap is the problem.
			3: 4, // gap ≫ deadline: the deadline mostly restates the gap in time.
			4: 5, // gap ≫ obligations: they raise the stakes, they are not the gap.
			5: 3, // gap ≫ assistance: a request shows engagement already under way.
		},
		1: {
			2: 1, // staleness = reporting: both say the State has gone quiet.
			3: 2, // staleness > deadline: silence hides more than a missed date.
			4: 2, // staleness > obligations: old news first, stakes second.
			5: 1, // staleness = assistance: both call for a visit or a call.
		},
		2: {
			3: 2, // reporting > deadline: overdue reports are a concrete failing.
			4: 2, // reporting > obligations: same reasoning as staleness.
			5: 1, // reporting = assistance: Actions 48 and A weigh alike.
		},
		3: {
			4: 1,   // deadline = obligations: both secondary context.
			5: 0.5, // deadline < assistance: a pending request is actionable now.
		},
		4: {
			5: 0.5, // obligations < assistance: same reasoning.
		},
	}
	a := make([][]float64, 6)
	for i := range a {
		a[i] = make([]float64, 6)
		a[i][i] = 1
	}
	for i := range 6 {
		for j := i + 1; j < 6; j++ {
			a[i][j], a[j][i] = up[i][j], 1/up[i][j]
		}
	}
	return a
}

// DefaultWeights returns the default weights of DefaultCriteria: the AHP
// principal-eigenvector weights of DefaultPairwise (consistency ratio
// below 0.01). Rounded, they are gap 0.403, staleness 0.147, reporting
// 0.147, deadline 0.079, obligations 0.076, assistance 0.147.
func DefaultWeights() []float64 {
	w, _ := defaultAHP()
	return w
}

// defaultAHP returns the default weights and their consistency ratio.
func defaultAHP() ([]float64, float64) {
	w, cr, err := AHP(DefaultPairwise())
	if err != nil {
		panic("priority: default pairwise matrix is invalid: " + err.Error()) // a build defect, caught by the tests
	}
	return w, cr
}
