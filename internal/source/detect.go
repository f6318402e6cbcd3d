package source

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

// format is what a stream holds.
type format int

const (
	fmtText format = iota
	fmtGzip
	fmtBzip2
	fmtZstd
	fmtXz
	fmtZip
	fmtTar
	fmtWARC
	fmtJSONL
	fmtJSON
	fmtCSV
	fmtTSV
	fmtHTML
)

// sniffSize is how much of a stream detection looks at.
const sniffSize = 512

// maxDepth bounds nesting: compression inside compression inside an
// archive is as deep as prensa goes.
const maxDepth = 4

// detect finds the format of a stream from its first bytes, then from its
// name (hint, a base name).
func detect(head []byte, hint string) format {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return fmtGzip
	case isBzip2(head):
		return fmtBzip2
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return fmtZstd
	case bytes.HasPrefix(head, []byte{0xfd, '7', 'z', 'X', 'Z', 0x00}):
		return fmtXz
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return fmtZip
	case isTarHeader(head):
		return fmtTar
	case bytes.HasPrefix(head, []byte("WARC/")):
		return fmtWARC
	}
	ext := strings.ToLower(hint)
	switch {
	case strings.HasSuffix(ext, ".tar"):
		return fmtTar
	case strings.HasSuffix(ext, ".jsonl"), strings.HasSuffix(ext, ".ndjson"):
		return fmtJSONL
	case strings.HasSuffix(ext, ".json"):
		return fmtJSON
	case strings.HasSuffix(ext, ".csv"):
		return fmtCSV
	case strings.HasSuffix(ext, ".tsv"), strings.HasSuffix(ext, ".tab"):
		return fmtTSV
	case strings.HasSuffix(ext, ".html"), strings.HasSuffix(ext, ".htm"), strings.HasSuffix(ext, ".xhtml"):
		return fmtHTML
	case strings.HasSuffix(ext, ".warc"):
		return fmtWARC
	}
	if looksHTML(head) {
		return fmtHTML
	}
	return fmtText
}

// isBzip2 checks the stream header and the magic of the first block (or of
// the end of an empty stream), so that a text starting "BZh" is text.
func isBzip2(b []byte) bool {
	if len(b) < 10 || b[0] != 'B' || b[1] != 'Z' || b[2] != 'h' || b[3] < '1' || b[3] > '9' {
		return false
	}
	return bytes.Equal(b[4:10], []byte{0x31, 0x41, 0x59, 0x26, 0x53, 0x59}) ||
		bytes.Equal(b[4:10], []byte{0x17, 0x72, 0x45, 0x38, 0x50, 0x90})
}

// looksHTML reports whether a text starts as an HTML document does.
func looksHTML(head []byte) bool {
	b := bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	b = bytes.TrimLeft(b, " \t\r\n")
	low := bytes.ToLower(b[:min(len(b), 15)])
	return bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html"))
}

// peek returns the first n bytes of r (fewer at its end) and a reader that
// still yields them. A seekable reader (a file) is rewound and returned as
// it is, so that decoding can scan it again.
func peek(r io.Reader, n int) ([]byte, io.Reader, error) {
	if s, ok := r.(io.ReadSeeker); ok {
		if base, err := s.Seek(0, io.SeekCurrent); err == nil {
			buf := make([]byte, n)
			k, err := io.ReadFull(s, buf)
			if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
				return nil, nil, err
			}
			if _, err := s.Seek(base, io.SeekStart); err != nil {
				return nil, nil, err
			}
			return buf[:k], r, nil
		}
	}
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < n {
		br = bufio.NewReaderSize(r, max(n, 64<<10))
	}
	head, err := br.Peek(n)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, nil, err
	}
	return head, br, nil
}

// docs yields the documents of one stream: source names it, member is its
// path inside an archive, hint the base name its format is guessed from;
// expanded is set when it came out of a compressed file or an archive.
// It returns false when the consumer stopped.
func (rd *reader) docs(source, member, hint string, r io.Reader, depth int, expanded bool) bool {
	if depth > maxDepth {
		return rd.emit(&Doc{Source: source, Member: member, Err: fmt.Errorf("nested too deep (more than %d layers of compression and archives)", maxDepth)})
	}
	head, r, err := peek(r, sniffSize)
	if err != nil {
		return rd.emit(&Doc{Source: source, Member: member, Err: stripPath(err)})
	}
	f := detect(head, hint)
	switch f {
	case fmtGzip, fmtBzip2, fmtZstd, fmtXz:
		in := &counter{r: r}
		dr, closeFn, err := decompressor(f, in)
		if err != nil {
			return rd.emit(&Doc{Source: source, Member: member, Err: err})
		}
		defer closeFn()
		g := &guard{r: dr, in: in, ratio: rd.o.MaxRatio}
		return rd.docs(source, member, StripCompression(hint), g, depth+1, true)
	case fmtZip:
		return rd.zip(source, member, hint, r)
	case fmtTar:
		if member != "" {
			return rd.emit(&Doc{Source: source, Member: member, Err: errNested})
		}
		return rd.tar(source, r, depth)
	case fmtWARC:
		return rd.warc(source, member, r)
	case fmtJSONL, fmtJSON:
		return rd.json(source, member, r, f == fmtJSON)
	case fmtCSV, fmtTSV:
		return rd.csv(source, member, r, f == fmtTSV)
	}
	var body io.Reader = r
	if expanded {
		body = &limiter{r: r, max: rd.o.MaxMemberBytes}
	}
	kind := Text
	if f == fmtHTML {
		kind = HTML
	}
	return rd.emit(&Doc{Source: source, Member: member, Kind: kind, Body: body})
}

// errNested is the error of an archive inside an archive.
var errNested = fmt.Errorf("an archive inside an archive is not read")

// decompressor returns the decompressing reader of a format and a function
// releasing it.
func decompressor(f format, r io.Reader) (io.Reader, func(), error) {
	nop := func() {}
	switch f {
	case fmtGzip:
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, nop, nil
	case fmtBzip2:
		return bzip2.NewReader(r), nop, nil
	case fmtZstd:
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(128<<20))
		if err != nil {
			return nil, nil, fmt.Errorf("zstd: %w", err)
		}
		return zr, zr.Close, nil
	case fmtXz:
		zr, err := xz.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("xz: %w", err)
		}
		return zr, nop, nil
	}
	return nil, nil, fmt.Errorf("not a compressed format")
}

// isTarHeader reports whether head starts with a tar header: the POSIX
// magic "ustar\x00" or the GNU one "ustar  \x00" at offset 257, so that a
// text with "ustar" there ("No Te Va Gustar en…") stays text.
func isTarHeader(head []byte) bool {
	if len(head) < 263 {
		return false
	}
	m := head[257:]
	return bytes.HasPrefix(m, []byte("ustar\x00")) || bytes.HasPrefix(m, []byte("ustar  \x00"))
}
