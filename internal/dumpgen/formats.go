package dumpgen

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Formats lists the dump formats WriteFormat writes.
var Formats = []string{"txt", "txt.gz", "jsonl", "jsonl.gz", "json", "csv", "tar.gz", "zip-html", "warc.gz", "mixed"}

// WriteFormat writes articles 0 to n-1 in one format: "txt" (a folder of
// files, as Write), "txt.gz" (a folder of gzipped files), "jsonl",
// "jsonl.gz", "json" (an array) or "csv" (one export file of
// {"id", "title", "text"} records, the text without its headline), "tar.gz"
// (an archive of .txt files), "zip-html" (an archive of HTML pages),
// "warc.gz" (a WARC file of HTML responses) or "mixed" (a folder holding
// all of them, the articles shared out in turn). out is a folder for txt,
// txt.gz and mixed, else the file to write.
func (gen *Generator) WriteFormat(format, out string, n int) (Stats, error) {
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	switch format {
	case "txt":
		return gen.Write(out, n)
	case "txt.gz":
		return gen.writeFiles(out, all, true)
	case "mixed":
		return gen.writeMixed(out, n)
	}
	var st Stats
	err := writeFile(out, &st, func(w io.Writer) error { return gen.writeOne(format, w, all) })
	return st, err
}

// writeOne writes the articles ids into one file of a format.
func (gen *Generator) writeOne(format string, w io.Writer, ids []int) error {
	switch format {
	case "jsonl":
		return gen.WriteJSONL(w, ids)
	case "jsonl.gz":
		return gzipped(w, func(w io.Writer) error { return gen.WriteJSONL(w, ids) })
	case "json":
		return gen.WriteJSONArray(w, ids)
	case "csv":
		return gen.WriteCSV(w, ids)
	case "tar.gz":
		return gzipped(w, func(w io.Writer) error { return gen.WriteTar(w, ids) })
	case "zip-html":
		return gen.WriteZipHTML(w, ids)
	case "warc.gz":
		return gen.WriteWARC(w, ids, true)
	}
	return fmt.Errorf("dumpgen: unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// writeMixed writes a folder holding every format: plain files, gzipped
// files, a JSON Lines export (gzipped), a tar.gz of text files, a zip of
// HTML pages, a WARC file (gzipped) and a CSV export; article i goes to
// the kind i mod 7.
func (gen *Generator) writeMixed(dir string, n int) (Stats, error) {
	kinds := []string{"txt", "txt.gz", "jsonl.gz", "tar.gz", "zip-html", "warc.gz", "csv"}
	ids := make([][]int, len(kinds))
	for i := 0; i < n; i++ {
		ids[i%len(kinds)] = append(ids[i%len(kinds)], i)
	}
	var st Stats
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	for k, kind := range kinds {
		var err error
		var s Stats
		switch kind {
		case "txt":
			s, err = gen.writeFiles(filepath.Join(dir, "txt"), ids[k], false)
		case "txt.gz":
			s, err = gen.writeFiles(filepath.Join(dir, "gz"), ids[k], true)
		default:
			name := map[string]string{"jsonl.gz": "export.jsonl.gz", "tar.gz": "texts.tar.gz", "zip-html": "pages.zip", "warc.gz": "crawl.warc.gz", "csv": "export.csv"}[kind]
			err = writeFile(filepath.Join(dir, name), &s, func(w io.Writer) error { return gen.writeOne(kind, w, ids[k]) })
		}
		if err != nil {
			return st, err
		}
		st.Files += s.Files
		st.Bytes += s.Bytes
	}
	return st, nil
}

// writeFiles writes articles ids as files under dir (gzipped with gz).
func (gen *Generator) writeFiles(dir string, ids []int, gz bool) (Stats, error) {
	var st Stats
	for _, i := range ids {
		p := filepath.Join(dir, filepath.FromSlash(gen.Path(i)))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return st, err
		}
		data := gen.Article(i)
		if gz {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(data)
			zw.Close()
			data = b.Bytes()
			p += ".gz"
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return st, err
		}
		st.Files++
		st.Bytes += int64(len(data))
	}
	return st, nil
}

// writeFile writes one file through write, counting it in st.
func writeFile(path string, st *Stats, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := &countWriter{w: f}
	err = write(cw)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	st.Files++
	st.Bytes += cw.n
	return err
}

type countWriter struct {
	w io.Writer
	n int64
}

// Write implements io.Writer.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func gzipped(w io.Writer, write func(io.Writer) error) error {
	zw := gzip.NewWriter(w)
	if err := write(zw); err != nil {
		return err
	}
	return zw.Close()
}

// Record is article i as an export's record: its headline apart.
type Record struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Record returns article i as an export's record, with id "n<i>".
func (gen *Generator) Record(i int) Record {
	text := gen.Text(i)
	title, body, _ := strings.Cut(text, "\n\n")
	return Record{ID: fmt.Sprintf("n%d", i), Title: title, Text: body}
}

