// Package cluster provides Brown word clusters for Spanish news text: the
// clustering algorithm (Train), the corpus tokenization it was trained with
// (Tokenize, Normalize), and the shipped cluster table (Default).
//
// A cluster table maps a word to a bit-string path in the binary merge tree;
// words whose paths share a long prefix occur in similar contexts. NER
// features usually use prefixes of lengths such as 4, 6, 10 and 20.
//
// Keys are case-preserving and digit-normalized (Normalize). Lookup tries the
// exact form, then the lowercase form, then the capitalized form (first letter
// upper, rest lower), so "MADRID" finds "Madrid" and "Hoy" finds "hoy".
//
// The file format, one word per line, is
//
//	word<TAB>path<TAB>count
//
// where count is the word's frequency in the training corpus. Lines that start
// with '#' and contain no tab are comments (kept as the table's header).
package cluster

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/brown.tsv
var defaultTable string

var (
	defaultOnce     sync.Once
	defaultClusters *Clusters
)

// Default returns the cluster table shipped with prensa (data/brown.tsv),
// parsed on first use. It panics if the embedded table is malformed, which
// the package tests rule out.
func Default() *Clusters {
	defaultOnce.Do(func() {
		c, err := parseString(defaultTable)
		if err != nil {
			panic("cluster: embedded table: " + err.Error())
		}
		defaultClusters = c
	})
	return defaultClusters
}

type entry struct {
	path  string
	count int
}

// Clusters is a word → path table. The zero value is an empty table. It is
// safe for concurrent lookups.
type Clusters struct {
	m      map[string]entry
	header []string
}

// Len returns the number of words in the table.
func (c *Clusters) Len() int { return len(c.m) }

// Header returns the comment lines of the table (without the leading "# "),
// e.g. how it was made and the attribution of the corpora.
func (c *Clusters) Header() []string { return slices.Clone(c.header) }

// SetHeader replaces the comment lines written by WriteTo. Lines must not
// contain tabs or newlines.
func (c *Clusters) SetHeader(lines []string) { c.header = slices.Clone(lines) }

// Lookup returns the path of word. It applies Normalize and tries the exact
// form, then the lowercase form, then the capitalized form.
func (c *Clusters) Lookup(word string) (path string, ok bool) {
	if c == nil || len(c.m) == 0 {
		return "", false
	}
	w := Normalize(word)
	if e, ok := c.m[w]; ok {
		return e.path, true
	}
	if !hasUpperOrNonASCII(w) {
		// Already lowercase ASCII: try the capitalized form only.
		if e, ok := c.m[capitalize(w)]; ok {
			return e.path, true
		}
		return "", false
	}
	lw := strings.ToLower(w)
	if lw != w {
		if e, ok := c.m[lw]; ok {
			return e.path, true
		}
	}
	if cw := capitalize(lw); cw != w {
		if e, ok := c.m[cw]; ok {
			return e.path, true
		}
	}
	return "", false
}

// Count returns the training-corpus count of the exact key word (no
// normalization or fallback), or 0.
func (c *Clusters) Count(word string) int {
	if c == nil {
		return 0
	}
	return c.m[word].count
}

func hasUpperOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= utf8.RuneSelf || (b >= 'A' && b <= 'Z') {
			return true
		}
	}
	return false
}

// capitalize upper-cases the first letter of a lowercase string.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if u == r {
		return s
	}
	return string(u) + s[n:]
}

// WriteTo writes the table in the file format: the header as "# " comment
// lines, then one line per word sorted by path, then by decreasing count,
// then by word. The output is a deterministic function of the table.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	for _, h := range c.header {
		k, _ := bw.WriteString("# " + h + "\n")
		n += int64(k)
	}
	words := make([]string, 0, len(c.m))
	for word := range c.m {
		words = append(words, word)
	}
	slices.SortFunc(words, func(a, b string) int {
		ea, eb := c.m[a], c.m[b]
		if x := strings.Compare(ea.path, eb.path); x != 0 {
			return x
		}
		if ea.count != eb.count {
			return eb.count - ea.count
		}
		return strings.Compare(a, b)
	})
	var buf []byte
	for _, word := range words {
		e := c.m[word]
		buf = append(buf[:0], word...)
		buf = append(buf, '\t')
		buf = append(buf, e.path...)
		buf = append(buf, '\t')
		buf = strconv.AppendInt(buf, int64(e.count), 10)
		buf = append(buf, '\n')
		k, _ := bw.Write(buf)
		n += int64(k)
	}
	return n, bw.Flush()
}

// Parse reads a table in the format written by WriteTo.
func Parse(r io.Reader) (*Clusters, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parseString(string(b))
}

func parseString(s string) (*Clusters, error) {
	c := &Clusters{m: make(map[string]entry, strings.Count(s, "\n"))}
	words := 0
	for lineNo := 1; s != ""; lineNo++ {
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		t1 := strings.IndexByte(line, '\t')
		if t1 < 0 {
			if line[0] == '#' {
				c.header = append(c.header, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
				continue
			}
			return nil, fmt.Errorf("cluster: line %d: want word<TAB>path<TAB>count", lineNo)
		}
		rest := line[t1+1:]
		t2 := strings.IndexByte(rest, '\t')
		if t1 == 0 || t2 <= 0 {
			return nil, fmt.Errorf("cluster: line %d: want word<TAB>path<TAB>count", lineNo)
		}
		path := rest[:t2]
		for i := 0; i < len(path); i++ {
			if path[i] != '0' && path[i] != '1' {
				return nil, fmt.Errorf("cluster: line %d: path %q is not a bit string", lineNo, path)
			}
		}
		count, err := strconv.Atoi(rest[t2+1:])
		if err != nil || count < 0 {
			return nil, fmt.Errorf("cluster: line %d: bad count %q", lineNo, rest[t2+1:])
		}
		c.m[line[:t1]] = entry{path: path, count: count}
		words++
	}
	if words != len(c.m) {
		return nil, errors.New("cluster: duplicate word")
	}
	return c, nil
}
