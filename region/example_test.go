package region_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/article9/article9"
	"github.com/article9/article9/region"
)

func ExampleDistance() {
	// London to Paris, capital to capital.
	fmt.Printf("%.1f km\n", region.Distance(51.5074, -0.1278, 48.8566, 2.3522))
	// Output: 343.6 km
}

func ExampleReadVenues() {
	const file = `id,name,city,lat,lon,languages,capacity
lome,UNREC,Lomé,6.13,1.22,en|fr,20
suva,Pacific Islands Forum Secretariat,Suva,-18.14,178.44,,
`
	venues, err := region.ReadVenues(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range venues {
		fmt.Printf("%s: %s, %s, languages %v, capacity %d\n", v.ID, v.Name, v.City, v.Languages, v.Capacity)
	}
	// A mistake names the line, the column and what is allowed.
	_, err = region.ReadVenues(strings.NewReader("id,city,lat,lon,langauges\n"))
	fmt.Println(err)
	// Output:
	// lome: UNREC, Lomé, languages [en fr], capacity 20
	// suva: Pacific Islands Forum Secretariat, Suva, languages [], capacity 0
	// line 1: langauges: unknown column "langauges" (did you mean "languages"?)
}

func ExampleDefaultVenues() {
	for _, v := range region.DefaultVenues()[:3] {
		fmt.Printf("%-9s %-12s %v\n", v.ID, v.City, v.Languages)
	}
	// Output:
	// addis     Addis Ababa  [en fr pt ar]
	// abuja     Abuja        [en fr pt]
	// lome      Lomé         [en fr]
}

func ExampleGroupBy() {
	parties := article9.CCM().Parties()
	for _, g := range region.GroupBy(parties, region.ByUNGroup) {
		name := g.Name
		if name == "" {
			name = "(no group)"
		}
		fmt.Printf("%-17s %2d States Parties, %2d with no information\n", name, len(g.States), g.Counts[article9.NoInformation])
	}
	// Output:
	// African           36 States Parties, 10 with no information
	// Asia-Pacific      13 States Parties,  2 with no information
	// Eastern European  11 States Parties,  0 with no information
	// GRULAC            24 States Parties,  2 with no information
	// WEOG              24 States Parties,  1 with no information
	// (no group)         3 States Parties,  0 with no information
}

// Plan six workshops for the States Parties whose Article 9 position is
// outstanding, at the default venues.
func ExampleSolve() {
	outstanding := article9.CCM().Filter(func(s article9.State) bool {
		return s.IsParty() && s.Status >= article9.InProcess
	})
	plan, err := region.Solve(region.Problem{
		States: outstanding,
		Venues: region.DefaultVenues(),
		K:      6, // at most 15 States each, the default capacity
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range plan.Workshops {
		fmt.Printf("%-12s %2d States, nearest %s, farthest %s\n", w.Venue.City, len(w.States), w.States[0].ISO3, w.States[len(w.States)-1].ISO3)
	}
	fmt.Printf("%.0f km in all; optimal: %v\n", plan.Cost, plan.Optimal)
	// Output:
	// Abuja        15 States, nearest NGA, farthest CPV
	// Cairo         8 States, nearest PSE, farthest SOM
	// Gaborone     12 States, nearest BWA, farthest SYC
	// Georgetown    5 States, nearest TTO, farthest ATG
	// Manila        6 States, nearest PHL, farthest FJI
	// San Salvador 12 States, nearest SLV, farthest CHL
	// 107371 km in all; optimal: true
}

// When no plan is possible, the error says why.
func ExampleSolve_infeasible() {
	states := article9.CCM().Filter(func(s article9.State) bool {
		return s.IsParty() && s.Status >= article9.InProcess
	})
	_, err := region.Solve(region.Problem{States: states, Venues: region.DefaultVenues(), K: 3})
	fmt.Println(errors.Is(err, region.ErrInfeasible))
	fmt.Println(err)
	// Output:
	// true
	// region: no plan satisfies the constraints: 58 States are invited but 3 workshops × 15 seats make only 45 seats
}

// Verify checks a plan made by hand.
func ExampleVerify() {
	p := region.Problem{
		States: []article9.State{
			{ISO3: "BEN", Lat: 6.50, Lon: 2.63, Language: "fr"},
			{ISO3: "GHA", Lat: 5.60, Lon: -0.19, Language: "en"},
		},
		Venues: region.DefaultVenues(),
		K:      1,
	}
	lome := p.Venues[2]
	plan := &region.Plan{Workshops: []region.Workshop{{
		Venue:  lome,
		States: []region.Invitee{{ISO3: "BEN", Distance: 162}, {ISO3: "GHA", Distance: 160}},
		Cost:   322,
	}}, Cost: 322}
	fmt.Println(region.Verify(p, plan))
	// Output:
	// region: invalid plan: BEN at venue lome: distance 162, but it is 161.17296741044862
	// region: invalid plan: GHA at venue lome: distance 160, but it is 166.72682602158596
	// region: invalid plan: venue lome: cost 322, but its States' weighted distances add up to 327.8997934320346
	// region: invalid plan: cost 322, but the workshops' costs add up to 327.8997934320346
}
