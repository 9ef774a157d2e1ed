package region

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/article9/article9"
)

// randomProblem returns a small random Problem with every constraint in
// play: languages on States and venues (blank meaning any), capacities,
// a minimum size, forced and excluded venues, and fractional or zero
// weights.
func randomProblem(rng *rand.Rand, n, m int) Problem {
	langs := []string{"en", "fr", "es", ""}
	p := Problem{K: 1 + rng.IntN(m), Weights: map[string]float64{}}
	for i := range n {
		s := article9.State{
			ISO3:     fmt.Sprintf("S%c%c", 'A'+i/26, 'A'+i%26),
			Lat:      rng.Float64()*120 - 60,
			Lon:      rng.Float64()*360 - 180,
			Language: langs[rng.IntN(len(langs))],
		}
		p.States = append(p.States, s)
		switch rng.IntN(4) {
		case 0:
			p.Weights[s.ISO3] = float64(rng.IntN(4)) // 0 to 3 delegates
		case 1:
			p.Weights[s.ISO3] = 0.25 + rng.Float64()*2
		}
	}
	for j := range m {
		v := Venue{
			ID:  fmt.Sprintf("v%d", j),
			Lat: rng.Float64()*120 - 60,
			Lon: rng.Float64()*360 - 180,
		}
		switch rng.IntN(3) {
		case 0: // any language
		case 1:
			v.Languages = []string{langs[rng.IntN(3)]}
		default:
			v.Languages = []string{"en", langs[1+rng.IntN(2)]}
		}
		if rng.IntN(2) == 0 {
			v.Capacity = 1 + rng.IntN(n)
		}
		p.Venues = append(p.Venues, v)
		switch rng.IntN(8) {
		case 0:
			p.Open = append(p.Open, v.ID)
		case 1:
			p.Exclude = append(p.Exclude, v.ID)
		}
	}
	if rng.IntN(2) == 0 {
		p.Capacity = 1 + rng.IntN(n)
	}
	if rng.IntN(2) == 0 {
		p.MinSize = rng.IntN(4)
	}
	return p
}

// bruteForce returns the least cost of a plan of p, or ok false if there is
// none, by trying every set of at most K venues and every assignment of
// States to it. It reads p directly and shares no code with Solve.
func bruteForce(p Problem) (best float64, ok bool) {
	n, m := len(p.States), len(p.Venues)
	capOf := func(v Venue) int {
		if v.Capacity > 0 {
			return v.Capacity
		}
		if p.Capacity > 0 {
			return p.Capacity
		}
		return 15
	}
	low := max(p.MinSize, 1)
	cost := make([][]float64, n) // +Inf where the language does not fit
	for i, s := range p.States {
		cost[i] = make([]float64, m)
		w := 1.0
		if x, ok := p.Weights[s.ISO3]; ok {
			w = x
		}
		for j, v := range p.Venues {
			if s.Language != "" && len(v.Languages) > 0 && !slices.Contains(v.Languages, s.Language) {
				cost[i][j] = math.Inf(1)
				continue
			}
			if p.Distance != nil {
				cost[i][j] = w * p.Distance(s, v)
			} else {
				cost[i][j] = w * Distance(s.Lat, s.Lon, v.Lat, v.Lon)
			}
		}
	}
	best = math.Inf(1)
	for mask := 1; mask < 1<<m; mask++ {
		var set []int
		allowed := true
		for j, v := range p.Venues {
			in := mask&(1<<j) != 0
			if in {
				set = append(set, j)
			}
			if in && slices.Contains(p.Exclude, v.ID) || !in && slices.Contains(p.Open, v.ID) {
				allowed = false
			}
		}
		if !allowed || len(set) > p.K {
			continue
		}
		count := make([]int, m)
		var rec func(i int, sum float64)
		rec = func(i int, sum float64) {
			if sum >= best {
				return
			}
			if i == n {
				for _, j := range set {
					if count[j] < low {
						return
					}
				}
				best = sum
				return
			}
			for _, j := range set {
				if count[j] < capOf(p.Venues[j]) && !math.IsInf(cost[i][j], 1) {
					count[j]++
					rec(i+1, sum+cost[i][j])
					count[j]--
				}
			}
		}
		rec(0, 0)
	}
	return best, !math.IsInf(best, 1)
}
