package cluster

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hola, mundo.", []string{"Hola", ",", "mundo", "."}},
		{`El presidente de la Real Academia Española (RAE), dijo: "no".`,
			[]string{"El", "presidente", "de", "la", "Real", "Academia", "Española", "(", "RAE", ")", ",", "dijo", ":", `"`, "no", `"`, "."}},
		{"¿Vendrás? ¡Sí!", []string{"¿", "Vendrás", "?", "¡", "Sí", "!"}},
		{"«Madrid» y “Lima”", []string{"«", "Madrid", "»", "y", "“", "Lima", "”"}},
		{"Castilla-La Mancha ganó 6-2 y 1.500 euros, el 1,5%", []string{"Castilla-La", "Mancha", "ganó", "6-2", "y", "1.500", "euros", ",", "el", "1,5%"}},
		{"J. Pérez y el Sr. López de EE.UU. llegó.", []string{"J.", "Pérez", "y", "el", "Sr.", "López", "de", "EE.UU.", "llegó", "."}},
		{"España.- El pueblo...", []string{"España", ".", "-", "El", "pueblo", "..."}},
		{"- Dijo -no- que sí", []string{"-", "Dijo", "-", "no", "-", "que", "sí"}},
		{"a -5 grados en 2020.", []string{"a", "-5", "grados", "en", "2020", "."}},
		{"km/h l'Hospitalet", []string{"km/h", "l'Hospitalet"}},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Madrid", "Madrid"},
		{"1.500", "0.000"},
		{"2020", "0000"},
		{"6-2", "0-0"},
		{"G20", "G00"},
		{"0", "0"},
		{"", ""},
		{"ñ9ñ", "ñ0ñ"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTokenizeMatchesCoNLL detokenizes CoNLL-2002 training sentences the way
// news text is written (no space before , . ; : ) ? ! and after ( ¿ ¡) and
// checks that Tokenize gives back the CoNLL tokens.
func TestTokenizeMatchesCoNLL(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "conll2002", "esp.train"))
	if err != nil {
		t.Skip("CoNLL data not available:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var sent []string
	total, same := 0, 0
	check := func() {
		if len(sent) == 0 {
			return
		}
		var b strings.Builder
		for i, tok := range sent {
			if i > 0 && !strings.Contains(",.;:)?!»", tok) && !strings.Contains("(¿¡«", sent[i-1]) {
				b.WriteByte(' ')
			}
			b.WriteString(tok)
		}
		total++
		if got := Tokenize(b.String()); reflect.DeepEqual(got, sent) {
			same++
		} else if os.Getenv("SHOWDIFF") != "" {
			t.Logf("%q\n%q", got, sent)
		}
		sent = sent[:0]
	}
	for sc.Scan() && total < 3000 {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			check()
			continue
		}
		sent = append(sent, fields[0])
	}
	check()
	rate := float64(same) / float64(total)
	t.Logf("%d/%d sentences (%.1f%%) tokenized exactly as in CoNLL", same, total, 100*rate)
	if rate < 0.9 {
		t.Errorf("only %.1f%% of sentences tokenized as in CoNLL, want ≥ 90%%", 100*rate)
	}
}
