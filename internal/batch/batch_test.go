package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prensa-nlp/prensa/internal/dumpgen"
	"github.com/prensa-nlp/prensa/internal/entity"
)

// capitals is a stand-in tagger: every capitalized word is a PER.
func capitals(text string) []entity.Entity {
	var es []entity.Entity
	start := -1
	for i, r := range text + " " {
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			if unicode.IsUpper(r) {
				start = i
			} else {
				start = -2 // a word not to tag
			}
		case !letter && start != -1:
			if start >= 0 {
				w := text[start:i]
				cs := utf8.RuneCountInString(text[:start])
				es = append(es, entity.Entity{Text: w, Type: entity.PER, Start: start, End: i,
					CharStart: cs, CharEnd: cs + utf8.RuneCountInString(w), Canonical: w, Source: entity.FromRule})
			}
			start = -1
		}
	}
	return es
}

// genDump writes n small articles and returns the folder.
func genDump(t testing.TB, n int) string {
	t.Helper()
	gen, err := dumpgen.New(dumpgen.Options{Seed: 7, PerDir: 40, CP1252: 0.2, Size: 600})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "dump")
	if _, err := gen.Write(dir, n); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readTree returns every file under dir by relative path; it fails the
// test on temporary files.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if isTemp(d.Name()) {
			t.Errorf("temporary file left: %s", p)
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func run(t *testing.T, ctx context.Context, cfg Config) (Summary, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cfg.Out, cfg.Err = &out, &errOut
	if cfg.Tag == nil {
		cfg.Tag = capitals
	}
	sum, err := Run(ctx, cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum, out.String(), errOut.String()
}

func TestRunSameOutputWhateverJobs(t *testing.T) {
	dump := genDump(t, 300)
	_, want, _ := run(t, context.Background(), Config{Roots: []string{dump}, Jobs: 1})
	if n := strings.Count(want, "\n"); n != 300 {
		t.Fatalf("%d lines, want 300", n)
	}
	if !strings.Contains(want, `"encoding":"windows-1252"`) || !strings.Contains(want, `"encoding":"utf-8"`) {
		t.Errorf("the dump should mix encodings")
	}
	outDir := filepath.Join(t.TempDir(), "out1")
	run(t, context.Background(), Config{Roots: []string{dump}, Jobs: 1, OutDir: outDir})
	wantTree := readTree(t, outDir)
	if len(wantTree) != 300 {
		t.Fatalf("%d output files, want 300", len(wantTree))
	}
	for _, jobs := range []int{2, 3, 8} {
		sum, got, _ := run(t, context.Background(), Config{Roots: []string{dump}, Jobs: jobs})
		if got != want {
			t.Errorf("jobs=%d: JSON Lines differ from jobs=1", jobs)
		}
		if sum.OK != 300 || sum.Failed != 0 {
			t.Errorf("jobs=%d: summary %v", jobs, sum)
		}
		dir := filepath.Join(t.TempDir(), "out")
		run(t, context.Background(), Config{Roots: []string{dump}, Jobs: jobs, OutDir: dir})
		if got := readTree(t, dir); !reflect.DeepEqual(got, wantTree) {
			t.Errorf("jobs=%d: output folder differs from jobs=1", jobs)
		}
	}
	// a file's output in the folder is its JSON line
	first := strings.SplitAfterN(want, "\n", 2)[0]
	if got := wantTree[filepath.Join("0000", "000000.txt.json")]; got != first {
		t.Errorf("output file %q, want the first JSON line %q", got, first)
	}
}

func TestRunBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte, mode os.FileMode) {
		if err := os.WriteFile(filepath.Join(dir, name), data, mode); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Hoy habló Ana en Lima."), 0o644)
	write("binary.txt", []byte("ELF\x00\x01\x02"), 0o644)
	write("latin1.txt", []byte{'E', 'n', ' ', 'B', 'o', 'g', 'o', 't', 0xe1, ' ', 'c', 'o', 'n', ' ', 'N', 0xfa, 0xf1, 'e', 'z', '.'}, 0o644)
	write("empty.txt", nil, 0o644)
	write("locked.txt", []byte("Texto de Ana."), 0o000)
	symlink(t, ".", filepath.Join(dir, "loop"))
	symlink(t, "self.txt", filepath.Join(dir, "self.txt"))
	symlink(t, "gone.txt", filepath.Join(dir, "dangling.txt"))
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(20 << 20); err != nil { // 20 MiB (sparse)
		t.Fatal(err)
	}
	big.Close()
	root := os.Geteuid() == 0 // root reads a 0000 file anyway

	for _, jobs := range []int{1, 2} {
		outDir := filepath.Join(t.TempDir(), "out")
		sum, out, errOut := run(t, context.Background(), Config{Roots: []string{dir}, Jobs: jobs, OutDir: outDir, MaxBytes: 16 << 20})
		failed := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var rec struct{ Source, Error string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("bad error record %q: %v", line, err)
			}
			failed[filepath.Base(rec.Source)] = rec.Error
		}
		wantFailed := map[string]string{
			"big.txt":      "file too large",
			"binary.txt":   "binary",
			"dangling.txt": "broken symbolic link",
			"loop":         "loop",
			"self.txt":     "symbolic link",
		}
		wantOK := []string{"empty.txt", "good.txt", "latin1.txt"}
		if root {
			wantOK = append(wantOK, "locked.txt")
		} else {
			wantFailed["locked.txt"] = "permission denied"
		}
		for name, msg := range wantFailed {
			if !strings.Contains(failed[name], msg) {
				t.Errorf("jobs=%d: %s: error %q, want one with %q", jobs, name, failed[name], msg)
			}
			if !strings.Contains(errOut, name+": ") {
				t.Errorf("jobs=%d: no stderr line for %s in\n%s", jobs, name, errOut)
			}
		}
		if len(failed) != len(wantFailed) {
			t.Errorf("jobs=%d: failed %v, want %v", jobs, failed, wantFailed)
		}
		if n := strings.Count(errOut, "\n"); n != len(wantFailed) {
			t.Errorf("jobs=%d: %d stderr lines, want %d", jobs, n, len(wantFailed))
		}
		tree := readTree(t, outDir)
		for _, name := range wantOK {
			if _, ok := tree[name+".json"]; !ok {
				t.Errorf("jobs=%d: %s not tagged", jobs, name)
			}
		}
		if len(tree) != len(wantOK) {
			t.Errorf("jobs=%d: outputs %d, want %d", jobs, len(tree), len(wantOK))
		}
		if sum.OK != len(wantOK) || sum.Failed != len(wantFailed) {
			t.Errorf("jobs=%d: summary %+v", jobs, sum)
		}
		if got := tree["latin1.txt.json"]; !strings.Contains(got, `"windows-1252"`) || !strings.Contains(got, "Núñez") {
			t.Errorf("latin1.txt: %s", got)
		}
		if got := tree["empty.txt.json"]; got != `{"source":"`+filepath.Join(dir, "empty.txt")+`","encoding":"utf-8","entities":[],"entities_summary":[],"demonyms":[]}`+"\n" {
			t.Errorf("empty.txt: %s", got)
		}
	}
}

