package outreach

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// ICSProdID is the PRODID WriteICS writes.
const ICSProdID = "-//article9//outreach follow-ups and meetings//EN"

// WriteICS writes the follow-ups and meetings as an iCalendar file (RFC
// 5545) that Google Calendar, Outlook and Apple Calendar import.
//
// Every entry is an all-day VEVENT. A follow-up appears on its due date
// (one without a due date has no day to appear on and is left out), marked
// free time (TRANSP:TRANSPARENT) so that it blocks no one's diary; its
// summary gives the action, the State and the subject, and says if it is
// closed. VTODO would be the natural component for a task, but Google
// Calendar and Outlook ignore VTODO when importing a file and Apple
// Calendar sends it to Reminders, so a coordinator would not see the due
// dates beside the meetings; writing both would show each follow-up twice
// in Apple's applications. A meeting spans its days (DTEND is the day after
// its last, as RFC 5545 makes it exclusive) with its city as LOCATION;
// meetings with Expected dates are STATUS:TENTATIVE and say so in their
// summary, announced ones are STATUS:CONFIRMED.
//
// The output is deterministic: meetings come first in SortMeetings order,
// then follow-ups in SortFollowUps order; every DTSTAMP is stamp in UTC
// (pass the as-of date, not the clock); and each UID is derived from what
// identifies the entry, not from its dates — a follow-up's ISO code,
// action, subject and opening date, a meeting's kind, name and year — so
// that importing an updated file updates entries instead of duplicating
// them. Lines end in CRLF and are folded at 75 octets without splitting a
// UTF-8 sequence; text is escaped as RFC 5545 requires, and control
// characters other than tab are dropped. It returns an error if a meeting
// has no start date, or the first error from w.
func WriteICS(w io.Writer, fs []FollowUp, ms []Meeting, stamp time.Time) error {
	for _, m := range ms {
		if m.Start.IsZero() {
			return fmt.Errorf("outreach: meeting %q has no start date", m.Name)
		}
	}
	bw := bufio.NewWriter(w)
	c := &icsWriter{w: bw, stamp: stamp.UTC().Format("20060102T150405Z"), uids: map[string]bool{}}
	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:" + ICSProdID)
	c.line("CALSCALE:GREGORIAN")
	c.line("METHOD:PUBLISH")
	c.prop("X-WR-CALNAME", "Article 9 follow-ups and meetings")

	meetings := append([]Meeting(nil), ms...)
	SortMeetings(meetings)
	for _, m := range meetings {
		c.meeting(m)
	}
	follow := append([]FollowUp(nil), fs...)
	SortFollowUps(follow)
	for _, f := range follow {
		if !f.Due.IsZero() {
			c.followUp(f)
		}
	}
	c.line("END:VCALENDAR")
	if c.err != nil {
		return c.err
	}
	return bw.Flush()
}

type icsWriter struct {
	w     io.Writer
	stamp string
	uids  map[string]bool
	err   error
}

func (c *icsWriter) meeting(m Meeting) {
	summary, status := m.Name, "CONFIRMED"
	desc := []string{m.Kind.Label()}
	if m.Expected {
		summary += " (expected dates)"
		status = "TENTATIVE"
		desc = append(desc, "Dates estimated from the usual pattern, not yet announced.")
	}
	if m.Notes != "" {
		desc = append(desc, m.Notes)
	}
	c.line("BEGIN:VEVENT")
	c.line("UID:" + c.uid("meeting", m.Kind.String(), m.Name, fmt.Sprint(m.Start.Year())))
	c.line("DTSTAMP:" + c.stamp)
	c.line("DTSTART;VALUE=DATE:" + icsDate(m.Start))
	c.line("DTEND;VALUE=DATE:" + icsDate(day(m.last()).AddDate(0, 0, 1)))
	c.prop("SUMMARY", summary)
	if m.City != "" {
		c.prop("LOCATION", m.City)
	}
	c.prop("DESCRIPTION", strings.Join(desc, "\n"))
	c.line("STATUS:" + status)
	c.line("END:VEVENT")
}

func (c *icsWriter) followUp(f FollowUp) {
	summary := "Action " + f.Action.String() + ": "
	if f.ISO3 != "" {
		summary += f.ISO3 + ": "
	}
	summary += f.Subject
	var desc []string
	if t := ActionTitle(f.Action, "en"); t != "" {
		desc = append(desc, "Work-plan action "+f.Action.String()+": "+t)
	}
	if !f.Closed.IsZero() {
		summary += " (closed " + formatDate(f.Closed) + ")"
	}
	for _, kv := range [][2]string{
		{"Opened", formatDate(f.Opened)},
		{"Due", formatDate(f.Due)},
		{"Closed", formatDate(f.Closed)},
		{"Lead", f.Lead},
		{"Notes", f.Notes},
	} {
		if kv[1] != "" {
			desc = append(desc, kv[0]+": "+kv[1])
		}
	}
	c.line("BEGIN:VEVENT")
	c.line("UID:" + c.uid("follow-up", f.ISO3, f.Action.String(), f.Subject, formatDate(f.Opened)))
	c.line("DTSTAMP:" + c.stamp)
	c.line("DTSTART;VALUE=DATE:" + icsDate(f.Due))
	c.line("DTEND;VALUE=DATE:" + icsDate(day(f.Due).AddDate(0, 0, 1)))
	c.prop("SUMMARY", summary)
	c.prop("DESCRIPTION", strings.Join(desc, "\n"))
	c.line("TRANSP:TRANSPARENT")
	c.line("END:VEVENT")
}

// uid returns a UID from a hash of the parts, made unique within the file
// by a suffix if two entries share their parts.
func (c *icsWriter) uid(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	base := hex.EncodeToString(h[:10])
	uid := base + "@article9"
	for i := 2; c.uids[uid]; i++ {
		uid = fmt.Sprintf("%s-%d@article9", base, i)
	}
	c.uids[uid] = true
	return uid
}

// prop writes a property whose value is TEXT, escaped.
func (c *icsWriter) prop(name, text string) { c.line(name + ":" + icsEscape(text)) }

// line writes one content line, folded, with CRLF.
func (c *icsWriter) line(s string) {
	if c.err != nil {
		return
	}
	_, c.err = io.WriteString(c.w, icsFold(s))
}

func icsDate(t time.Time) string { return day(t).Format("20060102") }

// icsEscape escapes TEXT as RFC 5545 section 3.3.11 says: backslash,
// semicolon and comma are preceded by a backslash and a line break becomes
// \n. Invalid UTF-8 becomes U+FFFD; control characters other than tab,
// which TEXT cannot hold, are dropped.
func icsEscape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// CRLF: the LF writes the line break
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icsFold folds a content line into physical lines of at most 75 octets,
// CRLF excluded, each continuation starting with a space (RFC 5545 section
// 3.1). It never splits a UTF-8 sequence.
func icsFold(s string) string {
	const limit = 75
	var b strings.Builder
	for first := true; ; first = false {
		room := limit
		if !first {
			b.WriteByte(' ')
			room--
		}
		if len(s) <= room {
			b.WriteString(s)
			b.WriteString("\r\n")
			return b.String()
		}
		cut := room
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 {
			cut = room // not UTF-8: split anywhere rather than loop
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n")
		s = s[cut:]
	}
}
