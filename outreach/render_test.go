package outreach

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/article9/article9"
)

// defaultPacks caches the default pack's content model per language.
var defaultPacks = struct {
	sync.Mutex
	m map[string]Briefing
}{m: map[string]Briefing{}}

// defaultPack returns the default pack of the embedded data in lang, as
// examples/briefing builds it.
func defaultPack(t testing.TB, lang string) Briefing {
	t.Helper()
	defaultPacks.Lock()
	defer defaultPacks.Unlock()
	if b, ok := defaultPacks.m[lang]; ok {
		return b
	}
	b, err := Build(article9.CCM(), Options{Lang: lang, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	defaultPacks.m[lang] = b
	return b
}

// render renders b with r and reads the PDF back.
func render(t *testing.T, r *Renderer, b Briefing) ([]byte, pdfContent) {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Render(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), readPDF(t, buf.Bytes())
}

// TestRenderText reads the default pack back in each language: every State
// in scope is named, in the pack's language with its accents and
// apostrophes intact, on its own page (as the page's first text after the
// header), in the priority list and in the outline; every page has its
// footer; the sections come in order.
func TestRenderText(t *testing.T) {
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			b := defaultPack(t, lang)
			loc, _ := newLocale(lang)
			data, pdf := render(t, &Renderer{}, b)
			if len(data) > 1500*1000 {
				t.Errorf("the default pack is %d bytes, want under 1.5 MB", len(data))
			}
			n := len(pdf.pages)
			pages, err := (&Renderer{}).Preflight(b)
			if err != nil || pages != n {
				t.Errorf("Preflight = %d, %v; the PDF has %d pages", pages, err, n)
			}
			for p := 1; p <= n; p++ {
				footer := loc.t("page", "n", loc.integer(p), "total", loc.integer(n))
				if !strings.Contains(pdf.text(p), footer) {
					t.Errorf("page %d has no footer %q", p, footer)
				}
			}
			all := pdf.all()
			for _, key := range []string{"sop.title", "prio.title", "ws.title",
				"ax.followups", "ax.meetings", "ax.workplan", "ax.resources", "ax.investment"} {
				if !strings.Contains(all, loc.t(key)) {
					t.Errorf("no section %q", loc.t(key))
				}
			}
			titles := strings.Join(pdf.titles, "\n")
			first := -1 // the first State page
			p := 0      // the pages of the States, in order, each starting with its code and name after the header
			for _, iso := range b.Pages {
				s, _ := stateOf(b, iso)
				name := s.LocalName(lang)
				for p < n && !(len(pdf.pages[p]) >= 4 && pdf.pages[p][2] == iso && pdf.pages[p][3] == name) {
					p++
				}
				if p == n {
					t.Fatalf("no page starting with %q and %q, in order", iso, name)
				}
				if first < 0 {
					first = p
				}
				if strings.Count(all, name) < 2 { // long names may wrap in the tables
					t.Errorf("%s (%s) named %d times, want at least 2", name, iso, strings.Count(all, name))
				}
				if !strings.Contains(titles, name) {
					t.Errorf("no bookmark for %s", name)
				}
			}
			if annex := annexPage(t, &Renderer{}, b); annex-1-first != len(b.Pages) {
				t.Errorf("%d pages for %d States: a State page ran over", annex-1-first, len(b.Pages))
			}
			_, letter := render(t, &Renderer{PageSize: "Letter"}, b)
			annex := annexPage(t, &Renderer{PageSize: "Letter"}, b)
			for i, page := range letter.pages {
				if len(page) > 2 && page[2] == b.Pages[0] {
					if annex-1-i != len(b.Pages) {
						t.Errorf("Letter: %d pages for %d States: a State page ran over", annex-1-i, len(b.Pages))
					}
					break
				}
			}
			want := map[string]string{"en": "Côte d’Ivoire", "fr": "Guinée-Bissau", "es": "Côte d’Ivoire"}[lang]
			if !strings.Contains(all, want) {
				t.Errorf("%q not in the text", want)
			}
			if pdf.dests < 2*len(b.Pages) {
				t.Errorf("%d internal links, want at least %d (priority list and workshop tables)", pdf.dests, 2*len(b.Pages))
			}
		})
	}
	_, pdf := render(t, &Renderer{}, defaultPack(t, "fr"))
	if all := pdf.all(); !strings.Contains(all, "Guinée-Bissau") || !strings.Contains(all, "Côte d’Ivoire") {
		t.Error("French pack: Guinée-Bissau or Côte d’Ivoire not intact")
	}
}

