package outreach

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
)

// resources are the national implementation resources each State page
// points to: the catalogue key of the description and the address.
var resources = []struct{ key, url string }{
	{"res.isu", "https://www.clusterconvention.org/national-implementation-measures/"},
	{"res.cmc", "https://www.stopclustermunitions.org/en-gb/resources/resources-for-states/ratification-kit-model-legislation.aspx"},
	{"res.nz", ""},
}

// statePage draws the page of the State Pages[i]: its status and dates, its
// obligations and request for assistance, its place in the ranking and
// why, the change that would move it most, its workshop, what to ask of it
// and where to find help.
//
// A page that would run onto a second is set again more compactly; only
// a State with pages of notes then needs more than one.
func (d *doc) statePage(i int, iso string) {
	trial := *d
	proof := &proofCanvas{}
	trial.c, trial.page, trial.err = proof, 0, nil
	trial.drawStatePage(i, iso)
	d.compact = proof.pages > 1
	d.drawStatePage(i, iso)
	d.compact = false
}

// drawStatePage draws the page of the State Pages[i], compactly if
// d.compact.
func (d *doc) drawStatePage(i int, iso string) {
	body, link, res := styleBody, styleLink, textStyle{size: sizeSmall, color: ink}
	if d.compact {
		body.size, link.size, res.size = 8.5, 8.5, sizeTiny
	}
	s := d.states[iso]
	d.owner = &s
	defer func() { d.owner = nil }()
	name := s.LocalName(d.loc.lang)

	d.newPage()
	if i == 0 {
		d.c.anchor(destStatePage, d.y) // not a separate destination: the contents link to the first page
		d.c.bookmark(d.loc.t("st.pages"), 0, d.y)
	}
	d.c.anchor(destStatePage+i, d.y)
	d.c.bookmark(name, 1, d.y)
	d.bookmarkCheck(name)

	d.textRight(d.right, d.y+4, s.ISO3, textStyle{size: sizeH2, bold: true, color: grey})
	d.paraAt(d.left, d.right-d.left-50, name, styleH1)
	if name != s.Name {
		d.paraAt(d.left, d.right-d.left-50, s.Name, styleSmall)
	}
	e := d.entries[iso]
	if e != nil {
		line := d.loc.t("st.rankline", "rank", d.loc.integer(e.Rank), "n", d.loc.integer(len(d.b.Priority.Entries)),
			"tier", strconv.Itoa(e.Tier), "score", d.score(e.Score))
		if e.Interval != [2]int{} {
			line += "; " + d.loc.t("st.interval", "range", d.interval(e))
		}
		d.paraAt(d.left, d.right-d.left, line, styleBold)
	}
	d.y += 6

	// The status, in a band of its colour.
	status := d.statusName(s.Status)
	if s.StatusYear > 0 {
		status = d.loc.t("st.statusyear", "status", status, "year", strconv.Itoa(s.StatusYear))
	}
	top := d.y
	d.paraAt(d.left+12, d.right-d.left-12, d.loc.t("st.status"), styleSmall)
	d.paraAt(d.left+12, d.right-d.left-12, status, textStyle{size: sizeH2, bold: true, color: ink})
	d.c.fillRect(d.left, top, 5, d.y-top, statusColours[s.Status%article9.Status(len(statusColours))])
	d.y += 8

	d.facts(s)

	if e != nil && len(e.Reasons) > 0 {
		d.minor(d.loc.t("st.why"), 30)
		var why []string
		for _, r := range e.Reasons {
			if r.Criterion != "gap" || len(e.Reasons) == 1 { // the status band says it
				why = append(why, capitalise(d.reason(r.Criterion, iso)))
			}
		}
		d.bullets(why, body)
	}
	if e != nil {
		d.breakdown(e)
	}
	change := func() {
		if e != nil {
			d.minor(d.loc.t("st.change"), 20)
			d.para(capitalise(d.change(e)), body)
		}
	}
	workshop := func() {
		if d.b.Plan == nil {
			return
		}
		d.minor(d.loc.t("st.workshop"), 20)
		if in, ok := d.invited[iso]; ok {
			w := d.b.Plan.Workshops[in.workshop]
			capital := s.Capital
			if capital == "" {
				capital = d.loc.t("st.capital")
			}
			text := d.loc.t("st.workshop.at", "i", strconv.Itoa(in.workshop+1), "city", w.Venue.City,
				"venue", w.Venue.Name, "dist", d.km(in.distance), "capital", capital)
			if in.distance < 0.5 { // "0 km from Gaborone" reads oddly
				text = d.loc.t("st.workshop.home", "i", strconv.Itoa(in.workshop+1), "city", w.Venue.City, "venue", w.Venue.Name)
			}
			y0, p0 := d.y, d.page
			d.para(text, link)
			if d.page == p0 {
				d.c.link(d.left, y0, d.right-d.left, d.y-y0, destPlan)
			}
		} else {
			d.para(d.loc.t("st.workshop.none"), body)
		}
	}
	d.sideBySide(change, workshop)
	d.minor(d.loc.t("st.ask"), 30)
	d.bullets(d.asks(s), body)

	d.minor(d.loc.t("st.resources"), 30)
	for _, r := range resources {
		d.paraAt(d.left, d.right-d.left, d.loc.t(r.key), res)
		if r.url != "" {
			y0, p0 := d.y, d.page
			d.paraAt(d.left+10, d.right-d.left-10, r.url, textStyle{size: res.size, color: linkBlue})
			if d.page == p0 {
				d.c.linkURL(d.left+10, y0, d.right-d.left-10, d.y-y0, r.url)
			}
		}
		d.y += 2
	}

	if s.Source != "" || s.Notes != "" {
		d.minor(d.loc.t("st.record"), 20)
		tiny := textStyle{size: sizeTiny, color: grey}
		if s.Notes != "" {
			d.para(d.loc.t("st.notes", "notes", s.Notes), tiny)
		}
		if s.Source != "" {
			d.para(d.loc.t("st.source", "source", s.Source), tiny)
		}
	}
}

