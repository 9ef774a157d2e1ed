package region

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// shuffled returns p with its States, venues, Open and Exclude in a random
// order.
func shuffled(rng *rand.Rand, p Problem) Problem {
	p.States = slices.Clone(p.States)
	p.Venues = slices.Clone(p.Venues)
	p.Open = slices.Clone(p.Open)
	p.Exclude = slices.Clone(p.Exclude)
	rng.Shuffle(len(p.States), func(i, j int) { p.States[i], p.States[j] = p.States[j], p.States[i] })
	rng.Shuffle(len(p.Venues), func(i, j int) { p.Venues[i], p.Venues[j] = p.Venues[j], p.Venues[i] })
	rng.Shuffle(len(p.Open), func(i, j int) { p.Open[i], p.Open[j] = p.Open[j], p.Open[i] })
	rng.Shuffle(len(p.Exclude), func(i, j int) { p.Exclude[i], p.Exclude[j] = p.Exclude[j], p.Exclude[i] })
	return p
}

// TestDeterministicTies solves instances full of equal-cost plans, in many
// input orders, and wants the same plan every time.
func TestDeterministicTies(t *testing.T) {
	// Two venues at the same place, two more mirrored across the equator,
	// and States placed symmetrically, so that many plans cost the same.
	venues := []Venue{
		{ID: "north", Lat: 10, Lon: 0},
		{ID: "north2", Lat: 10, Lon: 0},
		{ID: "south", Lat: -10, Lon: 0},
		{ID: "equator", Lat: 0, Lon: 20, Capacity: 4},
	}
	var states []article9.State
	for i, lat := range []float64{0, 0, 0, 0, 5, -5, 5, -5} {
		states = append(states, article9.State{ISO3: string(rune('A'+i)) + "XX", Lat: lat, Lon: float64(i%2) * 10})
	}
	problems := map[string]Problem{
		"symmetric, K=1":                {States: states, Venues: venues, K: 1, Capacity: 8},
		"symmetric, K=2":                {States: states, Venues: venues, K: 2, Capacity: 5},
		"symmetric, K=3, minimum size":  {States: states, Venues: venues, K: 3, Capacity: 4, MinSize: 2},
		"symmetric, forced and weights": {States: states, Venues: venues, K: 2, Capacity: 6, Open: []string{"north2"}, Weights: map[string]float64{"AXX": 0, "BXX": 0}},
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for name, p := range problems {
		t.Run(name, func(t *testing.T) {
			want, err := Solve(p)
			if err != nil {
				t.Fatal(err)
			}
			for range 20 {
				got, err := Solve(shuffled(rng, p))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("Solve(shuffled) mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
	// Of two venues at one place, the first by ID wins.
	plan, err := Solve(problems["symmetric, K=1"])
	if err != nil {
		t.Fatal(err)
	}
	if id := plan.Workshops[0].Venue.ID; id != "north" {
		t.Errorf("K=1 opens %s, want north (before north2 and the equal-cost south)", id)
	}
}

// TestDeterministicRandom checks input-order independence on random
// instances and on the coordinators' instance.
func TestDeterministicRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	ps := []Problem{{States: outstanding(), Venues: DefaultVenues(), K: 4}}
	for range 30 {
		ps = append(ps, randomProblem(rng, 12, 6))
	}
	for i, p := range ps {
		want, werr := Solve(p)
		for range 3 {
			got, err := Solve(shuffled(rng, p))
			if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
				t.Fatalf("problem %d: errors %v and %v", i, werr, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("problem %d: Solve(shuffled) mismatch (-want +got):\n%s", i, diff)
			}
		}
	}
}
