package article9

import (
	"errors"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// repeat is an io.Reader of n copies of b, made on the fly.
type repeat struct {
	b    []byte
	n    int64 // bytes left
	read int64 // bytes read so far
	off  int
}

func newRepeat(b string, n int64) *repeat { return &repeat{b: []byte(b), n: n} }

func (r *repeat) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	for n := 0; n < len(p); {
		c := copy(p[n:], r.b[r.off:])
		n += c
		r.off = (r.off + c) % len(r.b)
	}
	r.n -= int64(len(p))
	r.read += int64(len(p))
	return len(p), nil
}

// measure runs f and returns how long it took and how many bytes it
// allocated.
func measure(f func()) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	return took, after.TotalAlloc - before.TotalAlloc
}

// TestReadCSVHugeField reads a 100 MB field, unquoted and quoted, in the
// header and in a row: the reader must give up after a few MiB.
func TestReadCSVHugeField(t *testing.T) {
	const size = 100 << 20
	tests := []struct {
		name   string
		before string // the text before the huge field
		fill   string // what it is made of
		line   int
	}{
		{"in a row", minimal + fra + "CIV,", "x", 3},
		{"quoted, with new lines", minimal + fra + "CIV,\"", "ab\n", 3},
		{"after a quote left open", minimal + fra + "CIV,\"Côte d’Ivoire,6.83,-5.29,in_process\n", "FRA,France,48.86,2.35,specific_legislation\n", 3},
		{"in the header", "iso3,name,", "x", 1},
		{"in the header, quoted", "iso3,\"name\n", "x\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := newRepeat(tt.fill, size)
			var err error
			took, alloc := measure(func() {
				_, err = ReadCSV(io.MultiReader(strings.NewReader(tt.before), body, strings.NewReader(",1,1,incomplete\n")))
			})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrFieldTooLong) || pe.Line != tt.line {
				t.Fatalf("error = %v, want ErrFieldTooLong on line %d", err, tt.line)
			}
			t.Logf("%v, %d KiB allocated, %d KiB of the field read", took, alloc>>10, body.read>>10)
			if body.read > 8<<20 {
				t.Errorf("read %d MiB of the field before giving up, want at most 8", body.read>>20)
			}
			if alloc > 64<<20 {
				t.Errorf("allocated %d MiB, want at most 64", alloc>>20)
			}
		})
	}
}

// TestReadCSVJunk reads random bytes, with and without a valid header.
func TestReadCSVJunk(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 2025))
	for _, size := range []int{1, 2, 10, 100, 1000, 100_000, 1 << 20} {
		for _, header := range []string{"", minimal} {
			junk := make([]byte, size)
			for i := range junk {
				junk[i] = byte(rng.Uint32())
			}
			d, err := ReadCSV(strings.NewReader(header + string(junk)))
			if err == nil {
				t.Errorf("%d random bytes after %q read as %d States", size, header, len(d.States))
				continue
			}
			checkReadError(t, err)
			d, err = ReadJSON(strings.NewReader(string(junk)))
			if err == nil {
				t.Errorf("%d random bytes read as JSON with %d States", size, len(d.States))
				continue
			}
			checkReadError(t, err)
		}
	}
}

// TestReadCSVMillionRows reads a million short garbage rows: the reader must
// stop after MaxErrors without reading the rest.
func TestReadCSVMillionRows(t *testing.T) {
	tests := []struct {
		name, row string
	}{
		{"too few fields", "x\n"},
		{"bad values", "x,y,z,w,v\n"},
		{"bare quotes", "a\"b,,,,\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := newRepeat(tt.row, int64(len(tt.row))*1_000_000)
			_, err := ReadCSV(io.MultiReader(strings.NewReader(minimal), body))
			var es Errors
			if !errors.As(err, &es) || len(es) != MaxErrors {
				t.Fatalf("error = %v, want %d Errors", err, MaxErrors)
			}
			if body.read > 1<<20 {
				t.Errorf("read %d MiB of rows after the %d errors, want less than 1", body.read>>20, MaxErrors)
			}
		})
	}
	t.Run("blank rows", func(t *testing.T) {
		body := newRepeat(",,,,\n\n", 6*100_000)
		_, err := ReadCSV(io.MultiReader(strings.NewReader(minimal), body))
		if !errors.Is(err, ErrNoStates) {
			t.Fatalf("error = %v, want ErrNoStates", err)
		}
	})
}

// TestReadJSONLongField checks the 64 KiB limit on a JSON text.
func TestReadJSONLongField(t *testing.T) {
	in := `{"states": [{"iso3": "FRA", "name": "France", "lat": 48.86, "lon": 2.35, "status": "in_process", "notes": "` +
		strings.Repeat("x", 1<<20) + `"}]}`
	_, err := ReadJSON(strings.NewReader(in))
	checkErr(t, err, wantErr{1, "notes", ErrFieldTooLong, []string{"1048576 bytes"}})
}
