package region

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/article9/article9"
)

// states returns n States working in lang, with codes starting with prefix.
func states(prefix, lang string, n int) []article9.State {
	var out []article9.State
	for i := range n {
		out = append(out, article9.State{ISO3: fmt.Sprintf("%s%c", prefix, 'A'+i), Language: lang, Lat: float64(i), Lon: float64(i)})
	}
	return out
}

func venue(id string, capacity int, langs ...string) Venue {
	return Venue{ID: id, City: id, Capacity: capacity, Languages: langs}
}

func cat[T any](xs ...[]T) []T {
	var out []T
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

// TestInfeasible checks that each cause of infeasibility is named in a
// coordinator's words.
func TestInfeasible(t *testing.T) {
	en6 := states("EN", "en", 6)
	tests := []struct {
		name string
		p    Problem
		want string
	}{
		{"a venue both forced open and excluded",
			Problem{States: en6, Venues: []Venue{venue("a", 0), venue("b", 0)}, K: 2, Open: []string{"a"}, Exclude: []string{"b", "a"}},
			"venue a is both forced open and excluded"},
		{"more venues forced open than workshops",
			Problem{States: en6, Venues: []Venue{venue("a", 0), venue("b", 0), venue("c", 0)}, K: 2, Open: []string{"c", "a", "b"}},
			"3 venues are forced open (a, b, c) but at most 2 workshops are allowed"},
		{"a forced venue too small for the minimum size",
			Problem{States: en6, Venues: []Venue{venue("a", 3), venue("b", 0)}, K: 2, MinSize: 4, Open: []string{"a"}},
			"venue a is forced open but seats 3 States, fewer than the minimum workshop size of 4"},
		{"a forced venue no State can go to",
			Problem{States: en6, Venues: []Venue{venue("a", 0, "ar"), venue("b", 0)}, K: 2, Open: []string{"a"}},
			"venue a is forced open but no invited State works in a language it offers (ar)"},
		{"a forced venue too few States can go to",
			Problem{States: cat(en6, states("FR", "fr", 2)), Venues: []Venue{venue("a", 0, "fr"), venue("b", 0)}, K: 2, MinSize: 3, Open: []string{"a"}},
			"venue a is forced open but only 2 invited States work in a language it offers (fr), fewer than the minimum workshop size of 3"},
		{"fewer States than the minimum size",
			Problem{States: states("EN", "en", 3), Venues: []Venue{venue("a", 0)}, K: 1, MinSize: 5},
			"only 3 States are invited but every workshop needs at least 5"},
		{"forced venues times the minimum size exceed the States",
			Problem{States: en6, Venues: []Venue{venue("a", 0), venue("b", 0)}, K: 2, MinSize: 4, Open: []string{"a", "b"}},
			"2 workshops are forced open with at least 4 States each, but only 6 States are invited"},
		{"a language no venue offers",
			Problem{States: cat(en6, states("PT", "pt", 2)), Venues: []Venue{venue("a", 0, "en", "fr")}, K: 1},
			"2 pt-speaking States (PTA, PTB) but no venue offers pt"},
		{"the only venues offering a language excluded",
			Problem{States: cat(en6, states("PT", "pt", 2)), Venues: []Venue{venue("a", 0, "en"), venue("b", 0, "pt"), venue("c", 0, "pt", "en")}, K: 2, Exclude: []string{"c", "b"}},
			"2 pt-speaking States (PTA, PTB) but the venues offering pt are excluded (b, c)"},
		{"the only venue offering a language too small for the minimum size",
			Problem{States: cat(en6, states("PT", "pt", 2)), Venues: []Venue{venue("a", 0, "en"), venue("b", 0, "pt")}, K: 2, MinSize: 3},
			"2 pt-speaking States (PTA, PTB) but no venue offering pt (b) can hold a workshop of the minimum size 3: each seats fewer or reaches fewer invited States"},
		{"every venue excluded",
			Problem{States: en6, Venues: []Venue{venue("a", 0)}, K: 1, Exclude: []string{"a"}},
			"every candidate venue is excluded"},
		{"no venue can reach the minimum size",
			Problem{States: en6, Venues: []Venue{venue("a", 2), venue("b", 3)}, K: 2, MinSize: 4},
			"no venue can hold a workshop of the minimum size 4: each seats fewer or reaches fewer invited States"},
		{"too few seats, one capacity",
			Problem{States: states("S", "en", 61), Venues: []Venue{venue("a", 0), venue("b", 0), venue("c", 0), venue("d", 0), venue("e", 0)}, K: 4},
			"61 States are invited but 4 workshops × 15 seats make only 60 seats"},
		{"too few seats, several capacities",
			Problem{States: states("S", "en", 30), Venues: []Venue{venue("a", 10), venue("b", 12), venue("c", 5)}, K: 2, Capacity: 20},
			"30 States are invited but the largest 2 workshops seat only 22"},
		{"too few venues",
			Problem{States: states("S", "en", 30), Venues: []Venue{venue("a", 0)}, K: 3},
			"30 States are invited but the only venue that can hold a workshop seats 15"},
		{"one workshop too small",
			Problem{States: states("S", "en", 20), Venues: []Venue{venue("a", 0), venue("b", 0)}, K: 1},
			"20 States are invited but 1 workshop × 15 seats make only 15 seats"},
		{"too few venues that can hold a workshop",
			Problem{States: states("S", "en", 40), Venues: []Venue{venue("a", 0), venue("b", 0)}, K: 3},
			"40 States are invited but the only 2 venues that can hold a workshop seat 30"},
		{"the minimum size leaves too few workshops",
			Problem{States: states("S", "en", 20), Venues: []Venue{venue("a", 0), venue("b", 0)}, K: 2, MinSize: 12},
			"20 States with at least 12 at each workshop allow at most 1 workshop, which seats only 15"},
		{"too few seats in a language",
			Problem{States: cat(en6, states("PT", "pt", 5)), Venues: []Venue{venue("a", 3, "pt", "en"), venue("b", 0, "en"), venue("c", 0, "en")}, K: 2},
			"5 pt-speaking States (PTA, PTB, PTC, PTD, PTE) but the venues offering pt seat only 3 in at most 2 workshops"},
		{"too few seats in two languages together",
			Problem{States: cat(states("ES", "es", 4), states("FR", "fr", 4), en6), Venues: []Venue{venue("a", 5, "es", "fr", "en"), venue("b", 2, "es", "en"), venue("c", 20, "en")}, K: 2},
			"8 States work in es and fr (ESA, ESB, ESC, ESD, FRA, FRB, FRC, FRD) but the venues offering those languages seat only 7 in at most 2 workshops"},
		{"no K venues offer every language",
			Problem{States: cat(states("AR", "ar", 2), states("ES", "es", 2), states("PT", "pt", 2)), Venues: []Venue{venue("a", 0, "ar"), venue("b", 0, "es"), venue("c", 0, "pt")}, K: 2},
			"the States work in ar, es and pt but no 2 venues together offer all of them"},
		{"no single venue offers every language",
			Problem{States: cat(states("AR", "ar", 2), states("ES", "es", 2)), Venues: []Venue{venue("a", 0, "ar"), venue("b", 0, "es")}, K: 1},
			"the States work in ar and es but no venue offers all of them"},
		{"proven by the search",
			Problem{States: cat(states("PT", "pt", 4), states("ES", "es", 4), states("EN", "en", 2)), Venues: []Venue{venue("p", 5, "pt"), venue("s", 5, "es"), venue("e", 5, "en", "pt", "es")}, K: 2},
			"no choice of at most 2 of the 3 venues that could hold a workshop seats all 10 States, each in a language it works in; a plan becomes possible with 3 workshops, or with more seats, or with every language offered everywhere"},
		{"proven by the search, with a forced venue",
			Problem{States: cat(states("PT", "pt", 4), states("ES", "es", 4), states("EN", "en", 2)), Venues: []Venue{venue("p", 5, "pt"), venue("s", 5, "es"), venue("e", 5, "en", "pt", "es")}, K: 2, Open: []string{"e"}},
			"no choice of at most 2 of the 3 venues that could hold a workshop seats all 10 States, each in a language it works in, with e forced open; a plan becomes possible with 3 workshops, or with more seats, or with every language offered everywhere"},
		{"a forced venue takes the slot a language needs",
			Problem{States: cat(states("PT", "pt", 4), states("ES", "es", 4), states("EN", "en", 2)), Venues: []Venue{venue("f", 5, "pt"), venue("a", 5, "en", "es", "pt"), venue("b", 5, "en", "es", "pt")}, K: 2, Open: []string{"f"}},
			"6 States work in en and es (ENA, ENB, ESA, ESB, ESC, ESD) but the venues offering those languages seat only 5 in at most 2 workshops, with f forced open"},
		{"forced venues leave no room for a language",
			Problem{States: cat(states("PT", "pt", 4), states("ES", "es", 4), states("EN", "en", 2)), Venues: []Venue{venue("p", 5, "pt"), venue("s", 5, "es"), venue("e", 15, "en", "pt", "es")}, K: 2, Open: []string{"s", "p"}},
			"the States work in en, es and pt but no 2 venues together offer all of them, with p, s forced open"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plan, err := Solve(tc.p)
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("Solve() = %+v, %v; want ErrInfeasible", plan, err)
			}
			if want := "region: no plan satisfies the constraints: " + tc.want; err.Error() != want {
				t.Errorf("error\n  %s\nwant\n  %s", err, want)
			}
			if len(tc.p.States) <= 14 && len(tc.p.Venues) <= 4 {
				if _, ok := bruteForce(tc.p); ok {
					t.Errorf("brute force finds a plan")
				}
			}
		})
	}
}

