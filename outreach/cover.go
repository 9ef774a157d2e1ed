package outreach

// cover draws the first page: title, date, what the pack is, where its
// data come from, its languages and its contents.
func (d *doc) cover() {
	d.newPage()
	d.c.anchor(destCover, d.top)
	d.c.bookmark(d.title(), 0, d.top)
	d.bookmarkCheck(d.title())

	d.y = d.top + 70
	top := d.y
	titleStyle := textStyle{size: sizeTitle, bold: true, color: accent}
	d.paraAt(d.left+22, d.right-d.left-22, d.title(), titleStyle)
	d.y += 4
	d.paraAt(d.left+22, d.right-d.left-22, d.loc.t("subtitle"), textStyle{size: sizeH2, color: ink})
	d.y += 8
	d.paraAt(d.left+22, d.right-d.left-22, d.loc.t("asof", "date", d.loc.date(d.b.AsOf)), textStyle{size: sizeH2, bold: true, color: ink})
	d.c.fillRect(d.left, top, 7, d.y-top, accent)
	d.y += 40

	scope := d.loc.t("scope." + d.b.Scope)
	if scope == "scope."+d.b.Scope {
		scope = d.b.Scope
	}
	n := d.loc.integer(len(d.b.States))
	parts := []string{d.loc.t("cover.sop")}
	if d.b.Priority != nil {
		parts = append(parts, d.loc.t("cover.prio", "n", n, "scope", scope))
	} else {
		parts = append(parts, d.loc.t("cover.states", "n", n, "scope", scope))
	}
	if d.b.Plan != nil {
		parts = append(parts, d.loc.t("cover.plan", "k", d.loc.integer(len(d.b.Plan.Workshops))))
	}
	switch p := len(d.b.Pages); {
	case p > 0 && p >= len(d.b.States):
		parts = append(parts, d.loc.t("cover.pages.all"))
	case p > 0:
		parts = append(parts, d.loc.t("cover.pages.top", "p", d.loc.integer(p)))
	}
	if len(d.annexSections()) > 0 {
		parts = append(parts, d.loc.t("cover.annexes"))
	}
	d.para(d.loc.t("cover.what")+" "+d.loc.t("cover.gives", "list", d.loc.list(parts)), styleBody)
	source := d.b.Source
	if source == "" {
		source = d.loc.t("unknown")
	}
	dataset := d.b.Dataset
	if dataset == "" {
		dataset = d.loc.t("unknown")
	}
	d.para(d.loc.t("cover.data", "dataset", dataset, "date", d.loc.date(d.b.SourceDate), "source", source), styleBody)
	d.para(d.loc.t("cover.langs"), styleBody)

	d.y += 20
	d.subheading(d.loc.t("cover.contents"), 60)
	type item struct {
		title string
		dest  int
	}
	items := []item{{d.loc.t("sop.title"), destStateOfPlay}}
	if d.b.Priority != nil {
		items = append(items, item{d.loc.t("prio.title"), destPriority})
	}
	if d.b.Plan != nil {
		items = append(items, item{d.loc.t("ws.title"), destPlan})
	}
	if len(d.b.Pages) > 0 {
		items = append(items, item{d.loc.t("st.pages") + " (" + d.loc.integer(len(d.b.Pages)) + ")", destStatePage})
	}
	for _, s := range d.annexSections() {
		items = append(items, item{d.loc.t(s.key), s.dest})
	}
	lh := lineHeight(styleBody) + 4
	for _, it := range items {
		d.need(lh)
		d.text(d.left, d.y+2, it.title, styleLink)
		if p, ok := d.destPage[it.dest]; ok {
			d.textRight(d.right, d.y+2, d.loc.integer(p), styleBody)
		}
		d.c.line(d.left, d.y+lh, d.right, d.y+lh, 0.3, lightGrey)
		d.c.link(d.left, d.y, d.right-d.left, lh, it.dest)
		d.y += lh
	}
}
