package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/article9/article9"
	"github.com/article9/article9/priority"
	"github.com/article9/article9/region"
)

// km is a distance in kilometres, written to JSON rounded to 0.1 km.
type km float64

func (k km) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(math.Round(float64(k)*10)/10, 'f', 1, 64)), nil
}

// jsonPlan is the -format json schema (see the package documentation); the
// field order is the key order.
type jsonPlan struct {
	Cost       km             `json:"cost_km"`
	LowerBound km             `json:"lower_bound_km"`
	Optimal    bool           `json:"optimal"`
	Workshops  []jsonWorkshop `json:"workshops"`
}

type jsonWorkshop struct {
	Venue  string   `json:"venue"`
	City   string   `json:"city"`
	States []string `json:"states"`
	Cost   km       `json:"cost_km"`
}

func writeJSON(w io.Writer, plan *region.Plan) error {
	out := jsonPlan{Cost: km(plan.Cost), LowerBound: km(plan.LowerBound), Optimal: plan.Optimal, Workshops: []jsonWorkshop{}}
	for _, ws := range plan.Workshops {
		j := jsonWorkshop{Venue: ws.Venue.ID, City: ws.Venue.City, States: []string{}, Cost: km(ws.Cost)}
		for _, s := range ws.States {
			j.States = append(j.States, s.ISO3)
		}
		out.Workshops = append(out.Workshops, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// heading is what the table says besides the plan.
type heading struct {
	asOf      time.Time
	dataset   *article9.Dataset
	embedded  bool
	scope     priority.Scope
	venues    int
	ownVenues bool
	opts      options
	problem   region.Problem // the plan's problem, to solve again with more workshops
}

var scopeText = map[priority.Scope]string{
	priority.Outstanding:  "in process, incomplete or no information",
	priority.Insufficient: "incomplete or no information",
	priority.Parties:      "all",
}

func writeTable(w io.Writer, plan *region.Plan, h heading) error {
	o := h.opts
	names := map[string]string{}
	invited := 0
	for _, ws := range plan.Workshops {
		invited += len(ws.States)
	}
	for _, s := range h.dataset.States {
		names[s.ISO3] = s.Name
	}
	width := 0 // of the longest name invited, in runes
	seats := 0
	for _, ws := range plan.Workshops {
		for _, s := range ws.States {
			width = max(width, utf8.RuneCountInString(names[s.ISO3]))
		}
		seats += capacityOf(ws.Venue, o.capacity)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Regional workshops on national implementation, as of %s\n", h.asOf.Format("2 January 2006"))
	if h.embedded {
		fmt.Fprintf(&b, "Data:      the embedded %s dataset\n", h.dataset.Name)
	} else {
		fmt.Fprintf(&b, "Data:      %s\n", h.dataset.Name)
	}
	fmt.Fprintf(&b, "Invited:   %s, %d States Parties (%s)\n", h.scope, invited, scopeText[h.scope])
	venues := "the embedded list: regional institutions, UN regional centres, Geneva, New York"
	if h.ownVenues {
		venues = "from " + o.venues
	}
	fmt.Fprintf(&b, "Venues:    %d candidates (%s)\n", h.venues, venues)
	rules := fmt.Sprintf("at most %d workshops; at most %d States at each unless the venue says otherwise", o.k, o.capacity)
	if o.minSize > 0 {
		rules += fmt.Sprintf("; at least %d", o.minSize)
	}
	rules += "; each State in a language it works in"
	fmt.Fprintf(&b, "Rules:     %s\n", rules)
	if len(o.open) > 0 {
		fmt.Fprintf(&b, "Forced:    %s\n", strings.Join(o.open, ", "))
	}
	if len(o.exclude) > 0 {
		fmt.Fprintf(&b, "Excluded:  %s\n", strings.Join(o.exclude, ", "))
	}
	for k, ws := range plan.Workshops {
		v := ws.Venue
		fmt.Fprintf(&b, "\n%d. %s", k+1, v.City)
		if v.Country != "" {
			fmt.Fprintf(&b, ", %s", v.Country)
		}
		fmt.Fprintf(&b, " (%s)", v.ID)
		if v.Name != "" {
			fmt.Fprintf(&b, ": %s", v.Name)
		}
		b.WriteString("\n")
		if v.Institution != "" && v.Institution != v.Name {
			fmt.Fprintf(&b, "   %s\n", v.Institution)
		}
		langs := "any"
		if len(v.Languages) > 0 {
			langs = strings.Join(v.Languages, ", ")
		}
		fmt.Fprintf(&b, "   languages %s; %d States; %s km in all\n", langs, len(ws.States), thousands(ws.Cost))
		for _, s := range ws.States {
			fmt.Fprintf(&b, "   %s  %-*s  %10s km\n", s.ISO3, width, names[s.ISO3], thousands(s.Distance))
		}
	}
	fmt.Fprintf(&b, "\nTotal:       %s km (each State's capital to its workshop, great-circle, summed)\n", thousands(plan.Cost))
	line := fmt.Sprintf("%d States in the %d seats of the %s held", invited, seats, plural(len(plan.Workshops), "workshop", "workshops"))
	tight := (seats-invited)*10 < invited
	if tight {
		// With so few seats to spare, the plan must send some States far
		// from their region; say so, lest it look like a mistake, and say
		// what more workshops would save.
		line += fmt.Sprintf(": only %d spare, so some States go far from their region", seats-invited)
	}
	fmt.Fprintf(&b, "Seats:       %s\n", wrapAt(line, tableWidth, indent))
	if tight {
		b.WriteString(moreWorkshops(h.problem, plan))
	}
	fmt.Fprintf(&b, "Lower bound: %s km: ", thousands(plan.LowerBound))
	if plan.Optimal {
		b.WriteString("the plan is optimal, no plan travels less\n")
	} else {
		fmt.Fprintf(&b, "the plan is within %.2f%% of the optimum (the search stopped after %d nodes)\n", 100*plan.Gap(), plan.Nodes)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// moreWorkshops solves p again with one and two more workshops and says
// what each would total, and which to ask for:
//
//	More:        with 5 workshops the total would be 128,846.0 km (-24.4%); with 6,
//	             107,371.3 km (-37.0%). Use -workshops 6.
//
// An alternative the planner cannot solve is left out; "" if none is left.
func moreWorkshops(p region.Problem, plan *region.Plan) string {
	var parts []string
	best, bestK := plan.Cost, 0
	for k := p.K + 1; k <= p.K+2; k++ {
		q := p
		q.K = k
		alt, err := region.Solve(q)
		if err != nil {
			continue
		}
		change := ""
		if plan.Cost > 0 {
			change = fmt.Sprintf(" (%+.1f%%)", 100*(alt.Cost-plan.Cost)/plan.Cost)
		}
		if len(parts) == 0 {
			parts = append(parts, fmt.Sprintf("with %d workshops the total would be %s km%s", k, thousands(alt.Cost), change))
		} else {
			parts = append(parts, fmt.Sprintf("with %d, %s km%s", k, thousands(alt.Cost), change))
		}
		if alt.Cost < best {
			best, bestK = alt.Cost, k
		}
	}
	if len(parts) == 0 {
		return ""
	}
	advice := "More workshops would not shorten it."
	if bestK > 0 {
		advice = fmt.Sprintf("Use -workshops %d.", bestK)
	}
	return "More:        " + wrapAt(strings.Join(parts, "; ")+". "+advice, tableWidth, indent) + "\n"
}

// The summary lines: their text starts after a 13-column label and wraps
// at tableWidth runes, continuing under the text.
const (
	tableWidth = 87
	indent     = "\n             "
)

// wrapAt breaks s at spaces into lines of at most width runes (a longer
// word stands alone), joined by sep.
func wrapAt(s string, width int, sep string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), sep)
}

// capacityOf returns the most States at v: its own capacity, else def.
func capacityOf(v region.Venue, def int) int {
	if v.Capacity > 0 {
		return v.Capacity
	}
	return def
}

// plural returns "1 workshop" or "4 workshops".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// thousands formats x km to 0.1 km with a comma between thousands:
// 170,528.2.
func thousands(x float64) string {
	s := strconv.FormatFloat(math.Round(x*10)/10, 'f', 1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + "." + frac
}
