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
// first, then model laws and guidance from the ICRC, the Cluster Munition
// Coalition, Human Rights Watch with Harvard Law School's International
// Human Rights Clinic, the Cluster Munition Monitor and PAX. Each URL was
// read on the publisher's site; the list is a fresh copy on every call.
func Resources() []Resource {
	return []Resource{
		{
			Title:     "National implementation measures",
			Publisher: "CCM Implementation Support Unit",
			URL:       "https://www.clusterconvention.org/national-implementation-measures/",
			Action:    ActionC,
			Note:      "What Article 9 requires and how many States Parties have taken legal, administrative and other measures",
		},
		{
			Title:     "Model legislation",
			Publisher: "CCM Implementation Support Unit",
			URL:       "http://www.clusterconvention.org/documents-and-resources/model-legislation/",
			Action:    ActionC,
			Languages: []string{"ar", "en", "es", "fr", "ru", "zh"},
			Note:      "The ICRC's model law for common-law States, and New Zealand's model law for small States that have no cluster munitions and are not contaminated",
		},
		{
			Title:     "Resources for States: model legislation and ratification kit",
			Publisher: "Cluster Munition Coalition",
			URL:       "https://www.stopclustermunitions.org/en-gb/resources/resources-for-states/ratification-kit-model-legislation.aspx",
			Action:    ActionC,
			Note:      "The CMC's model law, and the ICRC's ratification and accession toolkit with a model instrument of ratification",
		},
		{
			Title:     "Implementing the Convention on Cluster Munitions: components of strong law and supporting examples",
			Publisher: "Human Rights Watch and Harvard Law School International Human Rights Clinic",
			URL:       "https://hrw.org/news/2020/11/24/implementing-convention-cluster-munitions",
			Action:    ActionC,
			Note:      "The components of a strong implementing law, each with examples from existing statutes (updated November 2020)",
		},
		{
			Title:     "Staying Strong: key components and positive precedent for Convention on Cluster Munitions legislation",
			Publisher: "Human Rights Watch and Harvard Law School International Human Rights Clinic",
			URL:       "https://www.hrw.org/report/2014/09/03/staying-strong/key-components-and-positive-precedent-convention-cluster-munitions",
			Action:    ActionC,
			Note:      "The model laws compared, and positive precedent on each obligation, including the prohibition on investment (September 2014)",
		},
		{
			Title:     "Cluster munition ban policy country profiles",
			Publisher: "Landmine and Cluster Munition Monitor",
			URL:       "http://www.the-monitor.org/",
			Action:    ActionC,
			Note:      "Each State's national implementation measures as reported; the source of this pack's Article 9 statuses",
		},
		{
			Title:     "Positive example guide for States to ban investments in cluster munitions producers",
			Publisher: "PAX (Stop Explosive Investments)",
			URL:       "https://stopexplosiveinvestments.org/positive-example-guide-for-states-to-ban-investments-in-cluster-munitions-producers/",
			Action:    ActionH,
			Note:      "The States with a legal prohibition on investment, and how their laws are framed",
		},
	}
}
