package region

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/article9/article9"
)

// generated returns a reproducible instance of n States around m venues:
// each State's capital lies near a random venue (normally spread, σ 8° of
// latitude and 12° of longitude); a third of the venues take any language,
// the others English and one of fr, es, ar, pt, ru; half the States work in
// their venue's second language, the others in English.
func generated(n, m, k int, seed uint64) Problem {
	rng := rand.New(rand.NewPCG(seed, 1))
	langs := []string{"en", "fr", "es", "ar", "pt", "ru"}
	p := Problem{K: k}
	for j := range m {
		v := Venue{ID: fmt.Sprintf("v%02d", j), City: fmt.Sprintf("City %d", j), Lat: rng.Float64()*130 - 60, Lon: rng.Float64()*360 - 180}
		if j%3 != 0 {
			v.Languages = []string{"en", langs[1+rng.IntN(5)]}
		}
		p.Venues = append(p.Venues, v)
	}
	for i := range n {
		c := p.Venues[rng.IntN(m)]
		lang := "en"
		if rng.IntN(2) == 0 && len(c.Languages) > 0 {
			lang = c.Languages[1]
		}
		p.States = append(p.States, article9.State{
			ISO3:     fmt.Sprintf("%c%c%c", 'A'+i/676, 'A'+i/26%26, 'A'+i%26),
			Lat:      max(-90, min(90, c.Lat+rng.NormFloat64()*8)),
			Lon:      c.Lon + rng.NormFloat64()*12,
			Language: lang,
		})
	}
	return p
}

// uniformGenerated is generated with the States spread uniformly over the
// inhabited latitudes instead, which leaves no natural clusters.
func uniformGenerated(n, m, k int, seed uint64) Problem {
	p := generated(n, m, k, seed)
	rng := rand.New(rand.NewPCG(seed, 2))
	for i := range p.States {
		p.States[i].Lat = rng.Float64()*120 - 55
		p.States[i].Lon = rng.Float64()*360 - 180
	}
	return p
}

// benchmarkSolve solves p b.N times and reports the plan's gap (in %), the
// branch-and-bound nodes and the CPU time per solve (cpu-ms/op: user and
// system time of the process, which a busy machine does not inflate as it
// does ns/op).
func benchmarkSolve(b *testing.B, p Problem) {
	var plan *Plan
	cpu := cpuTime()
	for b.Loop() {
		var err error
		if plan, err = Solve(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(100*plan.Gap(), "gap%")
	b.ReportMetric(float64(plan.Nodes), "nodes")
	if p.Gap == 0 && !plan.Optimal {
		b.Errorf("not proven optimal: gap %.3g%%", 100*plan.Gap())
	}
	if plan.Gap() > max(p.Gap, 1e-6) {
		b.Errorf("gap %.3g%% above the %.3g%% asked for", 100*plan.Gap(), 100*p.Gap)
	}
}

// BenchmarkSolveOutstanding plans workshops for the 58 outstanding States
// of the embedded dataset at the 18 default venues.
func BenchmarkSolveOutstanding(b *testing.B) {
	states, venues := outstanding(), DefaultVenues()
	for _, k := range []int{4, 5, 6} {
		b.Run(fmt.Sprintf("K=%d", k), func(b *testing.B) {
			benchmarkSolve(b, Problem{States: states, Venues: venues, K: k})
		})
	}
	b.Run("K=6,min=9", func(b *testing.B) {
		benchmarkSolve(b, Problem{States: states, Venues: venues, K: 6, MinSize: 9})
	})
}

// BenchmarkSolveGenerated plans workshops for generated instances: 200
// States at 50 venues (K = 8, 40 seats each), and 1,000 States at 50
// venues (K = 10, 150 seats each; or, for States spread uniformly, 105
// seats each, 1,050 for 1,000 States, or 120 seats and at least 90 States
// at each workshop), to a 1% gap and to optimality.
func BenchmarkSolveGenerated(b *testing.B) {
	p200 := generated(200, 50, 8, 1)
	p200.Capacity = 40
	p1000 := generated(1000, 50, 10, 1)
	p1000.Capacity = 150
	tight := uniformGenerated(1000, 50, 10, 3)
	tight.Capacity = 105
	minimum := uniformGenerated(1000, 50, 10, 7)
	minimum.Capacity, minimum.MinSize = 120, 90
	for _, tc := range []struct {
		name string
		p    Problem
		gap  float64
	}{
		{"n=200", p200, 0},
		{"n=1000,gap=1%", p1000, 0.01},
		{"n=1000", p1000, 0},
		{"n=1000,tight,gap=1%", tight, 0.01},
		{"n=1000,tight", tight, 0},
		{"n=1000,min=90,gap=1%", minimum, 0.01},
		{"n=1000,min=90", minimum, 0},
	} {
		b.Run(tc.name, func(b *testing.B) {
			p := tc.p
			p.Gap = tc.gap
			benchmarkSolve(b, p)
		})
	}
}

// BenchmarkAssign assigns 1,000 States to 10 venues exactly.
func BenchmarkAssign(b *testing.B) {
	p := generated(1000, 50, 10, 1)
	p.Capacity = 110
	in, err := newInstance(&p)
	if err != nil {
		b.Fatal(err)
	}
	set := []int{0, 5, 10, 15, 20, 25, 30, 35, 40, 45}
	for b.Loop() {
		if a := in.assign(set); a.short != 0 {
			b.Fatal("no plan")
		}
	}
}

// BenchmarkDistance measures one haversine distance.
func BenchmarkDistance(b *testing.B) {
	sum := 0.0
	for b.Loop() {
		sum += Distance(46.2, 6.14, 9.03, 38.74)
	}
	if sum == 0 {
		b.Fatal(sum)
	}
}