// annexPage returns the page on which b's annexes start as r lays it out,
// or the page after the last if it has none.
func annexPage(t *testing.T, r *Renderer, b Briefing) int {
	t.Helper()
	d, err := r.preflight(&b, (*doc).pack)
	if err != nil {
		t.Fatal(err)
	}
	if s := d.annexSections(); len(s) > 0 {
		return d.destPage[s[0].dest]
	}
	return d.pages + 1
}

func stateOf(b Briefing, iso string) (article9.State, bool) {
	for _, s := range b.States {
		if s.ISO3 == iso {
			return s, true
		}
	}
	return article9.State{}, false
}

// TestRenderWidths checks the layout's glyph widths against those gofpdf
// computes on its own from the same font and writes in the PDF's /W arrays:
// the two must agree for every character the pack uses, or text measured
// to fit would overflow.
func TestRenderWidths(t *testing.T) {
	b := defaultPack(t, "fr")
	_, pdf := render(t, &Renderer{}, b)
	if len(pdf.widths) != 2 {
		t.Fatalf("%d fonts with /W arrays, want 2", len(pdf.widths))
	}
	used := map[rune]bool{}
	for _, r := range pdf.all() {
		used[r] = true
	}
	for i, data := range [][]byte{dejaVuSans, dejaVuSansBold} {
		f, _ := parseFont(data)
		checked := 0
		for r := range used {
			w, ok := pdf.widths[i][int(r)]
			if !ok {
				continue // not set in this face
			}
			checked++
			if float64(w) != f.width(r) {
				t.Errorf("font %d: %U %q: PDF width %d, layout width %v", i, r, r, w, f.width(r))
			}
		}
		if checked < 40 {
			t.Errorf("font %d: only %d runes checked", i, checked)
		}
	}
}

// TestRenderDeterministic renders the same Briefing twice: the bytes must
// be identical, dates included.
func TestRenderDeterministic(t *testing.T) {
	b := defaultPack(t, "es")
	one, _ := render(t, &Renderer{}, b)
	two, _ := render(t, &Renderer{}, b)
	if !bytes.Equal(one, two) {
		t.Fatal("two renders of the same Briefing differ")
	}
	if !bytes.Contains(one, []byte("/CreationDate (D:20250306000000)")) {
		t.Error("creation date is not the as-of date")
	}
	letter, _ := render(t, &Renderer{PageSize: "Letter"}, b)
	if !bytes.Contains(letter, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("Letter pack has no Letter media box")
	}
}

