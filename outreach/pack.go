package outreach

import (
	"errors"
	"fmt"
	"strings"

	"github.com/article9/article9"
)

// Page sizes in points.
var pageSizes = map[string][2]float64{
	"A4":     {595.28, 841.89},
	"Letter": {612, 792},
}

// Destinations inside the pack: the sections, then one per State page.
const (
	destCover = iota + 1
	destStateOfPlay
	destPriority
	destPlan
	destFollowUps
	destMeetings
	destWorkPlan
	destResources
	destInvestment
	destStatePage = 1000 // + the page's index in Briefing.Pages
)

// ErrBriefing is wrapped by the errors about a Briefing that cannot be
// rendered as it is.
var ErrBriefing = errors.New("invalid briefing")

// prepare checks b and the renderer's settings and returns the layout for
// them, without a canvas.
func (r *Renderer) prepare(b *Briefing) (*doc, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("outreach: %w: %s", ErrBriefing, fmt.Sprintf(format, args...))
	}
	loc, ok := newLocale(b.Lang)
	if !ok {
		return nil, bad("language %q has no catalogue (allowed: %s)", b.Lang, strings.Join(Languages, ", "))
	}
	if b.AsOf.IsZero() {
		return nil, bad("no as-of date")
	}
	size := r.PageSize
	if size == "" {
		size = "A4"
	}
	wh, ok := pageSizes[size]
	if !ok {
		return nil, bad("page size %q (allowed: A4, Letter)", r.PageSize)
	}
	d := &doc{b: b, loc: loc, w: wh[0], h: wh[1]}
	d.left, d.right, d.top, d.bottom = 50, wh[0]-50, 64, wh[1]-56
	regular, bold := r.Font, r.BoldFont
	if regular == nil {
		regular = dejaVuSans
		if bold == nil {
			bold = dejaVuSansBold
		}
	}
	if bold == nil {
		bold = regular
	}
	for i, data := range [2][]byte{regular, bold} {
		f, err := parseFont(data)
		if err != nil {
			return nil, err
		}
		d.fonts[i], d.fontData[i] = f, data
	}
	if err := d.index(); err != nil {
		return nil, bad("%v", err)
	}
	return d, nil
}

// Preflight lays b out without drawing it, as Render does first, and
// returns the number of pages the PDF will have, or the error Render would
// return before drawing: a *GlyphError for text the fonts cannot draw.
func (r *Renderer) Preflight(b Briefing) (pages int, err error) {
	d, err := r.preflight(&b, (*doc).pack)
	if err != nil {
		return 0, err
	}
	return d.pages, nil
}

// preflight prepares the layout of b and runs layout on a proofCanvas: it
// counts the pages, notes each destination's page and checks every text.
// The doc keeps layout for the drawing pass.
func (r *Renderer) preflight(b *Briefing, layout func(*doc)) (*doc, error) {
	d, err := r.prepare(b)
	if err != nil {
		return nil, err
	}
	d.layout = layout
	proof := &proofCanvas{}
	d.c = proof
	layout(d)
	if d.err != nil {
		return nil, d.err
	}
	d.pages, d.destPage = proof.pages, proof.dests
	return d, nil
}

// index builds the lookups from ISO code to State, ranking entry, workshop
// and page, and checks that every code the sections use is one of the
// Briefing's States.
func (d *doc) index() error {
	b := d.b
	d.states = make(map[string]article9.State, len(b.States))
	for _, s := range b.States {
		d.states[s.ISO3] = s
	}
	if a := b.Annexes; a != nil {
		for _, s := range a.States {
			if _, dup := d.states[s.ISO3]; !dup {
				d.states[s.ISO3] = s
			}
		}
	}
	known := func(what, iso string) error {
		if _, ok := d.states[iso]; !ok {
			return fmt.Errorf("%s %q is not among the Briefing's States", what, iso)
		}
		return nil
	}
	d.pageOf = map[string]int{}
	for i, iso := range b.Pages {
		if err := known("page", iso); err != nil {
			return err
		}
		if _, dup := d.pageOf[iso]; dup {
			return fmt.Errorf("page %q listed twice", iso)
		}
		d.pageOf[iso] = i
	}
	d.entries = map[string]*Entry{}
	if p := b.Priority; p != nil {
		for i := range p.Entries {
			e := &p.Entries[i]
			if err := known("ranking entry", e.ISO3); err != nil {
				return err
			}
			if len(e.Needs) != len(p.Criteria) || len(e.Contributions) != len(p.Criteria) {
				return fmt.Errorf("ranking entry %s has %d needs and %d contributions for %d criteria", e.ISO3, len(e.Needs), len(e.Contributions), len(p.Criteria))
			}
			d.entries[e.ISO3] = e
		}
	}
	d.invited = map[string]invitation{}
	if p := b.Plan; p != nil {
		for wi, w := range p.Workshops {
			for _, in := range w.States {
				if err := known("workshop invitee", in.ISO3); err != nil {
					return err
				}
				d.invited[in.ISO3] = invitation{workshop: wi, distance: in.Distance}
			}
		}
	}
	return nil
}

// invitation is where a State is invited.
type invitation struct {
	workshop int // index in Plan.Workshops
	distance float64
}

// title returns the pack's title.
func (d *doc) title() string {
	if d.b.Title != "" {
		return d.b.Title
	}
	return d.loc.t("title")
}

// stateDest returns the destination of the State's page, 0 if it has none.
func (d *doc) stateDest(iso string) int {
	if i, ok := d.pageOf[iso]; ok {
		return destStatePage + i
	}
	return 0
}

// pack lays the whole pack out, section by section.
func (d *doc) pack() {
	d.header = ""
	d.cover()
	d.header = d.title()
	d.stateOfPlay()
	if d.b.Priority != nil {
		d.priorityList()
	}
	if d.b.Plan != nil {
		d.workshopPlan()
	}
	for i, iso := range d.b.Pages {
		d.statePage(i, iso)
	}
	if d.b.Annexes != nil {
		d.annexes()
	}
	d.footer()
}
