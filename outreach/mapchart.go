package outreach

import (
	"math"
	"strconv"

	"github.com/article9/article9"
)

// mapGrid is the spacing of the map's graticule, in degrees.
const mapGrid = 30.0

// workshopMap draws the plan as an equirectangular diagram at most maxH
// points high across the text area: a latitude/longitude grid, each
// invited capital as a dot joined by a line to its venue, each venue as a
// square labelled with its city, coloured by workshop. The view is the
// smallest stretch of grid that holds every point. Lines that are shorter
// across the 180th meridian are drawn that way, in two parts.
func (d *doc) workshopMap(p *Plan, states map[string]article9.State, maxH float64) {
	minLat, maxLat, minLon, maxLon := 90.0, -90.0, 180.0, -180.0
	see := func(lat, lon float64) {
		minLat, maxLat = math.Min(minLat, lat), math.Max(maxLat, lat)
		minLon, maxLon = math.Min(minLon, lon), math.Max(maxLon, lon)
	}
	wrapped := false
	for _, w := range p.Workshops {
		see(w.Venue.Lat, w.Venue.Lon)
		for _, in := range w.States {
			if s, ok := states[in.ISO3]; ok {
				see(s.Lat, s.Lon)
				wrapped = wrapped || math.Abs(s.Lon-w.Venue.Lon) > 180
			}
		}
	}
	if minLat > maxLat {
		return // nothing to draw
	}
	floor := func(v float64) float64 { return mapGrid * math.Floor(v/mapGrid) }
	ceil := func(v float64) float64 { return mapGrid * math.Ceil(v/mapGrid) }
	lat0, lat1 := math.Max(-90, floor(minLat-5)), math.Min(90, ceil(maxLat+5))
	lon0, lon1 := math.Max(-180, floor(minLon-5)), math.Min(180, ceil(maxLon+5))
	if wrapped {
		lon0, lon1 = -180, 180
	}
	width := d.right - d.left - 20 // room for the latitude labels
	scale := math.Min(width/(lon1-lon0), maxH/(lat1-lat0))
	mw, mh := scale*(lon1-lon0), scale*(lat1-lat0)
	d.y += 6
	d.need(mh + 20)
	ox, oy := d.left+20+(width-mw)/2, d.y
	px := func(lon float64) float64 { return ox + (lon-lon0)*scale }
	py := func(lat float64) float64 { return oy + (lat1-lat)*scale }

	d.c.fillRect(ox, oy, mw, mh, paleGrey)
	label := textStyle{size: sizeTiny, color: grey}
	for lat := lat0; lat <= lat1; lat += mapGrid {
		c, lw := lightGrey, 0.4
		if lat == 0 {
			c, lw = grey, 0.6
		}
		d.c.line(ox, py(lat), ox+mw, py(lat), lw, c)
		if lat > lat0 { // the bottom line's label would meet the longitudes'
			d.textRight(ox-3, py(lat)-lineHeight(label)/2, d.degrees(lat, "geo.n", "geo.s"), label)
		}
	}
	for lon := lon0; lon <= lon1; lon += mapGrid {
		c, lw := lightGrey, 0.4
		if lon == 0 {
			c, lw = grey, 0.6
		}
		d.c.line(px(lon), oy, px(lon), oy+mh, lw, c)
		d.textCentre(px(lon), oy+mh+1, d.degrees(lon, "geo.e", "geo.w"), label)
	}
	d.c.strokeRect(ox, oy, mw, mh, 0.6, grey)

	for i, w := range p.Workshops {
		col := seriesColour(i)
		for _, in := range w.States {
			s, ok := states[in.ISO3]
			if !ok {
				continue
			}
			vx := w.Venue.Lon
			switch {
			case vx-s.Lon > 180:
				vx -= 360
			case s.Lon-vx > 180:
				vx += 360
			}
			if vx == w.Venue.Lon {
				d.c.line(px(s.Lon), py(s.Lat), px(vx), py(w.Venue.Lat), 0.5, col)
			} else { // across the 180th meridian: from each end to the map's edge
				d.clippedLine(px, py, s.Lat, s.Lon, w.Venue.Lat, vx, lon0, lon1, col)
				d.clippedLine(px, py, w.Venue.Lat, w.Venue.Lon, s.Lat, s.Lon+(w.Venue.Lon-vx), lon0, lon1, col)
			}
			d.c.fillCircle(px(s.Lon), py(s.Lat), 1.8, col)
		}
	}
	venue := textStyle{size: sizeTiny, bold: true, color: ink}
	var taken []box // the squares, then the labels placed so far
	for i, w := range p.Workshops {
		x, y := px(w.Venue.Lon), py(w.Venue.Lat)
		d.c.fillRect(x-3.5, y-3.5, 7, 7, seriesColour(i))
		d.c.strokeRect(x-3.5, y-3.5, 7, 7, 0.8, black)
		taken = append(taken, box{x - 3.5, y - 3.5, x + 3.5, y + 3.5})
	}
	for i, w := range p.Workshops {
		x, y := px(w.Venue.Lon), py(w.Venue.Lat)
		name := strconv.Itoa(i+1) + " " + w.Venue.City
		lw, lh := d.measure(name, venue), lineHeight(venue)
		// Right of the square, else left, above or below: the first
		// place inside the map that overlaps no square or label.
		spots := [][2]float64{{x + 6, y - lh/2}, {x - 6 - lw, y - lh/2}, {x - lw/2, y - 4 - lh}, {x - lw/2, y + 4}}
		at := spots[0]
		if at[0]+lw > ox+mw {
			at = spots[1]
		}
		for _, s := range spots {
			b := box{s[0], s[1], s[0] + lw, s[1] + lh}
			if b.x0 >= ox && b.x1 <= ox+mw && b.y0 >= oy && b.y1 <= oy+mh && !b.overlaps(taken) {
				at = s
				break
			}
		}
		taken = append(taken, box{at[0], at[1], at[0] + lw, at[1] + lh})
		d.c.fillRect(at[0]-1, at[1]+1, lw+2, lh-2, white) // a ground for the label over the lines
		d.text(at[0], at[1], name, venue)
	}
	d.y = oy + mh + lineHeight(label) + 4
}

// clippedLine draws the part of the line from (lat1, lon1) to (lat2, lon2)
// that lies between longitudes lon0 and lon1 of the map; the second point's
// longitude may lie beyond ±180 (a line across the 180th meridian).
func (d *doc) clippedLine(px, py func(float64) float64, lat1, lon1, lat2, lon2, west, east float64, c rgb) {
	if lon2 == lon1 && lat2 == lat1 {
		return
	}
	clip := func(edge float64) (float64, float64) {
		t := (edge - lon1) / (lon2 - lon1)
		return lat1 + t*(lat2-lat1), edge
	}
	if lon2 > east {
		lat2, lon2 = clip(east)
	} else if lon2 < west {
		lat2, lon2 = clip(west)
	}
	d.c.line(px(lon1), py(lat1), px(lon2), py(lat2), 0.5, c)
}

// degrees labels a grid line: "30° N", "0°".
func (d *doc) degrees(v float64, pos, neg string) string {
	switch {
	case v > 0:
		return d.loc.t(pos, "n", strconv.Itoa(int(v)))
	case v < 0:
		return d.loc.t(neg, "n", strconv.Itoa(int(-v)))
	}
	return "0°"
}

// box is a rectangle on the page, for placing labels.
type box struct{ x0, y0, x1, y1 float64 }

// overlaps reports whether b overlaps any of others.
func (b box) overlaps(others []box) bool {
	for _, o := range others {
		if b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 {
			return true
		}
	}
	return false
}
