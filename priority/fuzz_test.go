package priority

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// FuzzRank ranks random models: 1–4 fixed criteria with weights and needs
// read from data (255 = unknown), any method and missing-value treatment.
// Every ranking must keep its invariants (checkRanking) and Stability must
// give valid intervals: no NaN, no panic.
func FuzzRank(f *testing.F) {
	f.Add([]byte{1, 255, 0, 0}, uint8(0), uint8(0), uint64(1))
	f.Add([]byte{2, 10, 20, 254, 0, 0, 254, 127, 127, 255, 255}, uint8(1), uint8(2), uint64(2))
	f.Add([]byte{3, 1, 0, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5}, uint8(1), uint8(1), uint64(3))
	f.Fuzz(func(t *testing.T, data []byte, method, missing uint8, seed uint64) {
		if len(data) < 2 {
			return
		}
		m := 1 + int(data[0])%4
		if len(data) < 1+m {
			return
		}
		w := make([]float64, m)
		for k := range w {
			w[k] = float64(data[1+k]) / 255
		}
		rest := data[1+m:]
		n := min(len(rest)/m, 40)
		if n == 0 {
			return
		}
		needs := make([][]float64, n)
		for i := range needs {
			needs[i] = make([]float64, m)
			for k := range needs[i] {
				b := rest[i*m+k]
				needs[i][k] = float64(b) / 254
				if b == 255 {
					needs[i][k] = math.NaN()
				}
			}
		}
		states, crit := grid(isoCodes(n), needs, Missing(missing%3))
		model := Model{Criteria: crit, Weights: w, Method: Method(method % 2)}
		r, err := model.Stability(states, asOf, 20, 1+int(seed%5), seed)
		if err != nil {
			if errors.Is(err, ErrWeights) {
				return // all weights zero
			}
			t.Fatal(err)
		}
		checkRanking(t, fmt.Sprintf("%v %v", model.Method, Missing(missing%3)), r)
		for _, e := range r.Entries {
			if e.Interval[0] < 1 || e.Interval[0] > e.MedianRank || e.MedianRank > e.Interval[1] || e.Interval[1] > n || !(e.PTop >= 0 && e.PTop <= 1) {
				t.Fatalf("%s: interval %v, median %d, P(top) %v", e.State.ISO3, e.Interval, e.MedianRank, e.PTop)
			}
		}
	})
}
