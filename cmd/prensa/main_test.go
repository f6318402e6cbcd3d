package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"

	"github.com/prensa-nlp/prensa/internal/cli"
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
			"latin1": cmdLatin1,
			"binary": cmdBinary,
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
