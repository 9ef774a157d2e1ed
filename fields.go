package article9

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// UNGroups lists the five UN regional groups as written in files.
var UNGroups = []string{"African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"}

// Regions lists the five UN M49 regions as written in files.
var Regions = []string{"Africa", "Americas", "Asia", "Europe", "Oceania"}

const dateLayout = "2006-01-02"

var (
	iso3Pattern = regexp.MustCompile(`^[A-Z]{3}$`)
	langPattern = regexp.MustCompile(`^[a-z]{2}$`)
)

func parseISO3(v string) (string, error) {
	if !iso3Pattern.MatchString(v) {
		return "", fmt.Errorf("%w %q (allowed: three upper-case letters, such as FRA)", ErrInvalidValue, v)
	}
	return v, nil
}

// ParseDegrees parses v, a latitude in decimal degrees if limit is 90 or a
// longitude if limit is 180, as the states and venues files hold them: a
// number from -limit to limit, with a decimal point or, as spreadsheets
// write in many locales, a decimal comma ("48,86"). A blank v is an error
// wrapping ErrMissingValue; any other bad value one wrapping
// ErrInvalidValue. Each error quotes v and says what is allowed.
func ParseDegrees(v string, limit float64) (float64, error) {
	if v == "" {
		return 0, fmt.Errorf("%w (allowed: a number of decimal degrees from %g to %g)", ErrMissingValue, -limit, limit)
	}
	f, ok := parseNumber(v)
	if !ok {
		return 0, fmt.Errorf("%w %q (allowed: a number of decimal degrees from %g to %g)", ErrInvalidValue, v, -limit, limit)
	}
	if f < -limit || f > limit {
		return 0, fmt.Errorf("%w %q is outside %g..%g", ErrInvalidValue, v, -limit, limit)
	}
	return f, nil
}

