package region

import (
	"container/heap"
	"math"
	"slices"
)

// node is a branch-and-bound node: the plans whose venues agree with status.
type node struct {
	status []int8
	u      []float64 // multipliers to start the ascent from
	bound  float64   // a proven lower bound on the node's plans
	id     int       // creation order, to break ties
}

type nodeQueue []*node

func (q nodeQueue) Len() int { return len(q) }
func (q nodeQueue) Less(i, j int) bool {
	return q[i].bound < q[j].bound || q[i].bound == q[j].bound && q[i].id < q[j].id
}
func (q nodeQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *nodeQueue) Push(x any)   { *q = append(*q, x.(*node)) }
func (q *nodeQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// Subgradient ascent settings: the step size factor θ starts at theta0,
// halves after patience iterations without a better bound, and the ascent
// stops when θ falls below thetaMin or after maxIter iterations.
type ascent struct {
	theta0, thetaMin float64
	patience         int
	maxIter          int
}

var (
	rootAscent = ascent{theta0: 2, thetaMin: 1e-3, patience: 30, maxIter: 3000}
	nodeAscent = ascent{theta0: 0.5, thetaMin: 1e-3, patience: 10, maxIter: 400}
)

// branchAndBound searches the venue decisions best bound first and returns
// the proven lower bound, the number of nodes explored and whether the
// search finished within maxNodes. Each node's
// bound comes from subgradient ascent on the Lagrangian relaxation; at each
// node, the bound with one venue forced open or closed, read off the same
// multipliers, fixes venues whose other choice cannot beat the incumbent
// and picks the venue to branch on. A node with K venues open, or none
// undecided, is solved exactly by the assignment.
func (s *solver) branchAndBound(maxNodes int) (lb float64, nodes int, complete bool) {
	in := s.in
	root := &node{status: make([]int8, in.m), u: make([]float64, in.n), bound: math.Inf(-1)}
	for j, f := range in.open {
		if f {
			root.status[j] = opened
		}
	}
	for i := range in.n {
		root.u[i] = math.Inf(1)
		for j := range in.m {
			if in.ok[i*in.m+j] {
				root.u[i] = min(root.u[i], in.a[i*in.m+j])
			}
		}
	}
	pruned := math.Inf(1) // least bound of the nodes discarded
	discard := func(b float64) { pruned = min(pruned, b) }
	q := &nodeQueue{root}
	ids := 1
	for q.Len() > 0 {
		nd := (*q)[0]
		if s.prunable(nd.bound) {
			heap.Pop(q)
			discard(nd.bound)
			continue
		}
		if nodes >= maxNodes {
			break
		}
		heap.Pop(q)
		nodes++
		kids := s.process(nd, nodes == 1, discard)
		for _, k := range kids {
			k.id = ids
			ids++
			heap.Push(q, k)
		}
		if nodes == 1 && s.bestSet != nil {
			s.improve(s.bestSet) // polish the incumbents the root ascent found
		}
	}
	lb = min(s.ub, pruned)
	for _, nd := range *q {
		lb = min(lb, nd.bound)
	}
	return lb, nodes, q.Len() == 0
}

// prunable reports whether a node of bound b cannot hold a plan better than
// the incumbent by more than the tolerance. With no incumbent yet, a node
// is prunable when its bound exceeds the cost of the costliest plan.
func (s *solver) prunable(b float64) bool {
	if s.best.at == nil {
		return b > s.in.worst*(1+1e-9)
	}
	return b >= s.ub-max(s.tol*s.ub, 1e-12*s.in.worst)
}

// process bounds a node, then fixes venues and returns its children.
// discard receives the bounds of the parts of the node it rules out.
func (s *solver) process(nd *node, root bool, discard func(float64)) []*node {
	in := s.in
	status := nd.status
	if s.leaf(status) {
		discard(s.solveLeaf(status))
		return nil
	}
	cfg := nodeAscent
	if root {
		cfg = rootAscent
	}
	lb, u, v, solved := s.ascend(nd, cfg)
	if !solved {
		lb = max(lb, nd.bound) // the parent's bound for this node may be the higher
	}
	if solved || s.prunable(lb) {
		discard(lb)
		return nil
	}
	sumU := 0.0
	for _, x := range u {
		sumU += x
	}
	// The bound with venue j forced open (lbOpen) or closed (lbShut).
	lbOpen, lbShut := make([]float64, in.m), make([]float64, in.m)
	for j := range in.m {
		if status[j] != free {
			continue
		}
		for _, st := range []int8{opened, closed} {
			status[j] = st
			b := math.Inf(1)
			if total, _, ok := s.lg.ch.choose(v, in.cap, status, in.kmax, in.n); ok {
				b = sumU + total
			}
			if st == opened {
				lbOpen[j] = max(lb, b)
			} else {
				lbShut[j] = max(lb, b)
			}
		}
		status[j] = free
	}
	st := slices.Clone(status)
	for j := range in.m {
		if st[j] != free {
			continue
		}
		switch o, c := s.prunable(lbOpen[j]), s.prunable(lbShut[j]); {
		case o && c:
			discard(min(lbOpen[j], lbShut[j]))
			return nil
		case o:
			st[j] = closed
			discard(lbOpen[j])
		case c:
			st[j] = opened
			discard(lbShut[j])
		}
	}
	nOpen := 0
	for _, x := range st {
		if x == opened {
			nOpen++
		}
	}
	if nOpen > in.kmax {
		return nil
	}
	if s.leaf(st) {
		discard(s.solveLeaf(st))
		return nil
	}
	// Branch on the undecided venue whose weaker child bound is highest.
	bj := -1
	for j := range in.m {
		if st[j] == free && (bj < 0 || min(lbOpen[j], lbShut[j]) > min(lbOpen[bj], lbShut[bj])) {
			bj = j
		}
	}
	a, b := slices.Clone(st), st
	a[bj], b[bj] = opened, closed
	return []*node{
		{status: a, u: u, bound: lbOpen[bj]},
		{status: b, u: u, bound: lbShut[bj]},
	}
}

// leaf reports whether a node's venues are all decided: kmax are open, or
// none is undecided.
func (s *solver) leaf(status []int8) bool {
	nOpen, nFree := 0, 0
	for _, x := range status {
		switch x {
		case opened:
			nOpen++
		case free:
			nFree++
		}
	}
	return nOpen >= s.in.kmax || nFree == 0
}

// solveLeaf assigns the States to the node's open venues exactly and
// returns the node's cost (+Inf if it has no plan).
func (s *solver) solveLeaf(status []int8) float64 {
	var set []int
	for j, x := range status {
		if x == opened {
			set = append(set, j)
		}
	}
	if len(set) == 0 || len(set) > s.in.kmax {
		return math.Inf(1)
	}
	a := s.evaluate(set)
	if a.short > 0 {
		return math.Inf(1)
	}
	return s.in.floatCost(a.at)
}

// ascend maximises the Lagrangian bound of a node by subgradient ascent,
// u ← u + t·g with g_i = 1 − (number of chosen venues taking State i) and
// Polyak's step t = θ·(target − L(u))/‖g‖², the target being the
// incumbent's cost. It returns the best bound, its multipliers and venue
// values, and solved = true when the relaxation's solution is itself a plan
// (g = 0): then the bound is the node's optimum and the plan is offered as
// incumbent. The venue sets of improving iterations are assigned exactly:
// the Lagrangian heuristic that supplies most incumbents.
func (s *solver) ascend(nd *node, cfg ascent) (best float64, bestU, bestV []float64, solved bool) {
	in, lg := s.in, s.lg
	u := slices.Clone(nd.u)
	g := make([]float64, in.n)
	best = math.Inf(-1)
	theta, stall := cfg.theta0, 0
	for range cfg.maxIter {
		lb, Y, ok := lg.eval(u, nd.status)
		if !ok {
			return math.Inf(1), nil, nil, false
		}
		if lb > best+1e-12*math.Abs(best) || bestU == nil {
			best, stall = lb, 0
			bestU = append(bestU[:0], u...)
			bestV = append(bestV[:0], lg.v...)
			s.try(Y)
		} else if stall++; stall >= cfg.patience {
			theta, stall = theta/2, 0
		}
		if s.prunable(best) || theta < cfg.thetaMin {
			break
		}
		for i := range g {
			g[i] = 1
		}
		for _, j := range Y {
			for _, i := range lg.pick[j] {
				g[i]--
			}
		}
		norm := 0.0
		for _, x := range g {
			norm += x * x
		}
		if norm == 0 {
			s.offerRelaxed(Y)
			return lb, u, slices.Clone(lg.v), true
		}
		target := s.ub
		if s.best.at == nil {
			target = in.worst * 1.01
		}
		step := theta * max(target-lb, 1e-9*math.Abs(lb), 1e-12*in.worst) / norm
		for i := range u {
			u[i] += step * g[i]
		}
	}
	return best, bestU, bestV, false
}

// offerRelaxed offers the relaxation's solution, which assigns every State
// exactly once, as a plan.
func (s *solver) offerRelaxed(Y []int) {
	in := s.in
	a := assignment{at: make([]int, in.n)}
	for _, j := range Y {
		for _, i := range s.lg.pick[j] {
			a.at[i] = j
			a.cost += in.c[int(i)*in.m+j]
		}
	}
	s.offer(Y, a)
}
