package priority

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/article9/article9"
)

var asOf = time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fixed is a criterion whose needs are given by ISO code; a State not in
// needs has an unknown value.
func fixed(name string, needs map[string]float64, missing Missing) Criterion {
	return Criterion{
		Name: name, Label: name, Missing: missing,
		Need: func(s article9.State, _ time.Time) (float64, bool) {
			v, ok := needs[s.ISO3]
			return v, ok
		},
		Remedy: func(article9.State) string { return "fixing " + name },
	}
}

// grid builds States and fixed criteria from a table of needs: rows are
// States (ISO codes iso[i]), columns criteria "c1", "c2", …; NaN is unknown.
func grid(iso []string, needs [][]float64, missing Missing) ([]article9.State, []Criterion) {
	states := make([]article9.State, len(iso))
	for i, code := range iso {
		states[i] = article9.State{ISO3: code, Name: "State " + code}
	}
	var crit []Criterion
	if len(needs) > 0 {
		for k := range needs[0] {
			m := map[string]float64{}
			for i, row := range needs {
				if !math.IsNaN(row[k]) {
					m[iso[i]] = row[k]
				}
			}
			crit = append(crit, fixed(fmt.Sprintf("c%d", k+1), m, missing))
		}
	}
	return states, crit
}

// isoCodes returns n distinct three-letter codes AAA, AAB, ….
func isoCodes(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = string([]byte{'A' + byte(i/676%26), 'A' + byte(i/26%26), 'A' + byte(i%26)})
	}
	return out
}

// randomNeeds returns n×m needs drawn from a mix of continuous, binary and
// constant columns, with some unknown (NaN) when unknown is true.
func randomNeeds(rng *rand.Rand, n, m int, unknown bool) [][]float64 {
	kinds := make([]int, m)
	for k := range kinds {
		kinds[k] = rng.IntN(3)
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, m)
		for k := range out[i] {
			switch kinds[k] {
			case 0:
				out[i][k] = rng.Float64()
			case 1:
				out[i][k] = float64(rng.IntN(2))
			case 2:
				out[i][k] = 0.5
			}
			if unknown && rng.IntN(8) == 0 {
				out[i][k] = math.NaN()
			}
		}
	}
	return out
}

func entryByISO(r *Ranking, iso string) Entry {
	for _, e := range r.Entries {
		if e.State.ISO3 == iso {
			return e
		}
	}
	panic("no entry " + iso)
}
