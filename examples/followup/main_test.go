package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/article9/article9/examples/internal/clitest"
)

// runCode runs the program as main does and returns the exit status and
// the two outputs.
func runCode(args ...string) (int, string, string) {
	return clitest.Run("followup", run, args...)
}

// TestDefaultRun checks the output on the embedded data against a golden
// file (layout), and what it must say whatever the layout.
func TestDefaultRun(t *testing.T) {
	code, out, errOut := runCode()
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"Article 9 follow-ups as of 6 March 2025",
		"Open follow-ups: 3, of which 0 overdue",
		"ATG  Antigua and Barbuda", "BFA  Burkina Faso", "NRU  Nauru",
		"due at the opening of the Thirteenth Meeting of States Parties (13MSP) on 16 September 2025",
		"7 of 8 actions overdue",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m) +$`).MatchString(out) {
		t.Error("trailing spaces in the output")
	}
	clitest.Golden(t, "testdata/default_golden.txt", out)
}

func TestUserFiles(t *testing.T) {
	code, out, errOut := runCode("-asof", "2025-03-06", "-followups", "testdata/followups.csv",
		"-meetings", "testdata/meetings.csv", "-workplan", "testdata/workplan.csv", "-years", "3", "-next", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Open follow-ups: 4, of which 1 overdue (and 1 closed, 1 of them late)",
		"OVERDUE by 33 days",             // BFA, due 1 February 2025
		"due today",                      // NRU, due on the as-of date: not overdue
		"(no single State)",              // the Action F side event
		"CIV  Côte d’Ivoire",             // no due date: listed last
		"Regional workshop on Article 9", // the user's meeting
		"2027-09-21  2027-09-24  Fourteenth Meeting of States Parties (14MSP)", // announced: replaces the expected one
		"5 of 8 actions overdue", // A is in progress but past its deadline: still overdue
		"G: Priority list agreed with the ICRC and CMC",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "2027-09-14") {
		t.Error("the expected 14MSP dates are still listed beside the announced ones")
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "NRU") && strings.Contains(line, "OVERDUE") {
			t.Errorf("due today is marked overdue: %q", line)
		}
		if strings.Contains(line, "Confirm the review") {
			t.Errorf("a closed follow-up is listed as open: %q", line)
		}
	}
	clitest.Golden(t, "testdata/files_golden.txt", out)
}

// TestICS writes the calendar and reads it back with a small RFC 5545
// reader written here.
func TestICS(t *testing.T) {
	path := filepath.Join(t.TempDir(), "followup.ics")
	code, out, errOut := runCode("-ics", path, "-followups", "testdata/followups.csv", "-asof", "2025-03-06")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Wrote "+path+": 4 follow-ups with a due date and 6 meetings") {
		t.Errorf("output does not report the file: %s", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(data), "\r\n") {
		t.Fatal("the file does not end in CRLF")
	}
	var lines []string
	for i, l := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if len(l) > 75 || strings.ContainsAny(l, "\r\n") {
			t.Errorf("physical line %d: %d octets or a bare line break: %q", i+1, len(l), l)
		}
		if strings.HasPrefix(l, " ") {
			lines[len(lines)-1] += l[1:]
		} else {
			lines = append(lines, l)
		}
	}
	depth, events := 0, 0
	var summaries []string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "BEGIN:"):
			depth++
			if l == "BEGIN:VEVENT" {
				events++
			}
		case strings.HasPrefix(l, "END:"):
			depth--
		case strings.HasPrefix(l, "DTSTAMP:"):
			if l != "DTSTAMP:20250306T000000Z" {
				t.Errorf("%s, want the as-of date in UTC", l)
			}
		case strings.HasPrefix(l, "SUMMARY:"):
			summaries = append(summaries, strings.NewReplacer(`\,`, ",", `\;`, ";", `\\`, `\`).Replace(strings.TrimPrefix(l, "SUMMARY:")))
		}
		if depth < 0 {
			t.Fatal("END without BEGIN")
		}
	}
	if depth != 0 || lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Errorf("unbalanced calendar: depth %d, first %q, last %q", depth, lines[0], lines[len(lines)-1])
	}
	if events != 10 {
		t.Errorf("%d events, want 6 meetings and 4 follow-ups with a due date", events)
	}
	for _, want := range []string{"Action A: BFA: Send the model law to the Ministry of Justice", "Action A: ATG: Confirm the review of existing law (closed 2025-02-20)", "Action F: Side event at the First Committee"} {
		found := false
		for _, s := range summaries {
			found = found || s == want
		}
		if !found {
			t.Errorf("no event %q in %q", want, summaries)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left beside the calendar: %v", entries)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"bad row", []string{"-followups", "testdata/bad_followups.csv"}, 1, `followup: bad_followups.csv:3: action: invalid value "Q" (allowed: a letter A to H`},
		{"missing file", []string{"-meetings", filepath.Join(dir, "none.csv")}, 1, "no such file"},
		{"bad data file", []string{"-data", "testdata/workplan.csv"}, 1, "workplan.csv:1"},
		{"unknown flag", []string{"-folowups", "x"}, 2, "flag provided but not defined: -folowups"},
		{"bad date", []string{"-asof", "6/3/2025"}, 2, `-asof "6/3/2025" is not a date (allowed: YYYY-MM-DD`},
		{"argument", []string{"extra"}, 2, `unexpected argument "extra"`},
		{"years", []string{"-years", "0"}, 2, "-years 0: give 1 to 100"},
		{"years too many", []string{"-years", "1000000000"}, 2, "-years 1000000000: give 1 to 100"},
		{"ics into no directory", []string{"-ics", filepath.Join(dir, "no", "x.ics")}, 1, "no such file or directory"},
		{"investment into no directory", []string{"-investment", filepath.Join(dir, "no", "x.pdf")}, 1, "no such file or directory"},
		{"language", []string{"-lang", "de"}, 2, `-lang "de": allowed: en, fr, es`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCode(tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tc.code, tc.want)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Errorf("a panic: %s", errOut)
			}
		})
	}
	if code, _, errOut := runCode("-h"); code != 0 || !strings.Contains(errOut, "Usage: followup") {
		t.Errorf("-h: exit %d, %q", code, errOut)
	}
}

// TestOverdue evaluates the embedded data on 1 October 2025: the follow-ups
// of the three States that requested assistance were due at the 13MSP
// (16 September 2025), the first formal meeting after the data's date, and
// are 15 days overdue.
func TestOverdue(t *testing.T) {
	code, out, errOut := runCode("-asof", "2025-10-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Open follow-ups: 3, of which 3 overdue",
		"the first formal meeting after the data's date (6 March 2025)",
		"OVERDUE  ATG  Antigua and Barbuda", "OVERDUE  BFA  Burkina Faso", "OVERDUE  NRU  Nauru",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := strings.Count(out, "OVERDUE by 15 days"); n != 3 {
		t.Errorf("%d follow-ups overdue by 15 days, want 3:\n%s", n, out)
	}
	if strings.Contains(out, "2025-09-16  2025-09-19") {
		t.Error("the 13MSP, past, is listed among the meetings ahead")
	}
}

// TestInvestment writes the Action H document in each language: one line
// says what was written, with the number of laws the data record.
func TestInvestment(t *testing.T) {
	laws := 0
	for _, s := range article9.CCM().States {
		if s.InvestmentBan == article9.Yes {
			laws++
		}
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "fr", "es"} {
		path := filepath.Join(dir, "investment-"+lang+".pdf")
		code, out, errOut := runCode("-investment", path, "-lang", lang)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		want := fmt.Sprintf("\nWrote %s: the Action H reference document (%s), %d laws or measures prohibiting investment and 2 positions short of a law.\n", path, lang, laws)
		if !strings.HasSuffix(out, want) {
			t.Errorf("output ends %q, want %q", out[max(0, len(out)-200):], want)
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Errorf("%s: %v, not a PDF", path, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("%d files in the directory, want the 3 documents and no temporary file", len(entries))
	}
	// With -ics too, both files are reported, one line each.
	ics, pdf := filepath.Join(dir, "f.ics"), filepath.Join(dir, "h.pdf")
	code, out, _ := runCode("-ics", ics, "-investment", pdf)
	if code != 0 || !strings.Contains(out, "events.\nWrote "+pdf+": ") {
		t.Errorf("exit %d, output %q", code, out)
	}
}
