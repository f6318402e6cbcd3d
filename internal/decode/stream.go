package decode

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Stream is an input decoded to UTF-8 as it is read, so that an input of any
// size is decoded in bounded memory.
//
// An input that ends within the first Head bytes is decoded by Bytes, with
// exactly its behaviour. A longer input is decided on as follows:
//   - with a UTF-16 byte-order mark, it is decoded as UTF-16;
//   - auto on a seekable input (a file): the whole input is scanned once
//     first (NUL bytes, UTF-8 validity), so the decision is Bytes's own;
//   - auto on a pipe: the first Head bytes decide (NUL bytes: binary; valid
//     UTF-8: UTF-8, else Windows-1252). A byte that is not valid UTF-8
//     further on is then read as Windows-1252 on its own, and a NUL byte
//     further on ends the stream with ErrBinary.
type Stream struct {
	// Encoding is the encoding used, as Bytes reports it.
	Encoding string
	r        io.Reader
	// whole is the decoded input when it fitted in the head.
	whole  string
	isHole bool
}

// Head is the number of bytes NewStream reads before deciding on a long
// input's encoding.
const Head = 1 << 20

// headSize is Head, smaller in tests.
var headSize = Head

// NewStream starts decoding src with the named encoding (see ParseEncoding).
// Errors are those of Bytes, or of reading src.
func NewStream(src io.Reader, enc string) (*Stream, error) {
	seeker, _ := src.(io.ReadSeeker)
	var base int64
	if seeker != nil {
		var err error
		if base, err = seeker.Seek(0, io.SeekCurrent); err != nil {
			seeker = nil // a pipe behind an *os.File
		}
	}
	head, err := readHead(src, headSize)
	if err != nil {
		if err != io.EOF {
			return nil, err
		}
		text, used, err := Bytes(head, enc)
		if err != nil {
			return nil, err
		}
		return &Stream{Encoding: used, whole: text, isHole: true}, nil
	}
	// the rest of the input, after the head already read
	br := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(head), src), 64<<10)
	if enc == Auto || enc == "" {
		switch {
		case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
			return utf16Stream(br, unicode.LittleEndian, UTF16LE), nil
		case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
			return utf16Stream(br, unicode.BigEndian, UTF16BE), nil
		}
	}
	cp := func(m *charmap.Charmap, name string) *Stream {
		return &Stream{Encoding: name, r: nulCheck{transform.NewReader(br, m.NewDecoder())}}
	}
	switch enc {
	case Auto, "":
		if bytes.IndexByte(head, 0) >= 0 {
			return nil, ErrBinary
		}
		if seeker != nil {
			valid, err := wholeIsUTF8(seeker, base)
			if err != nil {
				return nil, err
			}
			if _, err := seeker.Seek(base, io.SeekStart); err != nil {
				return nil, err
			}
			br.Reset(src)
			if !valid {
				return cp(charmap.Windows1252, Windows1252), nil
			}
			skipBOM(br)
			return &Stream{Encoding: UTF8, r: &utf8Reader{r: br}}, nil
		}
		if !validPrefix(head) {
			return cp(charmap.Windows1252, Windows1252), nil
		}
		skipBOM(br)
		return &Stream{Encoding: UTF8, r: &utf8Reader{r: br, repair: true}}, nil
	case UTF8:
		skipBOM(br)
		return &Stream{Encoding: UTF8, r: &utf8Reader{r: br}}, nil
	case Windows1252:
		return cp(charmap.Windows1252, Windows1252), nil
	case ISO88591:
		return cp(charmap.ISO8859_1, ISO88591), nil
	}
	return nil, fmt.Errorf("unknown encoding %q", enc)
}

// readHead reads the first n bytes of src, or all of it with io.EOF when it
// is shorter; its buffer grows with what is read (a file's size is known),
// so that a short input costs no more than its size.
func readHead(src io.Reader, n int) ([]byte, error) {
	size := 32 << 10
	if st, ok := src.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = int(fi.Size()) + 1 // one more byte to see the end
		}
	}
	buf := make([]byte, 0, min(max(size, 512), n))
	for len(buf) < n {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
			buf = buf[:len(buf):min(cap(buf), n)]
		}
		m, err := src.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// Whole returns the decoded input and true when it was short enough to be
// decoded at once.
func (s *Stream) Whole() (string, bool) { return s.whole, s.isHole }

// Read reads decoded UTF-8 text. The text is valid UTF-8, but a read may end
// inside a multi-byte character.
func (s *Stream) Read(p []byte) (int, error) {
	if s.isHole {
		if s.whole == "" {
			return 0, io.EOF
		}
		n := copy(p, s.whole)
		s.whole = s.whole[n:]
		if s.whole == "" {
			s.isHole = false
			s.r = eofReader{}
		}
		return n, nil
	}
	return s.r.Read(p)
}

