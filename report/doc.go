// Package report writes the HTML reports experts read: one page per submission and an index of the sweep.
package report
