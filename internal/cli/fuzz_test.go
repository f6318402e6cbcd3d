package cli

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/summary"
)

// FuzzJSONLine: a stream-mode input line never panics; a line that is
// tagged gives entities that keep the offset contract on its "text".
func FuzzJSONLine(f *testing.F) {
	for _, s := range []string{
		`{"id": 1, "text": "El portavoz del Kremlin, Dmitri Peskov, habló en Moscú."}`,
		`{"id": "a", "text": "Kim\u00a0Jong-un \ud83d\ude00 en Pionyang"}`,
		`{"id": null, "text": 3}`,
		`{"text": "x"}`,
		`[1, 2]`,
		`{"id": 1, "text": "\ud800 roto"}`,
		`{"id": {"a": [1]}, "text": ""}`,
	} {
		f.Add([]byte(s))
	}
	x, err := (&PipelineOptions{Engine: "hybrid"}).Extractor()
	if err != nil {
		f.Fatal(err)
	}
	places := summary.NewPlaces(x.Gazetteer())
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := tagJSONLine(x, nil, places, line)
		if err != nil {
			return
		}
		out := rec.(jsonlOut)
		var in struct{ Text string }
		if err := json.Unmarshal(line, &in); err != nil {
			t.Fatalf("tagged a line that does not parse: %v", err)
		}
		checkJSONLContract(t, in.Text, out.Entities)
		for _, e := range out.Entities {
			if e.Entity < 0 || e.Entity >= len(out.Summary) {
				t.Fatalf("entity %+v: index outside the summary of %d", e, len(out.Summary))
			}
		}
		if _, err := json.Marshal(out); err != nil {
			t.Fatalf("record does not encode: %v", err)
		}
	})
}

func checkJSONLContract(t *testing.T, text string, es []entity.Entity) {
	t.Helper()
	end := 0
	for _, e := range es {
		if e.Start < end || e.End <= e.Start || e.End > len(text) || text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %+v breaks the contract on %q", e, text)
		}
		if utf8.RuneCountInString(text[:e.Start]) != e.CharStart || utf8.RuneCountInString(text[:e.End]) != e.CharEnd {
			t.Fatalf("entity %+v: char offsets disagree", e)
		}
		end = e.End
	}
}
