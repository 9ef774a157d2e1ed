package region

import "math"

// lagrange evaluates the Lagrangian relaxation of the planning problem in
// which the constraints "each State goes to exactly one venue" are moved
// into the objective with a multiplier u[i] per State:
//
//	L(u) = Σ_i u_i + min_Y Σ_{j∈Y} v_j(u),
//	v_j(u) = min { Σ_{i∈T} (w_i·d_ij − u_i) : T ⊆ States that can go to j, low ≤ |T| ≤ cap_j },
//
// Y ranging over the venue sets of chooser. For every u, L(u) is a lower
// bound on the cost of every plan (of the branch-and-bound node), so the
// bound is proven whatever u the subgradient ascent reaches. v_j is the sum
// of the low smallest reduced costs plus any further negative ones, up to
// cap_j, found by quickselect: O(n) per venue on average, so one
// evaluation costs O(n·m) plus the venue choice.
type lagrange struct {
	in   *instance
	v    []float64 // v_j(u) of the last evaluation
	pick [][]int32 // pick[j]: the T of v_j
	buf  []reduced
	ch   chooser
}

type reduced struct {
	r float64
	i int32
}

func newLagrange(in *instance) *lagrange {
	l := &lagrange{in: in, v: make([]float64, in.m), pick: make([][]int32, in.m)}
	for j := range l.pick {
		l.pick[j] = make([]int32, 0, in.cap[j])
	}
	return l
}

// eval returns L(u) for a node's venue statuses and the venues Y it opens;
// ok is false if the node allows no venue set at all.
func (l *lagrange) eval(u []float64, status []int8) (lb float64, set []int, ok bool) {
	in := l.in
	for j := range in.m {
		if status[j] == closed {
			l.v[j] = math.Inf(1)
			continue
		}
		l.v[j] = l.venue(j, u)
	}
	total, set, ok := l.ch.choose(l.v, in.cap, status, in.kmax, in.n)
	if !ok {
		return math.Inf(1), nil, false
	}
	sum := 0.0
	for _, x := range u {
		sum += x
	}
	return sum + total, set, true
}

// venue computes v_j(u) and its States.
func (l *lagrange) venue(j int, u []float64) float64 {
	in := l.in
	idx, av := in.colI[j], in.colA[j]
	low, cp := in.low, in.cap[j]
	buf := l.buf[:0]
	for t, i := range idx {
		if r := av[t] - u[i]; r < 0 {
			buf = append(buf, reduced{r, i})
		}
	}
	switch {
	case len(buf) > cp:
		selectSmallest(buf, cp)
		buf = buf[:cp]
	case len(buf) < low && low == 1:
		best := reduced{math.Inf(1), -1}
		for t, i := range idx {
			if r := av[t] - u[i]; r < best.r || r == best.r && i < best.i {
				best = reduced{r, i}
			}
		}
		buf = append(buf[:0], best)
	case len(buf) < low:
		buf = buf[:0]
		for t, i := range idx {
			buf = append(buf, reduced{av[t] - u[i], i})
		}
		selectSmallest(buf, low)
		buf = buf[:low]
	}
	sum := 0.0
	p := l.pick[j][:0]
	for _, e := range buf {
		sum += e.r
		p = append(p, e.i)
	}
	l.pick[j] = p
	l.buf = buf
	return sum
}

// less orders reduced costs by value, then State.
func (x reduced) less(y reduced) bool { return x.r < y.r || x.r == y.r && x.i < y.i }

// selectSmallest reorders b so that its first k elements are its k
// smallest, in O(len(b)) on average: Hoare's quickselect with a
// median-of-three pivot. The States make every key distinct.
func selectSmallest(b []reduced, k int) {
	lo, hi := 0, len(b)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if b[mid].less(b[lo]) {
			b[mid], b[lo] = b[lo], b[mid]
		}
		if b[hi].less(b[lo]) {
			b[hi], b[lo] = b[lo], b[hi]
		}
		if b[hi].less(b[mid]) {
			b[hi], b[mid] = b[mid], b[hi]
		}
		pivot := b[mid]
		i, j := lo, hi
		for i <= j {
			for b[i].less(pivot) {
				i++
			}
			for pivot.less(b[j]) {
				j--
			}
			if i <= j {
				b[i], b[j] = b[j], b[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}
