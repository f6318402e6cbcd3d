package output

import (
	"bytes"
	"io"
	"os"
)

// spillBytes is how much a spill keeps in memory before it moves to a
// temporary file.
const spillBytes = 256 << 10

// spill holds bytes to print later: in memory while they are few, then in
// a temporary file, so that memory stays bounded.
type spill struct {
	mem  bytes.Buffer
	file *os.File
}

// Write appends p.
func (s *spill) Write(p []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(p) <= spillBytes {
		return s.mem.Write(p)
	}
	if s.file == nil {
		f, err := os.CreateTemp("", ".prensa-spill-*.tmp")
		if err != nil {
			return 0, err
		}
		os.Remove(f.Name()) // gone with the last descriptor
		s.file = f
		if _, err := f.Write(s.mem.Bytes()); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	return s.file.Write(p)
}

// copyTo writes what the spill holds to w.
func (s *spill) copyTo(w io.Writer) error {
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

// discard drops what the spill holds.
func (s *spill) discard() {
	s.mem = bytes.Buffer{}
	if s.file != nil {
		s.file.Close()
		s.file = nil
	}
}