// TestInvalidProblem checks errors for malformed problems: they are not
// ErrInfeasible.
func TestInvalidProblem(t *testing.T) {
	en := states("EN", "en", 3)
	vs := []Venue{venue("a", 0), venue("b", 0)}
	neg := func(article9.State, Venue) float64 { return -1 }
	nan := func(article9.State, Venue) float64 { return math.NaN() }
	tests := []struct {
		name     string
		p        Problem
		sentinel error
		want     string
	}{
		{"unknown venue in Open", Problem{States: en, Venues: vs, K: 1, Open: []string{"lome"}}, ErrUnknownVenue, `region: unknown venue "lome" in Open (the candidates are a, b)`},
		{"unknown venue in Exclude", Problem{States: en, Venues: vs, K: 1, Exclude: []string{"A"}}, ErrUnknownVenue, `region: unknown venue "A" in Exclude (the candidates are a, b)`},
		{"no States", Problem{Venues: vs, K: 1}, ErrInvalidProblem, "region: invalid problem: no States to invite"},
		{"no venues", Problem{States: en, K: 1}, ErrInvalidProblem, "region: invalid problem: no candidate venues"},
		{"K zero", Problem{States: en, Venues: vs}, ErrInvalidProblem, "region: invalid problem: K is 0 (allowed: at least 1 workshop)"},
		{"negative capacity", Problem{States: en, Venues: vs, K: 1, Capacity: -1}, ErrInvalidProblem, "region: invalid problem: capacity is -1 (allowed: 1 or more, or 0 for 15)"},
		{"negative minimum size", Problem{States: en, Venues: vs, K: 1, MinSize: -2}, ErrInvalidProblem, "region: invalid problem: minimum size is -2 (allowed: 0 or more)"},
		{"gap of 1", Problem{States: en, Venues: vs, K: 1, Gap: 1}, ErrInvalidProblem, "region: invalid problem: gap is 1 (allowed: from 0 up to, not including, 1)"},
		{"negative MaxNodes", Problem{States: en, Venues: vs, K: 1, MaxNodes: -1}, ErrInvalidProblem, "region: invalid problem: MaxNodes is -1 (allowed: 0 for the default, or more)"},
		{"a State twice", Problem{States: cat(en, en[:1]), Venues: vs, K: 1}, ErrInvalidProblem, `region: invalid problem: State "ENA" is invited twice or has no ISO code (allowed: each ISO code once)`},
		{"a venue twice", Problem{States: en, Venues: cat(vs, vs[1:]), K: 1}, ErrInvalidProblem, `region: invalid problem: venue "b" is a candidate twice or has no ID (allowed: each ID once)`},
		{"a venue with negative capacity", Problem{States: en, Venues: []Venue{venue("a", -3)}, K: 1}, ErrInvalidProblem, "region: invalid problem: venue a has capacity -3 (allowed: 1 or more, or 0 for the default)"},
		{"a weight for a State not invited", Problem{States: en, Venues: vs, K: 1, Weights: map[string]float64{"FRA": 2}}, ErrInvalidProblem, "region: invalid problem: a weight is given for FRA, which is not among the invited States"},
		{"a negative weight", Problem{States: en, Venues: vs, K: 1, Weights: map[string]float64{"ENB": -2}}, ErrInvalidProblem, "region: invalid problem: the weight of ENB is -2 (allowed: a finite number, zero or more)"},
		{"an infinite weight", Problem{States: en, Venues: vs, K: 1, Weights: map[string]float64{"ENB": math.Inf(1)}}, ErrInvalidProblem, "region: invalid problem: the weight of ENB is +Inf (allowed: a finite number, zero or more)"},
		{"a negative distance", Problem{States: en, Venues: vs, K: 1, Distance: neg}, ErrInvalidProblem, "region: invalid problem: the distance from ENA to venue a is -1 (allowed: a finite number, zero or more)"},
		{"a NaN distance", Problem{States: en, Venues: vs, K: 1, Distance: nan}, ErrInvalidProblem, "region: invalid problem: the distance from ENA to venue a is NaN (allowed: a finite number, zero or more)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Solve(tc.p)
			if !errors.Is(err, tc.sentinel) || errors.Is(err, ErrInfeasible) {
				t.Fatalf("Solve() error %v, want %v and not ErrInfeasible", err, tc.sentinel)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n  %s\nwant\n  %s", err, tc.want)
			}
		})
	}
}

