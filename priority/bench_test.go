package priority

import (
	"testing"

	"github.com/article9/article9"
)

// BenchmarkStability draws 10,000 weight samples over the 111 States
// Parties of the embedded dataset and the 6 default criteria.
func BenchmarkStability(b *testing.B) {
	d := article9.CCM()
	states := Parties.Select(d.States)
	if len(states) != 111 {
		b.Fatalf("got %d States Parties, want 111", len(states))
	}
	for _, method := range []Method{WeightedSum, TOPSIS} {
		b.Run(method.String(), func(b *testing.B) {
			m := Model{Method: method}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Stability(states, d.AsOf, 10000, 10, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRank ranks the 111 States Parties, changes included.
func BenchmarkRank(b *testing.B) {
	d := article9.CCM()
	states := Parties.Select(d.States)
	for _, method := range []Method{WeightedSum, TOPSIS} {
		b.Run(method.String(), func(b *testing.B) {
			m := Model{Method: method}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Rank(states, d.AsOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
