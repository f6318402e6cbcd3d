package conll

import (
	"bufio"
	"fmt"
	"io"
)

// Write prints one sentence as `TOKEN TAG` lines followed by a blank line.
// tokens and tags must have the same length.
func Write(w io.Writer, tokens, tags []string) error {
	if len(tokens) != len(tags) {
		return fmt.Errorf("conll: %d tokens but %d tags", len(tokens), len(tags))
	}
	bw := bufio.NewWriter(w)
	for i, tok := range tokens {
		bw.WriteString(tok)
		bw.WriteByte(' ')
		bw.WriteString(tags[i])
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
