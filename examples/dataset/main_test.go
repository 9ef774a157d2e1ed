package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/article9/article9"
)

// runArgs runs the command and returns its exit status and output.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportCheckRoundTrip(t *testing.T) {
	for _, name := range []string{"states.csv", "states.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			code, out, errs := runArgs("-export", path)
			if code != 0 || errs != "" {
				t.Fatalf("-export: exit %d, stderr %q", code, errs)
			}
			if !strings.Contains(out, "Wrote "+path+": 124 States") {
				t.Errorf("-export says %q", out)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if bom := bytes.HasPrefix(b, []byte("\ufeff")); bom != strings.HasSuffix(name, ".csv") {
				t.Errorf("byte-order mark %v in %s", bom, name)
			}
			code, out, errs = runArgs("-check", path)
			if code != 0 || errs != "" {
				t.Fatalf("-check: exit %d, stderr %q", code, errs)
			}
			for _, want := range []string{path + ": 124 States, no errors.", "State of Play", "111 States Parties", "by UN regional group"} {
				if !strings.Contains(out, want) {
					t.Errorf("-check output lacks %q:\n%s", want, out)
				}
			}
			d, err := article9.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(article9.CCM().States, d.States); diff != "" {
				t.Errorf("exported States mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := runArgs("-export", "-", "-format", "json")
	if code != 0 || !strings.HasPrefix(out, "{") || !strings.Contains(out, `"as_of": "2025-03-06"`) {
		t.Errorf("-export - -format json: exit %d, output starts %.40q", code, out)
	}
	code, out, _ = runArgs("-export", "-")
	if code != 0 || !strings.HasPrefix(out, "iso3,name,") {
		t.Errorf("-export -: exit %d, output starts %.40q", code, out)
	}
	// -data converts a user's file.
	src := filepath.Join(dir, "mine.csv")
	if err := os.WriteFile(src, []byte("iso3;name;lat;lon;status\nCIV;Côte d’Ivoire;6,83;-5,29;in process\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "mine.json")
	if code, _, errs := runArgs("-export", dst, "-data", src); code != 0 {
		t.Fatalf("-export -data: exit %d, %s", code, errs)
	}
	d, err := article9.ReadFile(dst)
	if err != nil || len(d.States) != 1 || d.States[0].Name != "Côte d’Ivoire" || d.States[0].Status != article9.InProcess {
		t.Errorf("converted file: %v, %+v", err, d)
	}
}

func TestExportReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "states.csv")
	if err := os.WriteFile(path, []byte("my edits"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runArgs("-export", path)
	if code != 1 || !strings.Contains(errs, "exists: give -force") {
		t.Errorf("-export over a file: exit %d, stderr %q; want 1 and a hint at -force", code, errs)
	}
	if b, _ := os.ReadFile(path); string(b) != "my edits" {
		t.Error("-export without -force replaced the file")
	}
	if code, _, errs := runArgs("-export", path, "-force"); code != 0 {
		t.Fatalf("-export -force: exit %d, %s", code, errs)
	}
	if _, err := article9.ReadFile(path); err != nil {
		t.Errorf("after -force: %v", err)
	}
	// A failed export leaves nothing behind.
	target := filepath.Join(dir, "adir.csv")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runArgs("-export", target, "-force"); code != 1 {
		t.Errorf("-export over a directory: exit %d, want 1", code)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{"adir.csv", "states.csv"}, names); diff != "" {
		t.Errorf("files after a failed export (-want +got):\n%s", diff)
	}
}

func TestCheckBrokenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.csv")
	text := "\ufeffiso3,name,lat,lon,status,stockpile\r\n" + // 1
		"FRA,France,48.86,2.35,specific_legislation,yes\r\n" + // 2
		"fra,France,48.86,2.35,specific_legislation,\r\n" + // 3
		"CIV,\"Côte d’Ivoire,\nla\",123.4,-5.29,in process,maybe\r\n" + // 4-5
		"DEU,Germany,52.52,13.40\r\n" + // 6
		"FRA,France,48.86,2.35,done,no\r\n" // 7
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runArgs("-check", path)
	if code != 1 || out != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
	}
	want := []string{
		`broken.csv:3: iso3: invalid value "fra" (allowed: three upper-case letters, such as FRA)`,
		`broken.csv:4: lat: invalid value "123.4" is outside -90..90`,
		`broken.csv:4: stockpile: invalid value "maybe" (allowed: yes, no, true, false, 1, 0, or blank for unknown)`,
		`broken.csv:6: malformed file: the row has 4 fields but the header has 6 (a separator missing, or one too many?)`,
		`broken.csv:7: status: invalid value "done" (allowed: specific_legislation, existing_law, in_process, incomplete, no_information)`,
		path + `: 5 problems; nothing was read`,
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(errs, "\n"), "\n")); diff != "" {
		t.Errorf("-check stderr mismatch (-want +got):\n%s", diff)
	}
}

func TestCheckJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.json")
	text := "{\"states\": [\n" +
		`{"iso3": "FRA", "name": "France", "lat": 48.86, "lon": 2.35, "status": "specific_legislation", "stockpile": "maybe"},` + "\n" +
		`{"iso3": "CIV", "name": "Côte d’Ivoire", "latt": 6.83, "lon": -5.29, "status": "in_process"}` + "\n]}\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runArgs("-check", path)
	want := []string{
		`broken.json:2: stockpile: State 1 ("FRA"): invalid value "maybe" (allowed: yes, no, true, false, 1, 0, or blank for unknown)`,
		`broken.json:3: latt: State 2 ("CIV"): unknown column "latt" (did you mean "lat"?)`,
		path + `: 2 problems; nothing was read`,
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(errs, "\n"), "\n")); code != 1 || diff != "" {
		t.Errorf("exit %d; -check stderr mismatch (-want +got):\n%s", code, diff)
	}
}

