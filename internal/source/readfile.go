package source

import (
	"io"
	"os"
	"path/filepath"
)

// ReadFile returns the content of the file at path, decompressed when it is
// compressed (found by content: gzip, bzip2, zstd, xz, also nested), within
// the expansion limits of o. It is for inputs read whole, such as fixtures;
// archives and exports are read by Docs.
func ReadFile(path string, o Options) ([]byte, error) {
	o = o.withDefaults()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	hint := filepath.Base(path)
	for depth := 0; ; depth++ {
		head, pr, err := peek(r, sniffSize)
		if err != nil {
			return nil, err
		}
		r = pr
		kind := detect(head, hint)
		if depth == maxDepth || kind < fmtGzip || kind > fmtXz {
			break
		}
		in := &counter{r: r}
		dr, closeFn, err := decompressor(kind, in)
		if err != nil {
			return nil, err
		}
		defer closeFn()
		r = &limiter{r: &guard{r: dr, in: in, ratio: o.MaxRatio}, max: o.MaxMemberBytes}
		hint = StripCompression(hint)
	}
	return io.ReadAll(r)
}
