// Package copydetect finds passages shared between documents of different
// owners (winnowed character k-grams, an inverted index, seed chaining into
// edit- and reorder-tolerant passages) while leaving template text alone.
package copydetect
