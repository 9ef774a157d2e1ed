package article9

import "encoding/json"

// The functions in this file split JSON text that encoding/json has already
// found well-formed into its members, with their byte offsets, without
// decoding the values. They do not check syntax.

func jsonSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipJSONSpace returns the index of the first byte at or after i in v that
// is not JSON white space.
func skipJSONSpace(v []byte, i int) int {
	for i < len(v) && jsonSpace(v[i]) {
		i++
	}
	return i
}

// endOfString returns the index just after the string whose opening quote
// is v[i].
func endOfString(v []byte, i int) int {
	for j := i + 1; j < len(v); j++ {
		switch v[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(v)
}

// endOfValue returns the index just after the value that starts at v[i].
func endOfValue(v []byte, i int) int {
	switch v[i] {
	case '"':
		return endOfString(v, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(v); j++ {
			switch v[j] {
			case '"':
				j = endOfString(v, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(v)
	}
	j := i
	for j < len(v) && !jsonSpace(v[j]) && v[j] != ',' && v[j] != '}' && v[j] != ']' {
		j++
	}
	return j
}

// splitJSON calls f for each member of v, a well-formed JSON object or
// array with no space before it: with the member's key (the quoted JSON
// string; nil in an array), the index of the key (of the value in an
// array), the index of the value and the value.
func splitJSON(v []byte, f func(key []byte, keyAt, valueAt int, value []byte)) {
	object := v[0] == '{'
	i := skipJSONSpace(v, 1)
	for i < len(v) && v[i] != '}' && v[i] != ']' {
		var key []byte
		keyAt := i
		if object {
			end := endOfString(v, i)
			key = v[i:end]
			i = skipJSONSpace(v, skipJSONSpace(v, end)+1) // past ':'
		}
		end := endOfValue(v, i)
		f(key, keyAt, i, v[i:end])
		if i = skipJSONSpace(v, end); i < len(v) && v[i] == ',' {
			i = skipJSONSpace(v, i+1)
		}
	}
}

// unquoteKey returns the text of a well-formed JSON string.
func unquoteKey(q []byte) string {
	for _, c := range q {
		if c == '\\' {
			var s string
			json.Unmarshal(q, &s) // well-formed: cannot fail
			return s
		}
	}
	return string(q[1 : len(q)-1])
}
