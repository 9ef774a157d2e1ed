package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/article9/article9/priority"
)

// jsonRanking is the -format json schema (see the package documentation);
// the field order is the key order.
type jsonRanking struct {
	AsOf             string             `json:"as_of"`
	Method           string             `json:"method"`
	Weights          map[string]float64 `json:"weights"`
	ConsistencyRatio *float64           `json:"consistency_ratio"`
	States           []jsonState        `json:"states"`
}

type jsonState struct {
	Rank          int                `json:"rank"`
	Tier          int                `json:"tier"`
	ISO3          string             `json:"iso3"`
	Name          string             `json:"name"`
	Score         float64            `json:"score"`
	Contributions map[string]float64 `json:"contributions"`
	Imputed       []string           `json:"imputed"`
	Reasons       []string           `json:"reasons"`
	RankInterval  *[2]int            `json:"rank_interval"`
	PTop          *float64           `json:"p_top"`
}

func writeJSON(w io.Writer, r *priority.Ranking) error {
	out := jsonRanking{
		AsOf:    r.AsOf.Format(time.DateOnly),
		Method:  r.Method.String(),
		Weights: map[string]float64{},
		States:  make([]jsonState, 0, len(r.Entries)),
	}
	for k, c := range r.Criteria {
		out.Weights[c.Name] = r.Weights[k]
	}
	if r.HasCR {
		out.ConsistencyRatio = &r.ConsistencyRatio
	}
	for _, e := range r.Entries {
		s := jsonState{
			Rank: e.Rank, Tier: e.Tier, ISO3: e.State.ISO3, Name: e.State.Name, Score: e.Score,
			Contributions: map[string]float64{},
			Imputed:       append([]string{}, e.Imputed...),
			Reasons:       make([]string, 0, len(e.Reasons)),
		}
		for k, c := range r.Criteria {
			s.Contributions[c.Name] = e.Contributions[k]
		}
		for _, rs := range e.Reasons {
			s.Reasons = append(s.Reasons, rs.Text)
		}
		if r.Samples > 0 {
			iv, p := e.Interval, e.PTop
			s.RankInterval, s.PTop = &iv, &p
		}
		out.States = append(out.States, s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeCSV(w io.Writer, r *priority.Ranking) error {
	cw := csv.NewWriter(w)
	head := []string{"rank", "tier", "iso3", "name", "score"}
	for _, c := range r.Criteria {
		head = append(head, "contribution:"+c.Name)
	}
	head = append(head, "imputed", "reasons", "change", "rank_low", "rank_high", "median_rank", "p_top")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, e := range r.Entries {
		row := []string{strconv.Itoa(e.Rank), strconv.Itoa(e.Tier), e.State.ISO3, e.State.Name, num(e.Score)}
		for _, c := range e.Contributions {
			row = append(row, num(c))
		}
		row = append(row, strings.Join(e.Imputed, "|"), joinReasons(e.Reasons, "; "), e.Change.Text)
		if r.Samples > 0 {
			row = append(row, strconv.Itoa(e.Interval[0]), strconv.Itoa(e.Interval[1]), strconv.Itoa(e.MedianRank), num(e.PTop))
		} else {
			row = append(row, "", "", "", "")
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func joinReasons(rs []priority.Reason, sep string) string {
	texts := make([]string, len(rs))
	for i, r := range rs {
		texts[i] = r.Text
	}
	return strings.Join(texts, sep)
}

// tableInfo is what the table's header says beyond the Ranking.
type tableInfo struct {
	scope    priority.Scope
	inScope  int
	embedded bool
	source   string
	k        int
}

var scopeText = map[priority.Scope]string{
	priority.Outstanding:  "in process, incomplete or no information",
	priority.Insufficient: "incomplete or no information",
	priority.Parties:      "all States Parties",
}

func writeTable(w io.Writer, r *priority.Ranking, info tableInfo) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "Priority for Article 9 outreach, as of %s\n", r.AsOf.Format("2 January 2006"))
	source := info.source
	if info.embedded {
		source = "the embedded " + source + " dataset"
	}
	fmt.Fprintf(b, "Data:      %s\n", source)
	fmt.Fprintf(b, "Scope:     %s, %d States Parties (%s)\n", info.scope, info.inScope, scopeText[info.scope])
	method := "weighted sum"
	if r.Method == priority.TOPSIS {
		method = "TOPSIS (closeness to the neediest profile)"
	}
	fmt.Fprintf(b, "Method:    %s\n", method)
	var ws []string
	for k, c := range r.Criteria {
		ws = append(ws, fmt.Sprintf("%s %.3f", c.Name, r.Weights[k]))
	}
	cr := "given directly"
	if r.HasCR {
		cr = fmt.Sprintf("AHP, consistency ratio %.3f", r.ConsistencyRatio)
	}
	fmt.Fprintf(b, "Weights:   %s (%s)\n", strings.Join(ws, ", "), cr)
	fmt.Fprintf(b, "Tiers:     1 = approach first (score ≥ %.2f), 2 = follow up (≥ %.2f), 3 = keep in view\n", r.Tiers[0], r.Tiers[1])
	if r.Samples > 0 {
		fmt.Fprintf(b, "Ranks:     5th–95th percentile rank over %d weight samples (Dirichlet, concentration %g, seed %d)\n", r.Samples, r.Concentration, r.Seed)
	}
	b.WriteString("\n")
	if len(r.Entries) == 0 {
		b.WriteString("No States Parties in scope.\n")
	} else {
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, "RANK\tTIER\tISO\tSTATE PARTY\tSCORE")
		if r.Samples > 0 {
			fmt.Fprintf(tw, "\tRANKS\tP(TOP %d)", r.TopK)
		}
		fmt.Fprint(tw, "\tMAIN REASONS\n")
		for _, e := range r.Entries {
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%.3f", e.Rank, e.Tier, e.State.ISO3, e.State.Name, e.Score)
			if r.Samples > 0 {
				ranks := strconv.Itoa(e.Interval[0])
				if e.Interval[1] != e.Interval[0] {
					ranks += "–" + strconv.Itoa(e.Interval[1])
				}
				fmt.Fprintf(tw, "\t%s\t%.2f", ranks, e.PTop)
			}
			reasons := joinReasons(e.Reasons[:min(2, len(e.Reasons))], "; ")
			if reasons == "" {
				reasons = "–"
			}
			fmt.Fprintf(tw, "\t%s\n", reasons)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if info.embedded {
		b.WriteString("\nArticle 9 status from Cluster Munition Monitor country profiles; the counts differ from the\nconcept note's (from the ISU's Article 7 table, which is not public).\n")
	}
	b.WriteString("All reasons, and the single change that would move each State furthest down: -format csv.\n")
	_, err := io.WriteString(w, b.String())
	return err
}
