package batch

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a buffer safe for the bar's writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestBarCountsFiles(t *testing.T) {
	tests := []struct {
		name     string
		total    bool
		wantDesc string
	}{
		{"total known", true, "3/3 files"},
		{"total unknown", false, "3 files"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf syncBuffer
			b := NewBar(&buf)
			b.Add(1, 1000) // before the total is known
			if tc.total {
				b.Total(3, 3000)
			}
			for i := 0; i < 2; i++ {
				b.Add(1, 1000)
			}
			b.mu.Lock()
			desc, st := b.desc, b.bar.State()
			b.mu.Unlock()
			b.Finish()
			if desc != tc.wantDesc {
				t.Errorf("description %q, want %q", desc, tc.wantDesc)
			}
			if st.CurrentBytes != 3000 {
				t.Errorf("bar counted %v bytes, want 3000", st.CurrentBytes)
			}
			if tc.total && (st.CurrentNum != 3000 || st.Max != 3000) {
				t.Errorf("bar at %d of %d, want 3000 of 3000", st.CurrentNum, st.Max)
			}
			if !strings.Contains(buf.String(), "files") {
				t.Errorf("nothing drawn: %q", buf.String())
			}
		})
	}
}

func TestRunTellsProgress(t *testing.T) {
	dump := genDump(t, 30)
	p := &countingProgress{}
	run(t, t.Context(), Config{Roots: []string{dump}, Jobs: 2, Progress: p})
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.files != 30 || p.finished != 1 || p.bytes == 0 {
		t.Errorf("progress saw %d files, %d bytes, finished %d times", p.files, p.bytes, p.finished)
	}
	if p.totalFiles != 0 && (p.totalFiles != 30 || p.totalBytes != p.bytes) {
		t.Errorf("totals %d files %d bytes, done %d bytes", p.totalFiles, p.totalBytes, p.bytes)
	}
}

type countingProgress struct {
	mu                sync.Mutex
	files, totalFiles int
	bytes, totalBytes int64
	finished          int
}

func (c *countingProgress) Total(f int, b int64) {
	c.mu.Lock()
	c.totalFiles, c.totalBytes = f, b
	c.mu.Unlock()
}

func (c *countingProgress) Add(f int, b int64) {
	c.mu.Lock()
	c.files += f
	c.bytes += b
	c.mu.Unlock()
}

func (c *countingProgress) Finish() {
	c.mu.Lock()
	c.finished++
	c.mu.Unlock()
}
