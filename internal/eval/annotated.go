package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/decode"
	"github.com/prensa-nlp/prensa/internal/entity"
)

// loadAnnotated reads the text of an annotated fixture and locates the
// mentions of its NAME.ann.
func (f *Fixture) loadAnnotated(data []byte) error {
	var err error
	if f.Text, f.Encoding, err = decode.Bytes(data, decode.Auto); err != nil {
		return err
	}
	f.AnnPath = sibling(f.Path, ".ann")
	ann, err := os.ReadFile(f.AnnPath)
	if err != nil {
		return fmt.Errorf("annotations: %w", err)
	}
	f.Expected, err = ParseAnnotations(ann, f.Text)
	if err != nil {
		return fmt.Errorf("%s:%w", f.AnnPath, err)
	}
	return nil
}

// ParseAnnotations locates hand annotations in text: one TYPE<TAB>mention
// line per mention, in order of appearance; each is the next occurrence
// of the mention at word boundaries after the previous one. Blank lines
// and lines starting with # are skipped. Errors start with the line
// number.
func ParseAnnotations(data []byte, text string) ([]entity.Entity, error) {
	out := []entity.Entity{}
	pos := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		typ, mention, ok := strings.Cut(l, "\t")
		t, okType := entity.ParseType(strings.TrimSpace(typ))
		if !ok || !okType || mention == "" {
			return nil, fmt.Errorf("%d: want TYPE<TAB>mention with TYPE one of PER, LOC, ORG, AGENCY, MISC", line)
		}
		i := indexWord(text[pos:], mention)
		if i < 0 {
			return nil, fmt.Errorf("%d: %q not found after byte %d", line, mention, pos)
		}
		start := pos + i
		out = append(out, entity.Entity{Text: mention, Type: t, Start: start, End: start + len(mention)})
		pos = start + len(mention)
	}
	return out, sc.Err()
}

// indexWord returns the offset of the first occurrence of mention in s
// that neither starts nor ends inside a word, or -1.
func indexWord(s, mention string) int {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], mention)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(mention):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
