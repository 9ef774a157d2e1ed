package article9

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// The keys of the JSON form: of the dataset, and of a State (its fields'
// json tags), with those whose values are flags.
var (
	datasetKeys = []string{"name", "as_of", "source", "states"}
	stateKeys   = jsonKeys(reflect.TypeFor[jsonState](), nil)
	flagKeys    = jsonKeys(reflect.TypeFor[jsonState](), reflect.TypeFor[Flag]())
)

// jsonKeys returns the json keys of struct type t's fields, only those of
// type only if it is not nil.
func jsonKeys(t, only reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if only == nil || f.Type == only {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			keys = append(keys, name)
		}
	}
	return keys
}

// ReadJSON reads a dataset written by WriteJSON. Keys are matched as
// encoding/json matches them, ignoring case. An unknown key is an error
// naming the nearest known one, as an unknown column is in a CSV file, and
// so is a key given twice. Errors are *ParseError values, whose Line is the
// line of the JSON text and Column the key, or Errors.
func ReadJSON(r io.Reader) (*Dataset, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return nil, &ParseError{Line: lineAt(data, int64(off)), Err: fmt.Errorf("%w (save the file as UTF-8)", ErrInvalidUTF8)}
	}
	// Check the syntax of the whole text first, so that the walk below
	// meets only well-formed JSON.
	dec := json.NewDecoder(bytes.NewReader(data))
	var top json.RawMessage
	if err := dec.Decode(&top); err != nil {
		return nil, jsonError(data, 0, "", err)
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		return nil, &ParseError{Line: lineAt(data, int64(skipJSONSpace(data, int(dec.InputOffset())))), Err: fmt.Errorf("%w: text after the end of the dataset (allowed: one object, {\"states\": [...]})", ErrSyntax)}
	}
	base := int64(skipJSONSpace(data, 0))
	if top[0] != '{' {
		return nil, &ParseError{Line: lineAt(data, base), Err: fmt.Errorf("%w: the file holds a JSON %s (allowed: one object, {\"states\": [...]})", ErrInvalidValue, kind(top))}
	}
	d := &Dataset{}
	var (
		errs   Errors
		states []member
	)
	members, merrs := objectMembers(data, base, top, datasetKeys)
	for _, e := range merrs {
		errs = append(errs, e)
	}
	for _, m := range members {
		var perr error
		switch m.key {
		case "name":
			perr = m.decode(data, &d.Name)
		case "source":
			perr = m.decode(data, &d.Source)
		case "as_of":
			var s string
			if perr = m.decode(data, &s); perr == nil {
				if d.AsOf, err = parseDate(s); err != nil {
					perr = m.errorf(data, "%w", err)
				}
			}
		case "states":
			states, perr = arrayMembers(data, m)
		}
		if perr != nil {
			errs = append(errs, perr)
		}
	}
	seen := map[string]int64{}
	for i, m := range states {
		if len(errs) >= MaxErrors {
			break
		}
		s, serrs := readState(data, m)
		if serrs == nil {
			if first, dup := seen[s.ISO3]; dup {
				serrs = append(serrs, &ParseError{Line: lineAt(data, m.off), Column: "iso3", Err: fmt.Errorf("%w %s: already on line %d (allowed: each code once)", ErrDuplicateState, s.ISO3, lineAt(data, first))})
			}
		}
		for _, e := range serrs {
			e.Err = fmt.Errorf("State %d (%s): %w", i+1, m.label(), e.Err)
			errs = append(errs, e)
		}
		if serrs == nil {
			seen[s.ISO3] = m.off
			d.States = append(d.States, s)
		}
	}
	switch {
	case len(errs) == 1:
		return nil, errs[0]
	case len(errs) > 1:
		return nil, errs[:min(len(errs), MaxErrors)]
	case len(d.States) == 0:
		return nil, &ParseError{Line: lineAt(data, base), Column: "states", Err: fmt.Errorf("%w (allowed: {\"states\": [{\"iso3\": ...}, ...]})", ErrNoStates)}
	}
	return d, nil
}

// member is a JSON value in the text: an object's member, with its
// canonical key, or an array's element.
type member struct {
	key   string
	off   int64 // byte offset of the member's key, or of the element
	voff  int64 // byte offset of the value
	value json.RawMessage
}

func (m member) errorf(data []byte, format string, args ...any) *ParseError {
	return &ParseError{Line: lineAt(data, m.off), Column: m.key, Err: fmt.Errorf(format, args...)}
}

// decode unmarshals m's value into v, turning a type error into a
// *ParseError.
func (m member) decode(data []byte, v any) error {
	if err := json.Unmarshal(m.value, v); err != nil {
		return jsonError(data, m.voff, m.key, err)
	}
	return nil
}

// label names a State element in errors by its iso3, if it has one.
func (m member) label() string {
	var v struct {
		ISO3 any `json:"iso3"`
	}
	if json.Unmarshal(m.value, &v) == nil {
		if s, ok := v.ISO3.(string); ok && s != "" {
			return fmt.Sprintf("%q", s)
		}
	}
	return "no iso3"
}

