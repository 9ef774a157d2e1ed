package main

import (
	"encoding/csv"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/article9/article9/examples/internal/clitest"
)

// runCode runs the program as main does and returns the exit status and
// the two outputs.
func runCode(args ...string) (int, string, string) {
	return clitest.Run("prioritise", run, args...)
}

// TestDefaultTable checks the default run on the embedded data: the layout
// against a golden file, and what a coordinator must see whatever the
// layout.
func TestDefaultTable(t *testing.T) {
	code, out, errOut := runCode()
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"Priority for Article 9 outreach, as of 6 March 2025",
		"Scope:     outstanding, 58 States Parties (in process, incomplete or no information)",
		"gap 0.403, staleness 0.147, reporting 0.147, deadline 0.079, obligations 0.076, assistance 0.147 (AHP, consistency ratio 0.003)",
		"1     1     COM  Comoros",
		"no information on its legislation; no update since 2015 (10 years)",
		"the counts differ from the\nconcept note's",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m) +$`).MatchString(out) {
		t.Error("trailing spaces in the output")
	}
	clitest.Golden(t, "testdata/default_golden.txt", out)
	// Same input, same bytes.
	if _, again, _ := runCode(); again != out {
		t.Error("two runs differ")
	}
}

// jsonOut mirrors the documented schema; decoding with
// DisallowUnknownFields rejects any key the documentation does not list.
type jsonOut struct {
	AsOf             string             `json:"as_of"`
	Method           string             `json:"method"`
	Weights          map[string]float64 `json:"weights"`
	ConsistencyRatio *float64           `json:"consistency_ratio"`
	States           []struct {
		Rank          int                `json:"rank"`
		Tier          int                `json:"tier"`
		ISO3          string             `json:"iso3"`
		Name          string             `json:"name"`
		Score         float64            `json:"score"`
		Contributions map[string]float64 `json:"contributions"`
		Imputed       []string           `json:"imputed"`
		Reasons       []string           `json:"reasons"`
		RankInterval  *[2]int            `json:"rank_interval"`
		PTop          *float64           `json:"p_top"`
	} `json:"states"`
}

var (
	topKeys   = []string{"as_of", "method", "weights", "consistency_ratio", "states"}
	stateKeys = []string{"rank", "tier", "iso3", "name", "score", "contributions", "imputed", "reasons", "rank_interval", "p_top"}
)

// decodeJSON validates out against the schema: no unknown key, every key
// present (null allowed only where documented), and returns it.
func decodeJSON(t *testing.T, out string) jsonOut {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var v jsonOut
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("JSON does not match the schema: %v", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "top level", raw, topKeys)
	var states []map[string]json.RawMessage
	if err := json.Unmarshal(raw["states"], &states); err != nil {
		t.Fatalf("states: %v", err)
	}
	for i, s := range states {
		checkKeys(t, "state "+string(s["iso3"]), s, stateKeys)
		for _, k := range []string{"imputed", "reasons", "contributions"} {
			if string(s[k]) == "null" {
				t.Errorf("state %d: %s is null", i, k)
			}
		}
	}
	return v
}

func checkKeys(t *testing.T, what string, m map[string]json.RawMessage, keys []string) {
	t.Helper()
	if len(m) != len(keys) {
		t.Errorf("%s has %d keys, want %d", what, len(m), len(keys))
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks key %q", what, k)
		}
	}
}

func TestJSON(t *testing.T) {
	code, out, errOut := runCode("-format", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	v := decodeJSON(t, out)
	if v.AsOf != "2025-03-06" || v.Method != "wsum" || v.ConsistencyRatio == nil || len(v.States) != 58 || len(v.Weights) != 6 {
		t.Fatalf("as_of %q, method %q, CR %v, %d States, %d weights", v.AsOf, v.Method, v.ConsistencyRatio, len(v.States), len(v.Weights))
	}
	for p, s := range v.States {
		sum := 0.0
		for _, c := range s.Contributions {
			sum += c
		}
		if d := sum - s.Score; d > 1e-12 || d < -1e-12 {
			t.Errorf("%s: contributions sum to %v, score %v", s.ISO3, sum, s.Score)
		}
		if s.RankInterval == nil || s.PTop == nil || s.Rank < 1 || p > 0 && s.Rank < v.States[p-1].Rank {
			t.Errorf("%s: rank %d, interval %v, p_top %v", s.ISO3, s.Rank, s.RankInterval, s.PTop)
		}
	}
	if s := v.States[0]; s.ISO3 != "COM" || s.Rank != 1 || s.Tier != 1 || !cmp.Equal(s.Imputed, []string{"staleness"}) {
		t.Errorf("first State %+v", s)
	}
	// Without stability: nulls; with -weights: no consistency ratio.
	_, out, _ = runCode("-format", "json", "-samples", "0", "-weights", "gap=1,reporting=1", "-top", "3", "-method", "topsis")
	v = decodeJSON(t, out)
	if v.ConsistencyRatio != nil || len(v.States) != 3 || v.Method != "topsis" || v.Weights["staleness"] != 0 || v.Weights["gap"] != 0.5 {
		t.Errorf("CR %v, %d States, method %s, weights %v", v.ConsistencyRatio, len(v.States), v.Method, v.Weights)
	}
	for _, s := range v.States {
		if s.RankInterval != nil || s.PTop != nil {
			t.Errorf("%s: stability given with -samples 0", s.ISO3)
		}
	}
}

func TestCSV(t *testing.T) {
	code, out, errOut := runCode("-format", "csv", "-scope", "parties", "-samples", "100", "-k", "5")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHead := []string{"rank", "tier", "iso3", "name", "score",
		"contribution:gap", "contribution:staleness", "contribution:reporting", "contribution:deadline", "contribution:obligations", "contribution:assistance",
		"imputed", "reasons", "change", "rank_low", "rank_high", "median_rank", "p_top"}
	if diff := cmp.Diff(wantHead, rows[0]); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	if len(rows) != 1+111 {
		t.Errorf("%d rows, want 111 States Parties", len(rows)-1)
	}
	if rows[1][2] != "COM" || !strings.Contains(rows[1][13], "would move it from 1st to") || rows[1][14] == "" {
		t.Errorf("first row %q", rows[1])
	}
}

func TestFiles(t *testing.T) {
	code, out, errOut := runCode("-data", "testdata/states.csv", "-asof", "2025-03-06", "-ahp", "testdata/pairwise.csv", "-scope", "parties")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	clitest.Golden(t, "testdata/files_golden.txt", out)
	if strings.Contains(out, "EEE") {
		t.Error("a signatory is ranked")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-nope"}, 2, "prioritise: flag provided but not defined: -nope (run prioritise -h for help)\n"},
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-scope", "all"}, 2, `-scope "all": allowed: outstanding, insufficient, parties`},
		{[]string{"-method", "ahp"}, 2, `-method "ahp": allowed: wsum, topsis`},
		{[]string{"-format", "xml"}, 2, `-format "xml": allowed: table, csv, json`},
		{[]string{"-asof", "6/3/2025"}, 2, `-asof "6/3/2025" is not a date`},
		{[]string{"-weights", "gap=1,stalenes=1"}, 2, `-weights: priority: invalid weights: unknown criterion "stalenes"`},
		{[]string{"-weights", "gap=1", "-ahp", "testdata/pairwise.csv"}, 2, "give -weights or -ahp, not both"},
		{[]string{"-samples", "-1"}, 2, "-samples -1"},
		{[]string{"-k", "0"}, 2, "-k 0"},
		{[]string{"-top", "-2"}, 2, "-top -2"},
		{[]string{"-data", "testdata/none.csv"}, 1, "no such file"},
		{[]string{"-data", "testdata/bad_states.csv"}, 1, "bad_states.csv:2: lat:"},
		{[]string{"-ahp", "testdata/bad_pairwise.csv"}, 1, `prioritise: bad_pairwise.csv:2: staleness: invalid value "three" (allowed: a positive number or fraction, such as 3 or 1/3)` + "\n"},
		{[]string{"-ahp", "testdata/inconsistent.csv"}, 1, "inconsistent.csv: priority: consistency ratio 1.013 is above 0.1 (revise the judgements); most inconsistent: gap over deadline given 0.125, the weights imply 0.66"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCode(tt.args...)
			if code != tt.code || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 && !strings.HasPrefix(tt.args[0], "-nope") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, %q", code, out, errOut, tt.code, tt.want)
			}
		})
	}
	if code, _, _ := runCode("-h"); code != 0 {
		t.Errorf("-h exit %d", code)
	}
}
