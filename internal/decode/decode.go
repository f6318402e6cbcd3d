// Package decode turns the raw bytes of an input file into UTF-8 text.
//
// Valid UTF-8 is kept as it is (a byte-order mark is stripped); input with a
// UTF-16 byte-order mark is decoded as UTF-16; anything else is decoded as
// Windows-1252, the usual encoding of older Spanish news dumps. Input with NUL
// bytes is refused as binary.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Names of the encodings prensa reads and reports.
const (
	Auto        = "auto"
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
	ISO88591    = "iso-8859-1"
)

// Encodings lists the values accepted by --encoding.
var Encodings = []string{Auto, UTF8, Windows1252, ISO88591}

// ErrBinary is returned for input that holds NUL bytes.
var ErrBinary = errors.New("binary data (NUL bytes), not text")

// ErrInvalidUTF8 is returned when utf-8 is forced and the input is not UTF-8.
var ErrInvalidUTF8 = errors.New("not valid UTF-8")

var bomUTF8 = []byte{0xEF, 0xBB, 0xBF}

// ParseEncoding checks an --encoding value and returns its canonical name.
func ParseEncoding(s string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	switch n {
	case "", Auto:
		return Auto, nil
	case UTF8, "utf8":
		return UTF8, nil
	case Windows1252, "cp1252":
		return Windows1252, nil
	case ISO88591, "latin1", "latin-1", "iso8859-1":
		return ISO88591, nil
	}
	return "", fmt.Errorf("unknown encoding %q (want one of %s)", s, strings.Join(Encodings, ", "))
}

// Bytes decodes data with the named encoding (see ParseEncoding) and returns
// the UTF-8 text and the name of the encoding actually used.
func Bytes(data []byte, enc string) (text string, used string, err error) {
	if enc == Auto || enc == "" {
		switch {
		case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
			return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, UTF16LE)
		case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
			return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, UTF16BE)
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", ErrBinary
	}
	switch enc {
	case Auto, "":
		data = bytes.TrimPrefix(data, bomUTF8)
		if utf8.Valid(data) {
			return string(data), UTF8, nil
		}
		return decodeWith(charmap.Windows1252, data, Windows1252)
	case UTF8:
		data = bytes.TrimPrefix(data, bomUTF8)
		if !utf8.Valid(data) {
			return "", "", ErrInvalidUTF8
		}
		return string(data), UTF8, nil
	case Windows1252:
		return decodeWith(charmap.Windows1252, data, Windows1252)
	case ISO88591:
		return decodeWith(charmap.ISO8859_1, data, ISO88591)
	}
	return "", "", fmt.Errorf("unknown encoding %q", enc)
}

func decodeWith(e encoding.Encoding, data []byte, name string) (string, string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("decoding as %s: %w", name, err)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", "", ErrBinary
	}
	return string(out), name, nil
}
