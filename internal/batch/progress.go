package batch

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Bar is a Progress drawn on a terminal: bytes done of the total, speed,
// ETA, and files done of the total.
type Bar struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	files int
	total int    // -1 until known
	desc  string // the description last set
	done  int64  // bytes done
}

// NewBar returns a Bar that draws on w (a terminal).
func NewBar(w io.Writer) *Bar {
	b := &Bar{total: -1}
	b.bar = progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionShowDescriptionAtLineEnd(),
	)
	return b
}

// Total implements Progress.
func (b *Bar) Total(files int, bytes int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.total = files
	b.describe()
	if bytes > 0 && !b.bar.IsFinished() {
		// the bar counted round and round while the total was unknown
		b.bar.ChangeMax64(bytes)
		b.bar.Reset()
		_ = b.bar.Add64(b.done)
	}
}

// Add implements Progress.
func (b *Bar) Add(files int, bytes int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.files += files
	b.done += bytes
	b.describe()
	_ = b.bar.Add64(bytes)
}

// Clear takes the bar off the screen, so that a line can be printed; the
// next Add draws it again.
func (b *Bar) Clear() {
	b.mu.Lock()
	defer b.mu.Unlock()
	_ = b.bar.Clear()
}

// Finish implements Progress.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	_ = b.bar.Exit()
}

func (b *Bar) describe() {
	if b.total >= 0 {
		b.desc = fmt.Sprintf("%d/%d files", b.files, b.total)
	} else {
		b.desc = fmt.Sprintf("%d files", b.files)
	}
	b.bar.Describe(b.desc)
}
