// Package region groups States by region and plans regional workshops.
package region
