package outreach

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/article9/article9"
)

// investmentCSV is the project's sourced reference file on laws and other
// measures against investment in cluster munition producers (columns iso3,
// name, law_or_measure, year, kind, note, source; source holds the URLs,
// separated by " ; ").
//
//go:embed investment_laws.csv
var investmentCSV []byte

// InvestmentLaw is one State's measure prohibiting investment in producers
// of cluster munitions, or (in Reference.Positions) a position it has taken
// short of a law: the content of the Action H reference document.
type InvestmentLaw struct {
	ISO3    string   // the State's ISO code
	Name    string   // the State's English short name
	Measure string   // the law or measure, without a trailing "(YYYY)"
	Year    int      // the year it was adopted or came into force; 0 if not known
	Links   []string // sources, URLs, most authoritative first as in the reference file
	Kind    string   // "legislation", "government position" or "interpretive statement"; "" if not in the reference file
	Note    string   // the reference file's note on its scope or force, "" if none
}

// Reference is the content of the Action H reference document: the laws
// prohibiting investment in cluster munitions, and the States that have
// said investment is prohibited without such a law.
type Reference struct {
	Laws      []InvestmentLaw // InvestmentLaws of the States
	Positions []InvestmentLaw // reference-file rows for the other States given, sorted by ISO code
	// States are the States of Laws and Positions, sorted by ISO code,
	// for their names in French and Spanish; a law whose State is not
	// among them is named by its Name.
	States []article9.State
}

var trailingYear = regexp.MustCompile(`\s*\(((?:19|20)\d\d)\)\s*$`)

// InvestmentLaws returns the laws of exactly the States in states whose
// InvestmentBan is Yes, sorted by ISO code. Measure is the State's
// InvestmentMeasure without its trailing "(YYYY)", and Year that year. The
// project's sourced reference file on investment laws, embedded in the
// package, adds the links, kind and note for the States it covers, the
// year where the measure has none, and the measure where the State has
// none.
func InvestmentLaws(states []article9.State) []InvestmentLaw {
	ref := investmentReference()
	var out []InvestmentLaw
	for _, s := range states {
		if s.InvestmentBan != article9.Yes {
			continue
		}
		law := InvestmentLaw{ISO3: s.ISO3, Name: s.Name, Measure: strings.TrimSpace(s.InvestmentMeasure)}
		if m := trailingYear.FindStringSubmatch(law.Measure); m != nil {
			law.Year, _ = strconv.Atoi(m[1])
			law.Measure = strings.TrimSpace(law.Measure[:len(law.Measure)-len(m[0])])
		}
		if r, ok := ref[s.ISO3]; ok {
			if law.Year == 0 {
				law.Year = r.Year
			}
			if law.Measure == "" {
				law.Measure = r.Measure
			}
			law.Links, law.Kind, law.Note = append([]string(nil), r.Links...), r.Kind, r.Note
		}
		out = append(out, law)
	}
	sortLaws(out)
	return out
}

// NewReference returns the Action H reference document's content for
// states: their InvestmentLaws, the reference file's rows for those of
// them without an investment ban in the data (such as a government's
// statement that investment amounts to assistance prohibited by the
// Convention), named as in states, and the States named.
func NewReference(states []article9.State) Reference {
	ref := investmentReference()
	r := Reference{Laws: InvestmentLaws(states)}
	for _, s := range states {
		p, ok := ref[s.ISO3]
		if !ok || s.InvestmentBan == article9.Yes {
			continue
		}
		p.Name = s.Name
		p.Links = append([]string(nil), p.Links...)
		r.Positions = append(r.Positions, p)
	}
	sortLaws(r.Positions)
	named := map[string]bool{}
	for _, l := range append(append([]InvestmentLaw(nil), r.Laws...), r.Positions...) {
		named[l.ISO3] = true
	}
	for _, s := range states {
		if named[s.ISO3] {
			r.States = append(r.States, s)
			named[s.ISO3] = false // a code given twice is named once
		}
	}
	article9.SortByISO(r.States)
	return r
}

func sortLaws(ls []InvestmentLaw) {
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].ISO3 < ls[j].ISO3 })
}

// investmentReference parses the embedded reference file, by ISO code.
func investmentReference() map[string]InvestmentLaw {
	rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(investmentCSV, bom)))
	recs, err := rd.ReadAll()
	if err != nil || len(recs) == 0 {
		panic("outreach: embedded investment_laws.csv is invalid") // a build defect, caught by the tests
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimSpace(h)] = i
	}
	for _, c := range []string{"iso3", "name", "law_or_measure", "year", "kind", "note", "source"} {
		if _, ok := col[c]; !ok {
			panic("outreach: embedded investment_laws.csv has no column " + c)
		}
	}
	out := map[string]InvestmentLaw{}
	for _, rec := range recs[1:] {
		get := func(c string) string { return strings.TrimSpace(rec[col[c]]) }
		law := InvestmentLaw{
			ISO3:    get("iso3"),
			Name:    get("name"),
			Measure: get("law_or_measure"),
			Links:   links(get("source")),
			Kind:    get("kind"),
			Note:    get("note"),
		}
		law.Year, _ = strconv.Atoi(get("year")) // blank: not known
		out[law.ISO3] = law
	}
	return out
}

// links returns the URLs in a source field: its parts are separated by
// " ; " and may add words around the URL ("LoC Nov 2016 https://…",
// "https://… (blog quoting committee report)"). Repeats are dropped.
func links(source string) []string {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.Split(source, " ; ") {
		for _, w := range strings.Fields(part) {
			if (strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "http://")) && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}
