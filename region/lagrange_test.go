package region

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSelectSmallest checks quickselect against sorting, with many equal
// values (told apart by State).
func TestSelectSmallest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for trial := range 2000 {
		n := 1 + rng.IntN(60)
		b := make([]reduced, n)
		for i := range b {
			b[i] = reduced{float64(rng.IntN(5)) - 2, int32(rng.IntN(1000))}
		}
		// Distinct States, as in the solver.
		for i := range b {
			b[i].i = int32(i)
		}
		rng.Shuffle(n, func(i, j int) { b[i], b[j] = b[j], b[i] })
		k := 1 + rng.IntN(n)
		want := slices.Clone(b)
		slices.SortFunc(want, func(x, y reduced) int {
			if x.less(y) {
				return -1
			}
			return 1
		})
		selectSmallest(b, k)
		got := slices.Clone(b[:k])
		slices.SortFunc(got, func(x, y reduced) int {
			if x.less(y) {
				return -1
			}
			return 1
		})
		if !slices.Equal(want[:k], got) {
			t.Fatalf("trial %d: the %d smallest of %v are %v, want %v", trial, k, b, got, want[:k])
		}
	}
}
