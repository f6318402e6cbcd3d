package source

import (
	"archive/tar"
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// errUnsafeName is the error of a member whose name leads outside the
// archive's folder (../../etc/passwd, /etc/passwd).
var errUnsafeName = errors.New("unsafe member name (absolute, or leads outside the archive's folder), not read")

// memberName checks an archive member's name and returns it cleaned.
func memberName(name string) (string, error) {
	if name == "" || !filepath.IsLocal(filepath.FromSlash(name)) || path.IsAbs(name) {
		return "", errUnsafeName
	}
	return path.Clean(name), nil
}

// memberSource is how a member is named in the output.
func memberSource(archive, name string) string { return archive + "!/" + name }

// member yields the documents of one archive member, after the checks on
// its name and declared size. It returns false when the consumer stopped.
func (rd *reader) member(archive, raw string, size int64, open func() (io.ReadCloser, error), ratio func() bool, depth int) bool {
	name, err := memberName(raw)
	if err != nil {
		return rd.emit(&Doc{Source: memberSource(archive, raw), Err: err})
	}
	if !Matches(rd.o.Include, path.Base(name)) {
		return true
	}
	src := memberSource(archive, name)
	if size > rd.o.MaxMemberBytes {
		return rd.emit(&Doc{Source: src, Member: name, Err: fmt.Errorf("%w: member of %d bytes, over the limit of %d (--max-member-bytes)", ErrTooLarge, size, rd.o.MaxMemberBytes)})
	}
	if ratio != nil && ratio() {
		return rd.emit(&Doc{Source: src, Member: name, Err: fmt.Errorf("%w: member expands more than %d times (--max-ratio)", ErrTooLarge, rd.o.MaxRatio)})
	}
	rc, err := open()
	if err != nil {
		return rd.emit(&Doc{Source: src, Member: name, Err: err})
	}
	defer rc.Close()
	return rd.docs(src, name, path.Base(name), &limiter{r: rc, max: rd.o.MaxMemberBytes}, depth+1, true)
}

// tar yields the documents of the regular files of a tar stream, in
// archive order.
func (rd *reader) tar(source string, r io.Reader, depth int) bool {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil && !errors.Is(err, tar.ErrInsecurePath) {
			return rd.emit(&Doc{Source: source, Err: fmt.Errorf("reading archive: %w", err)})
		}
		if !h.FileInfo().Mode().IsRegular() {
			continue // folders, links, devices: not documents
		}
		body := &tracked{r: tr}
		open := func() (io.ReadCloser, error) { return io.NopCloser(body), nil }
		if !rd.member(source, h.Name, h.Size, open, nil, depth) {
			return false
		}
		if body.err != nil {
			return true // reported on the member; the archive cannot go on
		}
	}
}

// tracked remembers a read error other than io.EOF.
type tracked struct {
	r   io.Reader
	err error
}

// Read implements io.Reader.
func (t *tracked) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF {
		t.err = err
	}
	return n, err
}

// fileLike is what zip needs of its input: an opened file.
type fileLike interface {
	io.ReaderAt
	Stat() (os.FileInfo, error)
}

// zip yields the documents of the regular files of a zip archive, in the
// order of its central directory. A corrupt member is an error record; the
// others are still read.
func (rd *reader) zip(source, member, hint string, r io.Reader) bool {
	named := strings.HasSuffix(strings.ToLower(hint), ".zip")
	if member != "" {
		if !named {
			return rd.emit(&Doc{Source: source, Member: member, Kind: Text, Body: r})
		}
		return rd.emit(&Doc{Source: source, Member: member, Err: errNested})
	}
	f, ok := r.(fileLike)
	if !ok {
		return rd.emit(&Doc{Source: source, Err: errors.New("a zip archive is read from a file, not from a stream or a compressed file")})
	}
	fi, err := f.Stat()
	if err != nil {
		return rd.emit(&Doc{Source: source, Err: stripPath(err)})
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil && !named {
		// "PK" and bytes that are no archive: not named one, it is read
		// as text (and most likely refused as binary)
		return rd.emit(&Doc{Source: source, Kind: Text, Body: r})
	}
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return rd.emit(&Doc{Source: source, Err: fmt.Errorf("reading archive: %w", err)})
	}
	for _, zf := range zr.File {
		if !zf.Mode().IsRegular() {
			continue
		}
		ratio := func() bool {
			u, c := zf.UncompressedSize64, zf.CompressedSize64
			return rd.o.MaxRatio > 0 && u > ratioAfter && u > uint64(rd.o.MaxRatio)*max(c, 1)
		}
		open := func() (io.ReadCloser, error) {
			rc, err := zf.Open()
			if err != nil {
				return nil, fmt.Errorf("reading archive: %w", err)
			}
			return rc, nil
		}
		if !rd.member(source, zf.Name, int64(min(zf.UncompressedSize64, 1<<62)), open, ratio, 0) {
			return false
		}
	}
	return true
}
