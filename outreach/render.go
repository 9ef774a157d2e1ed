package outreach

// This file, and only it, uses the PDF library: swapping the library means
// rewriting pdfCanvas and Renderer.render below, nothing else.

import (
	"errors"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"
)

// Renderer draws a Briefing as a PDF. Its zero value is ready to use: A4
// pages set in the embedded DejaVu Sans.
type Renderer struct {
	// PageSize is "A4" (the default when "") or "Letter".
	PageSize string
	// Font is a TrueType font (.ttf bytes) for the text; nil means the
	// embedded DejaVu Sans. It must have a format 4 Unicode character map
	// and a glyph for every character of the pack.
	Font []byte
	// BoldFont is the TrueType font for headings and emphasis; nil means
	// the embedded DejaVu Sans Bold when Font is nil, else Font itself.
	BoldFont []byte
}

// Render writes b as a PDF to w with the default Renderer: A4, DejaVu Sans.
func Render(w io.Writer, b Briefing) error { return (&Renderer{}).Render(w, b) }

// Render writes b as a PDF to w. It first checks b and lays the pack out
// without drawing, to count the pages and check that the fonts have a glyph
// for every character (a *GlyphError names the State and the character),
// then draws it. Nothing is written to w unless the whole PDF is made. The
// same Briefing always gives the same bytes: the PDF's dates are b.AsOf.
func (r *Renderer) Render(w io.Writer, b Briefing) error {
	return r.render(w, &b, (*doc).pack)
}

// render lays b out with layout, first on a proofCanvas, then as a PDF
// written to w.
func (r *Renderer) render(w io.Writer, b *Briefing, layout func(*doc)) error {
	d, err := r.preflight(b, layout)
	if err != nil {
		return err
	}

	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "pt",
		Size:           gofpdf.SizeType{Wd: d.w, Ht: d.h},
	})
	if err := drawPDF(pdf, d); err != nil {
		return err
	}
	return pdf.Output(w)
}

// drawPDF sets the document up and draws the pack into pdf. A panic in the
// PDF library, which fonts beyond what parseFont checks could cause,
// becomes an error.
func drawPDF(pdf *gofpdf.Fpdf, d *doc) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("outreach: the PDF library failed: %v", p)
		}
	}()
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(d.b.AsOf)
	pdf.SetModificationDate(d.b.AsOf)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(d.title(), true)
	pdf.SetSubject(d.loc.t("subtitle"), true)
	pdf.SetCreator("article9 outreach (github.com/article9/article9)", true)
	pdf.SetDisplayMode("fullwidth", "OneColumn")
	pdf.AddUTF8FontFromBytes(pdfFamily, "", d.fontData[0])
	pdf.AddUTF8FontFromBytes(pdfFamily, "B", d.fontData[1])
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("outreach: %w: %v", ErrFont, err)
	}
	d.c = &pdfCanvas{pdf: pdf, links: map[int]int{}}
	d.y, d.page = 0, 0
	d.layout(d)
	if d.err != nil {
		return d.err
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("outreach: writing the PDF: %w", err)
	}
	if pdf.PageCount() != d.pages {
		return errors.New("outreach: the layout's two passes disagree on the page count")
	}
	return nil
}

// pdfFamily is the font family name inside the PDF.
const pdfFamily = "pack"

// pdfCanvas draws on a gofpdf document.
type pdfCanvas struct {
	pdf   *gofpdf.Fpdf
	links map[int]int // destination → gofpdf link
}

func (c *pdfCanvas) addPage() {
	c.pdf.AddPage()
	c.pdf.SetFont(pdfFamily, "", sizeBody) // a UTF-8 font must be current for bookmarks
}

func (c *pdfCanvas) text(x, y float64, s string, st textStyle) {
	style := ""
	if st.bold {
		style = "B"
	}
	c.pdf.SetFont(pdfFamily, style, st.size)
	c.pdf.SetTextColor(int(st.color.r), int(st.color.g), int(st.color.b))
	c.pdf.Text(x, y, s)
}

func (c *pdfCanvas) fillRect(x, y, w, h float64, col rgb) {
	c.pdf.SetFillColor(int(col.r), int(col.g), int(col.b))
	c.pdf.Rect(x, y, w, h, "F")
}

func (c *pdfCanvas) strokeRect(x, y, w, h, lw float64, col rgb) {
	c.pdf.SetDrawColor(int(col.r), int(col.g), int(col.b))
	c.pdf.SetLineWidth(lw)
	c.pdf.Rect(x, y, w, h, "D")
}

func (c *pdfCanvas) line(x1, y1, x2, y2, lw float64, col rgb) {
	c.pdf.SetDrawColor(int(col.r), int(col.g), int(col.b))
	c.pdf.SetLineWidth(lw)
	c.pdf.Line(x1, y1, x2, y2)
}

func (c *pdfCanvas) fillCircle(x, y, r float64, col rgb) {
	c.pdf.SetFillColor(int(col.r), int(col.g), int(col.b))
	c.pdf.Circle(x, y, r, "F")
}

func (c *pdfCanvas) linkID(dest int) int {
	id, ok := c.links[dest]
	if !ok {
		id = c.pdf.AddLink()
		c.links[dest] = id
	}
	return id
}

func (c *pdfCanvas) link(x, y, w, h float64, dest int) { c.pdf.Link(x, y, w, h, c.linkID(dest)) }

func (c *pdfCanvas) linkURL(x, y, w, h float64, url string) { c.pdf.LinkString(x, y, w, h, url) }

func (c *pdfCanvas) anchor(dest int, y float64) { c.pdf.SetLink(c.linkID(dest), y, -1) }

func (c *pdfCanvas) bookmark(title string, level int, y float64) { c.pdf.Bookmark(title, level, y) }
