package region

import (
	"errors"

	"github.com/article9/article9"
)

// DefaultCapacity is the most States at one workshop when neither the venue
// nor Problem.Capacity says otherwise.
const DefaultCapacity = 15

// Errors Solve and Verify return, wrapped with the details.
var (
	// ErrInfeasible: no plan satisfies the constraints. The message says
	// which constraint makes it impossible.
	ErrInfeasible = errors.New("no plan satisfies the constraints")
	// ErrInvalidProblem: the Problem itself is malformed (a negative weight,
	// K below 1, a duplicate ISO code …), whatever the venues.
	ErrInvalidProblem = errors.New("invalid problem")
	// ErrUnknownVenue: Open or Exclude names a venue that is not a candidate.
	ErrUnknownVenue = errors.New("unknown venue")
	// ErrInvalidPlan: Verify found a plan breaking a rule of its Problem.
	ErrInvalidPlan = errors.New("invalid plan")
)

// Problem is a workshop-planning problem: whom to invite, where they could
// meet, and the rules. Its zero value is not useful: States, Venues and K
// must be given.
type Problem struct {
	States   []article9.State   // the invitees, each ISO code once
	Weights  map[string]float64 // delegates per State by ISO code, multiplying its distance; nil or missing = 1
	Venues   []Venue            // the candidate venues, each ID once
	K        int                // most workshops; at least 1
	Capacity int                // most States at a venue that gives no Capacity; 0 = DefaultCapacity
	MinSize  int                // fewest States at an opened workshop; 0 = none (every workshop still has at least one State)
	Open     []string           // IDs of venues that must host a workshop (a scheduled meeting); they count towards K
	Exclude  []string           // IDs of venues that must not host one
	Distance DistanceFunc       // cost of sending a State to a venue; nil = GreatCircle, in kilometres

	// Gap is the relative gap (Cost−LowerBound)/Cost at which the search
	// may stop with the plan in hand. 0, the default, asks for a proof of
	// optimality (to a relative 1e-9). Gap 0.01 settles for a plan proven
	// within 1% of the optimum.
	Gap float64
	// MaxNodes bounds the branch-and-bound search, which is what makes
	// the time deterministic (no clock is read). When it runs out, Solve
	// returns the best plan found with the bound proven so far and Optimal
	// false. 0 means DefaultMaxNodes.
	MaxNodes int
}

// DefaultMaxNodes is the branch-and-bound budget when Problem.MaxNodes is 0.
// Coordinator-size problems (60 States, 30 venues, K up to 8) are proven
// optimal in far fewer nodes (tens, a millisecond or less each). A node of
// a 1,000-State, 50-venue problem costs about 20 ms of CPU, so a search
// that uses the whole budget takes under a minute there: set Gap (0.01 is
// reached at the first node in the benchmarks) for problems that large.
const DefaultMaxNodes = 2000

// Plan is a solution of a Problem: the workshops to hold and who goes where.
type Plan struct {
	Workshops  []Workshop // sorted by venue ID
	Cost       float64    // Σ weight × distance over all States (km when Distance is nil)
	LowerBound float64    // proven: no plan of the Problem costs less
	Optimal    bool       // LowerBound ≥ Cost − 1e-6·Cost: no plan is cheaper (to a relative 1e-6)
	Nodes      int        // branch-and-bound nodes explored
}

// Workshop is one workshop of a Plan.
type Workshop struct {
	Venue  Venue
	States []Invitee // sorted by distance, then ISO code
	Cost   float64   // Σ weight × distance over its States
}

// Invitee is a State invited to a workshop.
type Invitee struct {
	ISO3     string
	Distance float64 // from the State to the venue, unweighted (km when Problem.Distance is nil)
}

// Gap returns the plan's relative gap (Cost−LowerBound)/Cost: how much
// cheaper than the plan the optimum could at most be. It is 0 for a plan of
// cost 0.
func (p *Plan) Gap() float64 {
	if p.Cost <= 0 {
		return 0
	}
	return max(0, (p.Cost-p.LowerBound)/p.Cost)
}

// capacity returns the most States at v under p.
func (p *Problem) capacity(v Venue) int {
	switch {
	case v.Capacity > 0:
		return v.Capacity
	case p.Capacity > 0:
		return p.Capacity
	}
	return DefaultCapacity
}

// minSize returns the fewest States at an opened workshop: MinSize, and at
// least 1.
func (p *Problem) minSize() int { return max(p.MinSize, 1) }

// weight returns the weight of the State iso3.
func (p *Problem) weight(iso3 string) float64 {
	if w, ok := p.Weights[iso3]; ok {
		return w
	}
	return 1
}

// distance returns the cost of sending s to v under p, unweighted.
func (p *Problem) distance(s article9.State, v Venue) float64 {
	if p.Distance == nil {
		return GreatCircle(s, v)
	}
	return p.Distance(s, v)
}
