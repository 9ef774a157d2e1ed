package outreach

import (
	"strings"

	"github.com/article9/article9"
)

// align is a column's horizontal alignment.
type align int

const (
	alignLeft align = iota
	alignRight
	alignCentre
)

// column is a table column: its head, width in points and alignment.
type column struct {
	head  string
	width float64
	align align
}

// cell is a table cell: text, wrapped to the column, then the spans
// below it; or a drawing of a fixed height.
type cell struct {
	text   string
	style  *textStyle // nil = the table's body style
	swatch *rgb       // a colour square before the text; nil = none
	more   []span     // paragraphs set under the text, each in its own style
	draw   func(d *doc, x, y, w, h float64)
	drawH  float64 // the drawing's height
}

// span is a paragraph under a cell's text: a note, or an external address
// drawn as a link. Its words do not widen the column (fitWords): an
// address breaks where it must.
type span struct {
	text  string
	style textStyle
	url   string // if set, the span's lines link to it
}

// tableRow is a row of cells; dest, if not 0, makes the row a link (all
// of it, or only its first cell if a cell holds an external link); fill,
// if set, shades the row; owner is the State the row is about, for
// preflight errors.
type tableRow struct {
	cells []cell
	dest  int
	fill  *rgb
	owner *article9.State
}

// cellLine is a line of a cell as laid out: its text and style, and the
// address it links to, if any.
type cellLine struct {
	text  string
	style textStyle
	url   string
}

// cellLines wraps a cell's text and spans to width.
func (d *doc) cellLines(c cell, st textStyle, width float64) []cellLine {
	var out []cellLine
	for _, l := range d.wrap(c.text, st, width) {
		out = append(out, cellLine{text: l, style: st})
	}
	for _, sp := range c.more {
		for _, l := range d.wrap(sp.text, sp.style, width) {
			out = append(out, cellLine{text: l, style: sp.style, url: sp.url})
		}
	}
	return out
}

// linesHeight returns the height of lines.
func linesHeight(lines []cellLine) float64 {
	h := 0.0
	for _, l := range lines {
		h += lineHeight(l.style)
	}
	return h
}

// defaultPad is the space in points around a cell's content, unless doc.pad
// says otherwise.
const defaultPad = 3.0

// table draws a table at the cursor. Every row is measured before it is
// drawn and never split across pages: a row that does not fit goes to the
// next page, under d.caption marked "(continued)", if set, and a repeated
// head row. A row taller than a whole page (a
// cell with pages of text) is cut to fit, its last line ending in "…".
func (d *doc) table(cols []column, rows []tableRow, st textStyle) {
	cellPad := defaultPad
	if d.pad > 0 {
		cellPad = d.pad
	}
	headStyle := textStyle{size: min(st.size, sizeSmall), bold: true, color: grey}
	cols = d.fitWords(cols, rows, st, headStyle, cellPad)
	lh := lineHeight(st)
	headLines := make([][]string, len(cols))
	headH := 0.0
	for i, c := range cols {
		headLines[i] = d.wrap(c.head, headStyle, c.width-2*cellPad)
		headH = max(headH, float64(len(headLines[i]))*lineHeight(headStyle))
	}
	headH += 2 * cellPad
	if headH == 2*cellPad+lineHeight(headStyle) && allBlank(cols) {
		headH = 0 // a table without heads, such as a list of facts
	}
	drawHead := func() {
		if headH == 0 {
			return
		}
		x := d.left
		for i, c := range cols {
			for j, l := range headLines[i] {
				d.alignText(c, x, d.y+cellPad+float64(j)*lineHeight(headStyle), l, headStyle)
			}
			x += c.width
		}
		d.y += headH
		d.c.line(d.left, d.y, d.left+tableWidth(cols), d.y, 0.8, grey)
	}
	d.need(headH + lh + 2*cellPad)
	drawHead()
	maxH := d.bottom - d.top - headH // the most a row can take
	for ri, r := range rows {
		owner := d.owner // the row's State, for preflight errors
		if r.owner != nil {
			d.owner = r.owner
		}
		lines := make([][]cellLine, len(r.cells))
		h := 0.0
		linkW := tableWidth(cols) // the row link's width
		for i, c := range r.cells {
			if i >= len(cols) {
				break
			}
			if c.draw != nil {
				h = max(h, c.drawH)
				continue
			}
			cs := st
			if c.style != nil {
				cs = *c.style
			}
			lines[i] = d.cellLines(c, cs, cols[i].width-2*cellPad-swatchWidth(c, cs))
			h = max(h, linesHeight(lines[i]))
			for _, sp := range c.more {
				if sp.url != "" {
					linkW = cols[0].width
				}
			}
		}
		h += 2 * cellPad
		if h > maxH {
			for i := range lines {
				lines[i] = cutCellLines(lines[i], maxH-2*cellPad)
			}
			h = maxH
		}
		if !d.room(h) {
			d.newPage()
			if d.caption != "" {
				cap := textStyle{size: sizeSmall, bold: true, color: accent}
				d.text(d.left, d.y, d.loc.t("continued", "title", d.caption), cap)
				d.y += lineHeight(cap) + 2
			}
			drawHead()
		}
		switch {
		case r.fill != nil:
			d.c.fillRect(d.left, d.y, tableWidth(cols), h, *r.fill)
		case ri%2 == 1:
			d.c.fillRect(d.left, d.y, tableWidth(cols), h, paleGrey)
		}
		x := d.left
		for i, c := range r.cells {
			if i >= len(cols) {
				break
			}
			if c.draw != nil {
				c.draw(d, x+cellPad, d.y+cellPad, cols[i].width-2*cellPad, h-2*cellPad)
			} else {
				cs := st
				if c.style != nil {
					cs = *c.style
				}
				sw := swatchWidth(c, cs)
				if c.swatch != nil {
					box := cs.size * 0.8
					d.c.fillRect(x+cellPad, d.y+cellPad+(lineHeight(cs)-box)/2, box, box, *c.swatch)
				}
				y := d.y + cellPad
				for _, l := range lines[i] {
					d.alignText(cols[i], x+sw, y, l.text, l.style)
					if l.url != "" {
						d.c.linkURL(x+cellPad, y, cols[i].width-2*cellPad, lineHeight(l.style), l.url)
					}
					y += lineHeight(l.style)
				}
			}
			x += cols[i].width
		}
		d.owner = owner
		if r.dest != 0 {
			d.c.link(d.left, d.y, linkW, h, r.dest)
		}
		d.y += h
	}
	d.c.line(d.left, d.y, d.left+tableWidth(cols), d.y, 0.5, lightGrey)
	d.y += 8
}

