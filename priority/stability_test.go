package priority

import (
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// stabilityView keeps what Stability adds, for comparison.
type stabilityView struct {
	ISO      string
	Rank     int
	Interval [2]int
	Median   int
	PTop     float64
}

func view(r *Ranking) []stabilityView {
	out := make([]stabilityView, len(r.Entries))
	for p, e := range r.Entries {
		out[p] = stabilityView{e.State.ISO3, e.Rank, e.Interval, e.MedianRank, e.PTop}
	}
	return out
}

func TestStabilitySeed(t *testing.T) {
	d := article9.CCM()
	states := Outstanding.Select(d.States)
	for _, method := range methods {
		t.Run(method.String(), func(t *testing.T) {
			m := Model{Method: method}
			a, err := m.Stability(states, d.AsOf, 500, 10, 42)
			if err != nil {
				t.Fatal(err)
			}
			b, err := m.Stability(states, d.AsOf, 500, 10, 42)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(view(a), view(b)); diff != "" {
				t.Errorf("same seed, different stability (-first +second):\n%s", diff)
			}
			c, err := m.Stability(states, d.AsOf, 500, 10, 43)
			if err != nil {
				t.Fatal(err)
			}
			if cmp.Equal(view(a), view(c)) {
				t.Error("seeds 42 and 43 gave identical results")
			}
			if a.Samples != 500 || a.TopK != 10 || a.Seed != 42 || a.Concentration != DefaultConcentration {
				t.Errorf("ranking records %d samples, top %d, seed %d, c %v", a.Samples, a.TopK, a.Seed, a.Concentration)
			}
			for _, e := range a.Entries {
				lo, hi := e.Interval[0], e.Interval[1]
				if lo < 1 || lo > e.MedianRank || e.MedianRank > hi || hi > len(states) || e.PTop < 0 || e.PTop > 1 {
					t.Errorf("%s: interval %v, median %d, P(top) %v", e.State.ISO3, e.Interval, e.MedianRank, e.PTop)
				}
			}
		})
	}
}

func TestStabilityFixedWeights(t *testing.T) {
	// With one weighted criterion the sampled weights never change: every
	// sample gives the model's ranks.
	states, crit := grid([]string{"AAA", "BBB", "CCC", "DDD"}, [][]float64{{1, 0.2}, {0.5, 0.9}, {0.5, 0.1}, {0, 1}}, Worst)
	r, err := Model{Criteria: crit, Weights: []float64{1, 0}}.Stability(states, asOf, 200, 1, 7)
	if err != nil {
		t.Fatal(err)
	}
	want := []stabilityView{
		{"AAA", 1, [2]int{1, 1}, 1, 1},
		{"BBB", 2, [2]int{2, 2}, 2, 0},
		{"CCC", 2, [2]int{2, 2}, 2, 0},
		{"DDD", 4, [2]int{4, 4}, 4, 0},
	}
	if diff := cmp.Diff(want, view(r)); diff != "" {
		t.Errorf("Stability() mismatch (-want +got):\n%s", diff)
	}
}

func TestStabilityTradeOff(t *testing.T) {
	// AAA leads on c1, BBB on c2, and the weights are equal: each leads in
	// about half of the samples, so both intervals span ranks 1 to 2 and
	// P(top 1) is near 0.5. CCC, dominated, is always 3rd.
	states, crit := grid([]string{"AAA", "BBB", "CCC"}, [][]float64{{1, 0}, {0, 1}, {0, 0}}, Worst)
	r, err := Model{Criteria: crit, Weights: []float64{1, 1}, Concentration: 50}.Stability(states, asOf, 4000, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	got := view(r)
	for _, v := range got[:2] {
		if v.Interval != [2]int{1, 2} || v.PTop < 0.45 || v.PTop > 0.55 {
			t.Errorf("%+v, want interval [1 2] and P(top 1) near 0.5", v)
		}
	}
	if diff := cmp.Diff(stabilityView{"CCC", 3, [2]int{3, 3}, 3, 0}, got[2]); diff != "" {
		t.Errorf("CCC mismatch (-want +got):\n%s", diff)
	}
	if got[0].PTop+got[1].PTop != 1 {
		t.Errorf("P(top 1) sum to %v", got[0].PTop+got[1].PTop)
	}
}

func TestStabilityErrors(t *testing.T) {
	states := handStates()
	if _, err := (Model{}).Stability(states, asOf, 0, 10, 1); err == nil {
		t.Error("0 samples accepted")
	}
	if _, err := (Model{}).Stability(states, asOf, 10, 0, 1); err == nil {
		t.Error("top 0 accepted")
	}
	if _, err := (Model{Concentration: -2}).Stability(states, asOf, 10, 1, 1); err == nil {
		t.Error("negative concentration accepted")
	}
	r, err := Model{}.Stability(nil, asOf, 10, 1, 1)
	if err != nil || len(r.Entries) != 0 {
		t.Errorf("Stability(nil) = %v, %v", r, err)
	}
}

func TestPercentile(t *testing.T) {
	// 10 samples: ranks 1×2, 2×5, 3×3. Nearest rank: the 5th percentile is
	// sample 1 (rank 1), the median sample 5 (rank 2), the 95th sample 10.
	h := []int32{2, 5, 3}
	for _, tt := range []struct {
		q    float64
		want int
	}{{0.05, 1}, {0.2, 1}, {0.21, 2}, {0.5, 2}, {0.7, 2}, {0.71, 3}, {0.95, 3}} {
		if got := percentile(h, 10, tt.q); got != tt.want {
			t.Errorf("percentile(%v) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

func TestByScoreSort(t *testing.T) {
	// Insertion sort from a stale order and the sort.Sort fallback agree.
	score := []float64{0.1, 0.9, 0.5, 0.5, 0.3, 0.7}
	b := &byScore{idx: []int{5, 4, 3, 2, 1, 0}, score: score}
	b.sort()
	got := make([]float64, len(b.idx))
	for p, i := range b.idx {
		got[p] = score[i]
	}
	if diff := cmp.Diff([]float64{0.9, 0.7, 0.5, 0.5, 0.3, 0.1}, got, cmpopts.EquateApprox(0, 0)); diff != "" {
		t.Errorf("sort mismatch (-want +got):\n%s", diff)
	}
}
