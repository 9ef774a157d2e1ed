package outreach_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/article9/article9"
	"github.com/article9/article9/outreach"
)

// The follow-ups of the embedded data, evaluated on 1 October 2025: they
// date from the data's 6 March 2025, so they were due at the 13MSP and are
// overdue.
func ExampleDefaultFollowUps() {
	ds := article9.CCM()
	asOf := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	since := outreach.FollowUpSince(ds, asOf)
	meetings := outreach.Calendar(since, asOf, 2)
	for _, f := range outreach.DefaultFollowUps(ds.States, meetings, since) {
		s, _ := ds.State(f.ISO3)
		fmt.Printf("%s %-20s action %s, due %s, %d days overdue\n", f.ISO3, s.Name, f.Action, f.Due.Format("2006-01-02"), f.DaysOverdue(asOf))
	}
	// Output:
	// ATG Antigua and Barbuda  action A, due 2025-09-16, 15 days overdue
	// BFA Burkina Faso         action A, due 2025-09-16, 15 days overdue
	// NRU Nauru                action A, due 2025-09-16, 15 days overdue
}

// The calendar from the data's date to two years after the as-of date:
// the 13MSP, past on 1 October 2025, is in it for the follow-ups' due
// dates.
func ExampleCalendar() {
	asOf := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range outreach.Calendar(article9.CCMAsOf, asOf, 2) {
		if m.Kind.Formal() {
			fmt.Println(m.Start.Format("2006-01-02"), m.Name, m.Expected)
		}
	}
	// Output:
	// 2025-09-16 Thirteenth Meeting of States Parties (13MSP) false
	// 2026-09-14 Third Review Conference (3RC) false
	// 2027-09-14 Fourteenth Meeting of States Parties (14MSP) true
}

// The Action H reference document in French, written atomically.
func ExampleWriteReferenceFile() {
	ref := outreach.NewReference(article9.CCM().States)
	dir, _ := os.MkdirTemp("", "reference")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "investissement.pdf")
	if err := outreach.WriteReferenceFile(path, ref, "fr", article9.CCMAsOf); err != nil {
		log.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	fmt.Println(string(data[:8]), len(ref.Laws), "laws,", len(ref.Positions), "positions")
	for _, l := range ref.Laws[:3] {
		fmt.Println(l.ISO3, l.Year, l.Links[0])
	}
	// Output:
	// %PDF-1.3 10 laws, 2 positions
	// BEL 2007 https://stopexplosiveinvestments.org/disinvestment/countries-best-practises/
	// CHE 2013 http://www.stopclustermunitions.org/en-gb/media/news/2012/switzerland-ratifies-cluster-bomb-ban.aspx
	// ESP 2015 http://loc.gov/law/help/controversial-weapons/spain.php
}

func ExampleRenderReference() {
	var buf bytes.Buffer
	err := outreach.RenderReference(&buf, outreach.NewReference(article9.CCM().States), "es", article9.CCMAsOf)
	fmt.Println(err, string(buf.Bytes()[:8]))
	err = outreach.RenderReference(&buf, outreach.Reference{}, "de", article9.CCMAsOf)
	fmt.Println(err)
	// Output:
	// <nil> %PDF-1.3
	// outreach: invalid briefing: language "de" has no catalogue (allowed: en, fr, es)
}

func ExampleReadFollowUps() {
	const file = `iso3,action,subject,due,closed
BFA,A,Send the model law,2025-02-01,
NRU,a,Call the mission,2025-03-06,
ATG,A,Confirm the review,2025-01-15,2025-02-20
,F,Side event at the First Committee,2025-10-08,
`
	fs, err := outreach.ReadFollowUps(strings.NewReader(file))
	if err != nil {
		log.Fatal(err)
	}
	asOf := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	for _, f := range fs {
		fmt.Printf("%-3s %s open=%-5v overdue=%-5v closed late=%v\n", f.ISO3, f.Action, f.Open(), f.Overdue(asOf), f.ClosedLate())
	}
	// Output:
	// BFA A open=true  overdue=true  closed late=false
	// NRU A open=true  overdue=false closed late=false
	// ATG A open=false overdue=false closed late=true
	//     F open=true  overdue=false closed late=false
}

