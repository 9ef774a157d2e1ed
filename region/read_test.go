package region

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

func TestReadVenues(t *testing.T) {
	want := []Venue{
		{ID: "addis", Name: "African Union Commission", City: "Addis Ababa", Country: "Ethiopia", Lat: 9.03, Lon: 38.74, Languages: []string{"en", "fr", "pt", "ar"}, Institution: "African Union"},
		{ID: "geneva", City: "Genève", Lat: 46.2, Lon: 6.14, Capacity: 30, Event: "Meeting of States Parties", Date: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)},
	}
	tests := []struct{ name, text string }{
		{"plain", "id,name,city,country,lat,lon,languages,capacity,institution,event,date\n" +
			"addis,African Union Commission,Addis Ababa,Ethiopia,9.03,38.74,en|fr|pt|ar,,African Union,,\n" +
			"geneva,,Genève,,46.2,6.14,,30,,Meeting of States Parties,2025-09-01\n"},
		{"columns in another order, some left out, header in capitals", "LON,Lat,ID,City,Languages,Capacity,Event,Date,Name,Country,Institution\n" +
			"38.74,9.03,addis,Addis Ababa,en|fr|pt|ar,,,,African Union Commission,Ethiopia,African Union\n" +
			"6.14,46.2,geneva,Genève,,30,Meeting of States Parties,2025-09-01,,,\n"},
		{"BOM, semicolons, CRLF, decimal commas, blank rows, spaces", "\xef\xbb\xbfid;name;city;country;lat;lon;languages;capacity;institution;event;date\r\n" +
			"addis;African Union Commission;Addis Ababa;Ethiopia;9,03;38,74; en | fr | pt | ar ;;African Union;;\r\n" +
			";;;;;;;;;;\r\n" +
			" geneva ;;Genève;;46,2;6,14;; 30 ;;Meeting of States Parties;2025-09-01\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadVenues(strings.NewReader(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ReadVenues() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadVenuesErrors(t *testing.T) {
	const head = "id,city,lat,lon,languages,capacity,date\n"
	tests := []struct {
		name, text string
		line       int
		column     string
		sentinel   error
		says       string
	}{
		{"empty file", "", 1, "", article9.ErrMissingColumn, "the file is empty"},
		{"header only", head, 2, "", ErrNoVenues, "add one row per venue"},
		{"unknown column", "id,city,lat,lon,langauges\n", 1, "langauges", article9.ErrUnknownColumn, `did you mean "languages"?`},
		{"missing required column", "id,lat,lon\n", 1, "city", article9.ErrMissingColumn, "required: id, city, lat, lon"},
		{"duplicate column", "id,city,lat,lon,City\n", 1, "City", article9.ErrDuplicateColumn, "each column once"},
		{"unnamed column", "id,city,lat,lon,\n", 1, "", article9.ErrUnknownColumn, "column 5 has no name"},
		{"missing id", head + ",Lomé,6.13,1.22,,,\n", 2, "id", article9.ErrMissingValue, "short unique id"},
		{"bad id", head + "lo me,Lomé,6.13,1.22,,,\n", 2, "id", article9.ErrInvalidValue, "letters, digits"},
		{"missing city", head + "lome,,6.13,1.22,,,\n", 2, "city", article9.ErrMissingValue, "city of the venue"},
		{"missing lat", head + "lome,Lomé,,1.22,,,\n", 2, "lat", article9.ErrMissingValue, "decimal degrees"},
		{"lat out of range", head + "lome,Lomé,96.13,1.22,,,\n", 2, "lat", article9.ErrInvalidValue, "outside -90..90"},
		{"lon not a number", head + "lome,Lomé,6.13,1°22',,,\n", 2, "lon", article9.ErrInvalidValue, "decimal degrees from -180 to 180"},
		{"lon infinite", head + "lome,Lomé,6.13,Inf,,,\n", 2, "lon", article9.ErrInvalidValue, "decimal degrees"},
		{"language in capitals", head + "lome,Lomé,6.13,1.22,EN|FR,,\n", 2, "languages", article9.ErrInvalidValue, "two-letter lower-case"},
		{"languages separated by commas", head + "lome,Lomé,6.13,1.22,\"en,fr\",,\n", 2, "languages", article9.ErrInvalidValue, "separated by '|'"},
		{"three-letter language", head + "lome,Lomé,6.13,1.22,eng,,\n", 2, "languages", article9.ErrInvalidValue, "two-letter"},
		{"empty language in list", head + "lome,Lomé,6.13,1.22,en||fr,,\n", 2, "languages", article9.ErrInvalidValue, "two-letter"},
		{"language twice", head + "lome,Lomé,6.13,1.22,en|fr|en,,\n", 2, "languages", article9.ErrInvalidValue, "en is listed twice"},
		{"capacity zero", head + "lome,Lomé,6.13,1.22,,0,\n", 2, "capacity", article9.ErrInvalidValue, "whole number of States from 1"},
		{"capacity negative", head + "lome,Lomé,6.13,1.22,,-4,\n", 2, "capacity", article9.ErrInvalidValue, "whole number"},
		{"capacity fractional", head + "lome,Lomé,6.13,1.22,,12.5,\n", 2, "capacity", article9.ErrInvalidValue, "whole number"},
		{"capacity huge", head + "lome,Lomé,6.13,1.22,,99999999999,\n", 2, "capacity", article9.ErrInvalidValue, "from 1 to 1000000"},
		{"date not ISO", head + "lome,Lomé,6.13,1.22,,,01/09/2025\n", 2, "date", article9.ErrInvalidValue, "YYYY-MM-DD"},
		{"date impossible", head + "lome,Lomé,6.13,1.22,,,2025-02-30\n", 2, "date", article9.ErrInvalidValue, "YYYY-MM-DD"},
		{"duplicate id", head + "lome,Lomé,6.13,1.22,,,\nlome,Lomé,6.13,1.22,,,\n", 3, "id", ErrDuplicateVenue, "already on line 2"},
		{"too few fields", head + "lome,Lomé,6.13\n", 2, "", article9.ErrSyntax, "the row has 3 fields but the header has 7"},
		{"bad quoting", head + "lome,Lo\"mé,6.13,1.22,,,\n", 2, "", article9.ErrSyntax, "quoted whole"},
		{"invalid UTF-8 in a field", head + "lome,Lom\xe9,6.13,1.22,,,\n", 2, "city", article9.ErrInvalidUTF8, "save the file as UTF-8"},
		{"invalid UTF-8 in the header", "id,c\xefty,lat,lon\n", 1, "", article9.ErrInvalidUTF8, "UTF-8"},
		{"field too long", head + "lome," + strings.Repeat("x", article9.MaxField+1) + ",6.13,1.22,,,\n", 2, "city", article9.ErrFieldTooLong, "longer than 64 KiB"},
		{"header too long", strings.Repeat("x", 2<<20), 1, "", article9.ErrFieldTooLong, "longer than 1 MiB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vs, err := ReadVenues(strings.NewReader(tc.text))
			if err == nil {
				t.Fatalf("ReadVenues() = %+v, want an error", vs)
			}
			var pe *article9.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not an *article9.ParseError", err, err)
			}
			if pe.Line != tc.line || pe.Column != tc.column {
				t.Errorf("error at line %d column %q, want line %d column %q: %v", pe.Line, pe.Column, tc.line, tc.column, err)
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("error %v does not wrap %v", err, tc.sentinel)
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q does not say %q", err, tc.says)
			}
		})
	}
}

