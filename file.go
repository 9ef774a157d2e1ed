package article9

import (
	"errors"
	"fmt"
	"io"
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
// intact; ReadCSV skips it. The file is written atomically (WriteAtomic):
// an error never leaves a partial file at path, and an existing file there
// is replaced only once the new one is complete.
func WriteFile(path string, d *Dataset) error {
	return WriteAtomic(path, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(path), ".json") {
			return WriteJSON(w, d)
		}
		if _, err := w.Write(bom); err != nil {
			return err
		}
		return WriteCSV(w, d)
	})
}

// WriteAtomic writes the file path through write, atomically: to a
// temporary file in the same directory, flushed to disk and renamed to path
// only once write has succeeded. On any error the temporary file is removed
// and an existing file at path is left as it was. A new file gets mode
// 0644; a file it replaces keeps its mode.
func WriteAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	mode := os.FileMode(0o644)
	if fi, statErr := os.Stat(path); statErr == nil && fi.Mode().IsRegular() {
		mode = fi.Mode().Perm()
	}
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
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
