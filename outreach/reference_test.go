package outreach

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// flat joins text as read back from a PDF into one line, every run of
// white space (line breaks, no-break spaces) one space, so that text
// wrapped over lines compares with the catalogue's.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// namedStates returns, sorted, the codes of the States in states whose name
// in lang appears in text as a whole name (not inside a longer one, as
// Niger in Nigeria or Guinea in Guinea-Bissau).
func namedStates(text string, states []article9.State, lang string) []string {
	text = flat(text)
	var out []string
	for _, s := range states {
		name := flat(s.LocalName(lang))
		re := regexp.MustCompile(`(?:^|[^\pL\pN-])` + regexp.QuoteMeta(name) + `(?:$|[^\pL\pN-])`)
		if re.MatchString(text) {
			out = append(out, s.ISO3)
		}
	}
	slices.Sort(out)
	return out
}

// lawsPart returns the text of the table of laws: from the first
// subheading "Laws and other measures" at or after from to the subheading
// of the positions.
func lawsPart(t *testing.T, text string, loc locale, from int) (laws, positions string) {
	t.Helper()
	start := strings.Index(text[from:], loc.t("ax.laws"))
	if start < 0 {
		t.Fatalf("no heading %q", loc.t("ax.laws"))
	}
	start += from
	end := strings.Index(text[start:], loc.t("ax.positions"))
	if end < 0 {
		t.Fatalf("no heading %q after the laws", loc.t("ax.positions"))
	}
	return text[start : start+end], text[start+end:]
}

// banned returns, sorted, the codes of the States the dataset marks with
// an investment ban: what the laws table must list, computed from the
// data and not from the code under test.
func banned(states []article9.State) []string {
	var out []string
	for _, s := range states {
		if s.InvestmentBan == article9.Yes {
			out = append(out, s.ISO3)
		}
	}
	slices.Sort(out)
	return out
}

// TestRenderReference reads the Action H document back in each language:
// the table of laws names exactly the States with an investment ban in
// the data; the positions come after it, labelled as not laws; the
// document says what it is; every source is a link; the bytes are the
// same on a second render.
func TestRenderReference(t *testing.T) {
	states := article9.CCM().States
	want := banned(states)
	if len(want) == 0 {
		t.Fatal("no State in the dataset has an investment ban")
	}
	ref := NewReference(states)
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			loc, _ := newLocale(lang)
			var buf bytes.Buffer
			if err := RenderReference(&buf, ref, lang, article9.CCMAsOf); err != nil {
				t.Fatal(err)
			}
			pdf := readPDF(t, buf.Bytes())
			text := pdf.all()
			laws, positions := lawsPart(t, text, loc, 0)
			if diff := cmp.Diff(want, namedStates(laws, states, lang)); diff != "" {
				t.Errorf("States in the table of laws (-want +got):\n%s", diff)
			}
			var wantPos []string
			for _, p := range ref.Positions {
				wantPos = append(wantPos, p.ISO3)
			}
			if got := namedStates(positions, states, lang); !slices.Equal(got, wantPos) || len(wantPos) == 0 {
				t.Errorf("States among the positions: %v, want %v", got, wantPos)
			}
			all := flat(text)
			for _, key := range []string{"ref.title", "ref.subtitle", "ref.what", "ax.positions.note", "ref.sources"} {
				if !strings.Contains(all, flat(loc.t(key))) {
					t.Errorf("the document lacks %s: %q", key, loc.t(key))
				}
			}
			if !strings.Contains(flat(positions), flat(loc.t("ax.positions.note"))) {
				t.Error("the positions are not labelled as not laws")
			}
			if !strings.Contains(all, flat(loc.t("asof", "date", loc.date(article9.CCMAsOf)))) {
				t.Error("no as-of date")
			}
			n := len(pdf.pages)
			if n < 1 || n > 4 {
				t.Errorf("%d pages, want a short document", n)
			}
			for p := 1; p <= n; p++ {
				if !strings.Contains(pdf.text(p), loc.t("page", "n", loc.integer(p), "total", loc.integer(n))) {
					t.Errorf("page %d has no footer", p)
				}
			}
			for _, l := range append(append([]InvestmentLaw(nil), ref.Laws...), ref.Positions...) {
				for _, u := range l.Links {
					if !slices.Contains(pdf.uris, u) {
						t.Errorf("%s: source %s is not a link", l.ISO3, u)
					}
				}
			}
			if !slices.Contains(pdf.titles, loc.t("ax.laws")) || !slices.Contains(pdf.titles, loc.t("ax.positions")) {
				t.Errorf("outline %q lacks the two parts", pdf.titles)
			}
			var again bytes.Buffer
			if err := RenderReference(&again, ref, lang, article9.CCMAsOf); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Errorf("a second render differs (%v)", err)
			}
			if !bytes.Contains(buf.Bytes(), []byte("/CreationDate (D:20250306000000)")) {
				t.Error("the creation date is not the as-of date")
			}
		})
	}
}

