package priority_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
)

// exampleStates are four made-up States Parties.
func exampleStates() []article9.State {
	eif := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	return []article9.State{
		{ISO3: "AAA", Name: "Atlantis", Status: article9.InProcess, StatusYear: 2016, EntryIntoForce: eif,
			InitialReportOverdue: article9.No, Stockpile: article9.No, AssistanceRequested: article9.Yes,
			AssistanceDate: time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)},
		{ISO3: "BBB", Name: "Borduria", Status: article9.NoInformation, StatusYear: 2015, EntryIntoForce: eif,
			InitialReportOverdue: article9.Yes, Stockpile: article9.No},
		{ISO3: "CCC", Name: "Carpania", Status: article9.Incomplete, StatusYear: 2013, EntryIntoForce: eif,
			InitialReportOverdue: article9.No, Contaminated: article9.Yes},
		{ISO3: "DDD", Name: "Dystopia", Status: article9.InProcess, StatusYear: 2023, EntryIntoForce: eif,
			InitialReportOverdue: article9.No, Stockpile: article9.No},
	}
}

func ExampleModel_Rank() {
	asOf := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	r, err := priority.Model{}.Rank(exampleStates(), asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Entries {
		fmt.Printf("%d. %s  score %.3f  tier %d\n", e.Rank, e.State.Name, e.Score, e.Tier)
		for _, reason := range e.Reasons {
			fmt.Printf("   - %s\n", reason.Text)
		}
		fmt.Printf("   %s\n", e.Change.Text)
	}
	// Output:
	// 1. Borduria  score 0.721  tier 1
	//    - no information on its legislation
	//    - no update since 2015 (10 years)
	//    - initial transparency report overdue
	//    - Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)
	//    reporting its existing legislation as sufficient would move it from 1st to 4th
	// 2. Carpania  score 0.511  tier 1
	//    - incomplete information on its legislation
	//    - no update since 2013 (12 years)
	//    - contaminated areas still to clear (Article 4)
	//    - Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)
	//    reporting its existing legislation as sufficient would move it from 2nd to 4th
	// 3. Atlantis  score 0.503  tier 1
	//    - legislation still being developed or adopted
	//    - requested assistance in 2019 (Action 48)
	//    - no update since 2016 (9 years)
	//    - Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)
	//    reporting its existing legislation as sufficient would move it from 3rd to 4th
	// 4. Dystopia  score 0.241  tier 3
	//    - legislation still being developed or adopted
	//    - Article 9 measures 1.5 years past the Action 47 deadline (11th MSP, September 2023)
	//    - no update since 2023 (2 years)
	//    no single change would move it down the list
}

func ExampleModel_Stability() {
	asOf := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	r, err := priority.Model{}.Stability(exampleStates(), asOf, 2000, 1, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Entries {
		fmt.Printf("%d. %s  ranks %d–%d, P(first) %.2f\n", e.Rank, e.State.Name, e.Interval[0], e.Interval[1], e.PTop)
	}
	// Output:
	// 1. Borduria  ranks 1–1, P(first) 1.00
	// 2. Carpania  ranks 2–3, P(first) 0.00
	// 3. Atlantis  ranks 2–3, P(first) 0.00
	// 4. Dystopia  ranks 4–4, P(first) 0.00
}

func ExampleAHP() {
	// Information gap matters 3 times as much as staleness and 5 times as
	// much as reporting; staleness twice as much as reporting.
	w, cr, err := priority.AHP([][]float64{
		{1, 3, 5},
		{1.0 / 3, 1, 2},
		{1.0 / 5, 1.0 / 2, 1},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weights %.3f, CR %.3f\n", w, cr)
	// Output: weights [0.648 0.230 0.122], CR 0.003
}

func ExampleROC() {
	fmt.Printf("%.4f\n", priority.ROC(4))
	// Output: [0.5208 0.2708 0.1458 0.0625]
}

func ExampleReadPairwise() {
	csv := `,gap,staleness,reporting
gap,1,3,5
staleness,,1,2
reporting,,,1
`
	p, err := priority.ReadPairwise(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	w, cr, err := p.Weights(priority.DefaultCriteria())
	fmt.Printf("%.3f CR %.3f %v\n", w, cr, err)
	// Output: [0.648 0.230 0.122 0.000 0.000 0.000] CR 0.003 <nil>
}

func ExampleParseWeights() {
	w, err := priority.ParseWeights("gap=4,staleness=2,reporting=2", priority.DefaultCriteria())
	fmt.Println(w, err)
	// Output: [0.5 0.25 0.25 0 0 0] <nil>
}

func ExampleScope_Select() {
	d := article9.CCM()
	for _, scope := range []priority.Scope{priority.Outstanding, priority.Insufficient, priority.Parties} {
		fmt.Printf("%s: %d States Parties\n", scope, len(scope.Select(d.States)))
	}
	// Output:
	// outstanding: 58 States Parties
	// insufficient: 31 States Parties
	// parties: 111 States Parties
}

func ExampleIndicator() {
	// A user's own column, indicator:capacity, where lower capacity (0 to
	// 10) means more need; it is added to the default criteria, and the
	// weights given directly.
	criteria := append(priority.DefaultCriteria(), priority.Indicator("capacity", 10, 0))
	states := exampleStates()
	states[3].Indicators = map[string]float64{"capacity": 1}
	m := priority.Model{Criteria: criteria, Weights: []float64{4, 1, 1, 1, 1, 1, 3}}
	r, err := m.Rank(states, time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Entries {
		fmt.Printf("%d. %s %.3f imputed %v\n", e.Rank, e.State.Name, e.Score, e.Imputed)
	}
	// Output:
	// 1. Borduria 0.775 imputed [indicator:capacity]
	// 2. Carpania 0.650 imputed [indicator:capacity]
	// 3. Atlantis 0.599 imputed [indicator:capacity]
	// 4. Dystopia 0.426 imputed []
}
