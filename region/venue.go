package region

import (
	"bytes"
	_ "embed"
	"slices"
	"time"
)

// Venue is a candidate place for a regional workshop: the seat of a regional
// institution or a UN regional centre, or the place of a meeting in whose
// margins a workshop could sit.
type Venue struct {
	ID          string    // short unique id, such as "addis"
	Name        string    // the building or body, such as "African Union Commission"
	City        string    // the city, such as "Addis Ababa"
	Country     string    // the country, such as "Ethiopia"
	Lat, Lon    float64   // decimal degrees
	Languages   []string  // interpretation available, such as en, fr, pt; nil = any language
	Capacity    int       // most States at one workshop there; 0 = the planner's default
	Institution string    // the host, such as "African Union"
	Event       string    // a meeting a workshop could sit beside, "" if none
	Date        time.Time // the meeting's date; zero if none or unknown
}

// Offers reports whether a workshop at v can be held in lang: true when v
// lists lang among its Languages, when v lists none (any language) or when
// lang is "" (a State whose working language is not given goes anywhere).
func (v Venue) Offers(lang string) bool {
	return lang == "" || len(v.Languages) == 0 || slices.Contains(v.Languages, lang)
}

//go:embed venues.csv
var venuesCSV []byte

// DefaultVenues returns a fresh copy of the embedded candidate venues: the
// seats of the regional institutions and UN regional centres through which
// CCM outreach runs (African Union, ECOWAS, UNREC, SADC, EAC, ECCAS, League
// of Arab States, UNLIREC, SICA, CARICOM, OAS, Pacific Islands Forum, ASEAN,
// UNRCPD, OSCE), a Manila venue for Asia-Pacific, Geneva and New York, in
// file order. None has a capacity, so the planner's default applies.
func DefaultVenues() []Venue {
	vs, err := ReadVenues(bytes.NewReader(venuesCSV))
	if err != nil {
		panic("region: embedded venues.csv is invalid: " + err.Error()) // a build defect, caught by the tests
	}
	return vs
}
