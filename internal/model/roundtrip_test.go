package model

import (
	"bytes"
	"testing"
)

// TestDefaultRoundTrip checks that a loaded model, which keeps only the
// lookup form of its tables and the stored weights, writes out the very
// bytes it was read from.
func TestDefaultRoundTrip(t *testing.T) {
	m, err := Load(defaultData)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), defaultData) {
		t.Errorf("WriteTo after Load gives %d bytes that differ from the %d loaded", buf.Len(), len(defaultData))
	}
}
