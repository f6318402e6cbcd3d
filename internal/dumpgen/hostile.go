package dumpgen

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
)

// Hostile lists the inputs WriteHostile writes, by file name, with what
// each one tests.
var Hostile = map[string]string{
	"traversal.tar.gz": "members named ../../etc/passwd and /abs/x.txt beside a good one",
	"traversal.zip":    "a member named ../evil.txt beside a good one",
	"bomb.zip":         "a member of 32 MiB of zeros (ratio over 1000)",
	"bomb.txt.gz":      "32 MiB of one letter, gzipped",
	"truncated.txt.gz": "an article whose gzip stream is cut in half",
	"truncated.tar.gz": "three articles whose archive is cut inside the third",
	"corrupt.zip":      "two articles, the first one's compressed bytes damaged",
	"bad.jsonl":        "good records between a malformed line, a non-object and a record without text",
	"hostile.html":     "unclosed and misnested tags, scripts, comments and references without semicolons",
}

// WriteHostile writes the inputs of Hostile into dir, for black-box tests.
func (gen *Generator) WriteHostile(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string][]byte{}
	files["traversal.tar.gz"] = gz(tarOf(map[string]string{
		"../../etc/passwd": "Ana vive en Lima.\n",
		"/abs/x.txt":       "Ana vive en Lima.\n",
		"ok/fine.txt":      "La ONU se reunió en Ginebra.\n",
	}, []string{"../../etc/passwd", "/abs/x.txt", "ok/fine.txt"}))
	files["traversal.zip"] = zipOf([]string{"../evil.txt", "good.txt"}, [][]byte{[]byte("Ana vive en Lima.\n"), []byte("La ONU se reunió en Ginebra.\n")})
	files["bomb.zip"] = zipOf([]string{"bomb.txt", "fine.txt"}, [][]byte{make([]byte, 32<<20), []byte("La ONU se reunió en Ginebra.\n")})
	files["bomb.txt.gz"] = gz([]byte(strings.Repeat("a", 32<<20)))
	whole := gz(gen.Article(0))
	files["truncated.txt.gz"] = whole[:len(whole)/2]
	names := []string{"a/1.txt", "a/2.txt", "a/3.txt"}
	arts := map[string]string{}
	for k, n := range names {
		arts[n] = gen.Text(k)
	}
	t := gz(tarOf(arts, names))
	files["truncated.tar.gz"] = t[:len(t)*5/6]
	files["corrupt.zip"] = corruptZip(gen.Article(1), gen.Article(2))
	files["bad.jsonl"] = []byte(`{"id": 1, "text": "Ana vive en Lima."}
{"id": 2, "text": "La ONU
[1, 2, 3]
{"id": 4, "title": "sin cuerpo"}

{"id": 6, "text": "Pedro Sánchez viajó a Bogotá."}
`)
	files["hostile.html"] = []byte(hostilePage)
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// hostilePage is an HTML page with markup meant to confuse an extractor.
const hostilePage = `<!DOCTYPE html><html><head><title>Madrid</title>
<script>document.write("<article>Lima</article>"); var s = "</scr" + "ipt>";</script>
<style>/* Quito */ p::before { content: "Caracas" }</style></head>
<body><nav><ul><li>Portada<li>Buenos Aires</ul></nav>
<!-- comentario: Santiago de Chile -->
<div class=nota><p>El presidente <b>Pedro S&aacute;nchez</b> lleg&oacute a <i>Par&iacute;s</i>
<p>Reunión en Bogot&#xE1; &amp; Quito &#8212; con la <span title="ONU">ONU</span>
<div><p>Sin cerrar: Montevideo<table><tr><td>Lima<td>Cuzco</table>
<script>var x = "<p>Asunción</p>"
</script><noscript>La Paz</noscript>
<form><input value="Managua"><button>Tegucigalpa</button></form>
<p>Fin&nbsp;de la nota en Ciudad de M&Eacute;xico.<br>Adiós.
<footer>Diario &copy; San José</footer>
<svg><text>Panamá</text></svg><p>Última: Brasilia</p>
`

func gz(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func tarOf(files map[string]string, order []string) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, name := range order {
		data := files[name]
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg})
		tw.Write([]byte(data))
	}
	tw.Close()
	return b.Bytes()
}

func zipOf(names []string, data [][]byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i, name := range names {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		w.Write(data[i])
	}
	zw.Close()
	return b.Bytes()
}

// corruptZip zips two texts and damages the compressed bytes of the first.
func corruptZip(a, b []byte) []byte {
	z := zipOf([]string{"uno.txt", "dos.txt"}, [][]byte{a, b})
	// the first member's data starts after its 30-byte local header and name
	start := 30 + len("uno.txt")
	for i := start + 10; i < start+40 && i < len(z); i++ {
		z[i] ^= 0x5a
	}
	return z
}
