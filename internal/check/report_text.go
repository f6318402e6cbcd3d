package check

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/eval"
)

// writeText prints one line per fixture (verdict, kind, file, scores),
// the failures and differences of failing fixtures under it, and an
// overall line.
func writeText(w io.Writer, rep *Report, verbose bool) error {
	bw := bufio.NewWriter(w)
	width := 0
	for _, res := range rep.Results {
		width = max(width, utf8.RuneCountInString(res.Path()))
	}
	for _, res := range rep.Results {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(res.Path()))
		fmt.Fprintf(bw, "%-7s %-9s %s%s  %s\n", status(res), res.Kind(), res.Path(), pad, scoreLine(res.Scores().Counts))
		for _, f := range res.Failures {
			fmt.Fprintf(bw, "    %s\n", f)
		}
		if !res.Pass() || res.Updated || verbose {
			for _, d := range res.Differences {
				fmt.Fprintf(bw, "    %s\n", d)
			}
		}
	}
	verdict := "PASS"
	if !rep.Pass() {
		verdict = "FAIL"
	}
	fmt.Fprintf(bw, "%-7s %s, %d failed  %s\n", verdict, Plural(len(rep.Results), "fixture"), rep.Failed(), scoreLine(rep.Overall.Counts))
	for _, f := range rep.Failures {
		fmt.Fprintf(bw, "    overall %s\n", f)
	}
	return bw.Flush()
}

// scoreLine shows counts as P/R/F1 in percent and gold/found/correct.
func scoreLine(c eval.Counts) string {
	return fmt.Sprintf("P %6.2f  R %6.2f  F1 %6.2f  (gold %d, found %d, correct %d)",
		100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold(), c.Found(), c.TP)
}
