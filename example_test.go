package article9_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/article9/article9"
)

func ExampleReadCSV() {
	// A coordinator's own file, as a French-locale spreadsheet saves it:
	// semicolons, decimal commas, columns in its own order.
	const states = `iso3;name;name_fr;status;lat;lon;assistance_requested
CIV;Côte d'Ivoire;Côte d’Ivoire;in process;6,83;-5,29;2022-09-14
SEN;Senegal;Sénégal;existing_law;14,69;-17,44;no
`
	d, err := article9.ReadCSV(strings.NewReader(states))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.States {
		fmt.Printf("%s %-14s %-13s %-12s %6.2f %7.2f assistance requested: %s",
			s.ISO3, s.Name, s.LocalName("fr"), s.Status, s.Lat, s.Lon, s.AssistanceRequested)
		if !s.AssistanceDate.IsZero() {
			fmt.Print(" on ", s.AssistanceDate.Format("2 January 2006"))
		}
		fmt.Println()
	}
	// Output:
	// CIV Côte d'Ivoire  Côte d’Ivoire in_process     6.83   -5.29 assistance requested: yes on 14 September 2022
	// SEN Senegal        Sénégal       existing_law  14.69  -17.44 assistance requested: no
}

func ExampleReadCSV_errors() {
	const states = `iso3,name,latt,lon,status
FRA,France,48.86,2.35,specific_legislation
`
	_, err := article9.ReadCSV(strings.NewReader(states))
	var pe *article9.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, errors.Is(err, article9.ErrUnknownColumn))
	}
	fmt.Println(err)

	_, err = article9.ReadCSV(strings.NewReader(`iso3,name,lat,lon,status
FRA,France,48.86,2.35,specific_legislation
fra,France,123.4,2.35,done
`))
	fmt.Println(err)
	// Output:
	// 1 latt true
	// line 1: latt: unknown column "latt" (did you mean "lat"?)
	// line 3: iso3: invalid value "fra" (allowed: three upper-case letters, such as FRA)
	// line 3: lat: invalid value "123.4" is outside -90..90
	// line 3: status: invalid value "done" (allowed: specific_legislation, existing_law, in_process, incomplete, no_information)
}

func ExampleCCM() {
	d := article9.CCM()
	s := d.Summary()
	fmt.Println(d.Name, "as of", d.AsOf.Format("2 January 2006"))
	fmt.Println(len(d.States), "States:", s.Parties, "States Parties,", s.Signatories, "signatories,", s.Withdrawn, "withdrawn")
	civ, _ := d.State("CIV")
	fmt.Println(civ.Name, "/", civ.NameFR, "/", civ.NameES, "-", civ.Status, civ.StatusYear)
	// Output:
	// Convention on Cluster Munitions as of 6 March 2025
	// 124 States: 111 States Parties, 12 signatories, 1 withdrawn
	// Côte d’Ivoire / Côte d’Ivoire / Côte d’Ivoire - in_process 2016
}

func ExampleDataset_Summary() {
	fmt.Print(article9.CCM().Summary())
	// Output:
	// 111 States Parties (not counted: 12 signatories, 1 withdrawn)
	//   specific_legislation    32
	//   existing_law            21
	//   in_process              27
	//   incomplete              16
	//   no_information          15
	//
	// by region
	//             specific  existing  in process  incomplete  no info  total
	//     Africa         3         4          18           1       10     36
	//   Americas         4         4           4          11        2     25
	//       Asia         2         1           4           1        1      9
	//     Europe        18        12           0           2        1     33
	//    Oceania         5         0           1           1        1      8
	//
	// by UN regional group
	//                     specific  existing  in process  incomplete  no info  total
	//            African         3         4          18           1       10     36
	//       Asia-Pacific         3         1           5           2        2     13
	//   Eastern European         3         6           0           2        0     11
	//             GRULAC         3         4           4          11        2     24
	//               WEOG        17         6           0           0        1     24
	//             (none)         3         0           0           0        0      3
}

func ExampleDataset_Check() {
	d, err := article9.ReadCSV(strings.NewReader(`iso3,name,name_fr,name_es,lat,lon,status,status_year,source
XKX,Kosovo,Kosovo,Kosovo,42.66,21.17,in_process,2024,own research
FRA,France,France,Francia,48.86,2.35,specific_legislation,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range d.Check() {
		fmt.Println(w)
	}
	// Output:
	// FRA: source: no source for the record
	// FRA: status_year: no year for the status: it cannot be scored for staleness
	// XKX: iso3: XKX is not a current ISO 3166-1 alpha-3 code (fine for test data or a territory)
}

func ExampleWriteCSV() {
	d := &article9.Dataset{States: []article9.State{{
		ISO3: "CIV", Name: "Côte d'Ivoire", Lat: 6.83, Lon: -5.29,
		Status: article9.InProcess, StatusYear: 2023,
		AssistanceRequested: article9.Yes,
		LastArticle7Report:  article9.NeverReported,
		Indicators:          map[string]float64{"gdp_per_capita": 2486},
	}}}
	if err := article9.WriteCSV(os.Stdout, d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// iso3,name,name_fr,name_es,region,subregion,un_group,organisations,capital,lat,lon,language,party,signed,ratified,entry_into_force,status,status_year,assistance_requested,last_article7_report,initial_report_overdue,stockpile,contaminated,victims,investment_ban,investment_measure,source,notes,indicator:gdp_per_capita
	// CIV,Côte d'Ivoire,,,,,,,,6.83,-5.29,,party,,,,in_process,2023,yes,never,,,,,,,,,2486
}
