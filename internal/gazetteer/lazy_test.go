package gazetteer

import (
	"strconv"
	"sync"
	"testing"
)

func TestLazyEntries(t *testing.T) {
	var l lazyEntries
	calls := make([]int, 5)
	var mu sync.Mutex
	decode := func(i int) *Entry {
		mu.Lock()
		calls[i]++
		mu.Unlock()
		return &Entry{Canonical: strconv.Itoa(i)}
	}
	var wg sync.WaitGroup
	got := make([][]*Entry, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range calls {
				got[g] = append(got[g], l.get(i, len(calls), decode))
			}
		}()
	}
	wg.Wait()
	for i := range calls {
		if got[0][i].Canonical != strconv.Itoa(i) {
			t.Errorf("entry %d = %q", i, got[0][i].Canonical)
		}
		for g := range got {
			if got[g][i] != got[0][i] {
				t.Errorf("entry %d: goroutine %d got another *Entry", i, g)
			}
		}
	}
	before := append([]int(nil), calls...)
	for i := range calls {
		l.get(i, len(calls), decode)
	}
	for i := range calls {
		if calls[i] != before[i] {
			t.Errorf("entry %d decoded again once stored", i)
		}
	}
}
