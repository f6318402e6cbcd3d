package check

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// JUnit XML: the layout CI servers read.
type (
	// JUnitSuites is the document's root.
	JUnitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Suites   []JUnitSuite `xml:"testsuite"`
	}
	// JUnitSuite is the run: one testcase per fixture, and one named
	// "overall" when a threshold is set.
	JUnitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Errors   int         `xml:"errors,attr"`
		Skipped  int         `xml:"skipped,attr"`
		Cases    []JUnitCase `xml:"testcase"`
	}
	// JUnitCase is one fixture.
	JUnitCase struct {
		Name      string        `xml:"name,attr"`
		ClassName string        `xml:"classname,attr"`
		Failure   *JUnitFailure `xml:"failure,omitempty"`
		SystemOut string        `xml:"system-out,omitempty"`
	}
	// JUnitFailure says why a fixture failed; its text is the diff.
	JUnitFailure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",cdata"`
	}
)

// JUnit returns rep as JUnit XML.
func JUnit(rep *Report) JUnitSuites {
	suite := JUnitSuite{Name: "prensa check"}
	add := func(c JUnitCase) {
		suite.Cases = append(suite.Cases, c)
		suite.Tests++
		if c.Failure != nil {
			suite.Failures++
		}
	}
	for _, res := range rep.Results {
		c := JUnitCase{Name: res.Path(), ClassName: "prensa.check." + string(res.Kind()), SystemOut: scoreLine(res.Scores().Counts)}
		if !res.Pass() {
			var b strings.Builder
			for _, f := range res.Failures {
				fmt.Fprintln(&b, f)
			}
			for _, d := range res.Differences {
				fmt.Fprintln(&b, d)
			}
			c.Failure = &JUnitFailure{Message: strings.Join(res.Failures, "; "), Type: "regression", Text: b.String()}
		}
		add(c)
	}
	if rep.Options.Thresholds() {
		c := JUnitCase{Name: "overall", ClassName: "prensa.check", SystemOut: scoreLine(rep.Overall.Counts)}
		if len(rep.Failures) > 0 {
			msg := strings.Join(rep.Failures, "; ")
			c.Failure = &JUnitFailure{Message: msg, Type: "threshold", Text: msg}
		}
		add(c)
	}
	return JUnitSuites{Name: "prensa check", Tests: suite.Tests, Failures: suite.Failures, Suites: []JUnitSuite{suite}}
}

func writeJUnit(w io.Writer, rep *Report) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(JUnit(rep)); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
