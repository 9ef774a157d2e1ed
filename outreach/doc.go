// Package outreach turns the results of the other packages into what the
// coordinators hand out and keep: the Article 9 briefing pack (a PDF in
// English, French or Spanish), the follow-ups on requests for assistance
// (Action A), the meetings calendar, the concept note's work plan and the
// reference list of laws prohibiting investment (Action H).
//
// # The briefing pack
//
// The pack is made in two steps, so that its content can be tested apart
// from its bytes. Build fills a Briefing, plain data, from a dataset: the
// State of Play of all States Parties, the States in scope ranked by a
// priority.Model (with rank intervals from priority's stability test) and a
// region workshop plan inviting them. Render draws a Briefing as a PDF:
//
//	b, err := outreach.Build(article9.CCM(), outreach.Options{Lang: "fr"})
//	…
//	err = outreach.WriteFile("briefing.pdf", b)
//
// Render(w, b) is (&Renderer{}).Render(w, b); a Renderer chooses the page
// size (A4 or Letter) and the font. WriteFile writes atomically: a
// temporary file in the same directory, flushed, then renamed; on any error
// an existing file is left untouched and no temporary file remains.
//
// The pack holds, in order: a cover (title, as-of date, the data and their
// source, what the pack is, its languages, contents); the State of Play
// (the concept note's counts beside the dataset's, why they differ, a chart
// by region and a table by UN regional group); the priority list (method,
// weights, consistency ratio, tiers, and per State its rank, tier, status,
// score as a bar split by criterion, rank interval and main reasons); the
// workshop plan (totals, optimality, a map of capitals and venues, and per
// workshop its venue and invited States with their distances); and a page
// per State (status, dates, reports, obligations, assistance, its score by
// criterion, the change that would move it most, its workshop, what to ask
// of it and where to find help). Each page has a header and a "page X of
// Y" footer; the outline has every section and State; every table row on a
// State links to its page. The charts are vectors drawn in the page.
//
// Sections are optional: Render draws the priority list only if
// Briefing.Priority is set, the plan only if Briefing.Plan is, a State
// page for each code in Briefing.Pages, and the annexes if
// Briefing.Annexes is set (Options.Annexes): the open follow-ups (Action
// A), the meetings ahead (Action F), the work plan (Actions A to H), the
// resources on national implementation (Action C) and the measures
// prohibiting investment (Action H), each part if it is not empty.
//
// # Languages
//
// Every fixed text comes from a catalogue per language (a test checks that
// each has exactly the English keys and placeholders); State names come
// from the dataset in the pack's language, falling back to English. Dates,
// numbers and ordinals follow the language: "6 March 2025", "6 mars 2025",
// "6 de marzo de 2025"; "12,345.6", "12 345,6"; "3rd", "3e", "3.º". The
// reasons and changes of the ranking are written from the criterion and the
// State's facts in the pack's language, not translated from the ranking's
// English.
//
// # Text that never breaks
//
// The pack is set in DejaVu Sans, embedded (fonts/LICENSE), and subset in
// the PDF: only the glyphs used are stored. The layout measures text with
// the font's own advance widths and breaks lines itself, at spaces, after
// hyphens in words too long for a line, else between characters; any
// string, even invalid UTF-8, wraps without panicking (FuzzWrap). Before
// anything is drawn, Render lays the whole pack out once and checks every
// rune of every text against the font's character map: a *GlyphError names
// the State and the character (U+XXXX). Table rows are measured before they
// are drawn and never split across pages; a table's head is repeated after
// a page break.
//
// The same Briefing always gives the same bytes: the PDF's dates are the
// as-of date and its dictionaries are written in a fixed order.
//
// # Performance
//
// Building and rendering the default pack of the embedded data (58 States,
// 1,000 stability samples, 4 workshops, 66 pages, 0.34 MB), measured with
//
//	go test -run x -bench Render -benchmem ./outreach/
//
// on an AMD EPYC with 2 cores (median of 5 runs):
//
//	BenchmarkRender-2       13    93 ms/op   112 MB/op   330,705 allocs/op
//	BenchmarkRenderOnly-2   15    86 ms/op   111 MB/op   321,543 allocs/op
//
// BenchmarkRender includes Build; BenchmarkRenderOnly draws a Briefing
// built once. Each State page is laid out twice (a trial, to see whether
// it must be set more compactly to fit one page) and the whole pack once
// more without drawing, for the preflight and the page count. The bytes are allocated over the run, not held at once: most
// are the PDF library's compressor, one per page, and its parsing and
// subsetting of the two fonts. go run ./examples/briefing takes 0.13 s of
// wall-clock time and 28 MB of resident memory.
package outreach
