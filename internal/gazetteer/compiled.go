package gazetteer

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// CompiledFile is the file, beside the entry files in data/, that holds
// the built-in entries compiled: merged and with the token keys of every
// form, so that a process start builds the matcher without parsing,
// merging or tokenizing. Regenerate it after changing an entry file:
//
//	go run ./internal/gazetteer/gen/compile
//
// (a test fails while it is stale).
const CompiledFile = "entries.compiled"

// compiledHeader starts a compiled file; the counts that follow size the
// decoder's allocations.
const compiledHeader = "#prensa-gazetteer-compiled-v1"

// Field and form separators inside a compiled line's last field.
const (
	keySep  = "\x1f" // between the token keys of one form
	formSep = "\x1e" // between the forms of one entry
)

// Compile reads the entry files of dir in fsys (every *.tsv that is not a
// word list), merges them as the loader does, and returns their compiled
// form: a header line, then one line per entry —
// canonical, type, aliases (|), id, origin, 1 if it shares forms, and the
// token keys of its forms — in load order.
func Compile(fsys fs.FS, dir string) ([]byte, error) {
	es, err := readEntryFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	forms, keys := 0, 0
	for _, e := range es {
		body.WriteString(e.Canonical)
		body.WriteByte('\t')
		body.WriteString(string(e.Type))
		body.WriteByte('\t')
		body.WriteString(strings.Join(e.Aliases, "|"))
		body.WriteByte('\t')
		body.WriteString(e.ID)
		body.WriteByte('\t')
		body.WriteString(e.Origin)
		body.WriteByte('\t')
		if e.SharesForms {
			body.WriteByte('1')
		} else {
			body.WriteByte('0')
		}
		body.WriteByte('\t')
		for i, f := range e.Forms() {
			if i > 0 {
				body.WriteString(formSep)
			}
			ks := formKeys(f)
			body.WriteString(strings.Join(ks, keySep))
			forms++
			keys += len(ks)
		}
		body.WriteByte('\n')
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "%s entries=%d forms=%d keys=%d\n", compiledHeader, len(es), forms, keys)
	out.Write(body.Bytes())
	return out.Bytes(), nil
}

// readEntryFiles parses the entry files of dir in fsys, in name order and
// in parallel, and merges their entries.
func readEntryFiles(fsys fs.FS, dir string) ([]*Entry, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sortDataFiles(names)
	parsed := make([][]*Entry, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, name := range names {
		base := path.Base(name)
		if IsListFile(base) || strings.HasPrefix(base, generatedPrefix) && base != linksFile {
			continue // the generated place tables are read through places.idx
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			data, err := fs.ReadFile(fsys, name)
			if err == nil {
				parsed[i], err = parseTSV(string(data), "builtin:"+base)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	var entries []*Entry
	for i := range names {
		if errs[i] != nil {
			return nil, errs[i]
		}
		entries = append(entries, parsed[i]...)
	}
	return mergeEntries(entries), nil
}

// CompileLists reads the word list files of dir in fsys (see IsListFile)
// and returns their table (ListsFile).
func CompileLists(fsys fs.FS, dir string) ([]byte, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	m := newListMaps()
	for _, name := range names {
		base := path.Base(name)
		if !IsListFile(base) {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err == nil {
			err = m.readList(base, string(data))
		}
		if err != nil {
			return nil, err
		}
	}
	return writeWords(m), nil
}

// CompileIndex returns the matcher index (IndexFile) of a compiled file
// written by Compile.
func CompileIndex(compiled []byte) ([]byte, error) {
	c, err := decodeCompiled(string(compiled))
	if err != nil {
		return nil, err
	}
	_, text, _ := bytes.Cut(compiled, []byte("\n"))
	lines := make([]uint32, 0, len(c.entries)+1)
	for off := 0; ; {
		lines = append(lines, uint32(off))
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	// the last offset is the end of the text, which ends with a newline
	lines = lines[:len(c.entries)+1]
	return writeIndex(c, lines)
}

// compiled is a decoded compiled file: the entries and the token keys of
// their forms (entry i's forms are forms[formAt[i]:formAt[i+1]], in the
// order of Entry.Forms).
type compiled struct {
	entries []*Entry
	forms   [][]string
	formAt  []int
}

// decodeCompiled decodes a compiled file. Its strings are substrings of s.
func decodeCompiled(s string) (*compiled, error) {
	head, s, _ := strings.Cut(s, "\n")
	var ne, nf, nk int
	if _, err := fmt.Sscanf(head, compiledHeader+" entries=%d forms=%d keys=%d", &ne, &nf, &nk); err != nil {
		return nil, fmt.Errorf("%s: bad header %q", CompiledFile, head)
	}
	c := &compiled{entries: make([]*Entry, 0, ne), forms: make([][]string, 0, nf), formAt: make([]int, 0, ne+1)}
	block := make([]Entry, ne)
	keyPool := make([]string, 0, nk)
	aliasPool := make([]string, 0, nf)
	for i := 0; i < ne; i++ {
		var line string
		var ok bool
		if line, s, ok = strings.Cut(s, "\n"); !ok {
			return nil, fmt.Errorf("%s: %d entries, want %d", CompiledFile, i, ne)
		}
		var f [7]string
		for k := range f {
			f[k], line, _ = strings.Cut(line, "\t")
		}
		e := &block[i]
		e.Canonical, e.Type, e.ID, e.Origin, e.SharesForms = f[0], entity.Type(f[1]), f[3], f[4], f[5] == "1"
		if _, ok := entity.ParseType(f[1]); !ok {
			return nil, fmt.Errorf("%s: entry %d: bad type %q", CompiledFile, i+1, f[1])
		}
		if f[2] != "" {
			at := len(aliasPool)
			for a, rest, more := "", f[2], true; more; {
				a, rest, more = strings.Cut(rest, "|")
				aliasPool = append(aliasPool, a)
			}
			e.Aliases = aliasPool[at:len(aliasPool):len(aliasPool)]
		}
		c.entries = append(c.entries, e)
		c.formAt = append(c.formAt, len(c.forms))
		for form, rest, more := "", f[6], true; more; {
			form, rest, more = strings.Cut(rest, formSep)
			at := len(keyPool)
			if form != "" {
				for k, kr, km := "", form, true; km; {
					k, kr, km = strings.Cut(kr, keySep)
					keyPool = append(keyPool, k)
				}
			}
			c.forms = append(c.forms, keyPool[at:len(keyPool):len(keyPool)])
		}
		if got := len(c.forms) - c.formAt[i]; got != 1+len(e.Aliases) {
			return nil, fmt.Errorf("%s: entry %d (%s): %d forms, want %d", CompiledFile, i+1, e.Canonical, got, 1+len(e.Aliases))
		}
	}
	c.formAt = append(c.formAt, len(c.forms))
	if len(keyPool) != nk {
		return nil, fmt.Errorf("%s: %d keys, want %d", CompiledFile, len(keyPool), nk)
	}
	return c, nil
}
