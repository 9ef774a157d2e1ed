package region

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"
)

// diagnose checks necessary conditions for a plan to exist, in an order that
// names the most specific cause first, and explains the first that fails in
// a coordinator's words. Passing them all does not prove a plan exists; the
// solver finds out, and says so if none does.
func (in *instance) diagnose() error {
	p, n, low := in.p, len(in.states), in.low
	forced := slices.Sorted(maps.Keys(in.forced))
	if len(forced) > p.K {
		return infeasible("%s forced open (%s) but at most %s allowed", count(len(forced), "venue is", "venues are"), strings.Join(forced, ", "), count(p.K, "workshop is", "workshops are"))
	}
	for c, v := range in.cands {
		if !in.forced[v.ID] {
			continue
		}
		if cp := p.capacity(v); cp < low {
			return infeasible("venue %s is forced open but seats %s, fewer than the minimum workshop size of %d", v.ID, count(cp, "State", "States"), low)
		}
		if r := in.reach[c]; r < low {
			if r == 0 {
				return infeasible("venue %s is forced open but no invited State works in a language it offers (%s)", v.ID, strings.Join(v.Languages, ", "))
			}
			return infeasible("venue %s is forced open but only %s in a language it offers (%s), fewer than the minimum workshop size of %d", v.ID, count(r, "invited State works", "invited States work"), strings.Join(v.Languages, ", "), low)
		}
	}
	if n < low {
		return infeasible("only %s invited but every workshop needs at least %d", count(n, "State is", "States are"), low)
	}
	if len(forced)*low > n {
		return infeasible("%d workshops are forced open with at least %d States each, but only %s invited", len(forced), low, count(n, "State is", "States are"))
	}
	if err := in.diagnoseLanguages(); err != nil {
		return err
	}
	return in.diagnoseSeats()
}

// diagnoseLanguages finds States no usable venue can take.
func (in *instance) diagnoseLanguages() error {
	if len(in.cands) == 0 {
		return infeasible("every candidate venue is excluded")
	}
	if !in.anyUsable() {
		return infeasible("no venue can hold a workshop of the minimum size %d: each seats fewer or reaches fewer invited States", in.low)
	}
	byLang := map[string][]string{}
	for _, s := range in.states {
		found := false
		for c, v := range in.cands {
			if v.Offers(s.Language) && in.usable(c) {
				found = true
				break
			}
		}
		if !found {
			byLang[s.Language] = append(byLang[s.Language], s.ISO3)
		}
	}
	if len(byLang) == 0 {
		return nil
	}
	lang := slices.Sorted(maps.Keys(byLang))[0] // the first, to name one cause
	isos := byLang[lang]
	who := fmt.Sprintf("%s (%s)", count(len(isos), lang+"-speaking State", lang+"-speaking States"), list(isos))
	var offering, excluded []string
	for _, v := range in.p.Venues {
		switch {
		case !v.Offers(lang):
		case in.candidate(v.ID):
			offering = append(offering, v.ID)
		default:
			excluded = append(excluded, v.ID)
		}
	}
	slices.Sort(offering)
	slices.Sort(excluded)
	switch {
	case len(offering) == 0 && len(excluded) == 0:
		return infeasible("%s but no venue offers %s", who, lang)
	case len(offering) == 0:
		return infeasible("%s but the venues offering %s are excluded (%s)", who, lang, strings.Join(excluded, ", "))
	}
	return infeasible("%s but no venue offering %s (%s) can hold a workshop of the minimum size %d: each seats fewer or reaches fewer invited States", who, lang, strings.Join(offering, ", "), in.low)
}

func (in *instance) anyUsable() bool {
	for c := range in.cands {
		if in.usable(c) {
			return true
		}
	}
	return false
}

func (in *instance) candidate(id string) bool {
	for _, v := range in.cands {
		if v.ID == id {
			return true
		}
	}
	return false
}

