package outreach

import (
	"io"
	"testing"

	"github.com/article9/article9"
)

// BenchmarkRender builds and renders the default pack of the embedded data:
// what go run ./examples/briefing does, short of writing the file.
func BenchmarkRender(b *testing.B) {
	d := article9.CCM()
	b.ReportAllocs()
	for b.Loop() {
		br, err := Build(d, Options{Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		if err := Render(io.Discard, br); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderOnly renders the default pack, built once.
func BenchmarkRenderOnly(b *testing.B) {
	br := defaultPack(b, "en")
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, br); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderReference renders the Action H reference document of the
// embedded data.
func BenchmarkRenderReference(b *testing.B) {
	ref := NewReference(article9.CCM().States)
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderReference(io.Discard, ref, "en", article9.CCMAsOf); err != nil {
			b.Fatal(err)
		}
	}
}
