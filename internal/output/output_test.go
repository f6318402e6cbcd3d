package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prensa-nlp/prensa/internal/entity"
)

func ent(text, full string, typ entity.Type) entity.Entity {
	i := strings.Index(full, text)
	return entity.Entity{Text: text, Type: typ, Start: i, End: i + len(text)}
}

func TestSpaced(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		want  string
	}{
		{"El líder Kim Jong-un visitará Rusia pronto.", []string{"Kim Jong-un", "Rusia"}, "El líder  Kim Jong-un  visitará  Rusia  pronto.\n"},
		{"“Kim se reunirá”, dijo.", []string{"Kim"}, "“  Kim  se reunirá”, dijo.\n"},
		{"Putin.", []string{"Putin"}, "  Putin  .\n"},
		{"Moscú Pekín", []string{"Moscú", "Pekín"}, "  Moscú  Pekín  \n"},
		{"sin nombres\n", nil, "sin nombres\n"},
	}
	for _, tt := range tests {
		d := &Doc{Text: tt.text}
		for _, n := range tt.names {
			d.Result.Entities = append(d.Result.Entities, ent(n, tt.text, entity.LOC))
		}
		if got := Spaced(d); got != tt.want {
			t.Errorf("Spaced(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestJSONNeverNull(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		p, err := New(format, false)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.Print(&buf, &Doc{Result: entity.Result{Source: "a.txt", Encoding: "utf-8"}}); err != nil {
			t.Fatal(err)
		}
		if want := `{"source":"a.txt","encoding":"utf-8","entities":[],"entities_summary":[],"demonyms":[]}` + "\n"; buf.String() != want {
			t.Errorf("%s: got %q, want %q", format, buf.String(), want)
		}
	}
}

func TestJSONDoesNotEscapeHTML(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, map[string]string{"text": "AT&T <b>"}, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "AT&T <b>") {
		t.Errorf("escaped: %s", buf.String())
	}
}

func TestNewUnknownFormat(t *testing.T) {
	if _, err := New("yaml", false); err == nil {
		t.Error("New(yaml) succeeded")
	}
}
