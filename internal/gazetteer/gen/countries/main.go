// Command countries prints the generated country list of the prensa
// gazetteer: the Spanish (CLDR) name of every ISO 3166 country known to
// golang.org/x/text, one tab-separated entry per line, leaving out the
// codes in skip and using the usual press form for the names in override.
//
// Run it from the module root:
//
//	go run ./internal/gazetteer/gen/countries > internal/gazetteer/data/countries.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// skip lists two-letter codes that x/text accepts as countries but that
// the gazetteer leaves out: exceptionally reserved codes, groupings and
// small territories whose bare name is mostly something else in news.
// Deprecated codes (DD, ZR, ...) are dropped separately because x/text
// maps them onto their replacements.
var skip = map[string]bool{
	// Exceptionally reserved codes: parts of other countries, not countries.
	"AC": true, // Isla de la Ascensión
	"CP": true, // Isla Clipperton
	"DG": true, // Diego García
	"EA": true, // Ceuta y Melilla (in spain.tsv)
	"IC": true, // Canarias (in spain.tsv)
	"TA": true, // Tristán de Acuña
	"UK": true, // alias of GB
	// Groupings, not countries.
	"EU": true, // Unión Europea (an ORG in orgs files)
	"EZ": true, // zona euro
	"UN": true, // Naciones Unidas
	"UM": true, // Islas menores alejadas de EE. UU.
	// Small territories whose name is mostly a person or saint in news.
	"BL": true, // San Bartolomé
	"GP": true, // Guadalupe (a frequent given name)
	"MF": true, // San Martín (José de San Martín; a Peruvian region)
	"MS": true, // Montserrat (a frequent given name; the mountain)
}

// override replaces CLDR display names that are unfit for matching in
// news text (parenthesized qualifiers, outdated names, forms the Spanish
// press does not use) by the usual form of Spanish-language newspapers.
var override = map[string]string{
	"CI": "Costa de Marfil",     // CLDR: Côte d’Ivoire
	"HK": "Hong Kong",           // CLDR: RAE de Hong Kong (China)
	"MK": "Macedonia del Norte", // renamed in 2019
	"MM": "Myanmar",             // CLDR: Myanmar (Birmania)
	"MO": "Macao",               // CLDR: RAE de Macao (China)
	"MU": "Isla Mauricio",       // CLDR: Mauricio (a frequent given name)
	"PS": "Palestina",           // CLDR: Territorios Palestinos
	"RE": "Isla de la Reunión",  // CLDR: Reunión (a common noun)
	"SZ": "Esuatini",            // renamed in 2018
	"TL": "Timor Oriental",      // CLDR: Timor-Leste
}

func main() {
	namer := display.Regions(language.Spanish)
	type row struct{ name, code string }
	var rows []row
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if skip[code] {
				continue
			}
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize().String() != code {
				continue
			}
			name := namer.Name(r)
			if o, ok := override[code]; ok {
				name = o
			}
			if name == "" || name == code {
				continue
			}
			rows = append(rows, row{norm.NFC.String(name), code})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].code < rows[j].code })

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "# Countries: Spanish names from CLDR via golang.org/x/text/language/display.")
	fmt.Fprintln(w, "# GENERATED FILE, DO NOT EDIT. Regenerate from the module root with:")
	fmt.Fprintln(w, "#   go run ./internal/gazetteer/gen/countries > internal/gazetteer/data/countries.tsv")
	fmt.Fprintln(w, "# Variants and aliases live in countries-variants.tsv.")
	fmt.Fprintln(w, "# canonical\tTYPE\taliases\tid")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\tLOC\t\tcountry:%s\n", r.name, r.code)
	}
}
