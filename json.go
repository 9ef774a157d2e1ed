package article9

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonDataset is the JSON form of a Dataset.
type jsonDataset struct {
	Name   string      `json:"name,omitempty"`
	AsOf   string      `json:"as_of,omitempty"`
	Source string      `json:"source,omitempty"`
	States []jsonState `json:"states"`
}

// jsonState carries the states file's columns with JSON types: numbers,
// true/false/null, dates as "YYYY-MM-DD", lists as arrays.
type jsonState struct {
	ISO3                 string             `json:"iso3"`
	Name                 string             `json:"name"`
	NameFR               string             `json:"name_fr,omitempty"`
	NameES               string             `json:"name_es,omitempty"`
	Region               string             `json:"region,omitempty"`
	Subregion            string             `json:"subregion,omitempty"`
	UNGroup              string             `json:"un_group,omitempty"`
	Organisations        []string           `json:"organisations,omitempty"`
	Capital              string             `json:"capital,omitempty"`
	Lat                  *float64           `json:"lat"`
	Lon                  *float64           `json:"lon"`
	Language             string             `json:"language,omitempty"`
	Party                string             `json:"party,omitempty"`
	Signed               string             `json:"signed,omitempty"`
	Ratified             string             `json:"ratified,omitempty"`
	EntryIntoForce       string             `json:"entry_into_force,omitempty"`
	Status               string             `json:"status,omitempty"`
	StatusYear           int                `json:"status_year,omitempty"`
	AssistanceRequested  Flag               `json:"assistance_requested"`
	AssistanceDate       string             `json:"assistance_date,omitempty"`
	LastArticle7Report   string             `json:"last_article7_report,omitempty"`
	InitialReportOverdue Flag               `json:"initial_report_overdue"`
	Stockpile            Flag               `json:"stockpile"`
	Contaminated         Flag               `json:"contaminated"`
	Victims              Flag               `json:"victims"`
	InvestmentBan        Flag               `json:"investment_ban"`
	InvestmentMeasure    string             `json:"investment_measure,omitempty"`
	Source               string             `json:"source,omitempty"`
	Notes                string             `json:"notes,omitempty"`
	Indicators           map[string]float64 `json:"indicators,omitempty"`
}

