package conll

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestToIOB2(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"iob2 unchanged", []string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"}},
		{"iob1 start", []string{"I-PER", "I-PER", "O"}, []string{"B-PER", "I-PER", "O"}},
		{"iob1 after O", []string{"O", "I-LOC"}, []string{"O", "B-LOC"}},
		{"iob1 type change", []string{"I-PER", "I-LOC"}, []string{"B-PER", "B-LOC"}},
		{"iob1 adjacent same type", []string{"I-ORG", "B-ORG", "I-ORG"}, []string{"B-ORG", "B-ORG", "I-ORG"}},
		{"empty tag breaks", []string{"I-MISC", "", "I-MISC"}, []string{"B-MISC", "", "B-MISC"}},
		{"empty", nil, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]string(nil), tc.in...)
			got := ToIOB2(tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ToIOB2(%v) = %v, want %v", tc.in, got, tc.want)
			}
			if !reflect.DeepEqual(in, tc.in) {
				t.Errorf("input modified: %v", tc.in)
			}
		})
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Chunk
	}{
		{"none", []string{"O", "O"}, nil},
		{"single", []string{"B-PER"}, []Chunk{{0, 1, "PER"}}},
		{"two tokens at end", []string{"O", "B-LOC", "I-LOC"}, []Chunk{{1, 3, "LOC"}}},
		{"I after O starts", []string{"O", "I-ORG", "I-ORG", "O"}, []Chunk{{1, 3, "ORG"}}},
		{"I of other type starts", []string{"B-PER", "I-LOC"}, []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"B splits", []string{"B-PER", "B-PER", "I-PER"}, []Chunk{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"I at start", []string{"I-MISC", "O"}, []Chunk{{0, 1, "MISC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Chunks(tc.tags); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Chunks(%v) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	in := "-DOCSTART- -X- O\n\nAna NP I-PER\nvive VM O\nen SP O\nLima NP I-LOC\n\n\n" +
		"-DOCSTART- -X- O\n\nHola I O\n\n-DOCSTART-\nRío NC B-LOC\nAzul AQ I-LOC\n"
	got, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Tokens: []string{"Ana", "vive", "en", "Lima"}, Tags: []string{"B-PER", "O", "O", "B-LOC"}, Doc: 0, Line: 3},
		{Tokens: []string{"Hola"}, Tags: []string{"O"}, Doc: 1, Line: 11},
		{Tokens: []string{"Río", "Azul"}, Tags: []string{"B-LOC", "I-LOC"}, Doc: 2, Line: 14},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read =\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadUntagged(t *testing.T) {
	got, err := Read(strings.NewReader("\ufeffUno\nDos\tB-ORG\r\n\nTres\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2", len(got))
	}
	if !reflect.DeepEqual(got[0].Tokens, []string{"Uno", "Dos"}) || !reflect.DeepEqual(got[0].Tags, []string{"", "B-ORG"}) {
		t.Errorf("first sentence = %+v", got[0])
	}
	if got[0].HasTags() || got[1].HasTags() {
		t.Errorf("HasTags true for untagged tokens")
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"a O\nb PER\n", "line 2"},
		{"a O\n\n\nb X-LOC\n", "line 4"},
		{"a B-\n", "line 1"},
	}
	for _, tc := range tests {
		_, err := Read(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) error = %v, want one naming %q", tc.in, err, tc.want)
		}
	}
}

func TestReaderStream(t *testing.T) {
	r := NewReader(strings.NewReader("a O\n\nb B-LOC\n"))
	var n int
	for {
		_, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("read %d sentences, want 2", n)
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("Next after EOF = %v, want EOF", err)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	toks := []string{"La", "ONU", "dijo"}
	tags := []string{"O", "B-ORG", "O"}
	if err := Write(&buf, toks, tags); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "La O\nONU B-ORG\ndijo O\n\n"; got != want {
		t.Errorf("Write = %q, want %q", got, want)
	}
	s, err := Read(&buf)
	if err != nil || len(s) != 1 || !reflect.DeepEqual(s[0].Tags, tags) {
		t.Errorf("round trip = %+v, %v", s, err)
	}
	if err := Write(&buf, toks, tags[:1]); err == nil {
		t.Errorf("Write with mismatched lengths: no error")
	}
}

func TestGuessDocs(t *testing.T) {
	mk := func(s string) Sentence { return Sentence{Tokens: strings.Fields(s)} }
	sents := []Sentence{
		mk("Lima ( Perú ) , 2 may ( EFE ) ."),
		mk("Ana habló ."),
		mk("Quito , 3 may ( AFP ) ."),
		mk("Dijo ( A ) algo ."),
		mk("Roma , 4 may ( EFE ) ."),
	}
	GuessDocs(sents)
	var got []int
	for _, s := range sents {
		got = append(got, s.Doc)
	}
	if want := []int{0, 0, 1, 1, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("docs = %v, want %v", got, want)
	}
	marked := []Sentence{mk("a"), {Tokens: []string{"b"}, Doc: 1}, mk("Roma ( EFE ) .")}
	marked[2].Doc = 1
	GuessDocs(marked)
	if marked[2].Doc != 1 {
		t.Errorf("GuessDocs changed marked documents")
	}
}
