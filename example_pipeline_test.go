package article9_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/article9/article9"
	"github.com/article9/article9/outreach"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
)

// Example shows the whole pipeline on the embedded data: read the States,
// rank those with outstanding Article 9 measures for outreach, plan four
// regional workshops for them, and render the briefing pack.
func Example() {
	// Read.
	d := article9.CCM()

	// Score: the outstanding States Parties, ranked by the default model.
	states := priority.Outstanding.Select(d.States)
	ranking, err := priority.Model{}.Rank(states, d.AsOf)
	if err != nil {
		log.Fatal(err)
	}
	first := ranking.Entries[0]
	fmt.Printf("%d States ranked; first: %s (%s)\n", len(ranking.Entries), first.State.Name, first.Reasons[0].Text)

	// Plan: at most four workshops at the default venues, proven optimal.
	plan, err := region.Solve(region.Problem{States: states, Venues: region.DefaultVenues(), K: 4})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d workshops, %.0f km in all, optimal: %t\n", len(plan.Workshops), plan.Cost, plan.Optimal)

	// Render: the same steps, as the briefing pack does them.
	b, err := outreach.Build(d, outreach.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var pdf bytes.Buffer
	if err := outreach.Render(&pdf, b); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("briefing pack: %d State pages, a PDF: %t\n", len(b.Pages), bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")))
	// Output:
	// 58 States ranked; first: Comoros (no information on its legislation)
	// 4 workshops, 170528 km in all, optimal: true
	// briefing pack: 58 State pages, a PDF: true
}