// objectMembers returns the members of the well-formed object value, which
// starts at byte off of data, with their canonical keys from known. Unknown
// and repeated keys are errors.
func objectMembers(data []byte, off int64, value json.RawMessage, known []string) ([]member, []*ParseError) {
	var (
		out  []member
		errs []*ParseError
		seen = make([]bool, len(known))
	)
	splitJSON(value, func(k []byte, keyAt, valueAt int, v []byte) {
		key := unquoteKey(k)
		m := member{off: off + int64(keyAt), voff: off + int64(valueAt), value: v}
		i := canonical(key, known)
		switch {
		case i < 0:
			m.key = key
			errs = append(errs, m.errorf(data, "%w %q (did you mean %q?)", ErrUnknownColumn, key, nearest(key, known)))
		case seen[i]:
			m.key = known[i]
			errs = append(errs, m.errorf(data, "%w %q (allowed: each key once)", ErrDuplicateColumn, key))
		default:
			seen[i] = true
			m.key = known[i]
			out = append(out, m)
		}
	})
	return out, errs
}

// arrayMembers returns the elements of m's value, a JSON array or null.
func arrayMembers(data []byte, m member) ([]member, error) {
	if string(m.value) == "null" {
		return nil, nil
	}
	if m.value[0] != '[' {
		return nil, m.errorf(data, "%w: a JSON %s (allowed: a list, [{\"iso3\": ...}, ...])", ErrInvalidValue, kind(m.value))
	}
	var out []member
	splitJSON(m.value, func(_ []byte, _, valueAt int, v []byte) {
		off := m.voff + int64(valueAt)
		out = append(out, member{off: off, voff: off, value: v})
	})
	return out, nil
}

// readState reads the State in m, returning every problem with its keys, or
// else the first problem with its values.
func readState(data []byte, m member) (State, []*ParseError) {
	if m.value[0] != '{' {
		return State{}, []*ParseError{m.errorf(data, "%w: a JSON %s (allowed: an object, {\"iso3\": ...})", ErrInvalidValue, kind(m.value))}
	}
	members, errs := objectMembers(data, m.voff, m.value, stateKeys)
	for _, km := range members {
		if contains(flagKeys, km.key) {
			var f Flag
			if err := f.UnmarshalJSON(km.value); err != nil {
				errs = append(errs, km.errorf(data, "%w", err))
			}
		}
	}
	if errs != nil {
		return State{}, errs
	}
	var js jsonState
	if err := json.Unmarshal(m.value, &js); err != nil {
		return State{}, []*ParseError{jsonError(data, m.voff, "", err)}
	}
	s, col, err := js.state()
	if err == nil {
		col, err = validate(&s)
	}
	if err != nil {
		e := m.errorf(data, "%w", err)
		e.Column = col
		for _, km := range members {
			if km.key == col {
				e.Line = lineAt(data, km.off)
			}
		}
		return State{}, []*ParseError{e}
	}
	return s, nil
}

// canonical returns the index of the name in known that key matches,
// ignoring case as encoding/json does, or -1.
func canonical(key string, known []string) int {
	for i, k := range known {
		if strings.EqualFold(key, k) {
			return i
		}
	}
	return -1
}

// kind names the JSON type of a well-formed value.
func kind(v json.RawMessage) string {
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "list"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// jsonError turns an encoding/json error, in a value at byte off of data,
// into a *ParseError. key names the value, if known.
func jsonError(data []byte, off int64, key string, err error) *ParseError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &ParseError{Line: lineAt(data, off+se.Offset), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	case errors.As(err, &te):
		field := cmp.Or(te.Field, key)
		col, _, _ := strings.Cut(field, ".")
		return &ParseError{Line: lineAt(data, off+te.Offset), Column: col, Err: fmt.Errorf("%w: %s is a JSON %s (allowed: %s)", ErrInvalidValue, field, te.Value, allowedType(te.Type))}
	case err == io.EOF:
		return &ParseError{Err: fmt.Errorf("%w: the file is empty (allowed: {\"states\": [...]})", ErrNoStates)}
	case err == io.ErrUnexpectedEOF:
		return &ParseError{Line: lineAt(data, int64(len(data))), Err: fmt.Errorf("%w: the file ends before the dataset does (a missing } or ]?)", ErrSyntax)}
	}
	return &ParseError{Line: lineAt(data, off), Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// allowedType says in words what JSON value a Go type takes.
func allowedType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text in quotes"
	case reflect.Int, reflect.Int64:
		return "a whole number, such as 2021"
	case reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "a list of text, such as [\"AU\", \"OIF\"]"
	case reflect.Map:
		return "an object of numbers, such as {\"gdp\": 1.5}"
	case reflect.Pointer:
		return allowedType(t.Elem())
	}
	return "an object"
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
