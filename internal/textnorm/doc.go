// Package textnorm folds page text into a compact form for fingerprinting
// (width-folded, lower-case, no punctuation or space) that keeps, for every
// kept rune, where it stood in the original page text.
package textnorm
