package pipeline

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// A sweep killed before it could clean up leaves its unpack folder; the next
// sweep removes it, and leaves the folders of sweeps still running (this
// process's) and folders it cannot attribute.
func TestStaleUnpackRemoved(t *testing.T) {
	base := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("cannot start a process:", err)
	}
	mk := func(name string) string {
		d := filepath.Join(base, name)
		if err := os.MkdirAll(filepath.Join(d, "zip-1"), 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	stale := mk(fmt.Sprintf("%s%d-123", unpackPrefix, dead.Process.Pid))
	alive := mk(fmt.Sprintf("%s%d-456", unpackPrefix, os.Getppid()))
	old := mk(unpackPrefix + "789")
	other := mk("unrelated-1-2")

	own, err := newUnpackDir(base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the dead sweep's folder %s is still there", filepath.Base(stale))
	}
	for _, d := range []string{alive, old, other, own} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(d), err)
		}
	}
	if want := fmt.Sprintf("%s%d-", unpackPrefix, os.Getpid()); filepath.Base(own)[:len(want)] != want {
		t.Errorf("own folder %s does not carry the process id", filepath.Base(own))
	}
}
