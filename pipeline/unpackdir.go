package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// unpackPrefix names the temporary folders a sweep unpacks zip members into.
// The sweeping process's id follows it, so that a later sweep can tell the
// folders of a process that died without cleaning up (killed, power cut).
const unpackPrefix = "classaudit-unpack-"

// newUnpackDir removes the unpack folders that dead sweeps left in base and
// creates this sweep's own.
func newUnpackDir(base string) (string, error) {
	removeStaleUnpack(base)
	return os.MkdirTemp(base, fmt.Sprintf("%s%d-*", unpackPrefix, os.Getpid()))
}

// removeStaleUnpack removes base's unpack folders whose process no longer
// runs. A folder without a process id (older versions) or whose process is
// alive, or cannot be asked, is left alone.
func removeStaleUnpack(base string) {
	dirs, _ := filepath.Glob(filepath.Join(base, unpackPrefix+"*"))
	for _, d := range dirs {
		rest := strings.TrimPrefix(filepath.Base(d), unpackPrefix)
		pidText, _, ok := strings.Cut(rest, "-")
		if !ok {
			continue
		}
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			os.RemoveAll(d)
		}
	}
}
