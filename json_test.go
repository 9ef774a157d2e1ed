package article9

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jsonFRA is a valid State in JSON, on one line.
const jsonFRA = `{"iso3": "FRA", "name": "France", "lat": 48.86, "lon": 2.35, "status": "specific_legislation"}`

// jsonAcceptCase is a valid JSON dataset and what it holds.
type jsonAcceptCase struct {
	name string
	in   string
	want *Dataset
}

// jsonAccepts lists valid JSON datasets. The fuzz corpus holds each input
// (see TestFuzzCorpus).
func jsonAccepts() []jsonAcceptCase {
	fra := State{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation}
	return []jsonAcceptCase{
		{"minimal", `{"states": [` + jsonFRA + `]}`, &Dataset{States: []State{fra}}},
		{"byte-order mark and space", "\ufeff\n {\"states\": [" + jsonFRA + "]} \n\n", &Dataset{States: []State{fra}}},
		{"empty list and object", `{"states": [{"iso3": "FRA", "name": "France", "lat": 48.86, "lon": 2.35, "status": "specific_legislation", "organisations": [], "indicators": {}}]}`,
			&Dataset{States: []State{fra}}},
		{"keys in any case", `{"States": [{"ISO3": "FRA", "Name": "France", "LAT": 48.86, "lon": 2.35, "Status": "Specific legislation"}]}`,
			&Dataset{States: []State{fra}}},
		{"metadata and flags as text",
			`{"name": "mine", "as_of": "2026-01-15", "source": "me", "states": [{"iso3": "FRA", "name": "France", "lat": 48.86, "lon": 2.35, "status": "specific_legislation", "stockpile": "yes", "victims": "0", "contaminated": null, "last_article7_report": "0"}]}`,
			&Dataset{Name: "mine", AsOf: date(2026, 1, 15), Source: "me", States: []State{{
				ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation,
				Stockpile: Yes, Victims: No, LastArticle7Report: NeverReported}}}},
	}
}

func TestReadJSONAccepts(t *testing.T) {
	for _, tt := range jsonAccepts() {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadJSON(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadJSON error: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// jsonRejects lists bad JSON datasets. The fuzz corpus holds each input
// (see TestFuzzCorpus).
func jsonRejects() []rejectCase {
	return []rejectCase{
		{"empty", "", wantErr{0, "", ErrNoStates, []string{"empty"}}},
		{"no States", `{"name": "x", "states": []}`, wantErr{1, "states", ErrNoStates, nil}},
		{"null States", `{"states": null}`, wantErr{1, "states", ErrNoStates, nil}},
		{"no states key", `{"name": "x"}`, wantErr{1, "states", ErrNoStates, nil}},
		{"syntax error", "{\"states\": [\n" + jsonFRA + ",\n" + `{"iso3": "CIV",}` + "\n]}",
			wantErr{3, "", ErrSyntax, []string{"invalid character"}}},
		{"cut short", "{\"states\": [\n" + jsonFRA, wantErr{2, "", ErrSyntax, []string{"ends before"}}},
		{"text after the dataset", `{"states": [` + jsonFRA + "]}\n]", wantErr{2, "", ErrSyntax, []string{"text after"}}},
		{"a list, not an object", `[` + jsonFRA + `]`, wantErr{1, "", ErrInvalidValue, []string{"list", `{"states": [...]}`}}},
		{"states not a list", "{\n\"states\": {}}", wantErr{2, "states", ErrInvalidValue, []string{"object", "a list"}}},
		{"a State not an object", "{\"states\": [\n" + jsonFRA + ",\n\"CIV\"]}", wantErr{3, "", ErrInvalidValue, []string{"State 2", "string"}}},
		{"invalid UTF-8", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"Fran\xe7e\"}]}", wantErr{2, "", ErrInvalidUTF8, []string{"UTF-8"}}},
		{"unknown top key", "{\n\"stats\": []}", wantErr{2, "stats", ErrUnknownColumn, []string{`"stats"`, `did you mean "states"`}}},
		{"unknown key", "{\"states\": [{\"iso3\": \"FRA\", \"name\": \"France\",\n\"latt\": 48.86, \"lon\": 2.35}]}",
			wantErr{2, "latt", ErrUnknownColumn, []string{`"latt"`, `did you mean "lat"`, `State 1 ("FRA")`}}},
		{"duplicate key", "{\"states\": [{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35,\n\"Name\": \"France\"}]}",
			wantErr{2, "name", ErrDuplicateColumn, []string{`"Name"`, "each key once"}}},
		{"bad flag", "{\"states\": [{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35,\n\"stockpile\": \"maybe\"}]}",
			wantErr{2, "stockpile", ErrInvalidValue, []string{`"maybe"`, "yes, no"}}},
		{"number as flag", "{\"states\": [{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35,\n\"victims\": 2}]}",
			wantErr{2, "victims", ErrInvalidValue, []string{"2", "true, false, null"}}},
		{"latitude as text", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": \"48.86\", \"lon\": 2.35}]}",
			wantErr{2, "lat", ErrInvalidValue, []string{"lat is a JSON string", "a number"}}},
		{"year as text", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status_year\": \"2021\"}]}",
			wantErr{2, "status_year", ErrInvalidValue, []string{"a whole number"}}},
		{"missing latitude", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lon\": 2.35}]}",
			wantErr{2, "lat", ErrMissingValue, []string{"latitude"}}},
		{"latitude out of range", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\",\n\"lat\": 123.4, \"lon\": 2.35}]}",
			wantErr{3, "lat", ErrInvalidValue, []string{`"123.4"`, "-90..90"}}},
		{"bad status", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status\": \"done\"}]}",
			wantErr{2, "status", ErrInvalidValue, []string{`"done"`, "specific_legislation, existing_law, in_process, incomplete, no_information"}}},
		{"status missing for a party", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35}]}",
			wantErr{2, "status", ErrMissingValue, []string{"State Party"}}},
		{"bad iso3", "{\"states\": [\n{\"iso3\": \"fr\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35}]}",
			wantErr{2, "iso3", ErrInvalidValue, []string{`"fr"`, "three upper-case letters"}}},
		{"duplicate iso3", "{\"states\": [\n" + jsonFRA + ",\n" + jsonFRA + "]}",
			wantErr{3, "iso3", ErrDuplicateState, []string{"FRA", "already on line 2"}}},
		{"bad as_of", "{\"as_of\": \"6 March 2025\", \"states\": [" + jsonFRA + "]}",
			wantErr{1, "as_of", ErrInvalidValue, []string{`"6 March 2025"`, "YYYY-MM-DD"}}},
		{"name not text", "{\"name\": 5, \"states\": [" + jsonFRA + "]}",
			wantErr{1, "name", ErrInvalidValue, []string{"text in quotes"}}},
		{"assistance date without a request", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status\": \"in_process\",\n\"assistance_date\": \"2022-01-01\"}]}",
			wantErr{3, "assistance_date", ErrInvalidValue, []string{"assistance_requested true"}}},
		{"organisation with a bar", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status\": \"in_process\", \"organisations\": [\"EU|OIF\"]}]}",
			wantErr{2, "organisations", ErrInvalidValue, []string{`"EU|OIF"`}}},
		{"indicator name with space", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status\": \"in_process\", \"indicators\": {\" gdp\": 1}}]}",
			wantErr{2, "indicators", ErrInvalidValue, []string{`" gdp"`}}},
		{"indicator not a number", "{\"states\": [\n{\"iso3\": \"FRA\", \"name\": \"France\", \"lat\": 48.86, \"lon\": 2.35, \"status\": \"in_process\", \"indicators\": {\"gdp\": \"high\"}}]}",
			wantErr{2, "indicators", ErrInvalidValue, []string{"a JSON string"}}},
	}
}

