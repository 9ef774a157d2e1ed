package priority

import "math"

// table holds the needs of n States on m criteria, row-major (State i,
// criterion k at i*m+k).
type table struct {
	n, m    int
	need    []float64 // after imputation; 0 where excluded
	use     []bool    // false where the criterion is excluded for the State
	imputed []bool    // true where the value was unknown
}

func newTable(n, m int) *table {
	return &table{n: n, m: m, need: make([]float64, n*m), use: make([]bool, n*m), imputed: make([]bool, n*m)}
}

// stateWeights writes State i's weights into wi: w, or, when some criteria
// are excluded for the State, w restricted to the others and renormalised.
// It reports false when no weighted criterion is left.
func (t *table) stateWeights(i int, w, wi []float64) bool {
	use := t.use[i*t.m : (i+1)*t.m]
	all, sum := true, 0.0
	for k, u := range use {
		if u {
			sum += w[k]
		} else {
			all = false
		}
	}
	if all {
		copy(wi, w)
		return true
	}
	if sum == 0 {
		return false
	}
	for k, u := range use {
		if u {
			wi[k] = w[k] / sum
		} else {
			wi[k] = 0
		}
	}
	return true
}

// weightedSum writes each State's score and, if contrib is not nil, the
// contributions w_k·need_k (n*m). The score is the sum of the contributions
// in criterion order, so they add up to it exactly.
func weightedSum(t *table, w []float64, score, contrib []float64) {
	wi := make([]float64, t.m)
	for i := range t.n {
		s := 0.0
		ok := t.stateWeights(i, w, wi)
		for k := range t.m {
			c := 0.0
			if ok {
				c = wi[k] * t.need[i*t.m+k]
			}
			if contrib != nil {
				contrib[i*t.m+k] = c
			}
			s += c
		}
		score[i] = s
	}
}

// topsisParts holds, per State and criterion, the squared distances of the
// vector-normalised value r_ik = x_ik/‖x_·k‖ to the ideal max_i r_ik (a) and
// to the anti-ideal min_i r_ik (b), before weighting. The norms and extremes
// run over the States for which the criterion is used. They do not depend on
// the weights, so Stability computes them once.
type topsisParts struct {
	a, b []float64
}

// newTopsisParts computes the parts of values x (n*m, any real numbers; a
// cost criterion is a benefit criterion on −x, since the vector norm of −x
// is that of x). use may be nil: every value used.
func newTopsisParts(x []float64, use []bool, n, m int) topsisParts {
	p := topsisParts{a: make([]float64, n*m), b: make([]float64, n*m)}
	used := func(i, k int) bool { return use == nil || use[i*m+k] }
	for k := range m {
		norm := 0.0
		for i := range n {
			if used(i, k) {
				norm += x[i*m+k] * x[i*m+k]
			}
		}
		norm = math.Sqrt(norm)
		r := func(i int) float64 {
			if norm == 0 || math.IsInf(norm, 0) {
				return 0
			}
			return x[i*m+k] / norm
		}
		hi, lo, seen := 0.0, 0.0, false
		for i := range n {
			if !used(i, k) {
				continue
			}
			v := r(i)
			if !seen || v > hi {
				hi = v
			}
			if !seen || v < lo {
				lo = v
			}
			seen = true
		}
		for i := range n {
			if used(i, k) {
				v := r(i)
				p.a[i*m+k] = (v - hi) * (v - hi)
				p.b[i*m+k] = (v - lo) * (v - lo)
			}
		}
	}
	return p
}

// topsis writes each State's TOPSIS score and, if contrib is not nil, its
// contributions. With State weights w_k (renormalised when criteria are
// excluded), D⁺ = √Σ w_k²a_k and D⁻ = √Σ w_k²b_k; the closeness is
// C = D⁻/(D⁺+D⁻), shared among the criteria by their part of D⁻²:
// contribution_k = C·w_k²b_k/D⁻². The score is the sum of the
// contributions in criterion order. When D⁺ = D⁻ = 0 (no State differs from
// another on any weighted criterion) C is 0.5, shared by weight; a State
// with no weighted criterion left scores 0.
func topsis(t *table, p topsisParts, w, score, contrib []float64) {
	m := t.m
	wi := make([]float64, m)
	for i := range t.n {
		ok := t.stateWeights(i, w, wi)
		dp, dm := 0.0, 0.0
		if ok {
			for k := range m {
				w2 := wi[k] * wi[k]
				dp += w2 * p.a[i*m+k]
				dm += w2 * p.b[i*m+k]
			}
		}
		s := 0.0
		for k := range m {
			var c float64
			switch {
			case !ok:
			case dp == 0 && dm == 0:
				c = 0.5 * wi[k]
			case dm > 0:
				closeness := math.Sqrt(dm) / (math.Sqrt(dp) + math.Sqrt(dm))
				c = closeness * wi[k] * wi[k] * p.b[i*m+k] / dm
			}
			if contrib != nil {
				contrib[i*m+k] = c
			}
			s += c
		}
		score[i] = s
	}
}

// closeness is TOPSIS's score without contributions, for Stability's inner
// loop: C = D⁻/(D⁺+D⁻) with the conventions of topsis. wi is scratch space.
func closeness(t *table, p topsisParts, i int, w, wi []float64) float64 {
	if !t.stateWeights(i, w, wi) {
		return 0
	}
	m := t.m
	dp, dm := 0.0, 0.0
	for k := range m {
		w2 := wi[k] * wi[k]
		dp += w2 * p.a[i*m+k]
		dm += w2 * p.b[i*m+k]
	}
	switch {
	case dp == 0 && dm == 0:
		return 0.5
	case dm == 0:
		return 0
	}
	return math.Sqrt(dm) / (math.Sqrt(dp) + math.Sqrt(dm))
}
