package outreach

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/article9/article9"
)

// WorkStatus is how far an action of the work plan has got. The zero value
// is NotStarted.
type WorkStatus uint8

// The three states of a work item.
const (
	NotStarted WorkStatus = iota // not started (or not known to have started)
	InProgress                   // under way
	Done                         // completed
)

var workStatusNames = [...]string{"not_started", "in_progress", "done"}

// String returns the status as written in files: "not_started",
// "in_progress" or "done".
func (s WorkStatus) String() string {
	if int(s) < len(workStatusNames) {
		return workStatusNames[s]
	}
	return fmt.Sprintf("WorkStatus(%d)", uint8(s))
}

// ParseWorkStatus parses a status as written in a file. Case, surrounding
// space and '-' or ' ' instead of '_' are accepted ("In progress" is
// InProgress), as are "completed" for Done and "ongoing" for InProgress.
func ParseWorkStatus(text string) (WorkStatus, error) {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.Map(underscore, t)
	switch t {
	case "completed":
		return Done, nil
	case "ongoing":
		return InProgress, nil
	}
	for i, n := range workStatusNames {
		if t == n {
			return WorkStatus(i), nil
		}
	}
	return NotStarted, fmt.Errorf("%w %q (allowed: %s)", article9.ErrInvalidValue, text, strings.Join(workStatusNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (s WorkStatus) MarshalText() ([]byte, error) {
	if int(s) >= len(workStatusNames) {
		return nil, fmt.Errorf("outreach: invalid work status %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseWorkStatus.
func (s *WorkStatus) UnmarshalText(text []byte) error {
	v, err := ParseWorkStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// WorkItem is one action of the work plan with its deadline and status.
type WorkItem struct {
	Action       Action     // A to H; ActionTitle gives its title
	Deadline     time.Time  // the last day to complete it
	DeadlineText string     // the concept note's wording, in English, such as "By end 2022"
	Status       WorkStatus // how far it has got
	Notes        string     // free notes
}

// Overdue reports whether w is not done and its deadline is strictly
// before asOf's date: an action due by the end of 2022 is overdue from
// 1 January 2023.
func (w WorkItem) Overdue(asOf time.Time) bool {
	return w.Status != Done && !w.Deadline.IsZero() && day(w.Deadline).Before(day(asOf))
}

// tenthMSP is the first day of the Tenth Meeting of States Parties (Geneva,
// 30 August–2 September 2022; see knownMeetings): Actions A and G are due
// before it.
var tenthMSP = date(2022, 8, 30)

// DefaultWorkPlan returns the work plan of the concept note, Actions A to
// H in order, with their deadlines: A ("Ongoing, before 10MSP") and G ("By
// 10MSP") by the opening of the 10MSP on 30 August 2022; B by the end of
// 2021; C, D, F and H by the end of 2022; E by the end of 2023. B is Done,
// as the concept note says it was completed; the others are NotStarted
// until a status file (ReadWorkPlanStatus) says otherwise.
func DefaultWorkPlan() []WorkItem {
	end := func(y int) time.Time { return date(y, 12, 31) }
	return []WorkItem{
		{Action: ActionA, Deadline: tenthMSP, DeadlineText: "Ongoing, before 10MSP"},
		{Action: ActionB, Deadline: end(2021), DeadlineText: "By end 2021, completed", Status: Done},
		{Action: ActionC, Deadline: end(2022), DeadlineText: "By end 2022"},
		{Action: ActionD, Deadline: end(2022), DeadlineText: "By end 2022"},
		{Action: ActionE, Deadline: end(2023), DeadlineText: "By end 2023"},
		{Action: ActionF, Deadline: end(2022), DeadlineText: "By end 2022"},
		{Action: ActionG, Deadline: tenthMSP, DeadlineText: "By 10MSP"},
		{Action: ActionH, Deadline: end(2022), DeadlineText: "By end 2022"},
	}
}

// WorkPlanStatusColumns lists the work-plan status file's columns in the
// order WriteWorkPlanStatus writes them.
var WorkPlanStatusColumns = []string{"action", "status", "notes"}

var workPlanRequired = []string{"action", "status"}

// ReadWorkPlanStatus reads a work-plan status file and returns a copy of
// plan with it applied. The file is CSV with a header naming the columns
// action, status and notes in any order (action and status are required),
// then at most one row per action: action is a letter A to H of an item in
// plan, status one ParseWorkStatus accepts, notes replace the item's notes
// unless blank. Items the file does not mention keep their status. The
// format details are those of the states file; on error the slice is nil
// and the error is as for ReadFollowUps. plan is not changed.
func ReadWorkPlanStatus(r io.Reader, plan []WorkItem) ([]WorkItem, error) {
	out := append([]WorkItem(nil), plan...)
	index := map[Action]int{}
	for i, w := range out {
		index[w.Action] = i
	}
	seen := map[Action]int{}
	err := readRows(r, "action", WorkPlanStatusColumns, workPlanRequired, func(line int, row map[string]string) *article9.ParseError {
		if row["action"] == "" {
			return missing(line, "action", "a letter A to H, the concept note's actions")
		}
		a, err := ParseAction(row["action"])
		if err != nil {
			return &article9.ParseError{Line: line, Column: "action", Err: err}
		}
		i, ok := index[a]
		if !ok {
			return &article9.ParseError{Line: line, Column: "action", Err: fmt.Errorf("%w %q is not in the work plan (allowed: %s)", article9.ErrInvalidValue, row["action"], planActions(plan))}
		}
		if first, dup := seen[a]; dup {
			return &article9.ParseError{Line: line, Column: "action", Err: fmt.Errorf("%w: action %s is already on line %d (allowed: each action once)", ErrDuplicateRow, a, first)}
		}
		if row["status"] == "" {
			return missing(line, "status", strings.Join(workStatusNames[:], ", "))
		}
		s, err := ParseWorkStatus(row["status"])
		if err != nil {
			return &article9.ParseError{Line: line, Column: "status", Err: err}
		}
		seen[a] = line
		out[i].Status = s
		if n := row["notes"]; n != "" {
			out[i].Notes = n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func planActions(plan []WorkItem) string {
	var s []string
	for _, w := range plan {
		s = append(s, w.Action.String())
	}
	if len(s) == 0 {
		return "none: the work plan is empty"
	}
	return strings.Join(s, ", ")
}

// WriteWorkPlanStatus writes the status of each item of plan as a
// work-plan status file, in plan's order, so that a coordinator can start
// from it. Reading it back with ReadWorkPlanStatus over the same plan gives
// back plan.
func WriteWorkPlanStatus(w io.Writer, plan []WorkItem) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(WorkPlanStatusColumns); err != nil {
		return err
	}
	for _, it := range plan {
		if err := cw.Write([]string{it.Action.String(), it.Status.String(), it.Notes}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// OverdueWork returns the items of plan overdue on asOf, in plan's order.
func OverdueWork(plan []WorkItem, asOf time.Time) []WorkItem {
	var out []WorkItem
	for _, w := range plan {
		if w.Overdue(asOf) {
			out = append(out, w)
		}
	}
	return out
}
