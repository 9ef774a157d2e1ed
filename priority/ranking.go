package priority

import (
	"sort"
	"time"

	"github.com/article9/article9"
)

// Ranking is the result of ranking States for outreach: the model as used
// and one Entry per State, in rank order.
type Ranking struct {
	AsOf             time.Time
	Method           Method
	Criteria         []Criterion // as used
	Weights          []float64   // normalised, in Criteria's order
	ConsistencyRatio float64     // AHP consistency ratio of Weights, if HasCR
	HasCR            bool
	Tiers            [2]float64 // least scores of tiers 1 and 2, as used
	Entries          []Entry    // by rank, then ISO code

	// Set by Stability (zero otherwise).
	Samples       int     // weight samples drawn
	TopK          int     // K of Entry.PTop
	Seed          uint64  // seed of the random source
	Concentration float64 // Dirichlet concentration c
}

// Entry is one State's place in a Ranking and why.
type Entry struct {
	State         article9.State
	Rank          int       // 1-based; ties share a rank (1, 2, 2, 4)
	Tier          int       // 1 to 3
	Score         float64   // in [0, 1]; higher means approach sooner
	Needs         []float64 // per criterion, after imputation (0 where excluded)
	Contributions []float64 // per criterion; they add up to Score
	Imputed       []string  // names of the criteria whose value was unknown, in criterion order
	Reasons       []Reason  // plain-language reasons, largest contribution first
	Change        Change    // the single change that would move the State down the most

	// Set by Stability (zero otherwise).
	Interval   [2]int  // 5th and 95th percentile rank under weight uncertainty
	MedianRank int     // median rank under weight uncertainty
	PTop       float64 // probability of a rank ≤ Ranking.TopK
}

// Reason is one plain-language reason for a State's score.
type Reason struct {
	Criterion string // the criterion's Name, so that callers can localise
	Text      string // English, with facts: "no update since 2015 (10 years)"
}

// Change is the single change that would move a State furthest down the
// ranking, all other States unchanged.
type Change struct {
	Criterion string          // the criterion acted on; "" if no change moves the State
	Status    article9.Status // for "gap", the status the State would report; else NoStatus
	From, To  int             // rank now and after the change
	Text      string          // English: "reporting its existing legislation as sufficient would move it from 3rd to 41st"
}

// Rank scores states as of asOf and ranks them, most in need first. Every
// State must be a State Party, once (choose them with a Scope); the order of
// states does not matter. Ties within Epsilon share a rank and are ordered
// by ISO code. Rank takes O(n·m) for the scores; finding every State's
// Change takes O(n²) more with WeightedSum, where only the changed State's
// score moves, and O(n²·m) with TOPSIS, whose normalisation depends on
// every State.
func (m Model) Rank(states []article9.State, asOf time.Time) (*Ranking, error) {
	r, _, _, _, err := m.rank(states, asOf)
	return r, err
}

// rank ranks states and returns, besides the Ranking, what Stability
// reuses: the config, the table and each entry's row in it.
func (m Model) rank(states []article9.State, asOf time.Time) (*Ranking, *config, *table, []int, error) {
	c, err := m.config()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	t, err := c.evalTable(states, asOf)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	score, contrib := c.scores(t)
	iso := make([]string, len(states))
	for i, s := range states {
		iso[i] = s.ISO3
	}
	order, ranks := rankOrder(score, iso)
	r := &Ranking{
		AsOf: asOf, Method: c.method,
		Criteria: append([]Criterion(nil), c.criteria...), Weights: append([]float64(nil), c.weights...),
		ConsistencyRatio: c.cr, HasCR: c.hasCR, Tiers: c.tiers,
		Entries: make([]Entry, len(order)),
	}
	for p, i := range order {
		mm := t.m
		e := Entry{
			State: states[i], Rank: ranks[i], Tier: c.tier(score[i]), Score: score[i],
			Needs:         append([]float64(nil), t.need[i*mm:(i+1)*mm]...),
			Contributions: append([]float64(nil), contrib[i*mm:(i+1)*mm]...),
		}
		for k, cr := range c.criteria {
			if t.imputed[i*mm+k] {
				e.Imputed = append(e.Imputed, cr.Name)
			}
		}
		e.Reasons = c.reasons(states[i], asOf, e.Needs, e.Contributions, t.imputed[i*mm:(i+1)*mm])
		if e.Change, err = c.change(t, states, asOf, score, ranks, i); err != nil {
			return nil, nil, nil, nil, err
		}
		r.Entries[p] = e
	}
	return r, c, t, order, nil
}

// rankOrder returns the States' indices in rank order (score descending,
// ties by ISO code) and each State's rank. Scores within Epsilon of the
// previous one in that order share its rank.
func rankOrder(score []float64, iso []string) (order, ranks []int) {
	n := len(score)
	order = make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		sa, sb := score[order[a]], score[order[b]]
		if sa != sb {
			return sa > sb
		}
		return iso[order[a]] < iso[order[b]]
	})
	ranks = make([]int, n)
	start := 0
	for p := range order {
		if p > 0 && score[order[p-1]]-score[order[p]] <= Epsilon {
			ranks[order[p]] = ranks[order[p-1]]
			continue
		}
		sortGroupByISO(order[start:p], iso)
		start = p
		ranks[order[p]] = p + 1
	}
	sortGroupByISO(order[start:], iso)
	return order, ranks
}

// sortGroupByISO orders States tied on rank by ISO code.
func sortGroupByISO(group []int, iso []string) {
	if len(group) > 1 {
		sort.Slice(group, func(a, b int) bool { return iso[group[a]] < iso[group[b]] })
	}
}
