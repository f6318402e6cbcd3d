package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
)

// runCLI runs prensa in-process and returns exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (ExitCode, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

// smallDump writes n short generated articles and returns their folder.
func smallDump(t *testing.T, n int) string {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 3, PerDir: 10, CP1252: 0.3, Size: 700})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "dump")
	if _, err := gen.Write(dir, n); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBatchOutputIsTagOutput(t *testing.T) {
	dump := smallDump(t, 25)
	var files []string
	filepath.WalkDir(dump, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	code, want, stderr := runCLI(t, "", append([]string{"tag", "--engine", "gazetteer", "--map", "AGENCY=ORG"}, files...)...)
	if code != ExitOK {
		t.Fatalf("tag: exit %d: %s", code, stderr)
	}
	for _, jobs := range []string{"1", "2"} {
		code, got, stderr := runCLI(t, "", "batch", "--engine", "gazetteer", "--map", "AGENCY=ORG", "-j", jobs, dump)
		if code != ExitOK {
			t.Fatalf("batch: exit %d: %s", code, stderr)
		}
		if got != want {
			t.Errorf("jobs %s: batch output differs from tag output", jobs)
		}
		if !strings.Contains(stderr, "25 files ok, 0 failed, 0 skipped") {
			t.Errorf("no summary in %q", stderr)
		}
		out := filepath.Join(t.TempDir(), "out")
		if code, _, stderr := runCLI(t, "", "batch", "-q", "--engine", "gazetteer", "--map", "AGENCY=ORG", "-j", jobs, dump, "-o", out); code != ExitOK || stderr != "" {
			t.Fatalf("batch -o: exit %d, stderr %q", code, stderr)
		}
		for _, f := range files[:3] {
			rel, _ := filepath.Rel(dump, f)
			data, err := os.ReadFile(filepath.Join(out, rel+".json"))
			_, one, _ := runCLI(t, "", "tag", "--engine", "gazetteer", "--map", "AGENCY=ORG", f)
			if err != nil || string(data) != one {
				t.Errorf("%s.json is not 'prensa tag %s' output (%v)", rel, f, err)
			}
		}
	}
}

func TestBatchExitCodes(t *testing.T) {
	good := smallDump(t, 3)
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "ok.txt"), []byte("Ana vive en Lima."), 0o644)
	os.WriteFile(filepath.Join(bad, "bin.txt"), []byte("a\x00b"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   ExitCode
		stderr string
	}{
		{"good", []string{good}, ExitOK, "3 files ok"},
		{"a binary file", []string{bad}, ExitFailure, "bin.txt: binary"},
		{"no folder", nil, ExitUsage, "requires at least 1 arg"},
		{"missing folder", []string{filepath.Join(bad, "nope")}, ExitUsage, "no such file"},
		{"negative jobs", []string{"-j", "-1", good}, ExitUsage, "--jobs"},
		{"negative max bytes", []string{"--max-bytes", "-1", good}, ExitUsage, "--max-bytes"},
		{"skip without -o", []string{"--skip-existing", good}, ExitUsage, "--skip-existing needs -o"},
		{"bad glob", []string{"--include", "[", good}, ExitUsage, "--include"},
		{"bad encoding", []string{"--encoding", "klingon", good}, ExitUsage, "encoding"},
		{"bad map", []string{"--map", "X=Y", good}, ExitUsage, "--map"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append([]string{"batch", "--engine", "gazetteer"}, tc.args...)...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.stderr)
			}
		})
	}
}
