package outreach

import (
	"strconv"
	"strings"

	"github.com/article9/article9"
)

// criterionName returns a criterion's label in the pack's language: the
// catalogue's for the default criteria and indicators, else the ranking's
// English label.
func (d *doc) criterionName(c Criterion) string {
	if name, ok := strings.CutPrefix(c.Name, "indicator:"); ok {
		return d.loc.t("crit.indicator", "name", name)
	}
	if s, ok := d.loc.cat["crit."+c.Name]; ok {
		return s
	}
	if c.Label != "" {
		return c.Label
	}
	return c.Name
}

// score formats a score or need: two decimals.
func (d *doc) score(v float64) string { return d.loc.number(v, 2) }

// interval formats a rank interval, "–" if not computed.
func (d *doc) interval(e *Entry) string {
	if e.Interval == [2]int{} {
		return "–"
	}
	if e.Interval[0] == e.Interval[1] {
		return d.loc.integer(e.Interval[0])
	}
	return d.loc.t("range", "from", d.loc.integer(e.Interval[0]), "to", d.loc.integer(e.Interval[1]))
}

// priorityList draws the method, the criteria and their weights, and the
// ranking table with a bar per State split by criterion.
func (d *doc) priorityList() {
	p := d.b.Priority
	d.section(d.loc.t("prio.title"), destPriority)
	if p.Method == "topsis" {
		d.para(d.loc.t("prio.method.topsis"), styleBody)
	} else {
		d.para(d.loc.t("prio.method.wsum"), styleBody)
	}
	if p.HasCR {
		verdict := d.loc.t("prio.weights.below")
		if p.ConsistencyRatio > 0.1 {
			verdict = d.loc.t("prio.weights.above")
		}
		d.para(d.loc.t("prio.weights.ahp", "cr", d.loc.number(p.ConsistencyRatio, 3), "verdict", verdict), styleBody)
	} else {
		d.para(d.loc.t("prio.weights.given"), styleBody)
	}
	d.para(d.loc.t("prio.tiers", "t1", d.score(p.Tiers[0]), "t2", d.score(p.Tiers[1])), styleBody)
	if p.Samples > 0 {
		d.para(d.loc.t("prio.stability", "samples", d.loc.integer(p.Samples), "seed", strconv.FormatUint(p.Seed, 10)), styleBody)
	} else {
		d.para(d.loc.t("prio.nostability"), styleBody)
	}

	ccols := []column{
		{head: d.loc.t("prio.criterion"), width: 200},
		{head: d.loc.t("prio.weight"), width: 60, align: alignRight},
	}
	var crows []tableRow
	for i, c := range p.Criteria {
		col := seriesColour(i)
		crows = append(crows, tableRow{cells: []cell{
			{text: d.criterionName(c), swatch: &col},
			{text: d.loc.percent(c.Weight)},
		}})
	}
	d.table(ccols, crows, styleBody)

	small := textStyle{size: sizeSmall, color: ink}
	cols := columns(d.right-d.left, []column{
		{head: d.loc.t("prio.rank"), width: 26, align: alignRight},
		{head: d.loc.t("prio.tier"), width: 24, align: alignCentre},
		{head: d.loc.t("prio.state"), width: 96},
		{head: d.loc.t("prio.status"), width: 60},
		{head: d.loc.t("prio.score"), width: 78},
		{head: d.loc.t("prio.interval"), width: 46, align: alignCentre},
		{head: d.loc.t("prio.reasons")},
	})
	d.para(d.loc.t("prio.link"), styleSmall)
	rows := make([]tableRow, 0, len(p.Entries))
	for i := range p.Entries {
		e := &p.Entries[i]
		s := d.states[e.ISO3]
		var reasons []string // the two main reasons besides the status, which has its column
		for _, r := range e.Reasons {
			if r.Criterion != "gap" && len(reasons) < 2 {
				reasons = append(reasons, d.shortReason(r.Criterion, e.ISO3))
			}
		}
		reason := strings.Join(reasons, "; ")
		name := textStyle{size: sizeSmall, color: linkBlue}
		if d.stateDest(e.ISO3) == 0 {
			name.color = ink
		}
		rows = append(rows, tableRow{
			dest:  d.stateDest(e.ISO3),
			owner: &s,
			cells: []cell{
				{text: d.loc.integer(e.Rank)},
				{text: strconv.Itoa(e.Tier)},
				{text: s.LocalName(d.loc.lang), style: &name},
				{text: d.statusHead(s.Status), swatch: &statusColours[s.Status%article9.Status(len(statusColours))]},
				{draw: d.scoreCell(e), drawH: lineHeight(small)},
				{text: d.interval(e)},
				{text: reason},
			},
		})
	}
	d.caption = d.loc.t("prio.title")
	d.table(cols, rows, small)
	d.caption = ""
}

// scoreCell returns a cell drawing: the score as a bar split by criterion
// contribution (full width = 1), then the score.
func (d *doc) scoreCell(e *Entry) func(d *doc, x, y, w, h float64) {
	return func(d *doc, x, y, w, h float64) {
		st := textStyle{size: sizeSmall, color: ink}
		label := d.score(e.Score)
		lw := d.measure("0.00", st) + 4
		parts := append([]float64(nil), e.Contributions...)
		total := 0.0
		for _, c := range parts {
			if c > 0 {
				total += c
			}
		}
		if total > 0 && e.Score >= 0 { // TOPSIS: scale the contributions' shares to the score
			for i := range parts {
				parts[i] *= e.Score / total
			}
		}
		bh := lineHeight(st) * 0.7
		d.segmentBar(x, y+(lineHeight(st)-bh)/2, w-lw, bh, parts, 1)
		d.textRight(x+w, y, label, st)
	}
}
