package output

import (
	"fmt"
	"io"

	"github.com/prensa-nlp/prensa/internal/conll"
)

// conllPrinter prints `TOKEN TAG` lines, one per input token, with a blank
// line after each sentence.
type conllPrinter struct{}

// Print writes the sentences of pre-tokenized input with their tags.
func (conllPrinter) Print(w io.Writer, d *Doc) error {
	if d.Tokens == nil && d.Text != "" {
		return fmt.Errorf("the conll format needs pre-tokenized input (--input-format conll)")
	}
	for i := range d.Tokens {
		if err := conll.Write(w, d.Tokens[i], d.Tags[i]); err != nil {
			return err
		}
	}
	return nil
}
