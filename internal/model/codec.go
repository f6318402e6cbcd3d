package model

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic starts every model file; the last byte is the format version.
const magic = "PRENSA-NER\x00\x02"

// WriteTo writes the model in its binary format: little-endian, the
// feature table stored already laid out, weights as int16 with a scale.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	e := &encoder{w: cw}
	e.bytes([]byte(magic))
	e.u32(uint32(m.feats))
	e.layer(&m.base)
	if m.clusters == nil {
		e.u32(0)
	} else {
		e.u32(uint32(len(m.clusters.paths)))
		for _, p := range m.clusters.paths {
			e.u16(uint16(len(p)))
			e.bytes([]byte(p))
		}
		e.table(tableOf(m.clusters.tab, m.clusters.idx))
	}
	e.kmeans(m.kmeans)
	if e.err == nil {
		e.err = cw.w.(*bufio.Writer).Flush()
	}
	return cw.n, e.err
}

// weightScale returns the scale that maps the largest weight to the int16
// range.
func weightScale(w []float32) float32 {
	var max float32
	for _, v := range w {
		if v < 0 {
			v = -v
		}
		if v > max {
			max = v
		}
	}
	if max == 0 {
		return 1
	}
	return max / 32767
}

// Load decodes a model written by WriteTo.
func Load(data []byte) (*Model, error) {
	d := &decoder{b: data}
	if string(d.take(len(magic))) != magic {
		return nil, errors.New("model: not a prensa model file (bad magic or version)")
	}
	m := &Model{}
	m.feats = featureSet(d.u32())
	d.layer(&m.base)
	if np := int(d.u32()); np > 0 && d.err == nil {
		c := &clusterTable{paths: make([]string, np)}
		for i := range c.paths {
			c.paths[i] = string(d.take(int(d.u16())))
		}
		c.idx = d.frozen()
		c.init()
		m.clusters = c
		if d.err == nil {
			for _, v := range c.idx.vals {
				if int(v) >= np {
					d.err = errors.New("cluster id out of range")
					break
				}
			}
		}
	}
	m.kmeans = d.kmeans()
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%d trailing bytes", len(d.b))
	}
	if d.err != nil {
		return nil, fmt.Errorf("model: corrupt model file: %w", d.err)
	}
	return m, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

// Write writes p and counts the bytes written.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type encoder struct {
	w   io.Writer
	buf [8]byte
	err error
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) u16(v uint16) {
	binary.LittleEndian.PutUint16(e.buf[:], v)
	e.bytes(e.buf[:2])
}

func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], v)
	e.bytes(e.buf[:4])
}

func (e *encoder) table(t *table) {
	e.u32(uint32(len(t.slots)))
	for _, sl := range t.slots {
		e.u32(sl.fp)
	}
	for _, sl := range t.slots {
		e.u32(sl.val)
	}
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u16() uint16 {
	if b := d.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

// frozen reads a table written by encoder.table straight into its lookup
// form, in one pass and without the intermediate table.
func (d *decoder) frozen() *frozen {
	size := int(d.u32())
	if d.err == nil && (size < 1 || size&(size-1) != 0) {
		d.err = fmt.Errorf("table size %d is not a power of two", size)
	}
	fps := d.take(4 * size)
	vals := d.take(4 * size)
	if d.err != nil {
		return (&table{slots: make([]slot, 1)}).freeze()
	}
	words := (size + 63) / 64
	f := &frozen{occ: make([]uint64, words), rank: make([]uint32, words), mask: uint64(size - 1)}
	n := 0
	for i := 0; i < size; i++ {
		if binary.LittleEndian.Uint32(fps[4*i:]) != 0 {
			n++
		}
	}
	if n == size {
		// A full table would make lookups of absent keys loop forever.
		d.err = errors.New("table has no empty slot")
	}
	f.fps = make([]uint32, 0, n)
	f.vals = make([]uint32, 0, n)
	for i := 0; i < size; i++ {
		if i&63 == 0 {
			f.rank[i>>6] = uint32(len(f.fps))
		}
		if fp := binary.LittleEndian.Uint32(fps[4*i:]); fp != 0 {
			f.occ[i>>6] |= 1 << (i & 63)
			f.fps = append(f.fps, fp)
			f.vals = append(f.vals, binary.LittleEndian.Uint32(vals[4*i:]))
		}
	}
	return f
}

// tableOf returns t, or for a loaded model (which keeps only the lookup
// form) the table rebuilt from f.
func tableOf(t *table, f *frozen) *table {
	if t != nil {
		return t
	}
	return f.thaw()
}

// layer writes a layer: transitions, end scores, table, then the weight
// scale and the int16 weights.
func (e *encoder) layer(l *layer) {
	for p := range l.trans {
		for _, v := range l.trans[p] {
			e.u32(math.Float32bits(v))
		}
	}
	for _, v := range l.end {
		e.u32(math.Float32bits(v))
	}
	e.table(tableOf(l.tab, l.idx))
	e.u32(math.Float32bits(l.scale))
	if l.w == nil { // a loaded model keeps the weights as stored
		e.u32(uint32(len(l.wire) / rowBytes))
		e.bytes(l.wire)
		return
	}
	e.u32(uint32(len(l.w) / NumLabels))
	for _, v := range l.w {
		e.u16(uint16(v))
	}
}

// layer reads a layer written by encoder.layer.
func (d *decoder) layer(l *layer) {
	for p := range l.trans {
		for i := range l.trans[p] {
			l.trans[p][i] = math.Float32frombits(d.u32())
		}
	}
	for i := range l.end {
		l.end[i] = math.Float32frombits(d.u32())
	}
	l.idx = d.frozen()
	l.scale = math.Float32frombits(d.u32())
	rows := int(d.u32())
	raw := d.take(2 * rows * NumLabels)
	if d.err != nil {
		return
	}
	l.wire = raw
	for _, v := range l.idx.vals {
		if int(v) >= rows {
			d.err = errors.New("feature row out of range")
			return
		}
	}
	l.buildRows(raw)
}
