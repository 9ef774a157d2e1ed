package outreach

import (
	"fmt"
	"strconv"
	"time"

	"github.com/article9/article9/priority"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// knownMeetings are the meetings whose dates were announced, each with its
// source. Later years come from the usual pattern (see DefaultMeetings).
// The calendar starts with the 10MSP, the deadline of Actions A and G.
func knownMeetings() []Meeting {
	return []Meeting{
		{
			Name: "Tenth Meeting of States Parties (10MSP)", Kind: MSP, City: "Geneva",
			Start: date(2022, 8, 30), End: date(2022, 9, 2),
			// https://www.clusterconvention.org/working-dinner-with-the-10msp-iraqi-delegation/
			// ("held from 30 August to 2 September 2022"); Palais des Nations, Room XIX:
			// https://www.geneve-int.ch/index.php/l-oeil-de-la-geneve-internationale/29-august-2022
			Notes: "Palais des Nations; the deadline of Actions A and G",
		},
		{
			Name: "Eleventh Meeting of States Parties (11MSP)", Kind: MSP, City: "Geneva",
			Start: date(2023, 9, 11), End: date(2023, 9, 14),
			// https://meetings.unoda.org/meeting/68085
			Notes: "Palais des Nations",
		},
		{
			Name: "Twelfth Meeting of States Parties (12MSP)", Kind: MSP, City: "Geneva",
			Start: date(2024, 9, 10), End: date(2024, 9, 13),
			// https://meetings.unoda.org/meeting/72122; https://clusterconvention.org/12msp-int
			Notes: "Palais des Nations",
		},
		{
			Name: "Thirteenth Meeting of States Parties (13MSP)", Kind: MSP, City: "Geneva",
			Start: date(2025, 9, 16), End: date(2025, 9, 19),
			// https://www.clusterconvention.org/13msp-int ("from 16 to 19 September 2025
			// at the Tempus Building of the Palais des Nations")
			Notes: "Palais des Nations",
		},
		{
			Name: "Third Review Conference (3RC)", Kind: ReviewConference, City: "Vientiane",
			Start: date(2026, 9, 14), End: date(2026, 9, 18),
			// Xinhua, 27 February 2026: http://www.china.org.cn/world/Off_the_Wire/2026-02/27/content_118349661.shtml
			// ("from Sept. 14 to 18"); KPL, 28 November 2025: https://kpl.gov.la/EN/detail.aspx?id=95783
			Notes: "Presidency: Lao PDR; held instead of a Meeting of States Parties in 2026",
		},
		{
			Name: "2022 Intersessional Meeting", Kind: Intersessional, City: "Geneva",
			Start: date(2022, 5, 16), End: date(2022, 5, 17),
			// https://www.clusterconvention.org/im-2022/
			Notes: "Centre International de Conférences Genève (CICG), hybrid",
		},
		{
			Name: "2025 Intersessional Meeting", Kind: Intersessional, City: "Geneva",
			Start: date(2025, 4, 7), End: date(2025, 4, 8),
			// https://dfa.gov.ph/dfa-news/news-from-our-foreign-service-postsupdate/36431-philippines-leads-2025-intersessional-meeting-of-the-convention-on-cluster-munitions
		},
		{
			Name: firstCommitteeName(2023), Kind: FirstCommittee, City: "New York",
			Start: date(2023, 10, 2), End: date(2023, 11, 3),
			// https://press.un.org/en/2023/gadis3708.doc.htm (general debate from
			// 2 October, action on drafts until 3 November)
		},
		{
			Name: firstCommitteeName(2025), Kind: FirstCommittee, City: "New York",
			Start: date(2025, 10, 8), End: date(2025, 11, 6),
			// https://www.wilpf.org/the-first-committee-must-act-for-disarmament-now ("will begin on
			// 8 October 2025"); https://www.reachingcriticalwill.org/news/latest-news/18088-unga-first-committee-concludes-its-80th-session
		},
	}
}

// The numbering of the formal meetings: the 13MSP (2025) and the Third
// Review Conference (2026) are the last announced. Review Conferences have
// come every five years or so (2015, 2020–21, 2026); one is expected every
// fifth year from 2026, in place of that year's MSP.
// MaxYears is the longest calendar DefaultMeetings makes, in years.
const MaxYears = 100

const (
	lastKnownFormalYear = 2026
	lastKnownMSP        = 13
	lastKnownRC         = 3
	reviewCycle         = 5
)

// DefaultMeetings returns the calendar of meetings starting from from's
// date for the given number of years (from inclusive, from plus years
// exclusive), sorted by SortMeetings: the Meetings of States Parties and
// Review Conferences, the CCM intersessional meetings and the sessions of
// the UN General Assembly First Committee.
//
// Dates announced by the organisers are built in, with their sources in
// the code: the 10MSP (30 August–2 September 2022) to the 13MSP (16–19
// September 2025) in Geneva, the Third Review Conference in Vientiane
// (14–18 September 2026), the 2022 and 2025 intersessional meetings and the
// First Committee's 2023 and 2025 sessions. Past the last announced year of
// each series, meetings are generated from the usual pattern and marked
// Expected:
//
//   - an MSP in Geneva from the Tuesday to the Friday after the second
//     Monday of September, numbered on from the 13MSP, except that every
//     fifth year from 2026 (2031, 2036…) holds a Review Conference instead,
//     Monday to Friday of that week, venue not yet decided;
//   - an intersessional meeting in Geneva on the Monday and Tuesday of the
//     third week of May;
//   - a First Committee session in New York from the first Monday of
//     October to the Friday of the fifth week after it.
//
// If years <= 0 the calendar is empty; years above MaxYears count as
// MaxYears.
func DefaultMeetings(from time.Time, years int) []Meeting {
	if years <= 0 {
		return nil
	}
	years = min(years, MaxYears)
	lo := day(from)
	hi := lo.AddDate(years, 0, 0)
	all := knownMeetings()
	lastYear := map[MeetingKind]int{}
	for _, m := range all {
		k := m.Kind
		if k == ReviewConference {
			k = MSP // one series of formal meetings
		}
		lastYear[k] = max(lastYear[k], m.Start.Year())
	}
	for y := lastYear[MSP] + 1; y <= hi.Year(); y++ {
		all = append(all, expectedFormal(y))
	}
	for y := lastYear[Intersessional] + 1; y <= hi.Year(); y++ {
		all = append(all, expectedIntersessional(y))
	}
	for y := lastYear[FirstCommittee] + 1; y <= hi.Year(); y++ {
		all = append(all, expectedFirstCommittee(y))
	}
	var out []Meeting
	for _, m := range all {
		if !m.Start.Before(lo) && m.Start.Before(hi) {
			out = append(out, m)
		}
	}
	SortMeetings(out)
	return out
}

// Calendar returns the built-in calendar (DefaultMeetings) from the
// earlier of since and asOf to years after asOf's date (exclusive): the
// meetings ahead, and the formal meetings since the date of the data
// (FollowUpSince) at which DefaultFollowUps makes follow-ups due. A zero
// since counts as asOf.
func Calendar(since, asOf time.Time, years int) []Meeting {
	if years <= 0 {
		return nil
	}
	from := day(asOf)
	if !since.IsZero() && day(since).Before(from) {
		from = day(since)
	}
	end := day(asOf).AddDate(min(years, MaxYears), 0, 0)
	var out []Meeting
	for _, m := range DefaultMeetings(from, min(years, MaxYears)+asOf.Year()-from.Year()+1) {
		if m.Start.Before(end) {
			out = append(out, m)
		}
	}
	return out
}

// nthWeekday returns the n-th (1-based) weekday wd of month m in year y.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := date(y, m, 1)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// expectedFormal returns the formal meeting expected in year y, after the
// last announced one.
func expectedFormal(y int) Meeting {
	monday := nthWeekday(y, time.September, time.Monday, 2)
	if (y-lastKnownFormalYear)%reviewCycle == 0 {
		n := lastKnownRC + (y-lastKnownFormalYear)/reviewCycle
		return Meeting{
			Name: ordinalWord(n) + " Review Conference (" + strconv.Itoa(n) + "RC)", Kind: ReviewConference,
			Start: monday, End: monday.AddDate(0, 0, 4), Expected: true,
			Notes: "Expected: a Review Conference about every five years, in September; dates and venue not yet announced",
		}
	}
	// MSPs are numbered on from the 13MSP (2025), skipping Review Conference years.
	n := lastKnownMSP + (y - lastKnownFormalYear) - (y-lastKnownFormalYear)/reviewCycle
	return Meeting{
		Name: ordinalWord(n) + " Meeting of States Parties (" + strconv.Itoa(n) + "MSP)", Kind: MSP, City: "Geneva",
		Start: monday.AddDate(0, 0, 1), End: monday.AddDate(0, 0, 4), Expected: true,
		Notes: "Expected: MSPs meet in Geneva in the second week of September; dates not yet announced",
	}
}

func expectedIntersessional(y int) Meeting {
	monday := nthWeekday(y, time.May, time.Monday, 3)
	return Meeting{
		Name: strconv.Itoa(y) + " Intersessional Meeting", Kind: Intersessional, City: "Geneva",
		Start: monday, End: monday.AddDate(0, 0, 1), Expected: true,
		Notes: "Expected: each MSP decides whether to hold one; recent ones met in Geneva for two days in April–June; dates not yet announced",
	}
}

func expectedFirstCommittee(y int) Meeting {
	monday := nthWeekday(y, time.October, time.Monday, 1)
	return Meeting{
		Name: firstCommitteeName(y), Kind: FirstCommittee, City: "New York",
		Start: monday, End: monday.AddDate(0, 0, 32), Expected: true,
		Notes: "Expected: the First Committee meets for about five weeks from early October; dates not yet announced",
	}
}

// firstCommitteeName names the First Committee's session in year y: the
// General Assembly's session opened in September of y (the 80th in 2025).
func firstCommitteeName(y int) string {
	return fmt.Sprintf("UN General Assembly First Committee, %s session", priority.Ordinal(y-1945))
}

var (
	ordinalUnits = [...]string{"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
		"Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"}
	ordinalTens   = [...]string{"", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth", "Eightieth", "Ninetieth"}
	cardinalTens  = [...]string{"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"}
	lowerOrdinals = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)

// ordinalWord returns n (1 to 99) as a capitalised English ordinal word,
// such as "Fourteenth" or "Twenty-first"; other n as "14th".
func ordinalWord(n int) string {
	switch {
	case n <= 0 || n >= 100:
		return priority.Ordinal(n)
	case n < 20:
		return ordinalUnits[n]
	case n%10 == 0:
		return ordinalTens[n/10]
	}
	return cardinalTens[n/10] + "-" + lowerOrdinals[n%10]
}
