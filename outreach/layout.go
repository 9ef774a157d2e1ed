package outreach

import (
	"unicode/utf8"

	"github.com/article9/article9"
)

// Type sizes in points, and the line height as a multiple of the size.
const (
	sizeBody    = 9.5
	sizeSmall   = 8
	sizeTiny    = 7
	sizeH2      = 12
	sizeH1      = 17
	sizeTitle   = 26
	lineSpacing = 1.3
)

// The text styles.
var (
	styleBody  = textStyle{size: sizeBody, color: ink}
	styleBold  = textStyle{size: sizeBody, bold: true, color: ink}
	styleSmall = textStyle{size: sizeSmall, color: grey}
	styleH1    = textStyle{size: sizeH1, bold: true, color: accent}
	styleH2    = textStyle{size: sizeH2, bold: true, color: ink}
	styleLink  = textStyle{size: sizeBody, color: linkBlue}
)

// doc lays a pack out on a canvas, page by page. It runs twice: first on a
// proofCanvas, which counts pages, notes where each section starts and
// checks every text against the fonts; then on the PDF.
type doc struct {
	c        canvas
	fonts    [2]*font  // regular, bold
	fontData [2][]byte // the same, as TrueType files
	loc      locale
	b        *Briefing
	layout   func(*doc) // what is laid out: the pack, or the investment reference

	states  map[string]article9.State
	entries map[string]*Entry
	invited map[string]invitation
	pageOf  map[string]int // ISO code → index in Briefing.Pages

	w, h                     float64 // page size
	left, right, top, bottom float64 // the text area: x in [left, right], y in [top, bottom]
	y                        float64 // the cursor: top of the next line
	page                     int     // the current page, 1-based; 0 before the first
	pages                    int     // total pages, known in the second pass; 0 in the first
	destPage                 map[int]int

	pad     float64         // space around table cells; 0 = defaultPad
	caption string          // what a table continued on a new page is, such as its section's title
	compact bool            // set a State page smaller, to fit one page
	header  string          // running header text
	owner   *article9.State // the State whose text is being drawn, for preflight errors
	err     *GlyphError     // the first text that cannot be drawn
}

func (d *doc) font(st textStyle) *font {
	if st.bold {
		return d.fonts[1]
	}
	return d.fonts[0]
}

// lineHeight returns the height of a line of text in style st.
func lineHeight(st textStyle) float64 { return st.size * lineSpacing }

// measure returns the width of s in style st.
func (d *doc) measure(s string, st textStyle) float64 {
	return d.font(st).measure(s, st.size)
}

// baseline returns the baseline of a line of style st whose box starts at y.
func (d *doc) baseline(y float64, st textStyle) float64 {
	f := d.font(st)
	asc, desc := f.ascent*st.size/1000, f.descent*st.size/1000
	return y + (lineHeight(st)-(asc-desc))/2 + asc
}

// text draws s with its line box starting at (x, y), after checking that
// the font can draw every rune of it.
func (d *doc) text(x, y float64, s string, st textStyle) {
	if s == "" {
		return
	}
	if d.err == nil {
		if e := checkGlyphs(d.font(st), s, st.bold); e != nil {
			d.fail(e)
		}
	}
	if d.err != nil {
		return // never hand the PDF writer text it cannot encode
	}
	d.c.text(x, d.baseline(y, st), s, st)
}

// textRight draws s ending at x.
func (d *doc) textRight(x, y float64, s string, st textStyle) {
	d.text(x-d.measure(s, st), y, s, st)
}

// textCentre draws s centred on x.
func (d *doc) textCentre(x, y float64, s string, st textStyle) {
	d.text(x-d.measure(s, st)/2, y, s, st)
}

// wrap breaks s into lines of at most width in style st. Invalid UTF-8,
// which wrapText would replace, fails the preflight.
func (d *doc) wrap(s string, st textStyle, width float64) []string {
	if d.err == nil {
		if !utf8.ValidString(s) {
			d.fail(&GlyphError{Invalid: true, Text: s, Bold: st.bold})
		} else if e := checkRunes(d.font(st), s, st.bold, true); e != nil {
			d.fail(e) // the whole text, not a line, to find it by
		}
	}
	return wrapText(d.font(st), s, st.size, width)
}

// fail records the first text that cannot be drawn, blaming the State
// being drawn, if any.
func (d *doc) fail(e *GlyphError) {
	if d.err != nil {
		return
	}
	if d.owner != nil {
		e.ISO3, e.Name = d.owner.ISO3, d.owner.Name
	}
	d.err = e
}