type eofReader struct{}

// Read implements io.Reader.
func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

func utf16Stream(r io.Reader, order unicode.Endianness, name string) *Stream {
	d := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()
	return &Stream{Encoding: name, r: nulCheck{transform.NewReader(r, d)}}
}

func skipBOM(br *bufio.Reader) {
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, bomUTF8) {
		br.Discard(3)
	}
}

// wholeIsUTF8 scans src from base to its end and reports whether all of
// it is valid UTF-8; a NUL byte anywhere is ErrBinary.
func wholeIsUTF8(src io.ReadSeeker, base int64) (bool, error) {
	if _, err := src.Seek(base, io.SeekStart); err != nil {
		return false, err
	}
	buf := make([]byte, 256<<10)
	valid := true
	keep := 0 // bytes of a character cut by the previous read
	for {
		n, err := src.Read(buf[keep:])
		chunk := buf[:keep+n]
		if bytes.IndexByte(chunk[keep:], 0) >= 0 {
			return false, ErrBinary
		}
		end := len(chunk)
		if err == nil {
			end = lastRuneStart(chunk)
		}
		if valid && !utf8.Valid(chunk[:end]) {
			valid = false
		}
		keep = copy(buf, chunk[end:])
		if err == io.EOF {
			return valid, nil
		}
		if err != nil {
			return false, err
		}
	}
}

// lastRuneStart returns where a possibly incomplete last character of b
// begins (len(b) when b ends on a boundary).
func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

// validPrefix reports whether b is valid UTF-8 but for a character cut at
// its end.
func validPrefix(b []byte) bool {
	return utf8.Valid(b[:lastRuneStart(b)])
}

// nulCheck fails with ErrBinary on a NUL in decoded text.
type nulCheck struct{ r io.Reader }

// Read implements io.Reader.
func (c nulCheck) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if bytes.IndexByte(p[:n], 0) >= 0 {
		return 0, ErrBinary
	}
	return n, err
}

// utf8Reader passes UTF-8 through. With repair, a byte that does not start
// a valid character is decoded as Windows-1252; without, it is
// ErrInvalidUTF8. A NUL byte is ErrBinary.
type utf8Reader struct {
	r      *bufio.Reader
	repair bool
	out    []byte // decoded bytes not yet returned
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	if len(p) < utf8.UTFMax {
		return u.readSmall(p)
	}
	if len(u.out) > 0 {
		n := copy(p, u.out)
		u.out = u.out[n:]
		return n, nil
	}
	if u.r.Buffered() == 0 {
		if _, err := u.r.Peek(1); err != nil {
			return 0, err
		}
	}
	chunk, _ := u.r.Peek(min(u.r.Buffered(), len(p)))
	if e := lastRuneStart(chunk); e < len(chunk) {
		if e > 0 {
			chunk = chunk[:e] // the character goes on in the stream
		} else {
			chunk, _ = u.r.Peek(utf8.UTFMax) // shorter at the end of input
		}
	}
	i := 0
	for i < len(chunk) {
		c := chunk[i]
		if c == 0 {
			if i > 0 {
				break
			}
			return 0, ErrBinary
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(chunk[i:])
		if r == utf8.RuneError && size == 1 {
			if i > 0 {
				break
			}
			if !u.repair {
				return 0, ErrInvalidUTF8
			}
			u.r.Discard(1)
			return utf8.EncodeRune(p, cp1252Rune(c)), nil
		}
		if i+size > len(p) {
			break
		}
		i += size
	}
	copy(p, chunk[:i])
	u.r.Discard(i)
	return i, nil
}

// readSmall serves reads into tiny buffers through out.
func (u *utf8Reader) readSmall(p []byte) (int, error) {
	if len(u.out) == 0 {
		buf := make([]byte, 64)
		n, err := u.Read(buf)
		if n == 0 {
			return 0, err
		}
		u.out = buf[:n]
	}
	k := copy(p, u.out)
	u.out = u.out[k:]
	return k, nil
}

// cp1252Rune decodes one Windows-1252 byte.
func cp1252Rune(c byte) rune {
	out, err := charmap.Windows1252.NewDecoder().Bytes([]byte{c})
	if err != nil {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRune(out)
	return r
}

// FromString returns a Stream of text that is already decoded (a field of
// a JSON record, the text extracted from a page), reporting enc as its
// encoding.
func FromString(text, enc string) *Stream {
	return &Stream{Encoding: enc, whole: text, isHole: true}
}
