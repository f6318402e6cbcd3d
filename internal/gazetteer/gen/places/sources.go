package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// kind is what a place is; lower kinds win a name over higher ones.
type kind int

const (
	country kind = iota
	community
	province
	region
	island
	city // municipalities and GeoNames cities, ordered by population
)

// table is the generated table a place's entry goes to.
func (p *place) table() string {
	switch {
	case strings.HasPrefix(p.id, "geonames:"):
		return "places-geonames.tsv"
	case strings.HasPrefix(p.id, "ine:"):
		return "places-spain.tsv"
	}
	return "places-regions.tsv"
}

// place is one place of the sources with its forms, the preferred first.
type place struct {
	id    string // geonames:N, ine:N or wikidata:QN
	ref   string // the reference hand-written files use: country:XX, region:ES-XX
	kind  kind
	cc    string // ISO 3166-1 country code
	part  bool   // a section of a city (GeoNames PPLX): its names are weak
	pop   int
	forms []string
}

// spanishSpeaking are the countries whose first-level regions are listed
// (Spain's communities come from the same table; its provinces from INE).
var spanishSpeaking = map[string]bool{
	"AR": true, "BO": true, "CL": true, "CO": true, "CR": true, "CU": true, "DO": true, "EC": true,
	"SV": true, "GT": true, "HN": true, "MX": true, "NI": true, "PA": true, "PY": true, "PE": true,
	"PR": true, "UY": true, "VE": true, "GQ": true,
}

// readTSV calls row with the fields of every line of a tab-separated file
// that is not a # comment.
func readTSV(path string, row func(f []string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// readCSV calls row with the fields of every line but the header.
func readCSV(path string, row func(f []string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	recs, err := csv.NewReader(fh).ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for i, r := range recs {
		if i == 0 {
			continue
		}
		if err := row(r); err != nil {
			return fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
	}
	return nil
}

// readPlaces reads every source of dir (the shared places folder).
func readPlaces(dir string) ([]*place, error) {
	var out []*place
	es := map[string]string{} // geonameid → Spanish name
	if err := readTSV(filepath.Join(dir, "geonames-es-names.tsv"), func(f []string) error {
		if len(f) >= 2 {
			es[f[0]] = strings.TrimSpace(f[1])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// Spain: municipalities (with GeoNames population and names where the
	// city has 15,000 people or more), provinces, islands.
	munis := map[string]*place{}
	if err := readCSV(filepath.Join(dir, "spain-municipios.csv"), func(f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("want 5 fields")
		}
		p := &place{id: "ine:" + f[0], kind: city, cc: "ES", forms: ineForms(f[4])}
		munis[f[0]] = p
		out = append(out, p)
		return nil
	}); err != nil {
		return nil, err
	}
	for _, file := range []struct {
		name  string
		kind  kind
		name2 int
	}{{"spain-provincias.csv", province, 1}, {"spain-islas.csv", island, 2}} {
		if err := readCSV(filepath.Join(dir, file.name), func(f []string) error {
			if len(f) <= file.name2 {
				return fmt.Errorf("want %d fields", file.name2+1)
			}
			out = append(out, &place{id: "ine:" + f[0], kind: file.kind, cc: "ES", forms: ineForms(f[file.name2])})
			return nil
		}); err != nil {
			return nil, err
		}
	}
	// GeoNames cities.
	if err := readTSV(filepath.Join(dir, "geonames-cities15000.tsv"), func(f []string) error {
		if len(f) < 15 {
			return fmt.Errorf("want 19 fields, got %d", len(f))
		}
		if f[7] == "PPLQ" || f[7] == "PPLH" || f[7] == "PPLW" {
			return nil // abandoned, historical, destroyed
		}
		pop, _ := strconv.Atoi(f[14])
		forms := []string{es[f[0]], f[1], f[2]}
		if f[8] == "ES" && f[7] != "PPLX" {
			if m := munis[f[12]]; m != nil && sameName(m.forms, forms) {
				// the INE municipality is the place; GeoNames adds its
				// population and names
				m.pop = max(m.pop, pop)
				m.forms = append(append([]string{es[f[0]]}, m.forms...), f[1], f[2])
				return nil
			}
		}
		out = append(out, &place{id: "geonames:" + f[0], kind: city, cc: f[8], pop: pop, forms: forms, part: f[7] == "PPLX"})
		return nil
	}); err != nil {
		return nil, err
	}
	// Countries.
	if err := readTSV(filepath.Join(dir, "countries-wikidata.tsv"), func(f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("want 7 fields")
		}
		if !wikidataID(f[4]) {
			return nil
		}
		out = append(out, &place{id: "wikidata:" + f[4], ref: "country:" + f[0], kind: country, cc: f[0], forms: []string{f[3]}})
		return nil
	}); err != nil {
		return nil, err
	}
	// First-level regions of Spanish-speaking countries; Spain's
	// communities and autonomous cities.
	if err := readTSV(filepath.Join(dir, "states-wikidata.tsv"), func(f []string) error {
		if len(f) < 6 || !wikidataID(f[5]) {
			return nil
		}
		cc, code, name, native, typ := f[0], f[1], strings.TrimSpace(f[2]), strings.TrimSpace(f[3]), f[4]
		k := region
		switch {
		case cc == "ES" && strings.HasPrefix(typ, "autonomous"):
			k = community
		case cc == "ES" || !spanishSpeaking[cc]:
			return nil
		}
		forms := []string{name}
		// The native column is sometimes a translation of the name by
		// mistake; it is kept only where it spells the same name.
		if native != name && fold(native) == fold(name) {
			forms = []string{native, name}
		}
		out = append(out, &place{id: "wikidata:" + f[5], ref: "region:" + code, kind: k, cc: cc, forms: forms})
		return nil
	}); err != nil {
		return nil, err
	}
	return out, nil
}

// wikidataID reports whether s is a Wikidata item id (Q and digits).
func wikidataID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

// ineForms turns an official INE name into forms: "Coruña, A" → "A
// Coruña", "Alicante/Alacant" → "Alicante", "Alacant".
func ineForms(name string) []string {
	var out []string
	for _, part := range strings.Split(name, "/") {
		part = strings.TrimSpace(part)
		if i := strings.LastIndex(part, ", "); i > 0 {
			art := strings.TrimSpace(part[i+2:])
			if strings.HasSuffix(art, "'") {
				part = art + part[:i]
			} else {
				part = art + " " + part[:i]
			}
		}
		out = append(out, part)
	}
	return out
}

// sameName reports whether two lists of names share one, compared without
// regard to case or accents.
func sameName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != "" && fold(x) == fold(y) {
				return true
			}
		}
	}
	return false
}
