package check

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sampleReport judges the sample fixtures, named relative to their folder.
func sampleReport(t *testing.T) *Report {
	t.Helper()
	dir := writeFiles(t, fixtureFiles)
	t.Chdir(dir)
	return Judge(outcomes(t, ".", "good.txt", "bad.txt", "spaced.txt", "c.conll"), Options{MinRecall: 0.5})
}

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	// the test may have changed directory: find testdata from the source
	p := filepath.Join(testdataDir, name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n%s\nwant\n%s", name, got, want)
	}
}

var testdataDir = func() string {
	d, err := filepath.Abs("testdata")
	if err != nil {
		panic(err)
	}
	return d
}()

func TestWriteGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			rep := sampleReport(t)
			var b bytes.Buffer
			if err := Write(&b, rep, format, false); err != nil {
				t.Fatal(err)
			}
			golden(t, "report."+format, b.Bytes())
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, &Report{}, "yaml", false); err == nil {
		t.Error("no error for format yaml")
	}
}

func TestJUnitParses(t *testing.T) {
	rep := sampleReport(t)
	var b bytes.Buffer
	if err := Write(&b, rep, "junit", false); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []struct {
			Tests    int `xml:"tests,attr"`
			Failures int `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("junit is not XML: %v\n%s", err, b.String())
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d testsuites", len(doc.Suites))
	}
	s := doc.Suites[0]
	// four fixtures and the overall thresholds
	if s.Tests != 5 || len(s.Cases) != 5 || s.Failures != 1 {
		t.Errorf("tests %d (%d cases), failures %d; want 5, 5, 1", s.Tests, len(s.Cases), s.Failures)
	}
	bad := s.Cases[1]
	if bad.Name != "bad.txt" || bad.Failure == nil || !strings.Contains(bad.Failure.Text, `bad.txt:2:13: changed "Lima": ORG "LIMA" → LOC "LIMA"`) {
		t.Errorf("bad.txt case = %+v", bad)
	}
	if s.Cases[0].Failure != nil {
		t.Errorf("good.txt failed: %+v", s.Cases[0].Failure)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	rep := sampleReport(t)
	var b bytes.Buffer
	Write(&b, rep, "github", false)
	line := regexp.MustCompile(`^::(error|notice)( file=[^,:]+(,line=\d+,col=\d+)?)?::\S.*$`)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for _, l := range lines {
		if !line.MatchString(l) {
			t.Errorf("not an annotation: %q", l)
		}
	}
	if !strings.Contains(b.String(), "::error file=bad.txt,line=2,col=5::missing MISC \"vive\"") {
		t.Errorf("no annotation for the missing mention:\n%s", b.String())
	}
	if got := ghProp("a:b,c%\n"); got != "a%3Ab%2Cc%25%0A" {
		t.Errorf("ghProp = %q", got)
	}
}

func TestJSONReport(t *testing.T) {
	rep := sampleReport(t)
	var b bytes.Buffer
	Write(&b, rep, "json", false)
	if strings.Contains(b.String(), "null") {
		t.Errorf("JSON report has null:\n%s", b.String())
	}
	var r reportJSON
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Pass || r.Failed != 1 || len(r.Fixtures) != 4 || len(r.Fixtures[1].Differences) != 3 {
		t.Errorf("report = %+v", r)
	}
}
