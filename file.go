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
		return nil, WithFile(err, filepath.Base(path))
	}
	if d.Name == "" {
		d.Name = filepath.Base(path)
	}
	if d.Source == "" {
		d.Source = path
	}
	return d, nil
}

// WithFile names the file an error was found in: it sets File to name on
// every *ParseError in err (a single one or Errors) and returns err. Any
// other error comes back wrapped as "name: err". ReadFile does this itself;
// use it for the files read with ReadCSV, ReadJSON or a Table.
func WithFile(err error, name string) error {
	var pe *ParseError
	var es Errors
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			WithFile(e, name)
		}
	case errors.As(err, &pe):
		pe.File = name
	default:
		return fmt.Errorf("%s: %w", name, err)
	}
	return err
}

// WriteFile writes d to path, choosing the format by extension as ReadFile
// does: ".json" for JSON, anything else for CSV. A CSV file starts with a
// UTF-8 byte-order mark, so that spreadsheet programs open accented names
// intact; ReadCSV skips it. The file is written atomically: to a temporary
// file in the same directory, renamed to path only once complete, so that an
// error never leaves a partial file at path. An existing file at path is
// replaced.
func WriteFile(path string, d *Dataset) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if strings.EqualFold(filepath.Ext(path), ".json") {
		err = WriteJSON(tmp, d)
	} else {
		if _, err = tmp.Write(bom); err == nil {
			err = WriteCSV(tmp, d)
		}
	}
	if err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