func TestRunSkipExisting(t *testing.T) {
	dump := genDump(t, 50)
	outDir := filepath.Join(t.TempDir(), "out")
	cfg := Config{Roots: []string{dump}, Jobs: 2, OutDir: outDir, SkipExisting: true}
	if sum, _, _ := run(t, context.Background(), cfg); sum.OK != 50 || sum.Skipped != 0 {
		t.Fatalf("first run: %+v", sum)
	}
	want := readTree(t, outDir)
	if sum, _, _ := run(t, context.Background(), cfg); sum.OK != 0 || sum.Skipped != 50 {
		t.Errorf("second run: %+v", sum)
	}
	// an input newer than its output is tagged again
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dump, "0000", "000003.txt"), later, later); err != nil {
		t.Fatal(err)
	}
	// a missing output is made again
	if err := os.Remove(filepath.Join(outDir, "0001", "000045.txt.json")); err != nil {
		t.Fatal(err)
	}
	if sum, _, _ := run(t, context.Background(), cfg); sum.OK != 2 || sum.Skipped != 48 {
		t.Errorf("third run: %+v", sum)
	}
	if got := readTree(t, outDir); !reflect.DeepEqual(got, want) {
		t.Errorf("outputs changed")
	}
}

func TestRunInterruptedThenResumed(t *testing.T) {
	dump := genDump(t, 200)
	refDir := filepath.Join(t.TempDir(), "ref")
	run(t, context.Background(), Config{Roots: []string{dump}, Jobs: 2, OutDir: refDir})
	want := readTree(t, refDir)

	for _, stopAfter := range []int64{1, 37, 150} {
		outDir := filepath.Join(t.TempDir(), "out")
		ctx, cancel := context.WithCancel(context.Background())
		var calls atomic.Int64
		tag := func(text string) []entity.Entity {
			if calls.Add(1) == stopAfter {
				cancel() // as SIGINT would, in the middle of a file
			}
			return capitals(text)
		}
		sum, _, _ := run(t, ctx, Config{Roots: []string{dump}, Jobs: 2, OutDir: outDir, Tag: tag})
		cancel()
		if !sum.Interrupted || sum.OK < int(stopAfter) || sum.OK >= 200 {
			t.Errorf("stop after %d: summary %+v", stopAfter, sum)
		}
		part := readTree(t, outDir) // no temporary files
		if len(part) != sum.OK {
			t.Errorf("stop after %d: %d files written, summary says %d", stopAfter, len(part), sum.OK)
		}
		for name, data := range part {
			if want[name] != data {
				t.Errorf("stop after %d: %s differs from an uninterrupted run", stopAfter, name)
			}
		}
		sum, _, _ = run(t, context.Background(), Config{Roots: []string{dump}, Jobs: 2, OutDir: outDir, SkipExisting: true})
		if sum.Skipped != len(part) || sum.OK != 200-len(part) {
			t.Errorf("stop after %d: resume %+v", stopAfter, sum)
		}
		if got := readTree(t, outDir); !reflect.DeepEqual(got, want) {
			t.Errorf("stop after %d: resumed outputs differ from an uninterrupted run", stopAfter)
		}
	}
}

