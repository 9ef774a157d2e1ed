package article9

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitJSON compares splitJSON with encoding/json on tricky text.
func TestSplitJSON(t *testing.T) {
	tests := []string{
		`{}`,
		`[]`,
		`{ }`,
		"[ \n\t ]",
		`{"a":1}`,
		`{"a" : 1 , "b":-2.5e3,"c":true,"d":false,"e":null}`,
		`{"s": "x, y} ] { [", "q": "say \"no\" \\", "u": "\u00e9\"\\"}`,
		`{"n": {"a": [1, {"b": "]}"}], "c": {}}, "m": [[], [[]], {"}": "{"}]}`,
		"{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\\u0022c\": \"d\"\n}",
		`{"dup": 1, "dup": 2, "": 3}`,
		`[1, "two", {"three": 3}, [4], null, true, -0.5]`,
		` [ "a" , "b" ] `[1:],
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			v := []byte(in)
			var keys, got []string
			splitJSON(v, func(key []byte, keyAt, valueAt int, value []byte) {
				if key != nil {
					keys = append(keys, unquoteKey(key))
					if v[keyAt] != '"' || string(v[keyAt:keyAt+len(key)]) != string(key) {
						t.Errorf("key %s not at %d", key, keyAt)
					}
				}
				if string(v[valueAt:valueAt+len(value)]) != string(value) {
					t.Errorf("value %s not at %d", value, valueAt)
				}
				got = append(got, string(value))
			})
			var want []string
			var wantKeys []string
			dec := json.NewDecoder(strings.NewReader(in))
			tok, _ := dec.Token()
			for dec.More() {
				if tok == json.Delim('{') {
					k, _ := dec.Token()
					wantKeys = append(wantKeys, k.(string))
				}
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					t.Fatal(err)
				}
				want = append(want, string(raw))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("values mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantKeys, keys); diff != "" {
				t.Errorf("keys mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
