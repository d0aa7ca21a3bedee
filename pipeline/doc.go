// Package pipeline runs a sweep: discover → extract (parallel, cached) →
// check → write Parquet and reports.
package pipeline
