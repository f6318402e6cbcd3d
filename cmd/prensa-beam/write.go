package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeSharded writes lines to shards files PREFIX-SSSSS-of-NNNNN.jsonl
// (local, gs:// or s3:// through Beam's file systems); a line goes to the
// shard of its hash, so a rerun writes the same shards. A shard that gets
// no line is not written.
func writeSharded(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardName is the name of shard i of n.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// shardFn keys each line by its shard.
type shardFn struct {
	// Shards is the number of output files.
	Shards int
}

// ProcessElement keys one line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(max(f.Shards, 1))), line
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	// Prefix is the output path without the shard suffix.
	Prefix string
	// Shards is the number of output files.
	Shards int
}

// ProcessElement writes one shard (overwriting it: a retried bundle writes
// the same file again).
func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := shardName(f.Prefix, shard, f.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
