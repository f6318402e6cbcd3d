package main

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

// headers are the comment lines of each table: what it holds, its sources
// and their licences.
var headers = map[string]string{
	"places-geonames.tsv": `# World cities of 15,000 people or more outside Spain, with their Spanish
# names where GeoNames has them (else the GeoNames name and its ASCII form).
# Source: GeoNames (geonames.org), cities15000 and its Spanish catalogue.
# Licence: CC BY 4.0; attribution: GeoNames.`,
	"places-spain.tsv": `# Spain's municipalities, provinces and islands by their official INE names
# (co-official forms as aliases), with GeoNames' Spanish names for the larger
# ones. Ids are INE codes: ine:NNNNN municipality, ine:NN province, ine:NNN island.
# Sources: INE via codeforspain/ds-organizacion-administrativa (ODC-PDDL);
# GeoNames (geonames.org, CC BY 4.0) for names.`,
	"places-regions.tsv": `# Countries and the first-level regions of Spanish-speaking countries.
# Source: dr5hn/countries-states-cities-database (Wikidata ids).
# Licence: this table is derived from that database and is itself under the
# Open Database License (ODbL 1.0); its contents under the DbCL 1.0.`,
	"places-weak.tsv": `# Places whose names are also common words, given names or surnames
# (Victoria, Mercedes, Moreno, Pedro Muñoz): prensa uses them as evidence
# for the model and to give a canonical name and id to a place found
# otherwise, never as entities by themselves.
# Sources and licences by id: geonames: GeoNames (CC BY 4.0); ine: INE
# (ODC-PDDL); wikidata: dr5hn/countries-states-cities-database (the rows with
# wikidata ids are under the ODbL 1.0).`,
	"places-links.tsv": `# Ids of hand-written places (cities.tsv, spain.tsv, latam.tsv, regions.tsv,
# countries*.tsv); an entry with no id here drops its hand-written reference
# (country:XX, region:XX-YY, which the generator resolves). The loader joins each line to
# the hand-written entry with the same canonical name.
# Sources and licences by id: geonames: GeoNames (CC BY 4.0); ine: INE
# (ODC-PDDL); wikidata: dr5hn/countries-states-cities-database; this table
# holds a substantial part of its ids and is under the ODbL 1.0.`,
}

// generate builds every table from the shared data folder and the
// hand-written files of dataDir; it returns them by file name.
func generate(sharedDir, dataDir string) (map[string][]byte, *stats, error) {
	places, err := readPlaces(filepath.Join(sharedDir, "places"))
	if err != nil {
		return nil, nil, err
	}
	w, err := readWords(sharedDir, dataDir, filepath.Join(filepath.Dir(dataDir), "gen", "places", "exclude.txt"))
	if err != nil {
		return nil, nil, err
	}
	hand, taken, err := readHandWritten(dataDir)
	if err != nil {
		return nil, nil, err
	}
	st := &stats{weakWhy: map[why]int{}, entries: map[string]int{}, forms: map[string]int{}, kinds: map[string]int{}}
	b := &builder{places: places, words: w, taken: taken, consumed: map[*place]bool{}, stats: st}
	links := b.link(hand)
	gen := b.entries()
	tables := map[string][]out{"places-links.tsv": links}
	for _, o := range gen {
		name := (&place{id: o.id}).table()
		if o.weak {
			name = "places-weak.tsv"
		}
		tables[name] = append(tables[name], o)
	}
	idx := placeIndex(gen)
	res := map[string][]byte{"places.idx": idx, "places.off": lineOffsets(idx), "places.first": gazetteer.PlaceFirstKeys(idx)}
	for name, lines := range tables {
		slices.SortFunc(lines, func(a, c out) int {
			return cmp.Or(strings.Compare(a.canonical, c.canonical), strings.Compare(a.id, c.id))
		})
		var buf bytes.Buffer
		buf.WriteString(headers[name])
		buf.WriteString("\n# GENERATED FILE, DO NOT EDIT: make places (internal/gazetteer/gen/places).\n")
		buf.WriteString("# canonical\tTYPE\taliases\tid\n")
		for _, o := range lines {
			fmt.Fprintf(&buf, "%s\tLOC\t%s\t%s\n", o.canonical, strings.Join(o.aliases, "|"), o.id)
			st.entries[name]++
			st.forms[name] += 1 + len(o.aliases)
			if o.id != "" {
				st.kinds[fmt.Sprintf("%s %s", name, kindNames[o.kind])]++
			}
		}
		res[name] = buf.Bytes()
	}
	return res, st, nil
}

var kindNames = map[kind]string{country: "country", community: "community", province: "province", region: "region", island: "island", city: "city/municipality"}

// stats counts what a generation made.
type stats struct {
	entries, forms, kinds map[string]int
	weakWhy               map[why]int
	dropped, homonyms     int
}

func (s *stats) print(w io.Writer) {
	for _, sec := range []struct {
		what string
		m    map[string]int
	}{{"entries", s.entries}, {"forms", s.forms}, {"entries with an id", s.kinds}} {
		keys := make([]string, 0, len(sec.m))
		for k := range sec.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s: %-40s %6d\n", sec.what, k, sec.m[k])
		}
	}
	reasons := make([]string, 0, len(s.weakWhy))
	for r := range s.weakWhy {
		reasons = append(reasons, string(r))
	}
	slices.Sort(reasons)
	for _, r := range reasons {
		fmt.Fprintf(w, "weak form: %-40s %6d\n", r, s.weakWhy[why(r)])
	}
	fmt.Fprintf(w, "places left out: no usable name %d, homonym of a known place %d\n", s.dropped, s.homonyms)
}

// placeIndex is the matcher's form of the generated entries (not the
// links): one line per form, "first key<TAB>other keys<TAB>W or
// S<TAB>canonical<TAB>id", sorted bytewise, which the gazetteer searches in
// place instead of parsing the tables at start-up.
func placeIndex(gen []out) []byte {
	var lines []string
	for _, o := range gen {
		flag := "S"
		if o.weak {
			flag = "W"
		}
		for _, f := range append([]string{o.canonical}, o.aliases...) {
			first, rest, _ := strings.Cut(gazetteer.FormKey(f), " ")
			lines = append(lines, first+"\t"+rest+"\t"+flag+"\t"+o.canonical+"\t"+o.id+"\n")
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return []byte(strings.Join(lines, ""))
}

// lineOffsets is the start of every line of idx, 4 bytes little-endian
// each, so that the gazetteer finds the lines without scanning idx.
func lineOffsets(idx []byte) []byte {
	var out []byte
	for off := 0; off < len(idx); {
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		off += bytes.IndexByte(idx[off:], '\n') + 1
	}
	return out
}
