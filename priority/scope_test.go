package priority

import (
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

func TestScope(t *testing.T) {
	states := []article9.State{
		{ISO3: "SPL", Status: article9.SpecificLegislation},
		{ISO3: "NOI", Status: article9.NoInformation},
		{ISO3: "EXL", Status: article9.ExistingLaw},
		{ISO3: "INP", Status: article9.InProcess},
		{ISO3: "INC", Status: article9.Incomplete},
		{ISO3: "NST"},
		{ISO3: "SIG", Party: article9.Signatory},
		{ISO3: "WDR", Party: article9.Withdrawn, Status: article9.NoInformation},
	}
	tests := []struct {
		scope Scope
		want  []string
	}{
		{Outstanding, []string{"INC", "INP", "NOI"}},
		{Insufficient, []string{"INC", "NOI"}},
		{Parties, []string{"EXL", "INC", "INP", "NOI", "NST", "SPL"}},
	}
	for _, tt := range tests {
		t.Run(tt.scope.String(), func(t *testing.T) {
			var got []string
			for _, s := range tt.scope.Select(states) {
				got = append(got, s.ISO3)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Select() mismatch (-want +got):\n%s", diff)
			}
			back, err := ParseScope(" " + tt.scope.String() + " ")
			if err != nil || back != tt.scope {
				t.Errorf("ParseScope(%q) = %v, %v", tt.scope, back, err)
			}
		})
	}
	if _, err := ParseScope("all"); err == nil || err.Error() != `priority: unknown scope "all" (allowed: outstanding, insufficient, parties)` {
		t.Errorf("ParseScope(all) error = %v", err)
	}
	var zero Scope
	if zero != Outstanding {
		t.Error("zero Scope is not Outstanding")
	}
}

func TestCCMScopes(t *testing.T) {
	// The embedded dataset's counts (shared/data/README.md): 111 States
	// Parties, 27 in process, 16 incomplete, 15 no information.
	d := article9.CCM()
	for scope, want := range map[Scope]int{Parties: 111, Outstanding: 58, Insufficient: 31} {
		if got := len(scope.Select(d.States)); got != want {
			t.Errorf("%v: %d States, want %d", scope, got, want)
		}
	}
}

func TestEnumsText(t *testing.T) {
	for _, m := range []Method{WeightedSum, TOPSIS} {
		b, err := m.MarshalText()
		var back Method
		if err != nil || back.UnmarshalText(b) != nil || back != m {
			t.Errorf("Method %v does not round-trip", m)
		}
	}
	for _, m := range []Missing{Worst, Neutral, Exclude} {
		b, err := m.MarshalText()
		var back Missing
		if err != nil || back.UnmarshalText(b) != nil || back != m {
			t.Errorf("Missing %v does not round-trip", m)
		}
	}
	for _, s := range []Scope{Outstanding, Insufficient, Parties} {
		b, err := s.MarshalText()
		var back Scope
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("Scope %v does not round-trip", s)
		}
	}
	if _, err := ParseMethod("ahp"); err == nil {
		t.Error("ParseMethod(ahp) accepted")
	}
	if _, err := Method(7).MarshalText(); err == nil {
		t.Error("Method(7) marshalled")
	}
	if Method(7).String() != "Method(7)" || Scope(-1).String() != "Scope(-1)" || Missing(9).String() != "Missing(9)" {
		t.Error("String of invalid values")
	}
}