// sideBySide draws left and right in two columns from the cursor, leaving
// the cursor below the longer. Each must fit the page: a State page has
// room for both.
func (d *doc) sideBySide(left, right func()) {
	l, r := d.left, d.right
	d.need(60)
	top := d.y
	half := (r - l - 14) / 2
	d.right = l + half
	left()
	bottom := d.y
	d.left, d.right, d.y = l+half+14, r, top
	right()
	d.left, d.right, d.y = l, r, max(bottom, d.y)
}

// facts draws the State's dates, reports, obligations, assistance and
// groups as a two-column table.
func (d *doc) facts(s article9.State) {
	l := d.loc
	yesNo := func(f article9.Flag) string {
		switch f {
		case article9.Yes:
			return l.t("yes")
		case article9.No:
			return l.t("no")
		}
		return l.t("unknown")
	}
	initial := l.t("unknown")
	if due, ok := priority.InitialReportDue(s); ok {
		switch {
		case initialOverdue(s, d.b.AsOf):
			initial = l.t("st.initial.overdue", "date", l.date(due))
		case s.LastArticle7Report > 0 || s.InitialReportOverdue == article9.No:
			initial = l.t("st.initial.done", "date", l.date(due))
		default:
			initial = l.t("st.initial.due", "date", l.date(due))
		}
	}
	last := l.t("unknown")
	switch {
	case s.LastArticle7Report > 0:
		last = strconv.Itoa(s.LastArticle7Report)
	case s.LastArticle7Report == article9.NeverReported:
		last = l.t("st.last.never")
	}
	obl := l.t("unknown")
	if o := d.obligations(s); len(o) > 0 {
		for i, k := range o {
			o[i] = l.t(k)
		}
		obl = strings.Join(o, "; ")
	} else if s.Stockpile.Known() || s.Contaminated.Known() || s.Victims.Known() {
		obl = l.t("none")
	}
	assist := yesNo(s.AssistanceRequested)
	if s.AssistanceRequested == article9.Yes && !s.AssistanceDate.IsZero() {
		assist = l.t("st.assistance.date", "date", l.date(s.AssistanceDate))
	}
	invest := yesNo(s.InvestmentBan)
	if s.InvestmentMeasure != "" {
		invest += " (" + s.InvestmentMeasure + ")"
	}
	region := d.groupName("region.", s.Region)
	if s.Subregion != "" && d.loc.lang == "en" { // subregions are named in English only
		region += ", " + s.Subregion
	}
	groups := d.groupName("ungroup.", s.UNGroup)
	if len(s.Organisations) > 0 {
		groups += "; " + strings.Join(s.Organisations, ", ")
	}
	rows := [][2]string{
		{l.t("st.eif"), l.date(s.EntryIntoForce)},
		{l.t("st.initial"), initial},
		{l.t("st.last"), last},
		{l.t("st.obligations"), obl},
		{l.t("st.assistance"), assist},
		{l.t("st.investment"), invest},
		{l.t("st.language"), d.language(s.Language)},
		{l.t("st.region"), region},
		{l.t("st.groups"), groups},
	}
	// Two columns of facts side by side, each a table without heads.
	st := textStyle{size: 8.5, color: ink}
	label := textStyle{size: 8.5, color: grey}
	left, right := d.left, d.right
	half := (right - left - 14) / 2
	top, bottom := d.y, d.y
	d.pad = 1.8
	if d.compact {
		d.pad = 1.2
	}
	for i, part := range [][][2]string{rows[:5], rows[5:]} {
		d.left = left + float64(i)*(half+14)
		d.right = d.left + half
		d.y = top
		var trows []tableRow
		for _, r := range part {
			trows = append(trows, tableRow{owner: &s, cells: []cell{{text: r[0], style: &label}, {text: r[1]}}})
		}
		d.table(columns(half, []column{{width: 92}, {}}), trows, st)
		bottom = max(bottom, d.y)
	}
	d.pad = 0
	d.left, d.right, d.y = left, right, bottom
}

