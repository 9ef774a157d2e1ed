package outreach

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// ErrFont is wrapped by the errors about a font file that cannot be used.
var ErrFont = errors.New("unusable font")

// font is what the layout needs from a TrueType font: which runes it has a
// glyph for and how wide each glyph is. Widths are in thousandths of an em,
// rounded as a PDF /W array holds them, so that measured text lines up with
// what a viewer draws.
type font struct {
	glyph    []uint16 // glyph index per BMP rune; 0 = none
	advance  []uint16 // advance width per glyph, in 1/1000 em
	ascent   float64  // in 1/1000 em, positive
	descent  float64  // in 1/1000 em, negative
	fallback uint16   // width of a rune without glyph: the missing glyph's
}

// requiredTables are the tables the layout reads and the PDF writer needs to
// subset and embed the font.
var requiredTables = []string{"head", "hhea", "maxp", "hmtx", "cmap", "glyf", "loca", "post", "OS/2", "name"}

// parseFont reads the metrics and the Unicode character map of the TrueType
// font data. Only TrueType outlines ("glyf") with a format 4 (BMP) Unicode
// cmap are supported, which is what the PDF writer embeds.
func parseFont(data []byte) (*font, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("outreach: %w: %s", ErrFont, fmt.Sprintf(format, args...))
	}
	if len(data) < 12 {
		return nil, bad("%d bytes is too short for a TrueType font", len(data))
	}
	switch v := binary.BigEndian.Uint32(data); v {
	case 0x00010000, 0x74727565: // TrueType, 'true'
	case 0x4F54544F: // 'OTTO'
		return nil, bad("OpenType with CFF outlines is not supported (use a TrueType .ttf font)")
	case 0x74746366: // 'ttcf'
		return nil, bad("a font collection (.ttc) is not supported (use a single .ttf font)")
	default:
		return nil, bad("not a TrueType font (signature %08x)", v)
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, bad("table directory of %d tables runs past the end of the file", n)
	}
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, size := uint64(binary.BigEndian.Uint32(rec[8:])), uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+size > uint64(len(data)) {
			return nil, bad("table %q runs past the end of the file", tag)
		}
		tables[tag] = data[off : off+size]
	}
	for _, t := range requiredTables {
		if tables[t] == nil {
			return nil, bad("no %q table", t)
		}
	}
	head, hhea, maxp, hmtx := tables["head"], tables["hhea"], tables["maxp"], tables["hmtx"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, bad("head, hhea or maxp table too short")
	}
	upem := float64(binary.BigEndian.Uint16(head[18:]))
	if upem < 16 || upem > 16384 {
		return nil, bad("units per em %v outside 16..16384", upem)
	}
	scale := 1000 / upem
	f := &font{
		ascent:  scale * float64(int16(binary.BigEndian.Uint16(hhea[4:]))),
		descent: scale * float64(int16(binary.BigEndian.Uint16(hhea[6:]))),
	}
	if f.ascent <= 0 || f.descent > 0 {
		return nil, bad("ascender %v or descender %v has the wrong sign", f.ascent, f.descent)
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	numMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if numGlyphs == 0 || numMetrics == 0 || numMetrics > numGlyphs {
		return nil, bad("%d glyphs with %d horizontal metrics", numGlyphs, numMetrics)
	}
	if len(hmtx) < 4*numMetrics {
		return nil, bad("hmtx table too short for %d metrics", numMetrics)
	}
	f.advance = make([]uint16, numGlyphs)
	for g := range f.advance {
		m := min(g, numMetrics-1)
		w := binary.BigEndian.Uint16(hmtx[4*m:])
		if w >= 1<<15 {
			w = 0
		}
		f.advance[g] = uint16(math.Round(scale * float64(w)))
	}
	f.fallback = f.advance[0]
	glyph, err := parseCmap(tables["cmap"], numGlyphs)
	if err != nil {
		return nil, bad("%v", err)
	}
	f.glyph = glyph
	return f, nil
}

// parseCmap returns the glyph index of every BMP rune from the first format 4
// subtable for Unicode (platform 0, or platform 3 encoding 1), the one the
// PDF writer uses. Glyph indexes out of range count as no glyph.
func parseCmap(cmap []byte, numGlyphs int) ([]uint16, error) {
	if len(cmap) < 4 {
		return nil, errors.New("cmap table too short")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var sub []byte
	for i := 0; i < n && 4+8*i+8 <= len(cmap); i++ {
		rec := cmap[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := uint64(binary.BigEndian.Uint32(rec[4:]))
		if !(platform == 0 || platform == 3 && encoding == 1) || off+14 > uint64(len(cmap)) {
			continue
		}
		if binary.BigEndian.Uint16(cmap[off:]) == 4 {
			length := uint64(binary.BigEndian.Uint16(cmap[off+2:]))
			sub = cmap[off:min(off+length, uint64(len(cmap)))]
			break
		}
	}
	if sub == nil {
		return nil, errors.New("no Unicode character map in format 4")
	}
	if len(sub) < 14 {
		return nil, errors.New("format 4 character map too short")
	}
	segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if ranges+2*segs > len(sub) {
		return nil, fmt.Errorf("format 4 character map of %d segments runs past its end", segs)
	}
	u16 := func(at int) int { return int(binary.BigEndian.Uint16(sub[at:])) }
	glyph := make([]uint16, 1<<16)
	next := 0 // segments are sorted by end code: skip any overlap, so the work stays under 65,536 runes
	for s := 0; s < segs; s++ {
		end, start, delta, ro := u16(ends+2*s), u16(starts+2*s), u16(deltas+2*s), u16(ranges+2*s)
		from := max(start, next)
		next = max(next, end+1)
		for c := from; c <= end; c++ {
			var g int
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				at := ranges + 2*s + ro + 2*(c-start)
				if at+2 > len(sub) {
					break
				}
				if g = u16(at); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g < numGlyphs {
				glyph[c] = uint16(g)
			}
		}
	}
	glyph[0xFFFF] = 0 // a noncharacter, never drawn
	return glyph, nil
}

// has reports whether the font has a glyph for r.
func (f *font) has(r rune) bool {
	return r >= 0 && r < 1<<16 && f.glyph[r] != 0
}

// width returns the advance width of r in 1/1000 em; a rune without a glyph
// measures as the missing glyph.
func (f *font) width(r rune) float64 {
	if !f.has(r) {
		return float64(f.fallback)
	}
	return float64(f.advance[f.glyph[r]])
}

// measure returns the width of s in points at size points.
func (f *font) measure(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += f.width(r)
	}
	return w * size / 1000
}
