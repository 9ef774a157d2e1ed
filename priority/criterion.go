package priority

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/article9/article9"
)

// Missing says what a criterion does for a State whose value is unknown.
// The zero value, Worst, is the default.
type Missing int

// The treatments of an unknown value.
const (
	// Worst counts an unknown value as the greatest need, 1: for outreach,
	// no information is itself the problem.
	Worst Missing = iota
	// Neutral counts an unknown value as NeutralNeed, the middle of the
	// scale, whatever the other States' values.
	Neutral
	// Exclude leaves the criterion out for that State and renormalises the
	// State's other weights to sum to 1.
	Exclude
)

// NeutralNeed is the need Neutral gives an unknown value: the middle of the
// scale. It does not depend on the other States, so a State's score does
// not move when States are added to or removed from a ranking.
const NeutralNeed = 0.5

var missingNames = [...]string{"worst", "neutral", "exclude"}

// String returns "worst", "neutral" or "exclude".
func (m Missing) String() string {
	if m >= 0 && int(m) < len(missingNames) {
		return missingNames[m]
	}
	return fmt.Sprintf("Missing(%d)", int(m))
}

// ParseMissing parses "worst", "neutral" or "exclude" (any case).
func ParseMissing(s string) (Missing, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, n := range missingNames {
		if t == n {
			return Missing(i), nil
		}
	}
	return Worst, fmt.Errorf("priority: unknown missing-value treatment %q (allowed: %s)", s, strings.Join(missingNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (m Missing) MarshalText() ([]byte, error) {
	if m < 0 || int(m) >= len(missingNames) {
		return nil, fmt.Errorf("priority: invalid missing-value treatment %d", int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMissing.
func (m *Missing) UnmarshalText(text []byte) error {
	v, err := ParseMissing(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// A Criterion turns a State, as of a date, into a need for outreach in
// [0, 1], 1 being the greatest need, or reports that the value is unknown.
type Criterion struct {
	// Name is the short identifier used in flags, files and JSON, such as
	// "gap" or "indicator:hdi".
	Name string
	// Label is a plain-language English label, such as "information gap".
	Label string
	// Need returns the State's need in [0, 1] and true, or false when the
	// value is unknown. It must not return NaN or a value outside [0, 1]
	// with true: Rank reports that as an error.
	Need func(s article9.State, asOf time.Time) (need float64, known bool)
	// Missing says what an unknown value becomes (Worst by default).
	Missing Missing
	// Explain returns the plain-language English reason the criterion
	// gives for a State, with facts ("initial transparency report
	// overdue"), whether or not the value is known. If nil, reasons read
	// "Label: need 0.80".
	Explain func(s article9.State, asOf time.Time) string
	// Remedy returns what the State would do to bring the need to 0, as an
	// English gerund phrase ("submitting its initial Article 7 report"). If
	// nil, Change does not try the criterion on its own. The criterion
	// named "gap" is tried through each better Status instead.
	Remedy func(s article9.State) string
}

// Indicator returns a criterion on the user indicator name (a states file's
// "indicator:NAME" column, State.Indicators[name]), scaled linearly so that
// min has need 0 and max need 1, values beyond them clamped. With min > max
// lower values mean more need. A State without the indicator has an unknown
// value. The criterion's Name is "indicator:" + name.
//
// Indicator panics if min or max is not finite or min == max.
func Indicator(name string, min, max float64) Criterion {
	if math.IsNaN(min) || math.IsInf(min, 0) || math.IsNaN(max) || math.IsInf(max, 0) || min == max {
		panic(fmt.Sprintf("priority: Indicator %q needs finite, distinct min and max, got %v and %v", name, min, max))
	}
	value := func(s article9.State) (float64, bool) {
		v, ok := s.Indicators[name]
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, false
		}
		return v, true
	}
	return Criterion{
		Name:  article9.IndicatorPrefix + name,
		Label: name,
		Need: func(s article9.State, _ time.Time) (float64, bool) {
			v, ok := value(s)
			if !ok {
				return 0, false
			}
			return clamp01((v - min) / (max - min)), true
		},
		Explain: func(s article9.State, _ time.Time) string {
			v, ok := value(s)
			if !ok {
				return name + " not given"
			}
			return name + " " + formatNumber(v)
		},
		Remedy: func(article9.State) string {
			return "bringing its " + name + " to " + formatNumber(min)
		},
	}
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// formatNumber writes x with at most 4 significant decimals, without
// trailing zeros.
func formatNumber(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64)
}
