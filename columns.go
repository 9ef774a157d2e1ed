package article9

import "strings"

// Columns lists the states file's columns in the order WriteCSV writes them.
// Indicator columns, "indicator:NAME", follow them, sorted by name.
var Columns = []string{
	"iso3", "name", "name_fr", "name_es",
	"region", "subregion", "un_group", "organisations",
	"capital", "lat", "lon", "language",
	"party", "signed", "ratified", "entry_into_force",
	"status", "status_year", "assistance_requested",
	"last_article7_report", "initial_report_overdue",
	"stockpile", "contaminated", "victims",
	"investment_ban", "investment_measure",
	"source", "notes",
}

// IndicatorPrefix starts the header of a user's own numeric column.
const IndicatorPrefix = "indicator:"

var requiredColumns = []string{"iso3", "name", "lat", "lon"}

// nearest returns the candidate closest to name by edit distance.
func nearest(name string, candidates []string) string {
	best, bestD := "", -1
	n := strings.ToLower(name)
	for _, c := range candidates {
		d := editDistance(n, c)
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64] // a header that long is no near miss; bound the work
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
