package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestRemoteFileSystem reads a dump and writes the records through a
// file system that is not the local one (Beam's memfs standing in for
// gs:// and s3://), and checks the records against 'prensa batch' over the
// same files on disk.
func TestRemoteFileSystem(t *testing.T) {
	dir := t.TempDir()
	writeDump(t, dir, "mixed", 70)
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		memfs.Write("memfs://dump/"+filepath.ToSlash(rel), data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range batchLines(t, nil, dir) {
		want = append(want, strings.ReplaceAll(l, `"source":"`+dir, `"source":"memfs://dump`))
	}

	job := parseJob(t, []string{"--input", "memfs://dump/*", "--input", "memfs://dump/txt/*/*", "--input", "memfs://dump/gz/*/*",
		"--output", "memfs://out/tagged", "--shards", "2", "--workers", "2"})
	p, s := beam.NewPipelineWithRoot()
	job.Build(s)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	fsys := memfs.New(ctx)
	names, err := fsys.List(ctx, "memfs://out/tagged-*")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shards: %v", err)
	}
	var got []string
	for _, n := range names {
		r, err := fsys.OpenRead(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, splitLines(string(data))...)
	}
	if diff := diffLines(want, got); diff != "" {
		t.Fatalf("records differ from prensa batch:\n%s", diff)
	}
}
