package eval

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scorePy returns the path of the independent scorer in ../shared, or
// skips the test.
func scorePy(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "tools", "score.py"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skip("../shared/tools/score.py not found")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	return p
}

// randomTags returns a tag sequence mixing IOB1 and IOB2 habits.
func randomTags(r *rand.Rand, n int) []string {
	types := []string{"PER", "LOC", "ORG", "MISC"}
	out := make([]string, n)
	for i := range out {
		switch r.Intn(4) {
		case 0, 1:
			out[i] = "O"
		case 2:
			out[i] = "B-" + types[r.Intn(len(types))]
		default:
			out[i] = "I-" + types[r.Intn(len(types))]
		}
	}
	return out
}

// TestAgreesWithScorePy scores random tag sequences here and with
// score.py conll and compares every line score.py prints.
func TestAgreesWithScorePy(t *testing.T) {
	py := scorePy(t)
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 5; round++ {
		s := NewScores()
		var gold, pred strings.Builder
		for sent := 0; sent < 40; sent++ {
			n := 1 + r.Intn(12)
			g, p := randomTags(r, n), randomTags(r, n)
			if r.Intn(3) == 0 {
				copy(p, g[:n/2]) // some agreement
			}
			s.AddTags(g, p)
			for i := range g {
				fmt.Fprintf(&gold, "w%d X %s\n", i, g[i])
				fmt.Fprintf(&pred, "w%d %s\n", i, p[i])
			}
			gold.WriteString("\n")
			pred.WriteString("\n")
		}
		dir := t.TempDir()
		gp, pp := filepath.Join(dir, "gold"), filepath.Join(dir, "pred")
		os.WriteFile(gp, []byte(gold.String()), 0o644)
		os.WriteFile(pp, []byte(pred.String()), 0o644)
		out, err := exec.Command("python3", py, "conll", gp, pp).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		if got, want := scorePyLines(s), string(out); got != want {
			t.Errorf("round %d: ours\n%s\nscore.py\n%s", round, got, want)
		}
	}
}

// scorePyLines prints s the way score.py does.
func scorePyLines(s *Scores) string {
	var b strings.Builder
	for _, typ := range s.TypeNames() {
		c := s.Types[typ]
		fmt.Fprintf(&b, "%-8s P %6.2f R %6.2f F1 %6.2f  gold %d pred %d\n", typ,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold(), c.Found())
	}
	fmt.Fprintf(&b, "overall  P %6.2f R %6.2f\nF1 %.2f\n", 100*s.Precision(), 100*s.Recall(), 100*s.F1())
	return b.String()
}
