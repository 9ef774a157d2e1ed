package article9

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Third-party modules the project may use (DESIGN.md, "Allowed deps").
const (
	gonumModule  = "gonum.org/v1/gonum"
	gofpdfModule = "github.com/jung-kurt/gofpdf"
	cmpModule    = "github.com/google/go-cmp"
)

// goFile is one Go file of the module and what it imports.
type goFile struct {
	path    string // slash-separated, relative to the module root
	dir     string // its package's directory, "" for the root
	test    bool   // a _test.go file
	xtest   bool   // in an external test package (package x_test)
	imports []string
}

// moduleFiles parses the imports of every Go file under the module root,
// leaving out testdata, hidden directories and nested modules.
func moduleFiles(t *testing.T) (module string, files []goFile) {
	t.Helper()
	module = modulePath(t, "go.mod")
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if p != "." && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); p != "." && err == nil {
				return filepath.SkipDir // another module
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		gf := goFile{
			path:  filepath.ToSlash(p),
			dir:   strings.TrimPrefix(filepath.ToSlash(filepath.Dir(p)), "."),
			test:  strings.HasSuffix(name, "_test.go"),
			xtest: strings.HasSuffix(f.Name.Name, "_test"),
		}
		for _, imp := range f.Imports {
			ip, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return fmt.Errorf("%s: %v", p, err)
			}
			gf.imports = append(gf.imports, ip)
		}
		files = append(files, gf)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return module, files
}

func modulePath(t *testing.T, gomod string) string {
	t.Helper()
	f, err := os.Open(gomod)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	t.Fatalf("%s names no module", gomod)
	return ""
}

// isStd reports whether an import path is in the standard library: its
// first element has no dot.
func isStd(ip string) bool {
	first, _, _ := strings.Cut(ip, "/")
	return !strings.Contains(first, ".")
}

func within(ip, prefix string) bool { return ip == prefix || strings.HasPrefix(ip, prefix+"/") }

// importRules are DESIGN.md's one direction of imports: for each top-level
// directory of the module, the module packages (by top-level directory, ""
// for the root) it may import besides its own, and whether it may import
// gonum. The standard library is always allowed; gofpdf is checked apart.
var importRules = map[string]struct {
	pkgs  []string
	gonum bool
	says  string
}{
	"":         {nil, false, "the root package imports the standard library only"},
	"priority": {[]string{""}, true, "priority may import only the root package, gonum and the standard library"},
	"region":   {[]string{""}, true, "region may import only the root package, gonum and the standard library (never priority: the caller passes weights in)"},
	"outreach": {[]string{"", "priority", "region"}, true, "outreach may import only the root package, priority, region, gonum, gofpdf (in one file) and the standard library"},
	"internal": {nil, true, "internal packages may import only other internal packages, gonum and the standard library"},
	"examples": {[]string{"", "priority", "region", "outreach", "internal"}, true, "examples may import only the module's packages, gonum and the standard library"},
}

// allowedImport reports whether file f may import ip, and if not, why.
// Tests may also import go-cmp, and the root's external tests (package
// article9_test) any package of the module, so that its Example can show the
// whole pipeline.
func allowedImport(module string, f goFile, ip string) (bool, string) {
	switch {
	case isStd(ip), f.test && within(ip, cmpModule):
		return true, ""
	case within(ip, gofpdfModule):
		if top(f.dir) == "outreach" && !f.test {
			return true, "" // in one file only: TestGofpdfInOneFile
		}
		return false, "gofpdf belongs to one non-test file, outreach/render*.go"
	}
	area := top(f.dir)
	r, known := importRules[area]
	if !known {
		return false, fmt.Sprintf("package %q is not in DESIGN.md: add it to importRules in imports_test.go", f.dir)
	}
	if within(ip, module) {
		pkg := strings.TrimPrefix(strings.TrimPrefix(ip, module), "/")
		switch {
		case pkg == f.dir, area != "" && top(pkg) == area: // itself, its own subpackages
			return true, ""
		case area == "" && f.xtest:
			return true, ""
		case slices.Contains(r.pkgs, top(pkg)):
			return true, ""
		}
		return false, r.says
	}
	if r.gonum && within(ip, gonumModule) {
		return true, ""
	}
	return false, r.says
}

// top returns the first element of a slash-separated directory.
func top(dir string) string {
	first, _, _ := strings.Cut(dir, "/")
	return first
}

