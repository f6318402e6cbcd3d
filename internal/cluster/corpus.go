package cluster

import (
	"bufio"
	"os"
	"strings"
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

// ReadCoNLL appends to sents the first column of each blank-line-separated
// block of a CoNLL file, normalized with Normalize (-DOCSTART- lines are
// skipped), and returns the number of tokens added.
func ReadCoNLL(file string, sents *[][]string) (int, error) {
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			*sents = append(*sents, normalizeAll(cur))
			n += len(cur)
			cur = nil
		}
	}
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			continue
		}
		cur = append(cur, fields[0])
	}
	flush()
	return n, sc.Err()
}

func normalizeAll(toks []string) []string {
	for i, t := range toks {
		toks[i] = Normalize(t)
	}
	return toks
}
