package batch

import (
	"fmt"
	"os"
	"path/filepath"
)

// unitFile is the output file of the records of one export (JSON Lines,
// JSON array, CSV, WARC) with -o: their results, in order, one line each,
// written to a hidden temporary file and renamed into place once the last
// record is written, so that the file is whole or absent.
type unitFile struct {
	path   string
	file   *os.File
	broken bool // a record was not tagged (interrupted): never renamed
}

// appendUnit adds a record's result to its export's output file.
func (r *runner) appendUnit(t *task) error {
	path := r.outPath(t)
	if r.unit == nil {
		dir := filepath.Dir(path)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		name := filepath.Join(dir, fmt.Sprintf("%s%d-%d.tmp", tempMarker, os.Getpid(), tempSeq.Add(1)))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		r.unit = &unitFile{path: path, file: f}
	}
	return t.out.copyTo(r.unit.file)
}

// closeUnit renames the finished output file of an export into place.
func (r *runner) closeUnit() error {
	u := r.unit
	r.unit = nil
	if u.broken {
		u.discard()
		return nil
	}
	err := u.file.Close()
	if err == nil {
		err = os.Rename(u.file.Name(), u.path)
	}
	if err != nil {
		os.Remove(u.file.Name())
	}
	return err
}

// discard drops the output file being written.
func (u *unitFile) discard() {
	u.file.Close()
	os.Remove(u.file.Name())
}
