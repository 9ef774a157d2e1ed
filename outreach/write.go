package outreach

import (
	"fmt"
	"io"

	"github.com/article9/article9"
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
// Renderer.WriteFile describes, naming the package in errors of the file
// system.
func writeFile(path string, write func(io.Writer) error) error {
	var werr error
	err := article9.WriteAtomic(path, func(w io.Writer) error {
		werr = write(w)
		return werr
	})
	if err != nil && err != werr {
		return fmt.Errorf("outreach: %w", err)
	}
	return err
}
