package priority

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/article9/article9"
	"gonum.org/v1/gonum/stat/distmv"
)

// MaxSamples is the most weight samples Stability draws.
const MaxSamples = 100_000_000

// Stability ranks states as Rank does, then measures how robust each rank
// is to uncertainty in the weights: it draws samples weight vectors from a
// Dirichlet distribution centred on the model's weights, with α_k = c·w_k
// for the concentration c (Model.Concentration, DefaultConcentration if 0),
// ranks the States under each, and fills every Entry's Interval (the 5th and
// 95th percentile rank), MedianRank and PTop (the share of samples in which
// the State ranks topK or better). Percentiles are by the nearest-rank
// method. A zero weight stays zero: only the positive weights are drawn.
//
// The random source is a PCG seeded with (seed, seed): the same input and
// seed give the same result. The needs are evaluated once; each sample
// costs O(n·m) for the scores and O(n log n) for the ranks, without
// allocating in the weighted-sum case.
func (m Model) Stability(states []article9.State, asOf time.Time, samples, topK int, seed uint64) (*Ranking, error) {
	if samples < 1 || samples > MaxSamples {
		return nil, fmt.Errorf("priority: %d stability samples (allowed: 1 to %d)", samples, MaxSamples)
	}
	if topK < 1 {
		return nil, errors.New("priority: stability needs top K ≥ 1")
	}
	r, c, t, order, err := m.rank(states, asOf)
	if err != nil {
		return nil, err
	}
	r.Samples, r.TopK, r.Seed, r.Concentration = samples, topK, seed, c.concentration
	n := t.n
	if n == 0 {
		return r, nil
	}
	hist := sampleRanks(c, t, samples, seed)
	for p, i := range order {
		h := hist[i*n : (i+1)*n]
		e := &r.Entries[p]
		e.Interval = [2]int{percentile(h, samples, 0.05), percentile(h, samples, 0.95)}
		e.MedianRank = percentile(h, samples, 0.5)
		top := 0
		for rank := 1; rank <= min(topK, n); rank++ {
			top += int(h[rank-1])
		}
		e.PTop = float64(top) / float64(samples)
	}
	return r, nil
}

// sampleRanks returns, for each State i and rank r, how many samples ranked
// State i at r: hist[i*n+r-1].
func sampleRanks(c *config, t *table, samples int, seed uint64) []int32 {
	n, m := t.n, t.m
	hist := make([]int32, n*n)
	var nz []int
	for k, w := range c.weights {
		if w > 0 {
			nz = append(nz, k)
		}
	}
	var dir *distmv.Dirichlet
	if len(nz) > 1 {
		alpha := make([]float64, len(nz))
		for j, k := range nz {
			alpha[j] = c.concentration * c.weights[k]
		}
		dir = distmv.NewDirichlet(alpha, rand.NewPCG(seed, seed))
	}
	var parts topsisParts
	if c.method == TOPSIS {
		parts = newTopsisParts(t.need, t.use, n, m)
	}
	excluded := false
	for _, u := range t.use {
		excluded = excluded || !u
	}
	w := append([]float64(nil), c.weights...)
	draw := make([]float64, len(nz))
	wi := make([]float64, m)
	s := &byScore{idx: make([]int, n), score: make([]float64, n)}
	for i := range s.idx {
		s.idx[i] = i
	}
	for range samples {
		if dir != nil {
			dir.Rand(draw)
			for j, k := range nz {
				w[k] = draw[j]
			}
		}
		switch {
		case c.method == TOPSIS:
			for i := range n {
				s.score[i] = closeness(t, parts, i, w, wi)
			}
		case excluded:
			for i := range n {
				sum := 0.0
				if t.stateWeights(i, w, wi) {
					for k, v := range t.need[i*m : (i+1)*m] {
						sum += wi[k] * v
					}
				}
				s.score[i] = sum
			}
		default:
			for i := range n {
				sum := 0.0
				for k, v := range t.need[i*m : (i+1)*m] {
					sum += w[k] * v
				}
				s.score[i] = sum
			}
		}
		// The previous sample's order is a good start: insertion sort
		// finishes it in O(n + inversions).
		s.sort()
		rank := 1
		for p, i := range s.idx {
			if p > 0 && s.score[s.idx[p-1]]-s.score[i] > Epsilon {
				rank = p + 1
			}
			hist[i*n+rank-1]++
		}
	}
	return hist
}

// byScore orders State indices by score, highest first.
type byScore struct {
	idx   []int
	score []float64
}

func (b *byScore) Len() int           { return len(b.idx) }
func (b *byScore) Less(x, y int) bool { return b.score[b.idx[x]] > b.score[b.idx[y]] }
func (b *byScore) Swap(x, y int)      { b.idx[x], b.idx[y] = b.idx[y], b.idx[x] }

// sort sorts idx by score: by insertion when few elements are out of place,
// else with sort.Sort.
func (b *byScore) sort() {
	moves := 0
	for p := 1; p < len(b.idx); p++ {
		v := b.idx[p]
		q := p
		for q > 0 && b.score[b.idx[q-1]] < b.score[v] {
			b.idx[q] = b.idx[q-1]
			q--
			moves++
		}
		b.idx[q] = v
		if moves > 8*len(b.idx) {
			sort.Sort(b)
			return
		}
	}
}

// percentile returns the nearest-rank q-quantile of the ranks counted in h
// (h[r-1] samples at rank r, total samples): the smallest rank whose
// cumulative count reaches ⌈q·total⌉.
func percentile(h []int32, total int, q float64) int {
	need := max(1, int(math.Ceil(q*float64(total)-1e-9)))
	cum := 0
	for r, c := range h {
		cum += int(c)
		if cum >= need {
			return r + 1
		}
	}
	return len(h)
}
