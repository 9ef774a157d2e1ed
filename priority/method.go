package priority

import (
	"fmt"
	"strings"
)

// Method is the way a Model aggregates the criteria into a score. The zero
// value, WeightedSum, is the default.
type Method int

// The aggregation methods.
const (
	// WeightedSum scores a State Σ w_k·need_k; each term is the criterion's
	// contribution, and the score is their sum.
	WeightedSum Method = iota
	// TOPSIS scores a State by its relative closeness to the ideal State
	// (the greatest need found on every criterion) against the anti-ideal
	// (the least need found); see the package documentation.
	TOPSIS
)

var methodNames = [...]string{"wsum", "topsis"}

// String returns "wsum" or "topsis".
func (m Method) String() string {
	if m >= 0 && int(m) < len(methodNames) {
		return methodNames[m]
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// ParseMethod parses "wsum" or "topsis" (any case, surrounding space
// ignored).
func ParseMethod(s string) (Method, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, n := range methodNames {
		if t == n {
			return Method(i), nil
		}
	}
	return WeightedSum, fmt.Errorf("priority: unknown method %q (allowed: %s)", s, strings.Join(methodNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (m Method) MarshalText() ([]byte, error) {
	if m < 0 || int(m) >= len(methodNames) {
		return nil, fmt.Errorf("priority: invalid method %d", int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMethod.
func (m *Method) UnmarshalText(text []byte) error {
	v, err := ParseMethod(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
