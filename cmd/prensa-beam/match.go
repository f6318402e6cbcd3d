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
//
// Each name is keyed by the branch that reads it: names are dealt in turn
// to the reading branches.
func matchFiles(s beam.Scope, globs []string, branches int) beam.PCollection {
	s = s.Scope("MatchFiles")
	for _, g := range globs {
		filesystem.ValidateScheme(g)
	}
	return beam.ParDo(s, &matchFn{Branches: branches}, beam.CreateList(s, globs))
}

// matchFn emits the files a glob names, sorted, each keyed by its reading
// branch; a glob without wildcards must match.
type matchFn struct {
	// Branches is the number of reading branches (at least 1).
	Branches int

	next int // the branch of the next file
}

// ProcessElement lists one glob.
func (f *matchFn) ProcessElement(ctx context.Context, glob string, emit func(int, string)) error {
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
		emit(f.next%max(f.Branches, 1), n)
		f.next++
	}
	return nil
}
