package batch

import (
	"os"
	"path/filepath"
)

// tempPattern names temporary files: hidden, next to their target, so that
// a rename is atomic and no glob for *.json sees them.
const tempPattern = ".prensa-*.tmp"

// writeAtomic writes data to path through a temporary file in the same
// folder and a rename: readers see the old file or the whole new one, never
// a part. The temporary file is removed on any error.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
