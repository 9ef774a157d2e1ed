package region

import "math"

// assignment is the best assignment of every State to the venues of a set.
type assignment struct {
	at    []int // venue (index into instance.venues) of each State; −1 if none could take it
	short int   // States left out plus seats missing below the minimum size; 0 = feasible
	cost  int64 // Σ scaled cost of the States placed
}

// better reports whether a is better than b: fewer shortfalls, then cheaper.
func (a assignment) better(b assignment) bool {
	if a.short != b.short {
		return a.short < b.short
	}
	return a.cost < b.cost
}

// transport assigns States to the venues of a set at least cost: the
// transportation problem with a capacity and a minimum size (lower bound)
// at each venue, solved exactly as a min-cost flow by successive shortest
// paths over integer costs.
//
// The network has an arc State→venue for each language-compatible pair
// (cost c), and two parallel arcs venue→sink: a "must" arc of capacity
// low whose cost is one unit of a first, dominating cost component, and an
// arc of capacity cap−low. Costs are compared lexicographically, so the
// minimum-cost flow first fills every venue up to low when that is
// possible, then is cheapest: exactly the lower-bounded problem.
//
// States are inserted one at a time; each insertion augments along a
// shortest path from the new State to the sink, which keeps the flow of
// minimum cost among flows placing the States inserted so far (no negative
// cycle in the residual network). A path moves the new State to a venue
// a₁, some State of a₁ to a₂, and so on, ending at a venue with a free seat,
// so it is found on a small graph whose nodes are the k venues of the set:
// the arc a→b costs the cheapest move of a State now at a to b, kept in a
// heap per ordered pair. Bellman–Ford on that graph costs O(k³) per State
// (usually O(k²): it stops when nothing changes), a move O(k log n): in all
// O(n·k³ + n·k²·log n) for n States.
type transport struct {
	in    *instance
	set   []int // the venues, as indices into instance.venues
	at    []int // local venue (index into set) of each State, −1 if none
	ver   []int32
	count []int
	heaps []edgeHeap // heaps[a*k+b]: States at a that could move to b
	dist  []int64
	pred  []int
	via   []int32
}

type edgeItem struct {
	key int64 // c(s, b) − c(s, a)
	s   int32 // the State
	ver int32 // its ver when pushed; stale when it differs
}

// edgeHeap is a binary min-heap of moves by key, then State.
type edgeHeap []edgeItem

func (h edgeHeap) less(i, j int) bool {
	return h[i].key < h[j].key || h[i].key == h[j].key && h[i].s < h[j].s
}

func (h *edgeHeap) push(e edgeItem) {
	*h = append(*h, e)
	q := *h
	for i := len(q) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q[i], q[p] = q[p], q[i]
		i = p
	}
}

func (h *edgeHeap) pop() {
	q := *h
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	for i := 0; ; {
		l, small := 2*i+1, i
		if l < len(q) && q.less(l, small) {
			small = l
		}
		if r := l + 1; r < len(q) && q.less(r, small) {
			small = r
		}
		if small == i {
			break
		}
		q[i], q[small] = q[small], q[i]
		i = small
	}
	*h = q
}

// assign returns the best assignment to the venues of set (indices into
// in.venues), every one of them opened.
func (in *instance) assign(set []int) assignment {
	k := len(set)
	t := &transport{
		in:    in,
		set:   set,
		at:    make([]int, in.n),
		ver:   make([]int32, in.n),
		count: make([]int, k),
		heaps: make([]edgeHeap, k*k),
		dist:  make([]int64, k),
		pred:  make([]int, k),
		via:   make([]int32, k),
	}
	res := assignment{at: make([]int, in.n)}
	for i := range in.n {
		t.at[i] = -1
		if !t.insert(i) {
			res.short++
		}
	}
	for a := range set {
		res.short += max(0, in.low-t.count[a])
	}
	for i, a := range t.at {
		res.at[i] = -1
		if a >= 0 {
			res.at[i] = set[a]
			res.cost += in.c[i*in.m+set[a]]
		}
	}
	return res
}

// cost returns the scaled cost of State i at local venue a, −1 if it cannot go.
func (t *transport) cost(i, a int) int64 { return t.in.c[i*t.in.m+t.set[a]] }

// top returns the cheapest valid move from a to b, dropping stale entries.
func (t *transport) top(a, b int) (edgeItem, bool) {
	h := &t.heaps[a*len(t.set)+b]
	for len(*h) > 0 {
		e := (*h)[0]
		if t.at[e.s] == a && t.ver[e.s] == e.ver {
			return e, true
		}
		h.pop()
	}
	return edgeItem{}, false
}

// insert places State i along a shortest augmenting path; false if no venue
// can take it any more.
func (t *transport) insert(i int) bool {
	k := len(t.set)
	const inf = math.MaxInt64
	for a := range k {
		t.dist[a], t.pred[a] = inf, -1
		if c := t.cost(i, a); c >= 0 {
			t.dist[a] = c
		}
	}
	for range k {
		changed := false
		for a := range k {
			if t.dist[a] == inf {
				continue
			}
			for b := range k {
				if b == a {
					continue
				}
				e, ok := t.top(a, b)
				if !ok {
					continue
				}
				if nd := t.dist[a] + e.key; nd < t.dist[b] {
					t.dist[b], t.pred[b], t.via[b] = nd, a, e.s
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	// Lexicographic cost: a venue still below the minimum size first.
	end := -1
	for pass := 0; pass < 2 && end < 0; pass++ {
		for a := range k {
			room := t.count[a] < t.in.low
			if pass == 1 {
				room = t.count[a] < t.in.cap[t.set[a]]
			}
			if room && t.dist[a] != inf && (end < 0 || t.dist[a] < t.dist[end]) {
				end = a
			}
		}
	}
	if end < 0 {
		return false
	}
	t.count[end]++
	a := end
	for t.pred[a] >= 0 {
		s := int(t.via[a])
		t.place(s, a)
		a = t.pred[a]
	}
	t.place(i, a)
	return true
}

// place puts State s at local venue a and records its possible moves.
func (t *transport) place(s, a int) {
	t.at[s] = a
	t.ver[s]++
	ca := t.cost(s, a)
	for b := range t.set {
		if b == a {
			continue
		}
		if cb := t.cost(s, b); cb >= 0 {
			t.heaps[a*len(t.set)+b].push(edgeItem{key: cb - ca, s: int32(s), ver: t.ver[s]})
		}
	}
}
