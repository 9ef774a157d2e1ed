package article9

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCheck(t *testing.T) {
	d := &Dataset{States: []State{
		{ISO3: "FRA", Name: "France", NameFR: "France", NameES: "Francia", Lat: 48.86, Lon: 2.35, Language: "fr",
			Status: SpecificLegislation, StatusYear: 2020, Source: "x"},
		{ISO3: "XKX", Name: "Kosovo", NameFR: "Kosovo", NameES: "Kosovo", Lat: 42.66, Lon: 21.17, Language: "sq",
			Status: InProcess, Source: "x",
			Ratified: date(2012, 3, 12), EntryIntoForce: date(2011, 9, 1)},
		{ISO3: "AGO", Name: "Angola", Party: Signatory, Status: InProcess, Lat: 0, Lon: 0},
		{ISO3: "LTU", Name: "Lithuania", NameFR: "Lituanie", NameES: "Lituania", Party: Withdrawn, Lat: 54.69, Lon: 25.28},
	}}
	want := []Warning{
		{"AGO", "lat", "the capital is at 0°, 0° (in the Atlantic): are lat and lon filled in?"},
		{"AGO", "name_es", `no Spanish name: Spanish packs will use "Angola"`},
		{"AGO", "name_fr", `no French name: French packs will use "Angola"`},
		{"AGO", "status", "a signatory has an Article 9 status (in_process); it will not be ranked as a party"},
		{"XKX", "entry_into_force", "entry into force 2011-09-01 is before ratification 2012-03-12"},
		{"XKX", "iso3", "XKX is not a current ISO 3166-1 alpha-3 code (fine for test data or a territory)"},
		{"XKX", "language", `"sq" is not one of the six workshop languages (en, fr, es, ar, pt, ru)`},
		{"XKX", "status_year", "no year for the status: it cannot be scored for staleness"},
	}
	if diff := cmp.Diff(want, d.Check()); diff != "" {
		t.Errorf("Check() mismatch (-want +got):\n%s", diff)
	}
	if got := want[5].String(); got != "XKX: iso3: XKX is not a current ISO 3166-1 alpha-3 code (fine for test data or a territory)" {
		t.Errorf("Warning.String() = %q", got)
	}
	if got := (Warning{ISO3: "FRA", Message: "m"}).String(); got != "FRA: m" {
		t.Errorf("Warning.String() without a column = %q", got)
	}
}

// TestKnownISO3 compares the binary search with a plain scan of the list
// over every three-letter code and some malformed ones.
func TestKnownISO3(t *testing.T) {
	list := strings.Fields(iso3166)
	if len(list) != 249 {
		t.Fatalf("iso3166 holds %d codes, want 249", len(list))
	}
	set := map[string]bool{}
	for _, c := range list {
		set[c] = true
	}
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code := string([]rune{a, b, c})
				if got := KnownISO3(code); got != set[code] {
					t.Errorf("KnownISO3(%q) = %v, want %v", code, got, set[code])
				}
				if KnownISO3(code) {
					n++
				}
			}
		}
	}
	if n != len(list) {
		t.Errorf("%d codes known, want %d", n, len(list))
	}
	for _, code := range []string{"", "FR", "FRAN", "fra", "ABW ", " ABW", "AB"} {
		if KnownISO3(code) {
			t.Errorf("KnownISO3(%q) = true", code)
		}
	}
}

func TestDatasetLookups(t *testing.T) {
	d := &Dataset{States: []State{
		{ISO3: "FRA", Name: "France", NameFR: "France", NameES: "Francia", Organisations: []string{"EU"}, Indicators: map[string]float64{"x": 1}},
		{ISO3: "CIV", Name: "Côte d'Ivoire", NameFR: "Côte d’Ivoire"},
		{ISO3: "AGO", Name: "Angola", Party: Signatory},
		{ISO3: "BEL", Name: "Belgium"},
	}}
	if s, ok := d.State("CIV"); !ok || s.Name != "Côte d'Ivoire" {
		t.Errorf("State(CIV) = %v, %v", s.Name, ok)
	}
	if _, ok := d.State("DEU"); ok {
		t.Error("State(DEU) found")
	}
	var got []string
	for _, s := range d.Parties() {
		got = append(got, s.ISO3)
	}
	if diff := cmp.Diff([]string{"BEL", "CIV", "FRA"}, got); diff != "" {
		t.Errorf("Parties() mismatch (-want +got):\n%s", diff)
	}
	names := map[string][3]string{}
	for _, s := range d.States {
		names[s.ISO3] = [3]string{s.LocalName("en"), s.LocalName("fr"), s.LocalName("es")}
	}
	wantNames := map[string][3]string{
		"FRA": {"France", "France", "Francia"},
		"CIV": {"Côte d'Ivoire", "Côte d’Ivoire", "Côte d'Ivoire"},
		"AGO": {"Angola", "Angola", "Angola"},
		"BEL": {"Belgium", "Belgium", "Belgium"},
	}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("LocalName mismatch (-want +got):\n%s", diff)
	}
	c := d.Clone()
	c.States[0].Organisations[0] = "changed"
	c.States[0].Indicators["x"] = 2
	c.States[1].Name = "changed"
	if d.States[0].Organisations[0] != "EU" || d.States[0].Indicators["x"] != 1 || d.States[1].Name != "Côte d'Ivoire" {
		t.Error("changing a Clone changed the original")
	}
}
