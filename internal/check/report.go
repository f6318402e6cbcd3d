package check

import (
	"fmt"
	"io"
)

// Formats lists the values accepted by --format.
var Formats = []string{"text", "json", "junit", "github"}

// Write prints rep in a format: text, json, junit or github. With
// verbose, the text format lists the differences of passing fixtures too.
func Write(w io.Writer, rep *Report, format string, verbose bool) error {
	switch format {
	case "text":
		return writeText(w, rep, verbose)
	case "json":
		return writeJSON(w, rep)
	case "junit":
		return writeJUnit(w, rep)
	case "github":
		return writeGitHub(w, rep)
	}
	return fmt.Errorf("unknown format %q (want text, json, junit or github)", format)
}

// status is the word a result is shown with.
func status(res *Result) string {
	switch {
	case res.Updated:
		return "UPDATED"
	case res.Pass():
		return "PASS"
	}
	return "FAIL"
}