func TestCheckWarnings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.csv")
	if err := os.WriteFile(path, []byte("iso3,name,name_fr,name_es,lat,lon,status,status_year,source\nXKX,Kosovo,Kosovo,Kosovo,42.66,21.17,in_process,2024,own\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runArgs("-check", path)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		path + ": 1 State, no errors.",
		"1 warning worth a look (the file is valid as it is):\n  XKX: iso3: XKX is not a current ISO 3166-1 alpha-3 code",
		"1 State Party\n  specific_legislation     0\n  existing_law             0\n  in_process               1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckMany(t *testing.T) {
	var b strings.Builder
	b.WriteString("iso3,name,lat,lon,status\n")
	for range 2 * article9.MaxErrors {
		b.WriteString("xx,x,0,0,in_process\n")
	}
	path := filepath.Join(t.TempDir(), "many.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runArgs("-check", path)
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if code != 1 || len(lines) != article9.MaxErrors+1 || !strings.Contains(lines[len(lines)-1], "the check stops there") {
		t.Errorf("exit %d, %d lines, last %q", code, len(lines), lines[len(lines)-1])
	}
}

func TestSummary(t *testing.T) {
	code, out, errs := runArgs("-summary")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "State of Play: Convention on Cluster Munitions, as of 6 March 2025\n\n" + article9.CCM().Summary().String() + ccmNote
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("-summary mismatch (-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("iso3,name,lat,lon,status\nFRA,France,1,2,done\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // what stderr must hold
	}{
		{"no flags", nil, 2, "give one of -export FILE, -check FILE or -summary"},
		{"unknown flag", []string{"-exprot", "x.csv"}, 2, "flag provided but not defined: -exprot"},
		{"two actions", []string{"-summary", "-check", "x.csv"}, 2, "only one of"},
		{"extra argument", []string{"-summary", "x.csv"}, 2, `unexpected argument "x.csv"`},
		{"bad format", []string{"-export", "x.csv", "-format", "xlsx"}, 2, `-format "xlsx" (allowed: csv, json)`},
		{"format without export", []string{"-summary", "-format", "json"}, 2, "-format applies to -export only"},
		{"format and name disagree", []string{"-export", filepath.Join(dir, "x.csv"), "-format", "json"}, 2, "does not match the name"},
		{"force without export", []string{"-summary", "-force"}, 2, "-force applies to -export only"},
		{"data with check", []string{"-check", "x.csv", "-data", "y.csv"}, 2, "-data is not needed"},
		{"missing file", []string{"-check", filepath.Join(dir, "none.csv")}, 1, "no such file"},
		{"export from a bad file", []string{"-export", filepath.Join(dir, "out.csv"), "-data", bad}, 1, `bad.csv:2: status: invalid value "done"`},
		{"summary of a bad file", []string{"-summary", "-data", bad}, 1, "1 problem; nothing was read"},
		{"help", []string{"-h"}, 0, "Usage:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runArgs(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.stderr)
			}
			if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") {
				t.Errorf("stderr shows a panic: %s", errs)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "out.csv")); err == nil {
		t.Error("-export from a bad file wrote a file")
	}
}
