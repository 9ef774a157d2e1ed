package outreach

import _ "embed"

// The embedded DejaVu Sans 2.37, regular and bold (fonts/LICENSE: the
// Bitstream Vera licence, which permits redistribution). Render subsets
// them: the PDF holds only the glyphs it uses.
var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
)
