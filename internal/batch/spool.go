package batch

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// spoolMemory is how much of one result a spool keeps in memory before it
// moves to a temporary file.
const spoolMemory = 256 << 10

// spool holds one task's output until the writer takes it, in order: in
// memory while it is small, then in a hidden temporary file in dir (next
// to the output file with -o, so that it can be renamed into place).
type spool struct {
	dir  string
	mem  bytes.Buffer
	file *os.File
	err  error
}

// Write appends p, moving to a temporary file past spoolMemory.
func (s *spool) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file == nil && s.mem.Len()+len(p) <= spoolMemory {
		return s.mem.Write(p)
	}
	if s.file == nil {
		if s.err = os.MkdirAll(s.dir, 0o755); s.err != nil {
			return 0, s.err
		}
		name := filepath.Join(s.dir, fmt.Sprintf("%s%d-%d.tmp", tempMarker, os.Getpid(), tempSeq.Add(1)))
		if s.file, s.err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644); s.err != nil {
			return 0, s.err
		}
		if _, s.err = s.file.Write(s.mem.Bytes()); s.err != nil {
			return 0, s.err
		}
		s.mem = bytes.Buffer{}
	}
	n, err := s.file.Write(p)
	s.err = err
	return n, err
}

// copyTo writes the whole spool to w and discards it.
func (s *spool) copyTo(w io.Writer) error {
	defer s.discard()
	if s.file == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

// moveTo puts the spool's content at path: a rename of its temporary file,
// or an atomic write of what it holds in memory.
func (s *spool) moveTo(w *atomicWriter, path string) error {
	if s.file == nil {
		err := w.write(path, s.mem.Bytes())
		s.mem = bytes.Buffer{}
		return err
	}
	f := s.file
	s.file = nil
	err := f.Close()
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// discard drops the spool and its temporary file.
func (s *spool) discard() {
	s.mem = bytes.Buffer{}
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
		s.file = nil
	}
}
