// Package checks holds the sweep's rules: each Check is a declared pass over
// the extracted submissions that reports located findings.
package checks
