package outreach

import (
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// msp13 is the first day of the 13MSP, as the ISU announced it
// (clusterconvention.org/13msp-int: "from 16 to 19 September 2025").
var msp13 = time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC)

// TestBuildFollowUpsSince checks that the follow-ups derived from the data
// count from the data's date: evaluated on 1 October 2025, the embedded
// data of 6 March 2025 make them due at the 13MSP and overdue, while the
// meetings listed are those ahead of 1 October; data with no date of their
// own count from the as-of date, due at the Third Review Conference.
func TestBuildFollowUpsSince(t *testing.T) {
	asOf := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	d := smallDataset() // dated 6 March 2025; CCC and GGG requested assistance
	b, err := Build(d, Options{AsOf: asOf, Samples: -1, Workshops: -1})
	if err != nil {
		t.Fatal(err)
	}
	want := []FollowUp{
		{ISO3: "CCC", Action: ActionA, Subject: AssistanceSubject, Due: msp13},
		{ISO3: "GGG", Action: ActionA, Subject: AssistanceSubject, Due: msp13},
	}
	if diff := cmp.Diff(want, b.Annexes.FollowUps); diff != "" {
		t.Errorf("FollowUps (-want +got):\n%s", diff)
	}
	for _, f := range b.Annexes.FollowUps {
		if !f.Overdue(asOf) || f.DaysOverdue(asOf) != 15 {
			t.Errorf("%s: overdue %v by %d days on 1 October 2025, want 15", f.ISO3, f.Overdue(asOf), f.DaysOverdue(asOf))
		}
	}
	end := time.Date(2027, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range b.Annexes.Meetings {
		if m.End.Before(asOf) || !m.Start.Before(end) {
			t.Errorf("meeting %s (%s to %s) is not ahead of 1 October 2025 within two years", m.Name, m.Start.Format(time.DateOnly), m.End.Format(time.DateOnly))
		}
	}
	if len(b.Annexes.Meetings) == 0 || b.Annexes.Meetings[0].Kind != FirstCommittee {
		t.Errorf("meetings %v, want the First Committee of October 2025 first", b.Annexes.Meetings)
	}

	d.AsOf = time.Time{} // a user's file
	b, err = Build(d, Options{AsOf: asOf, Samples: -1, Workshops: -1})
	if err != nil {
		t.Fatal(err)
	}
	rc3 := time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)
	for _, f := range b.Annexes.FollowUps {
		if !f.Due.Equal(rc3) {
			t.Errorf("%s due %s, want the 3RC's opening, 2026-09-14", f.ISO3, f.Due.Format(time.DateOnly))
		}
	}

	if b, err := Build(smallDataset(), Options{NoAnnexes: true, Samples: -1, Workshops: -1}); err != nil || b.Annexes != nil {
		t.Errorf("NoAnnexes: annexes %v (%v)", b.Annexes, err)
	}
}

func TestCalendar(t *testing.T) {
	asOf := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	if diff := cmp.Diff(DefaultMeetings(asOf, 2), Calendar(time.Time{}, asOf, 2)); diff != "" {
		t.Errorf("Calendar without since differs from DefaultMeetings (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(DefaultMeetings(asOf, 2), Calendar(asOf.AddDate(0, 3, 0), asOf, 2)); diff != "" {
		t.Errorf("Calendar with a later since differs from DefaultMeetings (-want +got):\n%s", diff)
	}
	cal := Calendar(article9.CCMAsOf, asOf, 2)
	if m, ok := NextFormalMeeting(cal, article9.CCMAsOf); !ok || !m.Start.Equal(msp13) {
		t.Errorf("first formal meeting after 6 March 2025: %v, want the 13MSP on 16 September 2025", m)
	}
	end := time.Date(2027, 10, 1, 0, 0, 0, 0, time.UTC)
	for i, m := range cal {
		if m.Start.Before(article9.CCMAsOf) || !m.Start.Before(end) {
			t.Errorf("%s starts %s, outside 6 March 2025 to 1 October 2027", m.Name, m.Start.Format(time.DateOnly))
		}
		if i > 0 && m.Start.Before(cal[i-1].Start) {
			t.Error("not sorted")
		}
	}
	if n := len(Calendar(article9.CCMAsOf, asOf, 0)); n != 0 {
		t.Errorf("0 years: %d meetings", n)
	}
}

// TestPackOverdue renders the default pack as of 1 October 2025 in each
// language: the three follow-ups of the States that requested assistance
// (due at the 13MSP) are marked overdue, in red on a shaded row, and the
// page says what the shading means.
func TestPackOverdue(t *testing.T) {
	asOf := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	shade := "0.980 0.859 0.847 rg" // overdueFill, as the PDF sets a fill colour
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			b, err := Build(article9.CCM(), Options{Lang: lang, AsOf: asOf, Samples: -1, Top: 1})
			if err != nil {
				t.Fatal(err)
			}
			loc, _ := newLocale(lang)
			_, pdf := render(t, &Renderer{}, b)
			page := -1
			for i, p := range pdf.pages {
				if strings.Contains(strings.Join(p, "\n"), loc.t("ax.followups.intro", "open", "3", "overdue", "3", "date", loc.date(asOf))[:20]) {
					page = i
				}
			}
			if page < 0 {
				t.Fatal("no follow-up page")
			}
			text := flat(strings.Join(pdf.pages[page], "\n"))
			for _, w := range []string{
				flat(loc.t("ax.followups.intro", "open", "3", "overdue", "3", "date", loc.date(asOf))),
				flat(loc.t("ax.followups.late")),
				flat(loc.date(msp13)),
			} {
				if !strings.Contains(text, w) {
					t.Errorf("the follow-up page lacks %q", w)
				}
			}
			if n := strings.Count(text, flat(loc.t("ax.overdue", "n", "15"))); n != 3 {
				t.Errorf("%d follow-ups marked %q, want 3", n, loc.t("ax.overdue", "n", "15"))
			}
			if n := strings.Count(pdf.raw[page], shade); n != 3 {
				t.Errorf("%d shaded rows, want 3", n)
			}
		})
	}
	// On the data's own date nothing is overdue, and nothing is shaded.
	b := defaultPack(t, "en")
	_, pdf := render(t, &Renderer{}, b)
	for i, raw := range pdf.raw {
		if strings.Contains(raw, shade) {
			t.Errorf("page %d has a shaded row on 6 March 2025", i+1)
		}
	}
}

