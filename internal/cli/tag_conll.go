package cli

import (
	"bufio"
	"io"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/conll"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/source"
)

// tagCoNLL tags a pre-tokenized CoNLL file document by document
// (-DOCSTART- lines separate documents) and prints it.
func tagCoNLL(opts *TagOptions, x *extract.Extractor, tmap TypeMap, p output.Printer, out *bufio.Writer, name string) error {
	var r io.Reader = opts.IO.In
	if name != stdinName {
		f, err := os.Open(name)
		if err != nil {
			return stripPath(err)
		}
		defer f.Close()
		dr, done, err := source.Decompressed(f, filepath.Base(name), source.Options{})
		if err != nil {
			return stripPath(err)
		}
		defer done()
		r = dr
	}
	cr := conll.NewReader(r)
	cr.TokensOnly = true
	cr.GuessDocs = true
	var doc [][]string
	docIdx := -1
	flush := func() error {
		if len(doc) == 0 {
			return nil
		}
		tags := x.TagWords(doc)
		for _, t := range tags {
			tmap.Tags(t)
		}
		err := p.Print(out, &output.Doc{Tokens: doc, Tags: tags})
		doc = doc[:0]
		return err
	}
	for {
		s, err := cr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if s.Doc != docIdx {
			if err := flush(); err != nil {
				return err
			}
			docIdx = s.Doc
		}
		doc = append(doc, s.Tokens)
	}
	return flush()
}