// TestExtremeCosts checks that tiny, huge and zero costs neither overflow
// nor lose the optimum.
func TestExtremeCosts(t *testing.T) {
	en := states("EN", "en", 4)
	vs := []Venue{venue("a", 0), venue("b", 0), venue("c", 0)}
	scaled := func(f float64) DistanceFunc {
		return func(s article9.State, v Venue) float64 { return f * float64(int(s.ISO3[2])+int(v.ID[0])%7) }
	}
	for _, f := range []float64{1e-300, 1e-9, 0, 1e9, 1e280} {
		p := Problem{States: en, Venues: vs, K: 2, Capacity: 3, Distance: scaled(f)}
		plan, err := Solve(p)
		if err != nil {
			t.Fatalf("scale %g: %v", f, err)
		}
		want, _ := bruteForce(Problem{States: en, Venues: vs, K: 2, Capacity: 3, Distance: scaled(1)})
		if got := plan.Cost; math.Abs(got-f*want) > 1e-9*f*want || !plan.Optimal {
			t.Errorf("scale %g: cost %g (optimal %v), want %g", f, got, plan.Optimal, f*want)
		}
	}
	_, err := Solve(Problem{States: en, Venues: vs, K: 2, Distance: scaled(1e300), Weights: map[string]float64{"ENA": 1e10}})
	if !errors.Is(err, ErrInvalidProblem) || !strings.Contains(err.Error(), "too large to add up") {
		t.Errorf("huge weight × distance: %v, want ErrInvalidProblem", err)
	}
}
