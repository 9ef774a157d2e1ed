package article9

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// minimal is the shortest valid header.
const minimal = "iso3,name,lat,lon,status\n"

// acceptCase is a valid states file and the States in it.
type acceptCase struct {
	name string
	in   string
	want []State
}

// csvAccepts lists the variations spreadsheets and people produce. The fuzz
// corpus holds each input (see TestFuzzCorpus).
func csvAccepts() []acceptCase {
	fra := State{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation}
	civ := State{ISO3: "CIV", Name: "Côte d’Ivoire", Lat: 6.83, Lon: -5.29, Status: InProcess}
	return []acceptCase{
		{"plain", minimal + "FRA,France,48.86,2.35,specific_legislation\n", []State{fra}},
		{"no final new line", minimal + "FRA,France,48.86,2.35,specific_legislation", []State{fra}},
		{"byte-order mark", "\ufeff" + minimal + "FRA,France,48.86,2.35,specific_legislation\n", []State{fra}},
		{"semicolons and decimal commas",
			"iso3;name;lat;lon;status\nFRA;France;48,86;2,35;specific_legislation\nCIV;Côte d’Ivoire;6,83;-5,29;in_process\n",
			[]State{fra, civ}},
		{"semicolons, byte-order mark and CRLF",
			"\ufeffiso3;name;lat;lon;status\r\nFRA;France;48.86;2.35;specific_legislation\r\n",
			[]State{fra}},
		{"CRLF", "iso3,name,lat,lon,status\r\nFRA,France,48.86,2.35,specific_legislation\r\nCIV,Côte d’Ivoire,6.83,-5.29,in_process\r\n",
			[]State{fra, civ}},
		{"quoted decimal commas", minimal + `FRA,France,"48,86","2,35",specific_legislation` + "\n", []State{fra}},
		{"quoted fields with commas, quotes and new lines",
			"iso3,name,lat,lon,status,notes\n" +
				`FRA,"France",48.86,2.35,specific_legislation,"one, two` + "\n" + `and ""three"""` + "\n",
			[]State{{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation, Notes: "one, two\nand \"three\""}}},
		{"quoted new line with CRLF",
			"iso3,name,lat,lon,status,notes\r\nFRA,France,48.86,2.35,specific_legislation,\"a\r\nb\"\r\n",
			[]State{{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation, Notes: "a\nb"}}},
		{"columns in any order", "status,lon,lat,name,iso3\nspecific_legislation,2.35,48.86,France,FRA\n", []State{fra}},
		{"header case and space", " ISO3 ,Name,LAT,Lon,STATUS\nFRA,France,48.86,2.35,specific_legislation\n", []State{fra}},
		{"values with surrounding space", minimal + " FRA , France ,48.86 , 2.35,specific_legislation \n", []State{fra}},
		{"status variants", minimal + "FRA,France,48.86,2.35,Specific legislation\nCIV,Côte d’Ivoire,6.83,-5.29,IN-PROCESS\n", []State{fra, civ}},
		{"blank trailing rows", minimal + "FRA,France,48.86,2.35,specific_legislation\n,,,,\n,,,,\n\n\n", []State{fra}},
		{"blank rows between", minimal + "\n,,,,\nFRA,France,48.86,2.35,specific_legislation\n , ,,,\nCIV,Côte d’Ivoire,6.83,-5.29,in_process\n", []State{fra, civ}},
		{"signatory needs no status", "iso3,name,lat,lon,party\nFRA,France,48.86,2.35,Signatory\n",
			[]State{{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Party: Signatory}}},
		{"assistance as a date, never reported",
			"iso3,name,lat,lon,status,assistance_requested,last_article7_report\nFRA,France,48.86,2.35,specific_legislation,2022-09-14,Never\nCIV,Côte d’Ivoire,6.83,-5.29,in_process,no,0\n",
			[]State{
				{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation, AssistanceRequested: Yes, AssistanceDate: date(2022, 9, 14), LastArticle7Report: NeverReported},
				{ISO3: "CIV", Name: "Côte d’Ivoire", Lat: 6.83, Lon: -5.29, Status: InProcess, AssistanceRequested: No, LastArticle7Report: NeverReported},
			}},
		{"indicators, lists and canonical names",
			"iso3,name,lat,lon,status,Indicator:GDP ,indicator: risk,organisations,region,un_group\nFRA,France,48.86,2.35,specific_legislation,\"1,5\",-2e3, EU | OIF ||,europe,weog\n",
			[]State{{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation,
				Indicators: map[string]float64{"GDP": 1.5, "risk": -2000}, Organisations: []string{"EU", "OIF"}, Region: "Europe", UNGroup: "WEOG"}}},
		{"blank indicator", "iso3,name,lat,lon,status,indicator:gdp\nFRA,France,48.86,2.35,specific_legislation,\n", []State{fra}},
		{"well-formed code that is not ISO", minimal + "AAA,Test,0.5,0.5,incomplete\n",
			[]State{{ISO3: "AAA", Name: "Test", Lat: 0.5, Lon: 0.5, Status: Incomplete}}},
	}
}

func TestReadCSVAccepts(t *testing.T) {
	for _, tt := range csvAccepts() {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadCSV(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadCSV error: %v", err)
			}
			if diff := cmp.Diff(tt.want, d.States); diff != "" {
				t.Errorf("ReadCSV mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadCSVLineAfterMultiLineField checks that the line reported for a row
// counts the new lines inside an earlier quoted field.
func TestReadCSVLineAfterMultiLineField(t *testing.T) {
	in := "iso3,name,lat,lon,status,notes\n" + // line 1
		"FRA,France,48.86,2.35,specific_legislation,\"one\ntwo\r\nthree\"\n" + // lines 2-4
		"\n" + // line 5
		"CIV,Côte d’Ivoire,6.83,-5.29,in_process,\"a\n\nb\"\n" + // lines 6-8
		"DEU,Germany,52.52,13.40,done,\n" // line 9
	_, err := ReadCSV(strings.NewReader(in))
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("ReadCSV error = %v, want a *ParseError", err)
	}
	if pe.Line != 9 || pe.Column != "status" {
		t.Errorf("error at line %d, column %q; want line 9, column status (%v)", pe.Line, pe.Column, err)
	}
}

// TestWellFormedCodeWarns checks that a code that is not a current ISO code
// is read, and that Check reports it.
func TestWellFormedCodeWarns(t *testing.T) {
	d, err := ReadCSV(strings.NewReader(minimal + "XKX,Kosovo,42.66,21.17,incomplete\nAAA,Test,1,1,incomplete\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range d.Check() {
		if w.Column == "iso3" {
			got = append(got, w.ISO3)
		}
	}
	if diff := cmp.Diff([]string{"AAA", "XKX"}, got); diff != "" {
		t.Errorf("Check iso3 warnings mismatch (-want +got):\n%s", diff)
	}
}
