package source

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// record turns one JSON object into a document: its text fields joined,
// its id. n is its line (JSON Lines) or position (array), the id when the
// record has none.
func (rd *reader) record(source, member string, obj []byte, n int, line int) *Doc {
	d := &Doc{Source: source, Member: member, Record: true, Kind: Decoded, Line: line}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(obj, &m); err != nil {
		if bytes.HasPrefix(bytes.TrimSpace(obj), []byte("{")) {
			d.Err = fmt.Errorf("malformed JSON: %v", err)
		} else {
			d.Err = errors.New("not a JSON object")
		}
		return d
	}
	d.ID = lookup(m, rd.o.IDField)
	if d.ID == nil || string(d.ID) == "null" {
		d.ID = json.RawMessage(strconv.Itoa(n))
	}
	var parts []string
	for _, f := range rd.o.TextFields {
		raw := lookup(m, f)
		if raw == nil || string(raw) == "null" {
			continue
		}
		var s string
		if raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
			d.Err = fmt.Errorf("%q is not a string", f)
			return d
		}
		parts = append(parts, s)
	}
	if parts == nil {
		d.Err = fmt.Errorf("no %s", quoteAll(rd.o.TextFields))
		return d
	}
	d.Text = strings.Join(parts, "\n\n")
	return d
}

// lookup follows a dotted path (body.text) through nested objects; nil
// when any step is missing.
func lookup(m map[string]json.RawMessage, dotted string) json.RawMessage {
	if v, ok := m[dotted]; ok {
		return v // a key with dots in it
	}
	parts := strings.Split(dotted, ".")
	for i, p := range parts {
		v, ok := m[p]
		if !ok {
			return nil
		}
		if i == len(parts)-1 {
			return v
		}
		m = nil
		if json.Unmarshal(v, &m) != nil {
			return nil
		}
	}
	return nil
}

// json yields the records of a JSON Lines stream, or of a JSON array when
// array is set and the content starts with '['; a .json file that does not
// is read as JSON Lines.
func (rd *reader) json(source, member string, r io.Reader, array bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	if array {
		for {
			b, err := br.Peek(1)
			if err != nil {
				break
			}
			if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
				br.Discard(1)
				continue
			}
			if b[0] == '[' {
				return rd.jsonArray(source, member, br)
			}
			break
		}
	}
	lr := NewLineReader(br, rd.o.MaxRecordBytes)
	for {
		line, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err == nil && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var d *Doc
		if err != nil {
			d = &Doc{Source: source, Member: member, Record: true, Line: lr.Line(), Err: err}
		} else {
			d = rd.record(source, member, line, lr.Line(), lr.Line())
		}
		if !rd.emit(d) {
			return false
		}
	}
	if err := lr.Unreported(); err != nil {
		return rd.emit(&Doc{Source: source, Member: member, Record: true, Line: lr.Line() + 1, Err: fmt.Errorf("reading: %w", err)})
	}
	return true
}

// jsonArray streams the elements of a JSON array, each at most
// MaxRecordBytes; a syntax error ends the array (nothing after it can be
// trusted) with an error record.
func (rd *reader) jsonArray(source, member string, r io.Reader) bool {
	lim := &recordLimit{r: r, max: int64(rd.o.MaxRecordBytes) + 64<<10}
	dec := json.NewDecoder(lim)
	fail := func(n int, err error) bool {
		return rd.emit(&Doc{Source: source, Member: member, Record: true, ID: json.RawMessage(strconv.Itoa(n)), Err: err})
	}
	if _, err := dec.Token(); err != nil { // the '['
		return fail(1, fmt.Errorf("malformed JSON: %v", err))
	}
	for n := 1; dec.More(); n++ {
		lim.base = dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if lim.over {
				err = fmt.Errorf("record longer than %d bytes", rd.o.MaxRecordBytes)
			} else {
				err = fmt.Errorf("malformed JSON at byte %d: %v", dec.InputOffset(), err)
			}
			return fail(n, err)
		}
		if !rd.emit(rd.record(source, member, raw, n, 0)) {
			return false
		}
	}
	if _, err := dec.Token(); err != nil { // the ']'
		return fail(0, fmt.Errorf("malformed JSON at the end of the array: %v", err))
	}
	return true
}

// recordLimit fails once a record's reading runs past max bytes from base
// (the offset where the record began).
type recordLimit struct {
	r    io.Reader
	n    int64
	base int64
	max  int64
	over bool
}

// Read implements io.Reader.
func (l *recordLimit) Read(p []byte) (int, error) {
	if l.n-l.base > l.max {
		l.over = true
		return 0, errors.New("record too long")
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// csv yields one record per row after the header, with the same text and
// id fields (column names).
func (rd *reader) csv(source, member string, r io.Reader, tab bool) bool {
	lim := &recordLimit{r: r, max: int64(rd.o.MaxRecordBytes) + 64<<10}
	cr := csv.NewReader(lim)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = tab
	cr.ReuseRecord = true
	if tab {
		cr.Comma = '\t'
	}
	fail := func(line int, err error) bool {
		return rd.emit(&Doc{Source: source, Member: member, Record: true, Line: line, Err: err})
	}
	header, err := cr.Read()
	if err == io.EOF {
		return true
	}
	if err != nil {
		return fail(1, fmt.Errorf("header: %v", err))
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.TrimPrefix(h, "\uFEFF")
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	var textCols []int
	for _, f := range rd.o.TextFields {
		if i, ok := cols[f]; ok {
			textCols = append(textCols, i)
		}
	}
	if textCols == nil {
		return fail(1, fmt.Errorf("no column %s in the header", quoteAll(rd.o.TextFields)))
	}
	idCol, hasID := cols[rd.o.IDField]
	next := 2 // the line after the last record read
	for {
		lim.base = cr.InputOffset()
		row, err := cr.Read()
		if err == io.EOF {
			return true
		}
		line := next
		if err == nil && len(row) > 0 {
			// FieldPos knows the fields of a record read whole only
			line, _ = cr.FieldPos(0)
			next = line + 1
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				if !fail(pe.StartLine, fmt.Errorf("malformed CSV: %v", pe.Err)) {
					return false
				}
				continue
			}
			if lim.over {
				err = fmt.Errorf("record longer than %d bytes", rd.o.MaxRecordBytes)
			}
			return fail(line, err)
		}
		d := &Doc{Source: source, Member: member, Record: true, Kind: Decoded, Line: line}
		if hasID && idCol < len(row) && row[idCol] != "" {
			d.ID, _ = json.Marshal(row[idCol])
		} else {
			d.ID = json.RawMessage(strconv.Itoa(line))
		}
		var parts []string
		for _, i := range textCols {
			if i < len(row) && row[i] != "" {
				parts = append(parts, row[i])
			}
		}
		d.Text = strings.Join(parts, "\n\n")
		if !rd.emit(d) {
			return false
		}
	}
}

// quoteAll lists field names: "a" or "b".
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, " or ")
}