// WriteJSON writes d as JSON: {"name", "as_of", "source", "states": [...]},
// each State with the states file's column names as keys, flags as
// true/false/null, dates as "YYYY-MM-DD" and user indicators under
// "indicators". ReadJSON reads it back.
func WriteJSON(w io.Writer, d *Dataset) error {
	jd := jsonDataset{Name: d.Name, AsOf: formatDate(d.AsOf), Source: d.Source, States: make([]jsonState, len(d.States))}
	for i := range d.States {
		s := &d.States[i]
		lat, lon := s.Lat, s.Lon
		js := jsonState{
			ISO3: s.ISO3, Name: s.Name, NameFR: s.NameFR, NameES: s.NameES,
			Region: s.Region, Subregion: s.Subregion, UNGroup: s.UNGroup, Organisations: s.Organisations,
			Capital: s.Capital, Lat: &lat, Lon: &lon, Language: s.Language,
			Party: s.Party.String(), Signed: formatDate(s.Signed), Ratified: formatDate(s.Ratified),
			EntryIntoForce: formatDate(s.EntryIntoForce),
			Status:         s.Status.String(), StatusYear: s.StatusYear,
			AssistanceRequested: s.AssistanceRequested, AssistanceDate: formatDate(s.AssistanceDate),
			LastArticle7Report:   formatReportYear(s.LastArticle7Report),
			InitialReportOverdue: s.InitialReportOverdue,
			Stockpile:            s.Stockpile, Contaminated: s.Contaminated, Victims: s.Victims,
			InvestmentBan: s.InvestmentBan, InvestmentMeasure: s.InvestmentMeasure,
			Source: s.Source, Notes: s.Notes, Indicators: s.Indicators,
		}
		jd.States[i] = js
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(jd)
}

// state converts js to a State, returning the column and the problem if a
// value is not allowed.
func (js *jsonState) state() (State, string, error) {
	s := State{
		Name: js.Name, NameFR: js.NameFR, NameES: js.NameES, Subregion: js.Subregion,
		Organisations: js.Organisations, Capital: js.Capital,
		StatusYear:          js.StatusYear,
		AssistanceRequested: js.AssistanceRequested, InitialReportOverdue: js.InitialReportOverdue,
		Stockpile: js.Stockpile, Contaminated: js.Contaminated, Victims: js.Victims,
		InvestmentBan: js.InvestmentBan, InvestmentMeasure: js.InvestmentMeasure,
		Source: js.Source, Notes: js.Notes, Indicators: js.Indicators,
	}
	texts := []struct{ col, v string }{
		{"iso3", js.ISO3}, {"name", js.Name}, {"name_fr", js.NameFR}, {"name_es", js.NameES},
		{"subregion", js.Subregion}, {"capital", js.Capital}, {"investment_measure", js.InvestmentMeasure},
		{"source", js.Source}, {"notes", js.Notes},
	}
	for _, t := range texts {
		if err := checkText(t.v); err != nil {
			return s, t.col, err
		}
	}
	for _, o := range js.Organisations {
		if o == "" || o != strings.TrimSpace(o) || strings.Contains(o, "|") || len(o) > MaxField {
			return s, "organisations", fmt.Errorf("%w %q (allowed: a name without surrounding spaces or '|', such as \"AU\")", ErrInvalidValue, o)
		}
	}
	for k := range js.Indicators {
		if k == "" || k != strings.TrimSpace(k) || len(k) > MaxField {
			return s, "indicators", fmt.Errorf("%w: indicator name %q (allowed: a name without surrounding spaces)", ErrInvalidValue, k)
		}
	}
	if len(s.Organisations) == 0 {
		s.Organisations = nil // [] reads as none, as a blank cell does
	}
	if len(s.Indicators) == 0 {
		s.Indicators = nil
	}
	var err error
	if js.Lat == nil {
		return s, "lat", fmt.Errorf("%w (the capital's latitude)", ErrMissingValue)
	}
	if js.Lon == nil {
		return s, "lon", fmt.Errorf("%w (the capital's longitude)", ErrMissingValue)
	}
	if js.StatusYear != 0 {
		if _, err := parseYear(fmt.Sprint(js.StatusYear)); err != nil {
			return s, "status_year", err
		}
	}
	steps := []struct {
		col string
		f   func() error
	}{
		{"iso3", func() error { s.ISO3, err = parseISO3(js.ISO3); return err }},
		{"region", func() error { s.Region, err = oneOf(js.Region, Regions); return err }},
		{"un_group", func() error { s.UNGroup, err = oneOf(js.UNGroup, UNGroups); return err }},
		{"lat", func() error { s.Lat, err = ParseDegrees(formatFloat(*js.Lat), 90); return err }},
		{"lon", func() error { s.Lon, err = ParseDegrees(formatFloat(*js.Lon), 180); return err }},
		{"language", func() error { s.Language, err = parseLanguage(js.Language); return err }},
		{"party", func() error { s.Party, err = ParseMembership(js.Party); return err }},
		{"signed", func() error { s.Signed, err = parseDate(js.Signed); return err }},
		{"ratified", func() error { s.Ratified, err = parseDate(js.Ratified); return err }},
		{"entry_into_force", func() error { s.EntryIntoForce, err = parseDate(js.EntryIntoForce); return err }},
		{"status", func() error { s.Status, err = ParseStatus(js.Status); return err }},
		{"assistance_date", func() error { s.AssistanceDate, err = parseDate(js.AssistanceDate); return err }},
		{"last_article7_report", func() error { s.LastArticle7Report, err = parseReportYear(js.LastArticle7Report); return err }},
	}
	for _, st := range steps {
		if err := st.f(); err != nil {
			return s, st.col, err
		}
	}
	if !s.AssistanceDate.IsZero() && s.AssistanceRequested != Yes {
		return s, "assistance_date", fmt.Errorf("%w: a date of request needs assistance_requested true", ErrInvalidValue)
	}
	return s, "", nil
}
