package outreach

import "math"

// The charts are drawn with the canvas's rectangles, lines and text: they
// are vectors in the page, not pictures.

// legendItem is a coloured key and its label.
type legendItem struct {
	label  string
	colour rgb
}

// legend draws the items as coloured squares and labels flowing across the
// text area, wrapping as needed.
func (d *doc) legend(items []legendItem) {
	st := styleSmall
	lh := lineHeight(st)
	box := st.size * 0.8
	x := d.left
	d.need(lh)
	for _, it := range items {
		w := box + 4 + d.measure(it.label, st)
		if x > d.left && x+w > d.right {
			x = d.left
			d.y += lh
			d.need(lh)
		}
		d.c.fillRect(x, d.y+(lh-box)/2, box, box, it.colour)
		d.text(x+box+4, d.y, it.label, st)
		x += w + 12
	}
	d.y += lh + 4
}

// barRow is one bar of a stacked bar chart: its label and the size of each
// segment, in series order.
type barRow struct {
	label  string
	values []int
}

// stackedBars draws one horizontal bar per row, each segment coloured by
// its series, with the counts written in the segments wide enough to hold
// them and the total after the bar. The scale is the largest total.
func (d *doc) stackedBars(rows []barRow, colours []rgb) {
	labelW := 0.0
	for _, r := range rows {
		labelW = max(labelW, d.measure(r.label, styleBody))
	}
	labelW += 8
	barH, gap := 14.0, 6.0
	maxTotal := 0
	for _, r := range rows {
		t := 0
		for _, v := range r.values {
			t += v
		}
		maxTotal = max(maxTotal, t)
	}
	if maxTotal == 0 {
		maxTotal = 1
	}
	width := d.right - d.left - labelW - 30
	d.need(float64(len(rows)) * (barH + gap))
	count := textStyle{size: sizeSmall, bold: true, color: white}
	for _, r := range rows {
		d.need(barH + gap)
		d.text(d.left, d.y+(barH-lineHeight(styleBody))/2, r.label, styleBody)
		x := d.left + labelW
		total := 0
		for i, v := range r.values {
			if v <= 0 {
				continue
			}
			w := width * float64(v) / float64(maxTotal)
			d.c.fillRect(x, d.y, w, barH, colours[i%len(colours)])
			s := d.loc.integer(v)
			if d.measure(s, count)+4 <= w {
				d.textCentre(x+w/2, d.y+(barH-lineHeight(count))/2, s, count)
			}
			x += w
			total += v
		}
		d.text(x+4, d.y+(barH-lineHeight(styleSmall))/2, d.loc.integer(total), styleSmall)
		d.y += barH + gap
	}
	d.y += 4
}

// segmentBar draws values as adjacent segments from x, scaled so that
// full is w points wide; negative and non-finite values are skipped.
func (d *doc) segmentBar(x, y, w, h float64, values []float64, full float64) {
	if !(full > 0) {
		return
	}
	d.c.fillRect(x, y, w, h, lightGrey)
	end := x + w
	for i, v := range values {
		if !(v > 0) || math.IsInf(v, 0) || x >= end {
			continue
		}
		sw := math.Min(w*v/full, end-x)
		d.c.fillRect(x, y, sw, h, seriesColour(i))
		x += sw
	}
}
