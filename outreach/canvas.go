package outreach

import "github.com/article9/article9"

// canvas is what the layout draws on: pages of points (1/72 inch), the
// origin at the top left, y growing downwards. render.go implements it over
// the PDF library; proofCanvas, on which the pack is laid out first, draws
// nothing and counts the pages.
type canvas interface {
	addPage()
	// text draws s with its baseline at y, starting at x.
	text(x, y float64, s string, st textStyle)
	fillRect(x, y, w, h float64, c rgb)
	strokeRect(x, y, w, h, lineWidth float64, c rgb)
	line(x1, y1, x2, y2, lineWidth float64, c rgb)
	fillCircle(x, y, r float64, c rgb)
	// link makes the area a link to the destination dest.
	link(x, y, w, h float64, dest int)
	// linkURL makes the area a link to an external address.
	linkURL(x, y, w, h float64, url string)
	// anchor places the destination dest at y on the current page.
	anchor(dest int, y float64)
	// bookmark adds an outline entry at y on the current page.
	bookmark(title string, level int, y float64)
}

// textStyle is how a run of text is set.
type textStyle struct {
	size  float64 // points
	bold  bool
	color rgb
}

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// The pack's colours (never changed).
var (
	black     = rgb{0, 0, 0}
	ink       = rgb{33, 37, 41}
	grey      = rgb{108, 117, 125}
	lightGrey = rgb{222, 226, 230}
	paleGrey  = rgb{245, 246, 248}
	accent    = rgb{0, 84, 147}
	linkBlue  = rgb{0, 84, 147}
	alert     = rgb{192, 57, 43}
	// overdueFill shades the row of an overdue follow-up.
	overdueFill = rgb{250, 219, 216}
	white       = rgb{255, 255, 255}
)

// statusColours are the chart colours of the five statuses, from done
// (green) to unknown (red).
var statusColours = [...]rgb{
	article9.NoStatus:            {173, 181, 189},
	article9.SpecificLegislation: {26, 133, 85},
	article9.ExistingLaw:         {134, 196, 108},
	article9.InProcess:           {240, 188, 66},
	article9.Incomplete:          {230, 126, 34},
	article9.NoInformation:       {192, 57, 43},
}

// seriesColours colour criteria and workshops, in turn.
var seriesColours = [...]rgb{
	{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40},
	{148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127},
	{188, 189, 34}, {23, 190, 207},
}

func seriesColour(i int) rgb { return seriesColours[i%len(seriesColours)] }

// proofCanvas draws nothing: it counts pages and notes the page of each
// destination, for the contents and the footers of the real pass.
type proofCanvas struct {
	pages int
	dests map[int]int // destination → page
}

func (p *proofCanvas) addPage()                                 { p.pages++ }
func (p *proofCanvas) text(_, _ float64, _ string, _ textStyle) {}
func (p *proofCanvas) fillRect(_, _, _, _ float64, _ rgb)       {}
func (p *proofCanvas) strokeRect(_, _, _, _, _ float64, _ rgb)  {}
func (p *proofCanvas) line(_, _, _, _, _ float64, _ rgb)        {}
func (p *proofCanvas) fillCircle(_, _, _ float64, _ rgb)        {}
func (p *proofCanvas) link(_, _, _, _ float64, _ int)           {}
func (p *proofCanvas) linkURL(_, _, _, _ float64, _ string)     {}
func (p *proofCanvas) bookmark(_ string, _ int, _ float64)      {}
func (p *proofCanvas) anchor(dest int, _ float64) {
	if p.dests == nil {
		p.dests = map[int]int{}
	}
	p.dests[dest] = p.pages
}
