package outreach

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/article9/article9"
)

// MeetingKind says what sort of meeting a Meeting is. The zero value,
// OtherMeeting, is any meeting not listed.
type MeetingKind uint8

// The kinds of meeting in the coordinators' calendar.
const (
	OtherMeeting     MeetingKind = iota // any other meeting, such as a regional one
	MSP                                 // annual Meeting of States Parties to the CCM
	ReviewConference                    // CCM Review Conference, held instead of that year's MSP
	Intersessional                      // CCM intersessional meeting
	FirstCommittee                      // UN General Assembly First Committee session
)

var meetingKindNames = [...]string{"other", "msp", "review_conference", "intersessional", "first_committee"}

var meetingKindLabels = [...]string{
	"Other meeting",
	"Meeting of States Parties",
	"Review Conference",
	"Intersessional meeting",
	"UN General Assembly First Committee",
}

// String returns the kind as written in files: "other", "msp",
// "review_conference", "intersessional" or "first_committee".
func (k MeetingKind) String() string {
	if int(k) < len(meetingKindNames) {
		return meetingKindNames[k]
	}
	return fmt.Sprintf("MeetingKind(%d)", uint8(k))
}

// Label returns the kind in plain English, such as "Meeting of States
// Parties".
func (k MeetingKind) Label() string {
	if int(k) < len(meetingKindLabels) {
		return meetingKindLabels[k]
	}
	return k.String()
}

// Formal reports whether k is a formal meeting of the States Parties: an
// MSP or a Review Conference.
func (k MeetingKind) Formal() bool { return k == MSP || k == ReviewConference }

// ParseMeetingKind parses a kind as written in a file. Case, surrounding
// space and '-' or ' ' instead of '_' are accepted ("First Committee" is
// FirstCommittee), as are "meeting_of_states_parties" for MSP and "rc" for
// ReviewConference.
func ParseMeetingKind(text string) (MeetingKind, error) {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.Map(underscore, t)
	switch t {
	case "meeting_of_states_parties":
		return MSP, nil
	case "rc":
		return ReviewConference, nil
	}
	for i, n := range meetingKindNames {
		if t == n {
			return MeetingKind(i), nil
		}
	}
	return OtherMeeting, fmt.Errorf("%w %q (allowed: %s)", article9.ErrInvalidValue, text, strings.Join(meetingKindNames[1:], ", ")+", other")
}