// newPage ends the current page, if any, and starts the next with its
// header.
func (d *doc) newPage() {
	if d.page > 0 {
		d.footer()
	}
	d.c.addPage()
	d.page++
	d.y = d.top
	if d.header != "" {
		d.text(d.left, d.top-30, d.header, styleSmall)
		asOf := d.loc.t("asof", "date", d.loc.date(d.b.AsOf))
		d.textRight(d.right, d.top-30, asOf, styleSmall)
		d.c.line(d.left, d.top-14, d.right, d.top-14, 0.5, lightGrey)
	}
}

// footer draws "page X of Y" at the foot of the current page.
func (d *doc) footer() {
	total := d.pages
	if total == 0 {
		total = d.page // first pass: the count is not known yet; the width does not matter
	}
	y := d.bottom + 18
	d.c.line(d.left, y, d.right, y, 0.5, lightGrey)
	s := d.loc.t("page", "n", d.loc.integer(d.page), "total", d.loc.integer(total))
	d.textRight(d.right, y+4, s, styleSmall)
	d.text(d.left, y+4, d.loc.t("subtitle"), styleSmall)
}

// room reports whether h more points fit on the page below the cursor.
func (d *doc) room(h float64) bool { return d.y+h <= d.bottom }

// need starts a new page unless h more points fit on this one; it reports
// whether it did.
func (d *doc) need(h float64) bool {
	if d.room(h) || d.y == d.top {
		return false
	}
	d.newPage()
	return true
}

// para draws s wrapped to the text width in style st, breaking pages
// between lines, and leaves space after it.
func (d *doc) para(s string, st textStyle) {
	d.paraAt(d.left, d.right-d.left, s, st)
	d.y += st.size * 0.5
}

// paraAt draws s wrapped to width from x, breaking pages between lines.
func (d *doc) paraAt(x, width float64, s string, st textStyle) {
	lh := lineHeight(st)
	for _, l := range d.wrap(s, st, width) {
		d.need(lh)
		d.text(x, d.y, l, st)
		d.y += lh
	}
}

// bullets draws each item as a bulleted paragraph.
func (d *doc) bullets(items []string, st textStyle) {
	indent := 12.0
	lh := lineHeight(st)
	for _, it := range items {
		lines := d.wrap(it, st, d.right-d.left-indent)
		d.need(lh * float64(min(len(lines), 3)))
		d.text(d.left+3, d.y, "•", st)
		for _, l := range lines {
			d.need(lh)
			d.text(d.left+indent, d.y, l, st)
			d.y += lh
		}
		d.y += 2
	}
	d.y += st.size * 0.3
}

// section starts a section: a heading at the top of a new page, with its
// bookmark (outline level 0) and destination.
func (d *doc) section(title string, dest int) {
	d.newPage()
	d.c.anchor(dest, d.y)
	d.c.bookmark(title, 0, d.y)
	d.bookmarkCheck(title)
	d.text(d.left, d.y, title, styleH1)
	d.y += lineHeight(styleH1) + 6
}

// sectionAfter starts a section below what precedes it, on the same page
// if at least a third of the page is left, else on a new one.
func (d *doc) sectionAfter(title string, dest int) {
	if d.page == 0 || d.bottom-d.y < (d.bottom-d.top)/3 {
		d.section(title, dest)
		return
	}
	d.y += 18
	d.c.anchor(dest, d.y)
	d.c.bookmark(title, 0, d.y)
	d.bookmarkCheck(title)
	d.text(d.left, d.y, title, styleH1)
	d.y += lineHeight(styleH1) + 6
}

// subheading draws a heading within a section, keeping it with at least
// keep points of what follows, and returns the y of its top.
func (d *doc) subheading(title string, keep float64) float64 {
	d.y += 4
	d.need(lineHeight(styleH2) + keep)
	top := d.y
	for _, l := range d.wrap(title, styleH2, d.right-d.left) {
		d.text(d.left, d.y, l, styleH2)
		d.y += lineHeight(styleH2)
	}
	d.y += 3
	return top
}

// bookmarkCheck checks an outline title as text: the PDF writer encodes
// it in UTF-16 like drawn text.
func (d *doc) bookmarkCheck(title string) {
	if d.err == nil {
		if e := checkGlyphs(d.fonts[0], title, false); e != nil {
			d.fail(e)
		}
	}
}

// minor draws a small heading within a page, keeping it with at least keep
// points of what follows.
func (d *doc) minor(title string, keep float64) {
	st := textStyle{size: 10.5, bold: true, color: accent}
	if d.compact {
		st.size = 9.5
	}
	d.y += 3
	d.need(lineHeight(st) + keep)
	for _, l := range d.wrap(title, st, d.right-d.left) {
		d.text(d.left, d.y, l, st)
		d.y += lineHeight(st)
	}
	d.y += 1
}
