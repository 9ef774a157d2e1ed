package outreach

import (
	"bytes"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// TestDefaultWorkPlan checks the plan against section 5 of the concept
// note, typed in from it, with the 10MSP's opening day (30 August 2022).
func TestDefaultWorkPlan(t *testing.T) {
	want := []WorkItem{
		{ActionA, d("2022-08-30"), "Ongoing, before 10MSP", NotStarted, ""},
		{ActionB, d("2021-12-31"), "By end 2021, completed", Done, ""},
		{ActionC, d("2022-12-31"), "By end 2022", NotStarted, ""},
		{ActionD, d("2022-12-31"), "By end 2022", NotStarted, ""},
		{ActionE, d("2023-12-31"), "By end 2023", NotStarted, ""},
		{ActionF, d("2022-12-31"), "By end 2022", NotStarted, ""},
		{ActionG, d("2022-08-30"), "By 10MSP", NotStarted, ""},
		{ActionH, d("2022-12-31"), "By end 2022", NotStarted, ""},
	}
	if diff := cmp.Diff(want, DefaultWorkPlan()); diff != "" {
		t.Errorf("DefaultWorkPlan (-want +got):\n%s", diff)
	}
	tenth := DefaultMeetings(d("2022-01-01"), 1)
	for _, m := range tenth {
		if m.Kind == MSP && !m.Start.Equal(tenthMSP) {
			t.Errorf("the 10MSP in the calendar starts %s, the work plan says %s", formatDate(m.Start), formatDate(tenthMSP))
		}
	}
	for _, w := range DefaultWorkPlan() {
		if got := ActionDeadline(w.Action, "en"); got != w.DeadlineText {
			t.Errorf("ActionDeadline(%s, en) = %q, DeadlineText %q", w.Action, got, w.DeadlineText)
		}
	}
}

func TestWorkItemOverdue(t *testing.T) {
	plan := DefaultWorkPlan()
	overdue := func(asOf string) string {
		var s string
		for _, w := range OverdueWork(plan, d(asOf)) {
			s += w.Action.String()
		}
		return s
	}
	for _, tc := range []struct{ asOf, want string }{
		{"2021-06-01", ""},
		{"2022-08-30", ""},   // the 10MSP opens: A and G are due today, not overdue
		{"2022-08-31", "AG"}, // B is done, so never overdue
		{"2022-12-31", "AG"},
		{"2023-01-01", "ACDFGH"},
		{"2023-12-31", "ACDFGH"},
		{"2024-01-01", "ACDEFGH"},
		{"2025-03-06", "ACDEFGH"},
	} {
		if got := overdue(tc.asOf); got != tc.want {
			t.Errorf("overdue on %s: %q, want %q", tc.asOf, got, tc.want)
		}
	}
	if (WorkItem{Action: ActionA}).Overdue(d("2030-01-01")) {
		t.Error("an item with no deadline is overdue")
	}
	if (WorkItem{Action: ActionA, Deadline: d("2022-01-01"), Status: InProgress}).Overdue(d("2023-01-01")) != true {
		t.Error("an item in progress past its deadline is not overdue")
	}
}

func TestReadWorkPlanStatus(t *testing.T) {
	in := "\ufeffAction;Status;Notes\r\n" +
		"e;in progress;Manila workshop, 18–19 March 2025\r\n" +
		"G;Completed;\r\n" +
		"B;not_started;Re-shoot planned\r\n"
	plan := DefaultWorkPlan()
	plan[2].Notes = "kept"
	got, err := ReadWorkPlanStatus(strings.NewReader(in), plan)
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultWorkPlan()
	want[2].Notes = "kept"
	want[4].Status, want[4].Notes = InProgress, "Manila workshop, 18–19 March 2025"
	want[6].Status = Done
	want[1].Status, want[1].Notes = NotStarted, "Re-shoot planned"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadWorkPlanStatus (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(DefaultWorkPlan()[4], plan[4]); diff != "" {
		t.Errorf("the plan passed in changed (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteWorkPlanStatus(&buf, got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadWorkPlanStatus(&buf, DefaultWorkPlan())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadWorkPlanStatusErrors(t *testing.T) {
	const h = "action,status,notes\n"
	for _, tc := range []parseErrorCase{
		{"unknown column", "action,stauts\n", 1, "stauts", article9.ErrUnknownColumn, `did you mean "status"?`},
		{"missing status column", "action,notes\n", 1, "status", article9.ErrMissingColumn, "required: action, status"},
		{"bad action", h + "K,done,\n", 2, "action", article9.ErrInvalidValue, `"K" (allowed: a letter A to H`},
		{"blank action", h + ",done,\n", 2, "action", article9.ErrMissingValue, "A to H"},
		{"bad status", h + "A,finished,\n", 2, "status", article9.ErrInvalidValue, `"finished" (allowed: not_started, in_progress, done)`},
		{"blank status", h + "A,,\n", 2, "status", article9.ErrMissingValue, "not_started"},
		{"duplicate action", h + "A,done,\nC,done,\na,in_progress,\n", 4, "action", ErrDuplicateRow, "already on line 2"},
		{"wrong field count", h + "A,done\n", 2, "", article9.ErrSyntax, "the row has 2 fields but the header has 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plan, err := ReadWorkPlanStatus(strings.NewReader(tc.in), DefaultWorkPlan())
			if plan != nil {
				t.Errorf("got a plan with the error")
			}
			checkParseError(t, err, tc)
		})
	}
	_, err := ReadWorkPlanStatus(strings.NewReader(h+"H,done,\n"), DefaultWorkPlan()[:3])
	checkParseError(t, err, parseErrorCase{line: 2, column: "action", err: article9.ErrInvalidValue, text: `"H" is not in the work plan (allowed: A, B, C)`})
}

func TestParseWorkStatus(t *testing.T) {
	for in, want := range map[string]WorkStatus{"done": Done, "DONE": Done, "completed": Done, "In progress": InProgress, "in-progress": InProgress, "ongoing": InProgress, "not started": NotStarted} {
		if got, err := ParseWorkStatus(in); err != nil || got != want {
			t.Errorf("ParseWorkStatus(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, s := range []WorkStatus{NotStarted, InProgress, Done} {
		b, _ := s.MarshalText()
		var back WorkStatus
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v round trip = %v, %v", s, back, err)
		}
	}
}

func TestActionTitles(t *testing.T) {
	for _, lang := range []string{"en", "fr", "es"} {
		seen := map[string]bool{}
		for _, a := range Actions {
			title := ActionTitle(a, lang)
			if title == "" || seen[title] {
				t.Errorf("%s %s: title %q empty or repeated", lang, a, title)
			}
			seen[title] = true
			if ActionDeadline(a, lang) == "" {
				t.Errorf("%s %s: no deadline text", lang, a)
			}
		}
	}
	if got, want := ActionTitle(ActionH, "de"), ActionTitle(ActionH, "en"); got != want {
		t.Errorf("unknown language: %q, want English %q", got, want)
	}
	if ActionTitle(0, "en") != "" || ActionDeadline('Z', "fr") != "" {
		t.Error("an invalid action has a title or deadline")
	}
	for lang, word := range map[string]string{"en": "universalisation", "fr": "universalisation", "es": "universalización"} {
		if !strings.Contains(ActionTitle(ActionD, lang), word) {
			t.Errorf("%s title of D %q lacks %q", lang, ActionTitle(ActionD, lang), word)
		}
	}
}

func TestResources(t *testing.T) {
	rs := Resources()
	if len(rs) == 0 {
		t.Fatal("no resources")
	}
	seen := map[string]bool{}
	for _, r := range rs {
		if r.Title == "" || r.Publisher == "" || r.Note == "" || !r.Action.Valid() {
			t.Errorf("incomplete %+v", r)
		}
		if !strings.HasPrefix(r.URL, "https://") && !strings.HasPrefix(r.URL, "http://") || strings.ContainsAny(r.URL, " \t") || seen[r.URL] {
			t.Errorf("bad or repeated URL %q", r.URL)
		}
		seen[r.URL] = true
	}
	// What a coordinator sends (issue 6): the ISU's national
	// implementation page and model legislation, and the ICRC's resources.
	for _, want := range []struct{ publisher, title string }{
		{"CCM Implementation Support Unit", "National implementation measures"},
		{"CCM Implementation Support Unit", "Model legislation"},
		{"International Committee of the Red Cross (ICRC)", "National implementation of IHL: model laws"},
	} {
		found := false
		for _, r := range rs {
			found = found || r.Publisher == want.publisher && r.Title == want.title
		}
		if !found {
			t.Errorf("no resource %q from %s", want.title, want.publisher)
		}
	}
	rs[1].Languages[0] = "changed"
	if Resources()[1].Languages[0] == "changed" {
		t.Error("changing a result changed a later call's")
	}
}
