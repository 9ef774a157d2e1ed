package priority

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// handStates are four States Parties whose default scores are computed in
// TestRankDefaults' comments.
func handStates() []article9.State {
	return []article9.State{
		{ISO3: "NOI", Name: "Noinfo", Status: article9.NoInformation, StatusYear: 2015, EntryIntoForce: date(2011, 1, 1),
			InitialReportOverdue: article9.Yes, Stockpile: article9.No, Contaminated: article9.No},
		{ISO3: "INC", Name: "Incomplete", Status: article9.Incomplete, StatusYear: 2020, EntryIntoForce: date(2011, 1, 1),
			InitialReportOverdue: article9.No, Stockpile: article9.No, Contaminated: article9.No},
		{ISO3: "INP", Name: "Inprocess", Status: article9.InProcess, StatusYear: 2024, EntryIntoForce: date(2011, 1, 1),
			InitialReportOverdue: article9.No, Stockpile: article9.No, Contaminated: article9.Yes,
			AssistanceRequested: article9.Yes, AssistanceDate: date(2018, 5, 1)},
		{ISO3: "SPL", Name: "Specific", Status: article9.SpecificLegislation, StatusYear: 2012, EntryIntoForce: date(2011, 1, 1),
			InitialReportOverdue: article9.No, Stockpile: article9.No, Contaminated: article9.No},
	}
}

func TestRankDefaults(t *testing.T) {
	r, err := Model{}.Rank(handStates(), asOf)
	if err != nil {
		t.Fatal(err)
	}
	w := DefaultWeights()
	past := 542 / 365.25 / 5 // 11th MSP to 6 March 2025, in fifths of years
	// Hand computation with the default weights:
	wantScore := map[string]float64{
		"NOI": w[0]*1 + w[1]*1 + w[2]*1 + w[3]*past,
		"INC": w[0]*0.75 + w[1]*4/9 + w[3]*past,
		"INP": w[0]*0.5 + w[3]*past + w[4]*0.5 + w[5]*1,
		"SPL": 0,
	}
	var order []string
	for _, e := range r.Entries {
		order = append(order, e.State.ISO3)
		if math.Abs(e.Score-wantScore[e.State.ISO3]) > 1e-12 {
			t.Errorf("%s score %v, want %v", e.State.ISO3, e.Score, wantScore[e.State.ISO3])
		}
	}
	if diff := cmp.Diff([]string{"NOI", "INP", "INC", "SPL"}, order); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
	if !r.HasCR || r.ConsistencyRatio >= MaxConsistencyRatio || r.Tiers != [2]float64{DefaultTier1, DefaultTier2} {
		t.Errorf("ranking CR %v (%v), tiers %v", r.ConsistencyRatio, r.HasCR, r.Tiers)
	}
	noi := entryByISO(r, "NOI")
	wantReasons := []Reason{
		{Gap, "no information on its legislation"},
		{Staleness, "no update since 2015 (10 years)"},
		{Reporting, "initial transparency report overdue"},
		{Deadline, "Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)"},
	}
	if diff := cmp.Diff(wantReasons, noi.Reasons); diff != "" {
		t.Errorf("NOI reasons mismatch (-want +got):\n%s", diff)
	}
	inp := entryByISO(r, "INP")
	wantReasons = []Reason{
		{Gap, "legislation still being developed or adopted"},
		{Assistance, "requested assistance in 2018 (Action 48)"},
		{Obligations, "contaminated areas still to clear (Article 4)"},
		{Deadline, "Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)"},
	}
	if diff := cmp.Diff(wantReasons, inp.Reasons); diff != "" {
		t.Errorf("INP reasons mismatch (-want +got):\n%s", diff)
	}
	if spl := entryByISO(r, "SPL"); len(spl.Reasons) != 0 || spl.Tier != 3 || spl.Rank != 4 {
		t.Errorf("SPL = %+v", spl)
	}
}

