package region

import (
	"fmt"
	"sort"
	"strings"

	"github.com/article9/article9"
)

// Scheme is a way of grouping States. The zero value is ByRegion.
type Scheme int

// The grouping schemes.
const (
	ByRegion       Scheme = iota // UN M49 region (State.Region)
	BySubregion                  // UN M49 subregion (State.Subregion)
	ByUNGroup                    // UN regional group (State.UNGroup)
	ByOrganisation               // regional organisation (State.Organisations); a State can be in several
)

var schemeNames = [...]string{"region", "subregion", "un_group", "organisation"}

// String returns the scheme's name: "region", "subregion", "un_group" or
// "organisation".
func (s Scheme) String() string {
	if s >= 0 && int(s) < len(schemeNames) {
		return schemeNames[s]
	}
	return fmt.Sprintf("Scheme(%d)", int(s))
}

// ParseScheme parses a scheme name as String writes it; case, surrounding
// space and '-' or ' ' for '_' are accepted.
func ParseScheme(text string) (Scheme, error) {
	t := strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(strings.TrimSpace(text)))
	for i, n := range schemeNames {
		if t == n {
			return Scheme(i), nil
		}
	}
	return 0, fmt.Errorf("region: unknown grouping %q (allowed: %s)", text, strings.Join(schemeNames[:], ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (s Scheme) MarshalText() ([]byte, error) {
	if s < 0 || int(s) >= len(schemeNames) {
		return nil, fmt.Errorf("region: invalid scheme %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseScheme.
func (s *Scheme) UnmarshalText(text []byte) error {
	v, err := ParseScheme(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Group is a named set of States and their counts by Article 9 status.
type Group struct {
	Name   string           // the region, subregion, group or organisation; "" for States with none
	States []article9.State // sorted by ISO code
	Counts article9.Counts  // the States by Status (Counts[article9.NoStatus] counts those with none)
}

// GroupBy groups states by the scheme: by M49 region, subregion, UN regional
// group, or regional organisation, where a State belonging to several
// organisations appears in each of their groups. Groups are sorted by name,
// with the group of States that have none (Name "") last; each group's
// States are sorted by ISO code. It panics if by is not one of the schemes.
func GroupBy(states []article9.State, by Scheme) []Group {
	keys := func(s article9.State) []string {
		switch by {
		case ByRegion:
			return []string{s.Region}
		case BySubregion:
			return []string{s.Subregion}
		case ByUNGroup:
			return []string{s.UNGroup}
		case ByOrganisation:
			if len(s.Organisations) == 0 {
				return []string{""}
			}
			return s.Organisations
		}
		panic(fmt.Sprintf("region: GroupBy with invalid scheme %d", int(by)))
	}
	index := map[string]int{}
	var out []Group
	for _, s := range states {
		for _, k := range keys(s) {
			i, ok := index[k]
			if !ok {
				i = len(out)
				index[k] = i
				out = append(out, Group{Name: k})
			}
			if n := len(out[i].States); n > 0 && out[i].States[n-1].ISO3 == s.ISO3 {
				continue // an organisation listed twice for one State
			}
			out[i].States = append(out[i].States, s)
			if s.Status.Valid() {
				out[i].Counts[s.Status]++
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Name, out[j].Name
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	for _, g := range out {
		article9.SortByISO(g.States)
	}
	return out
}