// diagnoseSeats checks that enough seats can be opened: for all States,
// for the States of each working language (or set of languages), and that
// few enough venues can offer every language needed.
func (in *instance) diagnoseSeats() error {
	p, n := in.p, len(in.states)
	var usable []int // candidate indices
	nForced := 0
	for c, v := range in.cands {
		if in.usable(c) {
			usable = append(usable, c)
			if in.forced[v.ID] {
				nForced++
			}
		}
	}
	kmax := min(p.K, n/in.low, len(usable))
	with := "" // the forced venues, which take slots
	if len(in.forced) > 0 {
		with = ", with " + strings.Join(slices.Sorted(maps.Keys(in.forced)), ", ") + " forced open"
	}
	// seats returns the most seats at most kmax usable venues offering a
	// language in mask can give, forced venues included, and whether all
	// the venues counted seat the same.
	langs := in.languages()
	seats := func(mask uint32) (total int, same int) {
		var free []int
		same = -1
		add := func(cp int) {
			total += cp
			if same == -1 || same == cp {
				same = cp
			} else {
				same = 0
			}
		}
		for _, c := range usable {
			v := in.cands[c]
			if mask != 0 && in.offersMask(v, langs)&mask == 0 {
				continue
			}
			if in.forced[v.ID] {
				add(p.capacity(v))
			} else {
				free = append(free, p.capacity(v))
			}
		}
		slices.SortFunc(free, func(a, b int) int { return b - a })
		for _, cp := range free[:min(len(free), max(0, kmax-nForced))] {
			add(cp)
		}
		return total, same
	}
	if total, same := seats(0); total < n {
		switch {
		case kmax < p.K && kmax == n/in.low:
			return infeasible("%d States with at least %d at each workshop allow at most %s only %d", n, in.low, count(kmax, "workshop, which seats", "workshops, which seat"), total)
		case kmax < p.K && kmax == 1:
			return infeasible("%d States are invited but the only venue that can hold a workshop seats %d", n, total)
		case kmax < p.K:
			return infeasible("%d States are invited but the only %d venues that can hold a workshop seat %d", n, kmax, total)
		case same > 0:
			return infeasible("%d States are invited but %s × %d seats make only %d seats", n, count(kmax, "workshop", "workshops"), same, total)
		}
		if with != "" {
			return infeasible("%d States are invited but %s seat at most %d%s", n, count(kmax, "workshop", "workshops"), total, with)
		}
		return infeasible("%d States are invited but the largest %s seat only %d", n, count(kmax, "workshop", "workshops"), total)
	}
	if len(langs) == 0 || len(langs) > 16 {
		return nil
	}
	if need := in.coverCount(usable, langs); need > kmax {
		if kmax == 1 {
			return infeasible("the States work in %s but no venue offers all of them%s", joinAnd(langs), with)
		}
		return infeasible("the States work in %s but no %d venues together offer all of them%s", joinAnd(langs), kmax, with)
	}
	// Hall's condition: the States working in the languages of any set must
	// fit in the venues offering one of them. Singletons first: their
	// message is the clearest.
	masks := make([]uint32, 0, 1<<len(langs)-1)
	for mask := uint32(1); mask < 1<<len(langs); mask++ {
		masks = append(masks, mask)
	}
	slices.SortStableFunc(masks, func(a, b uint32) int { return bits.OnesCount32(a) - bits.OnesCount32(b) })
	for _, mask := range masks {
		var isos, names []string
		for _, s := range in.states {
			if i := slices.Index(langs, s.Language); i >= 0 && mask&(1<<i) != 0 {
				isos = append(isos, s.ISO3)
			}
		}
		for i, l := range langs {
			if mask&(1<<i) != 0 {
				names = append(names, l)
			}
		}
		total, _ := seats(mask)
		if len(isos) <= total {
			continue
		}
		if len(names) == 1 {
			return infeasible("%s (%s) but the venues offering %s seat only %d in at most %s%s", count(len(isos), names[0]+"-speaking State", names[0]+"-speaking States"), list(isos), names[0], total, count(kmax, "workshop", "workshops"), with)
		}
		return infeasible("%d States work in %s (%s) but the venues offering those languages seat only %d in at most %s%s", len(isos), joinAnd(names), list(isos), total, count(kmax, "workshop", "workshops"), with)
	}
	return nil
}

// languages returns the States' working languages, sorted, "" left out.
func (in *instance) languages() []string {
	var out []string
	for _, s := range in.states {
		if s.Language != "" && !slices.Contains(out, s.Language) {
			out = append(out, s.Language)
		}
	}
	slices.Sort(out)
	return out
}

// offersMask returns the languages of langs (a bit each) v offers.
func (in *instance) offersMask(v Venue, langs []string) uint32 {
	var mask uint32
	for i, l := range langs {
		if v.Offers(l) {
			mask |= 1 << i
		}
	}
	return mask
}

// coverCount returns the fewest usable venues, forced ones included, that
// together offer every language in langs (a set cover, by dynamic
// programming over the 2^len(langs) subsets).
func (in *instance) coverCount(usable []int, langs []string) int {
	full := uint32(1)<<len(langs) - 1
	start, base := uint32(0), 0
	var masks []uint32
	for _, c := range usable {
		v := in.cands[c]
		if in.forced[v.ID] {
			start |= in.offersMask(v, langs)
			base++
		} else {
			masks = append(masks, in.offersMask(v, langs))
		}
	}
	const inf = 1 << 30
	best := make([]int, full+1)
	for i := range best {
		best[i] = inf
	}
	best[start] = base
	for mask := uint32(0); mask <= full; mask++ {
		if best[mask] == inf {
			continue
		}
		for _, m := range masks {
			if next := mask | m; best[mask]+1 < best[next] {
				best[next] = best[mask] + 1
			}
		}
	}
	return best[full]
}

// count returns "1 venue is" or "3 venues are".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// list joins ISO codes, showing at most eight.
func list(isos []string) string {
	if len(isos) > 8 {
		return strings.Join(isos[:8], ", ") + ", …"
	}
	return strings.Join(isos, ", ")
}

// joinAnd returns "ar", "ar and es" or "ar, es and pt".
func joinAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
