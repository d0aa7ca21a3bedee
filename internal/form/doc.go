// Package form reads the fields, teacher team and sections of the
// application form (附件2 申报书) from its extracted text.
package form
