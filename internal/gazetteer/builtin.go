package gazetteer

import (
	"fmt"
	"strings"
	"sync"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// builtinEntries are the compiled built-in entries, decoded one at a time
// when a match or a caller asks for them.
type builtinEntries struct {
	text    string // the compiled entries after the header line
	index   *frozenIndex
	cache   lazyEntries // the entries decoded
	allOnce sync.Once
	allList []*Entry
}

// openBuiltin returns the entries of a compiled file with their index,
// checking that the index's lines fall inside the file.
func openBuiltin(compiled string, indexFile []byte) (*builtinEntries, error) {
	head, text, _ := strings.Cut(compiled, "\n")
	var ne, nf, nk int
	if _, err := fmt.Sscanf(head, compiledHeader+" entries=%d forms=%d keys=%d", &ne, &nf, &nk); err != nil {
		return nil, fmt.Errorf("%s: bad header %q", CompiledFile, head)
	}
	x, err := openIndex(indexFile)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", IndexFile, err)
	}
	if x.entries != ne {
		return nil, fmt.Errorf("%s has %d entries, %s %d: run make gazetteer", IndexFile, x.entries, CompiledFile, ne)
	}
	// The ends of the entry lines; entry checks each line it decodes.
	if ne > 0 {
		first, _ := x.line(0)
		if _, last := x.line(ne - 1); first != 0 || last != len(text) {
			return nil, fmt.Errorf("%s does not match %s: run make gazetteer", IndexFile, CompiledFile)
		}
	}
	return &builtinEntries{text: text, index: x}, nil
}

// len returns the number of built-in entries; 0 for none.
func (b *builtinEntries) len() int {
	if b == nil {
		return 0
	}
	return b.index.entries
}

// entry returns entry i, decoding it on first use.
func (b *builtinEntries) entry(i int) *Entry {
	return b.cache.get(i, b.len(), b.decode)
}

// decode decodes entry i from its compiled line.
func (b *builtinEntries) decode(i int) *Entry {
	start, end := b.index.line(i)
	if start >= end || end > len(b.text) || b.text[end-1] != '\n' {
		panic(fmt.Sprintf("gazetteer: %s does not match %s at entry %d: run make gazetteer", IndexFile, CompiledFile, i+1))
	}
	e, err := decodeEntryLine(b.text[start : end-1])
	if err != nil {
		// openBuiltin checked the file's shape and TestBuiltinEntries
		// every line: a bad line is a build that skipped make gazetteer.
		panic(fmt.Sprintf("gazetteer: %s entry %d: %v", CompiledFile, i+1, err))
	}
	return e
}

// all returns every built-in entry, in load order.
func (b *builtinEntries) all() []*Entry {
	b.allOnce.Do(func() {
		b.allList = make([]*Entry, b.len())
		for i := range b.allList {
			b.allList[i] = b.entry(i)
		}
	})
	return b.allList
}

// decodeEntryLine decodes the entry fields of a compiled line (see
// Compile), without the token keys.
func decodeEntryLine(line string) (*Entry, error) {
	var f [6]string
	for k := range f {
		var ok bool
		if f[k], line, ok = strings.Cut(line, "\t"); !ok && k < len(f)-1 {
			return nil, fmt.Errorf("%d fields, want 7", k+1)
		}
	}
	t, ok := entity.ParseType(f[1])
	if !ok {
		return nil, fmt.Errorf("bad type %q", f[1])
	}
	e := &Entry{Canonical: f[0], Type: t, ID: f[3], Origin: f[4], SharesForms: f[5] == "1"}
	if f[2] != "" {
		e.Aliases = strings.Split(f[2], "|")
	}
	return e, nil
}
