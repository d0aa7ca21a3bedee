package archive

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// ProblemKind says what went wrong with an archive or one of its entries.
type ProblemKind string

// The problems Extract reports.
const (
	// ProblemCorrupt: the archive itself cannot be opened (truncated, not a zip).
	ProblemCorrupt ProblemKind = "corrupt"
	// ProblemUnsafePath: an entry name leaves the target folder (zip-slip).
	ProblemUnsafePath ProblemKind = "unsafe_path"
	// ProblemSpecial: a symbolic link or another non-regular entry.
	ProblemSpecial ProblemKind = "special"
	// ProblemUnreadable: an entry's data is damaged (bad checksum, bad
	// compressed stream, unsupported method).
	ProblemUnreadable ProblemKind = "unreadable"
	// ProblemEncrypted: a password-protected entry.
	ProblemEncrypted ProblemKind = "encrypted"
	// ProblemEntryTooLarge: one entry unpacks to more than Options.MaxEntryBytes.
	ProblemEntryTooLarge ProblemKind = "entry_too_large"
	// ProblemBudget: the sweep's total unpacked bytes or file count is spent;
	// Skipped counts the entries left packed.
	ProblemBudget ProblemKind = "budget"
)

// Problem is one thing Extract could not unpack.
type Problem struct {
	Kind ProblemKind
	// Archive locates the archive the problem is in, relative to the outer
	// archive: "" for the outer one, else the nested zip's path without ".zip".
	Archive string
	// Name is the entry's decoded name inside that archive ("" when the
	// problem is the archive as a whole). For unsafe names it is the raw
	// decoded name, never used as a path.
	Name string
	// Detail is the underlying error or the limit, in plain words.
	Detail string
	// Skipped counts (at least) the entries not unpacked because of this
	// problem (ProblemBudget).
	Skipped int
}

// Entry is one unpacked file.
type Entry struct {
	// Name is the cleaned path inside the outer archive, '/'-separated.
	// Members of a nested zip "a/b.zip" are named "a/b/…".
	Name string
	// DiskPath is the unpacked copy; its base name is a counter plus the
	// original extension, never derived from the entry's path.
	DiskPath string
	// Size is the number of bytes really unpacked.
	Size int64
}

// Result is what Extract unpacked and what it could not.
type Result struct {
	Entries  []Entry
	Problems []Problem
}

// Options tune one Extract call.
type Options struct {
	// MaxEntryBytes caps one entry's unpacked size; if zero, 1 GiB + 1 MiB.
	MaxEntryBytes int64
	// MaxDepth is how many levels of zips inside the archive are opened too;
	// deeper zips are kept as plain files. Zero opens none.
	MaxDepth int
	// Skip, when set, is asked for every cleaned entry name (of nested
	// archives too, relative to their own root); skipped entries are not
	// unpacked and not reported (OS junk such as __MACOSX/).
	Skip func(name string) bool
}

// Budget is the sweep-wide allowance of unpacked bytes and files, shared by
// every Extract call of the sweep. It counts bytes really decompressed, not
// the sizes that headers claim. It is safe for concurrent use.
type Budget struct {
	mu    sync.Mutex
	bytes int64
	files int
	// MaxBytes and MaxFiles are the limits the budget was made with.
	MaxBytes int64
	MaxFiles int
}

// NewBudget returns a budget of maxBytes unpacked bytes and maxFiles files.
func NewBudget(maxBytes int64, maxFiles int) *Budget {
	return &Budget{bytes: maxBytes, files: maxFiles, MaxBytes: maxBytes, MaxFiles: maxFiles}
}

// remaining returns the bytes and files left.
func (b *Budget) remaining() (int64, int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.bytes, b.files
}

// charge spends n bytes and one file.
func (b *Budget) charge(n int64) {
	b.mu.Lock()
	b.bytes -= n
	b.files--
	b.mu.Unlock()
}

// DefaultMaxEntryBytes is used when Options.MaxEntryBytes is zero: a 1 GiB
// video plus slack.
const DefaultMaxEntryBytes = 1<<30 + 1<<20

// ExtractFile unpacks the zip at zipPath into destDir (which must exist).
// Every problem, including an unreadable archive, is reported in the result;
// the error is non-nil only when ctx is done.
func ExtractFile(ctx context.Context, zipPath, destDir string, b *Budget, opts Options) (*Result, error) {
	x := &extractor{ctx: ctx, dest: destDir, budget: b, opts: opts, res: &Result{}}
	if x.opts.MaxEntryBytes <= 0 {
		x.opts.MaxEntryBytes = DefaultMaxEntryBytes
	}
	x.openAndExtract(zipPath, "", opts.MaxDepth)
	return x.res, x.ctxErr
}

// Extract unpacks the zip held in r (size bytes) like ExtractFile.
func Extract(ctx context.Context, r io.ReaderAt, size int64, destDir string, b *Budget, opts Options) (*Result, error) {
	x := &extractor{ctx: ctx, dest: destDir, budget: b, opts: opts, res: &Result{}}
	if x.opts.MaxEntryBytes <= 0 {
		x.opts.MaxEntryBytes = DefaultMaxEntryBytes
	}
	zr, err := newZipReader(r, size)
	if err != nil {
		x.problem(ProblemCorrupt, "", "", err.Error())
		return x.res, nil
	}
	x.extract(zr, "", opts.MaxDepth)
	return x.res, x.ctxErr
}

type extractor struct {
	ctx     context.Context
	dest    string
	budget  *Budget
	opts    Options
	res     *Result
	counter int
	ctxErr  error
	stopped bool // the budget is spent: nothing more is unpacked
}

// maxProblems caps the problems one Extract call records: a hostile archive
// with millions of bad entries must not fill memory.
const maxProblems = 500

