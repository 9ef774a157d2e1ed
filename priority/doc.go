// Package priority ranks States Parties for outreach on national
// implementation (Article 9) of the Convention on Cluster Munitions: whom to
// approach first (Lausanne Action Plan Actions 47 and 48, work-plan Action
// G), why, what single change would move each State down the list, and how
// robust each rank is to the weights.
//
// A Model turns each State into needs, one per Criterion, in [0, 1] (1 is
// the greatest need), weighs them and aggregates them into a score; Rank
// sorts the States by score. The zero Model is the default below:
//
//	states := priority.Outstanding.Select(article9.CCM().States)
//	r, err := priority.Model{}.Rank(states, article9.CCMAsOf)
//
// # Scopes
//
// Outstanding (the default) selects the States Parties whose position is in
// process, incomplete or unknown; Insufficient only those with incomplete or
// no information (Action G's list); Parties all States Parties. Signatories
// and withdrawn States are never selected, and Rank refuses them.
//
// # Default criteria
//
// gap (information gap), from the Article 9 status: no information 1,
// incomplete 0.75, in process 0.5, existing law 0.1, specific legislation 0.
// The first steps are even; existing law deemed sufficient sits near
// specific legislation, since the State has reported its measures as in
// place, but not at 0, since the ICRC recommends specific legislation with
// penal sanctions and such reviews are worth revisiting.
//
// staleness, from the year of the newest information on the State's
// position: 0 at one year old or less, rising linearly to 1 at ten years or
// more ((age − 1)/9). Specific legislation does not go stale: 0. Unknown
// without a year.
//
// reporting, from Article 7 transparency reporting: 1 if the initial report
// is overdue (as recorded, or, when the record is silent, because the State
// never reported and the report was due 180 days after entry into force);
// else 0.2 for each annual report missed since the last one (due each 30
// April), 1 from five; 0 when up to date. Unknown when nothing is recorded.
//
// deadline, from Action 47, which expects measures before the 11th Meeting
// of States Parties (11 September 2023) or within two years of entry into
// force for newer States Parties (ActionDeadline takes the later date): 0
// with measures in place (specific legislation or existing law) or before
// the deadline, rising linearly to 1 at five years past it. Unknown without
// an entry-into-force date.
//
// obligations (obligations at stake), from Article 3 stockpile destruction,
// Article 4 clearance and Article 5 victim assistance still running: 0.5 for
// each, at most 1. Penal sanctions matter most where the Convention's
// operative obligations are live. Obligation lists record the obligations
// that run, so a blank flag counts as none as long as one of the three is
// known; unknown when all three are blank.
//
// assistance (assistance requested), Action 48: 1 for a State that has
// formally requested assistance, a request that coordinators must follow up
// (Action A), else 0. A request is an act on record, so a blank means none:
// this criterion is never unknown.
//
// Users add criteria: Indicator for a states file's indicator:NAME column,
// or any Criterion with a Go function.
//
// # Missing values
//
// Each criterion says what an unknown value becomes: Worst (the default)
// counts it as 1, because for outreach no information is itself the
// problem; Neutral as 0.5, the middle of the scale, independent of the other
// States; Exclude leaves the criterion out for that State and renormalises
// its other weights. Every unknown value is listed in Entry.Imputed, and
// its reason, when it adds to the score, says how it was counted.
//
// # Weights
//
// Direct normalises weights given directly (zero turns a criterion off);
// ROC gives rank-order centroid weights for criteria ranked by importance;
// AHP derives weights from a pairwise comparison matrix as its principal
// eigenvector (gonum mat.Eigen) with Saaty's consistency ratio CR =
// ((λmax − n)/(n − 1))/RI(n), and above CR 0.1 reports the judgements that
// disagree most with the weights, by Saaty's perturbation a_ij·w_j/w_i.
// ReadPairwise reads a matrix from CSV.
//
// The default weights come from DefaultPairwise, a matrix whose judgements
// are each explained in the code: gap 0.403, staleness 0.147, reporting
// 0.147, deadline 0.079, obligations 0.076, assistance 0.147 (CR 0.003).
//
// # Methods
//
// WeightedSum scores Σ w_k·need_k. The contribution of criterion k is the
// term w_k·need_k, and the score is computed as the sum of the
// contributions in criterion order, so they add up to it exactly.
//
// TOPSIS normalises each criterion by its vector norm over the ranked
// States, r_ik = need_ik/√Σ_i need_ik², takes the ideal State as the
// greatest normalised need on every criterion and the anti-ideal as the
// least, and scores the closeness C = D⁻/(D⁺ + D⁻), with D⁺ and D⁻ the
// weighted Euclidean distances to the ideal and the anti-ideal. The score is
// explained by each criterion's share of the squared distance to the
// anti-ideal: contribution_k = C·w_k²(r_ik − r⁻_k)²/D⁻², which sum to C.
// A criterion on which the State is no needier than the least needy State
// contributes nothing. Degenerate cases give no NaN: a criterion with zero
// range adds to neither distance; when no State differs from another on any
// weighted criterion (one State, all identical) every score is 0.5, shared
// by weight. TOPSIS is relative: a need few States share, such as a request
// for assistance, weighs more than under the weighted sum, and scores
// depend on which States are ranked together.
//
// # Ranking, tiers, reasons, changes
//
// States are ranked by score, highest first; scores within Epsilon (1e-12)
// tie and share a rank (1, 2, 2, 4), ordered by ISO code. Tiers cut the
// scores: tier 1 ("approach first") from DefaultTier1 = 0.5, which with the
// default weights takes a State with no information and one more need (an
// overdue report, or information six or more years old), or with
// incomplete information ten or more years old and obligations running;
// tier 2 ("follow up") from DefaultTier2 = 0.4, which takes incomplete
// information six or more years old, or legislation in process with a
// request for assistance, or with two obligations running, on top of
// information several years old; tier 3 ("keep in view") below, such as
// legislation in process with no other need. The cut-offs suit the
// weighted sum with default weights; set Model.Tiers for other models.
//
// Each Entry has reasons in plain English, one per criterion that adds to
// the score, largest contribution first, with facts ("no update since 2015
// (10 years)", "initial transparency report overdue"), and Reason.Criterion
// so that callers can translate them. Its Change is the single change that
// moves the State furthest down, others unchanged: for gap, each better
// status the State could report (dated in the as-of year, so staleness and
// the deadline follow); for each other criterion with a remedy, its need
// set to 0; ties go to the smaller step, then to criterion order.
//
// # Stability
//
// Stability repeats the ranking under weights drawn from a Dirichlet
// distribution centred on the model's weights (gonum stat/distmv), α_k =
// c·w_k with concentration c = 100 by default: each weight varies with
// standard deviation √(w_k(1 − w_k)/(c + 1)), about a sixth of a weight of
// 0.25, a plausible disagreement between coordinators. Zero weights stay
// zero. Per State it reports the 5th–95th percentile rank interval, the
// median rank and the probability of ranking in the top K. Randomness comes
// from a seeded PCG: the same seed gives the same result.
//
// # Performance
//
// Measured on the 2-core development machine (AMD EPYC) with
//
//	go test -run x -bench . -benchmem ./priority/
//
// Stability with 10,000 samples over the 111 States Parties and the 6
// default criteria takes 14 ms with the weighted sum and 31 ms with TOPSIS
// on a quiet machine; the sampling loop does not allocate (the allocations
// are Rank's, mostly for the changes):
//
//	BenchmarkStability/wsum-2     98   13967429 ns/op    305551 B/op   2902 allocs/op
//	BenchmarkStability/topsis-2   37   31123433 ns/op   5210751 B/op   4297 allocs/op
//	BenchmarkRank/wsum-2        3566     350315 ns/op    246173 B/op   2890 allocs/op
//	BenchmarkRank/topsis-2       290    4812348 ns/op   5139881 B/op   4281 allocs/op
//
// With the machine shared by other builds (load average 13 on 2 cores) the
// same runs took 40–65 ms and 75–100 ms: well within the 200 ms budget.
package priority
