package outreach

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/article9/article9/priority"
)

// Languages lists the languages a briefing pack is written in, as ISO 639-1
// codes: English, French and Spanish.
var Languages = []string{"en", "fr", "es"}

// locale formats text, dates and numbers in one language.
type locale struct {
	lang string
	cat  map[string]string
}

// newLocale returns the locale for lang ("" is English); ok is false for a
// language without a catalogue.
func newLocale(lang string) (locale, bool) {
	if lang == "" {
		lang = "en"
	}
	c, ok := catalogues[lang]
	return locale{lang: lang, cat: c}, ok
}

// t returns the catalogue text for key with each {name} placeholder
// replaced: args alternate name and value, as t("x", "state", "Mali").
// A key missing from the catalogue is a programming error caught by the
// catalogue tests; it renders as the key itself.
func (l locale) t(key string, args ...string) string {
	s, ok := l.cat[key]
	if !ok {
		s = catalogueEN[key]
		if s == "" {
			return key
		}
	}
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		name, found := s[open+1:open+end], false
		for i := 0; i+1 < len(args); i += 2 {
			if args[i] == name {
				b.WriteString(args[i+1])
				found = true
				break
			}
		}
		if !found {
			b.WriteString(s[open : open+end+1])
		}
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

var monthsFR = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
var monthsES = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}

// date formats t as a day in the language: "6 March 2025", "1er mars
// 2025", "6 de marzo de 2025". A zero t is the catalogue's "unknown".
func (l locale) date(t time.Time) string {
	if t.IsZero() {
		return l.t("unknown")
	}
	d, m, y := t.Day(), t.Month(), t.Year()
	switch l.lang {
	case "fr":
		day := strconv.Itoa(d)
		if d == 1 {
			day = "1er"
		}
		return fmt.Sprintf("%s %s %d", day, monthsFR[m-1], y)
	case "es":
		return fmt.Sprintf("%d de %s de %d", d, monthsES[m-1], y)
	}
	return fmt.Sprintf("%d %s %d", d, m, y)
}

// dateRange formats the days from start to end: "7–8 April 2025",
// "1er–3 mars 2025", "30 September–2 October 2025"; one date if end is
// not after start.
func (l locale) dateRange(start, end time.Time) string {
	if !end.After(start) {
		return l.date(start)
	}
	from := l.date(start)
	if start.Year() == end.Year() && start.Month() == end.Month() {
		from = strconv.Itoa(start.Day())
		if l.lang == "fr" && start.Day() == 1 {
			from = "1er"
		}
	}
	return l.t("range", "from", from, "to", l.date(end))
}

// number formats v with the given decimals in the language's style:
// "12,345.6" in English, "12 345,6" in French (narrow no-break space),
// "12 345,6" in Spanish, which groups only numbers of five or more digits.
// NaN and infinities are written "–".
func (l locale) number(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	sep, point := ",", "."
	switch l.lang {
	case "fr":
		sep, point = "\u202f", ","
	case "es":
		sep, point = "\u202f", ","
		if len(intPart) <= 4 {
			sep = ""
		}
	}
	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString("−")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// integer formats n as number does.
func (l locale) integer(n int) string { return l.number(float64(n), 0) }

// ordinal formats n as a rank: "1st", "2nd", "11th" in English, "1er", "2e"
// in French, "1.º" in Spanish.
func (l locale) ordinal(n int) string {
	s := strconv.Itoa(n)
	switch l.lang {
	case "fr":
		if n == 1 {
			return "1er"
		}
		return s + "e"
	case "es":
		return s + ".º"
	}
	return priority.Ordinal(n)
}

// list joins items as a sentence does: "a, b and c", "a, b et c", "a, b y c".
func (l locale) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	last := items[len(items)-1]
	and := l.t("and")
	if l.lang == "es" { // "y" becomes "e" before an /i/ sound
		low := strings.ToLower(last)
		if (strings.HasPrefix(low, "i") || strings.HasPrefix(low, "hi")) && !strings.HasPrefix(low, "hie") {
			and = "e"
		}
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + last
}

// percent formats a fraction as a percentage to a tenth, the tenth left
// out when it is 0: "12%", "7.5%", "7,5 %".
func (l locale) percent(v float64) string {
	p := math.Round(1000*v) / 10
	if p == math.Trunc(p) {
		return l.number(p, 0) + l.t("percent")
	}
	return l.number(p, 1) + l.t("percent")
}
