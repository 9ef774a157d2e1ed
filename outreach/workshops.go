package outreach

import (
	"strconv"
	"strings"

	"github.com/article9/article9/region"
)

// km formats a distance in kilometres, rounded to the kilometre.
func (d *doc) km(v float64) string { return d.loc.t("km", "n", d.loc.number(v, 0)) }

// language returns a language's name in the pack's language, the code
// itself when the catalogue has none.
func (d *doc) language(code string) string {
	if code == "" {
		return d.loc.t("unknown")
	}
	if s, ok := d.loc.cat["lang."+code]; ok {
		return s
	}
	return code
}

// workshopTitle returns "Workshop 2: Lomé".
func (d *doc) workshopTitle(i int) string {
	w := d.b.Plan.Workshops[i]
	return d.loc.t("ws.workshop", "i", strconv.Itoa(i+1), "city", w.Venue.City)
}

// workshopPlan draws the plan: its totals and optimality, the map, and each
// workshop with its venue and invited States.
func (d *doc) workshopPlan() {
	p := d.b.Plan
	d.section(d.loc.t("ws.title"), destPlan)
	n := 0
	for _, w := range p.Workshops {
		n += len(w.States)
	}
	capacity := p.Capacity
	if capacity == 0 {
		capacity = region.DefaultCapacity
	}
	d.para(d.loc.t("ws.intro", "n", d.loc.integer(n), "k", d.loc.integer(len(p.Workshops)), "max", d.loc.integer(p.K), "cap", d.loc.integer(capacity)), styleBody)
	d.para(d.loc.t("ws.cost", "cost", d.km(p.Cost)), styleBody)
	if p.Optimal {
		d.para(d.loc.t("ws.optimal", "bound", d.km(p.LowerBound)), styleBody)
	} else {
		gap := 0.0
		if p.Cost > 0 {
			gap = max(0, (p.Cost-p.LowerBound)/p.Cost)
		}
		d.para(d.loc.t("ws.gap", "gap", d.loc.percent(gap), "bound", d.km(p.LowerBound)), styleBody)
	}
	if p.Tight() {
		d.tight(p)
	}
	var legend []legendItem
	for i := range p.Workshops {
		legend = append(legend, legendItem{d.workshopTitle(i), seriesColour(i)})
	}
	d.workshopMap(p, d.states, 250)
	d.para(d.loc.t("ws.map"), styleSmall)
	d.legend(legend)

	small := textStyle{size: sizeSmall, color: ink}
	for i, w := range p.Workshops {
		top := d.subheading(d.workshopTitle(i), 80)
		d.c.bookmark(d.workshopTitle(i), 1, top)
		d.bookmarkCheck(d.workshopTitle(i))
		v := w.Venue
		lines := []string{d.loc.t("ws.venue", "name", v.Name, "city", v.City, "country", v.Country)}
		if v.Institution != "" {
			lines = append(lines, d.loc.t("ws.institution", "name", v.Institution))
		}
		langs := d.loc.t("ws.anylang")
		if len(v.Languages) > 0 {
			names := make([]string, len(v.Languages))
			for j, c := range v.Languages {
				names[j] = d.language(c)
			}
			langs = d.loc.list(names)
		}
		lines = append(lines, d.loc.t("ws.languages", "list", langs))
		if v.Event != "" {
			lines = append(lines, d.loc.t("ws.event", "event", v.Event))
		}
		if !v.Date.IsZero() {
			lines = append(lines, d.loc.t("ws.date", "date", d.loc.date(v.Date)))
		}
		for _, l := range lines {
			d.paraAt(d.left, d.right-d.left, l, styleBody)
		}
		d.y += 4
		cols := columns(d.right-d.left, []column{
			{head: d.loc.t("ws.state")},
			{head: d.loc.t("ws.language"), width: 90},
			{head: d.loc.t("ws.distance"), width: 80, align: alignRight},
			{head: d.loc.t("ws.rank"), width: 50, align: alignRight},
		})
		var rows []tableRow
		for _, in := range w.States {
			s := d.states[in.ISO3]
			rank := "–"
			if e, ok := d.entries[in.ISO3]; ok {
				rank = d.loc.integer(e.Rank)
			}
			name := textStyle{size: sizeSmall, color: linkBlue}
			if d.stateDest(in.ISO3) == 0 {
				name.color = ink
			}
			rows = append(rows, tableRow{dest: d.stateDest(in.ISO3), owner: &s, cells: []cell{
				{text: s.LocalName(d.loc.lang), style: &name},
				{text: d.language(s.Language)},
				{text: d.km(in.Distance)},
				{text: rank},
			}})
		}
		total := textStyle{size: sizeSmall, bold: true, color: ink}
		rows = append(rows, tableRow{cells: []cell{
			{text: d.loc.t("ws.total", "n", d.loc.integer(len(w.States))), style: &total},
			{},
			{text: d.km(w.Cost), style: &total},
			{},
		}})
		d.caption = d.workshopTitle(i)
		d.table(cols, rows, small)
		d.caption = ""
	}
}

// tight says that the plan has few seats to spare, names its farthest
// invitee and gives what more workshops would save.
func (d *doc) tight(p *Plan) {
	far, city := Invitee{}, ""
	for _, w := range p.Workshops {
		for _, in := range w.States {
			if in.Distance > far.Distance || (in.Distance == far.Distance && in.ISO3 < far.ISO3) || far.ISO3 == "" {
				far, city = in, w.Venue.City
			}
		}
	}
	n := p.Invited()
	text := d.loc.t("ws.tight", "spare", d.loc.integer(p.Seats-n), "seats", d.loc.integer(p.Seats),
		"state", d.stateName(far.ISO3), "dist", d.km(far.Distance), "city", city)
	var parts []string
	best := Alternative{Cost: p.Cost}
	for i, a := range p.Alternatives {
		change := 0.0
		if p.Cost > 0 {
			change = (a.Cost - p.Cost) / p.Cost
		}
		key := "ws.alt.next"
		if i == 0 {
			key = "ws.alt.first"
		}
		parts = append(parts, d.loc.t(key, "k", d.loc.integer(a.K), "cost", d.km(a.Cost), "change", d.loc.percent(change)))
		if a.Cost < best.Cost {
			best = a
		}
	}
	if len(parts) > 0 {
		text += " " + strings.Join(parts, d.loc.t("ws.alt.sep")) + "."
		if best.K > 0 && p.Cost > 0 {
			text += " " + d.loc.t("ws.alt.advice", "k", d.loc.integer(best.K), "saving", d.loc.percent((p.Cost-best.Cost)/p.Cost))
		} else {
			text += " " + d.loc.t("ws.alt.none")
		}
	}
	d.para(text, styleBody)
}

// stateName returns the State's name in the pack's language, its code if
// the pack does not know it.
func (d *doc) stateName(iso string) string {
	if s, ok := d.states[iso]; ok {
		return s.LocalName(d.loc.lang)
	}
	return iso
}
