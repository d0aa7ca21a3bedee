package pipeline

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"classaudit/models"
)

// Cache stores what extraction yields for a file's content, keyed by the
// content's SHA-256 plus the extractors' version and settings, so a re-run
// over unchanged files reads nothing twice and OCRs nothing. Entries are
// written to a temporary file and renamed, so a killed process never leaves
// a half-written entry; an unreadable entry is treated as a miss.
type Cache struct {
	dir string // empty: caching off
}

// NewCache opens (and creates) a cache in dir; an empty dir turns caching off.
func NewCache(dir string) (*Cache, error) {
	if dir == "" {
		return &Cache{}, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create cache folder %s: %w", dir, err)
	}
	return &Cache{dir: dir}, nil
}

// Sub returns the cache kept in the subfolder name of c's folder (caching
// off when c's is): entries of another kind than files' documents, so that
// a folder's entries stay one a file.
func (c *Cache) Sub(name string) *Cache {
	if c.dir == "" {
		return c
	}
	return &Cache{dir: filepath.Join(c.dir, name)}
}

// cachedDocument is the part of a Document that depends only on the file's
// content and the extraction settings.
type cachedDocument struct {
	Key       string
	Format    string
	Size      int64
	Pages     []models.Page
	Encrypted bool
	Error     string
	ErrorRule string
	Seconds   float64
}

// Key combines the content hash with everything else extraction depends on.
func cacheKey(sha string, kind models.FileKind, settings string) string {
	h := sha256.Sum256([]byte(sha + "\x00" + string(kind) + "\x00" + settings))
	return hex.EncodeToString(h[:])
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".json.gz")
}

// Get fills d from the cache; it reports whether the entry was there.
func (c *Cache) Get(key string, d *models.Document) bool {
	if c.dir == "" {
		return false
	}
	f, err := os.Open(c.path(key))
	if err != nil {
		return false
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return false
	}
	var cd cachedDocument
	if err := json.NewDecoder(zr).Decode(&cd); err != nil || cd.Key != key {
		return false
	}
	d.Format, d.Size, d.Pages, d.Encrypted = cd.Format, cd.Size, cd.Pages, cd.Encrypted
	d.Error, d.ErrorRule, d.Seconds, d.Cached = cd.Error, cd.ErrorRule, cd.Seconds, true
	return true
}

// Put stores d under key. Errors are returned for logging; a failed Put only
// costs a future re-extraction.
func (c *Cache) Put(key string, d *models.Document) error {
	if c.dir == "" {
		return nil
	}
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	zw := gzip.NewWriter(f)
	cd := cachedDocument{Key: key, Format: d.Format, Size: d.Size, Pages: d.Pages, Encrypted: d.Encrypted,
		Error: d.Error, ErrorRule: d.ErrorRule, Seconds: d.Seconds}
	if err := json.NewEncoder(zw).Encode(&cd); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// hashFile returns the hex SHA-256 of a file's content.
func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
