package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"classaudit/internal/archive"
	"classaudit/models"
)

// DiscoverOptions tune Discover.
type DiscoverOptions struct {
	// TempDir is where zip members are unpacked; required. Discover writes
	// nothing anywhere else.
	TempDir string
	// MaxUnpackedBytes caps the bytes unpacked from zips in one sweep; if
	// zero, 8 GiB.
	MaxUnpackedBytes int64
	// MaxArchiveFiles caps the files unpacked from zips in one sweep; if
	// zero, 20000.
	MaxArchiveFiles int
	// MaxEntryBytes caps one unpacked file; if zero, models.MaxVideoBytes + 1 MiB.
	MaxEntryBytes int64
}

// Discovery is what Discover found under the sweep root.
type Discovery struct {
	Schools []*models.School // sorted by name
	// Submissions of all schools, sorted by ID.
	Submissions []*models.Submission
	// Findings are problems not tied to a submission: an unreadable school
	// zip, a stray file at the root or beside a school's submissions.
	Findings []models.Finding
}

// maxZipDepth is how many levels of zips Discover opens: a school zip, a
// submission zip inside it, and one zip inside a submission (课堂实录.zip).
const maxZipDepth = 3

// maxFolderDepth bounds folder recursion (deeper folders are reported).
const maxFolderDepth = 32

