package model

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestMarkLive(t *testing.T) {
	tests := []struct {
		name string
		sent string
		want string // one character per token: L live, . not
	}{
		{"all lower case, nothing live", "el gobierno dijo ayer que no habrá cambios", "........"},
		{"a capital reaches two tokens each way", "dijo ayer que no habló con Ana en toda la semana pasada", "....LLLLL..."},
		{"a digit counts", "se vendieron ayer unas 300 casas en la zona norte de la ciudad", "..LLLLL......"},
		{"mixed case counts", "la gente usa mucho el eBay para comprar cosas viejas", "...LLLLL.."},
		{"a quotation that begins with a capital is live to its end", `leyó " La memoria de la transición moderna " ayer en la sala de actos`, "LLLLLLLLLL....."},
		{"a quotation in lower case is not", `dijo que " no hay nada que hacer con esto " y se fue a su casa`, "................."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sent []Token
			for _, w := range strings.Fields(tt.sent) {
				sent = append(sent, Token{Text: w})
			}
			if len(sent) != len(tt.want) {
				t.Fatalf("test has %d tokens and %d marks", len(sent), len(tt.want))
			}
			infos := make([]tokInfo, len(sent))
			for i, tok := range sent {
				analyzeTok(tok.Text, &infos[i])
			}
			markContext(sent, infos)
			var got strings.Builder
			for _, l := range markLive(nil, infos) {
				if l {
					got.WriteByte('L')
				} else {
					got.WriteByte('.')
				}
			}
			if got.String() != tt.want {
				t.Errorf("markLive(%q)\n got %s\nwant %s", tt.sent, got.String(), tt.want)
			}
		})
	}
}

func TestMarkLiveExternalFeatures(t *testing.T) {
	infos := make([]tokInfo, 12)
	for i := range infos {
		analyzeTok("casa", &infos[i])
	}
	infos[2].ext0, infos[2].ext1 = 0, 1 // a lower-case word with a list feature: not a mark
	if got := markLive(nil, infos); got[2] || got[5] {
		t.Errorf("a lower-case word's external feature made tokens live: %v", got)
	}
	analyzeTok("Casa", &infos[8])
	infos[8].ext0, infos[8].ext1 = 0, 1
	got := markLive(nil, infos)
	for i, want := range []bool{false, false, false, false, false, false, true, true, true, true, true, false} {
		if got[i] != want {
			t.Errorf("token %d live = %v, want %v (%v)", i, got[i], want, got)
		}
	}
}

// TestDecodeIsViterbiWithForcedO checks decode against viterbi over the
// whole sentence with the tokens that are not live allowed only O.
func TestDecodeIsViterbiWithForcedO(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	val := func() float32 { return float32(rng.IntN(7) - 3) } // exact in float32
	for trial := 0; trial < 3000; trial++ {
		n := 1 + rng.IntN(14)
		var l layer
		for p := range l.trans {
			for q := range l.trans[p] {
				l.trans[p][q] = val()
			}
		}
		for q := range l.end {
			l.end[q] = val()
		}
		l.spread = openSpread(&l.trans)
		live := make([]bool, n)
		emit := make([]float32, n*NumLabels)
		forced := make([]float32, n*NumLabels)
		for i := range live {
			live[i] = rng.IntN(3) > 0
			for q := 0; q < NumLabels; q++ {
				emit[i*NumLabels+q] = val()
				forced[i*NumLabels+q] = emit[i*NumLabels+q]
				if !live[i] && q != 0 {
					forced[i*NumLabels+q] = negInf
				}
			}
		}
		got, want := make([]int, n), make([]int, n)
		l.decode(emit, live, make([]uint8, n*NumLabels), got)
		viterbiRef(forced, n, &l.trans, &l.end, want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d, live %v: decode = %v, want %v", trial, live, got, want)
		}
	}
}
