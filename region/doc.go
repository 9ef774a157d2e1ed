// Package region groups States by region and plans regional workshops
// (work-plan Action E): which venues to use and which States go to which, at
// the least travel, with a proof of how good the plan is.
//
// GroupBy groups States by UN M49 region or subregion, UN regional group or
// regional organisation, with each group's counts by Article 9 status.
// Distance is the great-circle distance on a sphere of radius EarthRadius;
// a DistanceFunc lets a caller plan on fares or travel times instead.
// ReadVenues reads candidate venues, DefaultVenues returns the embedded
// ones. Solve plans; Verify checks any plan, the solver's or a user's.
// The package never imports package priority: the caller chooses whom to
// invite, and may weight them.
//
// # The venues file
//
// A venues file is CSV read with the strictness of the states reader
// (package article9): one header row naming the columns in any order, UTF-8
// with or without a byte-order mark, ',' or ';' as separator, LF or CRLF,
// RFC 4180 quoting; an unknown column is an error naming the nearest known
// one. The columns are:
//
//	id           required; short unique id: letters, digits, '-', '_', '.'
//	city         required
//	lat, lon     required; decimal degrees, −90..90 and −180..180
//	name, country, institution, event
//	languages    two-letter codes separated by '|' (en|fr|pt); blank = any
//	capacity     most States at one workshop, 1 or more; blank = the planner's default
//	date         YYYY-MM-DD, the date of the event
//
// # The model
//
// States i are invited, candidate venues j may hold a workshop, d(i,j) is the
// distance from State i's capital to venue j and w_i the State's weight
// (delegates; 1 unless Problem.Weights says otherwise). A plan opens at most
// K venues and sends every State to one open venue, minimising
//
//	Σ_i w_i·d(i, venue of i)
//
// subject to: each venue holds at most its capacity (its own, else
// Problem.Capacity, else DefaultCapacity); each opened workshop has at least
// Problem.MinSize States, and at least one; a State goes only to a venue
// whose languages include its working language (blank on either side means
// any); venues in Problem.Open are opened (they count towards K) and venues
// in Problem.Exclude are not. The optimum may open fewer than K venues.
//
// # The algorithm, and why
//
// This is a capacitated p-median problem with assignment restrictions and
// lower bounds, NP-hard in general. Coordinators' instances (up to 60
// States, 30 venues, K up to 8) are solved to proven optimality; large ones
// (1,000 States, 50 venues, K = 10) to a proven gap. Trying every set of at
// most K venues is exact but C(30, 8) alone is 5.8 million sets; the linear
// programme has n·m assignment variables (50,000 for the large instance),
// too many for gonum's dense simplex. The method is instead the classic
// Lagrangian branch and bound for capacitated p-median problems (Beasley,
// 1993), whose bound is at least as strong as the linear programme's and
// costs one selection per venue:
//
//  1. Checks. The Problem is put in canonical order (States by ISO code,
//     venues by ID) and necessary conditions are checked, each failure
//     explained in a coordinator's words: forced venues against K, their
//     capacity and the States that can reach them; the minimum size
//     against the States; a language no usable venue offers; the seats of
//     the best K venues, for all States and, as Hall's condition, for the
//     States of every set of languages; and the fewest venues that together
//     offer every language (a set cover by dynamic programming over
//     language subsets). O(n·m + 2^L·m) for L languages.
//
//  2. Assignment. For a fixed set S of k venues, the best assignment is a
//     transportation problem, solved exactly as a min-cost flow by
//     successive shortest paths. A venue's minimum size is a lower bound
//     on its arc to the sink, handled by a two-part cost compared
//     lexicographically (first fill every venue up to its minimum, then
//     least cost); costs are integers (weighted distance scaled so that
//     a total stays below 2⁵⁰), so ties and optimality are exact. States
//     are inserted one at a time along a shortest augmenting path, found by
//     Bellman–Ford on a graph of the k venues whose arc a→b is the cheapest
//     move of a State from a to b (a heap per pair). O(n·k³ + n·k²·log n).
//
//  3. Incumbent. A greedy plan (add the venue that most lowers the
//     uncapacitated cost) improved by local search: drop, add and swap
//     moves, each judged by the exact assignment, tried cheapest first and
//     only when the uncapacitated cost of the new set, a lower bound on its
//     exact cost, beats the current plan. Venue sets met during the bound
//     computation are assigned exactly too when their nearest-venue cost
//     beats the incumbent (the Lagrangian heuristic).
//
//  4. Bound. The constraints "each State goes to exactly one venue" are
//     relaxed with a multiplier u_i each. The relaxation splits by venue:
//     v_j(u) is the least Σ (w_i·d(i,j) − u_i) over between MinSize and
//     capacity States that can reach j (the MinSize smallest reduced costs
//     plus any further negative ones: one quickselect); then the venues
//     are chosen to minimise Σ v_j with the forced ones in, at most K, and
//     enough seats for every State, a valid inequality that makes the bound
//     strong when seats are tight (a knapsack over venues and seats, solved
//     by dynamic programming in O(m·K·n) when it binds). L(u) = Σ u_i +
//     Σ v_j is a lower bound for every u; subgradient ascent with Polyak's
//     step (target: the incumbent) maximises it. One evaluation is O(n·m)
//     on average, plus the venue choice. When the relaxation's
//     solution assigns every State once, it is itself an optimal plan.
//
//  5. Branch and bound, best bound first, over venue decisions (open,
//     closed, undecided). At each node the multipliers of the ascent give,
//     for free, the bound with each undecided venue forced open or closed:
//     a venue whose one choice cannot beat the incumbent is fixed to the
//     other, and the node branches on the venue whose weaker child bound is
//     highest. A node with K venues open, or none undecided, is solved
//     exactly by the assignment. Children start from their parent's
//     multipliers.
//
// The search stops when the gap between the incumbent and the least bound
// of the open nodes is within Problem.Gap (0 by default: proven optimal to
// a relative 1e-9, up to the integer rounding of step 2, about 1e-12 of the
// cost), or after Problem.MaxNodes nodes, a budget that keeps the running
// time deterministic. The worst case is exponential in the number of venues,
// as for any exact method for an NP-hard problem; in practice the bound is
// tight and few nodes are needed (see Performance). Every plan Solve returns
// has passed Verify.
//
// The search visits States and venues in canonical order and keeps the
// first of equal-cost plans it finds, so the same Problem gives the same
// plan whatever the order of its States and venues; of two equally good
// venues the one with the smaller ID is usually kept.
//
// # Performance
//
// Measured with
//
//	go test -run '^$' -bench . -benchmem ./region
//
// on a 2-core AMD EPYC, Go 1.26. Times are CPU milliseconds per solve
// (cpu-ms/op: the process's user and system time, which other load on a
// shared machine does not inflate as it does ns/op; on a quiet machine the
// two agree):
//
//	instance                                      K   CPU       nodes  result
//	58 outstanding States, 18 default venues       4   17 ms     53     optimal
//	                                               5   7.5 ms    41     optimal
//	                                               6   0.64 ms   1      optimal
//	                           minimum size 9      6   11 ms     37     optimal
//	200 generated States, 50 venues, 40 seats      8   5.3 ms    1      optimal
//	1,000 States, 50 venues, 150 seats, Gap 1%    10   29 ms     1      gap 0.95%
//	                                     Gap 0    10   109 ms    15     optimal
//	1,000 States spread evenly, 105 seats
//	(1,050 for 1,000), Gap 1%                     10   98 ms     1      gap 0.20%
//	                                     Gap 0    10   282 ms    33     optimal
//	1,000 States spread evenly, 120 seats,
//	minimum size 90, Gap 1%                       10   94 ms     1      gap 0.98%
//	                                     Gap 0    10   1.86 s    93     optimal
//
// Memory is 0.3 to 1 MB per solve for 58 States, 10 to 23 MB for 1,000.
// Assigning 1,000 States to 10 given venues exactly takes 1.6 ms; one
// Distance 42 ns. Over 200 random coordinator-size instances (60 States,
// 30 venues, K from 2 to 8, capacities 15 to 24, minimum sizes up to 7,
// languages) a solve takes 2.6 ms on average and 23 ms at most, at most 53
// nodes, every one proven optimal. The costs of the 58-State instances
// equal the optima COIN-OR CBC finds for the same model written as a
// mixed-integer programme (see the tests).
package region
