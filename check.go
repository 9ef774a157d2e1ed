package article9

import (
	"fmt"
	"sort"
	"strings"
)

// Warning is something in a valid dataset worth a look: legal in the
// format, but likely a mistake or a gap.
type Warning struct {
	ISO3    string // the State concerned
	Column  string // the column concerned, "" if several
	Message string
}

// String returns "ISO3: column: message".
func (w Warning) String() string {
	s := w.ISO3 + ": "
	if w.Column != "" {
		s += w.Column + ": "
	}
	return s + w.Message
}

// KnownISO3 reports whether code is a current ISO 3166-1 alpha-3 code.
func KnownISO3(code string) bool {
	if len(code) != 3 {
		return false
	}
	i := sort.Search(len(iso3166)/4+1, func(i int) bool { return iso3166[min(i*4, len(iso3166)-3):][:3] >= code })
	return i*4 < len(iso3166) && iso3166[i*4:i*4+3] == code
}

// Check returns warnings about d, sorted by ISO code then column: codes that
// are not current ISO 3166-1 codes, States Parties without a status year or
// a source, signatories with an Article 9 status, a capital at 0°, 0°, an
// entry into force before ratification, missing French or Spanish names, and
// workshop languages other than en, fr, es, ar, pt and ru.
func (d *Dataset) Check() []Warning {
	var ws []Warning
	add := func(s State, col, format string, args ...any) {
		ws = append(ws, Warning{ISO3: s.ISO3, Column: col, Message: fmt.Sprintf(format, args...)})
	}
	for _, s := range d.States {
		if !KnownISO3(s.ISO3) {
			add(s, "iso3", "%s is not a current ISO 3166-1 alpha-3 code (fine for test data or a territory)", s.ISO3)
		}
		if s.Lat == 0 && s.Lon == 0 {
			add(s, "lat", "the capital is at 0°, 0° (in the Atlantic): are lat and lon filled in?")
		}
		if s.Language != "" && !strings.Contains(" en fr es ar pt ru ", " "+s.Language+" ") {
			add(s, "language", "%q is not one of the six workshop languages (en, fr, es, ar, pt, ru)", s.Language)
		}
		if s.NameFR == "" {
			add(s, "name_fr", "no French name: French packs will use %q", s.Name)
		}
		if s.NameES == "" {
			add(s, "name_es", "no Spanish name: Spanish packs will use %q", s.Name)
		}
		if !s.Ratified.IsZero() && !s.EntryIntoForce.IsZero() && s.EntryIntoForce.Before(s.Ratified) {
			add(s, "entry_into_force", "entry into force %s is before ratification %s", formatDate(s.EntryIntoForce), formatDate(s.Ratified))
		}
		switch s.Party {
		case Party:
			if s.StatusYear == 0 {
				add(s, "status_year", "no year for the status: it cannot be scored for staleness")
			}
			if s.Source == "" {
				add(s, "source", "no source for the record")
			}
		case Signatory:
			if s.Status != NoStatus {
				add(s, "status", "a signatory has an Article 9 status (%s); it will not be ranked as a party", s.Status)
			}
		}
	}
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].ISO3 != ws[j].ISO3 {
			return ws[i].ISO3 < ws[j].ISO3
		}
		return ws[i].Column < ws[j].Column
	})
	return ws
}
