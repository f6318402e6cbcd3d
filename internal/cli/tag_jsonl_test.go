package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestTagJSONL(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		args   []string
		out    []string // expected output lines, entities left out as {} when they do not matter
		stderr []string
		code   ExitCode
	}{
		{
			name: "ids of any JSON type, verbatim and in order",
			in:   `{"id": 1, "text": "Ana vive en Lima."}` + "\n" + `{"id": "b", "text": ""}` + "\n" + `{"text": "Quito", "id": {"doc": [1, 2]}}` + "\n" + `{"id": null, "text": "x"}`,
			out:  []string{`{"id":1,`, `{"id":"b","entities":[],"entities_summary":[],"demonyms":[]}`, `{"id":{"doc":[1,2]},`, `{"id":null,"entities":[],"entities_summary":[],"demonyms":[]}`},
			code: ExitOK,
		},
		{
			name: "blank lines are skipped, CRLF is fine",
			in:   "\n" + `{"id":1,"text":"hola"}` + "\r\n\r\n" + `{"id":2,"text":"adiós"}` + "\n\n",
			out:  []string{`{"id":1,"entities":[],"entities_summary":[],"demonyms":[]}`, `{"id":2,"entities":[],"entities_summary":[],"demonyms":[]}`},
			code: ExitOK,
		},
		{
			name: "malformed lines give error records with line numbers and the stream goes on",
			in: strings.Join([]string{
				`{"id":1,"text":"hola"}`,
				`not json`,
				`{"id":3,"text":5}`,
				`{"text":"sin id"}`,
				`{"id":5,"text":"hola"`,
				`{"id":6}`,
				`[1,2]`,
				`{"id":8,"text":"hola"}`,
			}, "\n"),
			out: []string{
				`{"id":1,"entities":[],"entities_summary":[],"demonyms":[]}`,
				`{"line":2,"error":"not a JSON object`,
				`{"line":3,"id":3,"error":"\"text\" is not a string"}`,
				`{"line":4,"error":"no \"id\""}`,
				`{"line":5,"error":"malformed JSON`,
				`{"line":6,"id":6,"error":"no \"text\""}`,
				`{"line":7,"error":"not a JSON object`,
				`{"id":8,"entities":[],"entities_summary":[],"demonyms":[]}`,
			},
			stderr: []string{"standard input:2: not a JSON object", "standard input:3:", "standard input:4:", "standard input:5:", "standard input:6:", "standard input:7:", "6 of 8 lines failed"},
			code:   ExitFailure,
		},
		{
			name: "type map applies",
			in:   `{"id":1,"text":"Según EFE, el Gobierno de Perú respondió."}`,
			args: []string{"--map", "AGENCY=ORG"},
			out:  []string{`{"id":1,"entities":[{"text":"EFE","type":"ORG"`},
			code: ExitOK,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"tag", "--input-format", "jsonl", "--engine", "gazetteer"}, tc.args...)
			code, out, stderr := runCLI(t, tc.in, args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(tc.out) {
				t.Fatalf("%d lines, want %d:\n%s", len(lines), len(tc.out), out)
			}
			for i, l := range lines {
				if !strings.HasPrefix(l, tc.out[i]) {
					t.Errorf("line %d: %s\nwant prefix %s", i+1, l, tc.out[i])
				}
				if !json.Valid([]byte(l)) {
					t.Errorf("line %d is not JSON: %s", i+1, l)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q lacks %q", stderr, s)
				}
			}
			if tc.code == ExitOK && stderr != "" {
				t.Errorf("stderr %q, want nothing", stderr)
			}
		})
	}
}

func TestTagJSONLEntitiesMatchTag(t *testing.T) {
	text := "El presidente de Colombia habló en Bogotá con la ONU, según Reuters."
	in, _ := json.Marshal(map[string]any{"id": "a", "text": text})
	_, out, _ := runCLI(t, string(in), "tag", "--input-format", "jsonl", "--engine", "gazetteer")
	_, tagged, _ := runCLI(t, text, "tag", "--engine", "gazetteer")
	var a, b struct{ Entities json.RawMessage }
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(tagged), &b); err != nil {
		t.Fatal(err)
	}
	if string(a.Entities) != string(b.Entities) || len(a.Entities) < 10 {
		t.Errorf("jsonl entities %s\ntag entities %s", a.Entities, b.Entities)
	}
}
