package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// LineReader reads lines of at most a given size from a stream, for the
// formats made of one record a line (JSON Lines). A longer line is read
// through to its end without being kept and reported as a
// *LineTooLongError, so that one bad line costs no memory and loses no
// other line.
type LineReader struct {
	r   *bufio.Reader
	max int
	n   int    // number of the last line read
	buf []byte // reused between lines
	err error  // a read error, returned after the last line
	// reported is set when err was already returned with a partial line.
	reported bool
}

// NewLineReader returns a reader of lines of at most max bytes from r.
func NewLineReader(r *bufio.Reader, max int) *LineReader {
	return &LineReader{r: r, max: max}
}

// LineTooLongError is the error of a line over the limit.
type LineTooLongError struct{ Max int }

// Error says what was skipped.
func (e *LineTooLongError) Error() string {
	return fmt.Sprintf("line longer than %d bytes, skipped", e.Max)
}

// Line returns the number of the last line read, from 1.
func (lr *LineReader) Line() int { return lr.n }

// Buffered returns the number of bytes that can be read without waiting
// for the stream.
func (lr *LineReader) Buffered() int { return lr.r.Buffered() }

// Err returns the read error that ended the stream, if any.
func (lr *LineReader) Err() error { return lr.err }

// Unreported returns the read error that ended the stream if Next did not
// already return it with a partial last line.
func (lr *LineReader) Unreported() error {
	if lr.reported {
		return nil
	}
	return lr.err
}

// Next returns the next line without its newline (valid until the next
// call), or io.EOF at the end. A line over the limit gives a
// *LineTooLongError; a partial last line cut by a read error gives that
// error.
func (lr *LineReader) Next() ([]byte, error) {
	if lr.err != nil {
		return nil, io.EOF
	}
	if cap(lr.buf) > 1<<20 {
		lr.buf = nil // do not keep the buffer of a huge line
	}
	lr.buf = lr.buf[:0]
	tooLong := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+1 { // +1: the newline
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			lr.err = err
			if len(lr.buf) == 0 && !tooLong {
				return nil, io.EOF
			}
		}
		if err != nil && len(chunk) == 0 && len(lr.buf) == 0 && !tooLong {
			return nil, io.EOF
		}
		lr.n++
		if tooLong {
			return nil, &LineTooLongError{Max: lr.max}
		}
		if lr.err != nil {
			lr.reported = true
			return nil, fmt.Errorf("reading: %w", lr.err) // a partial last line
		}
		return bytes.TrimSuffix(lr.buf, []byte("\n")), nil
	}
}
