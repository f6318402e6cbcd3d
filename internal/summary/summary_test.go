package summary

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
)

// m is a mention to locate in a text: its text, type and canonical name
// (the text when empty), and id.
type m struct {
	text, typ, canon, id string
}

// locate turns ms into entities, finding each mention after the previous
// one in text.
func locate(t *testing.T, text string, ms []m) []entity.Entity {
	t.Helper()
	var out []entity.Entity
	pos := 0
	for _, x := range ms {
		i := strings.Index(text[pos:], x.text)
		if i < 0 {
			t.Fatalf("%q not found in %q after %d", x.text, text, pos)
		}
		start := pos + i
		canon := x.canon
		if canon == "" {
			canon = x.text
		}
		out = append(out, entity.Entity{Text: x.text, Type: entity.Type(x.typ), Start: start, End: start + len(x.text), Canonical: canon, ID: x.id})
		pos = start + len(x.text)
	}
	return out
}

// groups renders a summary as "canonical/type×mentions" strings.
func groups(items []entity.Item) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, it.Canonical+"/"+string(it.Type)+"×"+strconv.Itoa(it.Mentions))
	}
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []m
		want []string
	}{
		{"gazetteer canonical joins forms", "Kim Jong-un llegó. Luego Kim habló con Putin y con Vladímir Putin.",
			[]m{{"Kim Jong-un", "PER", "", ""}, {"Kim", "PER", "Kim Jong-un", ""}, {"Putin", "PER", "Vladímir Putin", ""}, {"Vladímir Putin", "PER", "", ""}},
			[]string{"Kim Jong-un/PER×2", "Vladímir Putin/PER×2"}},
		{"ids join", "EE.UU. y Estados Unidos y Pyongyang y Pionyang.",
			[]m{{"EE.UU.", "LOC", "Estados Unidos", "country:US"}, {"Estados Unidos", "LOC", "", "country:US"}, {"Pyongyang", "LOC", "Pionyang", ""}, {"Pionyang", "LOC", "", ""}},
			[]string{"Estados Unidos/LOC×2", "Pionyang/LOC×2"}},
		{"acronym after its expansion", "La Asociación Leonesa de Pastores Trashumantes (ALPT) protestó; la ALPT pide ayudas.",
			[]m{{"Asociación Leonesa de Pastores Trashumantes", "ORG", "", ""}, {"ALPT", "ORG", "", ""}, {"ALPT", "ORG", "", ""}},
			[]string{"Asociación Leonesa de Pastores Trashumantes/ORG×3"}},
		{"expansion after its acronym", "La ALPT (Asociación Leonesa de Pastores Trashumantes) protestó.",
			[]m{{"ALPT", "ORG", "", ""}, {"Asociación Leonesa de Pastores Trashumantes", "ORG", "", ""}},
			[]string{"Asociación Leonesa de Pastores Trashumantes/ORG×2"}},
		{"parentheses without an acronym join nothing", "Vladivostok (Rusia) y la ONCE (Madrid).",
			[]m{{"Vladivostok", "LOC", "", ""}, {"Rusia", "LOC", "", ""}, {"ONCE", "ORG", "", ""}, {"Madrid", "LOC", "", ""}},
			[]string{"Vladivostok/LOC×1", "Rusia/LOC×1", "ONCE/ORG×1", "Madrid/LOC×1"}},
		{"surname after the full name of an unknown person", "Habló Ana Ferreiro Lago. Después Lago se fue, y Lago volvió.",
			[]m{{"Ana Ferreiro Lago", "PER", "", ""}, {"Lago", "PER", "", ""}, {"Lago", "PER", "", ""}},
			[]string{"Ana Ferreiro Lago/PER×3"}},
		{"a surname shared by two people stays apart", "Luis Pérez y Ana Pérez llegaron; Pérez habló.",
			[]m{{"Luis Pérez", "PER", "", ""}, {"Ana Pérez", "PER", "", ""}, {"Pérez", "PER", "", ""}},
			[]string{"Luis Pérez/PER×1", "Ana Pérez/PER×1", "Pérez/PER×1"}},
		{"a surname is not a place", "Habló Ana Lugo en Lugo.",
			[]m{{"Ana Lugo", "PER", "", ""}, {"Lugo", "LOC", "", ""}},
			[]string{"Ana Lugo/PER×1", "Lugo/LOC×1"}},
		{"salience: count, then first appearance", "Rusia, China, China, Rusia, Chile, Chile, Chile.",
			[]m{{"Rusia", "LOC", "", ""}, {"China", "LOC", "", ""}, {"China", "LOC", "", ""}, {"Rusia", "LOC", "", ""}, {"Chile", "LOC", "", ""}, {"Chile", "LOC", "", ""}, {"Chile", "LOC", "", ""}},
			[]string{"Chile/LOC×3", "Rusia/LOC×2", "China/LOC×2"}},
		{"same name, other type: two entities", "Barcelona ganó en Barcelona.",
			[]m{{"Barcelona", "ORG", "", ""}, {"Barcelona", "LOC", "", ""}},
			[]string{"Barcelona/ORG×1", "Barcelona/LOC×1"}},
		{"no mentions", "nada", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := locate(t, tt.text, tt.ms)
			items := Entities(tt.text, ms)
			if items == nil {
				t.Fatal("nil summary")
			}
			if got := groups(items); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for i, e := range ms {
				it := items[e.Entity]
				if !contains(it.Forms, e.Text) || it.FirstStart > e.Start {
					t.Errorf("mention %d %q points to %+v", i, e.Text, it)
				}
			}
		})
	}
}

