package priority

import (
	"fmt"
	"strings"

	"github.com/article9/article9"
)

// Scope is a set of States Parties to rank. The zero value, Outstanding, is
// the default.
type Scope int

// The scopes, from the default to the widest.
const (
	// Outstanding: States Parties whose Article 9 position is in process,
	// incomplete or unknown (no information).
	Outstanding Scope = iota
	// Insufficient: States Parties with incomplete or no information, the
	// list of work-plan Action G.
	Insufficient
	// Parties: all States Parties.
	Parties
)

var scopeNames = [...]string{"outstanding", "insufficient", "parties"}

// String returns "outstanding", "insufficient" or "parties".
func (s Scope) String() string {
	if s >= 0 && int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return fmt.Sprintf("Scope(%d)", int(s))
}

// ParseScope parses "outstanding", "insufficient" or "parties" (any case,
// surrounding space ignored).
func ParseScope(s string) (Scope, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, n := range scopeNames {
		if t == n {
			return Scope(i), nil
		}
	}
	return Outstanding, fmt.Errorf("priority: unknown scope %q (allowed: %s)", s, strings.Join(scopeNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (s Scope) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(scopeNames) {
		return nil, fmt.Errorf("priority: invalid scope %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseScope.
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := ParseScope(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Contains reports whether st is in the scope. Signatories and withdrawn
// States are in no scope; a State Party without a status is only in Parties.
func (s Scope) Contains(st article9.State) bool {
	if !st.IsParty() {
		return false
	}
	switch s {
	case Outstanding:
		return st.Status == article9.InProcess || st.Status == article9.Incomplete || st.Status == article9.NoInformation
	case Insufficient:
		return st.Status == article9.Incomplete || st.Status == article9.NoInformation
	case Parties:
		return true
	}
	return false
}

// Select returns the States Parties in the scope, sorted by ISO code. It
// copies the records it keeps; states is not changed.
func (s Scope) Select(states []article9.State) []article9.State {
	var out []article9.State
	for _, st := range states {
		if s.Contains(st) {
			out = append(out, st)
		}
	}
	article9.SortByISO(out)
	return out
}