// MarshalText implements encoding.TextMarshaler.
func (k MeetingKind) MarshalText() ([]byte, error) {
	if int(k) >= len(meetingKindNames) {
		return nil, fmt.Errorf("outreach: invalid meeting kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMeetingKind.
func (k *MeetingKind) UnmarshalText(text []byte) error {
	v, err := ParseMeetingKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Meeting is a meeting in the coordinators' calendar: a chance to follow
// up with delegations and to raise awareness in its margins (Action F).
// Start and End are calendar dates, End the last day (inclusive).
type Meeting struct {
	Name     string      // such as "Thirteenth Meeting of States Parties (13MSP)"
	Kind     MeetingKind // what sort of meeting
	City     string      // where, such as "Geneva"; "" if not yet decided
	Start    time.Time   // first day
	End      time.Time   // last day, on or after Start
	Expected bool        // the dates are estimated from the usual pattern, not announced
	Notes    string      // free notes, such as the source of the dates
}

// SortMeetings sorts ms by start date, then end date, kind and name.
func SortMeetings(ms []Meeting) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		switch {
		case !a.Start.Equal(b.Start):
			return a.Start.Before(b.Start)
		case !a.End.Equal(b.End):
			return a.End.Before(b.End)
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		}
		return a.Name < b.Name
	})
}

// last returns m's last day: End, or Start if End is not set.
func (m Meeting) last() time.Time {
	if m.End.IsZero() {
		return m.Start
	}
	return m.End
}

// NextMeetings returns, sorted by SortMeetings, the first n meetings in ms
// that have not ended before asOf's date: those under way on asOf are
// included. If n <= 0 it returns all of them. ms is not changed.
func NextMeetings(ms []Meeting, asOf time.Time, n int) []Meeting {
	var out []Meeting
	for _, m := range ms {
		if !day(m.last()).Before(day(asOf)) {
			out = append(out, m)
		}
	}
	SortMeetings(out)
	if n > 0 && len(out) > n {
		out = out[:n:n]
	}
	return out
}

// NextFormalMeeting returns the first formal meeting (MSP or Review
// Conference) in ms starting on or after asOf's date.
func NextFormalMeeting(ms []Meeting, asOf time.Time) (Meeting, bool) {
	var best Meeting
	found := false
	for _, m := range ms {
		if !m.Kind.Formal() || day(m.Start).Before(day(asOf)) {
			continue
		}
		if !found || m.Start.Before(best.Start) || (m.Start.Equal(best.Start) && m.Name < best.Name) {
			best, found = m, true
		}
	}
	return best, found
}

// MergeMeetings returns base and extra together, sorted by SortMeetings.
// A meeting in extra of kind MSP, ReviewConference, Intersessional or
// FirstCommittee replaces any Expected meeting of the same kind starting in
// the same year in base: an announced date supersedes an estimate.
// Neither slice is changed.
func MergeMeetings(base, extra []Meeting) []Meeting {
	type slot struct {
		kind MeetingKind
		year int
	}
	announced := map[slot]bool{}
	for _, m := range extra {
		if m.Kind != OtherMeeting {
			announced[slot{m.Kind, m.Start.Year()}] = true
		}
	}
	out := make([]Meeting, 0, len(base)+len(extra))
	for _, m := range base {
		if m.Expected && announced[slot{m.Kind, m.Start.Year()}] {
			continue
		}
		out = append(out, m)
	}
	out = append(out, extra...)
	SortMeetings(out)
	return out
}

// MeetingColumns lists the meetings file's columns in the order
// WriteMeetings writes them.
var MeetingColumns = []string{"name", "kind", "city", "start", "end", "notes"}

var meetingRequired = []string{"name", "kind", "start"}

// ReadMeetings reads a meetings file, for meetings a user adds to the
// calendar: CSV with a header naming some of MeetingColumns in any order
// (name, kind and start are required), then one row per meeting. kind is
// one ParseMeetingKind accepts; start and end are dates YYYY-MM-DD, end
// blank for a one-day meeting and never before start. Two rows with the
// same name (in any case) and start are an error. Meetings read are
// announced ones: Expected is false. The format details are those of the
// states file; errors are as for ReadFollowUps.
func ReadMeetings(r io.Reader) ([]Meeting, error) {
	var (
		out  []Meeting
		seen = map[string]int{}
	)
	err := readRows(r, "meeting", MeetingColumns, meetingRequired, func(line int, row map[string]string) *article9.ParseError {
		m, pe := parseMeeting(line, row)
		if pe != nil {
			return pe
		}
		key := strings.ToLower(m.Name) + "\x00" + formatDate(m.Start)
		if first, dup := seen[key]; dup {
			return &article9.ParseError{Line: line, Column: "name", Err: fmt.Errorf("%w: %q starting %s is already on line %d (allowed: each meeting once)", ErrDuplicateRow, m.Name, formatDate(m.Start), first)}
		}
		seen[key] = line
		out = append(out, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func parseMeeting(line int, row map[string]string) (Meeting, *article9.ParseError) {
	var m Meeting
	if m.Name = row["name"]; m.Name == "" {
		return m, missing(line, "name", "the meeting's name, such as \"Fourteenth Meeting of States Parties (14MSP)\"")
	}
	if row["kind"] == "" {
		return m, missing(line, "kind", strings.Join(meetingKindNames[1:], ", ")+", other")
	}
	k, err := ParseMeetingKind(row["kind"])
	if err != nil {
		return m, &article9.ParseError{Line: line, Column: "kind", Err: err}
	}
	m.Kind, m.City, m.Notes = k, row["city"], row["notes"]
	if row["start"] == "" {
		return m, missing(line, "start", "the first day, YYYY-MM-DD")
	}
	var pe *article9.ParseError
	if m.Start, pe = parseDate(line, "start", row["start"]); pe != nil {
		return m, pe
	}
	if m.End, pe = parseDate(line, "end", row["end"]); pe != nil {
		return m, pe
	}
	switch {
	case m.End.IsZero():
		m.End = m.Start
	case m.End.Before(m.Start):
		return m, &article9.ParseError{Line: line, Column: "end", Err: fmt.Errorf("%w %q is before start %s (allowed: the last day, on or after the first, or blank for a one-day meeting)", article9.ErrInvalidValue, row["end"], row["start"])}
	}
	return m, nil
}

// WriteMeetings writes ms as a meetings file: the header MeetingColumns,
// then one row per meeting in ms's order. Expected is not written: the file
// holds announced dates. Reading the output with ReadMeetings gives back ms
// if every meeting in it is valid and none is Expected.
func WriteMeetings(w io.Writer, ms []Meeting) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(MeetingColumns); err != nil {
		return err
	}
	for _, m := range ms {
		if err := cw.Write([]string{m.Name, m.Kind.String(), m.City, formatDate(m.Start), formatDate(m.End), m.Notes}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