// Discover walks root and returns its schools, submissions and files.
//
// Layout (SPEC "Input layout"): <root>/<school>/ (a folder or <school>.zip);
// inside, one folder or zip per submission, whose files are collected
// recursively. A school's content may sit inside one wrapper folder (named
// after the school, or any single folder holding several submissions).
// A school folder (or zip) that holds a form or item files directly is a
// flat school: it is one submission with id "<school>/<school>", so ids keep
// their two-part shape. A folder and a zip of the same name (学校A/ and
// 学校A.zip) are merged. Hidden files and OS junk are ignored.
//
// The error is non-nil only when root cannot be read, TempDir is missing,
// or ctx is done; every other problem is a finding.
func Discover(ctx context.Context, root string, opts DiscoverOptions) (*Discovery, error) {
	if opts.TempDir == "" {
		return nil, errors.New("discover: DiscoverOptions.TempDir is required")
	}
	if err := os.MkdirAll(opts.TempDir, 0o755); err != nil {
		return nil, fmt.Errorf("discover: temporary folder: %w", err)
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", root, err)
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", root, err)
	}
	if opts.MaxUnpackedBytes <= 0 {
		opts.MaxUnpackedBytes = 8 << 30
	}
	if opts.MaxArchiveFiles <= 0 {
		opts.MaxArchiveFiles = 20000
	}
	if opts.MaxEntryBytes <= 0 {
		opts.MaxEntryBytes = models.MaxVideoBytes + 1<<20
	}
	d := &discoverer{
		ctx:    ctx,
		opts:   opts,
		budget: archive.NewBudget(opts.MaxUnpackedBytes, opts.MaxArchiveFiles),
		out:    &Discovery{},
	}
	schools := map[string]*node{}
	var names []string
	school := func(name string) *node {
		n := schools[name]
		if n == nil {
			n = &node{name: name, rel: name, isDir: true}
			schools[name] = n
			names = append(names, name)
		}
		return n
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		name := e.Name()
		if isJunk(name) {
			continue
		}
		full := filepath.Join(abs, name)
		typ, _, ok := resolveType(full, e, true)
		switch {
		case !ok:
			continue
		case typ.IsDir():
			d.walkDir(school(name), full, 0)
		case archive.IsZip(name):
			s := school(archive.TrimZip(name))
			d.unzip(s, full, name, maxZipDepth-1)
		case isOtherArchive(name):
			d.out.Findings = append(d.out.Findings, otherArchiveFinding(name, strings.TrimSuffix(name, path.Ext(name))))
		default:
			d.out.Findings = append(d.out.Findings, models.Finding{
				Rule: models.RuleItemUnrecognized, Severity: models.SeverityWarning, File: name,
				Message: fmt.Sprintf("文件“%s”直接放在检查根目录下，不属于任何学校的文件夹或压缩包，未纳入检查；请将其放入对应学校的文件夹。", name),
			})
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	sort.Strings(names)
	for _, name := range names {
		d.classifySchool(name, schools[name])
	}
	sort.Slice(d.out.Submissions, func(i, j int) bool { return d.out.Submissions[i].ID < d.out.Submissions[j].ID })
	return d.out, nil
}

// resolveType returns an entry's type, following symbolic links to files,
// and to folders only when dirs is set (at the root: below it, a link loop
// must not hang the sweep).
func resolveType(full string, e os.DirEntry, dirs bool) (os.FileMode, int64, bool) {
	typ := e.Type()
	if typ&os.ModeSymlink != 0 {
		fi, err := os.Stat(full)
		switch {
		case err != nil:
			return 0, 0, false
		case fi.IsDir() && dirs:
			return fs.ModeDir, 0, true
		case !fi.Mode().IsRegular():
			return 0, 0, false
		}
		return fi.Mode(), fi.Size(), true
	}
	if typ.IsDir() {
		return typ, 0, true
	}
	if !typ.IsRegular() {
		return 0, 0, false
	}
	fi, err := e.Info()
	if err != nil {
		return 0, 0, false
	}
	return fi.Mode(), fi.Size(), true
}

// isJunk reports names that are never material: hidden files (the
// generator's .truth.json too), macOS resource forks, Windows thumbnails and
// desktop settings, Office lock files.
func isJunk(name string) bool {
	switch {
	case name == "", strings.HasPrefix(name, "."), strings.HasPrefix(name, "~$"),
		strings.EqualFold(name, "__MACOSX"), strings.EqualFold(name, "Thumbs.db"),
		strings.EqualFold(name, "desktop.ini"), strings.EqualFold(name, "ehthumbs.db"):
		return true
	}
	return false
}

// isJunkPath reports a '/'-separated path with a junk element.
func isJunkPath(p string) bool {
	for _, e := range strings.Split(p, "/") {
		if isJunk(e) {
			return true
		}
	}
	return false
}

// node is a folder or file of the tree Discover builds from folders and
// unpacked zips before it knows which folder is a submission.
type node struct {
	name     string
	rel      string // path from the sweep root, zips without ".zip"
	isDir    bool
	dirs     []*node
	files    []*node
	disk     string
	size     int64
	findings []models.Finding // school and submission not yet set
	fromZip  bool             // unpacked from a zip (no such folder on disk)
}

func (n *node) dir(name string) *node {
	for _, c := range n.dirs {
		if c.name == name {
			return c
		}
	}
	c := &node{name: name, rel: n.rel + "/" + name, isDir: true}
	n.dirs = append(n.dirs, c)
	return c
}

func (n *node) addFile(name, disk string, size int64) {
	n.files = append(n.files, &node{name: name, rel: n.rel + "/" + name, disk: disk, size: size})
}

// rebase replaces the path prefix from by to in the RelPaths (and finding
// files) of n's subtree.
func (n *node) rebase(from, to string) {
	re := func(p string) string {
		if p == from {
			return to
		}
		if strings.HasPrefix(p, from+"/") {
			return to + p[len(from):]
		}
		return p
	}
	n.rel = re(n.rel)
	for i := range n.findings {
		n.findings[i].File = re(n.findings[i].File)
	}
	for _, f := range n.files {
		f.rel = re(f.rel)
	}
	for _, c := range n.dirs {
		c.rebase(from, to)
	}
}

// lookup descends along the existing folders of p and returns the deepest.
func (n *node) lookup(p string) *node {
	cur := n
	for _, e := range strings.Split(p, "/") {
		var next *node
		for _, c := range cur.dirs {
			if c.name == e {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		cur = next
	}
	return cur
}

// ensure returns the folder at p under n, creating it; it is used for
// zip members only, and marks the folders as coming from a zip.
func (n *node) ensure(p string) *node {
	cur := n
	if p == "" {
		return cur
	}
	for _, e := range strings.Split(p, "/") {
		cur = cur.dir(e)
		cur.fromZip = true
	}
	return cur
}

type discoverer struct {
	ctx    context.Context
	opts   DiscoverOptions
	budget *archive.Budget
	out    *Discovery
}

// walkDir adds the folder at disk to n, unpacking the zips it holds.
func (d *discoverer) walkDir(n *node, disk string, depth int) {
	if d.ctx.Err() != nil {
		return
	}
	if depth > maxFolderDepth {
		n.findings = append(n.findings, models.Finding{
			Rule: models.RuleFileUnreadable, Severity: models.SeverityError, File: n.rel,
			Message: fmt.Sprintf("文件夹“%s”嵌套超过%d层，更深的内容未读取；请整理文件夹结构后重新提交。", n.rel, maxFolderDepth),
		})
		return
	}
	entries, err := os.ReadDir(disk)
	if err != nil {
		n.findings = append(n.findings, models.Finding{
			Rule: models.RuleFileUnreadable, Severity: models.SeverityError, File: n.rel, Evidence: err.Error(),
			Message: fmt.Sprintf("文件夹“%s”无法读取（权限不足或已损坏），其中的材料未纳入检查；请检查文件夹后重新运行。", n.rel),
		})
		return
	}
	for _, e := range entries {
		name := e.Name()
		if isJunk(name) {
			continue
		}
		full := filepath.Join(disk, name)
		typ, size, ok := resolveType(full, e, false)
		switch {
		case !ok:
		case typ.IsDir():
			d.walkDir(n.dir(name), full, depth+1)
		case archive.IsZip(name):
			d.unzip(n.dir(archive.TrimZip(name)), full, n.rel+"/"+name, maxZipDepth-1)
		default:
			n.addFile(name, full, size)
		}
	}
}

// unzip unpacks the zip at disk into the folder node into; zipRel is the
// zip's path from the root, for messages.
func (d *discoverer) unzip(into *node, disk, zipRel string, depth int) {
	dest, err := os.MkdirTemp(d.opts.TempDir, "zip-")
	if err != nil {
		into.findings = append(into.findings, models.Finding{
			Rule: models.RuleFileUnreadable, Severity: models.SeverityError, File: zipRel, Evidence: err.Error(),
			Message: fmt.Sprintf("压缩包“%s”无法解压：临时文件夹不可写（%v）。请检查磁盘空间后重新运行。", zipRel, err),
		})
		return
	}
	res, err := archive.ExtractFile(d.ctx, disk, dest, d.budget, archive.Options{
		MaxEntryBytes: d.opts.MaxEntryBytes,
		MaxDepth:      depth,
		Skip:          isJunkPath,
	})
	if err != nil { // cancelled: Discover returns ctx.Err()
		return
	}
	for _, e := range res.Entries {
		dir, base := path.Split(e.Name)
		parent := into.ensure(strings.TrimSuffix(dir, "/"))
		parent.addFile(base, e.DiskPath, e.Size)
	}
	for _, p := range res.Problems {
		d.placeProblem(into, zipRel, p)
	}
}

// placeProblem turns an archive problem into a finding on the folder node
// it concerns, so that it ends up in the right submission.
func (d *discoverer) placeProblem(into *node, zipRel string, p archive.Problem) {
	zipName := zipRel
	at := into
	if p.Archive != "" {
		zipName = into.rel + "/" + p.Archive + ".zip"
		at = into.ensure(p.Archive)
	}
	f := models.Finding{Severity: models.SeverityError, File: zipName, Evidence: p.Detail}
	switch p.Kind {
	case archive.ProblemCorrupt:
		f.Rule = models.RuleFileUnreadable
		if p.Name == "" && len(at.dirs) == 0 && len(at.files) == 0 {
			f.Message = fmt.Sprintf("压缩包“%s”已损坏、不完整或不是ZIP格式，无法打开，其中的材料均未读取；请学校重新打包（ZIP格式）后提交。", zipName)
		} else {
			f.Message = fmt.Sprintf("压缩包“%s”读取到一半出错（%s），其余内容未读取；请学校重新打包后提交。", zipName, p.Detail)
		}
	case archive.ProblemUnsafePath:
		f.Rule = models.RuleFileUnreadable
		f.Evidence = p.Name
		f.Message = fmt.Sprintf("压缩包“%s”中的条目“%s”路径不安全（绝对路径、盘符或含“..”，解压时会写到目标文件夹之外），疑似恶意构造，已跳过；请学校检查后重新打包。", zipName, p.Name)
		// Keep it in the submission its safe leading folders point to.
		if dir, _ := path.Split(strings.ReplaceAll(p.Name, `\`, "/")); dir != "" {
			at = at.lookup(strings.Trim(dir, "/"))
		}
	case archive.ProblemSpecial:
		f.Rule = models.RuleFileUnreadable
		f.File = memberRel(into, p)
		f.Message = fmt.Sprintf("压缩包“%s”中的“%s”是符号链接或特殊文件，不是普通文件，已跳过。", zipName, p.Name)
		at = d.parentOf(into, p)
	case archive.ProblemUnreadable:
		f.Rule = models.RuleFileUnreadable
		f.File = memberRel(into, p)
		f.Message = fmt.Sprintf("压缩包“%s”中的文件“%s”无法解压（数据损坏或校验失败），已跳过；请学校重新打包后提交。", zipName, p.Name)
		at = d.parentOf(into, p)
	case archive.ProblemEncrypted:
		f.Rule = models.RuleFileEncrypted
		f.File = memberRel(into, p)
		f.Message = fmt.Sprintf("压缩包“%s”中的文件“%s”设有密码，无法解压；请学校提交未加密的压缩包。", zipName, p.Name)
		at = d.parentOf(into, p)
	case archive.ProblemEntryTooLarge:
		f.Rule = models.RuleFileTooLarge
		f.File = memberRel(into, p)
		f.Message = fmt.Sprintf("压缩包“%s”中的文件“%s”解压后超过单个文件%d MB的上限，已跳过（文件异常或为“压缩炸弹”）；请核实该文件。", zipName, p.Name, d.opts.MaxEntryBytes>>20)
		at = d.parentOf(into, p)
	case archive.ProblemBudget:
		f.Rule = models.RuleFileTooLarge
		f.Message = fmt.Sprintf("本次检查从压缩包解压的总量已达上限（%d MB 或 %d 个文件），压缩包“%s”从“%s”起至少%d个文件未解压、未检查；请检查该压缩包是否异常，或分批检查、调高上限。",
			d.budget.MaxBytes>>20, d.budget.MaxFiles, zipName, p.Name, p.Skipped)
	default:
		f.Rule = models.RuleFileUnreadable
		f.Message = fmt.Sprintf("压缩包“%s”解压出错：%s", zipName, p.Detail)
	}
	if p.Name != "" && p.Kind != archive.ProblemUnsafePath && p.Kind != archive.ProblemBudget {
		if kind, item := Recognize(p.Name); kind == models.KindItem {
			f.Item = item
		}
	}
	at.findings = append(at.findings, f)
}

// parentOf returns the folder node of a (safe) problem entry.
func (d *discoverer) parentOf(into *node, p archive.Problem) *node {
	full := p.Name
	if p.Archive != "" {
		full = p.Archive + "/" + p.Name
	}
	dir, _ := path.Split(full)
	return into.ensure(strings.TrimSuffix(dir, "/"))
}

// memberRel is the RelPath of a problem entry.
func memberRel(into *node, p archive.Problem) string {
	if p.Archive != "" {
		return into.rel + "/" + p.Archive + "/" + p.Name
	}
	return into.rel + "/" + p.Name
}

// classifySchool decides which folders of a school are submissions.
func (d *discoverer) classifySchool(name string, n *node) {
	school := &models.School{Name: name}
	d.out.Schools = append(d.out.Schools, school)
	var schoolFindings []models.Finding
	// Files and findings of the levels around the submissions.
	takeLevel := func(lvl *node, strays bool) {
		schoolFindings = append(schoolFindings, lvl.findings...)
		for _, f := range lvl.files {
			if k, _ := Recognize(f.name); k == models.KindSummary {
				school.Files = append(school.Files, fileOf(f, "", name, models.KindSummary, 0))
			} else if strays && isOtherArchive(f.name) {
				schoolFindings = append(schoolFindings, otherArchiveFinding(f.rel, name))
			} else if strays {
				schoolFindings = append(schoolFindings, strayFinding(f, name))
			}
		}
	}

	cur := n
	for range 3 {
		if len(cur.dirs) != 1 || holdsMaterial(cur) {
			break
		}
		w := cur.dirs[0]
		if !(sameName(w.name, name) || !looksLikeSubmission(w) && len(w.dirs) >= 2) {
			break
		}
		takeLevel(cur, true)
		if w.fromZip {
			// A zip's top folder is left out of RelPaths, so that every file
			// of a submission starts with the submission's id (as for a
			// school folder).
			w.rebase(w.rel, cur.rel)
		}
		cur = w
	}

	var subs, parts []*node
	for _, c := range cur.dirs {
		if isPartFolder(c.name) && !holdsSubmission(c) {
			parts = append(parts, c)
		} else {
			subs = append(subs, c)
		}
	}
	anySubMaterial := false
	for _, s := range subs {
		if containsMaterial(s) {
			anySubMaterial = true
		}
	}
	switch {
	case holdsMaterial(cur) && !anySubMaterial,
		len(subs) == 0 && (len(parts) > 0 || hasNonSummaryFiles(cur)):
		// A flat school: the school's folder is the submission.
		takeLevel(cur, false)
		d.submission(school, name, cur, true)
	case len(subs) > 0:
		takeLevel(cur, true)
		for _, p := range parts {
			walkFiles(p, func(f *node) { schoolFindings = append(schoolFindings, strayFinding(f, name)) })
			collectFindings(p, &schoolFindings)
		}
		for _, s := range subs {
			d.submission(school, s.name, s, false)
		}
	default:
		takeLevel(cur, true)
		if len(schoolFindings) == 0 {
			schoolFindings = append(schoolFindings, models.Finding{
				Rule: models.RuleItemMissing, Severity: models.SeverityError, File: n.rel,
				Message: fmt.Sprintf("学校“%s”的文件夹（或压缩包）中没有找到任何申报材料。", name),
			})
		}
	}
	for i := range schoolFindings {
		schoolFindings[i].School = name
	}
	d.out.Findings = append(d.out.Findings, schoolFindings...)
	sort.Slice(school.Submissions, func(i, j int) bool { return school.Submissions[i].ID < school.Submissions[j].ID })
	sort.Slice(school.Files, func(i, j int) bool { return school.Files[i].RelPath < school.Files[j].RelPath })
}

// submission makes a submission of folder n; flat submissions leave the
// school's summary tables (already taken) out.
func (d *discoverer) submission(school *models.School, name string, n *node, flat bool) {
	s := &models.Submission{ID: school.Name + "/" + name, School: school.Name, Name: name}
	var walk func(m *node, prefix string, top bool)
	walk = func(m *node, prefix string, top bool) {
		for _, f := range m.files {
			kind, item := Recognize(prefix + f.name)
			if flat && top && kind == models.KindSummary {
				continue
			}
			s.Files = append(s.Files, fileOf(f, s.ID, school.Name, kind, item))
		}
		for _, c := range m.dirs {
			walk(c, prefix+c.name+"/", false)
		}
	}
	walk(n, "", true)
	collectFindings(n, &s.Findings)
	for i := range s.Findings {
		s.Findings[i].SubmissionID, s.Findings[i].School = s.ID, s.School
	}
	sort.Slice(s.Files, func(i, j int) bool { return s.Files[i].RelPath < s.Files[j].RelPath })
	school.Submissions = append(school.Submissions, s)
	d.out.Submissions = append(d.out.Submissions, s)
}

func fileOf(f *node, subID, school string, kind models.FileKind, item int) models.File {
	return models.File{SubmissionID: subID, School: school, RelPath: f.rel, DiskPath: f.disk, Kind: kind, Item: item, Size: f.size}
}

func strayFinding(f *node, school string) models.Finding {
	return models.Finding{
		Rule: models.RuleItemUnrecognized, Severity: models.SeverityWarning, File: f.rel,
		Message: fmt.Sprintf("文件“%s”位于学校“%s”的文件夹中、但不在任何申报课堂的文件夹内，未纳入检查；请将其放入所属课堂的文件夹。", f.name, school),
	}
}

// isOtherArchive reports archive formats Discover cannot open.
func isOtherArchive(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".cab", ".arj":
		return true
	}
	return false
}

func otherArchiveFinding(rel, school string) models.Finding {
	return models.Finding{
		Rule: models.RuleFileUnreadable, Severity: models.SeverityError, School: school, File: rel,
		Message: fmt.Sprintf("压缩包“%s”不是ZIP格式（%s），本系统无法解压，其中的材料未纳入检查；请学校改用ZIP格式重新打包，或解压后放入文件夹。", rel, strings.ToUpper(strings.TrimPrefix(path.Ext(rel), "."))),
	}
}

func walkFiles(n *node, fn func(*node)) {
	for _, f := range n.files {
		fn(f)
	}
	for _, c := range n.dirs {
		walkFiles(c, fn)
	}
}

func collectFindings(n *node, out *[]models.Finding) {
	*out = append(*out, n.findings...)
	for _, c := range n.dirs {
		collectFindings(c, out)
	}
}

// holdsMaterial reports a folder with a form, roster, item or video file
// directly inside.
func holdsMaterial(n *node) bool {
	for _, f := range n.files {
		switch k, _ := Recognize(f.name); k {
		case models.KindForm, models.KindItem, models.KindRoster, models.KindVideo:
			return true
		}
	}
	return false
}

// looksLikeSubmission reports a folder that holds material directly or an
// item's folder (课堂实录/, 8.工作页/).
func looksLikeSubmission(n *node) bool {
	if holdsMaterial(n) {
		return true
	}
	for _, c := range n.dirs {
		if isPartFolder(c.name) {
			return true
		}
	}
	return false
}

// containsMaterial reports material anywhere under n.
func containsMaterial(n *node) bool {
	if holdsMaterial(n) {
		return true
	}
	for _, c := range n.dirs {
		if containsMaterial(c) {
			return true
		}
	}
	return false
}

func hasNonSummaryFiles(n *node) bool {
	for _, f := range n.files {
		if k, _ := Recognize(f.name); k != models.KindSummary {
			return true
		}
	}
	return false
}

// holdsSubmission reports a folder whose own files are a submission's (the
// form, or two or more different items), whatever the folder is called: a
// classroom named "网店促销活动策划" is not item 3's folder.
func holdsSubmission(n *node) bool {
	items := map[int]bool{}
	for _, f := range n.files {
		switch k, item := Recognize(f.name); k {
		case models.KindForm:
			return true
		case models.KindItem:
			items[item] = true
		}
	}
	return len(items) >= 2
}

// isPartFolder reports a folder named after an item or 课堂实录: part of a
// submission, never one.
func isPartFolder(name string) bool {
	c := stripSpaces(normalizeName(name))
	return strings.Contains(c, videoItemName) || itemByName(c, 0) != 0
}

// sameName compares folder names loosely (width, spaces).
func sameName(a, b string) bool {
	return stripSpaces(normalizeName(a)) == stripSpaces(normalizeName(b))
}
