package source

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDocs: any bytes, under any of the names that pick a format, give a
// finite sequence of documents without a panic, each readable to its end.
func FuzzDocs(f *testing.F) {
	f.Add([]byte(lima), uint8(0))
	f.Add(gzipOf([]byte(lima)), uint8(1))
	f.Add(gzipOf(tarOf("a.txt", lima, "../b.txt", lima)), uint8(2))
	f.Add([]byte("{\"id\":1,\"text\":\"uno\"}\n{bad\n"), uint8(3))
	f.Add([]byte("[{\"id\":1,\"text\":\"uno\"}, 3]"), uint8(4))
	f.Add([]byte("id,text\n1,\"a\nb\"\n2,\"x\"y\n"), uint8(5))
	f.Add([]byte("<p>Bogot&aacute; <b>y</b><script>x</script>"), uint8(6))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"), uint8(7))
	names := []string{"a.txt", "a.gz", "a.tar", "a.jsonl", "a.json", "a.csv", "a.html", "a.warc"}
	o := Options{MaxMemberBytes: 1 << 20, MaxRecordBytes: 1 << 20}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := names[int(kind)%len(names)]
		n := 0
		for d := range Docs(name, bytes.NewReader(data), o) {
			if n++; n > len(data)+2 {
				t.Fatalf("%d documents from %d bytes", n, len(data))
			}
			if d.Err != nil {
				continue
			}
			s, _, err := Prepare(d, "auto", o)
			if err == nil {
				io.Copy(io.Discard, s)
			}
		}
	})
}

// FuzzHTML: for any page, every word of the extracted text maps to a span
// of the page, in order, and the text is valid UTF-8.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<p>Pedro S&aacute;nchez en <b>Par&#237;s</b></p>"))
	f.Add([]byte("<meta charset=windows-1252><article><p>Per\xfa</p></article>"))
	f.Add([]byte("<p>a &amp b &notit; c\x00d<br>e</p><script>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := ExtractHTML(page, "")
		if err != nil {
			return
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("text not UTF-8: %q", p.Text)
		}
		last := 0
		for _, w := range strings.Fields(p.Text) {
			i := strings.Index(p.Text[last:], w) + last
			hs, he := p.Offsets(i, i+len(w))
			if hs < 0 || he > len(page) || hs >= he {
				t.Fatalf("word %q at %d-%d: page span %d-%d of %d bytes", w, i, i+len(w), hs, he, len(page))
			}
			last = i + len(w)
		}
	})
}
