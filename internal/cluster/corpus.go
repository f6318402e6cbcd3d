package cluster

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/prensa-nlp/prensa/internal/conll"
)

// ReadText appends to sents one sentence per non-empty line of file,
// tokenized with Tokenize and normalized with Normalize, and returns the
// number of tokens added.
func ReadText(file string, sents *[][]string) (int, error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		toks := Tokenize(sc.Text())
		if len(toks) > 0 {
			*sents = append(*sents, normalizeAll(toks))
			n += len(toks)
		}
	}
	return n, sc.Err()
}

// ReadCoNLL appends to sents the first column of each sentence of a CoNLL
// file (read by conll.Reader, so -DOCSTART- lines are skipped and a bad tag
// is an error naming its line), normalized with Normalize, and returns the
// number of tokens added.
func ReadCoNLL(file string, sents *[][]string) (int, error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := conll.NewReader(f)
	n := 0
	for {
		s, err := r.Next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("%s: %w", file, err)
		}
		if len(s.Tokens) > 0 {
			*sents = append(*sents, normalizeAll(s.Tokens))
			n += len(s.Tokens)
		}
	}
}

func normalizeAll(toks []string) []string {
	for i, t := range toks {
		toks[i] = Normalize(t)
	}
	return toks
}
