// Package copyeval scores a sweep's copy matches and findings against the
// passages internal/corpusgen planted (PAN-style precision, recall and
// granularity, the recall and character-precision bars).
package copyeval