func TestChange(t *testing.T) {
	r, err := Model{}.Rank(handStates(), asOf)
	if err != nil {
		t.Fatal(err)
	}
	// NOI scores 0.72; reported in process this year (gap 0.5, staleness 0,
	// reporting still 1) it would score 0.37, below INC (0.39) and INP
	// (0.47), above SPL: 3rd. Existing law and specific legislation give
	// 3rd too, so the nearest status wins.
	want := map[string]Change{
		"NOI": {Criterion: Gap, Status: article9.InProcess, From: 1, To: 3,
			Text: "reporting that implementing legislation is under way would move it from 1st to 3rd"},
		"INP": {Criterion: Gap, Status: article9.ExistingLaw, From: 2, To: 3,
			Text: "reporting its existing legislation as sufficient would move it from 2nd to 3rd"},
		// INC reporting specific legislation would tie with SPL at 0: still 3rd.
		"INC": {From: 3, To: 3, Text: "no single change would move it down the list"},
		"SPL": {From: 4, To: 4, Text: "no single change would move it down the list"},
	}
	for iso, w := range want {
		if diff := cmp.Diff(w, entryByISO(r, iso).Change); diff != "" {
			t.Errorf("%s change mismatch (-want +got):\n%s", iso, diff)
		}
	}
	// Without gap, the reporting remedy is NOI's biggest move: weights
	// staleness 1, reporting 2, assistance 1.5 score NOI 3/4.5, INP 1.5/4.5;
	// submitting the report leaves NOI 1/4.5, below INP.
	m := Model{Weights: []float64{0, 1, 2, 0, 0, 1.5}}
	r, err = m.Rank(handStates(), asOf)
	if err != nil {
		t.Fatal(err)
	}
	got := entryByISO(r, "NOI").Change
	if got.Criterion != Reporting || got.Text != "submitting its initial Article 7 report would move it from 1st to 2nd" {
		t.Errorf("NOI change without gap = %+v", got)
	}
}

func TestMissing(t *testing.T) {
	nan := math.NaN()
	needs := [][]float64{{1, nan}, {0.5, 0.5}}
	tests := []struct {
		missing Missing
		needs   []float64 // AAA's needs after imputation
		score   float64
		reason  string
	}{
		{Worst, []float64{1, 1}, 1, "c2: need 1.00 (counted as the greatest need)"},
		{Neutral, []float64{1, 0.5}, 0.75, "c2: need 0.50 (counted as a middle value)"},
		{Exclude, []float64{1, 0}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.missing.String(), func(t *testing.T) {
			states, crit := grid([]string{"AAA", "BBB"}, needs, tt.missing)
			r, err := Model{Criteria: crit}.Rank(states, asOf)
			if err != nil {
				t.Fatal(err)
			}
			e := entryByISO(r, "AAA")
			if diff := cmp.Diff(tt.needs, e.Needs); diff != "" {
				t.Errorf("needs mismatch (-want +got):\n%s", diff)
			}
			if e.Score != tt.score {
				t.Errorf("score %v, want %v", e.Score, tt.score)
			}
			if diff := cmp.Diff([]string{"c2"}, e.Imputed); diff != "" {
				t.Errorf("imputed mismatch (-want +got):\n%s", diff)
			}
			var texts []string
			for _, rs := range e.Reasons {
				if rs.Criterion == "c2" {
					texts = append(texts, rs.Text)
				}
			}
			if tt.reason == "" && len(texts) != 0 || tt.reason != "" && (len(texts) != 1 || texts[0] != tt.reason) {
				t.Errorf("c2 reasons %q, want %q", texts, tt.reason)
			}
			if b := entryByISO(r, "BBB"); b.Imputed != nil {
				t.Errorf("BBB imputed %v", b.Imputed)
			}
		})
	}
	// Every weighted criterion excluded: score 0, no NaN.
	states, crit := grid([]string{"AAA"}, [][]float64{{nan, nan}}, Exclude)
	for _, method := range []Method{WeightedSum, TOPSIS} {
		r, err := Model{Criteria: crit, Method: method}.Rank(states, asOf)
		if err != nil || r.Entries[0].Score != 0 {
			t.Errorf("%v all excluded: %v, %v", method, r, err)
		}
	}
}