func ExampleReadFollowUps_error() {
	_, err := outreach.ReadFollowUps(strings.NewReader("iso3,action,subject,notse\nBFA,A,x,y\n"))
	fmt.Println(err)
	_, err = outreach.ReadFollowUps(strings.NewReader("iso3,action,subject,opened,closed\nBFA,A,x,2025-01-10,2025-01-09\n"))
	fmt.Println(err)
	// Output:
	// line 1: notse: unknown column "notse" (did you mean "notes"? allowed: iso3, action, subject, opened, due, closed, lead, notes)
	// line 2: closed: invalid value "2025-01-09" is before opened 2025-01-10 (allowed: a date on or after the opening date)
}

func ExampleNextMeetings() {
	asOf := article9.CCMAsOf
	for _, m := range outreach.NextMeetings(outreach.DefaultMeetings(asOf, 2), asOf, 4) {
		note := ""
		if m.Expected {
			note = " (expected)"
		}
		fmt.Printf("%s–%s %s, %s%s\n", m.Start.Format("2 Jan"), m.End.Format("2 Jan 2006"), m.Name, m.City, note)
	}
	// Output:
	// 7 Apr–8 Apr 2025 2025 Intersessional Meeting, Geneva
	// 16 Sep–19 Sep 2025 Thirteenth Meeting of States Parties (13MSP), Geneva
	// 8 Oct–6 Nov 2025 UN General Assembly First Committee, 80th session, New York
	// 18 May–19 May 2026 2026 Intersessional Meeting, Geneva (expected)
}

func ExampleWriteICS() {
	fs := []outreach.FollowUp{{
		ISO3: "NRU", Action: outreach.ActionA, Subject: "Follow up the request; call the mission",
		Due: time.Date(2025, 9, 16, 0, 0, 0, 0, time.UTC),
	}}
	asOf := article9.CCMAsOf
	var buf bytes.Buffer
	if err := outreach.WriteICS(&buf, fs, nil, asOf); err != nil {
		log.Fatal(err)
	}
	fmt.Print(strings.ReplaceAll(buf.String(), "\r\n", "\n")) // lines end in CRLF
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//article9//outreach follow-ups and meetings//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// X-WR-CALNAME:Article 9 follow-ups and meetings
	// BEGIN:VEVENT
	// UID:58471c1003f19140200a@article9
	// DTSTAMP:20250306T000000Z
	// DTSTART;VALUE=DATE:20250916
	// DTEND;VALUE=DATE:20250917
	// SUMMARY:Action A: NRU: Follow up the request\; call the mission
	// DESCRIPTION:Work-plan action A: Follow up requests for assistance with Arti
	//  cle 9 implementation\nDue: 2025-09-16
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}

func ExampleDefaultWorkPlan() {
	asOf := article9.CCMAsOf
	for _, w := range outreach.DefaultWorkPlan() {
		mark := ""
		if w.Overdue(asOf) {
			mark = "  overdue"
		}
		fmt.Printf("%s %s %-11s %s%s\n", w.Action, w.Deadline.Format("2006-01-02"), w.Status, outreach.ActionDeadline(w.Action, "fr"), mark)
	}
	// Output:
	// A 2022-08-30 not_started En continu, avant la dixième Assemblée des États parties  overdue
	// B 2021-12-31 done        D’ici à la fin de 2021 (achevée)
	// C 2022-12-31 not_started D’ici à la fin de 2022  overdue
	// D 2022-12-31 not_started D’ici à la fin de 2022  overdue
	// E 2023-12-31 not_started D’ici à la fin de 2023  overdue
	// F 2022-12-31 not_started D’ici à la fin de 2022  overdue
	// G 2022-08-30 not_started D’ici à la dixième Assemblée des États parties  overdue
	// H 2022-12-31 not_started D’ici à la fin de 2022  overdue
}

