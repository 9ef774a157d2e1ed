package priority

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/article9/article9"
)

// Defaults of a zero Model.
const (
	// DefaultTier1 is the least score of tier 1 ("approach first"): with
	// the default weights, a State with no information and one more need,
	// or with incomplete information ten or more years old and obligations
	// running (see the package documentation).
	DefaultTier1 = 0.5
	// DefaultTier2 is the least score of tier 2 ("follow up"): with the
	// default weights, incomplete information six or more years old, or
	// legislation in process with a request for assistance or obligations
	// at stake on top of old information.
	DefaultTier2 = 0.4
	// DefaultConcentration is the Dirichlet concentration c of Stability:
	// weight k is drawn with α_k = c·w_k, so its standard deviation is
	// √(w_k(1−w_k)/(c+1)), about a sixth of a weight of 0.25.
	DefaultConcentration = 100
)

// Epsilon is the score difference below which two States tie: scores are
// sums of floating-point products, and rounding must not split a tie.
const Epsilon = 1e-12

// Errors Rank returns about its input, for callers to branch on.
var (
	// ErrNotParty: a State to rank is a signatory or withdrew; select the
	// States with a Scope.
	ErrNotParty = errors.New("not a State Party")
	// ErrModel: the Model is not usable (criteria, weights, tiers).
	ErrModel = errors.New("invalid model")
)

// Model is a way of scoring States Parties for outreach: criteria, their
// weights, an aggregation method and tier cut-offs. The zero value is the
// documented default: DefaultCriteria, DefaultWeights, WeightedSum, tiers
// at DefaultTier1 and DefaultTier2.
type Model struct {
	// Criteria are the criteria to score on; nil means DefaultCriteria.
	// Names must be unique.
	Criteria []Criterion
	// Weights has one weight ≥ 0 per criterion, normalised by Rank; zero
	// turns a criterion off. If nil, the weights are DefaultWeights when
	// Criteria is nil too, else equal.
	Weights []float64
	// Method aggregates the weighted needs (WeightedSum by default).
	Method Method
	// Tiers holds the least scores of tier 1 and tier 2; the rest is tier
	// 3. The zero value means DefaultTier1 and DefaultTier2.
	Tiers [2]float64
	// ConsistencyRatio is the AHP consistency ratio of Weights, reported in
	// the Ranking when HasCR is true. With nil Criteria and Weights, Rank
	// reports the default matrix's.
	ConsistencyRatio float64
	HasCR            bool
	// Concentration is the Dirichlet concentration of Stability; 0 means
	// DefaultConcentration.
	Concentration float64
}

// config is a validated Model.
type config struct {
	criteria      []Criterion
	weights       []float64
	method        Method
	tiers         [2]float64
	cr            float64
	hasCR         bool
	concentration float64
}

