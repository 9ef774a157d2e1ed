package article9

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseStatus(t *testing.T) {
	tests := []struct {
		in   string
		want Status
	}{
		{"", NoStatus},
		{"  ", NoStatus},
		{"specific_legislation", SpecificLegislation},
		{"existing_law", ExistingLaw},
		{"in_process", InProcess},
		{"incomplete", Incomplete},
		{"no_information", NoInformation},
		{"In process", InProcess},
		{"IN-PROCESS", InProcess},
		{" Existing law ", ExistingLaw},
		{"Specific-Legislation", SpecificLegislation},
		{"no information", NoInformation},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseStatus(tt.in)
			if err != nil {
				t.Fatalf("ParseStatus(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseStatus(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseStatusRejects(t *testing.T) {
	for _, in := range []string{"done", "in__process", "specific legislation!", "5", "existing_law_sufficient"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseStatus(in)
			if !errors.Is(err, ErrInvalidValue) {
				t.Fatalf("ParseStatus(%q) error = %v, want ErrInvalidValue", in, err)
			}
			msg := err.Error()
			for _, want := range []string{`"` + in + `"`, "specific_legislation", "existing_law", "in_process", "incomplete", "no_information"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not mention %q", msg, want)
				}
			}
		})
	}
}

func TestStatusString(t *testing.T) {
	want := map[Status]string{
		NoStatus: "", SpecificLegislation: "specific_legislation", ExistingLaw: "existing_law",
		InProcess: "in_process", Incomplete: "incomplete", NoInformation: "no_information",
		Status(6): "Status(6)", Status(255): "Status(255)",
	}
	got := map[Status]string{}
	for s := range want {
		got[s] = s.String()
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Status.String() mismatch (-want +got):\n%s", diff)
	}
	if Status(6).Valid() || !NoInformation.Valid() || !NoStatus.Valid() {
		t.Errorf("Valid: Status(6) = %v, NoInformation = %v, NoStatus = %v; want false, true, true",
			Status(6).Valid(), NoInformation.Valid(), NoStatus.Valid())
	}
	if diff := cmp.Diff([]Status{1, 2, 3, 4, 5}, Statuses[:]); diff != "" {
		t.Errorf("Statuses mismatch (-want +got):\n%s", diff)
	}
}

func TestStatusRoundTrip(t *testing.T) {
	for _, s := range append([]Status{NoStatus}, Statuses[:]...) {
		t.Run(s.String(), func(t *testing.T) {
			back, err := ParseStatus(s.String())
			if err != nil || back != s {
				t.Errorf("ParseStatus(%q) = %v, %v; want %v", s.String(), back, err, s)
			}
			text, err := s.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var u Status = 99
			if err := u.UnmarshalText(text); err != nil || u != s {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, u, err, s)
			}
			type doc struct{ S Status }
			b, err := json.Marshal(doc{s})
			if err != nil {
				t.Fatal(err)
			}
			if want := `{"S":"` + s.String() + `"}`; string(b) != want {
				t.Errorf("json.Marshal = %s, want %s", b, want)
			}
			var d doc
			if err := json.Unmarshal(b, &d); err != nil || d.S != s {
				t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", b, d.S, err, s)
			}
		})
	}
	if _, err := Status(6).MarshalText(); err == nil {
		t.Error("Status(6).MarshalText() succeeded, want an error")
	}
	var s Status
	if err := s.UnmarshalText([]byte("done")); !errors.Is(err, ErrInvalidValue) {
		t.Errorf("UnmarshalText(done) error = %v, want ErrInvalidValue", err)
	}
}

