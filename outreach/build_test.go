package outreach

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// smallDataset is six States Parties in scope on the equator, 10° of
// longitude apart in two groups, with two indicators that make their
// scores easy to compute by hand, plus a State Party out of scope and a
// signatory.
func smallDataset() *article9.Dataset {
	st := func(iso, name, fr string, lon float64, status article9.Status, need, risk float64) article9.State {
		return article9.State{
			ISO3: iso, Name: name, NameFR: fr, Lon: lon, Language: "en", Status: status,
			Region: "Africa", UNGroup: "African",
			Indicators: map[string]float64{"need": need, "risk": risk},
		}
	}
	states := []article9.State{
		st("AAA", "Alpha", "Alpha-FR", 0, article9.NoInformation, 10, 0),
		st("BBB", "Bravo", "", 10, article9.Incomplete, 8, 2),
		st("CCC", "Charlie", "Charlie-FR", 20, article9.InProcess, 6, 4),
		st("DDD", "Delta", "", 100, article9.InProcess, 4, 6),
		st("EEE", "Echo", "", 110, article9.Incomplete, 2, 8),
		st("FFF", "Foxtrot", "", 120, article9.NoInformation, 0, 10),
		st("GGG", "Golf", "", 30, article9.SpecificLegislation, 9, 9),
	}
	states[2].AssistanceRequested = article9.Yes
	states[6].AssistanceRequested = article9.Yes
	sig := st("HHH", "Hotel", "", 40, article9.NoStatus, 9, 9)
	sig.Party = article9.Signatory
	states = append(states, sig)
	return &article9.Dataset{Name: "Test", Source: "hand-made", AsOf: time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC), States: states}
}

