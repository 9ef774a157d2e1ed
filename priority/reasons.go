package priority

import (
	"fmt"
	"sort"
	"time"

	"github.com/article9/article9"
)

// reasons returns a State's reasons: one per criterion that adds to its
// score (positive need and contribution), largest contribution first, ties
// in criterion order. An imputed value says how it was counted.
func (c *config) reasons(s article9.State, asOf time.Time, need, contrib []float64, imputed []bool) []Reason {
	var ks []int
	for k := range c.criteria {
		if need[k] > 0 && contrib[k] > 0 {
			ks = append(ks, k)
		}
	}
	sort.SliceStable(ks, func(a, b int) bool { return contrib[ks[a]] > contrib[ks[b]] })
	out := make([]Reason, 0, len(ks))
	for _, k := range ks {
		cr := c.criteria[k]
		var text string
		if cr.Explain != nil {
			text = cr.Explain(s, asOf)
		} else {
			text = fmt.Sprintf("%s: need %.2f", cr.Label, need[k])
		}
		if imputed[k] {
			switch cr.Missing {
			case Worst:
				text += " (counted as the greatest need)"
			case Neutral:
				text += " (counted as a middle value)"
			}
		}
		out = append(out, Reason{Criterion: cr.Name, Text: text})
	}
	return out
}
