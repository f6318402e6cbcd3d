package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// prensa returns a command running the test binary as prensa.
func prensa(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asPrensa+"=1")
	return cmd
}

// bigText writes a text of about n bytes of news-like paragraphs.
func bigText(t *testing.T, dir string, n int) string {
	t.Helper()
	para := "El presidente Gustavo Petro se reunió en Bogotá con la ministra Ana Díaz y con el portavoz del Kremlin, Dmitri Peskov.\n\n"
	path := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat(para, n/len(para)+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestClosedPipe: 'prensa tag big.txt | head -c 100' ends quietly: no stack
// trace, no message, killed by SIGPIPE or exiting by itself.
func TestClosedPipe(t *testing.T) {
	big := bigText(t, t.TempDir(), 4<<20)
	for _, args := range [][]string{
		{"tag", "--engine", "gazetteer", big},
		{"batch", "--engine", "gazetteer", "-q", filepath.Dir(big)},
	} {
		cmd := prensa(t, args...)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if _, err := io.ReadFull(out, make([]byte, 100)); err != nil {
			t.Fatal(err)
		}
		out.Close()
		err = cmd.Wait()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		if err != nil {
			ws := ee.Sys().(syscall.WaitStatus)
			if !(ws.Signaled() && ws.Signal() == syscall.SIGPIPE) && ws.ExitStatus() != 1 {
				t.Errorf("%s: %v, want SIGPIPE or a quiet exit", args[0], err)
			}
		}
		if stderr.Len() > 0 {
			t.Errorf("%s: stderr %q, want nothing", args[0], stderr.String())
		}
	}
}

// TestWriteError: writing to a full disk is an error naming standard
// output, exit code 1, no stack trace.
func TestWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	big := bigText(t, t.TempDir(), 1<<20)
	for _, args := range [][]string{
		{"tag", "--engine", "gazetteer", big},
		{"tag", "--engine", "gazetteer", "--input-format", "jsonl", writeJSONL(t)},
		{"batch", "--engine", "gazetteer", "-q", filepath.Dir(big)},
	} {
		cmd := prensa(t, args...)
		cmd.Stdout = full
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("%v: %v, want exit code 1", args, err)
		}
		msg := stderr.String()
		if !strings.Contains(msg, "no space left on device") || strings.Contains(msg, "goroutine") || strings.Count(msg, "\n") != 1 {
			t.Errorf("%v: stderr %q, want one line about the full disk", args, msg)
		}
	}
}

func writeJSONL(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString(`{"id":1,"text":"Ana vive en Lima con Pedro Sánchez."}` + "\n")
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBatchOutputStaysInside: whatever the input paths (.., ., links to
// folders elsewhere), every output lands inside the output folder, and a
// failed write leaves no file behind, whole or partial.
func TestBatchOutputStaysInside(t *testing.T) {
	top := t.TempDir()
	work := filepath.Join(top, "work")
	outside := filepath.Join(top, "outside")
	for _, d := range []string{filepath.Join(work, "news", "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(work, "news", "a.txt"), "Ana vive en Lima.")
	write(filepath.Join(outside, "far.txt"), "Pedro vive en Quito.")
	if err := os.Symlink(outside, filepath.Join(work, "news", "sub", "link")); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		dir   string
		roots []string
	}{
		{filepath.Join(work, "news", "sub"), []string{"..", "."}},
		{filepath.Join(work, "news"), []string{"../news", "sub/link"}},
		{work, []string{"news"}},
	}
	for _, c := range cases {
		out := filepath.Join(top, "out")
		os.RemoveAll(out)
		before := listTree(t, top)
		args := append([]string{"batch", "-q", "--engine", "gazetteer", "-o", out}, c.roots...)
		cmd := prensa(t, args...)
		cmd.Dir = c.dir
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", c.roots, err, msg)
		}
		for p := range listTree(t, top) {
			if !before[p] && !strings.HasPrefix(p, out+string(filepath.Separator)) && p != out {
				t.Errorf("%v: %s written outside the output folder", c.roots, p)
			}
		}
	}

	// the place of an output file is taken by a folder: the file fails,
	// with its name, and no temporary file is left
	out := filepath.Join(top, "out2")
	if err := os.MkdirAll(filepath.Join(out, "a.txt.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := prensa(t, "batch", "-q", "--engine", "gazetteer", "-o", out, filepath.Join(work, "news"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err == nil {
		t.Fatal("batch succeeded writing over a folder")
	}
	if !strings.Contains(stderr.String(), "a.txt") || !strings.Contains(stderr.String(), "writing output") {
		t.Errorf("stderr %q does not name the file and the write", stderr.String())
	}
	var rec struct{ Source, Error string }
	if err := json.Unmarshal(bytes.TrimSpace(stdout.Bytes()), &rec); err != nil || !strings.HasSuffix(rec.Source, "a.txt") {
		t.Errorf("error record %q", stdout.String())
	}
	for p := range listTree(t, out) {
		if strings.Contains(filepath.Base(p), ".prensa-tmp-") {
			t.Errorf("temporary file left: %s", p)
		}
	}
}

// TestBatchBigFileSpillFails: a result too big for memory goes to a
// temporary file; when its folder cannot be made, the file fails cleanly.
func TestBatchBigFileSpillFails(t *testing.T) {
	top := t.TempDir()
	news := filepath.Join(top, "news", "sub")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	bigText(t, news, 1<<20)
	out := filepath.Join(top, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "sub"), nil, 0o644); err != nil { // a file where a folder must go
		t.Fatal(err)
	}
	cmd := prensa(t, "batch", "-q", "--engine", "gazetteer", "-o", out, filepath.Join(top, "news"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err == nil {
		t.Fatal("batch succeeded")
	}
	if !strings.Contains(stderr.String(), "big.txt") {
		t.Errorf("stderr %q does not name the file", stderr.String())
	}
	for p := range listTree(t, top) {
		if strings.Contains(filepath.Base(p), ".prensa-tmp-") {
			t.Errorf("temporary file left: %s", p)
		}
	}
}

// listTree returns every path under dir (not following links).
func listTree(t *testing.T, dir string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err == nil {
			out[p] = true
		}
		return nil
	})
	return out
}

// TestBigInputStreams: a text of several windows gives one JSON object
// whose offsets hold against the whole input, the same from a file and
// from a pipe.
func TestBigInputStreams(t *testing.T) {
	big := bigText(t, t.TempDir(), 3<<20)
	fromFile, err := prensa(t, "tag", "--engine", "gazetteer", big).Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd := prensa(t, "tag", "--engine", "gazetteer")
	f, err := os.Open(big)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd.Stdin = struct{ io.Reader }{f} // a pipe, not a file
	fromPipe, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source   string
		Entities []struct {
			Text       string
			Start, End int
		}
	}
	if err := json.Unmarshal(fromFile, &doc); err != nil {
		t.Fatalf("not one JSON object: %v", err)
	}
	input, _ := os.ReadFile(big)
	if len(doc.Entities) < len(input)/200 {
		t.Fatalf("%d entities in %d bytes", len(doc.Entities), len(input))
	}
	for _, e := range doc.Entities {
		if string(input[e.Start:e.End]) != e.Text {
			t.Fatalf("input[%d:%d] = %q, entity %q", e.Start, e.End, input[e.Start:e.End], e.Text)
		}
	}
	want := bytes.Replace(fromFile, []byte(`"source":"`+big+`"`), []byte(`"source":"-"`), 1)
	if !bytes.Equal(fromPipe, want) {
		t.Errorf("a pipe gives other output than the file")
	}
}