// parseNumber parses v as a finite number, accepting a decimal comma when v
// has one comma and no point.
func parseNumber(v string) (float64, bool) {
	if strings.Count(v, ",") == 1 && !strings.Contains(v, ".") {
		v = strings.Replace(v, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil && !math.IsNaN(f) && !math.IsInf(f, 0)
}

func parseDate(v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w %q (allowed: a date YYYY-MM-DD, or blank if unknown)", ErrInvalidValue, v)
	}
	return t, nil
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

func parseYear(v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(v)
	if err != nil || y < 1900 || y > 2200 {
		return 0, fmt.Errorf("%w %q (allowed: a year such as 2021, or blank if unknown)", ErrInvalidValue, v)
	}
	return y, nil
}

func formatYear(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func parseReportYear(v string) (int, error) {
	switch strings.ToLower(v) {
	case "":
		return 0, nil
	case "0", "never":
		return NeverReported, nil
	}
	y, err := strconv.Atoi(v)
	if err != nil || y < 1900 || y > 2200 {
		return 0, fmt.Errorf("%w %q (allowed: a year such as 2021, 0 or never if never reported, or blank if unknown)", ErrInvalidValue, v)
	}
	return y, nil
}

func formatReportYear(y int) string {
	if y == NeverReported {
		return "never"
	}
	return formatYear(y)
}

// parseAssistance reads a flag, or a date meaning "yes, requested then".
func parseAssistance(v string) (Flag, time.Time, error) {
	if f, err := ParseFlag(v); err == nil {
		return f, time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, v)
	if err != nil {
		return Unknown, time.Time{}, fmt.Errorf("%w %q (allowed: yes, no, a date YYYY-MM-DD on which it was requested, or blank if unknown)", ErrInvalidValue, v)
	}
	return Yes, t, nil
}

func formatAssistance(f Flag, t time.Time) string {
	if f == Yes && !t.IsZero() {
		return formatDate(t)
	}
	return f.String()
}

func oneOf(v string, allowed []string) (string, error) {
	if v == "" {
		return "", nil
	}
	for _, a := range allowed {
		if strings.EqualFold(v, a) {
			return a, nil
		}
	}
	return "", fmt.Errorf("%w %q (allowed: %s, or blank)", ErrInvalidValue, v, strings.Join(allowed, ", "))
}

func parseLanguage(v string) (string, error) {
	if v == "" || langPattern.MatchString(v) {
		return v, nil
	}
	return "", fmt.Errorf("%w %q (allowed: a two-letter lower-case language code such as en, fr, es, ar, pt, ru)", ErrInvalidValue, v)
}

func splitList(v string) []string {
	if v == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(v, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseIndicator(v string) (float64, bool, error) {
	if v == "" {
		return 0, false, nil
	}
	f, ok := parseNumber(v)
	if !ok {
		return 0, false, fmt.Errorf("%w %q (allowed: a finite number, or blank if unknown)", ErrInvalidValue, v)
	}
	return f, true, nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// setField parses v, the value of column col, into s.
func setField(s *State, col, v string) error {
	var err error
	switch col {
	case "iso3":
		s.ISO3, err = parseISO3(v)
	case "name":
		s.Name = v
	case "name_fr":
		s.NameFR = v
	case "name_es":
		s.NameES = v
	case "region":
		s.Region, err = oneOf(v, Regions)
	case "subregion":
		s.Subregion = v
	case "un_group":
		s.UNGroup, err = oneOf(v, UNGroups)
	case "organisations":
		s.Organisations = splitList(v)
	case "capital":
		s.Capital = v
	case "lat":
		s.Lat, err = ParseDegrees(v, 90)
	case "lon":
		s.Lon, err = ParseDegrees(v, 180)
	case "language":
		s.Language, err = parseLanguage(v)
	case "party":
		s.Party, err = ParseMembership(v)
	case "signed":
		s.Signed, err = parseDate(v)
	case "ratified":
		s.Ratified, err = parseDate(v)
	case "entry_into_force":
		s.EntryIntoForce, err = parseDate(v)
	case "status":
		s.Status, err = ParseStatus(v)
	case "status_year":
		s.StatusYear, err = parseYear(v)
	case "assistance_requested":
		s.AssistanceRequested, s.AssistanceDate, err = parseAssistance(v)
	case "last_article7_report":
		s.LastArticle7Report, err = parseReportYear(v)
	case "initial_report_overdue":
		s.InitialReportOverdue, err = ParseFlag(v)
	case "stockpile":
		s.Stockpile, err = ParseFlag(v)
	case "contaminated":
		s.Contaminated, err = ParseFlag(v)
	case "victims":
		s.Victims, err = ParseFlag(v)
	case "investment_ban":
		s.InvestmentBan, err = ParseFlag(v)
	case "investment_measure":
		s.InvestmentMeasure = v
	case "source":
		s.Source = v
	case "notes":
		s.Notes = v
	default:
		name := strings.TrimPrefix(col, IndicatorPrefix)
		var f float64
		var ok bool
		if f, ok, err = parseIndicator(v); ok {
			if s.Indicators == nil {
				s.Indicators = map[string]float64{}
			}
			s.Indicators[name] = f
		}
	}
	return err
}

// field returns the text of column col of s, as written in files.
func field(s *State, col string) string {
	switch col {
	case "iso3":
		return s.ISO3
	case "name":
		return s.Name
	case "name_fr":
		return s.NameFR
	case "name_es":
		return s.NameES
	case "region":
		return s.Region
	case "subregion":
		return s.Subregion
	case "un_group":
		return s.UNGroup
	case "organisations":
		return strings.Join(s.Organisations, "|")
	case "capital":
		return s.Capital
	case "lat":
		return formatFloat(s.Lat)
	case "lon":
		return formatFloat(s.Lon)
	case "language":
		return s.Language
	case "party":
		return s.Party.String()
	case "signed":
		return formatDate(s.Signed)
	case "ratified":
		return formatDate(s.Ratified)
	case "entry_into_force":
		return formatDate(s.EntryIntoForce)
	case "status":
		return s.Status.String()
	case "status_year":
		return formatYear(s.StatusYear)
	case "assistance_requested":
		return formatAssistance(s.AssistanceRequested, s.AssistanceDate)
	case "last_article7_report":
		return formatReportYear(s.LastArticle7Report)
	case "initial_report_overdue":
		return s.InitialReportOverdue.String()
	case "stockpile":
		return s.Stockpile.String()
	case "contaminated":
		return s.Contaminated.String()
	case "victims":
		return s.Victims.String()
	case "investment_ban":
		return s.InvestmentBan.String()
	case "investment_measure":
		return s.InvestmentMeasure
	case "source":
		return s.Source
	case "notes":
		return s.Notes
	}
	if v, ok := s.Indicators[strings.TrimPrefix(col, IndicatorPrefix)]; ok {
		return formatFloat(v)
	}
	return ""
}

// validate checks what no single field shows: required values and the
// relation between fields. It returns the column and the error.
func validate(s *State) (string, error) {
	switch {
	case s.ISO3 == "":
		return "iso3", fmt.Errorf("%w (allowed: three upper-case letters, such as FRA)", ErrMissingValue)
	case strings.TrimSpace(s.Name) == "":
		return "name", fmt.Errorf("%w (the State's English short name)", ErrMissingValue)
	case s.Party == Party && s.Status == NoStatus:
		return "status", fmt.Errorf("%w for a State Party (allowed: %s)", ErrMissingValue, strings.Join(statusNames[1:], ", "))
	}
	return "", nil
}
