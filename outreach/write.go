package outreach

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile renders b with the default Renderer into the file path,
// atomically: see Renderer.WriteFile.
func WriteFile(path string, b Briefing) error { return (&Renderer{}).WriteFile(path, b) }

// WriteFile renders b into the file path atomically: it writes a temporary
// file in the same directory, flushes it to disk and renames it to path.
// On any error the temporary file is removed and an existing file at path
// is left as it was; no partial file is ever at path. A new file gets mode
// 0644; a file it replaces keeps its mode.
func (r *Renderer) WriteFile(path string, b Briefing) error {
	return writeFile(path, func(w io.Writer) error { return r.Render(w, b) })
}

// writeFile writes the file path atomically through write, as
// Renderer.WriteFile describes.
func writeFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("outreach: %w", err)
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
		return fmt.Errorf("outreach: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("outreach: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("outreach: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("outreach: %w", err)
	}
	return nil
}
