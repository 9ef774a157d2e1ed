package outreach

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// This file holds a small RFC 5545 reader written from the RFC, apart from
// the writer: it checks the physical lines, unfolds them, splits each
// content line into name, parameters and value and unescapes TEXT.

// icsProp is one property of a component.
type icsProp struct {
	Name   string
	Params string // ";"-joined, as written
	Value  string // raw, still escaped
}

// icsComponent is a component with its properties and sub-components.
type icsComponent struct {
	Name  string
	Props []icsProp
	Subs  []*icsComponent
}

func (c *icsComponent) get(name string) []icsProp {
	var out []icsProp
	for _, p := range c.Props {
		if p.Name == name {
			out = append(out, p)
		}
	}
	return out
}

// parseICS checks the physical form of data and parses it. It returns the
// VCALENDAR and the unfolded content lines.
func parseICS(data []byte) (*icsComponent, []string, error) {
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") {
		return nil, nil, fmt.Errorf("the file does not end in CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if strings.ContainsAny(l, "\r\n") {
			return nil, nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, nil, fmt.Errorf("line %d: %d octets, more than 75", i+1, len(l))
		}
		if !utf8.ValidString(l) {
			return nil, nil, fmt.Errorf("line %d: a UTF-8 sequence is split or invalid: %q", i+1, l)
		}
		if l == "" {
			return nil, nil, fmt.Errorf("line %d: empty", i+1)
		}
		if l[0] == ' ' || l[0] == '\t' {
			if len(logical) == 0 {
				return nil, nil, fmt.Errorf("line %d: continuation with nothing to continue", i+1)
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var stack []*icsComponent
	var root *icsComponent
	nameRE := regexp.MustCompile(`^[A-Za-z0-9-]+$`)
	for i, l := range logical {
		colon := strings.IndexByte(l, ':') // the first colon outside quoted parameter values; none are quoted here
		if colon < 0 {
			return nil, nil, fmt.Errorf("content line %d has no colon: %q", i+1, l)
		}
		nameParams, value := l[:colon], l[colon+1:]
		name, params, _ := strings.Cut(nameParams, ";")
		if !nameRE.MatchString(name) {
			return nil, nil, fmt.Errorf("content line %d: bad name %q", i+1, name)
		}
		switch name {
		case "BEGIN":
			c := &icsComponent{Name: value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.Subs = append(top.Subs, c)
			} else if root != nil {
				return nil, nil, fmt.Errorf("a second top-level component %s", value)
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].Name != value {
				return nil, nil, fmt.Errorf("content line %d: END:%s does not close the open component", i+1, value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return nil, nil, fmt.Errorf("content line %d: a property outside any component", i+1)
			}
			top := stack[len(stack)-1]
			top.Props = append(top.Props, icsProp{name, params, value})
		}
	}
	if len(stack) != 0 {
		return nil, nil, fmt.Errorf("%s is not closed", stack[len(stack)-1].Name)
	}
	if root == nil || root.Name != "VCALENDAR" {
		return nil, nil, fmt.Errorf("no VCALENDAR")
	}
	return root, logical, nil
}

// unescapeText undoes RFC 5545 TEXT escaping, rejecting unescaped ';' and
// ',' and unknown escapes.
func unescapeText(v string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch c {
		case ';', ',':
			return "", fmt.Errorf("unescaped %q in %q", c, v)
		case '\\':
			if i+1 == len(v) {
				return "", fmt.Errorf("trailing backslash in %q", v)
			}
			i++
			switch v[i] {
			case '\\', ';', ',':
				b.WriteByte(v[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("unknown escape \\%c in %q", v[i], v)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

var (
	utcStamp = regexp.MustCompile(`^\d{8}T\d{6}Z$`)
	icsDay   = regexp.MustCompile(`^\d{8}$`)
)

// checkCalendar checks what RFC 5545 requires of the calendar and its
// events, and returns the events.
func checkCalendar(t *testing.T, data []byte) []*icsComponent {
	t.Helper()
	cal, _, err := parseICS(data)
	if err != nil {
		t.Fatalf("not RFC 5545: %v\n%s", err, data)
	}
	for _, want := range []string{"VERSION:2.0", "CALSCALE:GREGORIAN"} {
		name, value, _ := strings.Cut(want, ":")
		if ps := cal.get(name); len(ps) != 1 || ps[0].Value != value {
			t.Errorf("VCALENDAR %s = %v, want one %q", name, ps, value)
		}
	}
	if ps := cal.get("PRODID"); len(ps) != 1 || ps[0].Value == "" {
		t.Errorf("PRODID = %v", ps)
	}
	uids := map[string]bool{}
	for _, ev := range cal.Subs {
		if ev.Name != "VEVENT" {
			t.Errorf("unexpected component %s", ev.Name)
			continue
		}
		for _, req := range []string{"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} {
			if n := len(ev.get(req)); n != 1 {
				t.Errorf("VEVENT has %d %s, want 1: %+v", n, req, ev.Props)
			}
		}
		if ps := ev.get("DTSTAMP"); len(ps) == 1 && !utcStamp.MatchString(ps[0].Value) {
			t.Errorf("DTSTAMP %q is not a UTC date-time ending in Z", ps[0].Value)
		}
		start, end := ev.get("DTSTART"), ev.get("DTEND")
		if len(start) == 1 && len(end) == 1 {
			for _, p := range []icsProp{start[0], end[0]} {
				if p.Params != "VALUE=DATE" || !icsDay.MatchString(p.Value) {
					t.Errorf("%s;%s:%s is not an all-day date", p.Name, p.Params, p.Value)
				}
			}
			if end[0].Value <= start[0].Value {
				t.Errorf("DTEND %s is not after DTSTART %s (DTEND is exclusive)", end[0].Value, start[0].Value)
			}
		}
		if ps := ev.get("UID"); len(ps) == 1 {
			if uids[ps[0].Value] {
				t.Errorf("UID %s twice", ps[0].Value)
			}
			uids[ps[0].Value] = true
		}
		for _, p := range ev.Props {
			if p.Name == "SUMMARY" || p.Name == "DESCRIPTION" || p.Name == "LOCATION" {
				if _, err := unescapeText(p.Value); err != nil {
					t.Errorf("%s: %v", p.Name, err)
				}
			}
		}
	}
	return cal.Subs
}

func text(t *testing.T, ev *icsComponent, name string) string {
	t.Helper()
	ps := ev.get(name)
	if len(ps) != 1 {
		t.Fatalf("%d %s properties", len(ps), name)
	}
	s, err := unescapeText(ps[0].Value)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestWriteICS(t *testing.T) {
	long := "Follow up with the Ministry of Foreign Affairs of Côte d’Ivoire; “urgent”, with the draft — " + strings.Repeat("é€𝄞", 30)
	fs := []FollowUp{
		{ISO3: "BFA", Action: ActionA, Subject: AssistanceSubject, Opened: d("2011-01-15"), Due: d("2025-09-16"), Lead: "ISU", Notes: "a\\b;c,d\nline 2\r\nline 3\x01"},
		{ISO3: "CIV", Action: ActionE, Subject: long, Due: d("2025-06-30"), Closed: d("2025-06-01")},
		{Action: ActionF, Subject: "No due date: not in the calendar"},
	}
	ms := DefaultMeetings(d("2025-09-01"), 2)
	stamp := d("2025-03-06")
	var buf bytes.Buffer
	if err := WriteICS(&buf, fs, ms, stamp); err != nil {
		t.Fatal(err)
	}
	evs := checkCalendar(t, buf.Bytes())
	if len(evs) != len(ms)+2 {
		t.Fatalf("%d events, want %d meetings and 2 follow-ups", len(evs), len(ms))
	}
	for _, ev := range evs {
		if got := ev.get("DTSTAMP")[0].Value; got != "20250306T000000Z" {
			t.Errorf("DTSTAMP %s, want the as-of date 20250306T000000Z", got)
		}
	}
	// Meetings first, in date order: the 13MSP spans 16–19 September 2025.
	msp := evs[0]
	if got := text(t, msp, "SUMMARY"); got != "Thirteenth Meeting of States Parties (13MSP)" {
		t.Errorf("first event %q", got)
	}
	if s, e := msp.get("DTSTART")[0].Value, msp.get("DTEND")[0].Value; s != "20250916" || e != "20250920" {
		t.Errorf("13MSP DTSTART %s DTEND %s, want 20250916 and the day after the last, 20250920", s, e)
	}
	if got := text(t, msp, "LOCATION"); got != "Geneva" {
		t.Errorf("LOCATION %q", got)
	}
	for _, ev := range evs[:len(ms)] {
		expected := strings.HasSuffix(text(t, ev, "SUMMARY"), "(expected dates)")
		if st := ev.get("STATUS")[0].Value; (st == "TENTATIVE") != expected {
			t.Errorf("%s: STATUS %s", text(t, ev, "SUMMARY"), st)
		}
	}
	// Follow-ups after, by due date: the closed CIV one (30 June) before BFA.
	civ, bfa := evs[len(ms)], evs[len(ms)+1]
	if got, want := text(t, civ, "SUMMARY"), "Action E: CIV: "+long+" (closed 2025-06-01)"; got != want {
		t.Errorf("long SUMMARY did not round-trip:\n got %q\nwant %q", got, want)
	}
	if got := civ.get("DTSTART")[0].Value; got != "20250630" {
		t.Errorf("CIV DTSTART %s", got)
	}
	wantDesc := "Work-plan action A: Follow up requests for assistance with Article 9 implementation\n" +
		"Opened: 2011-01-15\nDue: 2025-09-16\nLead: ISU\nNotes: a\\b;c,d\nline 2\nline 3"
	if diff := cmp.Diff(wantDesc, text(t, bfa, "DESCRIPTION")); diff != "" {
		t.Errorf("DESCRIPTION escaping round trip (-want +got):\n%s", diff)
	}
	if got := bfa.get("TRANSP")[0].Value; got != "TRANSPARENT" {
		t.Errorf("follow-up TRANSP %s", got)
	}

	// Deterministic, and the UID of a follow-up does not move with its dates.
	var again bytes.Buffer
	if err := WriteICS(&again, fs, ms, stamp); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two runs gave different bytes")
	}
	moved := append([]FollowUp(nil), fs...)
	moved[0].Due = d("2026-09-14")
	var buf2 bytes.Buffer
	if err := WriteICS(&buf2, moved, nil, stamp); err != nil {
		t.Fatal(err)
	}
	evs2 := checkCalendar(t, buf2.Bytes())
	if a, b := bfa.get("UID")[0].Value, evs2[1].get("UID")[0].Value; a != b {
		t.Errorf("UID changed with the due date: %s, %s", a, b)
	}
}

// TestICSFold checks folding on lines of every length near the limit, with
// multi-byte characters at every offset: each physical line fits, no
// sequence is split, and unfolding gives back the line.
func TestICSFold(t *testing.T) {
	for _, unit := range []string{"a", "é", "€", "𝄞"} {
		for pad := 0; pad < 4; pad++ {
			for n := 0; n < 60; n++ {
				line := "SUMMARY:" + strings.Repeat("x", pad) + strings.Repeat(unit, n)
				folded := icsFold(line)
				cal := "BEGIN:VCALENDAR\r\n" + folded + "END:VCALENDAR\r\n"
				root, logical, err := parseICS([]byte(cal))
				if err != nil {
					t.Fatalf("%q: %v", line, err)
				}
				if logical[1] != line || len(root.Props) != 1 {
					t.Fatalf("unfolding %q gave %q", line, logical[1])
				}
			}
		}
	}
}

func TestICSEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", `a\b`, "a;b,c", "\\;\\,", "x\ny", "x\r\ny\rz", "tab\there", "\\n is not a newline", "ctl\x00\x07\x7f"} {
		got, err := unescapeText(icsEscape(s))
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		want := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "", "\x07", "", "\x7f", "").Replace(s)
		if got != want {
			t.Errorf("escape round trip of %q = %q, want %q", s, got, want)
		}
	}
}

func TestWriteICSEmptyAndErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteICS(&buf, nil, nil, d("2025-03-06")); err != nil {
		t.Fatal(err)
	}
	if evs := checkCalendar(t, buf.Bytes()); len(evs) != 0 {
		t.Errorf("%d events in an empty calendar", len(evs))
	}
	if err := WriteICS(&buf, nil, []Meeting{{Name: "x"}}, d("2025-03-06")); err == nil {
		t.Error("a meeting with no start date was accepted")
	}
}

// FuzzWriteICS checks the writer with any text, invalid UTF-8 and control
// characters included: the output parses, every physical line fits, and
// the text comes back as written less what TEXT cannot hold.
func FuzzWriteICS(f *testing.F) {
	f.Add("Côte d’Ivoire; “urgent”, with \\ and\r\nlines", "notes\x00\x7f\xff")
	f.Add(strings.Repeat("𝄞", 40), strings.Repeat("a,", 50))
	f.Fuzz(func(t *testing.T, subject, notes string) {
		fs := []FollowUp{{ISO3: "BFA", Action: ActionA, Subject: subject, Notes: notes, Due: d("2025-09-16")}}
		ms := []Meeting{{Name: subject, City: notes, Kind: MSP, Start: d("2025-09-16"), End: d("2025-09-19")}}
		var buf bytes.Buffer
		if err := WriteICS(&buf, fs, ms, d("2025-03-06")); err != nil {
			t.Fatal(err)
		}
		cal, _, err := parseICS(buf.Bytes())
		if err != nil {
			t.Fatalf("%v\n%q", err, buf.Bytes())
		}
		if len(cal.Subs) != 2 {
			t.Fatalf("%d events, want 2", len(cal.Subs))
		}
		clean := func(s string) string {
			s = strings.ToValidUTF8(s, "\uFFFD")
			s = strings.ReplaceAll(s, "\r\n", "\n")
			return strings.Map(func(r rune) rune {
				switch {
				case r == '\r':
					return '\n'
				case r == '\n' || r == '\t':
					return r
				case r < 0x20 || r == 0x7f:
					return -1
				}
				return r
			}, s)
		}
		if got, err := unescapeText(cal.Subs[0].get("SUMMARY")[0].Value); err != nil || got != clean(subject) {
			t.Errorf("meeting SUMMARY = %q, %v; want %q", got, err, clean(subject))
		}
	})
}
