package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/ulikunitz/xz"
	"golang.org/x/text/encoding/charmap"

	"github.com/prensa-nlp/prensa/internal/cli"
	"github.com/prensa-nlp/prensa/internal/dumpgen"
)

func TestMain(m *testing.M) {
	if os.Getenv(asPrensa) == "1" {
		os.Exit(int(cli.Main()))
	}
	testscript.Main(m, map[string]func(){
		"prensa": func() { os.Exit(int(cli.Main())) },
	})
}

// asPrensa, set to 1 in its environment, makes the test binary run as
// prensa (for tests that need a real process with real file descriptors).
const asPrensa = "PRENSA_TEST_AS_PRENSA"

// TestScripts runs the command-line scripts in testdata/script: the built
// command is run as a separate process on files, pipes and flags, as a user
// would run it.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("..", "..", "testdata", "script"),
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"latin1":   cmdLatin1,
			"binary":   cmdBinary,
			"gendump":  cmdGendump,
			"hostile":  cmdHostile,
			"cmptree":  cmdCmptree,
			"gzip":     cmdGzip,
			"compress": cmdCompress,
			"tgz":      cmdTgz,
		},
	})
}

// cmdLatin1 re-encodes a UTF-8 file as ISO-8859-1: latin1 SRC DST.
func cmdLatin1(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: latin1 SRC DST")
	}
	out, err := charmap.ISO8859_1.NewEncoder().String(ts.ReadFile(args[0]))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(out), 0o644))
}

// cmdBinary writes a file holding NUL bytes: binary DST.
func cmdBinary(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binary DST")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(fmt.Sprint("PK\x03\x04\x00\x00binary")), 0o644))
}

// cmdGendump writes a generated dump: gendump FORMAT OUT N (see
// dumpgen.Formats; a tenth of the articles in Windows-1252).
func cmdGendump(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: gendump FORMAT OUT N")
	}
	n, err := strconv.Atoi(args[2])
	ts.Check(err)
	gen, err := dumpgen.New(dumpgen.Options{Seed: 1, CP1252: 0.1})
	ts.Check(err)
	_, err = gen.WriteFormat(args[0], ts.MkAbs(args[1]), n)
	ts.Check(err)
}

// cmdHostile writes the hostile inputs of dumpgen.Hostile: hostile DIR.
func cmdHostile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: hostile DIR")
	}
	gen, err := dumpgen.New(dumpgen.Options{Seed: 1})
	ts.Check(err)
	ts.Check(gen.WriteHostile(ts.MkAbs(args[0])))
}

// cmdCmptree compares two folders: the same files with the same bytes.
func cmdCmptree(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: cmptree DIR1 DIR2")
	}
	files := func(root string) map[string]string {
		m := map[string]string{}
		ts.Check(filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			m[rel] = string(data)
			return err
		}))
		return m
	}
	a, b := files(ts.MkAbs(args[0])), files(ts.MkAbs(args[1]))
	var diffs []string
	for k, v := range a {
		if w, ok := b[k]; !ok {
			diffs = append(diffs, "only in "+args[0]+": "+k)
		} else if v != w {
			diffs = append(diffs, "differs: "+k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			diffs = append(diffs, "only in "+args[1]+": "+k)
		}
	}
	sort.Strings(diffs)
	switch {
	case neg && len(diffs) == 0:
		ts.Fatalf("%s and %s are the same (%d files)", args[0], args[1], len(a))
	case !neg && len(diffs) > 0:
		ts.Fatalf("%s and %s differ:\n%s", args[0], args[1], strings.Join(diffs, "\n"))
	}
}

// cmdGzip gzips a file: gzip SRC DST.
func cmdGzip(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gzip SRC DST")
	}
	cmdCompress(ts, false, []string{"gz", args[0], args[1]})
}

// cmdCompress compresses a file: compress gz|zst|xz SRC DST.
func cmdCompress(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: compress gz|zst|xz SRC DST")
	}
	var b bytes.Buffer
	var w io.WriteCloser
	var err error
	switch args[0] {
	case "gz":
		w = gzip.NewWriter(&b)
	case "zst":
		w, err = zstd.NewWriter(&b)
	case "xz":
		w, err = xz.NewWriter(&b)
	default:
		ts.Fatalf("compress: unknown format %q", args[0])
	}
	ts.Check(err)
	w.Write([]byte(ts.ReadFile(args[1])))
	ts.Check(w.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), b.Bytes(), 0o644))
}

// cmdTgz writes a tar.gz of files, named as given: tgz DST FILE...
func cmdTgz(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: tgz DST FILE...")
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	tw := tar.NewWriter(zw)
	for _, name := range args[1:] {
		data := ts.ReadFile(name)
		ts.Check(tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}))
		tw.Write([]byte(data))
	}
	ts.Check(tw.Close())
	ts.Check(zw.Close())
	dst := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(dst), 0o755))
	ts.Check(os.WriteFile(dst, b.Bytes(), 0o644))
}
