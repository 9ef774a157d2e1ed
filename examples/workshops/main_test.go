package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
	"github.com/google/go-cmp/cmp"

	"github.com/article9/article9/examples/internal/clitest"
)

// runCode runs the program as main does and returns the exit status and
// the two outputs.
func runCode(args ...string) (int, string, string) {
	return clitest.Run("workshops", run, args...)
}

// TestDefaultTable checks the default run on the embedded data: the layout
// against a golden file, and what a coordinator must see whatever the
// layout: West Africa at Abuja, the Asia-Pacific at Manila, Latin America in
// Spanish at San Salvador, the Caribbean at Georgetown, and a proof of
// optimality.
func TestDefaultTable(t *testing.T) {
	code, out, errOut := runCode()
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	clitest.Golden(t, "testdata/default_golden.txt", out)
	for _, want := range []string{
		"Regional workshops on national implementation, as of 6 March 2025",
		"Invited:   outstanding, 58 States Parties (in process, incomplete or no information)",
		"Rules:     at most 6 workshops;",
		"1. Abuja, Nigeria (abuja): ECOWAS Commission",
		"   CIV  Côte d’Ivoire ",
		"4. Georgetown, Guyana (georgetown): CARICOM Secretariat",
		"5. Manila, Philippines (manila): Asia-Pacific regional workshop",
		"   FJI  Fiji ",
		"6. San Salvador, El Salvador (sansalvador): SICA General Secretariat",
		"Seats:       58 States in the 90 seats of the 6 workshops held",
		"the plan is optimal",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "More:") {
		t.Error("the default plan has seats to spare: no advice on more workshops expected")
	}
	if regexp.MustCompile(`(?m) +$`).MatchString(out) {
		t.Error("trailing spaces in the output")
	}
}

