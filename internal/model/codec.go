package model

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// magic starts every model file; the last byte is the format version.
// Version 3 stores every table in its lookup form, each array at a
// multiple of 8 bytes from the start of the file, so that a model embedded
// in the binary is used where it lies (see inplace.go): loading it reads
// no weight and builds nothing.
const magic = "PRENSA-NER\x00\x03"

// WriteTo writes the model in its binary format: little-endian, the
// feature tables in their lookup form (see frozen), the weights as biased
// int16 rows in the order of the table's entries.
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
		e.frozen(m.clusters.idx, true)
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

// Load reads a model written by WriteTo. The model keeps using data, which
// must not change afterwards: its tables and weights are data's bytes.
func Load(data []byte) (*Model, error) {
	d := &decoder{b: data}
	if string(d.take(len(magic))) != magic {
		return nil, errors.New("model: not a prensa model file (bad magic or version)")
	}
	m := &Model{}
	m.feats = featureSet(d.u32())
	d.layer(&m.base)
	if np := int(d.u32()); np > 0 && d.err == nil {
		if np > d.left()/2 { // each path takes at least its 2-byte length
			return nil, fmt.Errorf("model: %d cluster paths in %d bytes", np, d.left())
		}
		c := &clusterTable{paths: make([]string, np)}
		for i := range c.paths {
			c.paths[i] = string(d.take(int(d.u16())))
		}
		c.idx = d.frozen(true)
		if d.err == nil {
			for _, v := range c.idx.vals {
				if int(v) >= np {
					d.err = errors.New("cluster id out of range")
					break
				}
			}
		}
		if d.err == nil {
			c.init()
			m.clusters = c
		}
	}
	m.kmeans = d.kmeans()
	if d.err == nil && len(d.b) != d.off {
		d.err = fmt.Errorf("%d trailing bytes", len(d.b)-d.off)
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
	w   *countWriter
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

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:], v)
	e.bytes(e.buf[:8])
}

// align writes zeros up to the next multiple of 8 bytes from the start.
func (e *encoder) align() {
	if pad := -e.w.n & 7; pad != 0 {
		e.bytes(make([]byte, pad))
	}
}

// frozen writes a table's lookup form: its size and entry count, then,
// each aligned, the occupancy bitmap, the ranks, the fingerprints and,
// with vals, the values.
func (e *encoder) frozen(f *frozen, vals bool) {
	e.u32(uint32(f.mask + 1))
	e.u32(uint32(len(f.fps)))
	e.align()
	for _, w := range f.occ {
		e.u64(w)
	}
	for _, r := range f.rank {
		e.u32(r)
	}
	e.align()
	for _, fp := range f.fps {
		e.u32(fp)
	}
	e.align()
	if vals {
		for _, v := range f.vals {
			e.u32(v)
		}
		e.align()
	}
}

// layer writes a layer: transitions, end scores, the table's lookup form,
// the weight scale, then the rows as layer.rows holds them.
func (e *encoder) layer(l *layer) {
	for p := range l.trans {
		for _, v := range l.trans[p] {
			e.u32(math.Float32bits(v))
		}
	}
	for _, v := range l.end {
		e.u32(math.Float32bits(v))
	}
	e.frozen(l.idx, false)
	e.u32(math.Float32bits(l.scale))
	e.align()
	e.bytes(l.rows)
	e.align()
}

type decoder struct {
	b   []byte
	off int // bytes of b read
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)-d.off {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	out := d.b[d.off : d.off+n : d.off+n]
	d.off += n
	return out
}

// left returns the number of bytes not read yet.
func (d *decoder) left() int { return len(d.b) - d.off }

// align skips the padding WriteTo puts before an aligned array.
func (d *decoder) align() {
	if pad := -d.off & 7; pad != 0 {
		d.take(pad)
	}
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

// frozen reads a table written by encoder.frozen, using the bytes in
// place where it can, and checks that lookups cannot go astray: the ranks
// agree with the bitmap and at least one slot is empty.
func (d *decoder) frozen(vals bool) *frozen {
	size, n := int(d.u32()), int(d.u32())
	if d.err == nil && (size < 1 || size&(size-1) != 0 || size > 1<<30) {
		d.err = fmt.Errorf("table size %d is not a power of two", size)
	}
	if d.err == nil && n >= size {
		// A full table would make lookups of absent keys loop forever.
		d.err = errors.New("table has no empty slot")
	}
	empty := &frozen{occ: make([]uint64, 1), rank: make([]uint32, 1), mask: 63}
	if d.err != nil {
		return empty
	}
	words := (size + 63) / 64
	d.align()
	f := &frozen{mask: uint64(size - 1)}
	f.occ = uint64s(d.take(8 * words))
	f.rank = uint32s(d.take(4 * words))
	d.align()
	f.fps = uint32s(d.take(4 * n))
	d.align()
	if vals {
		f.vals = uint32s(d.take(4 * n))
		d.align()
	}
	if d.err != nil {
		return empty
	}
	count := 0
	for w, bits64 := range f.occ {
		if f.rank[w] != uint32(count) {
			d.err = fmt.Errorf("table rank %d is wrong", w)
			return empty
		}
		count += bits.OnesCount64(bits64)
	}
	if count != n {
		d.err = fmt.Errorf("table has %d occupied slots for %d entries", count, n)
		return empty
	}
	return f
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
	l.spread = openSpread(&l.trans)
	l.idx = d.frozen(false)
	l.scale = math.Float32frombits(d.u32())
	d.align()
	l.rows = d.take(len(l.idx.fps) * rowBytes)
	d.align()
}