// TestImportDirection enforces DESIGN.md's one direction of imports over
// every Go file in the module, tests included.
func TestImportDirection(t *testing.T) {
	module, files := moduleFiles(t)
	if len(files) == 0 {
		t.Fatal("found no Go files")
	}
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[f.dir] = true
		for _, ip := range f.imports {
			if ok, why := allowedImport(module, f, ip); !ok {
				t.Errorf("%s imports %q: %s", f.path, ip, why)
			}
		}
	}
	t.Logf("checked %d files in %d packages", len(files), len(dirs))
}

// TestGofpdfInOneFile checks that gofpdf is imported by at most one non-test
// file of the module, outreach/render*.go, so that the PDF library can be
// swapped by changing one file.
func TestGofpdfInOneFile(t *testing.T) {
	_, files := moduleFiles(t)
	var users []string
	for _, f := range files {
		if slices.ContainsFunc(f.imports, func(ip string) bool { return within(ip, gofpdfModule) }) {
			users = append(users, f.path)
		}
	}
	if len(users) > 1 {
		t.Errorf("gofpdf is imported by %d files, want one (outreach/render*.go): %s", len(users), strings.Join(users, ", "))
	}
	for _, u := range users {
		if dir, base := path.Split(u); dir != "outreach/" || !strings.HasPrefix(base, "render") || strings.HasSuffix(base, "_test.go") {
			t.Errorf("%s imports gofpdf: only one non-test file, outreach/render*.go, may", u)
		}
	}
}

// TestAllowedImport checks the rules themselves on cases that do not exist
// in the module (yet), so that they guard the packages to come.
func TestAllowedImport(t *testing.T) {
	const m = "github.com/article9/article9"
	tests := []struct {
		file, imp string
		test      bool
		want      bool
	}{
		{"csv.go", "encoding/csv", false, true},
		{"csv.go", gonumModule + "/mat", false, false},
		{"csv.go", m + "/priority", false, false},
		{"csv_test.go", cmpModule + "/cmp", true, true},
		{"csv.go", cmpModule + "/cmp", false, false},
		{"priority/score.go", m, false, true},
		{"priority/score.go", gonumModule + "/stat", false, true},
		{"priority/score.go", m + "/region", false, false},
		{"priority/score.go", m + "/outreach", false, false},
		{"priority/score.go", gofpdfModule, false, false},
		{"priority/score.go", "golang.org/x/exp/rand", false, false},
		{"priority/score_test.go", cmpModule + "/cmp/cmpopts", true, true},
		{"region/solve.go", m, false, true},
		{"region/solve.go", m + "/priority", false, false},
		{"region/solve_test.go", m + "/priority", true, false},
		{"region/solve.go", gonumModule + "/optimize/convex/lp", false, true},
		{"outreach/render.go", gofpdfModule, false, true},
		{"outreach/render_test.go", gofpdfModule, true, false},
		{"outreach/pack.go", m + "/priority", false, true},
		{"outreach/pack.go", m + "/region", false, true},
		{"outreach/pack.go", m, false, true},
		{"outreach/pack.go", m + "/examples/briefing", false, false},
		{"examples/briefing/main.go", m + "/outreach", false, true},
		{"examples/briefing/main.go", gofpdfModule, false, false},
		{"examples/briefing/main.go", "github.com/other/thing", false, false},
		{"newpkg/x.go", m, false, false},
		{"internal/geo/geo.go", m, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.imp, func(t *testing.T) {
			f := goFile{path: tt.file, dir: strings.TrimPrefix(path.Dir(tt.file), "."), test: tt.test}
			got, why := allowedImport(m, f, tt.imp)
			if got != tt.want {
				t.Errorf("allowedImport(%s, %s) = %v (%s), want %v", tt.file, tt.imp, got, why, tt.want)
			}
			if !got && why == "" {
				t.Error("refused without a reason")
			}
		})
	}
	// The root's external tests may show the whole pipeline; its own tests may not.
	x := goFile{path: "example_test.go", test: true, xtest: true}
	if ok, why := allowedImport(m, x, m+"/outreach"); !ok {
		t.Errorf("package article9_test may not import outreach: %s", why)
	}
	x.xtest = false
	if ok, _ := allowedImport(m, x, m+"/outreach"); ok {
		t.Error("package article9's own test may import outreach")
	}
}
