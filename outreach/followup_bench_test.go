package outreach

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/article9/article9"
)

// benchFollowUps returns n follow-ups with every field filled.
func benchFollowUps(n int) []FollowUp {
	fs := make([]FollowUp, n)
	for i := range fs {
		fs[i] = FollowUp{
			ISO3: fmt.Sprintf("Z%c%c", 'A'+i/26%26, 'A'+i%26), Action: Actions[i%8],
			Subject: fmt.Sprintf("Follow up the request for assistance, item %d; with the ISU", i),
			Opened:  d("2024-01-15"), Due: d("2025-09-16").AddDate(0, 0, i%400), Lead: "Côte d’Ivoire",
			Notes: "Draft law of 2011, to be updated\nsecond line",
		}
	}
	return fs
}

func BenchmarkReadFollowUps(b *testing.B) {
	var buf bytes.Buffer
	if err := WriteFollowUps(&buf, benchFollowUps(1000)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadFollowUps(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteICS(b *testing.B) {
	fs := benchFollowUps(1000)
	ms := DefaultMeetings(d("2025-01-01"), 10)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteICS(io.Discard, fs, ms, d("2025-03-06")); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefaultMeetings(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		DefaultMeetings(d("2025-03-06"), 10)
	}
}

func BenchmarkInvestmentLaws(b *testing.B) {
	states := article9.CCM().States
	b.ReportAllocs()
	for b.Loop() {
		InvestmentLaws(states)
	}
}
