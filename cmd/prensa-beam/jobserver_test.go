package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestJobServer is the end-to-end test: it builds Prism's job server from
// the SDK (cmd/prism) and starts it as a separate process on loopback,
// submits prensa-beam to it as to any portable runner (Flink, Spark):
// --runner=universal --endpoint=localhost:PORT
// --environment_type=LOOPBACK, over a generated dump of every format, and
// checks that the records equal those of 'prensa batch' over the same
// files, record for record. PRENSA_BEAM_E2E_N sets the number of articles
// (default 3000).
func TestJobServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts a job server")
	}
	n := 3000
	if v := os.Getenv("PRENSA_BEAM_E2E_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("PRENSA_BEAM_E2E_N=%q", v)
		}
	}
	bin := t.TempDir()
	prism := goBuild(t, bin, "prism", "github.com/apache/beam/sdks/v2/go/cmd/prism")
	beamCmd := goBuild(t, bin, "prensa-beam", ".")
	prensa := goBuild(t, bin, "prensa", "github.com/prensa-nlp/prensa/cmd/prensa")

	dir := t.TempDir()
	dump := filepath.Join(dir, "dump")
	writeDump(t, dump, "mixed", n)

	port := freePort(t)
	var serverLog bytes.Buffer
	server := exec.Command(prism, "--job_port", strconv.Itoa(port), "--serve_http=false")
	server.Stdout, server.Stderr = &serverLog, &serverLog
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		server.Process.Kill()
		server.Wait()
		if t.Failed() {
			t.Logf("job server log:\n%s", tail(serverLog.String(), 4000))
		}
	})
	waitForPort(t, port, time.Minute)

	start := time.Now()
	out := filepath.Join(dir, "out", "tagged")
	job := exec.Command(beamCmd,
		"--runner=universal", fmt.Sprintf("--endpoint=localhost:%d", port), "--environment_type=LOOPBACK",
		"--input", filepath.Join(dump, "*"), "--input", filepath.Join(dump, "txt", "*", "*"), "--input", filepath.Join(dump, "gz", "*", "*"),
		"--output", out, "--shards", "4", "--workers", "2")
	var jobErr bytes.Buffer
	job.Stderr = &jobErr
	if err := job.Run(); err != nil {
		t.Fatalf("prensa-beam: %v\n%s", err, tail(jobErr.String(), 4000))
	}
	beamTime := time.Since(start)

	start = time.Now()
	batch := exec.Command(prensa, "batch", "-q", "-j", "2", dump)
	var batchOut bytes.Buffer
	batch.Stdout = &batchOut
	if err := batch.Run(); err != nil {
		t.Fatalf("prensa batch: %v", err)
	}
	batchTime := time.Since(start)

	want := splitLines(batchOut.String())
	got := shardLines(t, out)
	if diff := diffLines(want, got); diff != "" {
		t.Fatalf("records differ from prensa batch:\n%s", diff)
	}
	if !strings.Contains(jobErr.String(), fmt.Sprintf("prensa.documents\t%d\n", n)) {
		t.Errorf("counters do not say %d documents:\n%s", n, tail(jobErr.String(), 2000))
	}
	t.Logf("%d records equal; job server %v, prensa batch -j 2 %v", len(got), beamTime.Round(time.Millisecond), batchTime.Round(time.Millisecond))
}

// goBuild builds a package into dir (the build cache makes a rebuild
// cheap) and returns the binary.
func goBuild(t *testing.T, dir, name, pkg string) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the job server")
	}
	out := filepath.Join(dir, name)
	cmd := exec.Command(gobin, "build", "-o", out, pkg)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, msg)
	}
	return out
}

// freePort returns a loopback port nobody listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitForPort waits until something listens on the port.
func waitForPort(t *testing.T, port int, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
		if err == nil {
			c.Close()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no job server on port %d after %v", port, limit)
}

// tail is the end of a log.
func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
