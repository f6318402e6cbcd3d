package decode

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// onlyReader hides every method but Read (a pipe).
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func readAll(t *testing.T, src io.Reader, enc string) (string, string, error) {
	t.Helper()
	s, err := NewStream(src, enc)
	if err != nil {
		return "", "", err
	}
	var b strings.Builder
	_, err = io.Copy(&b, iotest.OneByteReader(s)) // the smallest reads too
	return b.String(), s.Encoding, err
}

func TestStreamMatchesBytes(t *testing.T) {
	defer func(h int) { headSize = h }(headSize)
	headSize = 64
	long := strings.Repeat("Moscú y Pekín, «hoy». ", 20)
	tests := []struct {
		name string
		in   []byte
		enc  string
	}{
		{"short utf8", []byte("Moscú"), Auto},
		{"short cp1252", []byte("Mosc\xfa"), Auto},
		{"long utf8", []byte(long), Auto},
		{"long utf8 with bom", append(append([]byte{}, bomUTF8...), long...), Auto},
		{"long cp1252 late", append([]byte(strings.Repeat("Lima ", 40)), "Espa\xf1a"...), Auto},
		{"long cp1252 early", append([]byte("Espa\xf1a "), strings.Repeat("Lima ", 40)...), Auto},
		{"long forced latin1", []byte(strings.Repeat("Espa\xf1a ", 40)), ISO88591},
		{"long forced cp1252", []byte(strings.Repeat("\x93hoy\x94 ", 40)), Windows1252},
		{"long forced utf8", []byte(long), UTF8},
		{"long utf16le", utf16le(long), Auto},
		{"long binary late", append([]byte(strings.Repeat("Lima ", 40)), 0, 'x'), Auto},
		{"long binary early", append([]byte("a\x00"), strings.Repeat("Lima ", 40)...), Auto},
		{"long forced utf8 invalid", append([]byte(strings.Repeat("Lima ", 40)), 0xfa), UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantUsed, wantErr := Bytes(tt.in, tt.enc)
			got, used, err := readAll(t, bytes.NewReader(tt.in), tt.enc)
			if !errors.Is(err, wantErr) && !(wantErr != nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, wantErr)
			}
			if wantErr != nil {
				if !errors.Is(err, wantErr) {
					t.Fatalf("err = %v, want %v", err, wantErr)
				}
				return
			}
			if got != want || used != wantUsed {
				t.Errorf("stream = %q (%s), want %q (%s)", trim(got), used, trim(want), wantUsed)
			}
		})
	}
}

func TestStreamPipe(t *testing.T) {
	defer func(h int) { headSize = h }(headSize)
	headSize = 64
	head := strings.Repeat("Moscú ", 20)
	tests := []struct {
		name     string
		in       []byte
		want     string
		wantUsed string
		wantErr  error
	}{
		{"utf8", []byte(head + "Pekín"), head + "Pekín", UTF8, nil},
		{"invalid byte after the head is cp1252", []byte(head + "Espa\xf1a \x93x\x94"), head + "España “x”", UTF8, nil},
		{"cp1252 in the head", []byte("Espa\xf1a " + head + "Moscú"), "España " + strings.Repeat("MoscÃº ", 20) + "MoscÃº", Windows1252, nil},
		{"nul after the head", []byte(head + "a\x00b"), "", UTF8, ErrBinary},
		{"truncated character at the end", []byte(head + "\xc3"), head + "Ã", UTF8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, used, err := readAll(t, onlyReader{bytes.NewReader(tt.in)}, Auto)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			if got != tt.want || used != tt.wantUsed {
				t.Errorf("got %q (%s), want %q (%s)", trim(got), used, trim(tt.want), tt.wantUsed)
			}
		})
	}
}

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r > 0xFFFF {
			panic("test text outside the BMP")
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func trim(s string) string {
	if len(s) > 80 {
		return s[:40] + "…" + s[len(s)-40:]
	}
	return s
}
