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
// workshop its venue and invited States with their distances); a page per
// State (status, dates, reports, obligations, assistance, its score by
// criterion, the change that would move it most, its workshop, what to ask
// of it and where to find help); and the annexes: the open follow-ups
// (Action A), overdue ones in red on a shaded row; the meetings of the next
// AnnexYears years (Action F); the work plan (Actions A to H) with overdue
// actions flagged; the resources on national implementation (Action C),
// each with its address as a link; and the measures prohibiting investment
// (Action H). Each page has a header and a "page X of Y" footer; the
// outline has every section and State; every table row on a State links to
// its page. The charts are vectors drawn in the page.
//
// The default pack of the embedded data has 70 pages in each language: the
// cover, the State of Play (1 page), the priority list (3), the workshop
// plan (3), 58 State pages, and the annexes (4: the follow-ups, meetings
// and work plan on one, the Spanish work plan's last row on the next; the
// resources; the investment laws on two). Without the annexes it has 66.
//
// A workshop plan is tight when fewer seats are spare than a tenth of the
// States invited (Plan.Tight): the default's 58 States fill 58 of the 60
// seats of 4 workshops, so the plan sends Fiji to Gaborone (14,403 km).
// The issue fixes the default at DefaultWorkshops, so Build keeps it, but
// for a tight plan it solves the same problem with one and two more
// workshops (Plan.Alternatives) and the pack says so: "With 5 workshops
// the total would be 128,846 km (−24.4%); with 6, 107,371 km (−37%).
// Planning 6 workshops would cut the delegates' travel by 37%."
//
// Sections are optional: Render draws the priority list only if
// Briefing.Priority is set, the plan only if Briefing.Plan is, a State
// page for each code in Briefing.Pages, and the annexes if
// Briefing.Annexes is set, each part if it is not empty. Build sets the
// annexes unless Options.NoAnnexes.
//
// # Follow-ups, meetings and the work plan
//
// Follow-ups (Action A) are kept in a CSV file (iso3, action, subject,
// opened, due, closed, lead, notes) read by ReadFollowUps with the same
// strictness as the states file: every error is an *article9.ParseError
// naming the line, the column, the bad value and what is allowed.
// DefaultFollowUps derives one follow-up per State that has formally
// requested assistance, due at the opening of the first formal meeting of
// the States Parties after the date of the data (FollowUpSince: the
// dataset's own as-of date, or the as-of date for a user's file): the
// embedded data of 6 March 2025 make the three requests due at the 13MSP
// on 16 September 2025, and overdue from the next day until newer data say
// otherwise. A follow-up is overdue when it is open and its due date is
// before the as-of date: due today is due, not overdue; a closed follow-up
// is never overdue (ClosedLate says whether it was closed after its due
// date).
//
// DefaultMeetings is the coordinators' calendar: the Meetings of States
// Parties, Review Conferences, intersessional meetings and First Committee
// sessions, with the announced dates (sources in meeting_calendar.go) and,
// beyond them, dates expected from the usual pattern, marked Expected.
// Calendar reaches back from the as-of date to the data's date, for the
// due dates of the follow-ups. ReadMeetings adds a user's meetings;
// MergeMeetings lets an announced date replace an expected one. WriteICS
// writes follow-ups and meetings as an RFC 5545 calendar of all-day
// events, deterministic for a given as-of date. The pack names the
// built-in meetings and their cities in French and Spanish.
//
// DefaultWorkPlan is the concept note's work plan, Actions A to H, with
// their deadlines; ReadWorkPlanStatus applies a coordinator's status file;
// ActionTitle and ActionDeadline give the titles and deadlines in English,
// French and Spanish. Resources lists the published national-implementation
// resources (Action C): the Implementation Support Unit's national
// implementation page and model legislation, the ICRC's model laws and
// advisory service, and guidance from the Cluster Munition Coalition, Human
// Rights Watch, the Monitor and PAX, each address with a comment saying
// what its page showed.
//
// # The investment laws (Action H)
//
// InvestmentLaws and NewReference give the content of the Action H
// reference document: the laws of exactly the States the data mark with an
// investment ban, with sources from the embedded reference file, then the
// positions of States that say investment is prohibited without a law of
// their own (Canada, Trinidad and Tobago). The pack's last annex draws it;
// RenderReference and WriteReferenceFile (atomic, like WriteFile) draw it
// as a short PDF of its own, in English, French or Spanish, with the same
// renderer: what it is (Action H; Lausanne Action Plan Action 47 encourages
// laws prohibiting investment), the table of State, measure, year and kind
// with each source as a link, and the positions, labelled as not laws.
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
// 1,000 stability samples, 4 workshops and the plans with 5 and 6 to
// compare, 70 pages with the annexes, 0.37 MB), measured with
//
//	go test -run x -bench Render -benchmem -count 5 ./outreach/
//
// on an AMD EPYC with 2 cores, shared with other work (median of 5 runs):
//
//	BenchmarkRender-2            10   106 ms/op   120 MB/op   361,240 allocs/op
//	BenchmarkRenderOnly-2        12    91 ms/op   118 MB/op   345,821 allocs/op
//	BenchmarkRenderReference-2   85    20 ms/op    19 MB/op    30,635 allocs/op
//
// BenchmarkRender includes Build; BenchmarkRenderOnly draws a Briefing
// built once; BenchmarkRenderReference draws the Action H document (2
// pages, 55 kB). Each State page is laid out twice (a trial, to see
// whether it must be set more compactly to fit one page) and the whole
// pack once more without drawing, for the preflight and the page count.
// The bytes are allocated over the run, not held at once: most are the PDF
// library's compressor, one per page, and its parsing and subsetting of
// the two fonts. go run ./examples/briefing takes 0.13 s of wall-clock time
// and 20 to 28 MB of resident memory.
package outreach
