package outreach

// annexSections lists the annexes present, in order, as (title key,
// destination, draw) for the layout and the cover's contents.
func (d *doc) annexSections() []struct {
	key  string
	dest int
	draw func()
} {
	a := d.b.Annexes
	type section = struct {
		key  string
		dest int
		draw func()
	}
	if a == nil {
		return nil
	}
	var out []section
	if len(a.FollowUps) > 0 {
		out = append(out, section{"ax.followups", destFollowUps, d.followUps})
	}
	if len(a.Meetings) > 0 {
		out = append(out, section{"ax.meetings", destMeetings, d.meetings})
	}
	if len(a.WorkPlan) > 0 {
		out = append(out, section{"ax.workplan", destWorkPlan, d.workPlan})
	}
	if len(a.Resources) > 0 {
		out = append(out, section{"ax.resources", destResources, d.resourceList})
	}
	if a.Investment != nil && len(a.Investment.Laws)+len(a.Investment.Positions) > 0 {
		out = append(out, section{"ax.investment", destInvestment, d.investment})
	}
	return out
}

// annexes draws the annexes present, the first from a new page, the
// others after it where they fit.
func (d *doc) annexes() {
	for i, s := range d.annexSections() {
		if i == 0 {
			d.section(d.loc.t(s.key), s.dest)
		} else {
			d.sectionAfter(d.loc.t(s.key), s.dest)
		}
		s.draw()
	}
}

// stateCell returns a table cell naming the State iso in the pack's
// language, blue if it has a page, and the row's link and owner.
func (d *doc) stateCell(iso string) (cell, int, *textStyle) {
	st := textStyle{size: sizeSmall, color: ink}
	dest := d.stateDest(iso)
	if dest != 0 {
		st.color = linkBlue
	}
	name := d.loc.t("ax.nostate")
	if s, ok := d.states[iso]; ok {
		name = s.LocalName(d.loc.lang)
	} else if iso != "" {
		name = iso
	}
	return cell{text: name, style: &st}, dest, &st
}

// followUps draws the open follow-ups (Action A): whom, what, when due.
func (d *doc) followUps() {
	a := d.b.Annexes
	overdue := 0
	for _, f := range a.FollowUps {
		if f.Overdue(d.b.AsOf) {
			overdue++
		}
	}
	intro := d.loc.t("ax.followups.intro", "open", d.loc.integer(len(a.FollowUps)), "overdue", d.loc.integer(overdue), "date", d.loc.date(d.b.AsOf))
	if overdue > 0 {
		intro += " " + d.loc.t("ax.followups.late")
	}
	d.para(intro, styleBody)
	small := textStyle{size: sizeSmall, color: ink}
	late := textStyle{size: sizeSmall, bold: true, color: alert}
	lead := false // a column for the lead only if one is given
	for _, f := range a.FollowUps {
		lead = lead || f.Lead != ""
	}
	spec := []column{
		{head: d.loc.t("ax.state"), width: 100},
		{head: d.loc.t("ax.action"), width: 36, align: alignCentre},
		{head: d.loc.t("ax.subject")},
		{head: d.loc.t("ax.due"), width: 100},
		{head: d.loc.t("ax.status"), width: 70},
	}
	if lead {
		spec = append(spec, column{head: d.loc.t("ax.lead"), width: 60})
	}
	cols := columns(d.right-d.left, spec)
	var rows []tableRow
	for _, f := range a.FollowUps {
		name, dest, _ := d.stateCell(f.ISO3)
		subject := f.Subject
		if subject == AssistanceSubject {
			subject = d.loc.t("ax.assistance")
		}
		due, status, st := d.loc.t("ax.nodate"), d.loc.t("ax.open"), &small
		var fill *rgb
		if !f.Due.IsZero() {
			due = d.loc.date(f.Due)
		}
		if n := f.DaysOverdue(d.b.AsOf); n > 0 {
			status, st, fill = d.loc.t("ax.overdue", "n", d.loc.integer(n)), &late, &overdueFill
			if n == 1 {
				status = d.loc.t("ax.overdue.one")
			}
		}
		owner := d.states[f.ISO3]
		cells := []cell{name, {text: f.Action.String()}, {text: subject}, {text: due}, {text: status, style: st}}
		if lead {
			cells = append(cells, cell{text: f.Lead})
		}
		rows = append(rows, tableRow{dest: dest, fill: fill, owner: &owner, cells: cells})
	}
	d.caption = d.loc.t("ax.followups")
	d.table(cols, rows, small)
	d.caption = ""
}