// TestBuild builds a pack from smallDataset with a model of two indicator
// criteria weighted 3:1, and compares it with the Briefing worked out by
// hand: score = 0.75·need/10 + 0.25·risk/10; each State's change is
// setting one need to 0 (the first of equals), its new rank counted among
// the others' scores; the two venues on the equator at 10° and 110° E
// each take the three nearest States, 10° of arc (1,111.95 km) away or 0.
func TestBuild(t *testing.T) {
	d := smallDataset()
	west := region.Venue{ID: "west", Name: "West Hall", City: "Westville", Country: "Westland", Lon: 10, Languages: []string{"en", "fr"}, Institution: "West Union"}
	east := region.Venue{ID: "east", Name: "East Hall", City: "Eastville", Country: "Eastland", Lon: 110, Capacity: 3}
	far := region.Venue{ID: "far", Name: "Far Hall", City: "Farville", Country: "Farland", Lat: 60, Lon: -60}
	opts := Options{
		Lang: "fr", Title: "Test pack",
		Model: priority.Model{
			Criteria: []priority.Criterion{priority.Indicator("need", 0, 10), priority.Indicator("risk", 0, 10)},
			Weights:  []float64{3, 1},
		},
		Samples: -1, Venues: []region.Venue{west, east, far}, Workshops: 2, Capacity: 3, Top: 4,
		NoAnnexes: true, // TestBuildAnnexes
	}
	got, err := Build(d, opts)
	if err != nil {
		t.Fatal(err)
	}

	arc := 6371.0088 * 10 * math.Pi / 180 // 10° of the equator, km
	crit := []Criterion{{Name: "indicator:need", Label: "need", Weight: 0.75}, {Name: "indicator:risk", Label: "risk", Weight: 0.25}}
	entry := func(iso string, rank, tier int, need, risk float64, reasons []string, to int) Entry {
		e := Entry{
			ISO3: iso, Rank: rank, Tier: tier, Score: 0.75*need + 0.25*risk,
			Needs: []float64{need, risk}, Contributions: []float64{0.75 * need, 0.25 * risk},
			Change: Change{Criterion: "indicator:need", From: rank, To: to},
		}
		for _, r := range reasons {
			e.Reasons = append(e.Reasons, Reason{Criterion: "indicator:" + r})
		}
		if to == rank {
			e.Change.Criterion = ""
		}
		return e
	}
	all := d.States[:6]
	want := Briefing{
		Title: "Test pack", Lang: "fr", AsOf: d.AsOf,
		Dataset: "Test", Source: "hand-made", SourceDate: d.AsOf, Scope: "outstanding",
		Summary:  d.Summary(),
		Assisted: article9.Counts{article9.InProcess: 1, article9.SpecificLegislation: 1},
		States:   all,
		Pages:    []string{"AAA", "BBB", "CCC", "DDD"},
		Priority: &Priority{
			Method: "wsum", Criteria: crit, Tiers: [2]float64{priority.DefaultTier1, priority.DefaultTier2},
			Entries: []Entry{
				entry("AAA", 1, 1, 1, 0, []string{"need"}, 6),             // 0.75
				entry("BBB", 2, 1, 0.8, 0.2, []string{"need", "risk"}, 6), // 0.65
				entry("CCC", 3, 1, 0.6, 0.4, []string{"need", "risk"}, 6), // 0.55
				entry("DDD", 4, 2, 0.4, 0.6, []string{"need", "risk"}, 6), // 0.45: without need 0.15 < F's 0.25
				entry("EEE", 5, 3, 0.2, 0.8, []string{"risk", "need"}, 6), // 0.35
				entry("FFF", 6, 3, 0, 1, []string{"risk"}, 6),             // 0.25: already last
			},
		},
		Plan: &Plan{
			Workshops: []Workshop{
				{Venue: Venue{ID: "east", Name: "East Hall", City: "Eastville", Country: "Eastland", Lon: 110, Capacity: 3},
					States: []Invitee{{"EEE", 0}, {"DDD", arc}, {"FFF", arc}}, Cost: 2 * arc},
				{Venue: Venue{ID: "west", Name: "West Hall", City: "Westville", Country: "Westland", Lon: 10, Languages: []string{"en", "fr"}, Institution: "West Union"},
					States: []Invitee{{"BBB", 0}, {"AAA", arc}, {"CCC", arc}}, Cost: 2 * arc},
			},
			Cost: 4 * arc, LowerBound: 4 * arc, Optimal: true, K: 2, Capacity: 3,
			// 6 States in 6 seats: tight. Every State already goes to its
			// nearest venue, so 4·arc is a lower bound whatever K: more
			// workshops save nothing (the far venue is only farther).
			Seats: 6,
			Alternatives: []Alternative{
				{K: 3, Workshops: 2, Cost: 4 * arc, LowerBound: 4 * arc, Optimal: true},
				{K: 4, Workshops: 2, Cost: 4 * arc, LowerBound: 4 * arc, Optimal: true},
			},
		},
	}
	// FFF's only change, "risk" to 0, leaves it last: no change.
	want.Priority.Entries[5].Change = Change{From: 6, To: 6}
	opt := cmp.Options{
		cmpopts.EquateApprox(0, 1e-9),
		cmpopts.IgnoreFields(Reason{}, "Text"), // the ranking's English, not the pack's
		cmpopts.IgnoreFields(Change{}, "Text"),
		cmpopts.EquateEmpty(),
	}
	if diff := cmp.Diff(want, got, opt); diff != "" {
		t.Errorf("Build mismatch (-want +got):\n%s", diff)
	}
	if _, err := (&Renderer{}).Preflight(got); err != nil {
		t.Errorf("the small pack does not lay out: %v", err)
	}
}

func TestBuildDefault(t *testing.T) {
	b := defaultPack(t, "en")
	if len(b.States) != 58 || len(b.Pages) != 58 || len(b.Priority.Entries) != 58 {
		t.Errorf("%d States, %d pages, %d entries; want the 58 outstanding States", len(b.States), len(b.Pages), len(b.Priority.Entries))
	}
	n := 0
	for _, w := range b.Plan.Workshops {
		n += len(w.States)
	}
	if n != 58 || len(b.Plan.Workshops) > DefaultWorkshops {
		t.Errorf("%d States in %d workshops", n, len(b.Plan.Workshops))
	}
	for i, e := range b.Priority.Entries {
		if b.Pages[i] != e.ISO3 {
			t.Errorf("page %d is %s, rank order has %s", i+1, b.Pages[i], e.ISO3)
		}
		if e.Interval[0] < 1 || e.Interval[0] > e.Interval[1] || e.Interval[1] > 58 {
			t.Errorf("%s: rank interval %v", e.ISO3, e.Interval)
		}
	}
	if !b.Priority.HasCR || b.Priority.Samples != DefaultSamples {
		t.Errorf("default model: HasCR %v, %d samples", b.Priority.HasCR, b.Priority.Samples)
	}
}

