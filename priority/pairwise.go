package priority

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/article9/article9"
)

// MaxPairwiseSize is the largest pairwise file ReadPairwise reads, in bytes.
const MaxPairwiseSize = 1 << 20

// Pairwise is a pairwise comparison matrix with the names of its criteria,
// in the order of its rows and columns.
type Pairwise struct {
	Names  []string
	Matrix [][]float64
}

// ReadPairwise reads a pairwise comparison matrix from CSV: a header row
// naming the criteria, then one row per criterion, in the header's order,
// starting with its name and followed by its judgements against each
// column's criterion:
//
//	,gap,staleness,reporting
//	gap,1,3,3
//	staleness,1/3,1,1
//	reporting,1/3,1,1
//
// The header's first cell, above the row names, may hold a label or be
// blank, or be left out. Values are positive numbers or fractions such as
// 1/3. A blank cell on the diagonal is 1; a blank cell off it is the
// reciprocal of its mirror, so the upper triangle alone will do. The file
// is UTF-8 (a leading byte-order mark is skipped), separated by commas or,
// if the header has semicolons and no comma, semicolons, and at most
// MaxPairwiseSize bytes. Errors are *article9.ParseError values giving the
// line and the column's criterion; the matrix's consistency is AHP's
// business.
func ReadPairwise(r io.Reader) (*Pairwise, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxPairwiseSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxPairwiseSize {
		return nil, &article9.ParseError{Err: fmt.Errorf("%w: file larger than %d bytes", article9.ErrSyntax, MaxPairwiseSize)}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	head, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Contains(head, []byte(";")) && !bytes.Contains(head, []byte(",")) {
		cr.Comma = ';'
	}
	var rows [][]string
	var lines []int
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &article9.ParseError{Line: pe.Line, Err: fmt.Errorf("%w: %v", article9.ErrSyntax, pe.Err)}
			}
			return nil, &article9.ParseError{Err: fmt.Errorf("%w: %v", article9.ErrSyntax, err)}
		}
		line, _ := cr.FieldPos(0)
		if isBlankRecord(rec) {
			continue
		}
		for _, f := range rec {
			if !utf8.ValidString(f) {
				return nil, &article9.ParseError{Line: line, Err: article9.ErrInvalidUTF8}
			}
		}
		rows, lines = append(rows, rec), append(lines, line)
	}
	if len(rows) == 0 {
		return nil, &article9.ParseError{Err: fmt.Errorf("%w: no header row of criterion names", article9.ErrSyntax)}
	}
	return parsePairwise(rows, lines)
}

func parsePairwise(rows [][]string, lines []int) (*Pairwise, error) {
	header := rows[0]
	// Without a corner cell above the row names, the header starts with the
	// first row's name.
	if len(rows) < 2 || len(rows[1]) == 0 || strings.TrimSpace(header[0]) != strings.TrimSpace(rows[1][0]) {
		header = header[1:]
	}
	n := len(header)
	perr := func(i int, col string, format string, args ...any) error {
		return &article9.ParseError{Line: lines[i], Column: col, Err: fmt.Errorf(format, args...)}
	}
	if n == 0 {
		return nil, perr(0, "", "%w: no criterion names in the header", article9.ErrMissingValue)
	}
	if n > MaxAHPCriteria {
		return nil, perr(0, "", "%w: %d criteria (allowed: at most %d)", article9.ErrInvalidValue, n, MaxAHPCriteria)
	}
	names := make([]string, n)
	for j, h := range header {
		names[j] = strings.TrimSpace(h)
		if names[j] == "" {
			return nil, perr(0, "", "%w: criterion name %d is blank", article9.ErrMissingValue, j+1)
		}
		for _, prev := range names[:j] {
			if prev == names[j] {
				return nil, perr(0, names[j], "%w: criterion named twice", article9.ErrDuplicateColumn)
			}
		}
	}
	if len(rows)-1 != n {
		return nil, perr(len(rows)-1, "", "%w: %d rows of judgements for %d criteria (want one row per criterion)", article9.ErrSyntax, len(rows)-1, n)
	}
	a := make([][]float64, n)
	given := make([][]bool, n)
	for i := range n {
		rec := rows[i+1]
		if len(rec) != n+1 {
			return nil, perr(i+1, "", "%w: %d fields, want %d (the criterion's name and %d judgements)", article9.ErrSyntax, len(rec), n+1, n)
		}
		if name := strings.TrimSpace(rec[0]); name != names[i] {
			return nil, perr(i+1, "", "%w: row named %q, want %q (rows in the header's order)", article9.ErrInvalidValue, name, names[i])
		}
		a[i], given[i] = make([]float64, n), make([]bool, n)
		for j := range n {
			v := strings.TrimSpace(rec[j+1])
			if v == "" {
				continue
			}
			x, err := parseJudgement(v)
			if err != nil {
				return nil, perr(i+1, names[j], "%w", err)
			}
			a[i][j], given[i][j] = x, true
		}
	}
	for i := range n {
		for j := range n {
			switch {
			case given[i][j]:
			case i == j:
				a[i][j] = 1
			case given[j][i]:
				a[i][j] = 1 / a[j][i]
			default:
				return nil, perr(i+1, names[j], "%w: blank, and so is %s over %s: give one of the two", article9.ErrMissingValue, names[j], names[i])
			}
		}
	}
	return &Pairwise{Names: names, Matrix: a}, nil
}

// parseJudgement parses a positive number or a fraction a/b.
func parseJudgement(v string) (float64, error) {
	num, den, frac := strings.Cut(v, "/")
	x, err := positive(strings.TrimSpace(num))
	if err == nil && frac {
		var d float64
		if d, err = positive(strings.TrimSpace(den)); err == nil {
			x /= d
		}
	}
	if err != nil || x <= 0 || math.IsInf(x, 0) {
		return 0, fmt.Errorf("%w %q (allowed: a positive number or fraction, such as 3 or 1/3)", article9.ErrInvalidValue, v)
	}
	return x, nil
}

func positive(s string) (float64, error) {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return 0, errors.New("not positive")
	}
	return x, nil
}

func isBlankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// AHP returns the AHP weights and consistency ratio of p, as AHP does, with
// p's names in an *InconsistencyError.
func (p *Pairwise) AHP() (weights []float64, cr float64, err error) {
	weights, cr, err = AHP(p.Matrix)
	var ie *InconsistencyError
	if errors.As(err, &ie) {
		ie.Names = p.Names
	}
	return weights, cr, err
}

// Weights returns p's AHP weights aligned with criteria: each criterion
// named in p gets its weight, the others 0. It is an error if p names a
// criterion not in criteria. See AHP for cr and the errors.
func (p *Pairwise) Weights(criteria []Criterion) (weights []float64, cr float64, err error) {
	idx := make([]int, len(p.Names))
	for j, name := range p.Names {
		if idx[j] = criterionIndex(criteria, name); idx[j] < 0 {
			return nil, 0, fmt.Errorf("priority: pairwise matrix names unknown criterion %q (allowed: %s)", name, criterionNames(criteria))
		}
	}
	w, cr, err := p.AHP()
	if w == nil {
		return nil, 0, err
	}
	weights = make([]float64, len(criteria))
	for j, k := range idx {
		weights[k] = w[j]
	}
	return weights, cr, err
}
