package batch

import (
	"fmt"
	"time"
)

// Summary counts what a batch did.
type Summary struct {
	OK, Failed, Skipped int
	Entities            int64
	Bytes               int64 // bytes read from inputs
	Elapsed             time.Duration
	// Interrupted is set when the batch was stopped before the end.
	Interrupted bool
}

// Done is the number of inputs dealt with: tagged, failed or skipped.
func (s Summary) Done() int { return s.OK + s.Failed + s.Skipped }

// MBPerSecond is the reading and tagging speed in megabytes (10^6 bytes)
// per second.
func (s Summary) MBPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
}

// FilesPerSecond is the number of inputs dealt with per second.
func (s Summary) FilesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Done()) / s.Elapsed.Seconds()
}

// String is the summary line printed at the end of a batch.
func (s Summary) String() string {
	return fmt.Sprintf("%d files ok, %d failed, %d skipped; %d entities; %.1f MB in %s (%.1f MB/s, %.0f files/s)",
		s.OK, s.Failed, s.Skipped, s.Entities, float64(s.Bytes)/1e6,
		s.Elapsed.Round(time.Millisecond), s.MBPerSecond(), s.FilesPerSecond())
}
