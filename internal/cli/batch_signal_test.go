//go:build unix

package cli

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBatchInterruptAndResume is black-box: it builds prensa, starts a
// batch, sends SIGINT once some outputs exist, checks that no temporary
// file is left, resumes with --skip-existing and compares the outputs with
// those of an uninterrupted run.
func TestBatchInterruptAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "prensa")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/prensa-nlp/prensa/cmd/prensa").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dump := smallDump(t, 4000)
	common := []string{"batch", "--engine", "gazetteer", "-j", "2", dump}
	ref := filepath.Join(t.TempDir(), "ref")
	if out, err := exec.Command(bin, append(common, "-o", ref)...).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}
	want := treeOf(t, ref)

	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(bin, append(common, "-o", out)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var err error
	interrupted := false
wait:
	for {
		select {
		case err = <-exited:
			break wait
		default:
		}
		if countJSON(out) >= 100 && !interrupted {
			cmd.Process.Signal(syscall.SIGINT)
			interrupted = true
		}
		time.Sleep(2 * time.Millisecond)
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == int(ExitFailure):
		if !strings.Contains(stderr.String(), "interrupted: ") || !strings.Contains(stderr.String(), "rerun with --skip-existing to resume") {
			t.Errorf("stderr after SIGINT:\n%s", stderr.String())
		}
	case err == nil:
		t.Logf("the batch ended before the signal came; only the resume is checked")
	default:
		t.Fatalf("interrupted run: %v\n%s", err, stderr.String())
	}
	part := treeOf(t, out) // fails on temporary files
	if len(part) == len(want) && err != nil {
		t.Errorf("interrupted run wrote every output")
	}
	for name, data := range part {
		if want[name] != data {
			t.Errorf("%s differs from the uninterrupted run", name)
		}
	}
	res, rerr := exec.Command(bin, append(common, "-o", out, "--skip-existing")...).CombinedOutput()
	if rerr != nil {
		t.Fatalf("resume: %v\n%s", rerr, res)
	}
	if !strings.Contains(string(res), " skipped;") {
		t.Errorf("resume summary: %s", res)
	}
	got := treeOf(t, out)
	if len(got) != len(want) {
		t.Fatalf("%d outputs after resume, want %d", len(got), len(want))
	}
	for name, data := range want {
		if got[name] != data {
			t.Errorf("%s differs after resume", name)
		}
	}
}

func countJSON(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	return n
}

// treeOf reads every file under dir; temporary files fail the test.
func treeOf(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			t.Errorf("temporary file left: %s", p)
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(data)
		return err
	})
	return files
}