func TestReadJSONRejects(t *testing.T) {
	for _, tt := range jsonRejects() {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadJSON(strings.NewReader(tt.in))
			if d != nil {
				t.Errorf("ReadJSON returned a Dataset with the error")
			}
			checkErr(t, err, tt.want)
		})
	}
}

func TestReadJSONErrors(t *testing.T) {
	in := "{\"states\": [\n" + // 1
		jsonFRA + ",\n" + // 2
		`{"iso3": "CIV", "name": "Côte d’Ivoire", "lat": 6.83, "lon": -5.29, "status": "in_process", "stokpile": true, "victims": "x"},` + "\n" + // 3
		`{"iso3": "DEU", "name": "Germany", "lat": 52.52, "lon": 13.4, "status": "done"}` + "\n" + // 4
		"]}"
	_, err := ReadJSON(strings.NewReader(in))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("ReadJSON error = %v, want Errors", err)
	}
	want := []wantErr{
		{3, "stokpile", ErrUnknownColumn, []string{`did you mean "stockpile"`, `State 2 ("CIV")`}},
		{3, "victims", ErrInvalidValue, []string{`"x"`}},
		{4, "status", ErrInvalidValue, []string{`"done"`, `State 3 ("DEU")`}},
	}
	if len(es) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, e := range es {
		pe, ok := e.(*ParseError)
		if !ok {
			t.Fatalf("error %d = %#v, want a *ParseError", i, e)
		}
		checkParseError(t, pe, want[i])
	}
}

// TestJSONKeys checks that the keys the JSON reader knows are the states
// file's columns, with the JSON form's own: assistance_date and indicators.
func TestJSONKeys(t *testing.T) {
	want := append(append([]string(nil), Columns...), "assistance_date", "indicators")
	got := append([]string(nil), stateKeys...)
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON State keys mismatch (-want +got):\n%s", diff)
	}
	wantFlags := []string{"assistance_requested", "initial_report_overdue", "stockpile", "contaminated", "victims", "investment_ban"}
	if diff := cmp.Diff(wantFlags, flagKeys); diff != "" {
		t.Errorf("JSON flag keys mismatch (-want +got):\n%s", diff)
	}
}
