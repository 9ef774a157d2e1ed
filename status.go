package article9

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Status is the Article 9 position of a State Party, ordered from done
// (SpecificLegislation) to unknown (NoInformation). The zero value, NoStatus,
// means no status was given, as for a signatory; in files it is blank.
type Status uint8

// The five Article 9 positions, in the concept note's wording.
const (
	NoStatus            Status = iota // blank: not given (signatories)
	SpecificLegislation               // specific legislation in place
	ExistingLaw                       // existing legal framework deemed sufficient
	InProcess                         // developing or adopting legislation
	Incomplete                        // submitted incomplete information
	NoInformation                     // has not provided any information
)

// Statuses lists the five Article 9 positions in order, NoStatus excluded.
var Statuses = [...]Status{SpecificLegislation, ExistingLaw, InProcess, Incomplete, NoInformation}

var statusNames = [...]string{"", "specific_legislation", "existing_law", "in_process", "incomplete", "no_information"}

// String returns the status as written in files, such as "in_process", or ""
// for NoStatus.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Valid reports whether s is NoStatus or one of the five positions.
func (s Status) Valid() bool { return int(s) < len(statusNames) }

// ParseStatus parses a status as written in a file. Case, surrounding space
// and '-' or ' ' instead of '_' are accepted: "In process" is InProcess. A
// blank text is NoStatus.
func ParseStatus(text string) (Status, error) {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.NewReplacer("-", "_", " ", "_").Replace(t)
	for i, n := range statusNames {
		if t == n {
			return Status(i), nil
		}
	}
	return NoStatus, fmt.Errorf("%w %q (allowed: %s)", ErrInvalidValue, text, strings.Join(statusNames[1:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("article9: invalid status %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseStatus.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := ParseStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Membership is a State's relation to the Convention. The zero value, Party,
// is a State Party.
type Membership uint8

// The three memberships, as written in the party column.
const (
	Party     Membership = iota // State Party (the default)
	Signatory                   // signed, not ratified
	Withdrawn                   // withdrew from the Convention
)

var membershipNames = [...]string{"party", "signatory", "withdrawn"}

// String returns the membership as written in files: "party", "signatory" or
// "withdrawn".
func (m Membership) String() string {
	if int(m) < len(membershipNames) {
		return membershipNames[m]
	}
	return fmt.Sprintf("Membership(%d)", uint8(m))
}

// ParseMembership parses the party column; blank is Party.
func ParseMembership(text string) (Membership, error) {
	t := strings.ToLower(strings.TrimSpace(text))
	if t == "" {
		return Party, nil
	}
	for i, n := range membershipNames {
		if t == n {
			return Membership(i), nil
		}
	}
	return Party, fmt.Errorf("%w %q (allowed: party, signatory, withdrawn)", ErrInvalidValue, text)
}

// MarshalText implements encoding.TextMarshaler.
func (m Membership) MarshalText() ([]byte, error) {
	if int(m) >= len(membershipNames) {
		return nil, fmt.Errorf("article9: invalid membership %d", uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMembership.
func (m *Membership) UnmarshalText(text []byte) error {
	v, err := ParseMembership(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Flag is a yes/no fact that can be unknown. The zero value is Unknown.
type Flag uint8

// The three values of a Flag.
const (
	Unknown Flag = iota
	No
	Yes
)

// String returns "", "no" or "yes".
func (f Flag) String() string {
	switch f {
	case No:
		return "no"
	case Yes:
		return "yes"
	case Unknown:
		return ""
	}
	return fmt.Sprintf("Flag(%d)", uint8(f))
}

// Known reports whether f is Yes or No.
func (f Flag) Known() bool { return f == Yes || f == No }

// FlagOf returns Yes for true and No for false.
func FlagOf(b bool) Flag {
	if b {
		return Yes
	}
	return No
}

// ParseFlag parses yes/no/true/false/1/0 (any case); blank is Unknown.
func ParseFlag(text string) (Flag, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "":
		return Unknown, nil
	case "yes", "true", "1", "y":
		return Yes, nil
	case "no", "false", "0", "n":
		return No, nil
	}
	return Unknown, fmt.Errorf("%w %q (allowed: yes, no, true, false, 1, 0, or blank for unknown)", ErrInvalidValue, text)
}

// MarshalText implements encoding.TextMarshaler: "yes", "no", or "" for
// Unknown.
func (f Flag) MarshalText() ([]byte, error) {
	if f > Yes {
		return nil, fmt.Errorf("article9: invalid flag %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseFlag.
func (f *Flag) UnmarshalText(text []byte) error {
	v, err := ParseFlag(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// MarshalJSON writes true, false or null.
func (f Flag) MarshalJSON() ([]byte, error) {
	switch f {
	case Yes:
		return []byte("true"), nil
	case No:
		return []byte("false"), nil
	}
	return []byte("null"), nil
}

// UnmarshalJSON reads true, false, null, or a string ParseFlag accepts.
func (f *Flag) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*f = Yes
		return nil
	case "false":
		*f = No
		return nil
	case "null":
		*f = Unknown
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%w %s (allowed: true, false, null)", ErrInvalidValue, b)
	}
	v, err := ParseFlag(s)
	if err != nil {
		return err
	}
	*f = v
	return nil
}