func TestMembership(t *testing.T) {
	tests := []struct {
		in   string
		want Membership
	}{
		{"", Party},
		{"party", Party},
		{" Party ", Party},
		{"signatory", Signatory},
		{"SIGNATORY", Signatory},
		{"withdrawn", Withdrawn},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMembership(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseMembership(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	for _, in := range []string{"member", "state party", "1"} {
		t.Run("reject "+in, func(t *testing.T) {
			_, err := ParseMembership(in)
			if !errors.Is(err, ErrInvalidValue) || !strings.Contains(err.Error(), `"`+in+`"`) ||
				!strings.Contains(err.Error(), "party, signatory, withdrawn") {
				t.Errorf("ParseMembership(%q) error = %v, want ErrInvalidValue naming the value and the allowed ones", in, err)
			}
		})
	}
	for _, m := range []Membership{Party, Signatory, Withdrawn} {
		t.Run("round trip "+m.String(), func(t *testing.T) {
			text, err := m.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var u Membership = 9
			if err := u.UnmarshalText(text); err != nil || u != m {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, u, err, m)
			}
			b, _ := json.Marshal(map[string]Membership{"party": m})
			var back map[string]Membership
			if err := json.Unmarshal(b, &back); err != nil || back["party"] != m {
				t.Errorf("JSON round trip of %v via %s = %v, %v", m, b, back["party"], err)
			}
		})
	}
	if got := Membership(3).String(); got != "Membership(3)" {
		t.Errorf("Membership(3).String() = %q", got)
	}
	if _, err := Membership(3).MarshalText(); err == nil {
		t.Error("Membership(3).MarshalText() succeeded, want an error")
	}
}

func TestFlag(t *testing.T) {
	tests := []struct {
		in   string
		want Flag
	}{
		{"", Unknown},
		{" ", Unknown},
		{"yes", Yes},
		{"YES", Yes},
		{"true", Yes},
		{"True", Yes},
		{"1", Yes},
		{"y", Yes},
		{"no", No},
		{" No ", No},
		{"false", No},
		{"0", No},
		{"n", No},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFlag(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseFlag(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
	for _, in := range []string{"maybe", "2", "oui", "yes!"} {
		t.Run("reject "+in, func(t *testing.T) {
			_, err := ParseFlag(in)
			if !errors.Is(err, ErrInvalidValue) || !strings.Contains(err.Error(), `"`+in+`"`) ||
				!strings.Contains(err.Error(), "yes, no") {
				t.Errorf("ParseFlag(%q) error = %v, want ErrInvalidValue naming the value and the allowed ones", in, err)
			}
		})
	}
	if got := []string{Unknown.String(), No.String(), Yes.String(), Flag(3).String()}; !cmp.Equal(got, []string{"", "no", "yes", "Flag(3)"}) {
		t.Errorf("Flag strings = %q", got)
	}
	if Unknown.Known() || !No.Known() || !Yes.Known() || FlagOf(true) != Yes || FlagOf(false) != No {
		t.Error("Known or FlagOf wrong")
	}
}

func TestFlagRoundTrip(t *testing.T) {
	wantJSON := map[Flag]string{Unknown: "null", No: "false", Yes: "true"}
	for _, f := range []Flag{Unknown, No, Yes} {
		t.Run(f.String(), func(t *testing.T) {
			back, err := ParseFlag(f.String())
			if err != nil || back != f {
				t.Errorf("ParseFlag(%q) = %v, %v; want %v", f.String(), back, err, f)
			}
			text, err := f.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var u Flag = 9
			if err := u.UnmarshalText(text); err != nil || u != f {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, u, err, f)
			}
			b, err := json.Marshal(f)
			if err != nil || string(b) != wantJSON[f] {
				t.Errorf("json.Marshal(%v) = %s, %v; want %s", f, b, err, wantJSON[f])
			}
			var j Flag = 9
			if err := json.Unmarshal(b, &j); err != nil || j != f {
				t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", b, j, err, f)
			}
		})
	}
	for in, want := range map[string]Flag{`"yes"`: Yes, `"no"`: No, `""`: Unknown, `"1"`: Yes} {
		var f Flag
		if err := json.Unmarshal([]byte(in), &f); err != nil || f != want {
			t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", in, f, err, want)
		}
	}
	for _, in := range []string{`1`, `"maybe"`, `[]`} {
		var f Flag
		if err := json.Unmarshal([]byte(in), &f); !errors.Is(err, ErrInvalidValue) {
			t.Errorf("json.Unmarshal(%s) error = %v, want ErrInvalidValue", in, err)
		}
	}
	if _, err := Flag(3).MarshalText(); err == nil {
		t.Error("Flag(3).MarshalText() succeeded, want an error")
	}
}
