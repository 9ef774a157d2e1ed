package article9_test

import (
	"fmt"

	"github.com/article9/article9"
)

func ExampleParseDegrees() {
	for _, v := range []string{"6.83", "-5,29", "123.4", "48°51'", ""} {
		lat, err := article9.ParseDegrees(v, 90)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(lat)
	}
	// Output:
	// 6.83
	// -5.29
	// invalid value "123.4" is outside -90..90
	// invalid value "48°51'" (allowed: a number of decimal degrees from -90 to 90)
	// missing required value (allowed: a number of decimal degrees from -90 to 90)
}
