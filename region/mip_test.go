package region

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// writeMIP writes p as a mixed-integer programme in CPLEX LP format, the
// textbook formulation of the planner's model, built from p alone:
//
//	min Σ w_i·d_ij·x_ij
//	Σ_j x_ij = 1 for each State; x_ij ≤ y_j;
//	low·y_j ≤ Σ_i x_ij ≤ cap_j·y_j; Σ_j y_j ≤ K; y_j = 1 if forced,
//
// x and y binary, x_ij only where the languages fit.
func writeMIP(w io.Writer, p Problem) error {
	b := bufio.NewWriter(w)
	capOf := func(v Venue) int {
		switch {
		case v.Capacity > 0:
			return v.Capacity
		case p.Capacity > 0:
			return p.Capacity
		}
		return DefaultCapacity
	}
	low := max(p.MinSize, 1)
	fits := func(i, j int) bool { return p.Venues[j].Offers(p.States[i].Language) }
	excluded := map[string]bool{}
	for _, id := range p.Exclude {
		excluded[id] = true
	}
	fmt.Fprintln(b, "Minimize\n obj:")
	for i, s := range p.States {
		wt := 1.0
		if x, ok := p.Weights[s.ISO3]; ok {
			wt = x
		}
		for j, v := range p.Venues {
			if fits(i, j) {
				fmt.Fprintf(b, " + %.17g x_%d_%d\n", wt*p.distance(s, v), i, j)
			}
		}
	}
	fmt.Fprintln(b, "Subject To")
	for i := range p.States {
		fmt.Fprintf(b, " one_%d:", i)
		for j := range p.Venues {
			if fits(i, j) {
				fmt.Fprintf(b, " + x_%d_%d", i, j)
			}
		}
		fmt.Fprintln(b, " = 1")
		for j := range p.Venues {
			if fits(i, j) {
				fmt.Fprintf(b, " link_%d_%d: x_%d_%d - y_%d <= 0\n", i, j, i, j, j)
			}
		}
	}
	for j, v := range p.Venues {
		for _, sense := range []string{"cap", "low"} {
			fmt.Fprintf(b, " %s_%d:", sense, j)
			for i := range p.States {
				if fits(i, j) {
					fmt.Fprintf(b, " + x_%d_%d", i, j)
				}
			}
			if sense == "cap" {
				fmt.Fprintf(b, " - %d y_%d <= 0\n", capOf(v), j)
			} else {
				fmt.Fprintf(b, " - %d y_%d >= 0\n", low, j)
			}
		}
	}
	fmt.Fprint(b, " k:")
	for j := range p.Venues {
		fmt.Fprintf(b, " + y_%d", j)
	}
	fmt.Fprintf(b, " <= %d\n", p.K)
	for _, id := range p.Open {
		for j, v := range p.Venues {
			if v.ID == id {
				fmt.Fprintf(b, " open_%d: y_%d = 1\n", j, j)
			}
		}
	}
	for j, v := range p.Venues {
		if excluded[v.ID] {
			fmt.Fprintf(b, " shut_%d: y_%d = 0\n", j, j)
		}
	}
	fmt.Fprintln(b, "Binary")
	for i := range p.States {
		for j := range p.Venues {
			if fits(i, j) {
				fmt.Fprintf(b, " x_%d_%d\n", i, j)
			}
		}
	}
	for j := range p.Venues {
		fmt.Fprintf(b, " y_%d\n", j)
	}
	fmt.Fprintln(b, "End")
	return b.Flush()
}

// cbcOptimum solves p's MIP with the COIN-OR CBC solver, if installed.
func cbcOptimum(t *testing.T, p Problem) (float64, bool) {
	t.Helper()
	cbc, err := exec.LookPath("cbc")
	if err != nil {
		t.Skip("cbc (Debian package coinor-cbc) is not installed")
	}
	dir := t.TempDir()
	lp := filepath.Join(dir, "plan.lp")
	f, err := os.Create(lp)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeMIP(f, p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, err := exec.Command(cbc, lp, "ratio", "0", "allow", "0", "solve", "quit").CombinedOutput()
	if err != nil {
		t.Fatalf("cbc: %v\n%s", err, out)
	}
	if regexp.MustCompile(`Result - .*infeasible`).Match(out) {
		return 0, false
	}
	m := regexp.MustCompile(`Result - Optimal solution found\s+Objective value:\s+([0-9.e+-]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("cbc found no optimum:\n%s", out)
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		t.Fatal(err)
	}
	return v, true
}
