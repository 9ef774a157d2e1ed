package outreach

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// RenderReference writes the Action H reference document for ref as a PDF
// to w with the default Renderer: see Renderer.RenderReference.
func RenderReference(w io.Writer, ref Reference, lang string, asOf time.Time) error {
	return (&Renderer{}).RenderReference(w, ref, lang, asOf)
}

// RenderReference writes the Action H reference document for ref as a PDF
// to w: a short document, in lang ("en", "fr" or "es"; "" is English) as
// of asOf, that says what it is (Action H of the coordinators' work plan;
// Action 47 of the Lausanne Action Plan encourages laws prohibiting
// investment), lists the States with a law or other measure prohibiting
// investment in producers of cluster munitions (ref.Laws) in a table of
// State, measure, year and kind with the sources as links, then the
// positions short of a law (ref.Positions), labelled as not laws. States
// are named from ref.States in lang, else by the law's Name. It is set
// like the briefing pack (same page size, fonts, header and footer) and
// checked the same way first: a *GlyphError for text the fonts cannot
// draw, an error wrapping ErrBriefing for a language without a catalogue
// or a zero asOf; nothing is written to w unless the whole PDF is made.
// The same arguments always give the same bytes.
func (r *Renderer) RenderReference(w io.Writer, ref Reference, lang string, asOf time.Time) error {
	b := referenceBriefing(ref, lang, asOf)
	return r.render(w, &b, (*doc).reference)
}

// WriteReferenceFile renders the Action H reference document with the
// default Renderer into the file path, atomically: see
// Renderer.WriteReferenceFile.
func WriteReferenceFile(path string, ref Reference, lang string, asOf time.Time) error {
	return (&Renderer{}).WriteReferenceFile(path, ref, lang, asOf)
}

// WriteReferenceFile renders the Action H reference document
// (RenderReference) into the file path atomically, as WriteFile does: on
// any error an existing file is left as it was and no temporary file
// remains.
func (r *Renderer) WriteReferenceFile(path string, ref Reference, lang string, asOf time.Time) error {
	return writeFile(path, func(w io.Writer) error { return r.RenderReference(w, ref, lang, asOf) })
}

// referenceBriefing wraps ref in the Briefing the layout reads: the
// language, the date, the title and the investment annex.
func referenceBriefing(ref Reference, lang string, asOf time.Time) Briefing {
	b := Briefing{Lang: lang, AsOf: asOf, Annexes: &Annexes{Investment: &ref, States: ref.States}}
	if loc, ok := newLocale(lang); ok {
		b.Title = loc.t("ref.title")
	}
	return b
}

// reference lays out the Action H reference document: title, what it is,
// the laws, the positions, and where the list comes from.
func (d *doc) reference() {
	ref := d.b.Annexes.Investment
	d.header = d.title()
	d.newPage()
	d.c.anchor(destCover, d.y)
	d.c.bookmark(d.title(), 0, d.y)
	d.bookmarkCheck(d.title())

	d.y += 8
	top := d.y
	indent := 16.0
	d.paraAt(d.left+indent, d.right-d.left-indent, d.title(), textStyle{size: sizeH1 + 3, bold: true, color: accent})
	d.y += 3
	d.paraAt(d.left+indent, d.right-d.left-indent, d.loc.t("ref.subtitle"), textStyle{size: sizeH2 - 1, color: ink})
	d.y += 3
	d.paraAt(d.left+indent, d.right-d.left-indent, d.loc.t("asof", "date", d.loc.date(d.b.AsOf)), textStyle{size: sizeBody + 1, bold: true, color: ink})
	d.c.fillRect(d.left, top, 5, d.y-top, accent)
	d.y += 18

	d.para(d.loc.t("ref.what"), styleBody)
	names := func(laws []InvestmentLaw) []string {
		var out []string
		for _, l := range laws {
			out = append(out, d.lawState(l))
		}
		return out
	}
	var count string
	switch n := len(ref.Laws); n {
	case 0:
		count = d.loc.t("ref.count.none")
	case 1:
		count = d.loc.t("ref.count.one", "list", d.loc.list(names(ref.Laws)))
	default:
		count = d.loc.t("ref.count", "n", d.loc.integer(n), "list", d.loc.list(names(ref.Laws)))
	}
	if len(ref.Positions) > 0 {
		count += " " + d.loc.t("ref.more", "list", d.loc.list(names(ref.Positions)))
	}
	d.para(count, styleBody)
	d.investmentTables()
	d.y += 4
	d.need(3 * lineHeight(styleSmall))
	d.para(d.loc.t("ref.sources"), styleSmall)
	d.footer()
}

// lawState names the State of a law in the document's language: from the
// States given, else by the law's Name, else by its code.
func (d *doc) lawState(l InvestmentLaw) string {
	if s, ok := d.states[l.ISO3]; ok {
		return s.LocalName(d.loc.lang)
	}
	if l.Name != "" {
		return l.Name
	}
	return l.ISO3
}

// investmentTables draws the laws and other measures prohibiting
// investment, then the positions short of a law, each under a subheading
// with an outline entry, the positions labelled as not laws. Each measure
// carries its note and its sources as links.
func (d *doc) investmentTables() {
	ref := d.b.Annexes.Investment
	small := textStyle{size: sizeSmall, color: ink}
	note := textStyle{size: sizeTiny, color: grey}
	link := textStyle{size: sizeTiny, color: linkBlue}
	for _, part := range []struct {
		key, head, note string
		laws            []InvestmentLaw
	}{
		{"ax.laws", "ax.measure", "", ref.Laws},
		{"ax.positions", "ax.statement", "ax.positions.note", ref.Positions},
	} {
		if len(part.laws) == 0 {
			continue
		}
		top := d.subheading(d.loc.t(part.key), 80)
		d.c.bookmark(d.loc.t(part.key), 1, top)
		d.bookmarkCheck(d.loc.t(part.key))
		if part.note != "" {
			d.para(d.loc.t(part.note), styleBody)
		}
		cols := columns(d.right-d.left, []column{
			{head: d.loc.t("ax.state"), width: 90},
			{head: d.loc.t(part.head)},
			{head: d.loc.t("ax.year"), width: 36, align: alignRight},
			{head: d.loc.t("ax.kind"), width: 80},
		})
		var rows []tableRow
		for _, l := range part.laws {
			name, dest, _ := d.stateCell(l.ISO3)
			name.text = d.lawState(l)
			year := "–"
			if l.Year > 0 {
				year = strconv.Itoa(l.Year)
			}
			kind := "–"
			if l.Kind != "" {
				kind = d.loc.t("kind." + strings.ReplaceAll(l.Kind, " ", "_"))
				if strings.HasPrefix(kind, "kind.") {
					kind = l.Kind // a kind the catalogue does not know, as written
				}
			}
			measure := cell{text: l.Measure}
			if l.Note != "" {
				measure.more = append(measure.more, span{text: d.loc.t("ax.lawnote", "note", l.Note), style: note})
			}
			for _, u := range l.Links {
				measure.more = append(measure.more, span{text: u, style: link, url: u})
			}
			owner := d.states[l.ISO3]
			rows = append(rows, tableRow{dest: dest, owner: &owner, cells: []cell{
				name, measure, {text: year}, {text: kind},
			}})
		}
		d.caption = d.loc.t(part.key)
		d.table(cols, rows, small)
		d.caption = ""
	}
}
