package article9

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// ReadJSON reads a dataset written by WriteJSON. Unknown keys are errors, as
// unknown columns are in a CSV file. Errors are *ParseError values whose Line
// is the line of the JSON text, or Errors.
func ReadJSON(r io.Reader) (*Dataset, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	data = bytes.TrimPrefix(data, bom)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var jd jsonDataset
	if err := dec.Decode(&jd); err != nil {
		return nil, jsonError(data, dec, err)
	}
	if dec.More() {
		return nil, &ParseError{Line: lineAt(data, dec.InputOffset()), Err: fmt.Errorf("%w: text after the end of the dataset", ErrSyntax)}
	}
	d := &Dataset{Name: jd.Name, Source: jd.Source}
	if d.AsOf, err = parseDate(jd.AsOf); err != nil {
		return nil, &ParseError{Column: "as_of", Err: err}
	}
	var errs Errors
	seen := map[string]int{}
	for i, js := range jd.States {
		s, col, err := js.state()
		if err == nil {
			col, err = validate(&s)
		}
		if err == nil {
			if first, dup := seen[s.ISO3]; dup {
				col, err = "iso3", fmt.Errorf("%w %s: already State %d (allowed: each code once)", ErrDuplicateState, s.ISO3, first+1)
			}
		}
		if err != nil {
			errs = append(errs, &ParseError{Column: col, Err: fmt.Errorf("State %d (%q): %w", i+1, js.ISO3, err)})
			if len(errs) == MaxErrors {
				break
			}
			continue
		}
		seen[s.ISO3] = i
		d.States = append(d.States, s)
	}
	switch {
	case len(errs) == 1:
		return nil, errs[0]
	case len(errs) > 1:
		return nil, errs
	case len(d.States) == 0:
		return nil, &ParseError{Err: fmt.Errorf("%w (\"states\" is empty)", ErrNoStates)}
	}
	return d, nil
}

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
	for _, text := range []string{js.ISO3, js.Name, js.NameFR, js.NameES, js.Subregion, js.Capital, js.InvestmentMeasure, js.Source, js.Notes} {
		if err := checkText(text); err != nil {
			return s, "", err
		}
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
		{"lat", func() error { s.Lat, err = parseDegrees(formatFloat(*js.Lat), 90); return err }},
		{"lon", func() error { s.Lon, err = parseDegrees(formatFloat(*js.Lon), 180); return err }},
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

func jsonError(data []byte, dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &ParseError{Line: lineAt(data, se.Offset), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	case errors.As(err, &te):
		return &ParseError{Line: lineAt(data, te.Offset), Column: te.Field, Err: fmt.Errorf("%w: %s is a JSON %s (allowed: %s)", ErrInvalidValue, te.Field, te.Value, te.Type)}
	case err == io.EOF:
		return &ParseError{Err: fmt.Errorf("%w: the file is empty (allowed: {\"states\": [...]})", ErrNoStates)}
	}
	return &ParseError{Line: lineAt(data, dec.InputOffset()), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
