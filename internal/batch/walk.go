package batch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/prensa-nlp/prensa/internal/source"
)

// item is one input found by the walk: a file to tag, or a problem to
// report in its place (Err set).
type item struct {
	Source string // the path as shown: root as given joined with rel
	Out    string // output path relative to the output folder, without ".json"
	Err    error
}

// walker walks the roots in a deterministic order: roots as given, then
// each folder's entries sorted by name. Symbolic links to files and folders
// are followed; a link back to a folder already on the current path (a
// loop) is reported instead of followed.
type walker struct {
	include []string    // base-name globs; a file matches if any does
	skip    os.FileInfo // a folder left out (the output folder), or nil
	prefix  bool        // put each root's base name in front of Out
}

// matches reports whether a base name is included: it matches a glob (as
// is or without its compression suffix), or it is an archive, walked into
// like a folder.
func (w *walker) matches(name string) bool {
	return source.Matches(w.include, name) || source.IsArchiveName(name)
}

// walk calls emit for every item under roots, in order, until emit returns
// false or ctx is done.
func (w *walker) walk(ctx context.Context, roots []string, emit func(item) bool) {
	for _, root := range roots {
		fi, err := os.Stat(root)
		if err != nil {
			if !emit(item{Source: root, Err: stripPath(err)}) {
				return
			}
			continue
		}
		outPrefix := ""
		if w.prefix {
			outPrefix = RootName(root)
		}
		if !fi.IsDir() {
			if !emit(w.file(root, filepath.Join(outPrefix, filepath.Base(root)), fi)) {
				return
			}
			continue
		}
		if !w.dir(ctx, root, outPrefix, []os.FileInfo{fi}, emit) {
			return
		}
	}
}

// RootName is the folder a root's outputs go to under the output folder
// when several roots are tagged: its base name, taken from the absolute
// path so that "..", "." or "/" never lead outside the output folder.
func RootName(root string) string {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = filepath.Clean(root)
	}
	b := filepath.Base(abs)
	if !filepath.IsLocal(b) {
		return "root"
	}
	return b
}

// dir walks the folder at path (output path out); stack holds the folders
// on the path from the root, for loop detection. It returns false to stop.
func (w *walker) dir(ctx context.Context, path, out string, stack []os.FileInfo, emit func(item) bool) bool {
	entries, err := os.ReadDir(path)
	if err != nil {
		// what could be read is still walked; the folder is reported
		if !emit(item{Source: path, Err: fmt.Errorf("reading folder: %w", stripPath(err))}) {
			return false
		}
	}
	for _, e := range entries {
		if ctx.Err() != nil {
			return false
		}
		name := e.Name()
		p := join(path, name)
		o := filepath.Join(out, name)
		var fi os.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(p) // follow the link
			if err != nil {
				if w.matches(name) {
					if !emit(item{Source: p, Err: linkError(err)}) {
						return false
					}
				}
				continue
			}
		} else if e.IsDir() {
			fi, err = e.Info()
			if err != nil {
				continue // removed while walking
			}
		}
		if fi != nil && fi.IsDir() {
			if w.skip != nil && os.SameFile(fi, w.skip) {
				continue
			}
			if loopsTo(stack, fi) {
				if !emit(item{Source: p, Err: errors.New("symbolic link loop (a folder that contains itself), not followed")}) {
					return false
				}
				continue
			}
			if !w.dir(ctx, p, o, append(stack, fi), emit) {
				return false
			}
			continue
		}
		if !w.matches(name) {
			continue
		}
		if fi == nil && e.Type().IsRegular() {
			if !emit(item{Source: p, Out: o}) {
				return false
			}
			continue
		}
		if fi == nil {
			if fi, err = e.Info(); err != nil {
				continue // removed while walking
			}
		}
		if !emit(w.file(p, o, fi)) {
			return false
		}
	}
	return true
}

// file returns the item of a file, or an error item for anything that is
// not a regular file (a FIFO or a device would block or never end).
func (w *walker) file(p, out string, fi os.FileInfo) item {
	if !fi.Mode().IsRegular() {
		return item{Source: p, Err: fmt.Errorf("not a regular file (%s)", fi.Mode().Type())}
	}
	return item{Source: p, Out: out}
}

func loopsTo(stack []os.FileInfo, fi os.FileInfo) bool {
	for _, s := range stack {
		if os.SameFile(s, fi) {
			return true
		}
	}
	return false
}

// join joins a folder and a name as given, without cleaning the folder, so
// that sources read as the user wrote the root ("./news/a.txt").
func join(dir, name string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) {
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

func linkError(err error) error {
	err = stripPath(err)
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("broken symbolic link")
	}
	return err
}

// stripPath drops the path from an *fs.PathError so that messages name the
// file once.
func stripPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
