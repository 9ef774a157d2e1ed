package outreach

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
)

// Defaults of a zero Options.
const (
	// DefaultWorkshops is the most workshops planned: one per region
	// where the outstanding States are (Africa, the Americas,
	// Asia-Pacific) and one more.
	DefaultWorkshops = 4
	// DefaultSamples is the number of weight samples of the rank-stability
	// test behind the rank intervals.
	DefaultSamples = 1000
	// stabilityTopK is the K of the ranking's "probability of being in
	// the top K", which the pack does not show.
	stabilityTopK = 10
)

// ErrNoStates is returned by Build when no State Party is in scope.
var ErrNoStates = errors.New("no States Parties in scope")

// Options says what goes into a briefing pack. The zero value is the
// default pack: English, as of the dataset's date, the outstanding States,
// the default priority model, the default venues, at most
// DefaultWorkshops workshops and a page for every State in scope.
type Options struct {
	Lang  string    // "en", "fr" or "es"; "" = "en"
	Title string    // "" = the catalogue's title
	AsOf  time.Time // zero = the dataset's AsOf

	Scope priority.Scope // which States Parties the pack is about
	Model priority.Model // how they are ranked
	// Samples is the number of weight samples behind the rank intervals:
	// 0 means DefaultSamples, a negative number no stability test (and no
	// intervals). Seed seeds them.
	Samples int
	Seed    uint64

	// Venues are the candidate workshop venues; nil means
	// region.DefaultVenues().
	Venues []region.Venue
	// Workshops is the most workshops: 0 means DefaultWorkshops, a
	// negative number no workshop plan.
	Workshops int
	// Capacity is the most States at a workshop whose venue gives none;
	// 0 means region.DefaultCapacity.
	Capacity int

	// Top is the number of State pages, for the first States in rank
	// order: 0 means every State in scope, a negative number none.
	Top int

	// NoAnnexes leaves out the annexes that otherwise end the pack, after
	// the State pages: the open follow-ups on requests for assistance
	// (Action A), the meetings of the next AnnexYears years (Action F),
	// the work plan (Actions A to H), the resources on national
	// implementation (Action C) and the measures prohibiting investment
	// (Action H).
	NoAnnexes bool
	// FollowUps, Meetings and WorkPlan, if not nil, replace the annexes'
	// defaults: DefaultFollowUps of all the dataset's States, due at the
	// first formal meeting on or after the dataset's own date (AsOf if it
	// has none); Calendar from that date to AnnexYears after AsOf; and
	// DefaultWorkPlan. The annexes list the meetings in Meetings that have
	// not ended by AsOf and start within AnnexYears of it.
	FollowUps []FollowUp
	Meetings  []Meeting
	WorkPlan  []WorkItem
}

// AnnexYears is how many years of meetings, from the as-of date, the
// annexes list.
const AnnexYears = 2

// Build makes the content of a briefing pack from d: the State of Play of
// all its States Parties, the States in scope ranked by opts.Model with
// their rank intervals, and a workshop plan inviting them all. It returns
// ErrNoStates if no State Party is in scope, and the priority or region
// package's error if the ranking or the plan fails (region.ErrInfeasible
// when no plan fits the venues' languages and capacities).
func Build(d *article9.Dataset, opts Options) (Briefing, error) {
	asOf := opts.AsOf
	if asOf.IsZero() {
		asOf = d.AsOf
	}
	if asOf.IsZero() {
		return Briefing{}, fmt.Errorf("outreach: %w: no as-of date (the dataset has none: give Options.AsOf)", ErrBriefing)
	}
	lang := opts.Lang
	if lang == "" {
		lang = "en"
	}
	if _, ok := catalogues[lang]; !ok {
		return Briefing{}, fmt.Errorf("outreach: %w: language %q has no catalogue (allowed: %s)", ErrBriefing, opts.Lang, strings.Join(Languages, ", "))
	}
	states := opts.Scope.Select(d.States)
	if len(states) == 0 {
		return Briefing{}, fmt.Errorf("outreach: %w (scope %s)", ErrNoStates, opts.Scope)
	}
	b := Briefing{
		Title: opts.Title, Lang: lang, AsOf: asOf,
		Dataset: d.Name, Source: d.Source, SourceDate: d.AsOf, Scope: opts.Scope.String(),
		Summary: d.Summary(),
		States:  states,
	}
	for _, s := range d.States {
		if s.IsParty() && s.AssistanceRequested == article9.Yes && s.Status.Valid() {
			b.Assisted[s.Status]++
		}
	}

	var r *priority.Ranking
	var err error
	samples := opts.Samples
	if samples == 0 {
		samples = DefaultSamples
	}
	if samples > 0 {
		r, err = opts.Model.Stability(states, asOf, samples, stabilityTopK, opts.Seed)
	} else {
		r, err = opts.Model.Rank(states, asOf)
	}
	if err != nil {
		return Briefing{}, fmt.Errorf("outreach: ranking: %w", err)
	}
	b.Priority = priorityOf(r)

	if opts.Workshops >= 0 {
		k := opts.Workshops
		if k == 0 {
			k = DefaultWorkshops
		}
		venues := opts.Venues
		if venues == nil {
			venues = region.DefaultVenues()
		}
		prob := region.Problem{States: states, Venues: venues, K: k, Capacity: opts.Capacity}
		plan, err := region.Solve(prob)
		if err != nil {
			return Briefing{}, fmt.Errorf("outreach: workshop plan: %w", err)
		}
		b.Plan = planOf(plan, k, opts.Capacity)
		if b.Plan.Tight() {
			b.Plan.Alternatives = alternatives(prob, 2)
		}
	}

	top := opts.Top
	if top == 0 || top > len(r.Entries) {
		top = len(r.Entries)
	}
	for _, e := range r.Entries[:max(top, 0)] {
		b.Pages = append(b.Pages, e.State.ISO3)
	}
	if !opts.NoAnnexes {
		b.Annexes = annexesOf(d, opts, asOf, states)
	}
	return b, nil
}