func TestRunConfigErrors(t *testing.T) {
	dir := t.TempDir()
	mkfiles(t, dir, "a/x/1.txt", "b/x/2.txt")
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no roots", Config{}, "no folder"},
		{"bad glob", Config{Roots: []string{dir}, Include: []string{"[a"}}, "--include"},
		{"skip without out", Config{Roots: []string{dir}, SkipExisting: true}, "--skip-existing"},
		{"same base names", Config{Roots: []string{filepath.Join(dir, "a", "x"), filepath.Join(dir, "b", "x")}, OutDir: filepath.Join(dir, "o")}, "share"},
		{"bad encoding", Config{Roots: []string{dir}, Encoding: "ebcdic"}, "encoding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.Tag = capitals
			_, err := Run(context.Background(), tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
		})
	}
}

func TestRunSeveralRoots(t *testing.T) {
	dir := t.TempDir()
	mkfiles(t, dir, "a/1.txt", "b/sub/2.txt")
	outDir := filepath.Join(dir, "out")
	sum, _, _ := run(t, context.Background(), Config{Roots: []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}, OutDir: outDir})
	got := readTree(t, outDir)
	for _, name := range []string{filepath.Join("a", "1.txt.json"), filepath.Join("b", "sub", "2.txt.json")} {
		if _, ok := got[name]; !ok {
			t.Errorf("no %s in %v", name, got)
		}
	}
	if sum.OK != 2 {
		t.Errorf("summary %+v", sum)
	}
}

func TestAtomicWriteLeavesNothingOnFailure(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "x.json")
	if err := os.Mkdir(target, 0o755); err != nil { // rename onto a folder fails
		t.Fatal(err)
	}
	mkfiles(t, target, "keep")
	var w atomicWriter
	if err := w.write(target, []byte("{}\n")); err == nil {
		t.Fatal("no error writing over a folder")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left %d entries, want only the folder", len(entries))
	}
	ok := filepath.Join(dir, "new", "y.json")
	if err := w.write(ok, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(ok); string(data) != "{}\n" {
		t.Errorf("wrote %q", data)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{OK: 3, Failed: 1, Skipped: 2, Entities: 10, Bytes: 2_000_000, Elapsed: time.Second}
	want := "3 files ok, 1 failed, 2 skipped; 10 entities; 2.0 MB in 1s (2.0 MB/s, 6 files/s)"
	if got := s.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
