package gazetteer

import (
	"sync"
	"sync/atomic"
)

// lazyEntries holds entries decoded on first use, by number: a slot per
// entry, allocated when the first is asked for, read without locks.
type lazyEntries struct {
	once  sync.Once
	slots []atomic.Pointer[Entry]
}

// get returns entry i of n, calling decode the first time it is asked for
// (two goroutines may both decode it; one result is kept).
func (l *lazyEntries) get(i, n int, decode func(int) *Entry) *Entry {
	l.once.Do(func() { l.slots = make([]atomic.Pointer[Entry], n) })
	s := &l.slots[i]
	if e := s.Load(); e != nil {
		return e
	}
	e := decode(i)
	if s.CompareAndSwap(nil, e) {
		return e
	}
	return s.Load()
}