func TestRankErrors(t *testing.T) {
	ok := handStates()
	sig := append(handStates(), article9.State{ISO3: "AGO", Name: "Angola", Party: article9.Signatory})
	dup := append(handStates(), handStates()[0])
	bad := Criterion{Name: "bad", Need: func(article9.State, time.Time) (float64, bool) { return 1.5, true }}
	tests := []struct {
		name   string
		model  Model
		states []article9.State
		asOf   time.Time
		is     error
		want   string
	}{
		{"signatory", Model{}, sig, asOf, ErrNotParty, "priority: Angola (AGO): not a State Party but signatory"},
		{"duplicate", Model{}, dup, asOf, nil, "priority: NOI given twice"},
		{"no date", Model{}, ok, time.Time{}, nil, "priority: no as-of date"},
		{"weights count", Model{Weights: []float64{1}}, ok, asOf, ErrModel, "1 weights for 6 criteria"},
		{"weights zero", Model{Weights: make([]float64, 6)}, ok, asOf, ErrWeights, "all weights are zero"},
		{"no criteria", Model{Criteria: []Criterion{}}, ok, asOf, ErrModel, "no criteria"},
		{"unnamed", Model{Criteria: []Criterion{{Need: bad.Need}}}, ok, asOf, ErrModel, "criterion 1 has no name"},
		{"twice", Model{Criteria: []Criterion{bad, bad}}, ok, asOf, ErrModel, `two criteria named "bad"`},
		{"no need", Model{Criteria: []Criterion{{Name: "x"}}}, ok, asOf, ErrModel, `criterion "x" has no Need function`},
		{"need out of range", Model{Criteria: []Criterion{bad}}, ok, asOf, nil, `criterion "bad" gives Noinfo (NOI) a need of 1.5 (allowed: 0 to 1)`},
		{"tiers", Model{Tiers: [2]float64{0.3, 0.6}}, ok, asOf, ErrModel, "tier cut-offs 0.3 and 0.6"},
		{"method", Model{Method: 5}, ok, asOf, ErrModel, "unknown method 5"},
		{"CR", Model{Weights: []float64{1, 1, 1, 1, 1, 1}, HasCR: true, ConsistencyRatio: math.NaN()}, ok, asOf, ErrModel, "consistency ratio NaN"},
		{"concentration", Model{Concentration: -1}, ok, asOf, ErrModel, "concentration -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.model.Rank(tt.states, tt.asOf)
			if err == nil || !strings.Contains(err.Error(), tt.want) || tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Rank() error = %v, want %q (%v)", err, tt.want, tt.is)
			}
		})
	}
}

func TestRankEmpty(t *testing.T) {
	r, err := Model{}.Rank(nil, asOf)
	if err != nil || len(r.Entries) != 0 {
		t.Errorf("Rank(nil) = %v, %v", r, err)
	}
}

func TestRankCCM(t *testing.T) {
	// The embedded data: the top of the default ranking are the States with
	// no information and an overdue initial report, tied 1st.
	d := article9.CCM()
	r, err := Model{}.Rank(Outstanding.Select(d.States), d.AsOf)
	if err != nil {
		t.Fatal(err)
	}
	var top []string
	for _, e := range r.Entries {
		if e.Rank == 1 {
			top = append(top, e.State.ISO3)
		}
		if e.State.Status == article9.InProcess && e.Tier == 1 {
			t.Errorf("%s in process but tier 1", e.State.ISO3)
		}
	}
	if diff := cmp.Diff([]string{"COM", "CPV", "GIN", "MDG", "RWA", "STP"}, top); diff != "" {
		t.Errorf("first rank mismatch (-want +got):\n%s", diff)
	}
}
