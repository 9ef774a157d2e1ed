package outreach

import (
	"time"

	"github.com/article9/article9"
)

// Briefing is the content of a briefing pack, apart from its bytes: plain
// data that Build fills from the dataset, the priority ranking and the
// workshop plan, and that Render draws. Sections are optional: Render draws
// the priority list only if Priority is set, the workshop plan only if Plan
// is set, a State page for each code in Pages and the annexes if Annexes
// is set (Build sets it unless Options.NoAnnexes).
type Briefing struct {
	Title string    // the pack's title; "" = the catalogue's ("Article 9 briefing pack")
	Lang  string    // "en", "fr" or "es"; "" = "en"
	AsOf  time.Time // the date the pack describes, also the PDF's creation date

	Dataset    string    // the dataset's name
	Source     string    // where the data comes from
	SourceDate time.Time // the dataset's own as-of date; zero if unknown
	Scope      string    // which States are in scope: "outstanding", "insufficient" or "parties"

	Summary article9.Summary // the State of Play: all States Parties by status
	// Assisted counts the States Parties, by status, that have formally
	// requested assistance (Action 48).
	Assisted article9.Counts

	// States are the States in scope, sorted by ISO code: the facts every
	// table and page draws on.
	States []article9.State
	// Pages lists the ISO codes of the States that get a page, in page
	// order (priority rank order).
	Pages []string

	Priority *Priority // the priority list; nil = none
	Plan     *Plan     // the workshop plan; nil = none
	Annexes  *Annexes  // the annexes after the State pages; nil = none
}

// Annexes are the pages after the State pages: each part is drawn if it is
// not empty (Investment: not nil).
type Annexes struct {
	FollowUps  []FollowUp // follow-ups to list (Action A), in order
	Meetings   []Meeting  // meetings ahead (Action F), in order
	WorkPlan   []WorkItem // the work plan, Actions A to H
	Resources  []Resource // resources on national implementation (Action C)
	Investment *Reference // measures prohibiting investment (Action H)
	// States are the States the annexes name that are not among the
	// Briefing's States, sorted by ISO code: for their names in the pack's
	// language.
	States []article9.State
}

// Priority is the priority list: how the States in scope were scored, and
// their ranking.
type Priority struct {
	Method           string      // "wsum" (weighted sum) or "topsis"
	Criteria         []Criterion // in the model's order
	ConsistencyRatio float64     // of the AHP weights, if HasCR
	HasCR            bool
	Tiers            [2]float64 // the score cut-offs of tiers 1 and 2
	Samples          int        // rank-stability samples; 0 = intervals not computed
	Seed             uint64     // the stability seed
	Entries          []Entry    // in rank order (rank, then ISO code)
}

// Criterion is one criterion of the ranking.
type Criterion struct {
	Name   string  // "gap", "staleness", …, "indicator:NAME"
	Label  string  // English label, used when the catalogue has none
	Weight float64 // normalised: the weights sum to 1
}

// Entry is one State's place in the ranking. Needs, Contributions and the
// criteria of Reasons follow Priority.Criteria.
type Entry struct {
	ISO3          string
	Rank          int // 1-based; ties share a rank
	Tier          int // 1, 2 or 3
	Score         float64
	Needs         []float64 // per criterion, in [0, 1], after imputation
	Contributions []float64 // per criterion; for wsum they sum to Score
	Imputed       []string  // names of the criteria whose value was unknown
	Reasons       []Reason  // most important first
	Change        Change    // the one change that would move it most
	Interval      [2]int    // 5th–95th percentile rank; zero if not computed
	MedianRank    int
}

// Reason is a reason for a State's rank: the criterion, and the ranking's
// English text, kept for reference. The pack writes its own text in its
// language from the criterion and the State's facts.
type Reason struct {
	Criterion string
	Text      string
}

// Change is the single change in a State's data that would move its rank
// most: on which criterion, for "gap" to which status, and the ranks
// before and after. Criterion is "" if no change moves it.
type Change struct {
	Criterion string
	Status    article9.Status
	From, To  int
	Text      string // English, kept for reference
}

// Plan is the workshop plan: which venues hold a workshop and which States
// each invites.
type Plan struct {
	Workshops  []Workshop // sorted by venue ID
	Cost       float64    // total distance, km
	LowerBound float64    // proven lower bound on Cost, km
	Optimal    bool
	K          int // the most workshops asked for
	Capacity   int // the default most States a workshop
	Seats      int // the seats of the workshops held: each venue's capacity, else Capacity
	// Alternatives are the same invitations planned with more workshops,
	// K+1 and K+2 in that order, when the plan is Tight; nil otherwise.
	// An alternative the planner could not solve is left out.
	Alternatives []Alternative
}

// Alternative is a workshop plan's problem solved with more workshops:
// what more workshops would save.
type Alternative struct {
	K          int     // the most workshops
	Workshops  int     // the workshops the plan holds
	Cost       float64 // total distance, km
	LowerBound float64 // proven lower bound on Cost, km
	Optimal    bool
}

// Tight reports whether p has few seats to spare: fewer than a tenth of
// the States invited (the default pack's 58 States in 60 seats leave 2).
// With so few, States are sent to distant venues to fill the seats left,
// so the pack says so and gives the Alternatives.
func (p *Plan) Tight() bool {
	n := p.Invited()
	return p.Seats > 0 && 10*(p.Seats-n) < n
}

// Invited returns the number of States invited to p's workshops.
func (p *Plan) Invited() int {
	n := 0
	for _, w := range p.Workshops {
		n += len(w.States)
	}
	return n
}

// Workshop is one workshop: where, and whom it invites.
type Workshop struct {
	Venue  Venue
	States []Invitee // by distance, then ISO code
	Cost   float64   // km
}

// Venue is where a workshop can be held.
type Venue struct {
	ID, Name, City, Country string
	Lat, Lon                float64
	Languages               []string // nil = any
	Capacity                int      // 0 = the plan's default
	Institution             string
	Event                   string
	Date                    time.Time // zero if none
}

// Invitee is a State invited to a workshop and its capital's distance to
// the venue in km.
type Invitee struct {
	ISO3     string
	Distance float64
}
