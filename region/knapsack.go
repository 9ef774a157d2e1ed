package region

import (
	"math"
	"slices"
)

// Venue statuses in a branch-and-bound node.
const (
	free   int8 = iota // undecided
	opened             // must host a workshop
	closed             // must not
)

// chooser solves the venue part of the Lagrangian relaxation: given each
// venue's value v[j], choose the set Y of venues minimising Σ_{j∈Y} v[j]
// with the opened venues in Y, no closed one, |Y| ≤ kmax and
// Σ_{j∈Y} cap[j] ≥ need (the seats must cover the States: a valid
// inequality of the problem that the relaxation would otherwise ignore).
// Without the seat constraint the answer is the opened venues plus the most
// negative free ones; when they seat too few, a knapsack over (venues
// chosen, seats) finds it by dynamic programming in
// O(free·kmax·need).
type chooser struct {
	order  []int
	chosen []int
	dp     []float64
	take   []bool
	prev   []int32
}

// choose returns the least Σ v over the allowed sets, and the set (venue
// indices, sorted); ok is false if no set is allowed.
func (ch *chooser) choose(v []float64, cap []int, status []int8, kmax, need int) (total float64, set []int, ok bool) {
	ch.chosen, ch.order = ch.chosen[:0], ch.order[:0]
	seats, n := 0, 0
	for j, st := range status {
		switch st {
		case opened:
			total += v[j]
			seats += cap[j]
			n++
			ch.chosen = append(ch.chosen, j)
		case free:
			ch.order = append(ch.order, j)
		}
	}
	if n > kmax {
		return 0, nil, false
	}
	slices.SortFunc(ch.order, func(a, b int) int {
		if v[a] != v[b] {
			if v[a] < v[b] {
				return -1
			}
			return 1
		}
		return a - b
	})
	greedy, greedySeats := total, seats
	k := len(ch.chosen)
	for _, j := range ch.order {
		if k >= kmax || v[j] >= 0 {
			break
		}
		greedy += v[j]
		greedySeats += cap[j]
		ch.chosen = append(ch.chosen, j)
		k++
	}
	if greedySeats >= need {
		slices.Sort(ch.chosen)
		return greedy, ch.chosen, true
	}
	ch.chosen = ch.chosen[:n]
	add, ok := ch.knapsack(v, cap, kmax-n, need-seats)
	if !ok {
		return 0, nil, false
	}
	slices.Sort(ch.chosen)
	return total + add, ch.chosen, true
}

// knapsack chooses at most slots venues of ch.order seating at least r at
// least total value, appending them to ch.chosen.
func (ch *chooser) knapsack(v []float64, cap []int, slots, r int) (float64, bool) {
	if slots <= 0 {
		return 0, false
	}
	w := (slots + 1) * (r + 1) // cells per item: [s][c], c capped at r
	f := len(ch.order)
	ch.dp = grow(ch.dp, w)
	ch.take = grow(ch.take, f*w)
	ch.prev = grow(ch.prev, f*w)
	for i := range ch.dp {
		ch.dp[i] = math.Inf(1)
	}
	clear(ch.take)
	ch.dp[0] = 0
	for q, j := range ch.order {
		for s := min(q, slots-1); s >= 0; s-- {
			for c := r; c >= 0; c-- {
				cur := ch.dp[s*(r+1)+c]
				if math.IsInf(cur, 1) {
					continue
				}
				nc := min(r, c+cap[j])
				cell := (s+1)*(r+1) + nc
				if val := cur + v[j]; val < ch.dp[cell] {
					ch.dp[cell] = val
					ch.take[q*w+cell] = true
					ch.prev[q*w+cell] = int32(c)
				}
			}
		}
	}
	bestS := -1
	for s := 1; s <= slots; s++ {
		if val := ch.dp[s*(r+1)+r]; !math.IsInf(val, 1) && (bestS < 0 || val < ch.dp[bestS*(r+1)+r]) {
			bestS = s
		}
	}
	if bestS < 0 {
		return 0, false
	}
	best := ch.dp[bestS*(r+1)+r]
	s, c := bestS, r
	for q := f - 1; q >= 0 && s > 0; q-- {
		cell := s*(r+1) + c
		if ch.take[q*w+cell] {
			ch.chosen = append(ch.chosen, ch.order[q])
			c = int(ch.prev[q*w+cell])
			s--
		}
	}
	return best, true
}

// grow returns a slice of length n, reusing b's storage when it can.
func grow[T any](b []T, n int) []T {
	if cap(b) >= n {
		return b[:n]
	}
	return make([]T, n)
}
