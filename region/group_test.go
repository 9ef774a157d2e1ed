package region

import (
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

func TestGroupBy(t *testing.T) {
	states := []article9.State{
		{ISO3: "SEN", Region: "Africa", Subregion: "Western Africa", UNGroup: "African", Organisations: []string{"AU", "ECOWAS", "OIF"}, Status: article9.SpecificLegislation},
		{ISO3: "BEN", Region: "Africa", Subregion: "Western Africa", UNGroup: "African", Organisations: []string{"AU", "ECOWAS", "OIF"}, Status: article9.NoInformation},
		{ISO3: "FJI", Region: "Oceania", Subregion: "Melanesia", UNGroup: "Asia-Pacific", Organisations: []string{"PIF"}, Status: article9.NoInformation},
		{ISO3: "XXA", Status: article9.InProcess},
		{ISO3: "AGO", Region: "Africa", Subregion: "Middle Africa", UNGroup: "African", Organisations: []string{"AU", "SADC", "AU"}, Party: article9.Signatory},
	}
	// counts builds a Counts from status, count pairs.
	counts := func(pairs ...any) article9.Counts {
		var c article9.Counts
		for i := 0; i < len(pairs); i += 2 {
			c[pairs[i].(article9.Status)] = pairs[i+1].(int)
		}
		return c
	}
	isos := func(gs []Group) map[string][]string {
		m := map[string][]string{}
		for _, g := range gs {
			for _, s := range g.States {
				m[g.Name] = append(m[g.Name], s.ISO3)
			}
		}
		return m
	}
	names := func(gs []Group) []string {
		var out []string
		for _, g := range gs {
			out = append(out, g.Name)
		}
		return out
	}
	tests := []struct {
		by     Scheme
		names  []string
		isos   map[string][]string
		counts map[string]article9.Counts
	}{
		{ByRegion, []string{"Africa", "Oceania", ""},
			map[string][]string{"Africa": {"AGO", "BEN", "SEN"}, "Oceania": {"FJI"}, "": {"XXA"}},
			map[string]article9.Counts{"Africa": counts(article9.NoStatus, 1, article9.SpecificLegislation, 1, article9.NoInformation, 1), "Oceania": counts(article9.NoInformation, 1), "": counts(article9.InProcess, 1)}},
		{BySubregion, []string{"Melanesia", "Middle Africa", "Western Africa", ""},
			map[string][]string{"Melanesia": {"FJI"}, "Middle Africa": {"AGO"}, "Western Africa": {"BEN", "SEN"}, "": {"XXA"}},
			map[string]article9.Counts{"Melanesia": counts(article9.NoInformation, 1), "Middle Africa": counts(article9.NoStatus, 1), "Western Africa": counts(article9.SpecificLegislation, 1, article9.NoInformation, 1), "": counts(article9.InProcess, 1)}},
		{ByUNGroup, []string{"African", "Asia-Pacific", ""},
			map[string][]string{"African": {"AGO", "BEN", "SEN"}, "Asia-Pacific": {"FJI"}, "": {"XXA"}},
			nil},
		{ByOrganisation, []string{"AU", "ECOWAS", "OIF", "PIF", "SADC", ""},
			map[string][]string{"AU": {"AGO", "BEN", "SEN"}, "ECOWAS": {"BEN", "SEN"}, "OIF": {"BEN", "SEN"}, "PIF": {"FJI"}, "SADC": {"AGO"}, "": {"XXA"}},
			map[string]article9.Counts{"AU": counts(article9.NoStatus, 1, article9.SpecificLegislation, 1, article9.NoInformation, 1), "ECOWAS": counts(article9.SpecificLegislation, 1, article9.NoInformation, 1)}},
	}
	for _, tc := range tests {
		t.Run(tc.by.String(), func(t *testing.T) {
			gs := GroupBy(states, tc.by)
			if diff := cmp.Diff(tc.names, names(gs)); diff != "" {
				t.Errorf("group names mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.isos, isos(gs)); diff != "" {
				t.Errorf("group members mismatch (-want +got):\n%s", diff)
			}
			for _, g := range gs {
				if want, ok := tc.counts[g.Name]; ok {
					if diff := cmp.Diff(want, g.Counts); diff != "" {
						t.Errorf("group %q counts mismatch (-want +got):\n%s", g.Name, diff)
					}
				}
				if g.Counts.Total() != len(g.States) {
					t.Errorf("group %q counts %d States, has %d", g.Name, g.Counts.Total(), len(g.States))
				}
			}
		})
	}
}

// TestGroupByCCM checks the embedded dataset: the regions partition the
// States Parties, and their counts add up to the root package's summary.
func TestGroupByCCM(t *testing.T) {
	d := article9.CCM()
	parties := d.Parties()
	gs := GroupBy(parties, ByRegion)
	var sum article9.Counts
	n := 0
	for _, g := range gs {
		n += len(g.States)
		for st, c := range g.Counts {
			sum[st] += c
		}
	}
	if n != len(parties) {
		t.Errorf("the regions hold %d States, want the %d States Parties", n, len(parties))
	}
	if diff := cmp.Diff(d.Summary().ByStatus, sum); diff != "" {
		t.Errorf("region counts do not add up to the summary (-want +got):\n%s", diff)
	}
}

func TestScheme(t *testing.T) {
	for s := ByRegion; s <= ByOrganisation; s++ {
		text, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Scheme
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("%v round-trips to %v, %v", s, back, err)
		}
	}
	if s, err := ParseScheme(" UN-group "); err != nil || s != ByUNGroup {
		t.Errorf(`ParseScheme(" UN-group ") = %v, %v`, s, err)
	}
	if _, err := ParseScheme("continent"); err == nil {
		t.Error(`ParseScheme("continent") succeeded`)
	}
}
