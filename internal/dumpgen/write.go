package dumpgen

import (
	"os"
	"path/filepath"
)

// Stats describe a written dump.
type Stats struct {
	Files int
	Bytes int64
}

// Write writes articles 0 to n-1 into dir (created if missing), in
// subfolders of Options.PerDir files each.
func (gen *Generator) Write(dir string, n int) (Stats, error) {
	var st Stats
	lastDir := ""
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, filepath.FromSlash(gen.Path(i)))
		if d := filepath.Dir(p); d != lastDir {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return st, err
			}
			lastDir = d
		}
		data := gen.Article(i)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return st, err
		}
		st.Files++
		st.Bytes += int64(len(data))
	}
	return st, nil
}