func ExampleActionTitle() {
	for _, lang := range []string{"en", "fr", "es"} {
		fmt.Println(outreach.ActionTitle(outreach.ActionE, lang))
	}
	// Output:
	// Explore organising a regional workshop or forum
	// Étudier la possibilité d’organiser un atelier ou un forum régional
	// Estudiar la posibilidad de organizar un taller o foro regional
}

func ExampleInvestmentLaws() {
	for _, l := range outreach.InvestmentLaws(article9.CCM().States) {
		measure := l.Measure
		if len(measure) > 32 {
			measure = strings.TrimSpace(measure[:32]) + "…"
		}
		fmt.Printf("%s %d %d links  %s\n", l.ISO3, l.Year, len(l.Links), measure)
	}
	// Output:
	// BEL 2007 3 links  2007 law amending the weapons le…
	// CHE 2013 3 links  Federal Act on War Material (199…
	// ESP 2015 3 links  Law 27/2015 amending Law 33/1998…
	// IRL 2008 3 links  Cluster Munitions and Anti-Perso…
	// ITA 2011 3 links  Law No. 95 of 14 June 2011 (rati…
	// LIE 2013 2 links  Amended Law on War Material
	// LUX 2009 3 links  Law of 4 June 2009 approving the…
	// NLD 2013 3 links  Market Abuse (Financial Supervis…
	// NZL 2009 3 links  Cluster Munitions Prohibition Ac…
	// WSM 2012 3 links  Cluster Munitions Prohibition Ac…
}

func ExampleReadWorkPlanStatus() {
	const file = "action,status,notes\nE,in progress,Regional workshop planned\nG,done,\n"
	plan, err := outreach.ReadWorkPlanStatus(strings.NewReader(file), outreach.DefaultWorkPlan())
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range outreach.OverdueWork(plan, article9.CCMAsOf) {
		fmt.Println(strings.TrimSpace(fmt.Sprint(w.Action, " ", w.Status, " ", w.Notes)))
	}
	// Output:
	// A not_started
	// C not_started
	// D not_started
	// E in_progress Regional workshop planned
	// F not_started
	// H not_started
}

func ExampleMergeMeetings() {
	const file = "name,kind,city,start,end\nFourteenth Meeting of States Parties (14MSP),msp,Geneva,2027-09-21,2027-09-24\n"
	announced, err := outreach.ReadMeetings(strings.NewReader(file))
	if err != nil {
		log.Fatal(err)
	}
	from := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range outreach.MergeMeetings(outreach.DefaultMeetings(from, 1), announced) {
		fmt.Println(m.Start.Format("2006-01-02"), m.Name, m.Expected)
	}
	// Output:
	// 2027-05-17 2027 Intersessional Meeting true
	// 2027-09-21 Fourteenth Meeting of States Parties (14MSP) false
	// 2027-10-04 UN General Assembly First Committee, 82nd session true
}

func ExampleNewReference() {
	ref := outreach.NewReference(article9.CCM().States)
	fmt.Println(len(ref.Laws), "laws prohibit investment in cluster munitions")
	for _, p := range ref.Positions {
		fmt.Printf("%s (%s): %d source\n", p.Name, p.Kind, len(p.Links))
	}
	// Output:
	// 10 laws prohibit investment in cluster munitions
	// Canada (government position): 1 source
	// Trinidad and Tobago (interpretive statement): 1 source
}

func ExampleResources() {
	for _, r := range outreach.Resources() {
		if r.Action == outreach.ActionH {
			fmt.Println(r.Publisher + ": " + r.Title)
		}
	}
	// Output:
	// PAX (Stop Explosive Investments): Positive example guide for States to ban investments in cluster munitions producers
}
