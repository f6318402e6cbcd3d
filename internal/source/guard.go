package source

import (
	"errors"
	"fmt"
	"io"
)

// ratioAfter is how much a stream decompresses to before its ratio is
// checked: small, very compressible inputs are no danger.
const ratioAfter = 1 << 20

// ErrTooLarge is the error of a document or stream refused by the
// expansion limits (a zip bomb).
var ErrTooLarge = errors.New("refused")

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int64
}

// Read implements io.Reader.
func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// guard fails a decompressed stream whose size grows past ratio times the
// compressed bytes read (once past ratioAfter).
type guard struct {
	r     io.Reader
	in    *counter
	n     int64
	ratio int64
}

// Read implements io.Reader.
func (g *guard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	g.n += int64(n)
	if g.ratio > 0 && g.n > ratioAfter && g.n > g.ratio*max(g.in.n, 1) {
		return 0, fmt.Errorf("%w: decompresses more than %d times its compressed size (--max-ratio): %d bytes from %d", ErrTooLarge, g.ratio, g.n, g.in.n)
	}
	return n, err
}

// limiter fails a document that grows past max bytes.
type limiter struct {
	r   io.Reader
	n   int64
	max int64
}

// Read implements io.Reader.
func (l *limiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return 0, tooLarge(l.max)
	}
	return n, err
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: expands to more than %d bytes (--max-member-bytes)", ErrTooLarge, max)
}
