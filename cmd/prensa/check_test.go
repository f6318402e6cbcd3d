package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestCheckScripts runs the scripts of 'prensa check' and 'prensa eval' in
// testdata/check/script. They see the fixtures of testdata/check as
// $FIXTURES and ../shared, when present, as $SHARED (condition [shared]).
func TestCheckScripts(t *testing.T) {
	fixtures, err := filepath.Abs(filepath.Join("..", "..", "testdata", "check"))
	if err != nil {
		t.Fatal(err)
	}
	shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join(fixtures, "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("FIXTURES", fixtures)
			env.Setenv("SHARED", shared)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "shared":
				_, err := os.Stat(filepath.Join(shared, "tools", "score.py"))
				return err == nil, nil
			case "conll2002":
				_, err := os.Stat(filepath.Join(shared, "data", "conll2002", "esp.testa"))
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"junit":       cmdJUnit,
			"breakgolden": cmdBreakGolden,
			"samescores":  cmdSameScores,
			"nodocstart":  cmdNoDocStart,
		},
	})
}

// cmdJUnit parses a JUnit XML file with encoding/xml and checks its
// testsuite counts against its testcases: junit FILE TESTS FAILURES.
func cmdJUnit(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: junit FILE TESTS FAILURES")
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
	ts.Check(xml.Unmarshal([]byte(ts.ReadFile(args[0])), &doc))
	if len(doc.Suites) != 1 {
		ts.Fatalf("%d testsuite elements, want 1", len(doc.Suites))
	}
	s := doc.Suites[0]
	failures := 0
	for _, c := range s.Cases {
		if c.Failure != nil {
			failures++
			if strings.TrimSpace(c.Failure.Text) == "" || c.Failure.Message == "" {
				ts.Fatalf("testcase %s: failure without text or message", c.Name)
			}
		}
	}
	if s.Tests != len(s.Cases) || s.Failures != failures {
		ts.Fatalf("testsuite says tests=%d failures=%d; it has %d testcases, %d failures", s.Tests, s.Failures, len(s.Cases), failures)
	}
	if strconv.Itoa(s.Tests) != args[1] || strconv.Itoa(failures) != args[2] {
		ts.Fatalf("tests=%d failures=%d, want %s %s", s.Tests, failures, args[1], args[2])
	}
}

// cmdBreakGolden spoils a golden JSON file in three ways: the first
// entity changes type, the last is dropped, and a MISC entity over the
// text's first four bytes is added: breakgolden FILE.
func cmdBreakGolden(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: breakgolden FILE")
	}
	var r map[string]any
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &r))
	es, _ := r["entities"].([]any)
	if len(es) < 2 {
		ts.Fatalf("%s: want 2 or more entities, have %d", args[0], len(es))
	}
	first := es[0].(map[string]any)
	if first["type"] == "LOC" {
		first["type"] = "PER"
	} else {
		first["type"] = "LOC"
	}
	es = es[:len(es)-1]
	es = append(es, map[string]any{"text": "ayer", "type": "MISC", "start": 0, "end": 4, "canonical": "ayer"})
	r["entities"] = es
	data, err := json.MarshalIndent(r, "", "  ")
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

// cmdNoDocStart copies a CoNLL file without its -DOCSTART- lines and the
// blank lines after them: nodocstart SRC DST.
func cmdNoDocStart(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: nodocstart SRC DST")
	}
	var out []string
	skipBlank := false
	for _, line := range strings.Split(ts.ReadFile(args[0]), "\n") {
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			skipBlank = true
		case strings.TrimSpace(line) == "" && skipBlank:
		default:
			skipBlank = false
			out = append(out, line)
		}
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(strings.Join(out, "\n")), 0o644))
}

var (
	// conlleval layout: "      LOC: precision:  66.82%; recall:  88.53%; FB1:  76.16  1305"
	ourType = regexp.MustCompile(`(?m)^\s*(\w+): precision:\s*([\d.]+)%; recall:\s*([\d.]+)%; FB1:\s*([\d.]+)\s+\d+$`)
	ourAll  = regexp.MustCompile(`(?m)^accuracy:.*precision:\s*([\d.]+)%; recall:\s*([\d.]+)%; FB1:\s*([\d.]+)$`)
	// score.py: "LOC      P  66.82 R  88.53 F1  76.16  gold 985 pred 1305"
	pyType = regexp.MustCompile(`(?m)^(\w+)\s+P\s+([\d.]+) R\s+([\d.]+) F1\s+([\d.]+)\s+gold`)
	pyAll  = regexp.MustCompile(`(?m)^overall\s+P\s+([\d.]+) R\s+([\d.]+)\nF1 ([\d.]+)$`)
)

// cmdSameScores compares a 'prensa eval' report with the output of
// score.py conll: the same overall and per-type P/R/F1 to two decimals:
// samescores EVAL_OUT SCOREPY_OUT.
func cmdSameScores(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: samescores EVAL_OUT SCOREPY_OUT")
	}
	ours, py := ts.ReadFile(args[0]), ts.ReadFile(args[1])
	collect := func(all *regexp.Regexp, typ *regexp.Regexp, s string) map[string]string {
		out := map[string]string{}
		m := all.FindStringSubmatch(s)
		if m == nil {
			ts.Fatalf("no overall line in:\n%s", s)
		}
		out["overall"] = strings.Join(m[1:], " ")
		for _, m := range typ.FindAllStringSubmatch(s, -1) {
			out[m[1]] = strings.Join(m[2:], " ")
		}
		return out
	}
	a, b := collect(ourAll, ourType, ours), collect(pyAll, pyType, py)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		ts.Fatalf("scores differ:\nprensa eval %v\nscore.py    %v", a, b)
	}
	ts.Logf("same scores: %v", a)
}
