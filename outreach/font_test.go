package outreach

import (
	"encoding/binary"
	"errors"
	"testing"
)

// Advance widths of DejaVu Sans (2048 units per em), from its hmtx table
// as published with Bitstream Vera, rounded to 1/1000 em as a PDF /W array
// holds them: space 651 units → 318, A 1401 → 684, a 1255 → 613.
func TestParseFontDejaVu(t *testing.T) {
	f, err := parseFont(dejaVuSans)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		r     rune
		has   bool
		width float64
	}{
		{' ', true, 318},
		{'A', true, 684},
		{'a', true, 613},
		{'é', true, 615},
		{'’', true, 318},
		{'\u202f', true, 200}, // narrow no-break space, the French thousands separator
		{'\u00a0', true, 318},
		{'–', true, 500},
		{'中', false, 600}, // no CJK in DejaVu Sans: the missing glyph's width
		{'\U0001F600', false, 600},
		{-1, false, 600},
	} {
		if got := f.has(tc.r); got != tc.has {
			t.Errorf("has(%U) = %v, want %v", tc.r, got, tc.has)
		}
		if got := f.width(tc.r); got != tc.width {
			t.Errorf("width(%U) = %v, want %v", tc.r, got, tc.width)
		}
	}
	if got, want := f.measure("Aa a", 10), (684+613+318+613)*10/1000.0; got != want {
		t.Errorf("measure = %v, want %v", got, want)
	}
	if _, err := parseFont(dejaVuSansBold); err != nil {
		t.Errorf("bold: %v", err)
	}
}

func TestParseFontErrors(t *testing.T) {
	// A TrueType header with one table record, for the cases below.
	header := func(n int) []byte {
		b := make([]byte, 12+16*n)
		binary.BigEndian.PutUint32(b, 0x00010000)
		binary.BigEndian.PutUint16(b[4:], uint16(n))
		return b
	}
	past := header(1)
	copy(past[12:], "head")
	binary.BigEndian.PutUint32(past[12+8:], 1000) // offset beyond the file
	binary.BigEndian.PutUint32(past[12+12:], 54)
	noCmap := append([]byte(nil), dejaVuSans...)
	n := int(binary.BigEndian.Uint16(noCmap[4:]))
	for i := 0; i < n; i++ {
		if string(noCmap[12+16*i:12+16*i+4]) == "cmap" {
			copy(noCmap[12+16*i:], "xxxx")
		}
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"short", []byte("true")},
		{"otf", append([]byte("OTTO"), make([]byte, 20)...)},
		{"collection", append([]byte("ttcf"), make([]byte, 20)...)},
		{"text", []byte("this is not a font at all")},
		{"directory past end", header(1000)[:40]},
		{"table past end", past},
		{"no tables", header(0)},
		{"no cmap", noCmap},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := parseFont(tc.data)
			if err == nil || f != nil {
				t.Fatalf("parseFont = %v, %v; want an error", f, err)
			}
			if !errors.Is(err, ErrFont) {
				t.Errorf("error %v does not wrap ErrFont", err)
			}
		})
	}
}

// FuzzParseFont checks that no font file, however malformed, makes the
// parser panic or hang; a font it accepts measures every rune.
func FuzzParseFont(f *testing.F) {
	f.Add(dejaVuSans[:4096])
	f.Add([]byte{0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 'c', 'm', 'a', 'p', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		fn, err := parseFont(data)
		if err != nil {
			return
		}
		for _, r := range []rune{0, 'A', 0xFFFF, 0x10000, -5} {
			_ = fn.width(r)
		}
	})
}
