package source

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// warc yields one document per "response" record of a WARC file whose
// HTTP payload is HTML or plain text, named by its WARC-Target-URI. The
// format is simple enough to read with the standard library: a version
// line, header lines, a blank line, Content-Length bytes of block, and a
// blank line; a response block is an HTTP response (net/http reads it,
// chunked transfer coding included).
func (rd *reader) warc(source, member string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	tp := textproto.NewReader(br)
	for n := 1; ; n++ {
		line, err := tp.ReadLine()
		for err == nil && line == "" { // blank lines between records
			line, err = tp.ReadLine()
		}
		if err == io.EOF {
			return true
		}
		fail := func(err error) bool {
			return rd.emit(&Doc{Source: source, Member: member, Record: true, ID: recordID(n), Err: err})
		}
		if err != nil {
			return fail(fmt.Errorf("WARC record %d: %w", n, err))
		}
		if !strings.HasPrefix(line, "WARC/") {
			return fail(fmt.Errorf("WARC record %d: no WARC/ version line (%.40q)", n, line))
		}
		h, err := tp.ReadMIMEHeader()
		if err != nil {
			return fail(fmt.Errorf("WARC record %d: header: %w", n, err))
		}
		size, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
		if err != nil || size < 0 {
			return fail(fmt.Errorf("WARC record %d: bad Content-Length %q", n, h.Get("Content-Length")))
		}
		block := &io.LimitedReader{R: br, N: size}
		if strings.EqualFold(h.Get("WARC-Type"), "response") {
			if !rd.response(source, member, h, block, n) {
				return false
			}
		}
		if _, err := io.Copy(io.Discard, block); err != nil {
			return fail(fmt.Errorf("WARC record %d: %w", n, err))
		}
		if block.N > 0 {
			return fail(fmt.Errorf("WARC record %d: truncated", n))
		}
	}
}

func recordID(n int) []byte { return []byte(strconv.Itoa(n)) }

// response yields the document of one response record, if its payload is
// HTML or text.
func (rd *reader) response(source, member string, h textproto.MIMEHeader, block io.Reader, n int) bool {
	id := recordID(n)
	if rid := h.Get("WARC-Record-ID"); rid != "" {
		id, _ = json.Marshal(strings.Trim(rid, "<>"))
	}
	uri := strings.Trim(h.Get("WARC-Target-URI"), "<>")
	if uri == "" {
		uri = fmt.Sprintf("%s#%d", source, n)
	}
	ct, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	if ct != "application/http" {
		return true // a resource stored without its HTTP envelope, or DNS
	}
	resp, err := http.ReadResponse(bufio.NewReader(block), nil)
	if err != nil {
		return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Err: fmt.Errorf("WARC record %d: HTTP response: %w", n, err)})
	}
	defer resp.Body.Close()
	pct := resp.Header.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(pct)
	var kind Kind
	switch media {
	case "text/html", "application/xhtml+xml":
		kind = HTML
	case "text/plain":
		kind = Text
	default:
		return true // images, scripts, redirects without a page…
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Err: fmt.Errorf("WARC record %d: %w", n, err)})
		}
		body = zr
	}
	body = &limiter{r: body, max: int64(rd.o.MaxRecordBytes)}
	return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Kind: kind, Body: body, ContentType: pct})
}
