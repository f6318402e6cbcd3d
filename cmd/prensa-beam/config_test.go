package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/cli"
)

// TestConfigShipsFiles checks that a worker builds its extractor from the
// files shipped in the Config, not from the paths given (which a worker
// may not reach): the gazetteer is deleted before the tools are built.
func TestConfigShipsFiles(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "extra.tsv")
	writeFiles(t, dir, map[string]string{"extra.tsv": "Cooperativa Olivarera del Sur\tORG\tCOSUR\tcosur:1\n"})
	c, err := NewConfig(cli.PipelineOptions{Gazetteers: []string{g}, Engine: "gazetteer"}, "auto", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(g); err != nil {
		t.Fatal(err)
	}
	tl, err := c.tools()
	if err != nil {
		t.Fatal(err)
	}
	es := tl.x.NewStream().Extract("Mañana firma la Cooperativa Olivarera del Sur en Jaén.")
	found := false
	for _, e := range es {
		if e.ID == "cosur:1" {
			found = true
		}
	}
	if !found {
		t.Errorf("the shipped gazetteer was not used: %+v", es)
	}
	again, err := c.tools()
	if err != nil || again != tl {
		t.Errorf("the tools of one Config were built twice")
	}
}

// TestConfigErrors checks that bad pipeline flags fail when the tools are
// built (before a job is submitted), naming the file as given.
func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad.tsv": "only one column\n"})
	bad := filepath.Join(dir, "bad.tsv")
	cases := []struct {
		name string
		p    cli.PipelineOptions
		want string
	}{
		{"engine", cli.PipelineOptions{Engine: "magic"}, "magic"},
		{"map", cli.PipelineOptions{Engine: "hybrid", Maps: []string{"AGENCY"}}, "AGENCY"},
		{"scheme", cli.PipelineOptions{Engine: "hybrid", Scheme: "ancora"}, "ancora"},
		{"gazetteer", cli.PipelineOptions{Engine: "gazetteer", Gazetteers: []string{bad}}, bad},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := NewConfig(c.p, "auto", 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			_, err = cfg.tools()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one naming %q", err, c.want)
			}
		})
	}
	if _, err := NewConfig(cli.PipelineOptions{Gazetteers: []string{filepath.Join(dir, "missing.tsv")}}, "auto", 0, 0); err == nil {
		t.Error("a missing gazetteer file is not an error")
	}
}
