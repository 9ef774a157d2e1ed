package outreach

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// pdfContent is what the tests read back from a PDF the renderer wrote:
// a small reader for the subset of PDF that gofpdf writes, independent of
// the layout code.
type pdfContent struct {
	pages  [][]string    // the strings shown on each page, in drawing order
	raw    []string      // each page's content stream, inflated
	titles []string      // outline (bookmark) titles, in order
	dests  int           // internal link annotations
	uris   []string      // external link addresses
	widths []map[int]int // each embedded font's /W array: code → width
}

// text returns the strings of page p (1-based) joined by newlines.
func (c pdfContent) text(p int) string { return strings.Join(c.pages[p-1], "\n") }

// all returns every string of the document joined by newlines.
func (c pdfContent) all() string {
	var b strings.Builder
	for _, p := range c.pages {
		b.WriteString(strings.Join(p, "\n"))
		b.WriteString("\n")
	}
	return b.String()
}

var (
	streamRE = regexp.MustCompile(`(?s)<<([^>]*)>>\s*stream\r?\n`)
	titleRE  = regexp.MustCompile(`/Title \(`)
	uriRE    = regexp.MustCompile(`/URI \(`)
	wRE      = regexp.MustCompile(`/W \[`)
)

// readPDF extracts the text, outline, links and font widths of a PDF
// written by the renderer. Content streams are inflated; text is shown
// with Tj, in UTF-16BE code units (the embedded fonts' CIDs are Unicode
// code points, mapped by an identity ToUnicode CMap).
func readPDF(t *testing.T, data []byte) pdfContent {
	t.Helper()
	var c pdfContent
	for _, m := range streamRE.FindAllSubmatchIndex(data, -1) {
		dict := string(data[m[2]:m[3]])
		start := m[1]
		n, err := strconv.Atoi(between(dict, "/Length ", "/"))
		if err != nil {
			n, err = strconv.Atoi(strings.TrimSpace(between(dict, "/Length ", "\n")))
		}
		if err != nil || start+n > len(data) {
			continue
		}
		body := data[start : start+n]
		if strings.Contains(dict, "/FlateDecode") {
			r, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				continue
			}
			if body, err = io.ReadAll(r); err != nil {
				continue
			}
		}
		if strings.Contains(dict, "/Length1") || !bytes.Contains(body, []byte(" Tj ET")) {
			continue // a font file or a map, not a page's content
		}
		c.pages = append(c.pages, showStrings(body))
		c.raw = append(c.raw, string(body))
	}
	for _, m := range titleRE.FindAllIndex(data, -1) {
		s, _ := pdfString(data[m[1]:])
		c.titles = append(c.titles, decodeText(s))
	}
	for _, m := range uriRE.FindAllIndex(data, -1) {
		s, _ := pdfString(data[m[1]:])
		c.uris = append(c.uris, s)
	}
	c.dests = bytes.Count(data, []byte("/Subtype /Link")) - len(c.uris)
	for _, m := range wRE.FindAllIndex(data, -1) {
		depth, end := 0, m[1]
		for ; end < len(data); end++ { // to the "]" closing the array
			if data[end] == '[' {
				depth++
			} else if data[end] == ']' {
				if depth == 0 {
					break
				}
				depth--
			}
		}
		c.widths = append(c.widths, parseW(string(data[m[1]:end])))
	}
	return c
}

func between(s, from, to string) string {
	_, after, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, to)
	return strings.TrimSpace(v)
}

// showStrings returns the operands of the Tj operators of a content stream,
// decoded from UTF-16BE.
func showStrings(content []byte) []string {
	var out []string
	for i := 0; i < len(content); i++ {
		if content[i] != '(' {
			continue
		}
		s, n := pdfString(content[i+1:])
		i += n
		if strings.HasPrefix(strings.TrimLeft(string(content[i+1:min(i+8, len(content))]), " "), "Tj") {
			out = append(out, decodeUTF16(s))
		}
	}
	return out
}

// pdfString reads a literal string whose opening parenthesis has been
// consumed; it returns the bytes and how many input bytes it used.
func pdfString(b []byte) (string, int) {
	var out []byte
	depth := 0
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\\':
			i++
			if i >= len(b) {
				return string(out), i
			}
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := i
				for j < len(b) && j < i+3 && b[j] >= '0' && b[j] <= '7' {
					j++
				}
				v, _ := strconv.ParseUint(string(b[i:j]), 8, 8)
				out = append(out, byte(v))
				i = j - 1
			default:
				out = append(out, e)
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth == 0 {
				return string(out), i + 1
			}
			depth--
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return string(out), len(b)
}

// decodeUTF16 decodes big-endian UTF-16 code units.
func decodeUTF16(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// decodeText decodes a PDF text string: UTF-16BE after a byte-order mark,
// else taken as it is.
func decodeText(s string) string {
	if strings.HasPrefix(s, "\xfe\xff") {
		return decodeUTF16(s[2:])
	}
	return s
}

// parseW parses a CIDFont /W array: "c [w1 w2 …]" gives consecutive codes
// from c their widths, "c1 c2 w" gives codes c1 to c2 the width w.
func parseW(s string) map[int]int {
	out := map[int]int{}
	toks := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(s))
	for i := 0; i < len(toks); {
		c, err := strconv.Atoi(toks[i])
		if err != nil || i+1 >= len(toks) {
			break
		}
		if toks[i+1] == "[" {
			j := i + 2
			for ; j < len(toks) && toks[j] != "]"; j++ {
				w, _ := strconv.Atoi(toks[j])
				out[c+j-i-2] = w
			}
			i = j + 1
			continue
		}
		if i+2 >= len(toks) {
			break
		}
		c2, _ := strconv.Atoi(toks[i+1])
		w, _ := strconv.Atoi(toks[i+2])
		for k := c; k <= c2; k++ {
			out[k] = w
		}
		i += 3
	}
	return out
}
