package priority

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Errors AHP returns, for callers to branch on with errors.Is.
var (
	// ErrPairwise: the matrix is not a positive reciprocal square matrix.
	ErrPairwise = errors.New("invalid pairwise comparison matrix")
	// ErrInconsistent: the consistency ratio is above MaxConsistencyRatio;
	// the error is an *InconsistencyError.
	ErrInconsistent = errors.New("pairwise judgements too inconsistent")
)

// MaxConsistencyRatio is Saaty's threshold: judgements with a higher
// consistency ratio should be revised.
const MaxConsistencyRatio = 0.1

// MaxAHPCriteria is the most criteria AHP compares: Saaty's random index is
// tabulated up to 15.
const MaxAHPCriteria = 15

// randomIndex is Saaty's random consistency index RI for n = 0..15: the mean
// consistency index of random reciprocal matrices (Saaty 1980; n = 11–15
// from Saaty's later, larger simulations).
var randomIndex = [...]float64{0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59}

// reciprocalTolerance is how far a_ij·a_ji may be from 1: enough for
// three-decimal entries such as 0.333 for 1/3.
const reciprocalTolerance = 5e-3

// AHP returns the weights of the analytic hierarchy process for a pairwise
// comparison matrix, where pairwise[i][j] says how many times criterion i
// matters more than criterion j (Saaty's 1–9 scale), pairwise[j][i] is its
// reciprocal and the diagonal is 1. The weights are the principal
// eigenvector of the matrix, normalised to sum to 1. cr is Saaty's
// consistency ratio CI/RI, with CI = (λmax − n)/(n − 1) and RI the random
// index for n criteria; it is 0 for n ≤ 2.
//
// The matrix must be square, with 1 to 15 rows, positive finite entries, a
// diagonal of 1 and reciprocal entries within 0.5%; otherwise the error
// wraps ErrPairwise. If cr is above MaxConsistencyRatio, AHP returns the
// weights and cr with an *InconsistencyError naming the judgements that
// disagree most with the weights.
func AHP(pairwise [][]float64) (weights []float64, cr float64, err error) {
	n := len(pairwise)
	if err := checkPairwise(pairwise); err != nil {
		return nil, 0, err
	}
	if n == 1 {
		return []float64{1}, 0, nil
	}
	data := make([]float64, 0, n*n)
	for _, row := range pairwise {
		data = append(data, row...)
	}
	var eig mat.Eigen
	if !eig.Factorize(mat.NewDense(n, n, data), mat.EigenRight) {
		return nil, 0, fmt.Errorf("priority: %w: eigen decomposition failed", ErrPairwise)
	}
	values := eig.Values(nil)
	best := 0
	for k, v := range values {
		if real(v) > real(values[best]) {
			best = k
		}
	}
	var vecs mat.CDense
	eig.VectorsTo(&vecs)
	weights = make([]float64, n)
	sum := 0.0
	for i := range weights {
		weights[i] = real(vecs.At(i, best))
		sum += weights[i]
	}
	for i := range weights {
		weights[i] /= sum
		if !(weights[i] > 0) {
			return nil, 0, fmt.Errorf("priority: %w: no positive principal eigenvector", ErrPairwise)
		}
	}
	if n > 2 {
		lambda := real(values[best])
		cr = math.Max(0, (lambda-float64(n))/float64(n-1)/randomIndex[n])
	}
	if cr > MaxConsistencyRatio {
		return weights, cr, &InconsistencyError{CR: cr, Judgements: inconsistent(pairwise, weights)}
	}
	return weights, cr, nil
}

func checkPairwise(a [][]float64) error {
	n := len(a)
	if n == 0 {
		return fmt.Errorf("priority: %w: no criteria", ErrPairwise)
	}
	if n > MaxAHPCriteria {
		return fmt.Errorf("priority: %w: %d criteria (allowed: at most %d, the largest n with a published random index)", ErrPairwise, n, MaxAHPCriteria)
	}
	for i, row := range a {
		if len(row) != n {
			return fmt.Errorf("priority: %w: row %d has %d entries, want %d (the matrix must be square)", ErrPairwise, i+1, len(row), n)
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
				return fmt.Errorf("priority: %w: entry (%d,%d) is %v (allowed: a positive number such as 3 or 1/3)", ErrPairwise, i+1, j+1, v)
			}
		}
		if math.Abs(row[i]-1) > 1e-9 {
			return fmt.Errorf("priority: %w: diagonal entry (%d,%d) is %v, want 1", ErrPairwise, i+1, i+1, row[i])
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if math.Abs(a[i][j]*a[j][i]-1) > reciprocalTolerance {
				return fmt.Errorf("priority: %w: entries (%d,%d) = %v and (%d,%d) = %v are not reciprocal (write 3 and 1/3)", ErrPairwise, i+1, j+1, a[i][j], j+1, i+1, a[j][i])
			}
		}
	}
	return nil
}

// A Judgement is one entry of a pairwise matrix set against the weights.
type Judgement struct {
	I, J    int     // row and column, 0-based: criterion I compared with criterion J
	Given   float64 // the judgement a_IJ
	Implied float64 // the ratio w_I/w_J of the derived weights
}

// Deviation returns how far the judgement is from the weights' ratio, as a
// factor ≥ 1: max(ε, 1/ε) with ε = Given/Implied (Saaty's perturbation).
func (j Judgement) Deviation() float64 {
	e := j.Given / j.Implied
	return math.Max(e, 1/e)
}

// InconsistencyError reports a consistency ratio above MaxConsistencyRatio
// and the judgements most at odds with the derived weights.
type InconsistencyError struct {
	CR         float64
	Names      []string    // criterion names by index; nil to number them
	Judgements []Judgement // at most three, largest deviation first
}

// Error names the inconsistent judgements, such as "priority: consistency
// ratio 0.169 is above 0.1; most inconsistent judgements: gap over
// staleness given 3, the weights imply 0.62; …".
func (e *InconsistencyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "priority: consistency ratio %s is above %v (revise the judgements)", strconv.FormatFloat(e.CR, 'f', 3, 64), MaxConsistencyRatio)
	for k, j := range e.Judgements {
		if k == 0 {
			b.WriteString("; most inconsistent: ")
		} else {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s over %s given %s, the weights imply %s", e.name(j.I), e.name(j.J), formatNumber(j.Given), strconv.FormatFloat(j.Implied, 'f', 2, 64))
	}
	return b.String()
}

func (e *InconsistencyError) name(i int) string {
	if i < len(e.Names) && e.Names[i] != "" {
		return e.Names[i]
	}
	return "criterion " + strconv.Itoa(i+1)
}

// Unwrap returns ErrInconsistent.
func (e *InconsistencyError) Unwrap() error { return ErrInconsistent }

// inconsistent returns the upper-triangle judgements with the largest
// deviation from the weights, at most three, largest first, ties by
// position.
func inconsistent(a [][]float64, w []float64) []Judgement {
	var js []Judgement
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			js = append(js, Judgement{I: i, J: j, Given: a[i][j], Implied: w[i] / w[j]})
		}
	}
	sort.SliceStable(js, func(x, y int) bool { return js[x].Deviation() > js[y].Deviation() })
	return js[:min(3, len(js))]
}
