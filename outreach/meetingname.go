package outreach

import (
	"regexp"
	"strconv"
)

// The names DefaultMeetings gives its meetings, in English: the pack names
// them in its own language from their number or year. Other names (a
// user's meetings) are shown as given.
var (
	mspName       = regexp.MustCompile(`\((\d+)MSP\)$`)
	rcName        = regexp.MustCompile(`\((\d+)RC\)$`)
	sessionalName = regexp.MustCompile(`^(\d{4}) Intersessional Meeting$`)
	committeeName = regexp.MustCompile(`^UN General Assembly First Committee, (\d+)(?:st|nd|rd|th) session$`)
)

// meetingName returns m's name in the pack's language: the English name
// as it is, a built-in meeting's name in French or Spanish ("13e Assemblée
// des États parties (13MSP)", "13.ª Reunión de los Estados Partes
// (13MSP)"), any other name as given.
func (d *doc) meetingName(m Meeting) string {
	if d.loc.lang == "en" {
		return m.Name
	}
	number := func(re *regexp.Regexp) (int, bool) {
		sub := re.FindStringSubmatch(m.Name)
		if sub == nil {
			return 0, false
		}
		n, err := strconv.Atoi(sub[1])
		return n, err == nil && n > 0
	}
	switch m.Kind {
	case MSP:
		if n, ok := number(mspName); ok {
			return d.loc.t("mname.msp", "ord", d.feminineOrdinal(n), "n", strconv.Itoa(n))
		}
	case ReviewConference:
		if n, ok := number(rcName); ok {
			return d.loc.t("mname.rc", "ord", d.feminineOrdinal(n), "n", strconv.Itoa(n))
		}
	case Intersessional:
		if y, ok := number(sessionalName); ok {
			return d.loc.t("mname.intersessional", "year", strconv.Itoa(y))
		}
	case FirstCommittee:
		if n, ok := number(committeeName); ok {
			return d.loc.t("mname.first_committee", "ord", d.loc.ordinal(n))
		}
	}
	return m.Name
}

// feminineOrdinal writes n as an ordinal agreeing with a feminine noun
// (Assemblée, Reunión, Conférence, Conferencia): "1re", "13e"; "13.ª".
func (d *doc) feminineOrdinal(n int) string {
	switch d.loc.lang {
	case "fr":
		if n == 1 {
			return "1re"
		}
		return strconv.Itoa(n) + "e"
	case "es":
		return strconv.Itoa(n) + ".ª"
	}
	return d.loc.ordinal(n)
}

// cityName returns a city's name in the pack's language where the
// catalogue has one (Genève, Ginebra), else as given.
func (d *doc) cityName(city string) string {
	if s, ok := d.loc.cat["city."+city]; ok {
		return s
	}
	return city
}
