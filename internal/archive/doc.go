// Package archive unpacks zip files safely: it decodes GBK names, refuses
// entries that would land outside the target folder, and caps what it unpacks.
package archive