// fitWords widens the columns holding a word (in the head or a cell)
// wider than the column, so that text breaks only between words, taking
// the room from the widest column as long as it keeps room for its own
// widest word. It returns a copy.
func (d *doc) fitWords(cols []column, rows []tableRow, body, head textStyle, pad float64) []column {
	out := append([]column(nil), cols...)
	need := make([]float64, len(cols))
	words := func(i int, s string, st textStyle, extra float64) {
		for _, w := range strings.Fields(s) {
			need[i] = max(need[i], d.measure(w, st)+2*pad+extra)
		}
	}
	for i, c := range cols {
		words(i, c.head, head, 0)
	}
	for _, r := range rows {
		for i, c := range r.cells {
			if i >= len(cols) || c.draw != nil {
				continue
			}
			st := body
			if c.style != nil {
				st = *c.style
			}
			words(i, c.text, st, swatchWidth(c, st))
		}
	}
	widest := 0
	for i, c := range out {
		if c.width > out[widest].width {
			widest = i
		}
	}
	for i := range out {
		if extra := need[i] - out[i].width; extra > 0 && i != widest && out[widest].width-extra >= need[widest] {
			out[i].width += extra
			out[widest].width -= extra
		}
	}
	return out
}

// swatchWidth returns the room a cell's colour square takes.
func swatchWidth(c cell, st textStyle) float64 {
	if c.swatch == nil {
		return 0
	}
	return st.size*0.8 + 5
}

// alignText draws one line of a cell in column c whose left edge is x.
func (d *doc) alignText(c column, x, y float64, s string, st textStyle) {
	cellPad := defaultPad
	if d.pad > 0 {
		cellPad = d.pad
	}
	switch c.align {
	case alignRight:
		d.textRight(x+c.width-cellPad, y, s, st)
	case alignCentre:
		d.textCentre(x+c.width/2, y, s, st)
	default:
		d.text(x+cellPad, y, s, st)
	}
}

// cutCellLines keeps the lines (at least one) that fit in height h,
// marking the cut with "…".
func cutCellLines(lines []cellLine, h float64) []cellLine {
	n, used := 0, 0.0
	for n < len(lines) && used+lineHeight(lines[n].style) <= h {
		used += lineHeight(lines[n].style)
		n++
	}
	n = max(n, 1)
	if len(lines) <= n {
		return lines
	}
	out := append([]cellLine(nil), lines[:n]...)
	out[n-1].text = strings.TrimRight(out[n-1].text, " ") + "…"
	out[n-1].url = ""
	return out
}

func allBlank(cols []column) bool {
	for _, c := range cols {
		if c.head != "" {
			return false
		}
	}
	return true
}

func tableWidth(cols []column) float64 {
	w := 0.0
	for _, c := range cols {
		w += c.width
	}
	return w
}

// columns sizes columns to fill width: fixed widths as given, the rest
// shared by the columns of width 0 in proportion to their weights.
func columns(width float64, cols []column, weights ...float64) []column {
	fixed, flex := 0.0, 0.0
	k := 0
	for _, c := range cols {
		if c.width > 0 {
			fixed += c.width
		} else {
			w := 1.0
			if k < len(weights) {
				w = weights[k]
			}
			flex += w
			k++
		}
	}
	k = 0
	out := append([]column(nil), cols...)
	for i := range out {
		if out[i].width == 0 {
			w := 1.0
			if k < len(weights) {
				w = weights[k]
			}
			out[i].width = max(0, width-fixed) * w / flex
			k++
		}
	}
	return out
}
