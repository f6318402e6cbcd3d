package source

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/ulikunitz/xz"
)

const lima = "Ana vive en Lima.\n"

func gzipOf(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func zstdOf(b []byte) []byte {
	var out bytes.Buffer
	w, _ := zstd.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

func xzOf(b []byte) []byte {
	var out bytes.Buffer
	w, _ := xz.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// tarOf makes a tar of name, content pairs.
func tarOf(kv ...string) []byte {
	var out bytes.Buffer
	w := tar.NewWriter(&out)
	for i := 0; i < len(kv); i += 2 {
		w.WriteHeader(&tar.Header{Name: kv[i], Mode: 0o644, Size: int64(len(kv[i+1])), Typeflag: tar.TypeReg})
		w.Write([]byte(kv[i+1]))
	}
	w.Close()
	return out.Bytes()
}

func zipOf(kv ...string) []byte {
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for i := 0; i < len(kv); i += 2 {
		f, _ := w.Create(kv[i])
		f.Write([]byte(kv[i+1]))
	}
	w.Close()
	return out.Bytes()
}

// summary renders the documents of a file, one line each: source, id,
// text or error.
func summary(t *testing.T, path string, o Options) string {
	t.Helper()
	var b strings.Builder
	for d := range Open(path, filepath.Base(path), o) {
		fmt.Fprintf(&b, "%s", d.Source)
		if d.ID != nil {
			fmt.Fprintf(&b, " id=%s", d.ID)
		}
		if d.Line > 0 {
			fmt.Fprintf(&b, " line=%d", d.Line)
		}
		if d.Err != nil {
			fmt.Fprintf(&b, " ERR %v\n", d.Err)
			continue
		}
		text, _, err := Prepare(d, "auto", o)
		if err != nil {
			fmt.Fprintf(&b, " ERR %v\n", err)
			continue
		}
		all, err := io.ReadAll(text)
		if err != nil {
			fmt.Fprintf(&b, " %q ERR %v\n", all, err)
			continue
		}
		fmt.Fprintf(&b, " %q\n", all)
	}
	return b.String()
}

func TestDocs(t *testing.T) {
	bz2, err := os.ReadFile("testdata/a.txt.bz2")
	if err != nil {
		t.Fatal(err)
	}
	whole := gzipOf([]byte(strings.Repeat(lima, 200)))
	tests := []struct {
		name string
		data []byte
		o    Options
		want string
	}{
		{"a.txt", []byte(lima), Options{}, "a.txt \"Ana vive en Lima.\\n\"\n"},
		{"a.txt.gz", gzipOf([]byte(lima)), Options{}, "a.txt.gz \"Ana vive en Lima.\\n\"\n"},
		{"renamed.txt", gzipOf([]byte(lima)), Options{}, "renamed.txt \"Ana vive en Lima.\\n\"\n"}, // by content
		{"a.txt.bz2", bz2, Options{}, "a.txt.bz2 \"Ana vive en Lima.\\n\"\n"},
		{"a.txt.zst", zstdOf([]byte(lima)), Options{}, "a.txt.zst \"Ana vive en Lima.\\n\"\n"},
		{"a.txt.xz", xzOf([]byte(lima)), Options{}, "a.txt.xz \"Ana vive en Lima.\\n\"\n"},
		{"BZh.txt", []byte("BZh9 is how it starts\n"), Options{}, "BZh.txt \"BZh9 is how it starts\\n\"\n"},
		// "ustar" at the offset of a tar header's magic, in plain text
		{"ustar.txt", []byte(strings.Repeat("x", 256) + "Gustar en las salas\n"), Options{},
			"ustar.txt \"" + strings.Repeat("x", 256) + "Gustar en las salas\\n\"\n"},
		{"t.tar", tarOf("a/x.txt", "uno", "b.txt", "dos"), Options{},
			"t.tar!/a/x.txt \"uno\"\nt.tar!/b.txt \"dos\"\n"},
		{"t.tar.gz", gzipOf(tarOf("x.txt", "uno", "y.md", "no")), Options{Include: []string{"*.txt"}},
			"t.tar.gz!/x.txt \"uno\"\n"},
		{"t.tar.zst", zstdOf(tarOf("x.txt.gz", string(gzipOf([]byte("uno"))))), Options{Include: []string{"*.txt"}},
			"t.tar.zst!/x.txt.gz \"uno\"\n"},
		{"t.tgz", gzipOf(tarOf("../../etc/passwd", "x", "/abs.txt", "y", "ok.txt", "z")), Options{},
			"t.tgz!/../../etc/passwd ERR unsafe member name (absolute, or leads outside the archive's folder), not read\n" +
				"t.tgz!//abs.txt ERR unsafe member name (absolute, or leads outside the archive's folder), not read\n" +
				"t.tgz!/ok.txt \"z\"\n"},
		{"z.zip", zipOf("p/a.txt", "uno", "../b.txt", "dos", "c.txt", "tres"), Options{},
			"z.zip!/p/a.txt \"uno\"\nz.zip!/../b.txt ERR unsafe member name (absolute, or leads outside the archive's folder), not read\nz.zip!/c.txt \"tres\"\n"},
		{"nested.tar", tarOf("in.tar", string(tarOf("x.txt", "uno"))), Options{},
			"nested.tar!/in.tar ERR an archive inside an archive is not read\n"},
		{"bomb.zip", zipOf("zeros.txt", strings.Repeat("\x00", 4<<20), "ok.txt", "uno"), Options{},
			"bomb.zip!/zeros.txt ERR refused: member expands more than 100 times (--max-ratio)\nbomb.zip!/ok.txt \"uno\"\n"},
		{"big.zip", zipOf("big.txt", strings.Repeat("Lima ", 300), "ok.txt", "uno"), Options{MaxMemberBytes: 1000},
			"big.zip!/big.txt ERR refused: member of 1500 bytes, over the limit of 1000 (--max-member-bytes)\nbig.zip!/ok.txt \"uno\"\n"},
		{"long.txt.gz", gzipOf([]byte(strings.Repeat("Lima ", 300))), Options{MaxMemberBytes: 1000},
			"long.txt.gz ERR refused: expands to more than 1000 bytes (--max-member-bytes)\n"},
		{"cut.txt.gz", whole[:len(whole)/2], Options{}, "ERR unexpected EOF"},
		{"e.jsonl", []byte("{\"id\":\"a\",\"text\":\"uno\"}\n\n{bad\n[1]\n{\"id\":5}\n{\"text\":\"sin id\"}\n{\"id\":7,\"text\":3}\n"), Options{},
			"e.jsonl id=\"a\" line=1 \"uno\"\ne.jsonl line=3 ERR malformed JSON: invalid character 'b' looking for beginning of object key string\n" +
				"e.jsonl line=4 ERR not a JSON object\ne.jsonl id=5 line=5 ERR no \"text\"\ne.jsonl id=6 line=6 \"sin id\"\n" +
				"e.jsonl id=7 line=7 ERR \"text\" is not a string\n"},
		{"e.ndjson.gz", gzipOf([]byte(`{"meta":{"id":9},"title":"Lima","body":{"text":"ONU"}}` + "\n")), Options{TextFields: []string{"title", "body.text"}, IDField: "meta.id"},
			"e.ndjson.gz id=9 line=1 \"Lima\\n\\nONU\"\n"},
		{"a.json", []byte(" [ {\"id\": 1, \"text\": \"uno\"},\n {\"id\": 2, \"text\": \"dos\"} ]"), Options{},
			"a.json id=1 \"uno\"\na.json id=2 \"dos\"\n"},
		{"broken.json", []byte(`[{"id": 1, "text": "uno"}, {"id": 2, "text": }]`), Options{},
			"broken.json id=1 \"uno\"\nbroken.json id=2 ERR malformed JSON at byte"},
		{"lines.json", []byte("{\"id\":1,\"text\":\"uno\"}\n"), Options{}, "lines.json id=1 line=1 \"uno\"\n"},
		{"e.csv", []byte("id,title,text\n1,Lima,\"uno, dos\"\n2,,\"multi\nlínea\"\n3,\"bad\"quote,x\n"), Options{TextFields: []string{"title", "text"}},
			"e.csv id=\"1\" line=2 \"Lima\\n\\nuno, dos\"\ne.csv id=\"2\" line=3 \"multi\\nlínea\"\ne.csv line=5 ERR malformed CSV"},
		{"e.tsv", []byte("text\tid\nuno\tx\n"), Options{}, "e.tsv id=\"x\" line=2 \"uno\"\n"},
		{"quote.csv", []byte("text\n\""), Options{}, "quote.csv line=2 ERR malformed CSV"}, // an open quotation mark at the end: an error record, no panic
		{"nocol.csv", []byte("a,b\n1,2\n"), Options{}, "nocol.csv line=1 ERR no column \"text\" in the header\n"},
		{"p.html", []byte("<html><body><nav>Lima</nav><p>Ana&nbsp;en <b>Quito</b></p><p>Fin</p></body></html>"), Options{},
			"p.html \"Ana\\u00a0en Quito\\n\\nFin\"\n"},
		{"page", []byte("<!DOCTYPE html><p>sin nombre</p>"), Options{}, "page \"sin nombre\"\n"},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			got := summary(t, p, tc.o)
			if !strings.Contains(got, tc.want) {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestWARC(t *testing.T) {
	rec := func(typ, uri, ctype, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, ctype, len(block), block)
	}
	page := "<html><body><p>Ana en Lima</p></body></html>"
	chunked := "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nLa O\r\n2\r\nNU\r\n0\r\n\r\n"
	w := rec("warcinfo", "", "application/warc-fields", "x: y\r\n") +
		rec("request", "https://a.example/1", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n") +
		rec("response", "https://a.example/1", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+page) +
		rec("response", "https://a.example/img", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG") +
		rec("response", "https://a.example/moved", "application/http; msgtype=response", "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /1\r\n\r\n<p>Lima</p>") +
		rec("response", "https://a.example/2", "application/http; msgtype=response", chunked)
	dir := t.TempDir()
	for name, data := range map[string][]byte{"c.warc": []byte(w), "c.warc.gz": gzipOf([]byte(w))} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		got := summary(t, p, Options{})
		// ids are the records' numbers: these have no WARC-Record-ID
		want := "https://a.example/1 id=3 \"Ana en Lima\"\nhttps://a.example/2 id=6 \"La ONU\"\n"
		if got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
	cut := w[:len(w)-20]
	p := filepath.Join(dir, "cut.warc")
	os.WriteFile(p, []byte(cut), 0o644)
	if got := summary(t, p, Options{}); !strings.Contains(got, "ERR") {
		t.Errorf("truncated WARC: no error record in\n%s", got)
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		globs []string
		name  string
		want  bool
	}{
		{[]string{"*.txt"}, "a.txt", true},
		{[]string{"*.txt"}, "a.txt.gz", true},
		{[]string{"*.txt"}, "a.md", false},
		{[]string{"*.txt.gz"}, "a.txt.gz", true},
		{nil, "anything", true},
	}
	for _, tc := range tests {
		if got := Matches(tc.globs, tc.name); got != tc.want {
			t.Errorf("Matches(%q, %q) = %v", tc.globs, tc.name, got)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data []byte
		o    Options
		want string
	}{
		{"a.txt", []byte(lima), Options{}, lima},
		{"a.txt.gz", gzipOf([]byte(lima)), Options{}, lima},
		{"a.txt.zst.gz", gzipOf(zstdOf([]byte(lima))), Options{}, lima},
		{"big.txt.gz", gzipOf([]byte(strings.Repeat("a", 100))), Options{MaxMemberBytes: 50}, "ERR refused: expands to more than 50 bytes"},
	}
	for _, tc := range tests {
		p := filepath.Join(dir, tc.name)
		os.WriteFile(p, tc.data, 0o644)
		data, err := ReadFile(p, tc.o)
		got := string(data)
		if err != nil {
			got = "ERR " + err.Error()
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
