package article9

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// rawCCM reads ccm.csv, the file CCM embeds, with encoding/csv alone: one
// map from column to text per row.
func rawCCM(t *testing.T) []map[string]string {
	t.Helper()
	b, err := os.ReadFile("ccm.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b, ccmCSV) {
		t.Fatal("ccm.csv on disk differs from the embedded copy")
	}
	recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// rawStatus normalises a status cell as the format allows it to be written.
func rawStatus(v string) string {
	return strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(strings.TrimSpace(v)))
}

func TestCCMInvariants(t *testing.T) {
	rows := rawCCM(t)
	d := CCM()
	if len(d.States) != len(rows) {
		t.Fatalf("CCM() has %d States, ccm.csv %d rows", len(d.States), len(rows))
	}
	rawParties := 0
	for _, r := range rows {
		if r["party"] == "party" || r["party"] == "" {
			rawParties++
		}
	}
	// 111 is the documented figure (CCM's doc comment, README.md).
	if rawParties != 111 || len(d.Parties()) != rawParties {
		t.Errorf("ccm.csv has %d States Parties, CCM().Parties() %d; the documentation says 111", rawParties, len(d.Parties()))
	}
	seen := map[string]bool{}
	for i, s := range d.States {
		r := rows[i]
		if s.ISO3 != r["iso3"] || s.Name != r["name"] {
			t.Errorf("State %d is %s %q, ccm.csv row %d is %s %q", i, s.ISO3, s.Name, i+2, r["iso3"], r["name"])
		}
		if seen[s.ISO3] {
			t.Errorf("%s appears twice", s.ISO3)
		}
		seen[s.ISO3] = true
		if !KnownISO3(s.ISO3) {
			t.Errorf("%s is not a current ISO 3166-1 code", s.ISO3)
		}
		if s.Lat < -90 || s.Lat > 90 || s.Lon < -180 || s.Lon > 180 || (s.Lat == 0 && s.Lon == 0) {
			t.Errorf("%s: capital at %g, %g", s.ISO3, s.Lat, s.Lon)
		}
		if s.Source == "" {
			t.Errorf("%s has no source", s.ISO3)
		}
		if s.IsParty() && (s.Status == NoStatus || s.Status.String() != rawStatus(r["status"])) {
			t.Errorf("%s: status %v, ccm.csv says %q", s.ISO3, s.Status, r["status"])
		}
		for _, col := range []string{"signed", "ratified", "entry_into_force"} {
			if v := r[col]; v != "" {
				if day, err := time.Parse(time.DateOnly, v); err != nil || day.After(d.AsOf) {
					t.Errorf("%s: %s %q is after the as-of date %s", s.ISO3, col, v, d.AsOf.Format(time.DateOnly))
				}
			}
		}
	}
	if want := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC); !d.AsOf.Equal(want) || !CCMAsOf.Equal(want) {
		t.Errorf("AsOf = %v, CCMAsOf = %v; want 2025-03-06", d.AsOf, CCMAsOf)
	}
	if d.Name == "" || d.Source != CCMSource {
		t.Errorf("Name = %q, Source = %q", d.Name, d.Source)
	}
	if ws := d.Check(); hasColumn(ws, "iso3") || hasColumn(ws, "source") || hasColumn(ws, "lat") {
		t.Errorf("Check() warns about codes, sources or capitals: %v", ws)
	}
}

func hasColumn(ws []Warning, col string) bool {
	for _, w := range ws {
		if w.Column == col {
			return true
		}
	}
	return false
}

func TestCCMFreshCopy(t *testing.T) {
	a := CCM()
	want := CCM()
	a.States[0].Name = "changed"
	a.States[0].Organisations = append(a.States[0].Organisations[:0], "X")
	a.States = append(a.States[:1], a.States[2:]...)
	a.AsOf = time.Time{}
	b := CCM()
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("changing one CCM() changed the next (-want +got):\n%s", diff)
	}
}

