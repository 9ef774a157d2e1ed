package priority

import (
	"errors"
	"strings"
	"testing"

	"github.com/article9/article9"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestReadPairwise(t *testing.T) {
	want := &Pairwise{
		Names:  []string{"gap", "staleness", "reporting"},
		Matrix: [][]float64{{1, 3, 2}, {1.0 / 3, 1, 1}, {0.5, 1, 1}},
	}
	tests := []struct{ name, in string }{
		{"full with corner", ",gap,staleness,reporting\ngap,1,3,2\nstaleness,1/3,1,1\nreporting,1/2,1,1\n"},
		{"labelled corner", "criterion,gap,staleness,reporting\ngap,1,3,2\nstaleness,1/3,1,1\nreporting,0.5,1,1\n"},
		{"no corner", "gap,staleness,reporting\ngap,1,3,2\nstaleness,1/3,1,1\nreporting,1/2,1,1\n"},
		{"upper triangle", ",gap,staleness,reporting\ngap,,3,2\nstaleness,,,1\nreporting,,,\n"},
		{"semicolons, BOM, CRLF, spaces", "\uFEFF;gap;staleness;reporting\r\ngap; 1 ; 3 ; 2\r\nstaleness;1 / 3;1;1\r\n\r\nreporting;0.5;1;1\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadPairwise(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("ReadPairwise() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadPairwiseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		column   string
		want     string
	}{
		{"empty", "", 0, "", "no header row"},
		{"bad value", ",a,b\na,1,x\nb,,1\n", 2, "b", `invalid value "x" (allowed: a positive number or fraction, such as 3 or 1/3)`},
		{"zero", ",a,b\na,1,0\nb,,1\n", 2, "b", `invalid value "0"`},
		{"bad fraction", ",a,b\na,1,1/0\nb,,1\n", 2, "b", `invalid value "1/0"`},
		{"NaN", ",a,b\na,1,NaN\nb,,1\n", 2, "b", `invalid value "NaN"`},
		{"row order", ",a,b\nb,1,2\na,1/2,1\n", 2, "", `row named "b", want "a"`},
		{"short row", ",a,b\na,1\nb,1,1\n", 2, "", "2 fields, want 3"},
		{"missing row", ",a,b,c\na,1,1,1\nb,1,1,1\n", 3, "", "2 rows of judgements for 3 criteria"},
		{"both blank", ",a,b\na,1,\nb,,1\n", 2, "b", "blank, and so is b over a"},
		{"duplicate", ",a,a\na,1,1\na,1,1\n", 1, "a", "criterion named twice"},
		{"blank name", ",a,\na,1,1\n,1,1\n", 1, "", "criterion name 2 is blank"},
		{"quoting", ",a\n\"a,1\n", 2, "", "malformed file"},
		{"binary", ",a\na,\xff\n", 2, "", "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPairwise(strings.NewReader(tt.in))
			var pe *article9.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ReadPairwise() error = %v, want *article9.ParseError", err)
			}
			if pe.Line != tt.line || pe.Column != tt.column || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadPairwise() error = %q (line %d, column %q), want line %d, column %q, containing %q", err, pe.Line, pe.Column, tt.line, tt.column, tt.want)
			}
		})
	}
	big := strings.Repeat("x", MaxPairwiseSize+1)
	if _, err := ReadPairwise(strings.NewReader(big)); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("oversized file: error = %v", err)
	}
}

func TestPairwiseWeights(t *testing.T) {
	p, err := ReadPairwise(strings.NewReader(",reporting,gap\nreporting,1,1/3\ngap,3,1\n"))
	if err != nil {
		t.Fatal(err)
	}
	w, cr, err := p.Weights(DefaultCriteria())
	if err != nil || cr != 0 {
		t.Fatalf("Weights() = _, %v, %v", cr, err)
	}
	want := []float64{0.75, 0, 0.25, 0, 0, 0}
	if diff := cmp.Diff(want, w, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Weights() mismatch (-want +got):\n%s", diff)
	}
	p.Names[0] = "reportin"
	if _, _, err := p.Weights(DefaultCriteria()); err == nil || !strings.Contains(err.Error(), `unknown criterion "reportin"`) {
		t.Errorf("unknown name: error = %v", err)
	}
}

func FuzzReadPairwise(f *testing.F) {
	f.Add(",gap,staleness\ngap,1,3\nstaleness,1/3,1\n")
	f.Add("a;b\na;1;2\nb;;1\n")
	f.Add(",a,b\na,1,x\nb,,1\n")
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadPairwise(strings.NewReader(in))
		if err != nil {
			var pe *article9.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *article9.ParseError", err)
			}
			return
		}
		n := len(p.Names)
		if n == 0 || len(p.Matrix) != n {
			t.Fatalf("%d names, %d rows", n, len(p.Matrix))
		}
		for _, row := range p.Matrix {
			if len(row) != n {
				t.Fatalf("row of %d for %d names", len(row), n)
			}
			for _, v := range row {
				if !(v > 0) {
					t.Fatalf("entry %v not positive", v)
				}
			}
		}
		p.AHP() // must not panic, whatever the values
	})
}
