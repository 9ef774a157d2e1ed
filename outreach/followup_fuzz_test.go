package outreach

import (
	"bytes"
	"errors"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
)

// The fuzz targets' seed corpora are in testdata/fuzz/FuzzXxx/. Each
// target checks that a reader never panics, that every error is an
// *article9.ParseError (or article9.Errors of them) with nothing read, and
// that whatever it reads survives a round trip through the writer.

// checkReadError fails unless err is nil or holds *article9.ParseError.
func checkReadError(t *testing.T, err error, gotNil bool) {
	t.Helper()
	var pe *article9.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not an *article9.ParseError", err, err)
	}
	if pe.Line < 0 || pe.Err == nil {
		t.Fatalf("malformed ParseError %+v", pe)
	}
	if !gotNil {
		t.Fatalf("data returned with the error %v", err)
	}
}

func FuzzReadFollowUps(f *testing.F) {
	f.Add([]byte("iso3,action,subject,opened,due,closed,lead,notes\nBFA,A,Follow up,2021-01-15,2025-09-16,,ISU,\"a, \"\"b\"\"\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := ReadFollowUps(bytes.NewReader(data))
		if err != nil {
			checkReadError(t, err, fs == nil)
			return
		}
		var buf bytes.Buffer
		if err := WriteFollowUps(&buf, fs); err != nil {
			t.Fatal(err)
		}
		back, err := ReadFollowUps(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("reading the written file: %v\n%q", err, buf.Bytes())
		}
		if diff := cmp.Diff(fs, back); diff != "" {
			t.Fatalf("round trip (-read +re-read):\n%s", diff)
		}
		var ics bytes.Buffer
		if err := WriteICS(&ics, fs, nil, d("2025-03-06")); err != nil {
			t.Fatal(err)
		}
		if _, _, err := parseICS(ics.Bytes()); err != nil {
			t.Fatalf("iCalendar output: %v\n%q", err, ics.Bytes())
		}
	})
}

func FuzzReadMeetings(f *testing.F) {
	f.Add([]byte("name,kind,city,start,end,notes\n14MSP,msp,Geneva,2027-09-20,2027-09-23,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ms, err := ReadMeetings(bytes.NewReader(data))
		if err != nil {
			checkReadError(t, err, ms == nil)
			return
		}
		var buf bytes.Buffer
		if err := WriteMeetings(&buf, ms); err != nil {
			t.Fatal(err)
		}
		back, err := ReadMeetings(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("reading the written file: %v\n%q", err, buf.Bytes())
		}
		if diff := cmp.Diff(ms, back); diff != "" {
			t.Fatalf("round trip (-read +re-read):\n%s", diff)
		}
		var ics bytes.Buffer
		if err := WriteICS(&ics, nil, ms, d("2025-03-06")); err != nil {
			t.Fatal(err)
		}
		if _, _, err := parseICS(ics.Bytes()); err != nil {
			t.Fatalf("iCalendar output: %v\n%q", err, ics.Bytes())
		}
	})
}

func FuzzReadWorkPlanStatus(f *testing.F) {
	f.Add([]byte("action,status,notes\nE,in_progress,Manila\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, err := ReadWorkPlanStatus(bytes.NewReader(data), DefaultWorkPlan())
		if err != nil {
			checkReadError(t, err, plan == nil)
			return
		}
		if len(plan) != len(DefaultWorkPlan()) {
			t.Fatalf("%d items, want %d", len(plan), len(DefaultWorkPlan()))
		}
		var buf bytes.Buffer
		if err := WriteWorkPlanStatus(&buf, plan); err != nil {
			t.Fatal(err)
		}
		back, err := ReadWorkPlanStatus(bytes.NewReader(buf.Bytes()), DefaultWorkPlan())
		if err != nil {
			t.Fatalf("reading the written file: %v\n%q", err, buf.Bytes())
		}
		if diff := cmp.Diff(plan, back); diff != "" {
			t.Fatalf("round trip (-read +re-read):\n%s", diff)
		}
	})
}