// WriteJSONL writes one record per line.
func (gen *Generator) WriteJSONL(w io.Writer, ids []int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, i := range ids {
		if err := enc.Encode(gen.Record(i)); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSONArray writes the records as one JSON array, one per line.
func (gen *Generator) WriteJSONArray(w io.Writer, ids []int) error {
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	for k, i := range ids {
		b, err := json.Marshal(gen.Record(i))
		if err != nil {
			return err
		}
		if k > 0 {
			io.WriteString(w, ",\n")
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// WriteCSV writes the records as CSV with an id,title,text header.
func (gen *Generator) WriteCSV(w io.Writer, ids []int) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "title", "text"})
	for _, i := range ids {
		r := gen.Record(i)
		cw.Write([]string{r.ID, r.Title, r.Text})
	}
	cw.Flush()
	return cw.Error()
}

// WriteTar writes the articles as text files in a tar archive.
func (gen *Generator) WriteTar(w io.Writer, ids []int) error {
	tw := tar.NewWriter(w)
	for _, i := range ids {
		data := gen.Article(i)
		h := &tar.Header{Name: "dump/" + gen.Path(i), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
	}
	return tw.Close()
}

// WriteZipHTML writes the articles as HTML pages in a zip archive.
func (gen *Generator) WriteZipHTML(w io.Writer, ids []int) error {
	zw := zip.NewWriter(w)
	for _, i := range ids {
		name := strings.TrimSuffix(gen.Path(i), ".txt") + ".html"
		f, err := zw.Create("pages/" + name)
		if err != nil {
			return err
		}
		if _, err := f.Write(gen.Page(i)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Page returns article i as an HTML page: the article in <article>, with a
// menu, a sidebar, a script and a footer around it that name places too;
// accented letters of even articles are written as character references;
// articles that CP1252 picks are in Windows-1252 with a <meta charset>.
func (gen *Generator) Page(i int) []byte {
	text := gen.Text(i)
	title, body, _ := strings.Cut(text, "\n\n")
	esc := html.EscapeString
	if i%2 == 0 {
		esc = func(s string) string { return references(html.EscapeString(s)) }
	}
	charset := "utf-8"
	if gen.CP1252(i) {
		charset = "windows-1252"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"%s\">\n<title>%s</title>\n", charset, esc(title))
	b.WriteString("<script>var lugar = \"Madrid\"; if (a < b) { document.write('<p>Lima</p>'); }</script>\n<style>p { color: #333 }</style>\n</head>\n<body>\n")
	b.WriteString("<header><nav><a href=\"/\">Portada</a> <a href=\"/mundo\">Mundo</a> <a href=\"/madrid\">Madrid</a></nav></header>\n")
	fmt.Fprintf(&b, "<article>\n<h1>%s</h1>\n", esc(title))
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	b.WriteString("</article>\n<aside>Lo más leído: Buenos Aires, Bogotá</aside>\n<footer>&copy; Diario de Lima &middot; Madrid</footer>\n</body>\n</html>\n")
	page := b.String()
	if charset == "utf-8" {
		return []byte(page)
	}
	out, err := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder()).Bytes([]byte(page))
	if err != nil {
		return []byte(page)
	}
	return out
}

// references writes the accented letters of s as named or numeric
// character references, in turn.
func references(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		if name, ok := named[r]; ok && n%2 == 0 {
			b.WriteString("&" + name + ";")
		} else {
			fmt.Fprintf(&b, "&#%d;", r)
		}
		n++
	}
	return b.String()
}

var named = map[rune]string{
	'á': "aacute", 'é': "eacute", 'í': "iacute", 'ó': "oacute", 'ú': "uacute", 'ñ': "ntilde",
	'Á': "Aacute", 'É': "Eacute", 'Í': "Iacute", 'Ó': "Oacute", 'Ú': "Uacute", 'Ñ': "Ntilde", 'ü': "uuml",
}

// PageURI is the URI of article i's page in a WARC file.
func (gen *Generator) PageURI(i int) string {
	return fmt.Sprintf("https://diario.example/%s", strings.TrimSuffix(gen.Path(i), ".txt")+".html")
}

// WriteWARC writes a WARC file: a warcinfo record, then for each article a
// request record, a response record holding its page, and for every third
// article a response of an image, which is not a document. With gz, each
// record is a gzip member, as crawlers write them.
func (gen *Generator) WriteWARC(w io.Writer, ids []int, gz bool) error {
	rec := func(typ, uri, ctype string, block []byte, n int) error {
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n", typ, n)
		if uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
		b.Write(block)
		b.WriteString("\r\n\r\n")
		if !gz {
			_, err := w.Write(b.Bytes())
			return err
		}
		return gzipped(w, func(w io.Writer) error { _, err := w.Write(b.Bytes()); return err })
	}
	if err := rec("warcinfo", "", "application/warc-fields", []byte("software: prensa dumpgen\r\n"), 0); err != nil {
		return err
	}
	for _, i := range ids {
		uri := gen.PageURI(i)
		req := fmt.Sprintf("GET /%s HTTP/1.1\r\nHost: diario.example\r\n\r\n", strings.TrimPrefix(uri, "https://diario.example/"))
		if err := rec("request", uri, "application/http; msgtype=request", []byte(req), 3*i+1); err != nil {
			return err
		}
		page := gen.Page(i)
		charset := "utf-8"
		if gen.CP1252(i) {
			charset = "windows-1252"
		}
		resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=%s\r\nContent-Length: %d\r\n\r\n", charset, len(page))
		if err := rec("response", uri, "application/http; msgtype=response", append([]byte(resp), page...), 3*i+2); err != nil {
			return err
		}
		if i%3 == 0 {
			img := "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n\x89PNG"
			if err := rec("response", uri+".png", "application/http; msgtype=response", []byte(img), 3*i+3); err != nil {
				return err
			}
		}
	}
	return nil
}
