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
)

//go:embed data/kmeans.tsv
var defaultKMeans string

var (
	defaultKMeansOnce  sync.Once
	defaultKMeansTable *KMeansTable
)

// DefaultKMeans returns the k-means cluster table shipped with prensa
// (data/kmeans.tsv), parsed on first use. It panics if the embedded table
// is malformed, which the package tests rule out.
func DefaultKMeans() *KMeansTable {
	defaultKMeansOnce.Do(func() {
		t, err := ParseKMeans(strings.NewReader(defaultKMeans))
		if err != nil {
			panic("cluster: embedded k-means table: " + err.Error())
		}
		defaultKMeansTable = t
	})
	return defaultKMeansTable
}

// KMeansTable holds flat word clusters at several granularities: word
// Words[i] (seen Counts[i] times) is in cluster Assign[j][i] of Ks[j].
//
// Its file format is "# " comment lines, one of them "# k: K1 K2 ...",
// then one line per word: word<TAB>count<TAB>cluster for each k.
type KMeansTable struct {
	Header []string
	Ks     []int
	Words  []string
	Counts []int
	Assign [][]int
}

// Map returns word → cluster numbers, one per k.
func (t *KMeansTable) Map() map[string][]int {
	m := make(map[string][]int, len(t.Words))
	for i, w := range t.Words {
		ids := make([]int, len(t.Ks))
		for j := range t.Ks {
			ids[j] = t.Assign[j][i]
		}
		m[w] = ids
	}
	return m
}

// WriteTo writes the table in its file format, words in the order of the
// table.
func (t *KMeansTable) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	write := func(s string) {
		k, _ := bw.WriteString(s)
		n += int64(k)
	}
	for _, h := range t.Header {
		write("# " + h + "\n")
	}
	ks := make([]string, len(t.Ks))
	for i, k := range t.Ks {
		ks[i] = strconv.Itoa(k)
	}
	write("# k: " + strings.Join(ks, " ") + "\n")
	var buf []byte
	for i, word := range t.Words {
		buf = append(buf[:0], word...)
		buf = append(buf, '\t')
		buf = strconv.AppendInt(buf, int64(t.Counts[i]), 10)
		for j := range t.Ks {
			buf = append(buf, '\t')
			buf = strconv.AppendInt(buf, int64(t.Assign[j][i]), 10)
		}
		buf = append(buf, '\n')
		k, _ := bw.Write(buf)
		n += int64(k)
	}
	return n, bw.Flush()
}

// ParseKMeans reads a table in the format written by WriteTo.
func ParseKMeans(r io.Reader) (*KMeansTable, error) {
	t := &KMeansTable{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	seen := map[string]bool{}
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSuffix(sc.Text(), "\r")
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "# k: ") && t.Ks == nil {
			for _, f := range strings.Fields(s[5:]) {
				k, err := strconv.Atoi(f)
				if err != nil || k < 1 {
					return nil, fmt.Errorf("cluster: line %d: bad k %q", line, f)
				}
				t.Ks = append(t.Ks, k)
			}
			t.Assign = make([][]int, len(t.Ks))
			continue
		}
		if s[0] == '#' && !strings.Contains(s, "\t") {
			t.Header = append(t.Header, strings.TrimPrefix(strings.TrimPrefix(s, "#"), " "))
			continue
		}
		f := strings.Split(s, "\t")
		if t.Ks == nil || len(f) != 2+len(t.Ks) || f[0] == "" {
			return nil, fmt.Errorf("cluster: line %d: want word<TAB>count<TAB>one cluster per k after a k line", line)
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("cluster: line %d: duplicate word %q", line, f[0])
		}
		seen[f[0]] = true
		c, err := strconv.Atoi(f[1])
		if err != nil || c < 0 {
			return nil, fmt.Errorf("cluster: line %d: bad count %q", line, f[1])
		}
		t.Words = append(t.Words, f[0])
		t.Counts = append(t.Counts, c)
		for j, k := range t.Ks {
			a, err := strconv.Atoi(f[2+j])
			if err != nil || a < 0 || a >= k {
				return nil, fmt.Errorf("cluster: line %d: bad cluster %q for k=%d", line, f[2+j], k)
			}
			t.Assign[j] = append(t.Assign[j], a)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if t.Ks == nil {
		return nil, errors.New("cluster: k-means table without a k line")
	}
	t.Header = slices.Clip(t.Header)
	return t, nil
}
