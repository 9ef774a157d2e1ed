package outreach

// Resource is a published resource that supports national implementation:
// what Action C asks coordinators to make States aware of, and (for Action
// H) guidance on prohibiting investment.
type Resource struct {
	Title     string   // the resource's title, in English
	Publisher string   // who publishes it
	URL       string   // where it is, as published
	Action    Action   // the work-plan action it serves: C, or H for investment
	Languages []string // languages it is available in, such as "fr"; nil if not stated
	Note      string   // what it offers, in English
}

// Resources returns the resources on national implementation a briefing
// pack points to, in order: the Implementation Support Unit's own pages
// first, then the ICRC's model laws and advisory service, and guidance
// from the Cluster Munition Coalition, Human Rights Watch with Harvard Law
// School's International Human Rights Clinic, the Cluster Munition
// Monitor and PAX. Each address was seen on its publisher's site (the
// comments say what it showed); the list is a fresh copy on every call.
func Resources() []Resource {
	return []Resource{
		{
			// Seen on the ISU's site: Article 9's text, the status from
			// Article 7 reports ("12 have enacted national law prohibiting
			// investments") and what the Lausanne Action Plan encourages.
			Title:     "National implementation measures",
			Publisher: "CCM Implementation Support Unit",
			URL:       "https://www.clusterconvention.org/national-implementation-measures/",
			Action:    ActionC,
			Note:      "What Article 9 requires, how many States Parties have taken legal, administrative and other measures, and what the Lausanne Action Plan encourages",
		},
		{
			// Seen on the ISU's earlier site (the address is http): the
			// ICRC's model law for common-law States, New Zealand's model
			// law for small States, "for download in English, French,
			// Spanish, Russian, Arabic and Chinese". The site has been
			// reorganised since: check the address still answers before
			// sending it.
			Title:     "Model legislation",
			Publisher: "CCM Implementation Support Unit",
			URL:       "http://www.clusterconvention.org/documents-and-resources/model-legislation/",
			Action:    ActionC,
			Languages: []string{"ar", "en", "es", "fr", "ru", "zh"},
			Note:      "The ICRC's model law for common-law States, and New Zealand's model law for small States that have no cluster munitions and are not contaminated",
		},
		{
			// Seen on the ICRC's site, under "Cluster munitions": "Model law
			// Convention on Cluster Munitions, legislation for Common Law
			// States on the 2008 Convention on Cluster Munitions".
			Title:     "National implementation of IHL: model laws",
			Publisher: "International Committee of the Red Cross (ICRC)",
			URL:       "https://www.icrc.org/eng/resources/documents/legal-fact-sheet/lb_national-implementation-model-laws.htm",
			Action:    ActionC,
			Note:      "The ICRC's model laws, among them its model law for common-law States on the Convention on Cluster Munitions",
		},
		{
			// Seen on the ICRC's site (dated 1 January 2015): guidance to
			// national authorities on domestic implementation measures, and
			// the ICRC Database on National Implementation of IHL.
			Title:     "The ICRC Advisory Service on international humanitarian law",
			Publisher: "International Committee of the Red Cross (ICRC)",
			URL:       "https://www.icrc.org/en/document/icrc-advisory-services-international-humanitarian-law",
			Action:    ActionC,
			Note:      "Legal advice and technical support to national authorities implementing humanitarian law treaties, and the ICRC's database of national implementation laws",
		},
		{
			// Seen on the CMC's site: the CMC's model law, the ICRC's model
			// law for common-law States, New Zealand's for small States and
			// the ICRC's ratification and accession toolkit.
			Title:     "Resources for States: model legislation and ratification kit",
			Publisher: "Cluster Munition Coalition",
			URL:       "https://www.stopclustermunitions.org/en-gb/resources/resources-for-states/ratification-kit-model-legislation.aspx",
			Action:    ActionC,
			Note:      "The CMC's model law, and the ICRC's ratification and accession toolkit with a model instrument of ratification",
		},
		{
			// Seen on HRW's site: "This reference document seeks to promote
			// and facilitate the passage of strong legislation", as the
			// Second Review Conference began (November 2020).
			Title:     "Implementing the Convention on Cluster Munitions: components of strong law and supporting examples",
			Publisher: "Human Rights Watch and Harvard Law School International Human Rights Clinic",
			URL:       "https://hrw.org/news/2020/11/24/implementing-convention-cluster-munitions",
			Action:    ActionC,
			Note:      "The components of a strong implementing law, each with examples from existing statutes (updated November 2020)",
		},
		{
			// Seen on HRW's site: the report's contents, from "Overview of
			// the Model Laws" to "Prohibition on Investment".
			Title:     "Staying Strong: key components and positive precedent for Convention on Cluster Munitions legislation",
			Publisher: "Human Rights Watch and Harvard Law School International Human Rights Clinic",
			URL:       "https://www.hrw.org/report/2014/09/03/staying-strong/key-components-and-positive-precedent-convention-cluster-munitions",
			Action:    ActionC,
			Note:      "The model laws compared, and positive precedent on each obligation, including the prohibition on investment (September 2014)",
		},
		{
			// Seen in the Monitor's reports ("visit www.the-monitor.org")
			// and on its site; the dataset's sources are its country
			// profiles.
			Title:     "Cluster munition ban policy country profiles",
			Publisher: "Landmine and Cluster Munition Monitor",
			URL:       "http://www.the-monitor.org/",
			Action:    ActionC,
			Note:      "Each State's national implementation measures as reported; the source of this pack's Article 9 statuses",
		},
		{
			// Seen on PAX's campaign site: the report "Banning Investments
			// in Cluster Munitions producers; national legislation", a
			// "positive example guide".
			Title:     "Positive example guide for States to ban investments in cluster munitions producers",
			Publisher: "PAX (Stop Explosive Investments)",
			URL:       "https://stopexplosiveinvestments.org/positive-example-guide-for-states-to-ban-investments-in-cluster-munitions-producers/",
			Action:    ActionH,
			Note:      "The States with a legal prohibition on investment, and how their laws are framed",
		},
	}
}
