package outreach

import (
	"maps"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLocaleFormats(t *testing.T) {
	mar6 := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	jan1 := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang                     string
		date, first              string
		big, small, neg, fourDig string
		ordinals                 []string // 1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111
		list                     string
	}{
		{"en", "6 March 2025", "1 January 2011", "12,345.68", "0.50", "−1.50", "2,326",
			[]string{"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"}, "a, b and c"},
		{"fr", "6 mars 2025", "1er janvier 2011", "12\u202f345,68", "0,50", "−1,50", "2\u202f326",
			[]string{"1er", "2e", "3e", "4e", "11e", "12e", "13e", "21e", "22e", "101e", "111e"}, "a, b et c"},
		{"es", "6 de marzo de 2025", "1 de enero de 2011", "12\u202f345,68", "0,50", "−1,50", "2326",
			[]string{"1.º", "2.º", "3.º", "4.º", "11.º", "12.º", "13.º", "21.º", "22.º", "101.º", "111.º"}, "a, b y c"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			l, ok := newLocale(tc.lang)
			if !ok {
				t.Fatal("no locale")
			}
			var ords []string
			for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111} {
				ords = append(ords, l.ordinal(n))
			}
			want := []string{tc.date, tc.first, tc.big, tc.small, tc.neg, tc.fourDig, tc.list}
			got := []string{l.date(mar6), l.date(jan1), l.number(12345.678, 2), l.number(0.5, 2), l.number(-1.5, 2), l.integer(2326), l.list([]string{"a", "b", "c"})}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("formats mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.ordinals, ords); diff != "" {
				t.Errorf("ordinals mismatch (-want +got):\n%s", diff)
			}
		})
	}
	es, _ := newLocale("es")
	if got := es.list([]string{"Chile", "Italia"}); got != "Chile e Italia" {
		t.Errorf("es list before /i/ = %q, want %q", got, "Chile e Italia")
	}
	fr, _ := newLocale("fr")
	apr7, apr8 := time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC), time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ lang, want string }{{"en", "7–8 April 2025"}, {"fr", "7–8 avril 2025"}, {"es", "7–8 de abril de 2025"}} {
		l, _ := newLocale(tc.lang)
		if got := l.dateRange(apr7, apr8); got != tc.want {
			t.Errorf("%s dateRange = %q, want %q", tc.lang, got, tc.want)
		}
	}
	if got := fr.dateRange(mar6, apr8); got != "6 mars 2025–8 avril 2025" {
		t.Errorf("fr dateRange across months = %q", got)
	}
	if got := fr.percent(0.075) + " " + fr.percent(0.4); got != "7,5\u202f% 40\u202f%" {
		t.Errorf("fr percent = %q", got)
	}
	en, _ := newLocale("")
	if got := en.number(-0.001, 2); got != "0.00" {
		t.Errorf("number(-0.001, 2) = %q, want 0.00 without a sign", got)
	}
	if got := en.date(time.Time{}); got != "unknown" {
		t.Errorf("zero date = %q", got)
	}
	if _, ok := newLocale("de"); ok {
		t.Error("newLocale(de) ok, want no catalogue")
	}
}

var placeholder = regexp.MustCompile(`\{[a-z0-9]+\}`)

// TestCatalogues checks that every catalogue has exactly the English keys,
// each text non-empty with the same placeholders, and that the embedded
// fonts can draw every text.
func TestCatalogues(t *testing.T) {
	fonts := [2]*font{}
	for i, data := range [][]byte{dejaVuSans, dejaVuSansBold} {
		f, err := parseFont(data)
		if err != nil {
			t.Fatal(err)
		}
		fonts[i] = f
	}
	if got := slices.Sorted(maps.Keys(catalogues)); !slices.Equal(got, slices.Sorted(slices.Values(Languages))) {
		t.Errorf("catalogues for %v, Languages %v", got, Languages)
	}
	for _, lang := range Languages {
		cat := catalogues[lang]
		t.Run(lang, func(t *testing.T) {
			for key, en := range catalogueEN {
				text, ok := cat[key]
				if !ok {
					t.Errorf("key %q missing", key)
					continue
				}
				if text == "" && en != "" {
					t.Errorf("key %q is empty", key)
				}
				want := slices.Sorted(slices.Values(placeholder.FindAllString(en, -1)))
				got := slices.Sorted(slices.Values(placeholder.FindAllString(text, -1)))
				if !slices.Equal(slices.Compact(want), slices.Compact(got)) {
					t.Errorf("key %q: placeholders %v, want %v as in English", key, got, want)
				}
				for _, f := range fonts {
					if e := checkGlyphs(f, text, false); e != nil {
						t.Errorf("key %q: %v", key, e)
					}
				}
			}
			for key := range cat {
				if _, ok := catalogueEN[key]; !ok {
					t.Errorf("key %q is not in the English catalogue", key)
				}
			}
		})
	}
}
