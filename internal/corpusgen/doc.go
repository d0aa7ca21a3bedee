// Package corpusgen writes a deterministic, seeded sample corpus of school
// submissions (PDFs, a docx/PDF application form, xlsx rosters and summary
// tables, one GBK-named zip, planted bad files) together with its ground truth.
package corpusgen
