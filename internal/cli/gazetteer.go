package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/output"
)

// GazetteerOptions are the options of 'prensa gazetteer' and its commands.
type GazetteerOptions struct {
	IO       *IOStreams
	Pipeline PipelineOptions
	Names    []string
	Type     string
	Format   string
}

func newGazetteerCmd(s *IOStreams) *cobra.Command {
	opts := &GazetteerOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Inspect the gazetteer: the names prensa knows",
		Long: `The gazetteer holds the names prensa knows with their type, canonical name,
aliases and id (places: geonames:N, wikidata:QN, ine:N; the fourth TSV
column). It is built into the binary; --gazetteer adds files of your own
(TSV: canonical, type, aliases separated by |, optional id), whose entries
override built-in ones with the same surface form.`,
		Example: `  prensa gazetteer lookup Kremlin "EE.UU." Madrid
  prensa gazetteer list --type AGENCY
  prensa gazetteer list --gazetteer ours.tsv --no-builtin-gazetteer --format json`,
	}
	pf := cmd.PersistentFlags()
	pf.StringArrayVar(&opts.Pipeline.Gazetteers, "gazetteer", nil, "add a gazetteer TSV file; repeatable")
	pf.BoolVar(&opts.Pipeline.NoBuiltin, "no-builtin-gazetteer", false, "leave out the built-in entries")
	pf.StringVar(&opts.Format, "format", "tsv", "output format: tsv or json")

	lookup := &cobra.Command{
		Use:   "lookup NAME...",
		Short: "Show the entries a name matches (canonical name or alias, any case)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Names = args
			return runGazetteerLookup(opts)
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List entries, optionally of one type",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGazetteerList(opts)
		},
	}
	list.Flags().StringVar(&opts.Type, "type", "", "only entries of this type: PER, LOC, ORG, AGENCY or MISC")
	cmd.AddCommand(lookup, list)
	return cmd
}

// entryJSON is an entry as printed with --format json.
type entryJSON struct {
	Canonical string   `json:"canonical"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	ID        string   `json:"id,omitempty"`
	Origin    string   `json:"origin"`
}

func printEntries(opts *GazetteerOptions, es []*gazetteer.Entry) error {
	if opts.Format == "json" {
		list := make([]entryJSON, 0, len(es))
		for _, e := range es {
			aliases := e.Aliases
			if aliases == nil {
				aliases = []string{}
			}
			list = append(list, entryJSON{e.Canonical, string(e.Type), aliases, e.ID, e.Origin})
		}
		return output.WriteJSON(opts.IO.Out, list, true)
	}
	for _, e := range es {
		fmt.Fprintf(opts.IO.Out, "%s\t%s\t%s\t%s\n", e.Canonical, e.Type, strings.Join(e.Aliases, "|"), e.ID)
	}
	return nil
}

func checkGazetteerFormat(f string) error {
	if f != "tsv" && f != "json" {
		return usageErrorf("unknown format %q (want tsv or json)", f)
	}
	return nil
}

func runGazetteerLookup(opts *GazetteerOptions) error {
	if err := checkGazetteerFormat(opts.Format); err != nil {
		return err
	}
	g, err := opts.Pipeline.Gazetteer()
	if err != nil {
		return err
	}
	var found []*gazetteer.Entry
	missing := false
	for _, n := range opts.Names {
		es := g.Lookup(n)
		if len(es) == 0 {
			fmt.Fprintf(opts.IO.ErrOut, "prensa: %q is not in the gazetteer\n", n)
			missing = true
		}
		found = append(found, es...)
	}
	if err := printEntries(opts, found); err != nil {
		return err
	}
	if missing {
		return errFailed
	}
	return nil
}

func runGazetteerList(opts *GazetteerOptions) error {
	if err := checkGazetteerFormat(opts.Format); err != nil {
		return err
	}
	var t entity.Type
	if opts.Type != "" {
		var ok bool
		if t, ok = entity.ParseType(strings.ToUpper(opts.Type)); !ok {
			return usageErrorf("unknown type %q (want PER, LOC, ORG, AGENCY or MISC)", opts.Type)
		}
	}
	g, err := opts.Pipeline.Gazetteer()
	if err != nil {
		return err
	}
	es := g.List(t)
	if t == "" || t == entity.LOC {
		es = append(es, g.Places()...)
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Canonical < es[j].Canonical })
	return printEntries(opts, es)
}
