// Package cli holds prensa's commands: one file per command, each with an
// Options struct and a run function, all reached from NewRootCmd.
package cli

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Main runs prensa with the process's arguments and streams and returns the
// exit code.
func Main() ExitCode {
	// A short-lived command spends much of its start-up building the
	// gazetteer; collecting garbage less often shortens it. Memory stays
	// bounded: a soft limit makes the collector work harder as the heap
	// nears it (GOGC and GOMEMLIMIT in the environment still win).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(-1) // until the pipeline is built: see startupDone
		gcAfterStartup = 400
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	return Run(os.Args[1:], System())
}

// gcAfterStartup is the GOGC that startupDone sets (0: leave it).
var gcAfterStartup int

// startupDone is called once the pipeline is built: what start-up
// allocates is nearly all kept (gazetteer, model), so collecting during it
// is wasted work; from here on the collector runs as usual (and the soft
// memory limit holds all along).
func startupDone() {
	if gcAfterStartup != 0 {
		debug.SetGCPercent(gcAfterStartup)
		gcAfterStartup = 0
	}
}

// memoryLimit is the soft limit of the Go heap (see runtime/debug): well
// above what tagging needs (the embedded data, and a window per worker),
// so that it only stops garbage from piling up.
const memoryLimit = 56 << 20

// Run runs prensa with args and streams and returns the exit code.
func Run(args []string, s *IOStreams) ExitCode {
	started := false
	root := NewRootCmd(s)
	root.PersistentPreRun = func(*cobra.Command, []string) { started = true }
	root.SetArgs(args)
	err := root.Execute()
	if err != nil && err != errFailed {
		fmt.Fprintf(s.ErrOut, "prensa: %v\n", err)
		if !started {
			fmt.Fprintln(s.ErrOut, "Run 'prensa --help' for usage.")
		}
	}
	return exitCodeFor(err, started)
}

// NewRootCmd builds the command tree.
func NewRootCmd(s *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "prensa",
		Short: "Find people, places, agencies and organizations in Spanish news text",
		Long: `prensa finds the named entities in Spanish news text — people (PER), places (LOC),
organizations (ORG), news and state agencies (AGENCY) and other names (MISC) —
and prints them as JSON with byte and character offsets into the input.

Everything it needs (gazetteer, model) is inside the binary.

Exit codes: 0 ok; 1 some input failed or a check failed; 2 usage error or
an unreadable gazetteer, model or fixture.`,
		Example: `  prensa tag article.txt
  cat article.txt | prensa tag --pretty
  prensa tag --format spaced article.txt
  prensa batch news/ -o tagged/
  prensa gazetteer lookup Kremlin`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newTagCmd(s),
		newGazetteerCmd(s),
		newTrainCmd(s),
		newEvalCmd(s),
		newBatchCmd(s),
		newCheckCmd(s),
		newVersionCmd(s),
	)
	return root
}