// TestTightTable checks four workshops, the briefing pack's default: 58
// States in 60 seats, so the table must say what more workshops save.
func TestTightTable(t *testing.T) {
	code, out, errOut := runCode("-workshops", "4")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"Regional workshops on national implementation, as of 6 March 2025",
		"Invited:   outstanding, 58 States Parties (in process, incomplete or no information)",
		"1. Abuja, Nigeria (abuja): ECOWAS Commission",
		"   languages en, fr, pt; 15 States; 35,697.2 km in all",
		"   CIV  Côte d’Ivoire ",
		"4. San Salvador, El Salvador (sansalvador): SICA General Secretariat",
		"Total:       170,528.2 km",
		"Seats:       58 States in the 60 seats of the 4 workshops held: only 2 spare",
		"the plan is optimal",
		moreLine(t),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m) +$`).MatchString(out) {
		t.Error("trailing spaces in the output")
	}
	if _, again, _ := runCode("-workshops", "4"); again != out {
		t.Error("two runs differ")
	}
}

// jsonOut mirrors the documented schema; decoding with
// DisallowUnknownFields rejects any key the documentation does not list.
type jsonOut struct {
	Cost       float64 `json:"cost_km"`
	LowerBound float64 `json:"lower_bound_km"`
	Optimal    bool    `json:"optimal"`
	Workshops  []struct {
		Venue  string   `json:"venue"`
		City   string   `json:"city"`
		States []string `json:"states"`
		Cost   float64  `json:"cost_km"`
	} `json:"workshops"`
}

func decode(t *testing.T, out string) jsonOut {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var j jsonOut
	if err := dec.Decode(&j); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	return j
}

func TestJSON(t *testing.T) {
	code, out, errOut := runCode("-format", "json", "-workshops", "5")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "{\n  \"cost_km\": 128846.2,\n  \"lower_bound_km\": 128846.2,\n  \"optimal\": true,\n  \"workshops\": [\n    {\n      \"venue\": \"abuja\",\n      \"city\": \"Abuja\",\n      \"states\": [\n        \"NGA\",") {
		t.Errorf("keys or values not as documented:\n%s", out)
	}
	j := decode(t, out)
	var venues, isos []string
	sum := 0.0
	for _, w := range j.Workshops {
		venues = append(venues, w.Venue)
		isos = append(isos, w.States...)
		sum += w.Cost
	}
	if diff := cmp.Diff([]string{"abuja", "gaborone", "geneva", "manila", "sansalvador"}, venues); diff != "" {
		t.Errorf("venues mismatch (-want +got):\n%s", diff)
	}
	slices.Sort(isos)
	if len(isos) != 58 || len(slices.Compact(isos)) != 58 {
		t.Errorf("%d States invited, want each of the 58 once", len(isos))
	}
	if d := sum - j.Cost; d > 0.3 || d < -0.3 {
		t.Errorf("workshop costs add up to %.1f, total %.1f", sum, j.Cost)
	}
}

func TestFlags(t *testing.T) {
	dir := t.TempDir()
	venues := filepath.Join(dir, "venues.csv")
	os.WriteFile(venues, []byte("id,city,lat,lon,languages,capacity\nnorth,Oslo,59.91,10.75,,60\nsouth,Pretoria,-25.75,28.19,en|fr|pt,40\nwest,Lima,-12.05,-77.04,es|en,30\n"), 0o644)
	badVenues := filepath.Join(dir, "bad.csv")
	os.WriteFile(badVenues, []byte("id,city,lat,lon\nx,Y,100,0\nz,,1,1\n"), 0o644)
	states := filepath.Join(dir, "states.csv")
	os.WriteFile(states, []byte("iso3,name,lat,lon,status,language\nAAA,Alpha,0,0,no_information,fr\nBBB,Beta,10,10,in_process,en\nCCC,Gamma,20,20,existing_law,en\n"), 0o644)
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string // in stdout when code is 0, else in stderr
	}{
		{"help", []string{"-h"}, 0, nil},
		{"K=6", []string{"-workshops", "6"}, 0, []string{"(georgetown)", "(manila)", "107,371.2 km", "the plan is optimal"}},
		{"forced and excluded", []string{"-workshops", "5", "-open", "geneva, newyork", "-exclude", "abuja"}, 0, []string{"Forced:    geneva, newyork", "Excluded:  abuja", "(geneva)", "(newyork)", "the plan is optimal"}},
		{"minimum size", []string{"-workshops", "6", "-min-size", "9"}, 0, []string{"at least 9", "the plan is optimal"}},
		{"insufficient scope", []string{"-scope", "insufficient"}, 0, []string{"Invited:   insufficient, 31 States Parties (incomplete or no information)"}},
		{"own venues", []string{"-venues", venues, "-workshops", "3", "-scope", "parties"}, 0, []string{"Venues:    3 candidates (from " + venues + ")", "(north)", "(south)", "(west)"}},
		{"own data", []string{"-data", states, "-workshops", "1", "-asof", "2025-01-31"}, 0, []string{"as of 31 January 2025", "Data:      states.csv", "2 States Parties", "AAA  Alpha", "BBB  Beta"}},
		{"too few seats", []string{"-workshops", "3"}, 1, []string{"workshops: no plan satisfies the constraints: 58 States are invited but 3 workshops × 15 seats make only 45 seats\n"}},
		{"a language without seats", []string{"-exclude", "addis,abuja,gaborone,libreville,washington"}, 1, []string{"4 pt-speaking States (CPV, GNB, MOZ, STP) but the venues offering pt are excluded (abuja, addis, gaborone, libreville, washington)"}},
		{"bad venues file", []string{"-venues", badVenues}, 1, []string{"2 problems", "bad.csv:2: lat: invalid value \"100\" is outside -90..90", "bad.csv:3: city: missing required value"}},
		{"missing venues file", []string{"-venues", filepath.Join(dir, "none.csv")}, 1, []string{"none.csv: no such file"}},
		{"unknown venue", []string{"-open", "lome,atlantis"}, 2, []string{`unknown venue "atlantis" in Open (the candidates are abuja, addis,`}},
		{"bad format", []string{"-format", "xml"}, 2, []string{`-format "xml": allowed: table, json`}},
		{"bad scope", []string{"-scope", "everyone"}, 2, []string{`-scope "everyone": allowed`}},
		{"no workshops", []string{"-workshops", "0"}, 2, []string{"-workshops 0: give 1 or more"}},
		{"no seats", []string{"-capacity", "0"}, 2, []string{"-capacity 0: give 1 or more"}},
		{"negative minimum", []string{"-min-size", "-1"}, 2, []string{"-min-size -1"}},
		{"bad date", []string{"-asof", "6 March 2025"}, 2, []string{`-asof "6 March 2025" is not a date`}},
		{"unknown flag", []string{"-k", "4"}, 2, []string{"flag provided but not defined: -k"}},
		{"argument", []string{"extra"}, 2, []string{`unexpected argument "extra"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCode(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, errOut)
			}
			where := out
			if code != 0 {
				where = errOut
				if out != "" {
					t.Errorf("stdout %q on error", out)
				}
			}
			for _, want := range tc.contains {
				if !strings.Contains(where, want) {
					t.Errorf("output lacks %q:\n%s", want, where)
				}
			}
			if strings.Contains(errOut, "goroutine") {
				t.Errorf("a panic: %s", errOut)
			}
		})
	}
}

// moreLine returns the start of what the table must say of more workshops,
// from the planner run here on the default problem with 5 and 6.
func moreLine(t *testing.T) string {
	t.Helper()
	states := priority.Outstanding.Select(article9.CCM().States)
	cost := map[int]float64{}
	for _, k := range []int{4, 5, 6} {
		plan, err := region.Solve(region.Problem{States: states, Venues: region.DefaultVenues(), K: k})
		if err != nil {
			t.Fatal(err)
		}
		cost[k] = plan.Cost
	}
	if !(cost[6] < cost[5] && cost[5] < cost[4]) {
		t.Fatalf("costs %v do not fall with more workshops", cost)
	}
	return fmt.Sprintf("More:        with 5 workshops the total would be %s km (%+.1f%%); with 6, %s km",
		thousands(cost[5]), 100*(cost[5]-cost[4])/cost[4], thousands(cost[6]))
}

func TestWrapAt(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  string
	}{
		{"a bb ccc", 4, "a bb|ccc"},
		{"a bb ccc", 8, "a bb ccc"},
		{"averyverylongword b", 4, "averyverylongword|b"},
		{"", 5, ""},
	} {
		if got := wrapAt(tc.s, tc.width, "|"); got != tc.want {
			t.Errorf("wrapAt(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
	}
}
