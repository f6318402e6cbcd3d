package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// matchFiles expands file globs (local, gs://, s3://) through Beam's file
// systems into file names. It lists names only: fileio.MatchFiles also
// asks each file's size, and the local file system's Size leaves the file
// open, which runs out of file descriptors on a folder of many thousand
// articles.
func matchFiles(s beam.Scope, globs []string) beam.PCollection {
	s = s.Scope("MatchFiles")
	for _, g := range globs {
		filesystem.ValidateScheme(g)
	}
	return beam.ParDo(s, matchGlob, beam.CreateList(s, globs))
}

// matchGlob emits the files a glob names, sorted; a glob without
// wildcards must match.
func matchGlob(ctx context.Context, glob string, emit func(string)) error {
	fsys, err := filesystem.New(ctx, glob)
	if err != nil {
		return err
	}
	defer fsys.Close()
	names, err := fsys.List(ctx, glob)
	if err != nil {
		return err
	}
	if len(names) == 0 && !strings.ContainsAny(glob, "*?[") {
		return fmt.Errorf("%s: no such file", glob)
	}
	sort.Strings(names)
	for _, n := range names {
		emit(n)
	}
	return nil
}
