package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRegenerationReproducesCommittedTables regenerates every table from
// the shared data, when it is beside the project, and requires the
// committed bytes.
func TestRegenerationReproducesCommittedTables(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(shared, "places", "geonames-cities15000.tsv")); err != nil {
		t.Skip("shared place data not present:", err)
	}
	data := filepath.Join("..", "..", "data")
	tables, _, err := generate(shared, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 8 {
		t.Errorf("generated %d tables, want 8", len(tables))
	}
	for name, got := range tables {
		want, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			t.Errorf("%s: %v (run make places)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: regenerated table differs from the committed one (run make places and review the diff)", name)
		}
	}
}

func TestINEForms(t *testing.T) {
	tests := map[string][]string{
		"Madrid":                      {"Madrid"},
		"Coruña, A":                   {"A Coruña"},
		"Alicante/Alacant":            {"Alicante", "Alacant"},
		"Palmas de Gran Canaria, Las": {"Las Palmas de Gran Canaria"},
		"Hospitalet de Llobregat, L'": {"L'Hospitalet de Llobregat"},
		"Gomera, La ":                 {"La Gomera"},
	}
	for in, want := range tests {
		if got := ineForms(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ineForms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanForm(t *testing.T) {
	tests := map[string]string{
		"Nueva York":     "Nueva York",
		"  Bogotá  D.C.": "Bogotá D.C.",
		"Warīsān":        "", // not Latin-1
		"Москва":         "", // another script
		"ALV":            "", // a code
		"les Escaldes":   "", // lower-case start
		"Ea":             "", // too short
		"Zone 3":         "", // digits
		"’Aïn Abid":      "", // no letter first
		"Sant Adrià":     "Sant Adrià",
	}
	for in, want := range tests {
		if got := cleanForm(in); got != want {
			t.Errorf("cleanForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	w := &words{
		given:   map[string]bool{"pedro": true, "victoria": true, "martin": true},
		surname: map[string]bool{"munoz": true, "moreno": true},
		titles:  map[string]bool{"general": true},
		exclude: map[string]bool{"salto": true},
		heads:   map[string]bool{"universidad": true},
		lower:   map[string]int{"mayor": 50, "leganes": 0},
		capital: map[string]int{"Mayor": 10, "Leganés": 40},
	}
	tests := map[string]strength{
		"Victoria":                weak, // given name
		"Moreno":                  weak, // surname
		"Mayor":                   weak, // common word
		"Salto":                   weak, // excluded by hand
		"Pedro Muñoz":             weak, // a person's name
		"San Martín":              weak, // a saint's name
		"General Roca":            weak, // title + name
		"Universidad":             weak, // head word of another type
		"Leganés":                 strong,
		"Villanueva de la Serena": strong,
		"San Martín de los Andes": strong,
	}
	for form, want := range tests {
		if got, why := w.classify(form); got != want {
			t.Errorf("classify(%q) = %v (%s), want %v", form, got, why, want)
		}
	}
}
