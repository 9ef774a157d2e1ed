package region

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/article9/article9"
)

// FuzzReadVenues checks that no input makes ReadVenues panic or hang, that
// an error is always an *article9.ParseError (or a list of them) with a
// line, and that every venue it accepts is valid. The seed corpus is in
// testdata/fuzz/FuzzReadVenues.
func FuzzReadVenues(f *testing.F) {
	f.Add(venuesCSV)
	f.Add([]byte("id;city;lat;lon\r\nx;Y;1,5;2\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		vs, err := ReadVenues(bytes.NewReader(data))
		if err != nil {
			if vs != nil {
				t.Fatalf("venues %v returned with error %v", vs, err)
			}
			var pe *article9.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v (%T) is not a *article9.ParseError with a line", err, err)
			}
			return
		}
		if len(vs) == 0 {
			t.Fatal("no venues and no error")
		}
		seen := map[string]bool{}
		for _, v := range vs {
			switch {
			case !idPattern.MatchString(v.ID) || seen[v.ID]:
				t.Fatalf("bad or duplicate id %q", v.ID)
			case strings.TrimSpace(v.City) == "":
				t.Fatalf("venue %s has no city", v.ID)
			case math.IsNaN(v.Lat) || math.Abs(v.Lat) > 90 || math.IsNaN(v.Lon) || math.Abs(v.Lon) > 180:
				t.Fatalf("venue %s at %g, %g", v.ID, v.Lat, v.Lon)
			case v.Capacity < 0:
				t.Fatalf("venue %s seats %d", v.ID, v.Capacity)
			}
			for _, l := range v.Languages {
				if !langPattern.MatchString(l) {
					t.Fatalf("venue %s offers %q", v.ID, l)
				}
			}
			seen[v.ID] = true
		}
	})
}
