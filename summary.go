package article9

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
)

// Counts holds a number of States for each Status, indexed by Status;
// Counts[NoStatus] counts those with none.
type Counts [len(statusNames)]int

// Total returns the sum of the counts.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Group is a named set of States Parties and their counts by status.
type Group struct {
	Name   string   // the group's name; "" for States with none given
	Counts Counts   // States Parties in the group by status
	ISO3   []string // the States' codes, sorted
}

// Summary is the State of Play: the States Parties counted by Article 9
// status, overall and by region, subregion and UN regional group.
type Summary struct {
	Parties     int    // number of States Parties
	Signatories int    // number of signatories (not counted below)
	Withdrawn   int    // number of States that withdrew (not counted below)
	ByStatus    Counts // States Parties by status
	ByRegion    []Group
	BySubregion []Group
	ByUNGroup   []Group
}

// Summary counts d's States Parties by status, overall and per region,
// subregion and UN regional group. Groups are sorted by name, with the
// States that have none last.
func (d *Dataset) Summary() Summary {
	var s Summary
	region, sub, group := map[string]*Group{}, map[string]*Group{}, map[string]*Group{}
	add := func(m map[string]*Group, name string, st State) {
		g := m[name]
		if g == nil {
			g = &Group{Name: name}
			m[name] = g
		}
		g.Counts[st.Status]++
		g.ISO3 = append(g.ISO3, st.ISO3)
	}
	for _, st := range d.States {
		switch st.Party {
		case Signatory:
			s.Signatories++
			continue
		case Withdrawn:
			s.Withdrawn++
			continue
		}
		s.Parties++
		if st.Status.Valid() {
			s.ByStatus[st.Status]++
		}
		add(region, st.Region, st)
		add(sub, st.Subregion, st)
		add(group, st.UNGroup, st)
	}
	s.ByRegion, s.BySubregion, s.ByUNGroup = groups(region), groups(sub), groups(group)
	return s
}

func groups(m map[string]*Group) []Group {
	out := make([]Group, 0, len(m))
	for _, g := range m {
		sort.Strings(g.ISO3)
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Name, out[j].Name
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
	return out
}

// statusHeads are short column heads for the five statuses.
var statusHeads = [...]string{"", "specific", "existing", "in process", "incomplete", "no info"}

// String formats the Summary as plain-text tables: the totals by status,
// then the counts by region and by UN regional group.
func (s Summary) String() string {
	var b strings.Builder
	b.WriteString(count(s.Parties, "State Party", "States Parties"))
	if s.Signatories > 0 || s.Withdrawn > 0 {
		fmt.Fprintf(&b, " (not counted: %s, %d withdrawn)", count(s.Signatories, "signatory", "signatories"), s.Withdrawn)
	}
	b.WriteString("\n")
	for _, st := range Statuses {
		fmt.Fprintf(&b, "  %-22s %3d\n", st, s.ByStatus[st])
	}
	table := func(title string, gs []Group) {
		fmt.Fprintf(&b, "\nby %s\n", title)
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "\t")
		for _, st := range Statuses {
			fmt.Fprintf(tw, "%s\t", statusHeads[st])
		}
		fmt.Fprintf(tw, "total\t\n")
		for _, g := range gs {
			name := g.Name
			if name == "" {
				name = "(none)"
			}
			fmt.Fprintf(tw, "%s\t", name)
			for _, st := range Statuses {
				fmt.Fprintf(tw, "%d\t", g.Counts[st])
			}
			fmt.Fprintf(tw, "%d\t\n", g.Counts.Total())
		}
		tw.Flush()
	}
	table("region", s.ByRegion)
	table("UN regional group", s.ByUNGroup)
	return b.String()
}

// count returns "1 thing" or "n things".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
