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
// Files are matched and dealt in turn to Workers reading branches, which
// expand them into documents (an archive or export holds many); the
// documents are dealt in turn to Workers tagging branches. Each branch
// starts with a Reshuffle, so that every runner runs the branches at
// once (Prism runs the bundles of one stage one after another; Dataflow,
// Flink and Spark also spread each branch over their workers).
func (j *Job) Build(s beam.Scope) beam.PCollection {
	workers := max(j.Workers, 1)
	files := matchFiles(s, j.Inputs, workers)
	expand := &expandFn{Source: j.Source, Branches: workers}
	var expanded []beam.PCollection
	for i, b := range split(s, workers, fileBranch, files) {
		es := s.Scope(fmt.Sprintf("Expand%d", i))
		expanded = append(expanded, beam.ParDo(es, expand, beam.Reshuffle(es, b)))
	}
	docs := flatten(s, expanded)
	tag := &tagFn{Config: j.Config, Source: j.Source}
	var records []beam.PCollection
	for i, b := range split(s, workers, docBranch, docs) {
		bs := s.Scope(fmt.Sprintf("Tag%d", i))
		records = append(records, beam.ParDo(bs, tag, beam.Reshuffle(bs, b)))
	}
	out := flatten(s, records)
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

// split deals col into n branches by fn (none when n is 1).
func split(s beam.Scope, n int, fn any, col beam.PCollection) []beam.PCollection {
	if n == 1 {
		return []beam.PCollection{col}
	}
	return beam.Partition(s, n, fn, col)
}

// flatten joins branches.
func flatten(s beam.Scope, cols []beam.PCollection) beam.PCollection {
	if len(cols) == 1 {
		return cols[0]
	}
	return beam.Flatten(s, cols...)
}

// fileBranch is the reading branch of a file, given by matchFn.
func fileBranch(branch int, _ string) int { return branch }

// docBranch is the tagging branch of a document.
func docBranch(d Doc) int { return d.Branch }
