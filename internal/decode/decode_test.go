package decode

import (
	"errors"
	"testing"
)

func TestBytes(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		enc      string
		want     string
		wantUsed string
		wantErr  error
	}{
		{"utf8", []byte("Moscú"), Auto, "Moscú", UTF8, nil},
		{"utf8 bom stripped", []byte("\xEF\xBB\xBFPekín"), Auto, "Pekín", UTF8, nil},
		{"latin1 detected as cp1252", []byte("Mosc\xfa"), Auto, "Moscú", Windows1252, nil},
		{"cp1252 quotes", []byte("\x93hoy\x94"), Auto, "“hoy”", Windows1252, nil},
		{"forced iso-8859-1", []byte("Espa\xf1a"), ISO88591, "España", ISO88591, nil},
		{"forced windows-1252 on ascii", []byte("Lima"), Windows1252, "Lima", Windows1252, nil},
		{"forced utf-8 invalid", []byte("Mosc\xfa"), UTF8, "", "", ErrInvalidUTF8},
		{"binary", []byte("ab\x00cd"), Auto, "", "", ErrBinary},
		{"utf16le bom", []byte{0xFF, 0xFE, 'L', 0, 'i', 0, 'm', 0, 'a', 0}, Auto, "Lima", UTF16LE, nil},
		{"empty", nil, Auto, "", UTF8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, used, err := Bytes(tt.in, tt.enc)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want || used != tt.wantUsed {
				t.Errorf("Bytes() = %q, %q; want %q, %q", got, used, tt.want, tt.wantUsed)
			}
		})
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]string{"": Auto, "UTF-8": UTF8, "latin1": ISO88591, "cp1252": Windows1252} {
		got, err := ParseEncoding(in)
		if err != nil || got != want {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseEncoding("ebcdic"); err == nil {
		t.Error("ParseEncoding(ebcdic) succeeded")
	}
}