func TestPlanTight(t *testing.T) {
	plan := func(seats, invited int) *Plan {
		w := Workshop{}
		for range invited {
			w.States = append(w.States, Invitee{})
		}
		return &Plan{Seats: seats, Workshops: []Workshop{w}}
	}
	for _, tc := range []struct {
		seats, invited int
		want           bool
	}{
		{60, 58, true},  // the default pack: 2 spare
		{63, 58, true},  // 5 spare < 5.8
		{64, 58, false}, // 6 spare ≥ 5.8
		{10, 10, true},  // none spare
		{11, 10, false}, // 1 spare is a tenth of 10
		{0, 0, false},   // no plan
	} {
		if got := plan(tc.seats, tc.invited).Tight(); got != tc.want {
			t.Errorf("%d States in %d seats: Tight %v, want %v", tc.invited, tc.seats, got, tc.want)
		}
	}
}

// TestBuildAlternatives checks the default pack's comparison with more
// workshops against the planner run here on the same problem, and that
// the pack states it in each language.
func TestBuildAlternatives(t *testing.T) {
	b := defaultPack(t, "en")
	p := b.Plan
	if p.Seats != 60 || p.Invited() != 58 || !p.Tight() {
		t.Fatalf("%d States in %d seats, tight %v; want 58 in 60, tight", p.Invited(), p.Seats, p.Tight())
	}
	states := priority.Outstanding.Select(article9.CCM().States)
	var want []Alternative
	for _, k := range []int{DefaultWorkshops + 1, DefaultWorkshops + 2} {
		plan, err := region.Solve(region.Problem{States: states, Venues: region.DefaultVenues(), K: k})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, Alternative{K: k, Workshops: len(plan.Workshops), Cost: plan.Cost, LowerBound: plan.LowerBound, Optimal: plan.Optimal})
		if plan.Cost >= p.Cost {
			t.Errorf("%d workshops cost %.0f km, not less than %.0f with 4", k, plan.Cost, p.Cost)
		}
	}
	if diff := cmp.Diff(want, p.Alternatives, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("Alternatives (-want +got):\n%s", diff)
	}

	far, city := Invitee{}, "" // the farthest invitee: Fiji, to Gaborone
	for _, w := range p.Workshops {
		for _, in := range w.States {
			if in.Distance > far.Distance {
				far, city = in, w.Venue.City
			}
		}
	}
	if far.ISO3 != "FJI" || city != "Gaborone" {
		t.Errorf("farthest invitee %s to %s, want Fiji to Gaborone", far.ISO3, city)
	}
	for _, lang := range Languages {
		loc, _ := newLocale(lang)
		fiji, _ := stateOf(b, far.ISO3)
		_, pdf := render(t, &Renderer{}, defaultPack(t, lang))
		text := flat(pdf.all())
		km := func(v float64) string { return loc.t("km", "n", loc.number(v, 0)) }
		change := func(a Alternative) string { return loc.percent((a.Cost - p.Cost) / p.Cost) }
		for _, w := range []string{
			loc.t("ws.alt.first", "k", "5", "cost", km(want[0].Cost), "change", change(want[0])),
			loc.t("ws.alt.next", "k", "6", "cost", km(want[1].Cost), "change", change(want[1])),
			loc.t("ws.alt.advice", "k", "6", "saving", loc.percent((p.Cost-want[1].Cost)/p.Cost)),
			loc.t("ws.tight", "spare", "2", "seats", "60", "state", fiji.LocalName(lang), "dist", km(far.Distance), "city", city),
		} {
			if !strings.Contains(text, flat(w)) {
				t.Errorf("%s: the workshop plan lacks %q", lang, w)
			}
		}
	}

	// With seats to spare, no comparison.
	roomy, err := Build(article9.CCM(), Options{Samples: -1, Top: -1, Capacity: 20, NoAnnexes: true})
	if err != nil {
		t.Fatal(err)
	}
	if roomy.Plan.Tight() || roomy.Plan.Alternatives != nil {
		t.Errorf("80 seats for 58 States: tight %v, alternatives %v", roomy.Plan.Tight(), roomy.Plan.Alternatives)
	}
	_, pdf := render(t, &Renderer{}, roomy)
	loc, _ := newLocale("en")
	if strings.Contains(flat(pdf.all()), loc.t("ws.tight")[:15]) {
		t.Error("a roomy plan is called tight")
	}
}