// annexesOf fills the annexes: the options' follow-ups, meetings and work
// plan or the defaults, the resources and the investment reference.
func annexesOf(d *article9.Dataset, opts Options, asOf time.Time, inScope []article9.State) *Annexes {
	a := &Annexes{WorkPlan: opts.WorkPlan, Resources: Resources()}
	since := FollowUpSince(d, asOf)
	meetings := opts.Meetings
	if meetings == nil {
		meetings = Calendar(since, asOf, AnnexYears)
	}
	end := day(asOf).AddDate(AnnexYears, 0, 0)
	for _, m := range NextMeetings(meetings, asOf, 0) {
		if day(m.Start).Before(end) {
			a.Meetings = append(a.Meetings, m)
		}
	}
	follow := opts.FollowUps
	if follow == nil {
		follow = DefaultFollowUps(d.States, meetings, since)
	}
	a.FollowUps = OpenFollowUps(follow)
	SortFollowUps(a.FollowUps)
	if a.WorkPlan == nil {
		a.WorkPlan = DefaultWorkPlan()
	}
	ref := NewReference(d.States)
	a.Investment = &ref
	named := map[string]bool{}
	for _, s := range inScope {
		named[s.ISO3] = true
	}
	need := map[string]bool{}
	for _, f := range a.FollowUps {
		need[f.ISO3] = true
	}
	for _, l := range append(append([]InvestmentLaw(nil), ref.Laws...), ref.Positions...) {
		need[l.ISO3] = true
	}
	for _, s := range d.States {
		if need[s.ISO3] && !named[s.ISO3] {
			a.States = append(a.States, s)
			named[s.ISO3] = true
		}
	}
	article9.SortByISO(a.States)
	return a
}

// priorityOf copies what the pack shows of a ranking.
func priorityOf(r *priority.Ranking) *Priority {
	p := &Priority{
		Method: r.Method.String(), ConsistencyRatio: r.ConsistencyRatio, HasCR: r.HasCR,
		Tiers: r.Tiers, Samples: r.Samples, Seed: r.Seed,
	}
	for k, c := range r.Criteria {
		p.Criteria = append(p.Criteria, Criterion{Name: c.Name, Label: c.Label, Weight: r.Weights[k]})
	}
	for _, e := range r.Entries {
		en := Entry{
			ISO3: e.State.ISO3, Rank: e.Rank, Tier: e.Tier, Score: e.Score,
			Needs: slices.Clone(e.Needs), Contributions: slices.Clone(e.Contributions),
			Imputed:  slices.Clone(e.Imputed),
			Interval: e.Interval, MedianRank: e.MedianRank,
			Change: Change{Criterion: e.Change.Criterion, Status: e.Change.Status, From: e.Change.From, To: e.Change.To, Text: e.Change.Text},
		}
		for _, rs := range e.Reasons {
			en.Reasons = append(en.Reasons, Reason{Criterion: rs.Criterion, Text: rs.Text})
		}
		p.Entries = append(p.Entries, en)
	}
	return p
}

// alternatives solves prob again with prob.K+1 to prob.K+more workshops,
// leaving out any the planner cannot solve.
func alternatives(prob region.Problem, more int) []Alternative {
	var out []Alternative
	k := prob.K
	for i := 1; i <= more; i++ {
		prob.K = k + i
		plan, err := region.Solve(prob)
		if err != nil {
			continue // K is a most, so more cannot make the plan infeasible: only the node budget can fail it
		}
		out = append(out, Alternative{K: prob.K, Workshops: len(plan.Workshops), Cost: plan.Cost, LowerBound: plan.LowerBound, Optimal: plan.Optimal})
	}
	return out
}

// planOf copies what the pack shows of a workshop plan.
func planOf(plan *region.Plan, k, capacity int) *Plan {
	if capacity == 0 {
		capacity = region.DefaultCapacity
	}
	p := &Plan{Cost: plan.Cost, LowerBound: plan.LowerBound, Optimal: plan.Optimal, K: k, Capacity: capacity}
	for _, w := range plan.Workshops {
		v := w.Venue
		if v.Capacity > 0 {
			p.Seats += v.Capacity
		} else {
			p.Seats += capacity
		}
		ws := Workshop{
			Venue: Venue{
				ID: v.ID, Name: v.Name, City: v.City, Country: v.Country, Lat: v.Lat, Lon: v.Lon,
				Languages: slices.Clone(v.Languages), Capacity: v.Capacity,
				Institution: v.Institution, Event: v.Event, Date: v.Date,
			},
			Cost: w.Cost,
		}
		for _, in := range w.States {
			ws.States = append(ws.States, Invitee{ISO3: in.ISO3, Distance: in.Distance})
		}
		p.Workshops = append(p.Workshops, ws)
	}
	return p
}