// meetings draws the meetings ahead (Action F).
func (d *doc) meetings() {
	d.para(d.loc.t("ax.meetings.intro"), styleBody)
	small := textStyle{size: sizeSmall, color: ink}
	cols := columns(d.right-d.left, []column{
		{head: d.loc.t("ax.dates"), width: 130},
		{head: d.loc.t("ax.meeting")},
		{head: d.loc.t("ax.kind"), width: 120},
		{head: d.loc.t("ax.city"), width: 70},
	})
	var rows []tableRow
	for _, m := range d.b.Annexes.Meetings {
		dates := d.loc.dateRange(m.Start, m.End)
		if m.Expected {
			dates += " *"
		}
		city := d.cityName(m.City)
		if city == "" {
			city = "–"
		}
		rows = append(rows, tableRow{cells: []cell{
			{text: dates}, {text: d.meetingName(m)}, {text: d.loc.t("meeting." + m.Kind.String())}, {text: city},
		}})
	}
	d.caption = d.loc.t("ax.meetings")
	d.table(cols, rows, small)
	d.caption = ""
}

// workPlan draws the work plan: each action, its deadline and status.
func (d *doc) workPlan() {
	d.para(d.loc.t("ax.workplan.intro", "date", d.loc.date(d.b.AsOf)), styleBody)
	small := textStyle{size: sizeSmall, color: ink}
	late := textStyle{size: sizeSmall, bold: true, color: alert}
	notes := false // a column for notes only if there are some
	for _, w := range d.b.Annexes.WorkPlan {
		notes = notes || w.Notes != ""
	}
	spec := []column{
		{head: d.loc.t("ax.action"), width: 36, align: alignCentre},
		{head: d.loc.t("ax.title")},
		{head: d.loc.t("ax.deadline"), width: 110},
		{head: d.loc.t("ax.status"), width: 80},
	}
	if notes {
		spec = append(spec, column{head: d.loc.t("ax.notes"), width: 110})
	}
	cols := columns(d.right-d.left, spec)
	var rows []tableRow
	for _, w := range d.b.Annexes.WorkPlan {
		status, st := d.loc.t("work."+w.Status.String()), &small
		if w.Overdue(d.b.AsOf) {
			status, st = status+" ("+d.loc.t("ax.late")+")", &late
		}
		deadline := ActionDeadline(w.Action, d.loc.lang)
		if deadline == "" {
			deadline = d.loc.date(w.Deadline)
		}
		cells := []cell{{text: w.Action.String()}, {text: ActionTitle(w.Action, d.loc.lang)}, {text: deadline}, {text: status, style: st}}
		if notes {
			cells = append(cells, cell{text: w.Notes})
		}
		rows = append(rows, tableRow{cells: cells})
	}
	d.caption = d.loc.t("ax.workplan")
	d.table(cols, rows, small)
	d.caption = ""
}

// resourceList draws the resources, each with its address as a link.
func (d *doc) resourceList() {
	d.para(d.loc.t("ax.resources.intro"), styleBody)
	small := textStyle{size: sizeSmall, color: ink}
	for _, r := range d.b.Annexes.Resources {
		d.need(4 * lineHeight(small))
		d.paraAt(d.left, d.right-d.left, r.Title, textStyle{size: sizeBody, bold: true, color: ink})
		line := r.Publisher
		if len(r.Languages) > 0 {
			names := make([]string, len(r.Languages))
			for i, c := range r.Languages {
				names[i] = d.language(c)
			}
			line += ". " + d.loc.t("ws.languages", "list", d.loc.list(names))
		}
		d.paraAt(d.left, d.right-d.left, line, small)
		if r.Note != "" {
			d.paraAt(d.left, d.right-d.left, r.Note, textStyle{size: sizeSmall, color: grey})
		}
		d.link(r.URL)
		d.y += 5
	}
}

// link draws an external address as a link on its own lines.
func (d *doc) link(url string) {
	if url == "" {
		return
	}
	y0, p0 := d.y, d.page
	d.paraAt(d.left, d.right-d.left, url, textStyle{size: sizeSmall, color: linkBlue})
	if d.page == p0 {
		d.c.linkURL(d.left, y0, d.right-d.left, d.y-y0, url)
	}
}

// investment draws the Action H reference: the laws and other measures
// prohibiting investment, then the positions short of a law.
func (d *doc) investment() {
	d.para(d.loc.t("ax.investment.intro"), styleBody)
	d.investmentTables()
}
