package source

import (
	"io"
	"os"
	"path/filepath"
)

// ReadFile returns the content of the file at path, decompressed when it is
// compressed, within the expansion limits of o. It is for inputs read
// whole, such as fixtures; archives and exports are read by Docs.
func ReadFile(path string, o Options) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, done, err := Decompressed(f, filepath.Base(path), o)
	if err != nil {
		return nil, err
	}
	defer done()
	return io.ReadAll(&limiter{r: r, max: o.withDefaults().MaxMemberBytes})
}

// Decompressed returns r decompressed when it is compressed (found by
// content: gzip, bzip2, zstd, xz, also nested), within o.MaxRatio (a stream
// of many documents has no size limit), or r's bytes as they are; hint is the input's base name. done
// releases the decompressors. For a stream read as it comes (lines driven
// one at a time), do not use it: it waits for the first bytes of r.
func Decompressed(r io.Reader, hint string, o Options) (out io.Reader, done func(), err error) {
	o = o.withDefaults()
	var closers []func()
	done = func() {
		for _, c := range closers {
			c()
		}
	}
	for depth := 0; ; depth++ {
		head, pr, err := peek(r, sniffSize)
		if err != nil {
			done()
			return nil, nil, err
		}
		r = pr
		kind := detect(head, hint)
		if depth == maxDepth || kind < fmtGzip || kind > fmtXz {
			return r, done, nil
		}
		in := &counter{r: r}
		dr, closeFn, err := decompressor(kind, in)
		if err != nil {
			done()
			return nil, nil, err
		}
		closers = append(closers, closeFn)
		r = &guard{r: dr, in: in, ratio: o.MaxRatio}
		hint = StripCompression(hint)
	}
}
