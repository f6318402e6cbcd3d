package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/prensa-nlp/prensa/internal/conll"
	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/source"
)

// Kind is the kind of a gold file (a fixture).
type Kind string

// The kinds of gold files.
const (
	// Golden is NAME.txt with NAME.json beside it holding the expected
	// output, as 'prensa tag --pretty NAME.txt' prints it.
	Golden Kind = "golden"
	// SpacedKind is a text whose mentions are set off by two spaces; it is
	// scored untyped.
	SpacedKind Kind = "spaced"
	// CoNLL is a CoNLL file (token first, IOB1 or IOB2 tag last); it is
	// scored typed, with conlleval semantics.
	CoNLL Kind = "conll"
	// Annotated is NAME.txt with NAME.ann beside it: hand annotations,
	// one TYPE<TAB>mention line per mention in order of appearance; it is
	// scored typed.
	Annotated Kind = "annotated"
)

// Kinds lists the values accepted by --kind besides "auto".
var Kinds = []Kind{Golden, SpacedKind, CoNLL, Annotated}

// ParseKind checks a --kind value; "auto" and "" give "".
func ParseKind(s string) (Kind, error) {
	if s == "" || s == "auto" {
		return "", nil
	}
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (want auto, golden, spaced, conll or annotated)", s)
}

// KindRules describes how the kind of a file is decided, for --help.
const KindRules = `A fixture's kind is decided from its name and content (--kind overrides it):
  NAME.txt with NAME.json beside it  golden: NAME.json is the expected output
  NAME.txt with NAME.ann beside it   annotated: NAME.ann has TYPE<TAB>mention
                                     lines, mentions in order of appearance
  *.conll, or "TOKEN ... TAG" lines  CoNLL (IOB1 or IOB2 tags in the last column)
  any other file                     spaced text (mentions between two spaces)
Naming NAME.json or NAME.ann names the fixture NAME.txt. Folders are walked
recursively in name order and give their *.txt and *.conll files.`

// Fixture is a gold file, read.
type Fixture struct {
	// Path is the file as named: the text of a golden fixture.
	Path string
	Kind Kind
	// JSONPath is the expected output of a golden fixture.
	JSONPath string
	// Text is what the pipeline tags: the decoded text of a golden
	// fixture, the recovered text of a spaced one.
	Text string
	// Encoding is the encoding the text was read in.
	Encoding string
	// Source is the decoded file of a spaced fixture (Spaced.Pos maps Text
	// to it).
	Source string
	// AnnPath is the hand annotations of an annotated fixture.
	AnnPath string
	// Expected holds the entities of a golden fixture's JSON or of an
	// annotated fixture's annotations.
	Expected []entity.Entity
	// Spaced is the parsed spaced text.
	Spaced *Spaced
	// Sentences are the sentences of a CoNLL fixture.
	Sentences []conll.Sentence
}

// Discover returns the fixtures named by args (files or folders, walked
// recursively in name order), once each, in order. A NAME.json or
// NAME.ann named directly stands for its fixture NAME.txt.
func Discover(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		if !fi.IsDir() {
			for _, ext := range []string{".json", ".ann"} {
				if strings.HasSuffix(a, ext) && exists(strings.TrimSuffix(a, ext)+".txt") {
					a = strings.TrimSuffix(a, ext) + ".txt"
				}
			}
			add(a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if bare := source.StripCompression(p); !d.IsDir() && (strings.HasSuffix(bare, ".txt") || strings.HasSuffix(bare, ".conll")) {
				add(p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func exists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// Detect returns the kind of the file at path, read as data.
func Detect(path string, data []byte) Kind {
	switch {
	case strings.HasSuffix(path, ".conll"):
		return CoNLL
	case exists(jsonPath(path)):
		return Golden
	case exists(sibling(path, ".ann")):
		return Annotated
	case looksLikeCoNLL(data):
		return CoNLL
	}
	return SpacedKind
}

func jsonPath(txt string) string { return sibling(txt, ".json") }

// sibling returns path with its extension replaced by ext.
func sibling(path, ext string) string {
	path = source.StripCompression(path)
	return strings.TrimSuffix(path, filepath.Ext(path)) + ext
}

// looksLikeCoNLL reports whether the first lines of data (up to ten that
// are neither blank nor -DOCSTART-) all have two or more columns and a
// tag in the last.
func looksLikeCoNLL(data []byte) bool {
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		f := strings.Fields(string(line))
		if len(f) == 0 || f[0] == conll.DocStart {
			continue
		}
		if len(f) < 2 || !isTag(f[len(f)-1]) {
			return false
		}
		if n++; n == 10 {
			break
		}
	}
	return n > 0
}

func isTag(t string) bool {
	return t == "O" || len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

// Load reads the fixture at path, of the given kind or, when kind is "",
// of the kind Detect finds. Errors name the file.
func Load(path string, kind Kind) (*Fixture, error) {
	data, err := source.ReadFile(path, source.Options{})
	if err != nil {
		return nil, err
	}
	if kind == "" {
		kind = Detect(path, data)
	}
	f := &Fixture{Path: path, Kind: kind}
	switch kind {
	case CoNLL:
		f.Sentences, err = readCoNLL(data)
	case Golden:
		err = f.loadGolden(data)
	case Annotated:
		err = f.loadAnnotated(data)
	default:
		f.Source, f.Encoding, err = decode.Bytes(data, decode.Auto)
		if err == nil {
			f.Spaced = ParseSpaced(f.Source)
			f.Text = f.Spaced.Text
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

func readCoNLL(data []byte) ([]conll.Sentence, error) {
	sents, err := conll.Read(bytes.NewReader(data))
	conll.GuessDocs(sents)
	if err != nil {
		return nil, err
	}
	for _, s := range sents {
		for i, t := range s.Tags {
			if t == "" {
				return nil, fmt.Errorf("line %d: token %q has no tag", s.Line+i, s.Tokens[i])
			}
		}
	}
	return sents, nil
}

func (f *Fixture) loadGolden(data []byte) error {
	var err error
	if f.Text, f.Encoding, err = decode.Bytes(data, decode.Auto); err != nil {
		return err
	}
	f.JSONPath = jsonPath(f.Path)
	js, err := os.ReadFile(f.JSONPath)
	if err != nil {
		return fmt.Errorf("golden output: %w", err)
	}
	var r entity.Result
	if err := json.Unmarshal(js, &r); err != nil {
		return fmt.Errorf("%s: %v", f.JSONPath, err)
	}
	for i, e := range r.Entities {
		if e.Start < 0 || e.End < e.Start || e.End > len(f.Text) {
			return fmt.Errorf("%s: entity %d: offsets %d-%d outside the text (%d bytes)", f.JSONPath, i+1, e.Start, e.End, len(f.Text))
		}
	}
	f.Expected = r.Entities
	if f.Expected == nil {
		f.Expected = []entity.Entity{}
	}
	return nil
}
