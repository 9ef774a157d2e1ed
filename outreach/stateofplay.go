package outreach

import (
	"github.com/article9/article9"
)

// conceptNote holds the concept note's State of Play (Article 7 reports,
// 110 States Parties), by status, and how many of those in process had
// formally requested assistance. Its five figures add up to 109.
var conceptNote = struct {
	parties  int
	byStatus article9.Counts
	assisted int
}{
	parties: 110,
	byStatus: article9.Counts{
		article9.SpecificLegislation: 32,
		article9.ExistingLaw:         31,
		article9.InProcess:           23,
		article9.Incomplete:          9,
		article9.NoInformation:       14,
	},
	assisted: 4,
}

// statusName returns the status in the pack's language.
func (d *doc) statusName(s article9.Status) string {
	if s == article9.NoStatus || !s.Valid() {
		return d.loc.t("status.none")
	}
	return d.loc.t("status." + s.String())
}

// statusHead returns the status as a short column head ("no info").
func (d *doc) statusHead(s article9.Status) string {
	if s == article9.NoStatus || !s.Valid() {
		return d.loc.t("statushead.none")
	}
	return d.loc.t("statushead." + s.String())
}

// groupName returns a region or UN regional group name in the pack's
// language, as written in the data when the catalogue has none.
func (d *doc) groupName(prefix, name string) string {
	if name == "" {
		return d.loc.t("sop.nogroup")
	}
	if s, ok := d.loc.cat[prefix+name]; ok {
		return s
	}
	return name
}

// stateOfPlay draws the State of Play: the concept note's counts beside
// the dataset's, why they differ, a chart by region and a table by UN
// regional group.
func (d *doc) stateOfPlay() {
	d.section(d.loc.t("sop.title"), destStateOfPlay)
	sum := d.b.Summary
	d.para(d.loc.t("sop.intro"), styleBody)

	cols := columns(d.right-d.left, []column{
		{head: d.loc.t("sop.status")},
		{head: d.loc.t("sop.note", "n", d.loc.integer(conceptNote.parties)), width: 110, align: alignRight},
		{head: d.loc.t("sop.data", "n", d.loc.integer(sum.Parties)), width: 110, align: alignRight},
	})
	var rows []tableRow
	for _, st := range article9.Statuses {
		rows = append(rows, tableRow{cells: []cell{
			{text: d.statusName(st), swatch: &statusColours[st]},
			{text: d.loc.integer(conceptNote.byStatus[st])},
			{text: d.loc.integer(sum.ByStatus[st])},
		}})
		if st == article9.InProcess {
			sub := textStyle{size: sizeSmall, color: grey}
			rows = append(rows, tableRow{cells: []cell{
				{text: "    " + d.loc.t("sop.assisted"), style: &sub},
				{text: d.loc.integer(conceptNote.assisted), style: &sub},
				{text: d.loc.integer(d.b.Assisted[article9.InProcess]), style: &sub},
			}})
		}
	}
	if n := sum.ByStatus[article9.NoStatus]; n > 0 {
		rows = append(rows, tableRow{cells: []cell{{text: d.statusName(article9.NoStatus)}, {text: "–"}, {text: d.loc.integer(n)}}})
	}
	total := textStyle{size: sizeBody, bold: true, color: ink}
	rows = append(rows, tableRow{cells: []cell{
		{text: d.loc.t("sop.total"), style: &total},
		{text: d.loc.integer(conceptNote.parties), style: &total},
		{text: d.loc.integer(sum.Parties), style: &total},
	}})
	d.table(cols, rows, styleBody)
	d.para(d.loc.t("sop.sum", "sum", d.loc.integer(conceptNote.byStatus.Total()), "n", d.loc.integer(conceptNote.parties)), styleSmall)
	d.para(d.loc.t("sop.why"), styleBody)

	d.subheading(d.loc.t("sop.byregion"), 120)
	var legend []legendItem
	colours := make([]rgb, 0, len(article9.Statuses))
	for _, st := range article9.Statuses {
		legend = append(legend, legendItem{d.statusName(st), statusColours[st]})
		colours = append(colours, statusColours[st])
	}
	d.legend(legend)
	var bars []barRow
	for _, g := range sum.ByRegion {
		v := make([]int, 0, len(article9.Statuses))
		for _, st := range article9.Statuses {
			v = append(v, g.Counts[st])
		}
		bars = append(bars, barRow{label: d.groupName("region.", g.Name), values: v})
	}
	d.stackedBars(bars, colours)

	d.subheading(d.loc.t("sop.byungroup"), 80)
	gcols := []column{{head: d.loc.t("sop.group")}}
	for _, st := range article9.Statuses {
		gcols = append(gcols, column{head: d.statusHead(st), width: 52, align: alignRight})
	}
	gcols = append(gcols, column{head: d.loc.t("sop.total"), width: 48, align: alignRight})
	gcols = columns(d.right-d.left, gcols)
	var grows []tableRow
	for _, g := range sum.ByUNGroup {
		cells := []cell{{text: d.groupName("ungroup.", g.Name)}}
		for _, st := range article9.Statuses {
			cells = append(cells, cell{text: d.loc.integer(g.Counts[st])})
		}
		cells = append(cells, cell{text: d.loc.integer(g.Counts.Total()), style: &total})
		grows = append(grows, tableRow{cells: cells})
	}
	d.table(gcols, grows, styleBody)
}
