package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/prensa-nlp/prensa/internal/source"
)

// expandFn turns one matched file into its documents (source.Docs: a text
// file, a compressed file, an archive's members, an export's records, a
// WARC file's responses), each handed to one of Branches tagging branches
// in turn. A file that cannot be read becomes one error document.
type expandFn struct {
	// Source says how exports are read and what archives may expand to;
	// its Include filters the matched files and the archives' members.
	Source source.Options
	// Branches is the number of tagging branches (at least 1).
	Branches int

	next int // the branch of the next document
}

// ProcessElement expands one file.
func (f *expandFn) ProcessElement(ctx context.Context, name string, emit func(Doc)) error {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if !source.Matches(f.Source.Include, base) && !source.IsArchiveName(base) {
		return nil
	}
	send := func(d Doc) {
		d.Branch = f.next % max(f.Branches, 1)
		f.next++
		emit(d)
	}
	file, cleanup, err := openLocal(ctx, name)
	if err == errIsDir {
		return nil // a glob matched a folder: not a document
	}
	if err != nil {
		send(Doc{Source: name, Err: stripPath(err).Error()})
		return nil
	}
	defer cleanup()
	for d := range source.Docs(name, file, f.Source) {
		if d.Member == "" && !d.Record && d.Kind == source.Text && d.Body == file && isLocal(name) {
			// the file itself, as text: the tagging worker reads it
			send(Doc{Source: d.Source, Path: name})
			return nil
		}
		doc := newDoc(d)
		if d.Body == file {
			// a remote text file, read whole from its local copy
			doc.Seekable = doc.BodyErr == ""
		}
		send(doc)
	}
	return nil
}

// errIsDir is openLocal's error for a folder.
var errIsDir = errors.New("is a directory")

// isLocal reports whether a path is on the local file system (no scheme).
func isLocal(name string) bool { return !strings.Contains(name, "://") }

// openLocal opens a file as an *os.File, which archives (zip) need and
// which 'prensa batch' reads: a local file in place, a remote one (gs://,
// s3://) through Beam's file systems, copied to a temporary file first.
func openLocal(ctx context.Context, name string) (*os.File, func(), error) {
	if isLocal(name) {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, nil, errIsDir
		}
		return f, func() { f.Close() }, nil
	}
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	tmp, err := os.CreateTemp("", "prensa-beam-*")
	if err != nil {
		return nil, nil, err
	}
	drop := func() { tmp.Close(); os.Remove(tmp.Name()) }
	if _, err := io.Copy(tmp, r); err != nil {
		drop()
		return nil, nil, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		drop()
		return nil, nil, err
	}
	return tmp, drop, nil
}

// stripPath drops the path from an *fs.PathError so that messages name the
// file once (as 'prensa batch' does).
func stripPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
