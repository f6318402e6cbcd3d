package batch

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// mkfiles makes files (content = name) under dir.
func mkfiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks not available: %v", err)
	}
}

// walked is an item as the tests compare it.
type walked struct {
	Source, Out string
	Failed      bool
}

func walkAll(w *walker, roots ...string) []walked {
	var got []walked
	w.walk(context.Background(), roots, func(it item) bool {
		got = append(got, walked{it.Source, it.Out, it.Err != nil})
		return true
	})
	return got
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	mkfiles(t, dir, "b.txt", "a.txt", "c.md", "sub/z.txt", "sub/deep/y.txt", "sub/x.text", "folder.txt/in.txt")
	symlink(t, "sub", filepath.Join(dir, "link"))                 // link to a folder: followed
	symlink(t, "..", filepath.Join(dir, "sub", "up"))             // loop: reported
	symlink(t, "nowhere.txt", filepath.Join(dir, "dangling.txt")) // broken: reported
	symlink(t, "nowhere", filepath.Join(dir, "dangling.md"))      // broken but not included: ignored
	symlink(t, "self.txt", filepath.Join(dir, "self.txt"))        // link loop: reported
	symlink(t, "a.txt", filepath.Join(dir, "alias.txt"))          // link to a file: followed
	root := dir + "/"

	tests := []struct {
		name    string
		include []string
		roots   []string
		prefix  bool
		want    []walked
	}{
		{
			name: "default", include: []string{"*.txt"}, roots: []string{root},
			want: []walked{
				{root + "a.txt", "a.txt", false},
				{root + "alias.txt", "alias.txt", false},
				{root + "b.txt", "b.txt", false},
				{root + "dangling.txt", "", true},
				{root + "folder.txt/in.txt", "folder.txt/in.txt", false},
				{root + "link/deep/y.txt", "link/deep/y.txt", false},
				{root + "link/up", "", true},
				{root + "link/z.txt", "link/z.txt", false},
				{root + "self.txt", "", true},
				{root + "sub/deep/y.txt", "sub/deep/y.txt", false},
				{root + "sub/up", "", true},
				{root + "sub/z.txt", "sub/z.txt", false},
			},
		},
		{
			name: "two globs, a subfolder root", include: []string{"*.text", "*.md"}, roots: []string{filepath.Join(dir, "sub")},
			// up leads out of the root, then link and sub lead back in
			want: []walked{
				{filepath.Join(dir, "sub") + "/up/c.md", "up/c.md", false},
				{filepath.Join(dir, "sub") + "/up/dangling.md", "", true},
				{filepath.Join(dir, "sub") + "/up/link", "", true},
				{filepath.Join(dir, "sub") + "/up/sub", "", true},
				{filepath.Join(dir, "sub") + "/x.text", "x.text", false},
			},
		},
		{
			name: "file roots and prefix", include: []string{"*.txt"}, prefix: true,
			roots: []string{filepath.Join(dir, "c.md"), filepath.Join(dir, "sub", "deep"), filepath.Join(dir, "missing")},
			want: []walked{
				{filepath.Join(dir, "c.md"), "c.md/c.md", false},
				{filepath.Join(dir, "sub", "deep") + "/y.txt", "deep/y.txt", false},
				{filepath.Join(dir, "missing"), "", true},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := walkAll(&walker{include: tc.include, prefix: tc.prefix}, tc.roots...)
			for i := range tc.want {
				tc.want[i].Out = filepath.FromSlash(tc.want[i].Out)
				tc.want[i].Source = filepath.FromSlash(tc.want[i].Source)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%v\nwant\n%v", got, tc.want)
			}
		})
	}
}

func TestWalkSkipsOutputFolder(t *testing.T) {
	dir := t.TempDir()
	mkfiles(t, dir, "a.txt", "out/a.txt.json", "out/old.txt")
	skip, err := os.Stat(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	got := walkAll(&walker{include: []string{"*"}, skip: skip}, dir)
	want := []walked{{filepath.Join(dir, "a.txt"), "a.txt", false}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	mkfiles(t, dir, "a/1.txt", "a/2.txt", "b/3.txt")
	n := 0
	(&walker{include: []string{"*.txt"}}).walk(context.Background(), []string{dir}, func(item) bool {
		n++
		return n < 2
	})
	if n != 2 {
		t.Errorf("emit called %d times after returning false at 2", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	(&walker{include: []string{"*.txt"}}).walk(ctx, []string{dir}, func(item) bool { n++; return true })
	if n != 0 {
		t.Errorf("cancelled walk emitted %d items", n)
	}
}
