package outreach_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/article9/article9"
	"github.com/article9/article9/outreach"
)

// The main job: the default pack of the embedded data, built, checked and
// written.
func Example() {
	b, err := outreach.Build(article9.CCM(), outreach.Options{Lang: "fr", Top: 3})
	if err != nil {
		log.Fatal(err)
	}
	pages, err := (&outreach.Renderer{}).Preflight(b)
	if err != nil {
		log.Fatal(err)
	}
	dir, _ := os.MkdirTemp("", "briefing")
	defer os.RemoveAll(dir)
	if err := outreach.WriteFile(filepath.Join(dir, "briefing.pdf"), b); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d States in scope, %d workshops, %d State pages, %d pages\n", len(b.States), len(b.Plan.Workshops), len(b.Pages), pages)
	fmt.Printf("annexes: %d open follow-ups, %d meetings, %d actions, %d resources, %d laws prohibiting investment\n",
		len(b.Annexes.FollowUps), len(b.Annexes.Meetings), len(b.Annexes.WorkPlan), len(b.Annexes.Resources), len(b.Annexes.Investment.Laws))
	// Output:
	// 58 States in scope, 4 workshops, 3 State pages, 15 pages
	// annexes: 3 open follow-ups, 6 meetings, 8 actions, 9 resources, 10 laws prohibiting investment
}

func ExampleBuild() {
	b, err := outreach.Build(article9.CCM(), outreach.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("as of %s, scope %s, %d States\n", b.AsOf.Format("2006-01-02"), b.Scope, len(b.States))
	for _, e := range b.Priority.Entries[:3] {
		fmt.Printf("%d %s %.3f tier %d\n", e.Rank, e.ISO3, e.Score, e.Tier)
	}
	for _, w := range b.Plan.Workshops {
		fmt.Printf("%s: %d States\n", w.Venue.City, len(w.States))
	}
	p := b.Plan
	fmt.Printf("%d States in %d seats, tight: %v; %.0f km\n", p.Invited(), p.Seats, p.Tight(), p.Cost)
	for _, a := range p.Alternatives {
		fmt.Printf("with %d workshops: %.0f km (%+.0f%%)\n", a.K, a.Cost, 100*(a.Cost-p.Cost)/p.Cost)
	}
	// Output:
	// as of 2025-03-06, scope outstanding, 58 States
	// 1 COM 0.721 tier 1
	// 1 CPV 0.721 tier 1
	// 1 GIN 0.721 tier 1
	// Abuja: 15 States
	// Cairo: 14 States
	// Gaborone: 14 States
	// San Salvador: 15 States
	// 58 States in 60 seats, tight: true; 170528 km
	// with 5 workshops: 128846 km (-24%)
	// with 6 workshops: 107371 km (-37%)
}

func ExampleRender() {
	b := outreach.Briefing{
		Lang: "es",
		AsOf: article9.CCMAsOf,
		States: []article9.State{
			{ISO3: "CIV", Name: "Côte d’Ivoire", NameES: "Côte d’Ivoire", Status: article9.InProcess},
		},
		Pages: []string{"CIV"},
	}
	var buf bytes.Buffer
	if err := outreach.Render(&buf, b); err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(buf.Bytes()[:8]))
	// Output:
	// %PDF-1.3
}

func ExampleGlyphError() {
	b := outreach.Briefing{
		AsOf:   article9.CCMAsOf,
		States: []article9.State{{ISO3: "MLI", Name: "Mali", Capital: "巴马科"}},
		Pages:  []string{"MLI"},
	}
	b.Plan = &outreach.Plan{Workshops: []outreach.Workshop{{
		Venue:  outreach.Venue{ID: "lome", Name: "UNREC", City: "Lomé"},
		States: []outreach.Invitee{{ISO3: "MLI", Distance: 1234}},
	}}}
	err := outreach.Render(&bytes.Buffer{}, b)
	fmt.Println(err)
	// Output:
	// outreach: Mali (MLI): the font has no glyph for U+5DF4 '巴', in "Invited to workshop 1 in Lomé (UNREC), 1,234 km from 巴马科."
}