func TestEntitiesItemFields(t *testing.T) {
	text := "EE.UU. y Estados Unidos; luego EE.UU. otra vez."
	ms := locate(t, text, []m{{"EE.UU.", "LOC", "Estados Unidos", ""}, {"Estados Unidos", "LOC", "", "country:US"}, {"EE.UU.", "LOC", "Estados Unidos", ""}})
	got := Entities(text, ms)
	want := []entity.Item{{Canonical: "Estados Unidos", Type: entity.LOC, ID: "country:US", Mentions: 3, FirstStart: 0, Forms: []string{"EE.UU.", "Estados Unidos"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestIsAcronymOf(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"OMS", "Organización Mundial de la Salud", true},
		{"O.M.S.", "Organización Mundial de la Salud", true},
		{"OTAN", "Organización del Tratado del Atlántico Norte", true},
		{"PSOE", "Partido Socialista Obrero Español", true},
		{"CNMV", "Comisión Nacional del Mercado de Valores", true},
		{"AEE", "Área Económica Europea", true},
		{"OMS", "Fondo Monetario Internacional", false},
		{"Rusia", "Vladivostok Oriental", false},
		{"EFE", "Madrid", false},
		{"A", "Agencia Andaluza", false},
		{"ABC", "Agencia Central", false},
	}
	for _, tt := range tests {
		if got := isAcronymOf(tt.acr, tt.name); got != tt.want {
			t.Errorf("isAcronymOf(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

func TestDemonyms(t *testing.T) {
	p := NewPlaces(gazetteer.MustBuiltin())
	tests := []struct {
		text string
		ms   []m
		want []string // text→place
	}{
		{"Los medios norcoreanos y la inteligencia surcoreana.", nil, []string{"norcoreanos→Corea del Norte", "surcoreana→Corea del Sur"}},
		{"El ministro ruso y el embajador estadounidense.", nil, []string{"ruso→Rusia", "estadounidense→Estados Unidos"}},
		{"Los madrileños y las sevillanas votan.", nil, []string{"madrileños→Madrid", "sevillanas→Sevilla"}},
		{"Rusos y ucranianos negocian.", nil, []string{"Rusos→Rusia", "ucranianos→Ucrania"}},
		{"Ayer Rusos no es un demonio.", nil, []string{}},
		{"La selección argentina ganó en Argentina.", []m{{"Argentina", "LOC", "", ""}}, []string{"argentina→Argentina"}},
		{"El Partido Popular Europeo votó.", []m{{"Partido Popular Europeo", "ORG", "", ""}}, []string{}},
		{"Escribió @rusos en www.rusos.ru y rusos_2 o 3rusos.", nil, []string{}},
		{"Llegó. «¿Rusos aquí?». (Chinos) no.\nUcranianos", nil, []string{"Rusos→Rusia", "Chinos→China", "Ucranianos→Ucrania"}},
		{"Dijo: «Rusos» y el Chino.", nil, []string{}},
		{"Los norcoreanos\u0301 y los mexicanos.", nil, []string{"mexicanos→México"}},
		{"Los estadouni\u00addenses y las sevilla\u0301nas.", nil, []string{"estadouni\u00addenses→Estados Unidos"}},
		{"Los madrilen\u0303os votan.", nil, []string{"madrilen\u0303os→Madrid"}},
		{"Un acuerdo ruso-ucraniano.", nil, []string{"ruso→Rusia", "ucraniano→Ucrania"}},
		{"", nil, []string{}},
	}
	for _, tt := range tests {
		ds := p.Demonyms(tt.text, locate(t, tt.text, tt.ms))
		got := []string{}
		for _, d := range ds {
			if tt.text[d.Start:d.End] != d.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tt.text, d.Start, d.End, d.Text)
			}
			if n := len([]rune(tt.text[:d.Start])); n != d.CharStart || n+len([]rune(d.Text)) != d.CharEnd {
				t.Errorf("%q: char offsets of %q are %d:%d", tt.text, d.Text, d.CharStart, d.CharEnd)
			}
			got = append(got, d.Text+"→"+d.Place)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Demonyms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDemonymIDs(t *testing.T) {
	p := NewPlaces(gazetteer.MustBuiltin())
	ds := p.Demonyms("Los norcoreanos y los madrileños.", nil)
	var korea string
	for _, e := range gazetteer.MustBuiltin().Lookup("Corea del Norte") {
		if e.Type == entity.LOC {
			korea = e.ID
		}
	}
	if len(ds) != 2 || korea == "" || ds[0].ID != korea {
		t.Fatalf("got %+v, want norcoreanos with the id of Corea del Norte", ds)
	}
	g := gazetteer.MustBuiltin()
	for _, e := range g.Lookup("Madrid") {
		if e.Type == entity.LOC && e.ID != ds[1].ID {
			t.Errorf("madrileños: id %q, Madrid's is %q", ds[1].ID, e.ID)
		}
	}
}

// TestPlaceDemonymsArePlaces checks that every place of the demonym lists
// is the canonical name of a LOC entry.
func TestPlaceDemonymsArePlaces(t *testing.T) {
	g := gazetteer.MustBuiltin()
	known := map[string]bool{}
	for _, e := range g.Entries() {
		if e.Type == entity.LOC {
			known[e.Canonical] = true
		}
	}
	l := g.Lists()
	if l.PlaceDemonyms.Len() < 100 {
		t.Errorf("only %d place demonyms", l.PlaceDemonyms.Len())
	}
	for _, lists := range []gazetteer.PlaceSet{l.Demonyms, l.PlaceDemonyms} {
		for w, place := range lists.All() {
			if !known[place] {
				t.Errorf("demonym %q: %q is no LOC entry", w, place)
			}
		}
	}
}

func TestAnnotateNeverNull(t *testing.T) {
	p := NewPlaces(gazetteer.Empty())
	var r entity.Result
	p.Annotate("", &r)
	if r.Entities == nil || r.Summary == nil || r.Demonyms == nil {
		t.Errorf("nil list in %+v", r)
	}
}

// TestSeedArticle is the acceptance test: on the shared seed
// article Kim Jong-un is the first entity and Vladímir Putin the second,
// with every mention counted, and the Korean demonyms are linked.
func TestSeedArticle(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "seed", "article-kim-putin.txt")
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	mod, err := model.Default()
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.MustBuiltin()
	x, err := extract.New(extract.Options{Gazetteer: g, Model: mod})
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	r := entity.Result{Entities: x.Extract(text)}
	NewPlaces(g).Annotate(text, &r)
	if len(r.Summary) < 2 {
		t.Fatalf("summary %+v", r.Summary)
	}
	for i, want := range []struct {
		canon string
		re    string
	}{{"Kim Jong-un", `Kim`}, {"Vladímir Putin", `Putin`}} {
		it := r.Summary[i]
		if it.Canonical != want.canon || it.Type != entity.PER {
			t.Errorf("summary[%d] = %+v, want %s", i, it, want.canon)
		}
		if n := strings.Count(text, want.re); it.Mentions != n {
			t.Errorf("%s: %d mentions, the text names %q %d times", want.canon, it.Mentions, want.re, n)
		}
	}
	found := map[string]string{}
	for _, d := range r.Demonyms {
		found[d.Text] = d.Place
	}
	for w, place := range map[string]string{"norcoreanos": "Corea del Norte", "surcoreana": "Corea del Sur"} {
		if found[w] != place {
			t.Errorf("demonym %q → %q, want %q (demonyms: %v)", w, found[w], place, found)
		}
	}
	for _, e := range r.Entities {
		if e.Entity < 0 || e.Entity >= len(r.Summary) || !contains(r.Summary[e.Entity].Forms, e.Text) {
			t.Errorf("mention %q: bad entity index %d", e.Text, e.Entity)
		}
	}
}
