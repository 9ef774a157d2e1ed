// Command dataset exports the embedded Convention on Cluster Munitions
// dataset for editing in a spreadsheet, checks a coordinator's own states
// file, and prints the State of Play.
//
// Usage:
//
//	dataset -export FILE [-format csv|json] [-data FILE] [-force]
//	dataset -check FILE
//	dataset -summary [-data FILE]
//
// -export writes the embedded dataset (or the -data file) as CSV, UTF-8 with
// a byte-order mark so that spreadsheets open accented names intact, or as
// JSON; the file is written whole or not at all, and an existing file is
// replaced only with -force. -check reads a states file (CSV, or JSON if it
// ends in .json) and prints every problem as file:line: column: message, or,
// if there is none, the warnings worth a look and the State of Play; it
// exits with status 1 if the file has errors. docs/FORMAT.md describes the
// format.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/article9/article9"
	"github.com/article9/article9/examples/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	export, check, data, format string
	summary, force              bool
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("dataset", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.export, "export", "", "write the dataset to `FILE` (\"-\" for standard output), to edit in a spreadsheet")
	fs.StringVar(&o.check, "check", "", "check the states `FILE` (CSV, or JSON if it ends in .json): every error with its line and column, or the warnings and the State of Play")
	fs.BoolVar(&o.summary, "summary", false, "print the State of Play: States Parties by Article 9 status, region and UN regional group")
	fs.StringVar(&o.data, "data", "", "states `FILE` (CSV or JSON) to export or summarise instead of the embedded CCM dataset")
	fs.StringVar(&o.format, "format", "", "format of -export: `csv` or json; default: json if FILE ends in .json, else csv")
	fs.BoolVar(&o.force, "force", false, "let -export replace an existing file")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage:
  dataset -export FILE [-format csv|json] [-data FILE] [-force]
  dataset -check FILE
  dataset -summary [-data FILE]

Exports the embedded CCM dataset to edit in a spreadsheet, checks a states
file, and prints the State of Play. The format is described in docs/FORMAT.md.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, cli.FlagError(err)
	}
	actions := 0
	for _, set := range []bool{o.export != "", o.check != "", o.summary} {
		if set {
			actions++
		}
	}
	switch {
	case fs.NArg() > 0:
		return o, cli.Usagef("unexpected argument %q (give files with -export, -check or -data)", fs.Arg(0))
	case actions == 0:
		fs.Usage()
		return o, cli.Usagef("give one of -export FILE, -check FILE or -summary")
	case actions > 1:
		return o, cli.Usagef("give only one of -export, -check and -summary")
	case o.format != "" && o.export == "":
		return o, cli.Usagef("-format applies to -export only")
	case o.format != "" && o.format != "csv" && o.format != "json":
		return o, cli.Usagef("-format %q (allowed: csv, json)", o.format)
	case o.force && o.export == "":
		return o, cli.Usagef("-force applies to -export only")
	case o.data != "" && o.check != "":
		return o, cli.Usagef("-check reads its own FILE: -data is not needed")
	}
	return o, nil
}

// run runs the command and returns its exit status: 0 on success (or -h),
// 1 if it fails or the checked file has errors, 2 for a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err == nil {
		switch {
		case o.export != "":
			err = export(o, stdout, stderr)
		case o.check != "":
			err = check(o.check, stdout, stderr)
		default:
			err = summary(o.data, stdout, stderr)
		}
	}
	var ue cli.UsageError
	var fe failedCheck
	switch {
	case err == nil || errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "dataset: %v (run dataset -h for help)\n", err)
		return 2
	case errors.As(err, &fe):
		return 1 // the problems are printed
	}
	fmt.Fprintf(stderr, "dataset: %v\n", err)
	return 1
}

