package region

import (
	"math"
	"testing"

	"github.com/article9/article9"
)

// TestDistance checks Distance against a table worked out apart from it.
//
// The analytic rows follow from the sphere alone: a quarter meridian is
// πR/2, half the equator πR, one degree of the equator πR/180.
//
// The city rows were computed with the spherical Vincenty formula
// d = R·atan2(√((cos φ₂ sin Δλ)² + (cos φ₁ sin φ₂ − sin φ₁ cos φ₂ cos Δλ)²),
// sin φ₁ sin φ₂ + cos φ₁ cos φ₂ cos Δλ), which shares no step with the
// haversine, and agree with the spherical law of cosines to the metre. By
// hand for London (51.5074, −0.1278) – Paris (48.8566, 2.3522):
// Δφ = −2.6508°, Δλ = 2.48°; sin²(Δφ/2) = 0.00053501,
// cos φ₁ cos φ₂ sin²(Δλ/2) = 0.62241 × 0.65795 × 0.00046831 = 0.00019178,
// h = 0.00072680, d = 2 × 6371.0088 × asin(0.026959) = 343.56 km, the
// figure usually published for the pair (343.5 km). New York – London is
// published as 5,570 km.
func TestDistance(t *testing.T) {
	const R = EarthRadius
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64 // km
	}{
		{"same point", 46.2, 6.14, 46.2, 6.14, 0},
		{"quarter meridian", 0, 0, 90, 0, math.Pi * R / 2},
		{"antipodes on the equator", 0, 0, 0, 180, math.Pi * R},
		{"pole to pole", 90, 0, -90, 0, math.Pi * R},
		{"one degree of the equator", 0, 10, 0, 11, math.Pi * R / 180},
		{"across the antimeridian", 0, 179.5, 0, -179.5, math.Pi * R / 180},
		{"London–Paris", 51.5074, -0.1278, 48.8566, 2.3522, 343.557},
		{"New York–London", 40.7128, -74.0060, 51.5074, -0.1278, 5570.230},
		{"Geneva–Addis Ababa", 46.20, 6.14, 9.03, 38.74, 5163.561},
		{"Lima–San Salvador", -12.05, -77.04, 13.69, -89.19, 3160.065},
		{"Suva–Manila", -18.14, 178.44, 14.60, 120.98, 7272.937},
		{"Sydney–Santiago", -33.8688, 151.2093, -33.45, -70.67, 11346.593},
		{"Quito–Singapore, nearly antipodal", -0.18, -78.47, 1.29, 103.85, 19729.158},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Distance(tc.lat1, tc.lon1, tc.lat2, tc.lon2)
			if math.Abs(got-tc.want) > 0.0015 {
				t.Errorf("Distance = %.4f km, want %.4f km", got, tc.want)
			}
			if back := Distance(tc.lat2, tc.lon2, tc.lat1, tc.lon1); back != got {
				t.Errorf("not symmetric: %.9f there, %.9f back", got, back)
			}
		})
	}
}

func TestGreatCircle(t *testing.T) {
	s := article9.State{ISO3: "FJI", Lat: -18.14, Lon: 178.44}
	v := Venue{ID: "manila", Lat: 14.60, Lon: 120.98}
	if got, want := GreatCircle(s, v), Distance(-18.14, 178.44, 14.60, 120.98); got != want {
		t.Errorf("GreatCircle = %g, want Distance's %g", got, want)
	}
}
