package cli

import (
	"bufio"
	"errors"

	"github.com/prensa-nlp/prensa/internal/extract"
)

// tagJSONL is the stream mode: {"id","text"} lines in, {"id","entities"}
// lines out. (Placeholder until the stream mode lands.)
func tagJSONL(opts *TagOptions, x *extract.Extractor, tmap TypeMap, out *bufio.Writer, name string) error {
	return errors.New("--input-format jsonl is not implemented yet")
}