func TestBuildErrors(t *testing.T) {
	d := smallDataset()
	for _, tc := range []struct {
		name string
		edit func(d *article9.Dataset, o *Options)
		want error
	}{
		{"language", func(_ *article9.Dataset, o *Options) { o.Lang = "pt" }, ErrBriefing},
		{"no date", func(d *article9.Dataset, _ *Options) { d.AsOf = time.Time{} }, ErrBriefing},
		{"no States", func(d *article9.Dataset, _ *Options) { d.States = d.States[6:] }, ErrNoStates},
		{"infeasible", func(_ *article9.Dataset, o *Options) { o.Workshops, o.Capacity = 1, 2 }, region.ErrInfeasible},
		{"model", func(_ *article9.Dataset, o *Options) { o.Model.Weights = []float64{1} }, priority.ErrModel},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dd := d.Clone()
			o := Options{Samples: -1, Venues: []region.Venue{{ID: "v", City: "V"}}}
			tc.edit(dd, &o)
			if _, err := Build(dd, o); !errors.Is(err, tc.want) {
				t.Errorf("Build error = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestBuildAnnexes checks the annexes Build adds: the open follow-ups of
// the States that requested assistance (in scope or not), due at the next
// Meeting of States Parties of the calendar given, the default work plan,
// resources and investment reference, and the States they name beyond
// those in scope.
func TestBuildAnnexes(t *testing.T) {
	d := smallDataset()
	msp := Meeting{Name: "13MSP", Kind: MSP, City: "Geneva", Start: time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 9, 19, 0, 0, 0, 0, time.UTC)}
	past := Meeting{Name: "old", Kind: Intersessional, Start: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)}
	closed := FollowUp{ISO3: "AAA", Action: ActionA, Subject: "done", Closed: d.AsOf}
	got, err := Build(d, Options{Samples: -1, Workshops: -1, Meetings: []Meeting{past, msp}})
	if err != nil {
		t.Fatal(err)
	}
	ref := NewReference(d.States)
	want := &Annexes{
		FollowUps: []FollowUp{
			{ISO3: "CCC", Action: ActionA, Subject: AssistanceSubject, Due: msp.Start},
			{ISO3: "GGG", Action: ActionA, Subject: AssistanceSubject, Due: msp.Start},
		},
		Meetings:   []Meeting{msp},
		WorkPlan:   DefaultWorkPlan(),
		Resources:  Resources(),
		Investment: &ref,
		States:     []article9.State{d.States[6]}, // Golf: requested assistance, not in scope
	}
	if diff := cmp.Diff(want, got.Annexes, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Annexes mismatch (-want +got):\n%s", diff)
	}

	// The caller's follow-ups replace the default ones; closed ones go.
	got2, err := Build(d, Options{Samples: -1, Workshops: -1, Meetings: []Meeting{msp},
		FollowUps: []FollowUp{closed, {ISO3: "HHH", Action: ActionF, Subject: "brief the signatory"}}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]FollowUp{{ISO3: "HHH", Action: ActionF, Subject: "brief the signatory"}}, got2.Annexes.FollowUps); diff != "" {
		t.Errorf("FollowUps mismatch (-want +got):\n%s", diff)
	}
	if len(got2.Annexes.States) != 1 || got2.Annexes.States[0].ISO3 != "HHH" {
		t.Errorf("Annexes.States = %v, want Hotel, the signatory followed up", got2.Annexes.States)
	}

	// The pack names them, in French, with the subject translated.
	got.Lang = "fr"
	_, pdf := render(t, &Renderer{}, got)
	all := strings.ReplaceAll(pdf.all(), "\n", " ") // wrapped lines joined
	for _, w := range []string{"Suivi (action A)", "Golf", "Assurer le suivi de la demande d’assistance", "16–19 septembre 2025",
		"Plan de travail (actions A à H)", "Ressources sur l’application nationale (action C)"} {
		if !strings.Contains(all, w) {
			t.Errorf("the French pack lacks %q", w)
		}
	}
}
