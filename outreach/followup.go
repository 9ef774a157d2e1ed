package outreach

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/article9/article9"
)

// Action is one of the eight actions, A to H, of the coordinators' work
// plan in the concept note on Actions 47 and 48 of the Lausanne Action Plan.
// It is written in files as its letter. The zero value is not a valid
// Action.
type Action byte

// The eight actions of the work plan.
const (
	ActionA Action = 'A' // follow up requests for assistance
	ActionB Action = 'B' // video on national implementation
	ActionC Action = 'C' // resources on the ISU website
	ActionD Action = 'D' // engage the universalisation coordinators
	ActionE Action = 'E' // regional workshop or forum
	ActionF Action = 'F' // awareness raising in the margins of meetings
	ActionG Action = 'G' // priority list of States
	ActionH Action = 'H' // reference document on investment laws
)

// Actions lists the eight actions in order.
var Actions = [...]Action{ActionA, ActionB, ActionC, ActionD, ActionE, ActionF, ActionG, ActionH}

// Valid reports whether a is one of A to H.
func (a Action) Valid() bool { return a >= ActionA && a <= ActionH }

// String returns the action's letter, "A" to "H", or "Action(n)" for an
// invalid value.
func (a Action) String() string {
	if a.Valid() {
		return string(rune(a))
	}
	return fmt.Sprintf("Action(%d)", byte(a))
}

// ParseAction parses an action letter, "A" to "H" in either case, with
// surrounding space ignored.
func ParseAction(text string) (Action, error) {
	t := strings.ToUpper(strings.TrimSpace(text))
	if len(t) == 1 && Action(t[0]).Valid() {
		return Action(t[0]), nil
	}
	return 0, fmt.Errorf("%w %q (allowed: a letter A to H, the concept note's actions)", article9.ErrInvalidValue, text)
}

// MarshalText implements encoding.TextMarshaler.
func (a Action) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("outreach: invalid action %d", byte(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseAction.
func (a *Action) UnmarshalText(text []byte) error {
	v, err := ParseAction(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// FollowUp is one thing a coordinator has to follow up: with a State (ISO3)
// or with nobody in particular (ISO3 blank, as for an awareness event under
// Action F), under one action of the work plan. Dates are calendar dates;
// a zero time.Time is no date.
type FollowUp struct {
	ISO3    string    // the State concerned, or "" if none
	Action  Action    // the work-plan action it serves
	Subject string    // what is to be done
	Opened  time.Time // when it was opened; zero if not known
	Due     time.Time // when it is due; zero if no due date
	Closed  time.Time // when it was closed; zero while open
	Lead    string    // who leads on it, such as a delegation or the ISU
	Notes   string    // free notes
}

// Open reports whether f has not been closed.
func (f FollowUp) Open() bool { return f.Closed.IsZero() }

// Overdue reports whether f is open and its due date is strictly before
// asOf's date. A follow-up due on asOf itself is due, not overdue; one with
// no due date is never overdue; a closed one is never overdue, even if it
// was closed late (see ClosedLate).
func (f FollowUp) Overdue(asOf time.Time) bool {
	return f.Open() && !f.Due.IsZero() && day(f.Due).Before(day(asOf))
}

// DaysOverdue returns how many days f has been overdue on asOf, or 0 if it
// is not overdue.
func (f FollowUp) DaysOverdue(asOf time.Time) int {
	if !f.Overdue(asOf) {
		return 0
	}
	return int(day(asOf).Sub(day(f.Due)).Hours() / 24)
}

// ClosedLate reports whether f was closed after its due date. It is false
// for an open follow-up and for one with no due date.
func (f FollowUp) ClosedLate() bool {
	return !f.Open() && !f.Due.IsZero() && day(f.Closed).After(day(f.Due))
}

// SortFollowUps sorts fs by due date (those with none last), then ISO code
// (blank first), action, subject and opening date.
func SortFollowUps(fs []FollowUp) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Due.IsZero() != b.Due.IsZero() {
			return b.Due.IsZero()
		}
		if !a.Due.Equal(b.Due) {
			return a.Due.Before(b.Due)
		}
		if a.ISO3 != b.ISO3 {
			return a.ISO3 < b.ISO3
		}
		if a.Action != b.Action {
			return a.Action < b.Action
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.Opened.Before(b.Opened)
	})
}

// OpenFollowUps returns the open follow-ups in fs, in fs's order.
func OpenFollowUps(fs []FollowUp) []FollowUp {
	var out []FollowUp
	for _, f := range fs {
		if f.Open() {
			out = append(out, f)
		}
	}
	return out
}

// OverdueFollowUps returns the follow-ups in fs overdue on asOf (see
// FollowUp.Overdue), in fs's order.
func OverdueFollowUps(fs []FollowUp, asOf time.Time) []FollowUp {
	var out []FollowUp
	for _, f := range fs {
		if f.Overdue(asOf) {
			out = append(out, f)
		}
	}
	return out
}

// AssistanceSubject is the subject of the follow-ups DefaultFollowUps makes.
const AssistanceSubject = "Follow up the request for assistance with Article 9 implementation"

// DefaultFollowUps returns the follow-ups a dataset calls for under Action
// A: one for each State that has formally requested assistance
// (AssistanceRequested is Yes), sorted by ISO code. Each is opened on the
// date of the request if known and due at the start of the first formal
// meeting of the States Parties (a Meeting of States Parties or a Review
// Conference) in meetings starting on or after since, or has no due date
// if meetings has none. since is the date of the data the requests come
// from (FollowUpSince): the embedded dataset of 6 March 2025 makes them due
// at the 13MSP of 16 September 2025, and overdue from the next day until
// newer data say otherwise. Lead and Notes are blank.
func DefaultFollowUps(states []article9.State, meetings []Meeting, since time.Time) []FollowUp {
	var due time.Time
	if m, ok := NextFormalMeeting(meetings, since); ok {
		due = m.Start
	}
	var out []FollowUp
	for _, s := range states {
		if s.AssistanceRequested != article9.Yes {
			continue
		}
		out = append(out, FollowUp{
			ISO3:    s.ISO3,
			Action:  ActionA,
			Subject: AssistanceSubject,
			Opened:  s.AssistanceDate,
			Due:     due,
		})
	}
	SortFollowUps(out)
	return out
}

// FollowUpSince returns the date from which DefaultFollowUps counts for the
// dataset d evaluated on asOf: d's own as-of date, the date its requests
// for assistance are known at, or asOf if d has none (a user's file).
func FollowUpSince(d *article9.Dataset, asOf time.Time) time.Time {
	if d != nil && !d.AsOf.IsZero() {
		return d.AsOf
	}
	return asOf
}
