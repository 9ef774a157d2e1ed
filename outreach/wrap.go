package outreach

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText prepares any string for layout: invalid UTF-8 becomes U+FFFD,
// tabs become spaces and carriage returns go, so that "\r\n" is one line
// break.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsAny(s, "\t\r") {
		s = strings.NewReplacer("\t", " ", "\r", "").Replace(s)
	}
	return s
}

// wrapText breaks s into lines no wider than width points when set in f at
// size points. Lines break at spaces and at line feeds. A word wider than
// the line is broken after its last hyphen or slash that fits, else between
// characters (never before a combining mark). Every line holds at least one
// character, so a line is wider than width only when that one character
// (with its combining marks) is. Runs of spaces collapse to one; a blank
// paragraph is an empty line. wrapText accepts any string, valid UTF-8 or
// not, any width (NaN and negative included) and never panics. Its cost is
// linear in len(s).
func wrapText(f *font, s string, size, width float64) []string {
	s = cleanText(s)
	space := f.width(' ') * size / 1000
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.FieldsFunc(para, func(r rune) bool { return r == ' ' })
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		var line strings.Builder
		lineW := 0.0
		for _, w := range words {
			ww := f.measure(w, size)
			if line.Len() > 0 {
				if lineW+space+ww <= width {
					line.WriteByte(' ')
					line.WriteString(w)
					lineW += space + ww
					continue
				}
				lines = append(lines, line.String())
				line.Reset()
			}
			for ww > width {
				head, rest := breakWord(f, w, size, width)
				if rest == "" {
					break
				}
				lines = append(lines, head)
				w = rest
				if ww -= f.measure(head, size); ww <= width {
					ww = f.measure(w, size) // exact, once: no drift from the subtraction
				}
			}
			line.WriteString(w)
			lineW = ww
		}
		lines = append(lines, line.String())
	}
	return lines
}

// breakWord splits w into the longest head that fits width (at least one
// character with its combining marks) and the rest, preferring a break
// just after a hyphen or slash.
func breakWord(f *font, w string, size, width float64) (head, rest string) {
	cut, soft := 0, 0 // byte offsets: last cluster end that fits, last break after '-' or '/'
	x := 0.0
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		end := i + n
		cw := f.width(r)
		for end < len(w) {
			m, k := utf8.DecodeRuneInString(w[end:])
			if !unicode.Is(unicode.Mn, m) {
				break
			}
			cw += f.width(m)
			end += k
		}
		x += cw * size / 1000
		if x > width && cut > 0 {
			break
		}
		cut = end
		if (r == '-' || r == '/' || r == '\u2010') && end < len(w) {
			soft = end
		}
		i = end
	}
	if soft > 0 && soft < cut {
		cut = soft
	}
	return w[:cut], w[cut:]
}