// TestSummaryCCM checks the State of Play against counts made from the raw
// rows of ccm.csv.
func TestSummaryCCM(t *testing.T) {
	rows := rawCCM(t)
	type key struct{ by, name, status string }
	want := map[key]int{}
	members := map[string]int{}
	for _, r := range rows {
		members[r["party"]]++
		if r["party"] != "party" {
			continue
		}
		st := rawStatus(r["status"])
		want[key{"status", "", st}]++
		want[key{"region", r["region"], st}]++
		want[key{"subregion", r["subregion"], st}]++
		want[key{"un_group", r["un_group"], st}]++
	}
	s := CCM().Summary()
	got := map[key]int{}
	for _, st := range Statuses {
		if n := s.ByStatus[st]; n > 0 {
			got[key{"status", "", st.String()}] = n
		}
	}
	for by, gs := range map[string][]Group{"region": s.ByRegion, "subregion": s.BySubregion, "un_group": s.ByUNGroup} {
		names := []string{}
		for _, g := range gs {
			names = append(names, g.Name)
			total := 0
			for _, st := range Statuses {
				if n := g.Counts[st]; n > 0 {
					got[key{by, g.Name, st.String()}] = n
					total += n
				}
			}
			if total != g.Counts.Total() || total != len(g.ISO3) || !slices.IsSorted(g.ISO3) {
				t.Errorf("%s %q: counts total %d, Total() %d, %d codes, sorted %v", by, g.Name, total, g.Counts.Total(), len(g.ISO3), slices.IsSorted(g.ISO3))
			}
		}
		if i := slices.Index(names, ""); i >= 0 && i != len(names)-1 || !slices.IsSorted(slices.DeleteFunc(names, func(n string) bool { return n == "" })) {
			t.Errorf("groups by %s not sorted by name, the unnamed last: %q", by, names)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Summary counts mismatch (-want +got):\n%s", diff)
	}
	if s.Parties != members["party"] || s.Signatories != members["signatory"] || s.Withdrawn != members["withdrawn"] {
		t.Errorf("Summary = %d parties, %d signatories, %d withdrawn; ccm.csv has %v", s.Parties, s.Signatories, s.Withdrawn, members)
	}
	if s.ByStatus.Total() != s.Parties {
		t.Errorf("ByStatus totals %d, want %d", s.ByStatus.Total(), s.Parties)
	}
}

// TestSummaryGroups checks grouping on a small hand-made dataset: States
// without a region come last, signatories and withdrawn States are left out.
func TestSummaryGroups(t *testing.T) {
	d := &Dataset{States: []State{
		{ISO3: "CCC", Region: "Europe", UNGroup: "WEOG", Status: InProcess},
		{ISO3: "AAA", Region: "Africa", UNGroup: "African", Status: InProcess},
		{ISO3: "BBB", Status: NoInformation},
		{ISO3: "DDD", Region: "Africa", UNGroup: "African", Status: SpecificLegislation},
		{ISO3: "EEE", Region: "Africa", Party: Signatory},
		{ISO3: "FFF", Region: "Asia", Party: Withdrawn, Status: ExistingLaw},
	}}
	got := d.Summary()
	want := Summary{
		Parties: 4, Signatories: 1, Withdrawn: 1,
		ByStatus: Counts{SpecificLegislation: 1, InProcess: 2, NoInformation: 1},
		ByRegion: []Group{
			{Name: "Africa", Counts: Counts{SpecificLegislation: 1, InProcess: 1}, ISO3: []string{"AAA", "DDD"}},
			{Name: "Europe", Counts: Counts{InProcess: 1}, ISO3: []string{"CCC"}},
			{Name: "", Counts: Counts{NoInformation: 1}, ISO3: []string{"BBB"}},
		},
		BySubregion: []Group{{Name: "", Counts: Counts{SpecificLegislation: 1, InProcess: 2, NoInformation: 1}, ISO3: []string{"AAA", "BBB", "CCC", "DDD"}}},
		ByUNGroup: []Group{
			{Name: "African", Counts: Counts{SpecificLegislation: 1, InProcess: 1}, ISO3: []string{"AAA", "DDD"}},
			{Name: "WEOG", Counts: Counts{InProcess: 1}, ISO3: []string{"CCC"}},
			{Name: "", Counts: Counts{NoInformation: 1}, ISO3: []string{"BBB"}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Summary() mismatch (-want +got):\n%s", diff)
	}
	text := got.String()
	for _, s := range []string{"4 States Parties (not counted: 1 signatory, 1 withdrawn)", "in_process", "(none)", "by UN regional group"} {
		if !strings.Contains(text, s) {
			t.Errorf("Summary.String() lacks %q:\n%s", s, text)
		}
	}
}