// TestReadVenuesManyErrors checks that every bad row is reported, each with
// its line, up to article9.MaxErrors.
func TestReadVenuesManyErrors(t *testing.T) {
	text := "id,city,lat,lon\nlome,Lomé,96,1\nok,Lomé,6,1\nabuja,,9,7\n"
	_, err := ReadVenues(strings.NewReader(text))
	var es article9.Errors
	if !errors.As(err, &es) {
		t.Fatalf("error %v (%T) is not article9.Errors", err, err)
	}
	var lines []int
	for _, e := range es {
		var pe *article9.ParseError
		if errors.As(e, &pe) {
			lines = append(lines, pe.Line)
		}
	}
	if diff := cmp.Diff([]int{2, 4}, lines); diff != "" {
		t.Errorf("error lines mismatch (-want +got):\n%s", diff)
	}
	text = "id,city,lat,lon\n" + strings.Repeat("x,Lomé,100,1\n", 2*article9.MaxErrors)
	_, err = ReadVenues(strings.NewReader(text))
	if !errors.As(err, &es) || len(es) != article9.MaxErrors {
		t.Errorf("got %d errors, want the first %d", len(es), article9.MaxErrors)
	}
}

// endless is an io.Reader of the same byte for ever, counting what it gives.
type endless struct {
	b    byte
	read int64
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += int64(len(p))
	return len(p), nil
}

// TestReadVenuesHugeField checks that a 100 MB field, or a quote left open,
// is refused after reading a few hundred KiB of it, not read whole.
func TestReadVenuesHugeField(t *testing.T) {
	for _, start := range []string{"lome,", "lome,\""} {
		field := &endless{b: 'x'}
		text := io.MultiReader(strings.NewReader("id,city,lat,lon\n"+start), io.LimitReader(field, 100<<20), strings.NewReader(",6.13,1.22\n"))
		_, err := ReadVenues(text)
		var pe *article9.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, article9.ErrFieldTooLong) || pe.Line != 2 {
			t.Errorf("%q…: error %v, want ErrFieldTooLong on line 2", start, err)
		}
		if field.read > 1<<20 {
			t.Errorf("%q…: read %d MiB of the field, want less than 1", start, field.read>>20)
		}
	}
}

func TestDefaultVenues(t *testing.T) {
	vs := DefaultVenues()
	if len(vs) != 18 {
		t.Fatalf("DefaultVenues() has %d venues, want the 18 of venues.csv", len(vs))
	}
	for _, v := range vs {
		if v.Capacity != 0 || len(v.Languages) == 0 || v.City == "" {
			t.Errorf("venue %+v: want no capacity, some languages and a city", v)
		}
	}
	vs[0].Languages[0] = "xx"
	if DefaultVenues()[0].Languages[0] == "xx" {
		t.Error("changing DefaultVenues' result changed a later call's")
	}
}

func TestOffers(t *testing.T) {
	v := Venue{Languages: []string{"en", "fr"}}
	for _, tc := range []struct {
		v    Venue
		lang string
		want bool
	}{{v, "fr", true}, {v, "es", false}, {v, "", true}, {Venue{}, "ar", true}} {
		if got := tc.v.Offers(tc.lang); got != tc.want {
			t.Errorf("%v.Offers(%q) = %v, want %v", tc.v.Languages, tc.lang, got, tc.want)
		}
	}
}
