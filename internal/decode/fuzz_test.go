package decode

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: a file decoded as a stream (in pieces, with a small head) is
// what Bytes decodes, error for error; piped, the output is valid UTF-8.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Moscú", "Mosc\xfa", "\xEF\xBB\xBFPekín", "\xFF\xFEL\x00i\x00", "a\x00b", "\x93hoy\x94 \xc3", strings.Repeat("ñ", 40) + "\xe2\x80"} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, e uint8) {
		defer func(h int) { headSize = h }(headSize)
		headSize = 16
		enc := Encodings[int(e)%len(Encodings)]
		want, wantUsed, wantErr := Bytes(data, enc)
		got, used, err := readAll(t, bytes.NewReader(data), enc)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("%q as %s: stream err %v, Bytes err %v", data, enc, err, wantErr)
		}
		if err == nil && (got != want || used != wantUsed) {
			t.Fatalf("%q as %s: stream %q (%s), Bytes %q (%s)", data, enc, got, used, want, wantUsed)
		}
		s, err := NewStream(onlyReader{bytes.NewReader(data)}, enc)
		if err != nil {
			return
		}
		out, err := io.ReadAll(s)
		if err != nil && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrInvalidUTF8) {
			t.Fatalf("%q: pipe error %v", data, err)
		}
		if err == nil && !utf8.Valid(out) {
			t.Fatalf("%q: pipe output %q is not UTF-8", data, out)
		}
	})
}
