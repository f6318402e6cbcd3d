package gazetteer

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
)

// commonWords are lower-case Spanish words that a single-word form must
// not be, besides the words that never start an entity (nonentities.txt):
// capitalized at the start of a sentence they would match.
var commonWords = []string{
	"nada", "nadie", "algo", "gente", "país", "ciudad", "gobierno", "estado", "presidente",
	"ministro", "ley", "dios", "vida", "mundo", "casa", "hoy", "año", "día", "parte",
}

// formKey is the matching key of a surface form.
func formKey(f string) string { return strings.Join(formKeys(f), " ") }

// dataProblem checks the entries of the files (by file name) against the
// rules every built-in gazetteer file follows and returns one message per
// problem:
//   - every type is one of entity.Types;
//   - no entry repeats a form (after normalization);
//   - a form shared by entries of different types is explained by an entry
//     after an "#!ambiguous" marker;
//   - no single-word form is a common word or one that never starts an
//     entity, unless it is an acronym.
func dataProblems(files map[string][]*Entry, never map[string]bool) []string {
	var out []string
	type use struct {
		e    *Entry
		file string
	}
	byKey := map[string][]use{}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, e := range files[name] {
			if !slices.Contains(entity.Types, e.Type) {
				out = append(out, fmt.Sprintf("%s: %q: invalid type %q", name, e.Canonical, e.Type))
			}
			seen := map[string]bool{}
			for _, f := range e.Forms() {
				k := formKey(f)
				if k == "" {
					out = append(out, fmt.Sprintf("%s: %q: empty form %q", name, e.Canonical, f))
					continue
				}
				if seen[k] {
					out = append(out, fmt.Sprintf("%s: %q: form %q repeated", name, e.Canonical, f))
					continue
				}
				seen[k] = true
				byKey[k] = append(byKey[k], use{e, name})
				if !strings.Contains(k, " ") && never[strings.ToLower(k)] && !allUpper(k) {
					out = append(out, fmt.Sprintf("%s: %q: form %q is a common word", name, e.Canonical, f))
				}
			}
			// the matcher also knows a long acronym written as a word
			for _, f := range e.Forms() {
				if w, ok := lexicalized(formKeys(f)); ok && !seen[w] {
					seen[w] = true
					byKey[w] = append(byKey[w], use{e, name})
				}
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		uses := byKey[k]
		types, marked := map[entity.Type]bool{}, false
		for _, u := range uses {
			types[u.e.Type] = true
			marked = marked || u.e.SharesForms
		}
		if len(types) > 1 && !marked {
			var who []string
			for _, u := range uses {
				who = append(who, fmt.Sprintf("%s %s (%s)", u.e.Canonical, u.e.Type, u.file))
			}
			out = append(out, fmt.Sprintf("form %q shared by %s; mark it %s or fix it", k, strings.Join(who, ", "), AmbiguousMarker))
		}
	}
	return out
}

func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// TestBuiltinData checks every built-in entry file written by hand or
// curated. The generated place tables are checked by their generator's
// tests: they match only where no entry does, and their common words and
// person names are weak places by design.
func TestBuiltinData(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]*Entry{}
	for _, name := range names {
		base := path.Base(name)
		if IsListFile(base) || strings.HasPrefix(base, generatedPrefix) {
			continue
		}
		raw, err := fs.ReadFile(dataFS, name)
		if err != nil {
			t.Fatal(err)
		}
		if len(raw) > 0 && raw[len(raw)-1] != '\n' {
			t.Errorf("%s: does not end with a newline", base)
		}
		if !utf8.Valid(raw) {
			t.Errorf("%s: not UTF-8", base)
		}
		es, err := ParseTSV(strings.NewReader(string(raw)), base)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		files[base] = es
	}
	if len(files) < 10 {
		t.Fatalf("only %d entry files", len(files))
	}
	never := map[string]bool{}
	for w := range MustBuiltin().Lists().NonEntities.All() {
		never[w] = true
	}
	for _, w := range commonWords {
		never[w] = true
	}
	for _, p := range dataProblems(files, never) {
		t.Error(p)
	}
}

// TestDataProblems shows that each rule of dataProblems finds what it is
// meant to find, and passes what it is meant to pass.
func TestDataProblems(t *testing.T) {
	never := map[string]bool{"nada": true, "esa": true}
	tests := []struct {
		name  string
		files map[string]string // file name → TSV
		want  []string          // substrings of the problems, in order
	}{
		{"clean", map[string]string{"a.tsv": "Lima\tLOC\tLima Metropolitana\n"}, nil},
		{"repeated alias", map[string]string{"a.tsv": "Lima\tLOC\tLima Metropolitana|Lima  Metropolitana\n"}, []string{`form "Lima  Metropolitana" repeated`}},
		{"shared across types", map[string]string{"a.tsv": "Sevilla\tLOC\n", "b.tsv": "Sevilla FC\tORG\tSevilla\n"}, []string{`form "Sevilla" shared by Sevilla LOC (a.tsv), Sevilla FC ORG (b.tsv)`}},
		{"shared, marked", map[string]string{"a.tsv": "Sevilla\tLOC\n", "b.tsv": "#!ambiguous\nSevilla FC\tORG\tSevilla\n"}, nil},
		{"marker covers what follows only", map[string]string{"a.tsv": "Sevilla\tLOC\n", "b.tsv": "Sevilla FC\tORG\tSevilla\n#!ambiguous\nX\tORG\n"}, []string{`form "Sevilla" shared`}},
		{"shared, same type", map[string]string{"a.tsv": "Sevilla\tLOC\n", "b.tsv": "Provincia de Sevilla\tLOC\tSevilla\n"}, nil},
		{"lexicalized acronym shared", map[string]string{"a.tsv": "Unesco\tMISC\n", "b.tsv": "Organización\tORG\tUNESCO\n"}, []string{`form "Unesco" shared`}},
		{"common word", map[string]string{"a.tsv": "Nada\tMISC\n"}, []string{`form "Nada" is a common word`}},
		{"acronym that spells a common word", map[string]string{"a.tsv": "Agencia Espacial Europea\tAGENCY\tESA\n"}, nil},
	}
	for _, tt := range tests {
		files := map[string][]*Entry{}
		for name, tsv := range tt.files {
			es, err := ParseTSV(strings.NewReader(tsv), name)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			files[name] = es
		}
		got := dataProblems(files, never)
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %q, want %d problems like %q", tt.name, got, len(tt.want), tt.want)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: problem %d = %q, want it to contain %q", tt.name, i, got[i], w)
			}
		}
	}
}
