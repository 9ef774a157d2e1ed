package article9_test

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/article9/article9"
)

func ExampleTable() {
	// A coordinator's own file of contacts at the missions in Geneva, kept
	// as the states file is: here from a French-locale spreadsheet, with
	// semicolons, a blank row and the columns in its own order.
	const file = "Email;ISO3;Contact\n" +
		"a.kone@example.org;CIV;Mme A. Koné\n" +
		";;\n" +
		";sen;M. B. Diop\n" +
		"c.smith@example.org;NZL;\"Ms C. Smith; First Secretary\"\n"
	iso3 := regexp.MustCompile(`^[A-Z]{3}$`)

	t := article9.NewTable(strings.NewReader(file), []string{"iso3", "contact", "email"}, []string{"iso3", "contact"})
	t.Row = "contact"
	for t.Next() {
		c := map[string]string{}
		for i, col := range t.Columns() {
			c[col] = t.Record()[i]
		}
		if !iso3.MatchString(c["iso3"]) {
			t.Reject("iso3", fmt.Errorf("%w %q (allowed: three upper-case letters, such as FRA)", article9.ErrInvalidValue, c["iso3"]))
			continue
		}
		fmt.Printf("line %d: %s, %s, %s\n", t.Line(), c["iso3"], c["contact"], c["email"])
	}
	fmt.Println(t.Err())

	// A typo in the header.
	t = article9.NewTable(strings.NewReader("iso3,contcat\n"), []string{"iso3", "contact", "email"}, []string{"iso3", "contact"})
	for t.Next() {
	}
	fmt.Println(t.Err())
	// Output:
	// line 2: CIV, Mme A. Koné, a.kone@example.org
	// line 5: NZL, Ms C. Smith; First Secretary, c.smith@example.org
	// line 4: iso3: invalid value "sen" (allowed: three upper-case letters, such as FRA)
	// line 1: contcat: unknown column "contcat" (did you mean "contact"? allowed: iso3, contact, email)
}
