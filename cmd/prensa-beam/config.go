package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/prensa-nlp/prensa/internal/cli"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/summary"
)

// Config is what a worker needs to tag: the pipeline flags of 'prensa tag'
// and the files they name, read when the job is built and shipped with
// it (DoFns are serialized with the job), so that workers need no access
// to them.
type Config struct {
	// Pipeline are the --engine, --scheme, --gazetteer, --model and --map
	// flags.
	Pipeline cli.PipelineOptions
	// Files holds the content of each gazetteer and model file, by the
	// name given in Pipeline.
	Files map[string][]byte
	// Encoding is the input encoding (--encoding).
	Encoding string
	// Window is the window size in bytes (--window).
	Window int
	// MaxBytes, when positive, is the size limit of one file (--max-bytes).
	MaxBytes int64
}

// NewConfig reads the files the pipeline flags name.
func NewConfig(p cli.PipelineOptions, encoding string, window int, maxBytes int64) (Config, error) {
	c := Config{Pipeline: p, Files: map[string][]byte{}, Encoding: encoding, Window: window, MaxBytes: maxBytes}
	names := append([]string(nil), p.Gazetteers...)
	if p.ModelPath != "" {
		names = append(names, p.ModelPath)
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return Config{}, err
		}
		c.Files[n] = data
	}
	return c, nil
}

// tools are what tagging needs, built once per worker process and shared
// by its DoFn instances: the extractor (safe for concurrent use; each
// document gets its own stream), the places of the summaries, the type
// map and the JSON printer.
type tools struct {
	x       *extract.Extractor
	places  *summary.Places
	tmap    cli.TypeMap
	printer output.Printer
}

// toolCache holds the tools of each Config a process has built.
var toolCache = struct {
	sync.Mutex
	m map[[32]byte]*tools
}{m: map[[32]byte]*tools{}}

// tools returns the tools of c, building them on first use in this
// process (a worker's Setup; the submitting process, which checks the
// flags, in loopback mode is also the worker).
func (c *Config) tools() (*tools, error) {
	key, err := c.key()
	if err != nil {
		return nil, err
	}
	toolCache.Lock()
	defer toolCache.Unlock()
	if t, ok := toolCache.m[key]; ok {
		return t, nil
	}
	t, err := c.build()
	if err != nil {
		return nil, err
	}
	toolCache.m[key] = t
	return t, nil
}

// key identifies a Config by its content.
func (c *Config) key() ([32]byte, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(data), nil
}

// build writes the shipped files to a temporary folder and builds the
// pipeline from them as 'prensa tag' does.
func (c *Config) build() (*tools, error) {
	p := c.Pipeline
	p.Gazetteers = append([]string(nil), p.Gazetteers...)
	var renames []string // temporary path, name given; for messages
	if len(c.Files) > 0 {
		dir, err := os.MkdirTemp("", "prensa-beam-files-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		place := func(i int, name string) (string, error) {
			data, ok := c.Files[name]
			if !ok {
				return "", fmt.Errorf("%s: not shipped with the job", name)
			}
			tmp := filepath.Join(dir, fmt.Sprint(i), filepath.Base(name))
			if err := os.MkdirAll(filepath.Dir(tmp), 0o755); err != nil {
				return "", err
			}
			renames = append(renames, tmp, name)
			return tmp, os.WriteFile(tmp, data, 0o644)
		}
		for i, g := range p.Gazetteers {
			if p.Gazetteers[i], err = place(i, g); err != nil {
				return nil, err
			}
		}
		if p.ModelPath != "" {
			if p.ModelPath, err = place(len(p.Gazetteers), p.ModelPath); err != nil {
				return nil, err
			}
		}
	}
	named := func(err error) error {
		return fmt.Errorf("%s", strings.NewReplacer(renames...).Replace(err.Error()))
	}
	tmap, err := p.TypeMap()
	if err != nil {
		return nil, err
	}
	x, err := p.Extractor()
	if err != nil {
		return nil, named(err)
	}
	printer, err := output.New("json", false)
	if err != nil {
		return nil, err
	}
	return &tools{x: x, places: summary.NewPlaces(x.Gazetteer()), tmap: tmap, printer: printer}, nil
}
