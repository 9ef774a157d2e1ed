// Package clitest holds what the example programs' tests share: running a
// program as main does, and golden files refreshed with -update.
package clitest

import (
	"bytes"
	"flag"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/article9/article9/examples/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Run runs a program's run function with args as its main does, through
// cli.Exit, and returns the exit status and the two outputs.
func Run(prog string, run func(args []string, stdout, stderr io.Writer) error, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = cli.Exit(prog, run(args, &out, &errOut), &errOut)
	return code, out.String(), errOut.String()
}

// Golden compares got with the golden file at path, reporting the first
// line that differs. With go test -update it first writes got to path. A
// missing golden file fails the test.
func Golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			t.Errorf("output differs from %s (run go test -update if the change is meant) at line %d:\nwant %q\n got %q", path, i+1, wl, gl)
			return
		}
	}
}
