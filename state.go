package article9

import (
	"sort"
	"time"
)

// NeverReported is the LastArticle7Report value of a State that has never
// submitted an Article 7 transparency report ("0" or "never" in files).
const NeverReported = -1

// State is one State's record: who it is, where, its relation to the
// Convention and its Article 9 position. A zero time.Time is an unknown date;
// a zero int year is an unknown year.
type State struct {
	ISO3   string // ISO 3166-1 alpha-3 code, three upper-case letters
	Name   string // English short name
	NameFR string // French short name, "" if unknown
	NameES string // Spanish short name, "" if unknown

	Region        string   // UN M49 region: Africa, Americas, Asia, Europe, Oceania
	Subregion     string   // UN M49 subregion (intermediate region in Africa and the Americas)
	UNGroup       string   // UN regional group: African, Asia-Pacific, Eastern European, GRULAC, WEOG
	Organisations []string // regional organisations, such as AU, ECOWAS, OIF

	Capital  string  // capital city
	Lat, Lon float64 // the capital's latitude and longitude in decimal degrees
	Language string  // working language for a workshop: en, fr, es, ar, pt, ru

	Party          Membership // party, signatory or withdrawn
	Signed         time.Time  // date of signature
	Ratified       time.Time  // date of ratification or accession
	EntryIntoForce time.Time  // date the Convention entered into force for the State

	Status     Status // Article 9 position
	StatusYear int    // year of the newest information behind Status

	AssistanceRequested Flag      // has formally requested assistance (Action 48)
	AssistanceDate      time.Time // when it requested assistance, if known

	LastArticle7Report   int  // year of the last Article 7 report; NeverReported; 0 = unknown
	InitialReportOverdue Flag // initial Article 7 report overdue

	Stockpile    Flag // stockpile destruction (Article 3) still running
	Contaminated Flag // clearance of contaminated areas (Article 4) still running
	Victims      Flag // victim assistance (Article 5) obligations running

	InvestmentBan     Flag   // prohibits investment in cluster munition producers
	InvestmentMeasure string // the measure's name and year

	Source string // where the record comes from
	Notes  string // free notes

	Indicators map[string]float64 // user indicators, from indicator:NAME columns
}

// LocalName returns the State's name in lang ("en", "fr" or "es"), falling
// back to the English name when that one is unknown.
func (s State) LocalName(lang string) string {
	switch lang {
	case "fr":
		if s.NameFR != "" {
			return s.NameFR
		}
	case "es":
		if s.NameES != "" {
			return s.NameES
		}
	}
	return s.Name
}

// IsParty reports whether the State is a State Party.
func (s State) IsParty() bool { return s.Party == Party }

// Dataset is a set of State records with where and when they come from.
type Dataset struct {
	Name   string    // short title, such as "Convention on Cluster Munitions"
	AsOf   time.Time // date of the newest fact in it; zero if unknown
	Source string    // where the data comes from
	States []State   // in file order
}

// State returns the State with the ISO code iso3.
func (d *Dataset) State(iso3 string) (State, bool) {
	for _, s := range d.States {
		if s.ISO3 == iso3 {
			return s, true
		}
	}
	return State{}, false
}

// Parties returns the States Parties (not signatories, not withdrawn) sorted
// by ISO code.
func (d *Dataset) Parties() []State {
	return d.Filter(State.IsParty)
}

// Filter returns the States for which keep returns true, sorted by ISO code.
func (d *Dataset) Filter(keep func(State) bool) []State {
	var out []State
	for _, s := range d.States {
		if keep(s) {
			out = append(out, s)
		}
	}
	SortByISO(out)
	return out
}

// SortByISO sorts states by ISO code.
func SortByISO(states []State) {
	sort.SliceStable(states, func(i, j int) bool { return states[i].ISO3 < states[j].ISO3 })
}

// Clone returns a deep copy of d.
func (d *Dataset) Clone() *Dataset {
	c := *d
	c.States = make([]State, len(d.States))
	for i, s := range d.States {
		c.States[i] = s.clone()
	}
	return &c
}

func (s State) clone() State {
	if s.Organisations != nil {
		s.Organisations = append([]string(nil), s.Organisations...)
	}
	if s.Indicators != nil {
		m := make(map[string]float64, len(s.Indicators))
		for k, v := range s.Indicators {
			m[k] = v
		}
		s.Indicators = m
	}
	return s
}
