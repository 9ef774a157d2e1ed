package article9

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateCorpus = flag.Bool("update-corpus", false, "write the fuzz seed corpus in testdata/fuzz from the test tables")

// checkReadError fails unless err is a *ParseError or Errors of at most
// MaxErrors *ParseError values.
func checkReadError(t *testing.T, err error) {
	t.Helper()
	var es Errors
	if errors.As(err, &es) {
		if len(es) < 2 || len(es) > MaxErrors {
			t.Fatalf("Errors holds %d errors, want 2 to %d", len(es), MaxErrors)
		}
		for _, e := range es {
			if _, ok := e.(*ParseError); !ok {
				t.Fatalf("Errors holds %T %v, want *ParseError", e, e)
			}
		}
		return
	}
	if _, ok := err.(*ParseError); !ok {
		t.Fatalf("error is %T %v, want *ParseError or Errors", err, err)
	}
}

// FuzzReadCSV checks that ReadCSV never panics, fails only with
// *ParseError values, and that what it reads survives WriteCSV and ReadCSV.
func FuzzReadCSV(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			if d != nil {
				t.Fatal("ReadCSV returned a Dataset with an error")
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			checkReadError(t, err)
			return
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, d); err != nil {
			t.Fatalf("WriteCSV: %v", err)
		}
		back, err := ReadCSV(&buf)
		if err != nil {
			t.Fatalf("ReadCSV(WriteCSV(d)): %v\n%s", err, buf.Bytes())
		}
		if diff := cmp.Diff(d.States, back.States); diff != "" {
			t.Fatalf("ReadCSV(WriteCSV(d)) mismatch (-want +got):\n%s", diff)
		}
	})
}

// FuzzReadJSON checks that ReadJSON never panics, fails only with
// *ParseError or Errors, and that what it reads survives WriteJSON and
// ReadJSON.
func FuzzReadJSON(f *testing.F) {
	// A few States of the embedded dataset in JSON: the whole of it would
	// make every exec, and the minimising of each new input, slow.
	d := CCM()
	d.States = d.States[:5]
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			if d != nil {
				t.Fatal("ReadJSON returned a Dataset with an error")
			}
			checkReadError(t, err)
			return
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, d); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		back, err := ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(WriteJSON(d)): %v\n%s", err, buf.Bytes())
		}
		if diff := cmp.Diff(d, back); diff != "" {
			t.Fatalf("ReadJSON(WriteJSON(d)) mismatch (-want +got):\n%s", diff)
		}
	})
}

// maxSeed is the largest table input kept in the seed corpus; larger ones
// (a field over 64 KiB, a header over 1 MiB) would only slow fuzzing.
const maxSeed = 8 << 10

// corpusSeeds returns the seed corpus of each fuzz target by file name: every
// input of the test tables and a few more.
func corpusSeeds() map[string]map[string]string {
	seeds := map[string]map[string]string{"FuzzReadCSV": {}, "FuzzReadJSON": {}}
	add := func(target, name, in string) {
		if len(in) <= maxSeed {
			seeds[target][seedName(name)] = in
		}
	}
	for _, c := range csvAccepts() {
		add("FuzzReadCSV", "accept "+c.name, c.in)
	}
	for _, c := range csvRejects() {
		add("FuzzReadCSV", "reject "+c.name, c.in)
	}
	for _, c := range jsonAccepts() {
		add("FuzzReadJSON", "accept "+c.name, c.in)
	}
	for _, c := range jsonRejects() {
		add("FuzzReadJSON", "reject "+c.name, c.in)
	}
	var full bytes.Buffer
	if err := WriteCSV(&full, fullDataset()); err != nil {
		panic(err)
	}
	add("FuzzReadCSV", "every field", full.String())
	add("FuzzReadCSV", "byte-order mark, semicolons, decimal commas, CRLF",
		"\ufeff"+strings.NewReplacer(",", ";").Replace(minimal)+"FRA;France;48,86;2,35;in_process\r\n")
	add("FuzzReadCSV", "binary junk", "\x00\x01\xff\xfe,\n\"\x80")
	full.Reset()
	if err := WriteJSON(&full, fullDataset()); err != nil {
		panic(err)
	}
	add("FuzzReadJSON", "every field", full.String())
	seeds["FuzzReadCSV"]["ccm"] = string(ccmCSV) // the embedded file, whatever its size
	return seeds
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func seedName(name string) string {
	return strings.Trim(nonWord.ReplaceAllString(strings.ToLower(name), "-"), "-")
}

// TestFuzzCorpus checks that testdata/fuzz holds every seed, in the format
// of go test's corpus files; with -update-corpus it writes them.
func TestFuzzCorpus(t *testing.T) {
	for target, seeds := range corpusSeeds() {
		dir := filepath.Join("testdata", "fuzz", target)
		for name, in := range seeds {
			path := filepath.Join(dir, name)
			want := "go test fuzz v1\n[]byte(" + strconv.Quote(in) + ")\n"
			if *updateCorpus {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != want {
				t.Errorf("%s is missing or out of date (run go test -run TestFuzzCorpus -update-corpus .): %v", path, err)
			}
		}
	}
}
