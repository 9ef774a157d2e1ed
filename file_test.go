package article9

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvText := minimal + fra
	jsonText := `{"name": "mine", "states": [` + jsonFRA + `]}`
	want := []State{{ISO3: "FRA", Name: "France", Lat: 48.86, Lon: 2.35, Status: SpecificLegislation}}
	tests := []struct {
		file, text string
		name       string // the Dataset's Name
	}{
		{"states.csv", csvText, "states.csv"},
		{"states.txt", csvText, "states.txt"},
		{"states", csvText, "states"},
		{"states.json", jsonText, "mine"},
		{"STATES.JSON", jsonText, "mine"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := write(tt.file, tt.text)
			d, err := ReadFile(p)
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if diff := cmp.Diff(want, d.States); diff != "" {
				t.Errorf("States mismatch (-want +got):\n%s", diff)
			}
			if d.Name != tt.name || d.Source != p {
				t.Errorf("Name, Source = %q, %q; want %q, %q", d.Name, d.Source, tt.name, p)
			}
		})
	}
	t.Run("JSON by extension only", func(t *testing.T) {
		_, err := ReadFile(write("json.csv", jsonText))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "json.csv" {
			t.Errorf("reading JSON from a .csv file: error = %v, want a CSV *ParseError naming json.csv", err)
		}
	})
	t.Run("one error names the file", func(t *testing.T) {
		_, err := ReadFile(write("bad.csv", minimal+"FRA,France,123.4,2.35,specific_legislation\n"))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error = %v, want a *ParseError", err)
		}
		if pe.File != "bad.csv" || !strings.HasPrefix(err.Error(), "bad.csv:2: lat: ") {
			t.Errorf("error = %q (File %q), want it to start bad.csv:2: lat: ", err, pe.File)
		}
	})
	t.Run("every error names the file", func(t *testing.T) {
		for _, name := range []string{"bad2.csv", "bad2.json"} {
			text := minimal + "fra,France,1,2,specific_legislation\nCIV,x,100,2,in_process\n"
			if strings.HasSuffix(name, ".json") {
				text = "{\"states\": [\n{\"iso3\": \"fra\", \"name\": \"France\", \"lat\": 1, \"lon\": 2},\n{\"iso3\": \"CIV\", \"name\": \"x\", \"lat\": 100, \"lon\": 2}]}"
			}
			_, err := ReadFile(write(name, text))
			var es Errors
			if !errors.As(err, &es) || len(es) != 2 {
				t.Fatalf("%s: error = %v, want 2 Errors", name, err)
			}
			for i, e := range es {
				pe := e.(*ParseError)
				if pe.File != name || pe.Line != i+2 || !strings.HasPrefix(e.Error(), name+":") {
					t.Errorf("%s: error %d = %q (File %q, Line %d)", name, i, e, pe.File, pe.Line)
				}
			}
		}
	})
	t.Run("missing file", func(t *testing.T) {
		_, err := ReadFile(filepath.Join(dir, "none.csv"))
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("error = %v, want fs.ErrNotExist", err)
		}
	})
	t.Run("a directory", func(t *testing.T) {
		_, err := ReadFile(dir)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != filepath.Base(dir) {
			t.Errorf("error = %v, want a *ParseError naming the directory", err)
		}
	})
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"out.csv", "out.JSON", "out"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			want := fullDataset()
			if err := WriteFile(p, want); err != nil {
				t.Fatalf("WriteFile: %v", err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			isJSON := strings.HasSuffix(name, ".JSON")
			if hasBOM := strings.HasPrefix(string(b), "\ufeff"); hasBOM == isJSON {
				t.Errorf("byte-order mark: %v, want %v", hasBOM, !isJSON)
			}
			got, err := ReadFile(p)
			if err != nil {
				t.Fatalf("ReadFile(WriteFile(d)): %v", err)
			}
			if diff := cmp.Diff(want.States, got.States); diff != "" {
				t.Errorf("ReadFile(WriteFile(d)) mismatch (-want +got):\n%s", diff)
			}
			if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o644 {
				t.Errorf("mode = %v, %v; want 0644", fi.Mode(), err)
			}
		})
	}
	t.Run("replaces a file", func(t *testing.T) {
		p := filepath.Join(dir, "replace.csv")
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(p, CCM()); err != nil {
			t.Fatal(err)
		}
		if d, err := ReadFile(p); err != nil || len(d.States) != len(CCM().States) {
			t.Errorf("ReadFile after replacing: %v", err)
		}
	})
	t.Run("no partial file on error", func(t *testing.T) {
		sub := filepath.Join(dir, "sub")
		if err := os.MkdirAll(filepath.Join(sub, "target.csv"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(filepath.Join(sub, "target.csv"), CCM()); err == nil {
			t.Error("WriteFile over a directory succeeded")
		}
		if err := WriteFile(filepath.Join(dir, "missing", "x.csv"), CCM()); err == nil {
			t.Error("WriteFile into a missing directory succeeded")
		}
		bad := fullDataset()
		bad.States[0].Indicators["nan"] = math.NaN() // JSON cannot hold NaN
		if err := WriteFile(filepath.Join(sub, "bad.json"), bad); err == nil {
			t.Error("WriteFile of NaN as JSON succeeded")
		}
		entries, err := os.ReadDir(sub)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 1 || entries[0].Name() != "target.csv" {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("directory holds %q after failed writes, want only target.csv", names)
		}
	})
}