// breakdown draws the State's score by criterion: each criterion's need
// as a bar, its weight and its contribution to the score.
func (d *doc) breakdown(e *Entry) {
	p := d.b.Priority
	d.minor(d.loc.t("st.breakdown"), 60)
	small := textStyle{size: sizeSmall, color: ink}
	cols := columns(d.right-d.left, []column{
		{head: d.loc.t("prio.criterion")},
		{head: d.loc.t("st.need"), width: 150},
		{head: d.loc.t("prio.weight"), width: 64, align: alignRight},
		{head: d.loc.t("st.contribution"), width: 70, align: alignRight},
	})
	imputed := map[string]bool{}
	for _, n := range e.Imputed {
		imputed[n] = true
	}
	var rows []tableRow
	for k, c := range p.Criteria {
		label := d.criterionName(c)
		if imputed[c.Name] {
			label += " (" + d.loc.t("st.imputed", "value", d.score(e.Needs[k])) + ")"
		}
		col := seriesColour(k)
		need := e.Needs[k]
		rows = append(rows, tableRow{cells: []cell{
			{text: label, swatch: &col},
			{draw: func(d *doc, x, y, w, h float64) {
				bh := lineHeight(small) * 0.7
				lw := d.measure("0.00", small) + 4
				d.c.fillRect(x, y+(lineHeight(small)-bh)/2, w-lw, bh, lightGrey)
				if need > 0 && need <= 1 {
					d.c.fillRect(x, y+(lineHeight(small)-bh)/2, (w-lw)*need, bh, col)
				}
				d.textRight(x+w, y, d.score(need), small)
			}, drawH: lineHeight(small)},
			{text: d.loc.percent(c.Weight)},
			{text: d.score(e.Contributions[k])},
		}})
	}
	bold := textStyle{size: sizeSmall, bold: true, color: ink}
	rows = append(rows, tableRow{cells: []cell{
		{text: d.loc.t("sop.total"), style: &bold}, {}, {}, {text: d.score(e.Score), style: &bold},
	}})
	d.pad = 1.2
	if d.compact {
		d.pad = 0.8
	}
	d.table(cols, rows, small)
	d.pad = 0
}

// capitalise returns s with its first letter in upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
