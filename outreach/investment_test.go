package outreach

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// TestInvestmentLawsCCM checks that the annex lists exactly the States
// with an investment ban in the embedded dataset, computed from the data.
func TestInvestmentLawsCCM(t *testing.T) {
	states := article9.CCM().States
	var want []string
	for _, s := range states {
		if s.InvestmentBan == article9.Yes {
			want = append(want, s.ISO3)
		}
	}
	laws := InvestmentLaws(states)
	var got []string
	for _, l := range laws {
		got = append(got, l.ISO3)
	}
	if len(want) == 0 {
		t.Fatal("no State in the dataset has an investment ban")
	}
	if diff := cmp.Diff(want, got); diff != "" { // the dataset is in ISO order
		t.Errorf("annex States (-want +got):\n%s", diff)
	}
	ref := referenceRows(t)
	for _, l := range laws {
		if l.Measure == "" || l.Year == 0 || len(l.Links) == 0 || l.Kind != "legislation" {
			t.Errorf("%s: incomplete %+v", l.ISO3, l)
		}
		if strings.HasSuffix(l.Measure, ")") && trailingYear.MatchString(l.Measure) {
			t.Errorf("%s: measure keeps its year: %q", l.ISO3, l.Measure)
		}
		if r := ref[l.ISO3]; r["year"] != "" && r["year"] != itoa(l.Year) {
			t.Errorf("%s: year %d in the data, %s in the reference file", l.ISO3, l.Year, r["year"])
		}
		for _, u := range l.Links {
			if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") || strings.ContainsAny(u, " ;") {
				t.Errorf("%s: bad link %q", l.ISO3, u)
			}
		}
	}
	bel := laws[0]
	wantBEL := InvestmentLaw{
		ISO3: "BEL", Name: "Belgium", Measure: "2007 law amending the weapons legislation", Year: 2007,
		Links: []string{
			"https://stopexplosiveinvestments.org/disinvestment/countries-best-practises/",
			"https://stopexplosiveinvestments.org/positive-example-guide-for-states-to-ban-investments-in-cluster-munitions-producers/",
			"https://vdocuments.site/laws-prohibiting-investments-in-controversial-weapons-addition-to-prohibiting-investments.html",
		},
		Kind: "legislation",
		Note: "Financing = credits, bank guarantees, acquisition of financial instruments; first country to ban investment in CM producers",
	}
	if diff := cmp.Diff(wantBEL, bel); diff != "" {
		t.Errorf("Belgium (-want +got):\n%s", diff)
	}
}

// itoa writes a year, "" for 0 (not known).
func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// referenceRows reads the embedded reference file with encoding/csv, apart
// from the code under test.
func referenceRows(t *testing.T) map[string]map[string]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(investmentCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		out[row["iso3"]] = row
	}
	return out
}

func TestNewReferenceCCM(t *testing.T) {
	states := article9.CCM().States
	ref := referenceRows(t)
	var want []string
	for _, s := range states { // reference rows of States without a ban in the data
		if _, ok := ref[s.ISO3]; ok && s.InvestmentBan != article9.Yes {
			want = append(want, s.ISO3)
		}
	}
	r := NewReference(states)
	var got []string
	for _, p := range r.Positions {
		got = append(got, p.ISO3)
		if p.Kind == "legislation" || p.Measure == "" || len(p.Links) == 0 {
			t.Errorf("%s: position %+v", p.ISO3, p)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
	if len(r.Laws)+len(r.Positions) != len(ref) {
		t.Errorf("%d laws and %d positions, but %d rows in the reference file", len(r.Laws), len(r.Positions), len(ref))
	}
}

func TestInvestmentLawsSynthetic(t *testing.T) {
	states := []article9.State{
		{ISO3: "ZZB", Name: "Bland", InvestmentBan: article9.Yes, InvestmentMeasure: "Investment Act (2019)"},
		{ISO3: "IRL", Name: "Ireland", InvestmentBan: article9.Yes},
		{ISO3: "ZZA", Name: "Aland", InvestmentBan: article9.Yes, InvestmentMeasure: "Decree 12 (1999) as amended"},
		{ISO3: "ZZC", InvestmentBan: article9.No, InvestmentMeasure: "x (2000)"},
		{ISO3: "ZZD", InvestmentMeasure: "y (2001)"},
	}
	got := InvestmentLaws(states)
	var brief []string
	for _, l := range got {
		brief = append(brief, l.ISO3+"|"+l.Measure+"|"+itoa(l.Year)+"|"+l.Kind)
	}
	want := []string{
		"IRL|Cluster Munitions and Anti-Personnel Mines Act 2008, Part 4: prohibits direct or indirect investment of public money in companies manufacturing prohibited munitions or components|2008|legislation",
		"ZZA|Decree 12 (1999) as amended||",
		"ZZB|Investment Act|2019|",
	}
	if diff := cmp.Diff(want, brief); diff != "" {
		t.Errorf("InvestmentLaws (-want +got):\n%s", diff)
	}
	got[0].Links[0] = "changed"
	if InvestmentLaws(states)[0].Links[0] == "changed" {
		t.Error("changing a result changed a later call's")
	}
}

func TestLinks(t *testing.T) {
	got := links("https://a.example/x ; LoC Nov 2016 https://b.example/y ; https://a.example/x ; http://c.example/z (blog quoting committee report) ; no url here")
	want := []string{"https://a.example/x", "https://b.example/y", "http://c.example/z"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