// TestPackInvestmentAnnex checks the same in the default pack's Action H
// annex, in each language.
func TestPackInvestmentAnnex(t *testing.T) {
	states := article9.CCM().States
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			loc, _ := newLocale(lang)
			_, pdf := render(t, &Renderer{}, defaultPack(t, lang))
			text := pdf.all()
			from := strings.LastIndex(text, loc.t("ax.investment"))
			if from < 0 {
				t.Fatal("no Action H annex")
			}
			laws, _ := lawsPart(t, text, loc, from)
			if diff := cmp.Diff(banned(states), namedStates(laws, states, lang)); diff != "" {
				t.Errorf("States in the annex's table of laws (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderReferenceCases(t *testing.T) {
	asOf := article9.CCMAsOf
	// A reference built by hand: a State not given is named by its
	// law's Name; no positions, no positions part.
	ref := Reference{Laws: []InvestmentLaw{{ISO3: "ZZA", Name: "Aland", Measure: "Investment Act", Year: 2019, Links: []string{"https://example.org/act"}}}}
	var buf bytes.Buffer
	if err := RenderReference(&buf, ref, "", asOf); err != nil {
		t.Fatal(err)
	}
	loc, _ := newLocale("en")
	text := flat(readPDF(t, buf.Bytes()).all())
	for _, w := range []string{"Aland", "Investment Act", "2019", flat(loc.t("ref.count.one", "list", "Aland"))} {
		if !strings.Contains(text, w) {
			t.Errorf("the document lacks %q", w)
		}
	}
	if strings.Contains(text, loc.t("ax.positions")) {
		t.Error("a positions part with no positions")
	}
	// No laws at all: said so.
	buf.Reset()
	if err := RenderReference(&buf, Reference{}, "es", asOf); err != nil {
		t.Fatal(err)
	}
	es, _ := newLocale("es")
	if !strings.Contains(flat(readPDF(t, buf.Bytes()).all()), flat(es.t("ref.count.none"))) {
		t.Error("an empty reference does not say it records no law")
	}

	for _, tc := range []struct {
		name string
		ref  Reference
		lang string
		asOf time.Time
		want error
	}{
		{"language", ref, "de", asOf, ErrBriefing},
		{"no date", ref, "en", time.Time{}, ErrBriefing},
		{"glyph", Reference{Laws: []InvestmentLaw{{ISO3: "ZZA", Measure: "法"}}, States: []article9.State{{ISO3: "ZZA", Name: "Aland"}}}, "fr", asOf, ErrGlyph},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := RenderReference(&buf, tc.ref, tc.lang, tc.asOf)
			if !errors.Is(err, tc.want) {
				t.Errorf("RenderReference error = %v, want %v", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written before the error", buf.Len())
			}
		})
	}
	var ge *GlyphError
	if err := RenderReference(&bytes.Buffer{}, Reference{Laws: []InvestmentLaw{{ISO3: "ZZA", Measure: "法"}}, States: []article9.State{{ISO3: "ZZA", Name: "Aland"}}}, "en", asOf); !errors.As(err, &ge) || ge.ISO3 != "ZZA" {
		t.Errorf("glyph error %v not blamed on the State", err)
	}
}

// TestWriteReferenceFile checks the atomic write: the bytes of
// RenderReference, an existing file kept on failure with no temporary file
// left, its mode kept on success.
func TestWriteReferenceFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "investment.pdf")
	ref := NewReference(article9.CCM().States)
	if err := WriteReferenceFile(path, ref, "fr", article9.CCMAsOf); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	var want bytes.Buffer
	if err := RenderReference(&want, ref, "fr", article9.CCMAsOf); err != nil || !bytes.Equal(first, want.Bytes()) {
		t.Fatalf("WriteReferenceFile wrote other bytes than RenderReference (%v)", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	bad := Reference{Laws: []InvestmentLaw{{ISO3: "ZZA", Name: "Aland", Measure: "法"}}}
	if err := WriteReferenceFile(path, bad, "fr", article9.CCMAsOf); !errors.Is(err, ErrGlyph) {
		t.Fatalf("error = %v, want a glyph error", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, first) {
		t.Error("a failed write changed the existing file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory, want only investment.pdf", len(entries))
	}
	if err := WriteReferenceFile(path, ref, "es", article9.CCMAsOf); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	if fi, _ := os.Stat(path); bytes.Equal(after, first) || fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file: changed %v, mode %v; want changed, 0600", !bytes.Equal(after, first), fi.Mode().Perm())
	}
	if err := WriteReferenceFile(filepath.Join(dir, "no", "dir.pdf"), ref, "en", article9.CCMAsOf); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
}