func (m Model) config() (*config, error) {
	c := &config{method: m.Method, tiers: m.Tiers, cr: m.ConsistencyRatio, hasCR: m.HasCR, concentration: m.Concentration}
	c.criteria = m.Criteria
	if c.criteria == nil {
		c.criteria = DefaultCriteria()
	}
	if len(c.criteria) == 0 {
		return nil, fmt.Errorf("priority: %w: no criteria", ErrModel)
	}
	seen := map[string]bool{}
	for k, cr := range c.criteria {
		switch {
		case cr.Name == "":
			return nil, fmt.Errorf("priority: %w: criterion %d has no name", ErrModel, k+1)
		case seen[cr.Name]:
			return nil, fmt.Errorf("priority: %w: two criteria named %q", ErrModel, cr.Name)
		case cr.Need == nil:
			return nil, fmt.Errorf("priority: %w: criterion %q has no Need function", ErrModel, cr.Name)
		case cr.Missing < Worst || cr.Missing > Exclude:
			return nil, fmt.Errorf("priority: %w: criterion %q has invalid Missing %d", ErrModel, cr.Name, int(cr.Missing))
		}
		seen[cr.Name] = true
	}
	switch {
	case m.Weights == nil && m.Criteria == nil:
		c.weights, c.cr = defaultAHP()
		c.hasCR = true
	case m.Weights == nil:
		c.weights = make([]float64, len(c.criteria))
		for k := range c.weights {
			c.weights[k] = 1 / float64(len(c.criteria))
		}
	case len(m.Weights) != len(c.criteria):
		return nil, fmt.Errorf("priority: %w: %d weights for %d criteria", ErrModel, len(m.Weights), len(c.criteria))
	default:
		w, err := Direct(m.Weights)
		if err != nil {
			return nil, err
		}
		c.weights = w
	}
	if c.method != WeightedSum && c.method != TOPSIS {
		return nil, fmt.Errorf("priority: %w: unknown method %d", ErrModel, int(c.method))
	}
	if c.hasCR && !(c.cr >= 0 && !math.IsInf(c.cr, 0)) {
		return nil, fmt.Errorf("priority: %w: consistency ratio %v (allowed: a finite number ≥ 0)", ErrModel, c.cr)
	}
	if c.tiers == [2]float64{} {
		c.tiers = [2]float64{DefaultTier1, DefaultTier2}
	}
	if t := c.tiers; !(0 <= t[1] && t[1] <= t[0] && t[0] <= 1) {
		return nil, fmt.Errorf("priority: %w: tier cut-offs %v and %v (allowed: 0 ≤ tier 2 ≤ tier 1 ≤ 1)", ErrModel, t[0], t[1])
	}
	if c.concentration == 0 {
		c.concentration = DefaultConcentration
	}
	if !(c.concentration > 0) || math.IsInf(c.concentration, 0) {
		return nil, fmt.Errorf("priority: %w: concentration %v (allowed: a finite number > 0)", ErrModel, c.concentration)
	}
	return c, nil
}

// evalRow writes State s's needs, after imputation, into need, use and
// imputed (one entry per criterion).
func (c *config) evalRow(s article9.State, asOf time.Time, need []float64, use, imputed []bool) error {
	for k, cr := range c.criteria {
		v, ok := cr.Need(s, asOf)
		if ok && !(v >= 0 && v <= 1) {
			return fmt.Errorf("priority: criterion %q gives %s (%s) a need of %v (allowed: 0 to 1)", cr.Name, s.Name, s.ISO3, v)
		}
		use[k], imputed[k] = true, !ok
		if !ok {
			switch cr.Missing {
			case Worst:
				v = 1
			case Neutral:
				v = NeutralNeed
			case Exclude:
				v, use[k] = 0, false
			}
		}
		need[k] = v
	}
	return nil
}

// evalTable checks states and evaluates their needs.
func (c *config) evalTable(states []article9.State, asOf time.Time) (*table, error) {
	if asOf.IsZero() {
		return nil, errors.New("priority: no as-of date")
	}
	seen := make(map[string]bool, len(states))
	t := newTable(len(states), len(c.criteria))
	for i, s := range states {
		if !s.IsParty() {
			return nil, fmt.Errorf("priority: %s (%s): %w but %s (choose the States to rank with a Scope)", s.Name, s.ISO3, ErrNotParty, s.Party)
		}
		if seen[s.ISO3] {
			return nil, fmt.Errorf("priority: %s given twice", s.ISO3)
		}
		seen[s.ISO3] = true
		m := t.m
		if err := c.evalRow(s, asOf, t.need[i*m:(i+1)*m], t.use[i*m:(i+1)*m], t.imputed[i*m:(i+1)*m]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// scores computes every State's score and contributions (n*m).
func (c *config) scores(t *table) (score, contrib []float64) {
	score, contrib = make([]float64, t.n), make([]float64, t.n*t.m)
	if c.method == TOPSIS {
		topsis(t, newTopsisParts(t.need, t.use, t.n, t.m), c.weights, score, contrib)
	} else {
		weightedSum(t, c.weights, score, contrib)
	}
	return score, contrib
}

func (c *config) tier(score float64) int {
	switch {
	case score >= c.tiers[0]-Epsilon:
		return 1
	case score >= c.tiers[1]-Epsilon:
		return 2
	}
	return 3
}
