package priority

import (
	"time"

	"github.com/article9/article9"
)

// candidate is one single change to a State: its row of needs afterwards.
type candidate struct {
	criterion string
	status    article9.Status
	remedy    string
	need      []float64
	use       []bool
	imputed   []bool
}

// candidates lists the single changes Change tries for State i, in
// criterion order. For the criterion named "gap", each better status the
// State could report, nearest first: the record changed, with the status
// dated in the as-of year, and every need recomputed. For any other
// weighted criterion with a Remedy and a positive need, that need set to 0.
func (c *config) candidates(t *table, s article9.State, asOf time.Time, i int) ([]candidate, error) {
	m := t.m
	row := func() candidate {
		return candidate{
			need:    append([]float64(nil), t.need[i*m:(i+1)*m]...),
			use:     append([]bool(nil), t.use[i*m:(i+1)*m]...),
			imputed: append([]bool(nil), t.imputed[i*m:(i+1)*m]...),
		}
	}
	var out []candidate
	for k, cr := range c.criteria {
		if c.weights[k] == 0 {
			continue
		}
		if cr.Name == Gap {
			for st := article9.NoInformation; st >= article9.SpecificLegislation; st-- {
				if s.Status != article9.NoStatus && st >= s.Status {
					continue
				}
				s2 := s
				s2.Status, s2.StatusYear = st, asOf.Year()
				cd := row()
				if err := c.evalRow(s2, asOf, cd.need, cd.use, cd.imputed); err != nil {
					return nil, err
				}
				cd.criterion, cd.status, cd.remedy = cr.Name, st, statusRemedy(st)
				out = append(out, cd)
			}
			continue
		}
		if cr.Remedy == nil || t.need[i*m+k] == 0 {
			continue
		}
		cd := row()
		cd.need[k], cd.use[k], cd.imputed[k] = 0, true, false
		cd.criterion, cd.remedy = cr.Name, cr.Remedy(s)
		out = append(out, cd)
	}
	return out, nil
}

// change finds the single change that moves State i furthest down, ties to
// the first candidate. With WeightedSum only the State's score changes, so
// its new rank is counted among the others' fixed scores in O(n); with
// TOPSIS every score is recomputed.
func (c *config) change(t *table, states []article9.State, asOf time.Time, score []float64, ranks []int, i int) (Change, error) {
	cands, err := c.candidates(t, states[i], asOf, i)
	if err != nil {
		return Change{}, err
	}
	best := Change{From: ranks[i], To: ranks[i]}
	var bestC *candidate
	for ci := range cands {
		cd := &cands[ci]
		to := c.rankAfter(t, score, i, cd)
		if to > best.To {
			best.To, bestC = to, cd
		}
	}
	if bestC == nil {
		best.Text = "no single change would move it down the list"
		return best, nil
	}
	best.Criterion, best.Status = bestC.criterion, bestC.status
	best.Text = bestC.remedy + " would move it from " + Ordinal(best.From) + " to " + Ordinal(best.To)
	return best, nil
}

// rankAfter returns State i's rank once its row is replaced by cd's: one
// plus the number of other States scoring more than it by over Epsilon.
func (c *config) rankAfter(t *table, score []float64, i int, cd *candidate) int {
	m := t.m
	if c.method == WeightedSum {
		one := &table{n: 1, m: m, need: cd.need, use: cd.use, imputed: cd.imputed}
		s := []float64{0}
		weightedSum(one, c.weights, s, nil)
		return countAbove(score, i, s[0])
	}
	t2 := &table{n: t.n, m: m,
		need:    append([]float64(nil), t.need...),
		use:     append([]bool(nil), t.use...),
		imputed: t.imputed,
	}
	copy(t2.need[i*m:], cd.need)
	copy(t2.use[i*m:], cd.use)
	s := make([]float64, t.n)
	topsis(t2, newTopsisParts(t2.need, t2.use, t2.n, m), c.weights, s, nil)
	return countAbove(s, i, s[i])
}

func countAbove(score []float64, i int, s float64) int {
	r := 1
	for j, v := range score {
		if j != i && v-s > Epsilon {
			r++
		}
	}
	return r
}
