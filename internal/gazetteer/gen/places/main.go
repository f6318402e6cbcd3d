// Command places derives the generated place tables of the prensa gazetteer
// from the open place data beside the project (GeoNames cities of 15,000
// people or more with their Spanish names, Spain's municipalities,
// provinces, islands and communities from INE, countries and first-level
// regions with their Wikidata ids):
//
//	places-geonames.tsv  world cities, ids geonames:N       (CC BY 4.0)
//	places-spain.tsv     Spain's municipalities, provinces
//	                     and islands, ids ine:N              (ODC-PDDL)
//	places-regions.tsv   countries and first-level regions of
//	                     Spanish-speaking countries, ids
//	                     wikidata:QN                         (ODbL 1.0)
//	places-weak.tsv      places whose names are also common
//	                     words or person names (any source)
//	places-links.tsv     ids of the hand-written places
//	places.idx           the matcher's sorted form index of the
//	places.off           generated places, its line offsets and
//	places.first         the table of its first keys
//
// Hand-written entries (cities.tsv, spain.tsv, latam.tsv, regions.tsv,
// countries*.tsv) keep their canonical names: a generated place that is
// one of them gives it its id and its other forms, and no generated entry
// repeats a form any hand-written entry has.
//
// Run it from the module root (make places does):
//
//	go run ./internal/gazetteer/gen/places -shared ../shared/data -data internal/gazetteer/data
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	shared := flag.String("shared", filepath.Join("..", "shared", "data"), "the shared data folder (with places/, names/, unlabeled/)")
	data := flag.String("data", filepath.Join("internal", "gazetteer", "data"), "the gazetteer data folder: hand-written files are read, tables written there")
	stats := flag.Bool("stats", false, "print counts of entries and forms by table to stderr")
	flag.Parse()
	tables, st, err := generate(*shared, *data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "places:", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(tables))
	for n := range tables {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(*data, n), tables[n], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "places:", err)
			os.Exit(1)
		}
	}
	if *stats {
		st.print(os.Stderr)
	}
}
