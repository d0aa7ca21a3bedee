// Package models holds the records that pass between the sweep's stages
// (discovered files, extracted documents, findings) and their Parquet rows.
package models
