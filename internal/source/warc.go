package source

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/textproto"
	"strconv"
	"strings"
)

// warc yields one document per "response" record of a WARC file whose
// HTTP payload is HTML or plain text, named by its WARC-Target-URI. The
// format is simple enough to read with the standard library: a version
// line, header lines, a blank line, Content-Length bytes of block, and a
// blank line; a response block is an HTTP response (a status line, header
// lines, a blank line, the payload, maybe in chunked transfer coding).
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
	status, header, payload, err := readHTTP(bufio.NewReader(block))
	if err != nil {
		return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Err: fmt.Errorf("WARC record %d: HTTP response: %w", n, err)})
	}
	if status < 200 || status > 299 {
		return true // redirects, errors: no article
	}
	pct := header.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(pct)
	var kind Kind
	switch media {
	case "text/html", "application/xhtml+xml":
		kind = HTML
	case "text/plain":
		kind = Text
	default:
		return true // images, scripts, styles…
	}
	body := payload
	if strings.EqualFold(header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Err: fmt.Errorf("WARC record %d: %w", n, err)})
		}
		body = zr
	}
	body = &limiter{r: body, max: int64(rd.o.MaxRecordBytes)}
	return rd.emit(&Doc{Source: uri, Member: member, Record: true, ID: id, Kind: kind, Body: body, ContentType: pct})
}

// readHTTP reads the HTTP response stored in a WARC response record: its
// status code, header and payload (chunked transfer coding undone).
func readHTTP(r *bufio.Reader) (int, textproto.MIMEHeader, io.Reader, error) {
	tp := textproto.NewReader(r)
	line, err := tp.ReadLine()
	if err != nil {
		return 0, nil, nil, err
	}
	proto, rest, _ := strings.Cut(line, " ")
	code, _, _ := strings.Cut(rest, " ")
	status, err := strconv.Atoi(code)
	if !strings.HasPrefix(proto, "HTTP/") || err != nil {
		return 0, nil, nil, fmt.Errorf("malformed status line %.40q", line)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && !(err == io.EOF && h != nil) {
		return 0, nil, nil, fmt.Errorf("header: %w", err)
	}
	var body io.Reader = r
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		body = &chunked{r: r}
	} else if n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64); err == nil && n >= 0 {
		body = io.LimitReader(r, n)
	}
	return status, h, body, nil
}

// chunked undoes HTTP/1.1 chunked transfer coding: hexadecimal sizes, each
// followed by that many bytes; a size of 0 ends the payload.
type chunked struct {
	r    *bufio.Reader
	left int64 // bytes left in the current chunk
	done bool
}

// Read implements io.Reader.
func (c *chunked) Read(p []byte) (int, error) {
	if c.done {
		return 0, io.EOF
	}
	if c.left == 0 {
		line, err := c.r.ReadString('\n')
		if err != nil {
			return 0, errTruncatedChunk(err)
		}
		size, _, _ := strings.Cut(strings.TrimSpace(line), ";")
		n, err := strconv.ParseInt(size, 16, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad chunk size %.20q", line)
		}
		if n == 0 {
			c.done = true // trailers, if any, are not needed
			return 0, io.EOF
		}
		c.left = n
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	k, err := c.r.Read(p)
	c.left -= int64(k)
	if c.left == 0 && err == nil {
		if _, err := c.r.Discard(2); err != nil { // the CRLF after the chunk
			return k, errTruncatedChunk(err)
		}
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return k, err
}

func errTruncatedChunk(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
