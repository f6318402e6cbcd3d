// Command prensa-beam runs prensa's extractor as an Apache Beam pipeline,
// on Prism locally or on Flink, Spark and Dataflow: the records of
// 'prensa batch' over archives that do not fit one machine's day.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	var f flags
	f.register(flag.CommandLine)
	flag.Usage = usage(flag.CommandLine)
	flag.Parse()
	// On a worker (--worker), Init runs the SDK harness and never returns.
	beam.Init()
	os.Exit(run(context.Background(), &f))
}

// run builds and runs the job and prints its counters; the exit code is 1
// when a document gave an error record (as 'prensa batch'), 2 for bad
// flags.
func run(ctx context.Context, f *flags) int {
	job, err := f.job()
	if err != nil {
		fmt.Fprintln(os.Stderr, "prensa-beam:", err)
		flag.Usage()
		return 2
	}
	// Build the extractor here once: bad flags fail before the job is
	// submitted, and a loopback worker (this process) finds it built.
	if _, err := job.Config.tools(); err != nil {
		fmt.Fprintln(os.Stderr, "prensa-beam:", err)
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	job.Build(s)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "prensa-beam:", err)
		return 1
	}
	var sums map[string]int64
	if res != nil {
		sums = counterTotals(res.Metrics().AllMetrics())
		printCounters(os.Stderr, sums)
	}
	if sums["errors"] > 0 {
		return 1
	}
	return 0
}
