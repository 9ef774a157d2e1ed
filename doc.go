// Package article9 holds the nouns of the article9 project and their I/O: the
// States, their Article 9 position under the Convention on Cluster Munitions
// (CCM), strict readers and writers for the files coordinators keep, and the
// real CCM dataset embedded in the module.
//
// Article 9 of the CCM obliges each State Party to take national
// implementing measures, penal sanctions included. The project helps the
// Convention's coordinators on national implementation decide whom to
// approach, bring States together in regional workshops and hand delegates a
// briefing pack. Data flows one way:
//
//	read      article9   ReadFile, ReadCSV, ReadJSON, CCM: a *Dataset of States
//	score     priority   rank the States in scope for outreach, explain each
//	                     score and test how robust each rank is (Action G)
//	plan      region     group States by region and plan regional workshops:
//	                     which venues, who goes where, proven optimal (Action E)
//	render    outreach   the briefing pack PDF in English, French and Spanish,
//	                     follow-ups (Action A), the work plan, the
//	                     investment-laws reference (Action H)
//
// The programs under examples/ are the coordinators' command-line tools over
// these packages; examples/briefing is the main job.
//
// # The states file
//
// A states file is CSV: one header row naming the columns, in any order,
// then one row per State. It is UTF-8 (a leading byte-order mark is
// accepted), separated by commas or by semicolons (detected from the header),
// quoted as RFC 4180 says, with LF or CRLF line ends. Multi-valued fields
// separate values with '|'. Booleans are yes/no/true/false/1/0, blank for
// unknown; dates are YYYY-MM-DD, blank for unknown. Columns lists the known
// columns; iso3, name, lat and lon are required, and status is required for
// a State Party. A column "indicator:NAME" holds a user's own number. Any
// other column is an error naming the nearest known column, so that a typo
// never silently drops someone's data. docs/FORMAT.md in the repository
// documents every column.
//
// Readers reject, with a *ParseError giving the line, the column, the bad
// value and what is allowed: unknown, duplicate or missing columns, a row
// with the wrong number of fields, bad quoting, invalid UTF-8, a field over
// 64 KiB, values out of range or not in the allowed list, a duplicate iso3,
// and a file with no States. A well-formed code that is not a current ISO
// 3166-1 code is accepted; Dataset.Check reports it with other warnings.
//
// Table reads any CSV file by the same rules, with the same errors: the
// other packages read their venues, follow-ups, meetings and work-plan
// files with it, and a user can read a file of their own.
//
// A dataset is also read and written as JSON (ReadJSON, WriteJSON) with the
// same fields.
//
// Nothing in the package holds global mutable state: the evaluation date
// ("as of") and all configuration are passed in.
package article9
