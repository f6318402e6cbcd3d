package check

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeGitHub prints GitHub Actions workflow commands: one error
// annotation per failure and per difference of each failing fixture, and
// a notice with the overall scores.
func writeGitHub(w io.Writer, rep *Report) error {
	bw := bufio.NewWriter(w)
	for _, res := range rep.Results {
		if res.Pass() {
			continue
		}
		for _, f := range res.Failures {
			fmt.Fprintf(bw, "::error file=%s::%s\n", ghProp(res.Path()), ghData(f))
		}
		for _, d := range res.Differences {
			fmt.Fprintf(bw, "::error file=%s,line=%d,col=%d::%s\n", ghProp(d.File), d.Line, d.Col, ghData(d.Message()))
		}
	}
	for _, f := range rep.Failures {
		fmt.Fprintf(bw, "::error::overall %s\n", ghData(f))
	}
	fmt.Fprintf(bw, "::notice::prensa check: %s, %d failed; overall %s\n",
		Plural(len(rep.Results), "fixture"), rep.Failed(), ghData(scoreLine(rep.Overall.Counts)))
	return bw.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProp escapes a workflow command's property value.
func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
