package article9

import (
	"errors"
	"testing"
)

func TestParseDegrees(t *testing.T) {
	tests := []struct {
		v     string
		limit float64
		want  float64
		err   error // the sentinel wrapped, nil if none
	}{
		{"48.86", 90, 48.86, nil},
		{"48,86", 90, 48.86, nil},
		{"-5,29", 180, -5.29, nil},
		{"90", 90, 90, nil},
		{"-180", 180, -180, nil},
		{"1e1", 90, 10, nil},
		{"90.0001", 90, 0, ErrInvalidValue},
		{"-180.5", 180, 0, ErrInvalidValue},
		{"120", 90, 0, ErrInvalidValue},
		{"1,234.5", 180, 0, ErrInvalidValue}, // a thousands separator is not a decimal comma
		{"1,2,3", 180, 0, ErrInvalidValue},
		{"NaN", 90, 0, ErrInvalidValue},
		{"+Inf", 180, 0, ErrInvalidValue},
		{"1e999", 180, 0, ErrInvalidValue},
		{"48°51'", 90, 0, ErrInvalidValue},
		{"", 90, 0, ErrMissingValue},
	}
	for _, tt := range tests {
		t.Run(tt.v, func(t *testing.T) {
			got, err := ParseDegrees(tt.v, tt.limit)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("ParseDegrees(%q, %g) = %g, %v; want %g, %v", tt.v, tt.limit, got, err, tt.want, tt.err)
			}
		})
	}
}
