package article9

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fullDataset has every field of State set, in every form a file can take:
// a date of request for assistance, a never-reported State, indicators, text
// that needs quoting (commas, quotes, new lines, accents).
func fullDataset() *Dataset {
	return &Dataset{
		Name:   "hand-built",
		AsOf:   date(2026, 1, 15),
		Source: "roundtrip_test.go",
		States: []State{
			{
				ISO3: "CIV", Name: "Côte d'Ivoire", NameFR: "Côte d’Ivoire", NameES: "Côte d’Ivoire",
				Region: "Africa", Subregion: "Western Africa", UNGroup: "African",
				Organisations: []string{"AU", "ECOWAS", "OIF"},
				Capital:       "Yamoussoukro", Lat: 6.8276, Lon: -5.2893, Language: "fr",
				Party: Party, Signed: date(2008, 12, 4), Ratified: date(2012, 3, 12), EntryIntoForce: date(2012, 9, 1),
				Status: InProcess, StatusYear: 2023,
				AssistanceRequested: Yes, AssistanceDate: date(2022, 9, 14),
				LastArticle7Report: NeverReported, InitialReportOverdue: Yes,
				Stockpile: No, Contaminated: Yes, Victims: No,
				InvestmentBan: Yes, InvestmentMeasure: "Loi n° 2019-574, \"article 12\", 2019",
				Source: "https://example.org/civ?a=1,b=2", Notes: "line one\nline two; with a semicolon\nand \"quotes\"",
				Indicators: map[string]float64{"gdp": 2.5e-3, "risk score": -17, "zero": 0},
			},
			{
				ISO3: "XKX", Name: "Kosovo (test code)", NameFR: "Kosovo", NameES: "Kosovo",
				Region: "Europe", Subregion: "Southern Europe", UNGroup: "Eastern European",
				Organisations: []string{"OSCE"},
				Capital:       "Pristina", Lat: 42.6629, Lon: 21.1655, Language: "en",
				Party: Signatory, Signed: date(2009, 1, 2),
				AssistanceRequested: No,
				LastArticle7Report:  2021, InitialReportOverdue: No,
				Stockpile: Unknown, Contaminated: No, Victims: Yes,
				InvestmentBan: No,
				Source:        "test", Notes: "",
				Indicators: map[string]float64{"gdp": 1e6},
			},
			{
				ISO3: "NZL", Name: "New Zealand", Lat: -41.2865, Lon: 174.7762,
				Party: Withdrawn, Status: SpecificLegislation, StatusYear: 2009,
				AssistanceRequested: Yes,
			},
		},
	}
}

// TestFullDatasetSetsEveryField guards fullDataset: if State grows a field,
// the round-trip tests must cover it.
func TestFullDatasetSetsEveryField(t *testing.T) {
	typ := reflect.TypeFor[State]()
	for i := range typ.NumField() {
		set := false
		for _, s := range fullDataset().States {
			set = set || !reflect.ValueOf(s).Field(i).IsZero()
		}
		if !set {
			t.Errorf("no State in fullDataset() sets %s: set it so the round trips cover it", typ.Field(i).Name)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	for name, d := range map[string]*Dataset{"CCM": CCM(), "hand-built": fullDataset()} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteCSV(&buf, d); err != nil {
				t.Fatalf("WriteCSV: %v", err)
			}
			got, err := ReadCSV(&buf)
			if err != nil {
				t.Fatalf("ReadCSV(WriteCSV(d)): %v", err)
			}
			if diff := cmp.Diff(d.States, got.States); diff != "" {
				t.Errorf("ReadCSV(WriteCSV(d)) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for name, d := range map[string]*Dataset{"CCM": CCM(), "hand-built": fullDataset()} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, d); err != nil {
				t.Fatalf("WriteJSON: %v", err)
			}
			got, err := ReadJSON(&buf)
			if err != nil {
				t.Fatalf("ReadJSON(WriteJSON(d)): %v", err)
			}
			if diff := cmp.Diff(d, got); diff != "" {
				t.Errorf("ReadJSON(WriteJSON(d)) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteCSVHeader checks the written header: Columns, then the indicators
// sorted by name.
func TestWriteCSVHeader(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, fullDataset()); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(buf.String(), "\n")
	want := strings.Join(Columns, ",") + ",indicator:gdp,indicator:risk score,indicator:zero"
	if header != want {
		t.Errorf("header = %q\nwant     %q", header, want)
	}
	if !strings.Contains(buf.String(), "\nCIV,") || !strings.Contains(buf.String(), ",2022-09-14,never,yes,") {
		t.Errorf("row of CIV not as expected:\n%s", buf.String())
	}
}

// TestWriteJSONForm checks the JSON text of one State: keys, flags as
// true/false/null, the assistance date and never-reported.
func TestWriteJSONForm(t *testing.T) {
	d := fullDataset()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"as_of": "2026-01-15"`, `"assistance_requested": true`, `"assistance_date": "2022-09-14"`,
		`"last_article7_report": "never"`, `"stockpile": false`, `"stockpile": null`,
		`"risk score": -17`, `"party": "signatory"`, `"organisations": [`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("WriteJSON output lacks %s:\n%s", want, buf.String())
		}
	}
}
