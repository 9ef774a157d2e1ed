package region

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/article9/article9"
)

// Errors a venues file can hold besides those of package article9, wrapped
// in an *article9.ParseError.
var (
	ErrDuplicateVenue = errors.New("duplicate id")
	ErrNoVenues       = errors.New("no venues in file")
)

// venueColumns lists the venues file's columns in their usual order.
var venueColumns = []string{"id", "name", "city", "country", "lat", "lon", "languages", "capacity", "institution", "event", "date"}

var requiredVenueColumns = []string{"id", "city", "lat", "lon"}

var (
	idPattern   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)
	langPattern = regexp.MustCompile(`^[a-z]{2}$`)
)

// maxCapacity is the largest capacity a venues file may give.
const maxCapacity = 1_000_000

// ReadVenues reads a venues file: CSV with a header row naming the columns
// (id, city, lat and lon are required; name, country, languages, capacity,
// institution, event and date are optional), in any order, then one row per
// venue. It is read by an article9.Table, as the states file is: UTF-8 with
// or without a byte-order mark, ',' or ';' as separator, LF or CRLF line
// ends, RFC 4180 quoting, blank rows skipped, memory bounded however long a
// field. Languages are two-letter lower-case codes separated by
// '|' (blank = any language); capacity is a whole number of States, 1 or
// more (blank = the planner's default); date is YYYY-MM-DD.
//
// On error the venues are nil and the error is an *article9.ParseError
// naming the line, the column, the bad value and what is allowed, or
// article9.Errors holding one per problem found (at most
// article9.MaxErrors). An unknown column is an error that suggests the
// nearest known one, so that a typo never silently drops data.
func ReadVenues(r io.Reader) ([]Venue, error) {
	t := article9.NewTable(r, venueColumns, requiredVenueColumns)
	t.Row = "venue"
	var (
		out  []Venue
		seen = map[string]int{}
	)
	for t.Next() {
		var v Venue
		bad := false
		for i, col := range t.Columns() {
			if err := setVenueField(&v, col, t.Record()[i]); err != nil {
				t.Reject(col, err)
				bad = true
			}
		}
		if bad {
			continue
		}
		if col, err := validateVenue(&v); err != nil {
			t.Reject(col, err)
			continue
		}
		if first, dup := seen[v.ID]; dup {
			t.Reject("id", fmt.Errorf("%w %s: already on line %d (allowed: each id once)", ErrDuplicateVenue, v.ID, first))
			continue
		}
		seen[v.ID] = t.Line()
		out = append(out, v)
	}
	if err := t.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, &article9.ParseError{Line: 2, Err: fmt.Errorf("%w (after the header, add one row per venue)", ErrNoVenues)}
	}
	return out, nil
}

// setVenueField parses text, the value of column col, into v.
func setVenueField(v *Venue, col, text string) error {
	var err error
	switch col {
	case "id":
		if text != "" && !idPattern.MatchString(text) {
			err = fmt.Errorf("%w %q (allowed: up to 64 letters, digits, '-', '_' or '.', such as addis)", article9.ErrInvalidValue, text)
		}
		v.ID = text
	case "name":
		v.Name = text
	case "city":
		v.City = text
	case "country":
		v.Country = text
	case "lat":
		v.Lat, err = article9.ParseDegrees(text, 90)
	case "lon":
		v.Lon, err = article9.ParseDegrees(text, 180)
	case "languages":
		v.Languages, err = parseLanguages(text)
	case "capacity":
		v.Capacity, err = parseCapacity(text)
	case "institution":
		v.Institution = text
	case "event":
		v.Event = text
	case "date":
		if text != "" {
			v.Date, err = time.Parse("2006-01-02", text)
			if err != nil {
				err = fmt.Errorf("%w %q (allowed: a date YYYY-MM-DD, or blank if none)", article9.ErrInvalidValue, text)
			}
		}
	}
	return err
}

// validateVenue checks that the row gives an id and a city (lat and lon are
// checked as they are parsed), returning the column at fault.
func validateVenue(v *Venue) (string, error) {
	if v.ID == "" {
		return "id", fmt.Errorf("%w (a short unique id, such as addis)", article9.ErrMissingValue)
	}
	if v.City == "" {
		return "city", fmt.Errorf("%w (the city of the venue)", article9.ErrMissingValue)
	}
	return "", nil
}

func parseLanguages(text string) ([]string, error) {
	if text == "" {
		return nil, nil
	}
	var out []string
	for _, l := range strings.Split(text, "|") {
		l = strings.TrimSpace(l)
		if !langPattern.MatchString(l) {
			return nil, fmt.Errorf("%w %q (allowed: two-letter lower-case language codes separated by '|', such as en|fr|pt, or blank for any language)", article9.ErrInvalidValue, text)
		}
		if slices.Contains(out, l) {
			return nil, fmt.Errorf("%w %q: %s is listed twice (allowed: each language once)", article9.ErrInvalidValue, text, l)
		}
		out = append(out, l)
	}
	return out, nil
}

func parseCapacity(text string) (int, error) {
	if text == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > maxCapacity {
		return 0, fmt.Errorf("%w %q (allowed: a whole number of States from 1 to %d, or blank for the planner's default)", article9.ErrInvalidValue, text, maxCapacity)
	}
	return n, nil
}
