package outreach

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrGlyph is wrapped by a *GlyphError: the pack holds text the font
// cannot draw.
var ErrGlyph = errors.New("text the font cannot draw")

// GlyphError reports a character the font has no glyph for, or text that is
// not valid UTF-8, found by the preflight before any PDF is written: Render
// lays the pack out once without drawing and checks every rune of every
// text it would draw.
type GlyphError struct {
	ISO3, Name string // the State whose text it is; "" for the pack's own text
	Rune       rune   // the character the font lacks
	Invalid    bool   // the text is not valid UTF-8 (Rune is then 0)
	Text       string // the text it appears in
	Bold       bool   // whether it was to be set in the bold font
}

// Error names the State, the character (U+XXXX and the character itself)
// and the text.
func (e *GlyphError) Error() string {
	who := "the pack's own text"
	if e.ISO3 != "" {
		who = fmt.Sprintf("%s (%s)", e.Name, e.ISO3)
	}
	if e.Invalid {
		return fmt.Sprintf("outreach: %s: text %q is not valid UTF-8", who, e.Text)
	}
	face := "font"
	if e.Bold {
		face = "bold font"
	}
	return fmt.Sprintf("outreach: %s: the %s has no glyph for %U %q, in %q", who, face, e.Rune, e.Rune, e.Text)
}

// Unwrap returns ErrGlyph.
func (e *GlyphError) Unwrap() error { return ErrGlyph }

// checkGlyphs returns a *GlyphError (without the State) if s is not valid
// UTF-8 or holds a rune f has no glyph for. Runes beyond the Basic
// Multilingual Plane always fail: the PDF writer encodes text in UTF-16
// code units of the BMP.
func checkGlyphs(f *font, s string, bold bool) *GlyphError {
	return checkRunes(f, s, bold, false)
}

// checkRunes is checkGlyphs; with breaks, line feeds, carriage returns and
// tabs pass, as text to wrap has them and they are never drawn.
func checkRunes(f *font, s string, bold, breaks bool) *GlyphError {
	if !utf8.ValidString(s) {
		return &GlyphError{Invalid: true, Text: s, Bold: bold}
	}
	for _, r := range s {
		if breaks && (r == '\n' || r == '\r' || r == '\t') {
			continue
		}
		if !f.has(r) {
			return &GlyphError{Rune: r, Text: s, Bold: bold}
		}
	}
	return nil
}
