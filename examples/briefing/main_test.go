package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/article9/article9/examples/internal/cli"
)

// chdir runs the test in a fresh directory, for the default output file.
func chdir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

func TestRunDefault(t *testing.T) {
	dir := chdir(t)
	var out, errOut bytes.Buffer
	if err := run(nil, &out, &errOut); err != nil {
		t.Fatalf("run: %v (stderr %q)", err, errOut.String())
	}
	line := regexp.MustCompile(`^briefing\.pdf: (\d+) pages, 58 States, 4 workshops \(en, as of 2025-03-06\)\n$`)
	if !line.MatchString(out.String()) {
		t.Errorf("stdout = %q, want one summary line", out.String())
	}
	data, err := os.ReadFile(filepath.Join(dir, "briefing.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) || len(data) > 1500*1000 {
		t.Errorf("briefing.pdf: %d bytes, starts %q", len(data), data[:8])
	}
}

func TestRunFlags(t *testing.T) {
	dir := chdir(t)
	data := filepath.Join(dir, "states.csv")
	csv := "iso3,name,name_fr,lat,lon,status,language\n" +
		"CIV,Côte d’Ivoire,Côte d’Ivoire,5.32,-4.03,no_information,fr\n" +
		"GNB,Guinea-Bissau,Guinée-Bissau,11.86,-15.6,incomplete,pt\n" +
		"MLI,Mali,Mali,12.65,-8.0,in_process,fr\n"
	if err := os.WriteFile(data, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	venues := filepath.Join(dir, "venues.csv")
	if err := os.WriteFile(venues, []byte("id,city,lat,lon\nlome,Lomé,6.13,1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	follow := filepath.Join(dir, "followups.csv")
	if err := os.WriteFile(follow, []byte("iso3,action,subject,due\nMLI,A,Send the model law,2025-01-31\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	plan := filepath.Join(dir, "workplan.csv")
	if err := os.WriteFile(plan, []byte("action,status,notes\nG,done,Agreed with the ICRC and CMC\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	meetings := filepath.Join(dir, "meetings.csv")
	if err := os.WriteFile(meetings, []byte("name,kind,city,start,end\nRegional workshop,other,Lomé,2025-06-02,2025-06-03\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-followups", follow, "-workplan", plan, "-meetings", meetings, "-top", "2", "-o", "annexes.pdf"}, "annexes.pdf: N pages, 58 States, 4 workshops (en, as of 2025-03-06)\n"},
		{[]string{"-annexes=false", "-top", "2", "-o", "bare.pdf"}, "bare.pdf: N pages, 58 States, 4 workshops (en, as of 2025-03-06)\n"},
		{[]string{"-lang", "fr", "-o", "fr.pdf", "-top", "5"}, "fr.pdf: N pages, 58 States, 4 workshops (fr, as of 2025-03-06)\n"},
		{[]string{"-lang", "es", "-o", "es.pdf", "-scope", "insufficient", "-workshops", "0", "-samples", "0", "-top", "1"}, "es.pdf: N pages, 31 States, 0 workshops (es, as of 2025-03-06)\n"},
		{[]string{"-data", data, "-venues", venues, "-asof", "2025-01-01", "-workshops", "1", "-o", "own.pdf", "-seed", "7"}, "own.pdf: N pages, 3 States, 1 workshops (en, as of 2025-01-01)\n"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(tc.args, &out, &errOut); err != nil {
				t.Fatalf("run: %v", err)
			}
			got := regexp.MustCompile(`: \d+ pages`).ReplaceAllString(out.String(), ": N pages")
			if got != tc.want {
				t.Errorf("stdout = %q, want %q", out.String(), tc.want)
			}
		})
	}
}

// TestErrors checks the exit statuses and that an error is one line (a
// file with several problems lists them, one a line, under a first line).
func TestErrors(t *testing.T) {
	dir := chdir(t)
	bad := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(bad, []byte("iso3,name,lat,lon,status\nMLI,Mali,12.6,-8,maybe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-lang", "de"}, 2, `-lang "de": allowed: en, fr, es`},
		{[]string{"-asof", "6 March 2025"}, 2, "is not a date"},
		{[]string{"-scope", "all"}, 2, "all"},
		{[]string{"-top", "-1"}, 2, "-top -1"},
		{[]string{"-capacity", "0"}, 2, "-capacity 0"},
		{[]string{"extra"}, 2, "unexpected argument"},
		{[]string{"-annexes=false", "-workplan", "plan.csv"}, 2, "which -annexes=false leaves out"},
		{[]string{"-meetings", bad}, 1, "bad.csv"},
		{[]string{"-followups", bad}, 1, "bad.csv"},
		{[]string{"-workplan", filepath.Join(dir, "missing.csv")}, 1, "no such file"},
		{[]string{"-nosuchflag"}, 2, "flag provided but not defined"},
		{[]string{"-data", filepath.Join(dir, "missing.csv")}, 1, "no such file"},
		{[]string{"-data", bad}, 1, "bad.csv:2: status"},
		{[]string{"-capacity", "1", "-workshops", "1"}, 1, "no plan"},
		{[]string{"-o", filepath.Join(dir, "no", "dir", "x.pdf")}, 1, "no such file or directory"},
		{[]string{"-h"}, 0, "Usage: briefing"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := cli.Exit("briefing", run(tc.args, &out, &errOut), &errOut)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, errOut.String())
			}
			msg := errOut.String()
			if tc.code == 0 && !strings.Contains(msg, tc.want) {
				t.Errorf("stderr %q, want %q", msg, tc.want)
			}
			if tc.code != 0 {
				if !strings.HasPrefix(msg, "briefing: ") || !strings.Contains(msg, tc.want) {
					t.Errorf("stderr %q, want briefing: …%s…", msg, tc.want)
				}
				if lines := strings.Count(msg, "\n"); lines != 1 && !strings.Contains(msg, "problems:") {
					t.Errorf("stderr has %d lines, want one: %q", lines, msg)
				}
				if strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
					t.Errorf("stderr has a panic trace: %q", msg)
				}
			}
		})
	}
}

// TestAnnexes checks that the annexes are in the pack unless
// -annexes=false: the same pack without them has fewer pages.
func TestAnnexes(t *testing.T) {
	chdir(t)
	pages := func(args ...string) int {
		t.Helper()
		var out, errOut bytes.Buffer
		if err := run(append(args, "-top", "1", "-samples", "0"), &out, &errOut); err != nil {
			t.Fatalf("run %v: %v", args, err)
		}
		m := regexp.MustCompile(`: (\d+) pages`).FindStringSubmatch(out.String())
		if m == nil {
			t.Fatalf("no page count in %q", out.String())
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	with, without := pages("-o", "with.pdf", "-asof", "2025-10-01"), pages("-o", "without.pdf", "-annexes=false")
	if with <= without {
		t.Errorf("%d pages with the annexes, %d without", with, without)
	}
}
