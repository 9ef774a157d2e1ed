package region

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/article9/article9"
)

// FuzzReadVenues checks that no input makes ReadVenues panic or hang, that
// an error is always an *article9.ParseError (or a list of them) with a
// line, and that every venue it accepts is valid. The seed corpus is in
// testdata/fuzz/FuzzReadVenues.
func FuzzReadVenues(f *testing.F) {
	f.Add(venuesCSV)
	f.Add([]byte("id;city;lat;lon\r\nx;Y;1,5;2\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		vs, err := ReadVenues(bytes.NewReader(data))
		if err != nil {
			if vs != nil {
				t.Fatalf("venues %v returned with error %v", vs, err)
			}
			var pe *article9.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v (%T) is not a *article9.ParseError with a line", err, err)
			}
			return
		}
		if len(vs) == 0 {
			t.Fatal("no venues and no error")
		}
		seen := map[string]bool{}
		for _, v := range vs {
			switch {
			case !idPattern.MatchString(v.ID) || seen[v.ID]:
				t.Fatalf("bad or duplicate id %q", v.ID)
			case strings.TrimSpace(v.City) == "":
				t.Fatalf("venue %s has no city", v.ID)
			case math.IsNaN(v.Lat) || math.Abs(v.Lat) > 90 || math.IsNaN(v.Lon) || math.Abs(v.Lon) > 180:
				t.Fatalf("venue %s at %g, %g", v.ID, v.Lat, v.Lon)
			case v.Capacity < 0:
				t.Fatalf("venue %s seats %d", v.ID, v.Capacity)
			}
			for _, l := range v.Languages {
				if !langPattern.MatchString(l) {
					t.Fatalf("venue %s offers %q", v.ID, l)
				}
			}
			seen[v.ID] = true
		}
	})
}

// FuzzSolve checks Solve against brute force on tiny random instances drawn
// from the fuzzer's numbers, with every constraint in play. The seed corpus
// is in testdata/fuzz/FuzzSolve.
func FuzzSolve(f *testing.F) {
	f.Add(uint64(1), uint8(5), uint8(3), uint8(2))
	f.Fuzz(func(t *testing.T, seed uint64, n, m, k uint8) {
		rng := rand.New(rand.NewPCG(seed, 3))
		p := randomProblem(rng, 1+int(n%7), 1+int(m%5))
		p.K = 1 + int(k%6)
		want, ok := bruteForce(p)
		plan, err := Solve(p)
		switch {
		case !ok && errors.Is(err, ErrInfeasible):
		case !ok:
			t.Fatalf("brute force finds no plan, Solve: %v, %+v", err, plan)
		case err != nil:
			t.Fatalf("brute force finds %g, Solve: %v", want, err)
		case math.Abs(plan.Cost-want) > 1e-9*max(1, want) || !plan.Optimal:
			t.Fatalf("Solve cost %.12g optimal %v, brute force %.12g", plan.Cost, plan.Optimal, want)
		}
	})
}
