package outreach

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestWrapText(t *testing.T) {
	f, err := parseFont(dejaVuSans)
	if err != nil {
		t.Fatal(err)
	}
	// At 10 points: "a" is 6.13 wide, a space 3.18, "-" 3.61, "é" 6.15.
	for _, tc := range []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"empty", "", 100, []string{""}},
		{"fits", "aa aa", 100, []string{"aa aa"}},
		// "aa aa" is 6.13*4+3.18 = 27.7 wide: at 27 the second word wraps.
		{"wraps at space", "aa aa", 27, []string{"aa", "aa"}},
		{"spaces collapse", "  aa   aa  ", 100, []string{"aa aa"}},
		{"line feeds", "aa\n\naa\r\n", 100, []string{"aa", "", "aa", ""}},
		{"tab is a space", "aa\taa", 100, []string{"aa aa"}},
		// "aaaaa" is 30.65 wide: at 13, two "a" (12.26) fit on a line.
		{"long word by character", "aaaaa", 13, []string{"aa", "aa", "a"}},
		// "aa-aaa": the break after the hyphen fits in 26 (6.13*2+3.61).
		{"after hyphen", "aa-aaa", 26, []string{"aa-", "aaa"}},
		{"narrower than a character", "aé", 1, []string{"a", "é"}},
		// "e" + combining acute (U+0301) stay together.
		{"combining mark kept", "ae\u0301a", 7, []string{"a", "e\u0301", "a"}},
		{"invalid UTF-8", "a\xffa", 100, []string{"a\uFFFDa"}},
		{"Guinée-Bissau whole", "Guinée-Bissau", 200, []string{"Guinée-Bissau"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := wrapText(f, tc.in, 10, tc.width)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("wrapText(%q, %v) mismatch (-want +got):\n%s", tc.in, tc.width, diff)
			}
		})
	}
}

// checkWrap checks wrapText's promises on any input: lines fit the width
// unless they hold a single character (with its marks), and no character
// other than spaces and line breaks is lost or added.
func checkWrap(t *testing.T, f *font, s string, size, width float64) {
	lines := wrapText(f, s, size, width)
	if len(lines) == 0 {
		t.Fatalf("wrapText(%q) gave no lines", s)
	}
	for _, l := range lines {
		if !utf8.ValidString(l) {
			t.Fatalf("line %q is not valid UTF-8", l)
		}
		if w := f.measure(l, size); w > width+1e-9 && clusters(l) > 1 {
			t.Fatalf("wrapText(%q, %v): line %q is %v wide", s, width, l, w)
		}
	}
	keep := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
				return -1
			}
			return r
		}, cleanText(s))
	}
	if got, want := keep(strings.Join(lines, "")), keep(s); got != want {
		t.Fatalf("wrapText(%q) lost or added text: %q, want %q", s, got, want)
	}
}

// clusters counts the characters of s, a base and its combining marks
// counting as one.
func clusters(s string) int {
	n := 0
	for i, r := range s {
		if i == 0 || !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

func FuzzWrap(f *testing.F) {
	fn, err := parseFont(dejaVuSans)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Côte d’Ivoire, Guinée-Bissau, São Tomé and Príncipe", 9.5, 60.0)
	f.Add("République démocratique populaire lao", 8.0, 10.0)
	f.Add("a\xff\xfe\u0301\u0301b\n\n\tc", 10.0, -5.0)
	f.Add("", 0.0, 0.0)
	f.Fuzz(func(t *testing.T, s string, size, width float64) {
		if len(s) > 4096 {
			s = s[:4096]
		}
		checkWrap(t, fn, s, size, width)
	})
}