// TestPreflight checks that text the font cannot draw, or invalid UTF-8, is
// reported before anything is written, naming the State and the character.
func TestPreflight(t *testing.T) {
	base := defaultPack(t, "en")
	for _, tc := range []struct {
		name    string
		edit    func(s *article9.State)
		want    []string
		invalid bool
	}{
		{"CJK in a name", func(s *article9.State) { s.Name = "Mali 马里" }, []string{"Mali 马里 (MLI)", "U+9A6C", `'马'`}, false},
		{"emoji in notes", func(s *article9.State) { s.Notes = "see 📎" }, []string{"(MLI)", "U+1F4CE"}, false},
		{"invalid UTF-8", func(s *article9.State) { s.Capital = "Bam\xffako" }, []string{"(MLI)", "not valid UTF-8"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := base
			b.States = append([]article9.State(nil), base.States...)
			for i := range b.States {
				if b.States[i].ISO3 == "MLI" {
					tc.edit(&b.States[i])
				}
			}
			var buf bytes.Buffer
			err := Render(&buf, b)
			var ge *GlyphError
			if !errors.As(err, &ge) || !errors.Is(err, ErrGlyph) {
				t.Fatalf("Render error = %v, want a *GlyphError", err)
			}
			if ge.ISO3 != "MLI" || ge.Invalid != tc.invalid {
				t.Errorf("GlyphError = %+v, want MLI, invalid %v", ge, tc.invalid)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if buf.Len() != 0 {
				t.Errorf("Render wrote %d bytes before failing", buf.Len())
			}
		})
	}
}

func TestRenderInvalid(t *testing.T) {
	good := Briefing{AsOf: article9.CCMAsOf, States: []article9.State{{ISO3: "MLI", Name: "Mali"}}, Pages: []string{"MLI"}}
	for _, tc := range []struct {
		name string
		r    Renderer
		edit func(b *Briefing)
		want error
	}{
		{"language", Renderer{}, func(b *Briefing) { b.Lang = "de" }, ErrBriefing},
		{"no date", Renderer{}, func(b *Briefing) { b.AsOf = time.Time{} }, ErrBriefing},
		{"page size", Renderer{PageSize: "A3"}, func(*Briefing) {}, ErrBriefing},
		{"unknown page", Renderer{}, func(b *Briefing) { b.Pages = []string{"XXX"} }, ErrBriefing},
		{"page twice", Renderer{}, func(b *Briefing) { b.Pages = []string{"MLI", "MLI"} }, ErrBriefing},
		{"font", Renderer{Font: []byte("not a font")}, func(*Briefing) {}, ErrFont},
		{"entry", Renderer{}, func(b *Briefing) {
			b.Priority = &Priority{Criteria: []Criterion{{Name: "gap"}}, Entries: []Entry{{ISO3: "MLI"}}}
		}, ErrBriefing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := good
			tc.edit(&b)
			err := tc.r.Render(&bytes.Buffer{}, b)
			if !errors.Is(err, tc.want) {
				t.Errorf("Render error = %v, want %v", err, tc.want)
			}
		})
	}
	// The minimal Briefing renders: cover, State of Play, one State page.
	_, pdf := render(t, &Renderer{}, good)
	if len(pdf.pages) != 3 {
		t.Errorf("minimal pack: %d pages, want 3", len(pdf.pages))
	}
}

// TestRendererFont renders with a font of the caller's: the bold face
// stands in for both.
func TestRendererFont(t *testing.T) {
	b := Briefing{Lang: "fr", AsOf: article9.CCMAsOf, States: []article9.State{{ISO3: "CIV", Name: "Côte d’Ivoire", NameFR: "Côte d’Ivoire"}}, Pages: []string{"CIV"}}
	_, pdf := render(t, &Renderer{Font: dejaVuSansBold}, b)
	if !strings.Contains(pdf.all(), "Côte d’Ivoire") || len(pdf.widths) != 2 {
		t.Errorf("custom font: name not found or %d fonts", len(pdf.widths))
	}
}

// FuzzRender renders a State page whose name, capital and notes are any
// strings: Render returns nil or an error (a *GlyphError for text the font
// cannot draw), never panics, and a PDF it writes reads back.
func FuzzRender(f *testing.F) {
	f.Add("Côte d’Ivoire", "Yamoussoukro", "notes\nwith\tbreaks")
	f.Add("马里", "Bamako", "")
	f.Add("a\xffb", "\x00", "\U0001F600")
	f.Add("", "", "")
	f.Add(strings.Repeat("W", 500), strings.Repeat("x ", 300), strings.Repeat("long note ", 2000))
	f.Fuzz(func(t *testing.T, name, capital, notes string) {
		b := Briefing{AsOf: article9.CCMAsOf, Pages: []string{"XXX"},
			States: []article9.State{{ISO3: "XXX", Name: name, Capital: capital, Notes: notes, Status: article9.InProcess}}}
		b.Plan = &Plan{Workshops: []Workshop{{Venue: Venue{ID: "v", Name: "V", City: "V"}, States: []Invitee{{ISO3: "XXX", Distance: 10}}}}}
		var buf bytes.Buffer
		err := Render(&buf, b)
		var ge *GlyphError
		switch {
		case err == nil:
			if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
				t.Fatal("no PDF written")
			}
		case errors.As(err, &ge):
			if ge.ISO3 != "XXX" && name != "" {
				t.Fatalf("glyph error %v not blamed on the State", err)
			}
		default:
			t.Fatalf("unexpected error %v", err)
		}
	})
}