// load returns the dataset in path, or the embedded one if path is "". If
// the file has errors, it prints each on its own line on stderr, then a
// count, and returns a failedCheck.
func load(path string, stderr io.Writer) (*article9.Dataset, error) {
	if path == "" {
		return article9.CCM(), nil
	}
	d, err := article9.ReadFile(path)
	if err == nil {
		return d, nil
	}
	var es article9.Errors
	var pe *article9.ParseError
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			fmt.Fprintln(stderr, e)
		}
	case errors.As(err, &pe):
		fmt.Fprintln(stderr, pe)
		es = article9.Errors{pe}
	default:
		return nil, err // not a problem in the file: it could not be read
	}
	more := ""
	if len(es) >= article9.MaxErrors {
		more = " (the check stops there: fix these and check again)"
	}
	fmt.Fprintf(stderr, "%s: %s%s; nothing was read\n", path, cli.Plural(len(es), "problem", "problems"), more)
	return nil, failedCheck{len(es)}
}

// failedCheck reports that a file has errors, already printed.
type failedCheck struct{ n int }

func (f failedCheck) Error() string { return cli.Plural(f.n, "problem", "problems") }

func export(o options, stdout, stderr io.Writer) error {
	d, err := load(o.data, stderr)
	if err != nil {
		return err
	}
	format := o.format
	if format == "" {
		format = "csv"
		if strings.EqualFold(filepath.Ext(o.export), ".json") {
			format = "json"
		}
	}
	if o.export == "-" {
		if format == "json" {
			return article9.WriteJSON(stdout, d)
		}
		return article9.WriteCSV(stdout, d)
	}
	if ext := strings.ToLower(filepath.Ext(o.export)); (format == "json") != (ext == ".json") {
		return cli.Usagef("-format %s does not match the name %s (use a name ending in .%s, so that -check reads it back as %s)", format, o.export, format, strings.ToUpper(format))
	}
	if !o.force {
		if _, err := os.Stat(o.export); err == nil {
			return fmt.Errorf("%s exists: give -force to replace it, or another name", o.export)
		}
	}
	if err := article9.WriteFile(o.export, d); err != nil {
		return err
	}
	what := "UTF-8 with a byte-order mark"
	if format == "json" {
		what = "JSON"
	}
	_, err = fmt.Fprintf(stdout, "Wrote %s: %d States (%s), %s.\nEdit it, then check it with: go run ./examples/dataset -check %s\n",
		o.export, len(d.States), describe(d), what, o.export)
	return err
}

func check(path string, stdout, stderr io.Writer) error {
	d, err := load(path, stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %s, no errors.\n", path, cli.Plural(len(d.States), "State", "States"))
	if ws := d.Check(); len(ws) > 0 {
		fmt.Fprintf(stdout, "\n%s worth a look (the file is valid as it is):\n", cli.Plural(len(ws), "warning", "warnings"))
		for _, w := range ws {
			fmt.Fprintf(stdout, "  %s\n", w)
		}
	}
	_, err = fmt.Fprintf(stdout, "\nState of Play\n\n%s", d.Summary())
	return err
}

func summary(path string, stdout, stderr io.Writer) error {
	d, err := load(path, stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "State of Play: %s\n\n%s", describe(d), d.Summary())
	if path == "" {
		_, err = fmt.Fprint(stdout, ccmNote)
	}
	return err
}

// ccmNote compares the embedded dataset's counts with the concept note's, as
// the dataset's README asks wherever they are shown.
const ccmNote = `
The concept note's State of Play (110 States Parties, from Article 7
reporting) counts 32 with specific legislation, 31 with an existing framework
deemed sufficient, 23 developing or adopting legislation, 9 with incomplete
information and 14 with none. The ISU's per-State table behind those figures
is not public: this dataset classifies each State from its Cluster Munition
Monitor profile instead, so its counts differ.
`

// describe names a dataset and its date, such as "Convention on Cluster
// Munitions, as of 6 March 2025".
func describe(d *article9.Dataset) string {
	s := d.Name
	if !d.AsOf.IsZero() {
		s += ", as of " + d.AsOf.Format("2 January 2006")
	}
	return s
}
