package region

import (
	"errors"
	"strings"
	"testing"

	"github.com/article9/article9"
)

// verifyProblem returns a small problem and its plan: FRA, FRB (fr) at b,
// and ENA, ENB, ENC (en) at a.
func verifyProblem(t *testing.T) (Problem, *Plan) {
	t.Helper()
	p := Problem{
		States: []article9.State{
			{ISO3: "ENA", Language: "en", Lat: 0, Lon: 0},
			{ISO3: "ENB", Language: "en", Lat: 0, Lon: 1},
			{ISO3: "ENC", Language: "en", Lat: 1, Lon: 0},
			{ISO3: "FRA", Language: "fr", Lat: 40, Lon: 0},
			{ISO3: "FRB", Language: "fr", Lat: 40, Lon: 1},
		},
		Weights: map[string]float64{"ENB": 2},
		Venues:  []Venue{{ID: "a", Lat: 0, Lon: 0, Languages: []string{"en"}}, {ID: "b", Lat: 40, Lon: 0}, {ID: "c", Lat: -40, Lon: 0}},
		K:       2,
		MinSize: 2,
		Open:    []string{"b"},
	}
	plan, err := Solve(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Workshops) != 2 || plan.Workshops[0].Venue.ID != "a" || len(plan.Workshops[0].States) != 3 {
		t.Fatalf("unexpected plan %+v", plan)
	}
	return p, plan
}

// clonePlan returns a deep copy of plan.
func clonePlan(plan *Plan) *Plan {
	c := *plan
	c.Workshops = nil
	for _, w := range plan.Workshops {
		w.States = append([]Invitee(nil), w.States...)
		c.Workshops = append(c.Workshops, w)
	}
	return &c
}

// TestVerifyRejects breaks a valid plan in each way Verify checks.
func TestVerifyRejects(t *testing.T) {
	p, good := verifyProblem(t)
	if err := Verify(p, good); err != nil {
		t.Fatalf("Verify(the solver's plan) = %v", err)
	}
	tests := []struct {
		name   string
		change func(p *Problem, plan *Plan)
		want   string
	}{
		{"too many workshops", func(p *Problem, _ *Plan) { p.K = 1; p.Open = nil },
			"2 workshops, but at most 1 are allowed"},
		{"unknown venue", func(_ *Problem, plan *Plan) { plan.Workshops[0].Venue.ID = "lome" },
			`venue "lome" is not a candidate`},
		{"excluded venue", func(p *Problem, _ *Plan) { p.Exclude = []string{"a"} },
			"venue a is excluded but holds a workshop"},
		{"venue twice", func(_ *Problem, plan *Plan) { plan.Workshops[1].Venue.ID = "a" },
			"venue a holds two workshops"},
		{"over capacity", func(p *Problem, _ *Plan) { p.Capacity = 2 },
			"venue a has 3 States but seats 2"},
		{"under the minimum size", func(p *Problem, _ *Plan) { p.MinSize = 3 },
			"venue b has 2 States, fewer than the minimum workshop size of 3"},
		{"an empty workshop", func(p *Problem, plan *Plan) {
			p.MinSize = 0
			plan.Workshops = append(plan.Workshops, Workshop{Venue: p.Venues[2]})
			p.K = 3
		}, "venue c has 0 States, fewer than the minimum workshop size of 1"},
		{"a State not invited", func(_ *Problem, plan *Plan) { plan.Workshops[0].States[0].ISO3 = "XXX" },
			`"XXX" at venue a is not an invited State`},
		{"a State twice", func(_ *Problem, plan *Plan) {
			plan.Workshops[1].States = append(plan.Workshops[1].States, plan.Workshops[0].States[0])
		}, "ENA is invited twice, to a and b"},
		{"a State left out", func(_ *Problem, plan *Plan) { plan.Workshops[0].States = plan.Workshops[0].States[1:] },
			"ENA is invited to no workshop"},
		{"wrong language", func(_ *Problem, plan *Plan) {
			w0, w1 := &plan.Workshops[0], &plan.Workshops[1]
			w0.States[0], w1.States[0] = w1.States[0], w0.States[0]
		}, "FRA works in fr but venue a offers only [en]"},
		{"wrong distance", func(_ *Problem, plan *Plan) { plan.Workshops[0].States[1].Distance += 1 },
			"ENB at venue a: distance 112.195"},
		{"wrong workshop cost", func(_ *Problem, plan *Plan) { plan.Workshops[1].Cost *= 1.01 },
			"venue b: cost"},
		{"weights changed", func(p *Problem, _ *Plan) { p.Weights = nil },
			"venue a: cost"},
		{"wrong total cost", func(_ *Problem, plan *Plan) { plan.Cost -= 1 },
			"but the workshops' costs add up to"},
		{"forced venue closed", func(p *Problem, _ *Plan) { p.Open = []string{"c"} },
			"venue c is forced open but holds no workshop"},
		{"lower bound above the cost", func(_ *Problem, plan *Plan) { plan.LowerBound = plan.Cost + 1 },
			"exceeds the cost"},
		{"optimal without the bound", func(_ *Problem, plan *Plan) { plan.LowerBound = plan.Cost / 2 },
			"marked optimal, but the lower bound"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, plan := p, clonePlan(good)
			tc.change(&q, plan)
			err := Verify(q, plan)
			if !errors.Is(err, ErrInvalidPlan) {
				t.Fatalf("Verify() = %v, want ErrInvalidPlan", err)
			}
			if !strings.HasPrefix(err.Error(), "region: invalid plan: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Verify() = %v\nwant it to say %q", err, tc.want)
			}
		})
	}
	if err := Verify(p, nil); !errors.Is(err, ErrInvalidPlan) {
		t.Errorf("Verify(nil) = %v, want ErrInvalidPlan", err)
	}
}
