package gazetteer

import (
	"bytes"
	"reflect"
	"testing"
)

// TestCompiledIsCurrent requires the embedded compiled entries to be what
// the embedded entry files compile to.
func TestCompiledIsCurrent(t *testing.T) {
	want, err := Compile(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	got, err := dataFS.ReadFile("data/" + CompiledFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("data/%s is stale: run 'make gazetteer' from the module root", CompiledFile)
	}
	wantIdx, err := CompileIndex(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(indexData, wantIdx) {
		t.Fatalf("data/%s is stale: run 'make gazetteer' from the module root", IndexFile)
	}
}

// TestCompiledRoundTrip checks that decoding the compiled entries gives
// the entries and form keys that parsing the entry files gives.
func TestCompiledRoundTrip(t *testing.T) {
	es, err := readEntryFiles(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	want := compileEntries(es)
	data, err := Compile(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeCompiled(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.entries) != len(want.entries) || !reflect.DeepEqual(got.formAt, want.formAt) {
		t.Fatalf("decoded %d entries, want %d", len(got.entries), len(want.entries))
	}
	for i := range want.entries {
		g, w := *got.entries[i], *want.entries[i]
		if len(g.Aliases) == 0 && len(w.Aliases) == 0 {
			g.Aliases, w.Aliases = nil, nil
		}
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("entry %d: decoded %+v, want %+v", i, g, w)
		}
	}
	for i := range want.forms {
		if len(got.forms[i]) != len(want.forms[i]) || len(want.forms[i]) > 0 && !reflect.DeepEqual(got.forms[i], want.forms[i]) {
			t.Fatalf("form %d: decoded %q, want %q", i, got.forms[i], want.forms[i])
		}
	}
}

func TestDecodeCompiledErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"#other-header\n",
		compiledHeader + " entries=2 forms=2 keys=2\nLima\tLOC\t\t\tf\t0\tLima\n",
		compiledHeader + " entries=1 forms=1 keys=1\nLima\tCITY\t\t\tf\t0\tLima\n",
		compiledHeader + " entries=1 forms=2 keys=2\nLima\tLOC\tLimeña\t\tf\t0\tLima\n",
	} {
		if _, err := decodeCompiled(in); err == nil {
			t.Errorf("decodeCompiled(%q) succeeded", in)
		}
	}
}
