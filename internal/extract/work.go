package extract

import (
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
)

// work is the reusable working memory of one window: the buffers the
// engine fills for every sentence, kept between calls in tokenBufs so
// that tagging a window allocates little. Nothing returned to a caller
// points into it.
type work struct {
	matches  [][]gazetteer.Match // each sentence's matches, in matchBuf
	matchBuf []gazetteer.Match
	// Each token's entry in feats.lex, and a sentence's gazetteer facts.
	lexOf []int32
	facts []gazetteer.KeyFacts
	lows  []string // each token's lower-cased key, from feats.lex
	all   [][]span // each sentence's spans, in arena
	arena []span

	// The model's input (see modelInput).
	feats  featScratch
	flat   []string
	ends   []int
	mtoks  []model.Token
	msents [][]model.Token
	tagBuf []string   // the model's tags, all sentences in a row
	tags   [][]string // each sentence's tags, in tagBuf

	// Per-sentence scratch of hybrid and modelSpans.
	ms, out []span
	// patterns' forced spans, those overlay keeps, and its result.
	forced, kept, ovl []span
	used              []bool
	covered           []bool

	// voteTypes' tallies.
	nameBuf   []byte
	names     map[string]int32
	tallies   []tally
	spanTally []int32

	// sportNames' names of teams or of players.
	retyped map[string]bool
}

// reset empties w for the next window. Only what may hold strings of the
// text is cleared: the model's tokens, the spans and the names
// (the features and tags are constants, the rest points into w itself).
func (w *work) reset() {
	clear(w.mtoks)
	clear(w.arena)
	clear(w.ms[:cap(w.ms)])
	clear(w.out[:cap(w.out)])
	clear(w.forced[:cap(w.forced)])
	clear(w.kept[:cap(w.kept)])
	clear(w.ovl[:cap(w.ovl)])
	clear(w.names)
	clear(w.retyped)
	w.matches, w.matchBuf, w.all, w.arena = w.matches[:0], w.matchBuf[:0], w.all[:0], w.arena[:0]
	w.flat, w.ends, w.mtoks, w.msents = w.flat[:0], w.ends[:0], w.mtoks[:0], w.msents[:0]
	w.ms, w.out, w.tallies = w.ms[:0], w.out[:0], w.tallies[:0]
}

// keep appends spans to the arena and returns them there, with no room to
// grow in place: a later append to them copies them out.
func (w *work) keep(spans []span) []span {
	a := len(w.arena)
	w.arena = append(w.arena, spans...)
	return w.arena[a:len(w.arena):len(w.arena)]
}

// spanCount returns the number of spans of all sentences.
func (w *work) spanCount() int {
	n := 0
	for _, s := range w.all {
		n += len(s)
	}
	return n
}

// bools returns b resized to n falses.
func bools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}
