package main

import (
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/prensa-nlp/prensa/internal/source"
)

// Job is what a pipeline is built from: the flags of prensa-beam.
type Job struct {
	// Inputs are file globs (local, gs://, s3://).
	Inputs []string
	// Output is the prefix of the sharded JSON Lines output; empty: none
	// (tests read the records from the pipeline).
	Output string
	// Shards is the number of output files.
	Shards int
	// Workers is the number of tagging branches the documents are dealt
	// to in turn.
	Workers int
	// EntityCounts, when set, is the prefix of the entity counts output.
	EntityCounts string
	// Pairs, when set, is the file of the top co-occurring pairs.
	Pairs string
	// TopPairs is how many pairs Pairs ranks; PairEntities bounds the
	// entities of one document that are paired.
	TopPairs, PairEntities int
	// Config is the tagging pipeline, shipped to the workers.
	Config Config
	// Source says how inputs are read; its Include filters files and
	// archive members.
	Source source.Options
}

// Build adds the job to s and returns its records: one JSON Lines record
// per document, as 'prensa batch' prints, or an error record.
//
// Files are matched, then expanded into documents (an archive or export
// holds many), which are dealt in turn to Workers branches; each branch
// starts with a Reshuffle, so that every runner tags the branches at
// once (Prism runs the bundles of one stage one after another; Dataflow,
// Flink and Spark also spread each branch over their workers).
func (j *Job) Build(s beam.Scope) beam.PCollection {
	files := beam.Reshuffle(s, matchFiles(s, j.Inputs))
	workers := max(j.Workers, 1)
	docs := beam.ParDo(s.Scope("Expand"), &expandFn{Source: j.Source, Branches: workers}, files)
	tag := &tagFn{Config: j.Config, Source: j.Source}
	var records []beam.PCollection
	branches := []beam.PCollection{docs}
	if workers > 1 {
		branches = beam.Partition(s, workers, docBranch, docs)
	}
	for i, b := range branches {
		bs := s.Scope(fmt.Sprintf("Tag%d", i))
		records = append(records, beam.ParDo(bs, tag, beam.Reshuffle(bs, b)))
	}
	out := records[0]
	if len(records) > 1 {
		out = beam.Flatten(s, records...)
	}
	if j.Output != "" {
		writeSharded(s, j.Output, max(j.Shards, 1), out)
	}
	if j.EntityCounts != "" {
		writeSharded(s.Scope("Counts"), j.EntityCounts, max(j.Shards, 1), entityCounts(s, out))
	}
	if j.Pairs != "" {
		beam.ParDo0(s, &writePairsFn{Path: j.Pairs}, topPairs(s, out, j.PairEntities, j.TopPairs))
	}
	return out
}

// docBranch is the tagging branch of a document.
func docBranch(d Doc) int { return d.Branch }
