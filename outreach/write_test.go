package outreach

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/article9/article9"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pack.pdf")
	b := Briefing{AsOf: article9.CCMAsOf, States: []article9.State{{ISO3: "MLI", Name: "Mali"}}, Pages: []string{"MLI"}}

	if err := WriteFile(path, b); err != nil {
		t.Fatal(err)
	}
	first, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(first, []byte("%PDF-")) {
		t.Fatalf("written file: %v, starts %q", err, first[:min(8, len(first))])
	}
	var want bytes.Buffer
	if err := Render(&want, b); err != nil || !bytes.Equal(first, want.Bytes()) {
		t.Errorf("WriteFile wrote other bytes than Render (%v)", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}

	// A forced failure: a name the font cannot draw. The existing file
	// must stay byte for byte, and no temporary file may remain.
	bad := b
	bad.States = []article9.State{{ISO3: "MLI", Name: "马里"}}
	err = WriteFile(path, bad)
	var ge *GlyphError
	if !errors.As(err, &ge) || ge.ISO3 != "MLI" {
		t.Fatalf("WriteFile error = %v, want a *GlyphError for MLI", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, first) {
		t.Error("a failed WriteFile changed the existing file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the directory: %v, want only pack.pdf", names)
	}

	// A failure with no file there leaves none.
	fresh := filepath.Join(dir, "new.pdf")
	if err := WriteFile(fresh, bad); err == nil {
		t.Fatal("WriteFile succeeded with a name the font cannot draw")
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a failed WriteFile left %s (%v)", fresh, err)
	}

	// Success replaces the file and keeps its mode.
	b.Lang = "fr"
	if err := WriteFile(path, b); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	after, _ = os.ReadFile(path)
	if bytes.Equal(after, first) || fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file: changed %v, mode %v; want changed, 0600", !bytes.Equal(after, first), fi.Mode().Perm())
	}

	// A directory that does not exist is an error, not a panic.
	if err := WriteFile(filepath.Join(dir, "no", "such", "dir.pdf"), b); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	}
}
