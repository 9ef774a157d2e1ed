package article9

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReadFile reads a states file, choosing the format by extension: ".json"
// for JSON, anything else for CSV. Errors carry the file name: a
// *ParseError's File is set.
func ReadFile(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var d *Dataset
	if strings.EqualFold(filepath.Ext(path), ".json") {
		d, err = ReadJSON(f)
	} else {
		d, err = ReadCSV(f)
	}
	if err != nil {
		return nil, withFile(err, filepath.Base(path))
	}
	if d.Name == "" {
		d.Name = filepath.Base(path)
	}
	if d.Source == "" {
		d.Source = path
	}
	return d, nil
}

// withFile sets File on every *ParseError in err.
func withFile(err error, name string) error {
	var pe *ParseError
	var es Errors
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			withFile(e, name)
		}
	case errors.As(err, &pe):
		pe.File = name
	default:
		return fmt.Errorf("%s: %w", name, err)
	}
	return err
}