func (x *extractor) problem(k ProblemKind, archive, name, detail string) {
	if len(x.res.Problems) >= maxProblems {
		if !x.stopped {
			x.stopped = true
			x.res.Problems = append(x.res.Problems, Problem{Kind: ProblemCorrupt, Archive: archive,
				Detail: fmt.Sprintf("more than %d bad entries; the rest of the archive was not read", maxProblems)})
		}
		return
	}
	x.res.Problems = append(x.res.Problems, Problem{Kind: k, Archive: archive, Name: name, Detail: detail})
}

// newZipReader opens a zip, tolerating Go's insecure-path signal (we check
// names ourselves) and turning a panic into an error.
func newZipReader(r io.ReaderAt, size int64) (zr *zip.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			zr, err = nil, fmt.Errorf("zip reader panic: %v", p)
		}
	}()
	zr, err = zip.NewReader(r, size)
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil
	}
	return zr, err
}

func (x *extractor) openAndExtract(zipPath, archive string, depth int) {
	f, err := os.Open(zipPath)
	if err != nil {
		x.problem(ProblemCorrupt, archive, "", err.Error())
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		x.problem(ProblemCorrupt, archive, "", err.Error())
		return
	}
	zr, err := newZipReader(f, fi.Size())
	if err != nil {
		x.problem(ProblemCorrupt, archive, "", err.Error())
		return
	}
	x.extract(zr, archive, depth)
}

// extract unpacks every entry of zr; archive is the nested zip's path
// ("" for the outer one) and prefixes the entries' names.
func (x *extractor) extract(zr *zip.Reader, archive string, depth int) {
	for i, f := range zr.File {
		if x.ctxErr != nil {
			return
		}
		if err := x.ctx.Err(); err != nil {
			x.ctxErr = err
			return
		}
		if x.stopped {
			return
		}
		name, unsafe, dir := cleanName(decodeName(f))
		switch {
		case unsafe:
			x.problem(ProblemUnsafePath, archive, decodeName(f), "entry path leaves the target folder")
			continue
		case dir || name == "":
			continue
		}
		if x.opts.Skip != nil && x.opts.Skip(name) {
			continue
		}
		mode := f.Mode()
		if mode.IsDir() {
			continue
		}
		if mode&fs.ModeType != 0 {
			x.problem(ProblemSpecial, archive, name, "not a regular file: "+mode.String())
			continue
		}
		if f.Flags&0x1 != 0 {
			x.problem(ProblemEncrypted, archive, name, "entry is password-protected")
			continue
		}
		bytesLeft, filesLeft := x.budget.remaining()
		if filesLeft <= 0 || bytesLeft <= 0 {
			x.budgetSpent(archive, name, len(zr.File)-i)
			return
		}
		if f.UncompressedSize64 > uint64(x.opts.MaxEntryBytes) {
			x.problem(ProblemEntryTooLarge, archive, name,
				fmt.Sprintf("declared size %d bytes over the limit of %d", f.UncompressedSize64, x.opts.MaxEntryBytes))
			continue
		}
		if f.UncompressedSize64 > uint64(bytesLeft) {
			x.budgetSpent(archive, name, len(zr.File)-i)
			return
		}
		full := name
		if archive != "" {
			full = archive + "/" + name
		}
		e, ok := x.unpack(f, archive, name, full, min(x.opts.MaxEntryBytes, bytesLeft))
		if !ok {
			continue
		}
		if depth > 0 && IsZip(name) {
			x.openAndExtract(e.DiskPath, TrimZip(full), depth-1)
			os.Remove(e.DiskPath)
			continue
		}
		x.res.Entries = append(x.res.Entries, e)
	}
}

func (x *extractor) budgetSpent(archive, name string, skipped int) {
	b, n := x.budget.remaining()
	x.res.Problems = append(x.res.Problems, Problem{
		Kind: ProblemBudget, Archive: archive, Name: name, Skipped: skipped,
		Detail: fmt.Sprintf("unpack budget spent (limits %d bytes, %d files; left %d bytes, %d files)",
			x.budget.MaxBytes, x.budget.MaxFiles, max(b, 0), max(n, 0)),
	})
	x.stopped = true
}

// unpack writes one entry to a fresh file, reading at most limit bytes.
func (x *extractor) unpack(f *zip.File, archive, name, full string, limit int64) (Entry, bool) {
	x.counter++
	disk := filepath.Join(x.dest, fmt.Sprintf("%06d%s", x.counter, diskExt(name)))
	rc, err := f.Open()
	if err != nil {
		x.problem(ProblemUnreadable, archive, name, err.Error())
		return Entry{}, false
	}
	defer rc.Close()
	out, err := os.OpenFile(disk, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		x.problem(ProblemUnreadable, archive, name, "cannot write unpacked copy: "+err.Error())
		return Entry{}, false
	}
	n, err := io.Copy(out, io.LimitReader(ctxReader{x.ctx, rc}, limit+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	// Charge what was really decompressed, kept or not: it bounds the work.
	x.budget.charge(min(n, limit))
	switch {
	case n > limit:
		os.Remove(disk)
		if limit >= x.opts.MaxEntryBytes {
			x.problem(ProblemEntryTooLarge, archive, name,
				fmt.Sprintf("unpacks to more than %d bytes", x.opts.MaxEntryBytes))
		} else {
			x.budgetSpent(archive, name, 1)
		}
		return Entry{}, false
	case err != nil:
		os.Remove(disk)
		if cerr := x.ctx.Err(); cerr != nil {
			x.ctxErr = cerr
			return Entry{}, false
		}
		x.problem(ProblemUnreadable, archive, name, err.Error())
		return Entry{}, false
	}
	return Entry{Name: full, DiskPath: disk, Size: n}, true
}

// ctxReader stops a long copy when the context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
