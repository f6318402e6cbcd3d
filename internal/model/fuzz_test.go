package model

import (
	"bytes"
	"testing"
)

// FuzzLoad feeds Load arbitrary bytes, starting from a small trained model
// and corruptions of it: it must return a model or an error, never panic,
// and a model it returns must tag without panicking.
func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	trainToy(f).WriteTo(&buf)
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)/2])
	for _, at := range []int{12, 16, 420, len(good) / 3, len(good) - 9} {
		if at < len(good) {
			bad := bytes.Clone(good)
			bad[at] ^= 0xff
			f.Add(bad)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data)
		if err != nil {
			return
		}
		m.Tag([]Token{{Text: "El"}, {Text: "presidente"}, {Text: "Ana"}, {Text: "Pérez"}, {Text: "."}})
	})
}
