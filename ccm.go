package article9

import (
	"bytes"
	_ "embed"
	"time"
)

//go:embed ccm.csv
var ccmCSV []byte

// CCMAsOf is the as-of date of the embedded CCM dataset: the date of the
// newest fact in it (Lithuania's withdrawal took effect on 6 March 2025).
var CCMAsOf = time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)

// CCMSource describes where the embedded dataset comes from.
const CCMSource = "Cluster Munition Monitor country profiles (Article 9 status), " +
	"UN Treaty Collection and CCM Implementation Support Unit (membership and dates, " +
	"Article 7 and Article 4 obligations); each State's record names its own source"

// CCM returns a fresh copy of the embedded Convention on Cluster Munitions
// dataset: the 111 States Parties, the withdrawn Lithuania and the 12
// signatories, each with its Article 9 status from its Cluster Munition
// Monitor profile. Changing the result does not change later calls'.
func CCM() *Dataset {
	d, err := ReadCSV(bytes.NewReader(ccmCSV))
	if err != nil {
		panic("article9: embedded dataset is invalid: " + err.Error()) // a build defect, caught by the tests
	}
	d.Name = "Convention on Cluster Munitions"
	d.AsOf = CCMAsOf
	d.Source = CCMSource
	return d
}
