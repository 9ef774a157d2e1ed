package region

import (
	"math"

	"github.com/article9/article9"
)

// EarthRadius is the mean radius of the Earth in kilometres (IUGG mean
// radius R₁ of the WGS 84 ellipsoid), the sphere Distance measures on.
const EarthRadius = 6371.0088

// Distance returns the great-circle distance in kilometres between the points
// (lat1, lon1) and (lat2, lon2), given in decimal degrees, on a sphere of
// radius EarthRadius. It uses the haversine formula
//
//	h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2),  d = 2R·asin(√h),
//
// which is accurate for small and large distances alike. On the Earth's
// ellipsoid real distances differ from it by up to about 0.5%.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	phi1, phi2 := lat1*rad, lat2*rad
	sdphi := math.Sin((phi2 - phi1) / 2)
	sdlam := math.Sin((lon2 - lon1) * rad / 2)
	h := sdphi*sdphi + math.Cos(phi1)*math.Cos(phi2)*sdlam*sdlam
	h = min(max(h, 0), 1) // rounding can leave h a hair outside [0, 1]
	return 2 * EarthRadius * math.Asin(math.Sqrt(h))
}

// DistanceFunc is the cost of sending State s's delegation to venue v, used
// by the planner in place of kilometres: a fare, a travel time, or a distance
// of the user's own. It must return a finite number, zero or more.
type DistanceFunc func(s article9.State, v Venue) float64

// GreatCircle returns the great-circle distance in kilometres from s's
// capital to v. It is the DistanceFunc the planner uses when
// Problem.Distance is nil.
func GreatCircle(s article9.State, v Venue) float64 {
	return Distance(s.Lat, s.Lon, v.Lat, v.Lon)
}
