package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// tempMarker is in the name of every temporary file: hidden (leading dot),
// next to its target so that the rename is atomic, and ending in ".tmp" so
// that no glob for *.json sees it.
const tempMarker = ".prensa-tmp-"

// tempSeq makes temporary names unique within the process.
var tempSeq atomic.Uint64

// isTemp reports whether a file name is one of our temporary files.
func isTemp(name string) bool {
	return strings.HasPrefix(name, tempMarker) && strings.HasSuffix(name, ".tmp")
}

// atomicWriter writes files through a temporary file and a rename. It
// remembers the last folder it made, so that a run of files in one folder
// costs one MkdirAll. It is not safe for concurrent use.
type atomicWriter struct {
	lastDir string
}

// write writes data to path: readers see the old file or the whole new
// one, never a part. The temporary file is removed on any error.
func (w *atomicWriter) write(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	known := dir == w.lastDir
	if !known {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		w.lastDir = dir
	}
	tmp := filepath.Join(dir, fmt.Sprintf("%s%d-%d.tmp", tempMarker, os.Getpid(), tempSeq.Add(1)))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrNotExist) && known {
		// the folder went away since we made it: make it again
		if err = os.MkdirAll(dir, 0o755); err == nil {
			f, err = os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		}
	}
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
