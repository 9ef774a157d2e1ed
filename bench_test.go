package article9

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// benchRows is the number of States in the generated benchmark file.
const benchRows = 17_000

// benchDataset returns n States with codes AAA, AAB, … and every column
// filled, two indicators included, cycling through every status, membership
// and flag value.
func benchDataset(n int) *Dataset {
	d := &Dataset{States: make([]State, n)}
	for i := range d.States {
		code := string([]byte{byte('A' + i/676%26), byte('A' + i/26%26), byte('A' + i%26)})
		d.States[i] = State{
			ISO3: code, Name: "State " + code, NameFR: "État " + code, NameES: "Estado " + code,
			Region: Regions[i%len(Regions)], Subregion: "Subregion " + code[:1], UNGroup: UNGroups[i%len(UNGroups)],
			Organisations: []string{"AU", "OIF", "ORG" + code[:2]},
			Capital:       "Capital of " + code, Lat: float64(i%18000)/100 - 90, Lon: float64(i%36000)/100 - 180,
			Language: []string{"en", "fr", "es", "ar", "pt", "ru"}[i%6],
			Party:    Membership(i % 3), Signed: date(2008, 12, 3), Ratified: date(2010, time.Month(1+i%12), 1+i%28),
			EntryIntoForce: date(2010, 8, 1),
			Status:         Statuses[i%len(Statuses)], StatusYear: 2010 + i%15,
			AssistanceRequested: Flag(i % 3), LastArticle7Report: 2011 + i%14,
			InitialReportOverdue: Flag((i + 1) % 3),
			Stockpile:            Flag(i % 3), Contaminated: Flag((i + 1) % 3), Victims: Flag((i + 2) % 3),
			InvestmentBan: Flag(i % 3), InvestmentMeasure: fmt.Sprintf("Act no. %d of %d", i, 2010+i%15),
			Source: "https://example.org/" + code, Notes: fmt.Sprintf("row %d, with a comma and \"quotes\"", i),
			Indicators: map[string]float64{"gdp": float64(i) * 1.5, "risk": float64(i%100) / 10},
		}
		if i%7 == 0 {
			d.States[i].AssistanceRequested, d.States[i].AssistanceDate = Yes, date(2020, time.Month(1+i%12), 1+i%28)
		}
	}
	return d
}

func BenchmarkReadCSV(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, benchDataset(benchRows)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if len(d.States) != benchRows {
			b.Fatalf("read %d States, want %d", len(d.States), benchRows)
		}
	}
}

func BenchmarkReadJSON(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, benchDataset(benchRows)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadJSON(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteCSV(b *testing.B) {
	d := benchDataset(benchRows)
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchDataset checks that the generated file is valid and round-trips,
// so the benchmark measures the reader on good input. The first 1,000 rows
// cycle through every value the generator makes.
func TestBenchDataset(t *testing.T) {
	const benchRows = 1000
	d := benchDataset(benchRows)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d.States, got.States); diff != "" {
		t.Errorf("ReadCSV(WriteCSV(benchDataset)) mismatch (-want +got):\n%s", diff)
	}
	if last := benchDataset(17_576).States[17_575].ISO3; last != "ZZZ" {
		t.Errorf("code of State 17,576 = %s, want ZZZ", last)
	}
}
