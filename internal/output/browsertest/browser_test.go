package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/extract"
	"github.com/prensa-nlp/prensa/internal/gazetteer"
	"github.com/prensa-nlp/prensa/internal/model"
	"github.com/prensa-nlp/prensa/internal/output"
	"github.com/prensa-nlp/prensa/internal/summary"
)

var update = flag.Bool("update", false, "rewrite docs/html-view.png, the README's screenshot of the seed article")

// seedPath is the shared seed article, relative to this package.
var seedPath = filepath.Join("..", "..", "..", "..", "shared", "seed", "article-kim-putin.txt")

// browsers are the names of Chromium's binary, Debian's first.
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"}

// browser starts headless Chromium, or skips the test when there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, b := range browsers {
		if p, err := exec.LookPath(b); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium binary found: .ci/run installs Debian's chromium package")
		}
		t.Skip("no Chromium binary found (apt-get install chromium); skipping the browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1000, 760), chromedp.Flag("hide-scrollbars", true))
	// the whole browser lives at most two minutes
	base, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	actx, cancel2 := chromedp.NewExecAllocator(base, opts...)
	t.Cleanup(cancel2)
	ctx, cancel3 := chromedp.NewContext(actx)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

var (
	pipelineOnce sync.Once
	pipelineX    *extract.Extractor
	pipelineP    *summary.Places
	pipelineErr  error
)

// tag runs the default pipeline and the summary on text.
func tag(t *testing.T, source, text string) entity.Result {
	t.Helper()
	pipelineOnce.Do(func() {
		g := gazetteer.MustBuiltin()
		var m *model.Model
		if m, pipelineErr = model.Default(); pipelineErr != nil {
			return
		}
		pipelineX, pipelineErr = extract.New(extract.Options{Gazetteer: g, Model: m})
		pipelineP = summary.NewPlaces(g)
	})
	if pipelineErr != nil {
		t.Fatal(pipelineErr)
	}
	r := entity.Result{Source: source, Encoding: "utf-8", Entities: pipelineX.Extract(text)}
	pipelineP.Annotate(text, &r)
	return r
}

// render writes the HTML page of r to a file and returns its URL.
func render(t *testing.T, r entity.Result, text string) string {
	t.Helper()
	p, err := output.New("html", false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.Print(&buf, &output.Doc{Result: r, Text: text}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + abs
}

// dom is what the page shows, read through the DOM.
type dom struct {
	Title   string   `json:"title"`
	Pwned   string   `json:"pwned"`
	Scripts int      `json:"scripts"`
	Images  int      `json:"images"`
	Text    string   `json:"text"`
	Nested  int      `json:"nested"`
	Marks   []mark   `json:"marks"`
	Summary []row    `json:"summary"`
	Dems    []string `json:"demonyms"`
}

type mark struct {
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity"`
}

type row struct {
	Canonical string `json:"canonical"`
	Type      string `json:"type"`
	Mentions  string `json:"mentions"`
}

const readDOM = `JSON.stringify({
  title: document.title,
  pwned: String(window.__pwned),
  scripts: document.scripts.length,
  images: document.images.length,
  text: document.getElementById("text").textContent,
  nested: document.querySelectorAll("mark mark, mark span, span.demonym mark").length,
  marks: Array.from(document.querySelectorAll("#text mark")).map(function (m) {
    return {text: m.textContent, type: m.dataset.type, entity: m.dataset.entity};
  }),
  summary: Array.from(document.querySelectorAll("#summary li")).map(function (li) {
    return {canonical: li.dataset.canonical, type: li.dataset.type, mentions: li.dataset.mentions};
  }),
  demonyms: Array.from(document.querySelectorAll("#text span.demonym")).map(function (s) {
    return s.textContent + "→" + s.dataset.place;
  })
})`

// load opens url and reads its DOM.
func load(t *testing.T, ctx context.Context, url string) dom {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.ID("summary"))); err != nil {
		t.Fatal(err)
	}
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](readDOM))
	if err != nil {
		t.Fatal(err)
	}
	var d dom
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// checkPage compares the page with the result it renders: the text
// whole, every mention highlighted exactly once with its type and entity,
// the summary as in JSON, the demonyms.
func checkPage(t *testing.T, d dom, r entity.Result, text string) {
	t.Helper()
	if d.Text != text {
		t.Errorf("the page's text differs from the input:\n got %q\nwant %q", d.Text, text)
	}
	if d.Nested != 0 {
		t.Errorf("%d nested highlights", d.Nested)
	}
	if len(d.Marks) != len(r.Entities) {
		t.Fatalf("%d highlighted mentions, the JSON has %d entities", len(d.Marks), len(r.Entities))
	}
	perEntity := map[string]int{}
	for i, e := range r.Entities {
		m := d.Marks[i]
		if m.Text != e.Text || m.Type != string(e.Type) || m.Entity != fmt.Sprint(e.Entity) {
			t.Errorf("mention %d: page has %+v, JSON has %q %s entity %d", i, m, e.Text, e.Type, e.Entity)
		}
		perEntity[m.Entity]++
	}
	if len(d.Summary) != len(r.Summary) {
		t.Fatalf("the page's summary has %d items, the JSON's %d", len(d.Summary), len(r.Summary))
	}
	for i, it := range r.Summary {
		got := d.Summary[i]
		if got.Canonical != it.Canonical || got.Type != string(it.Type) || got.Mentions != fmt.Sprint(it.Mentions) {
			t.Errorf("summary item %d: page has %+v, JSON has %+v", i, got, it)
		}
		if n := perEntity[fmt.Sprint(i)]; n != it.Mentions {
			t.Errorf("entity %d (%s): %d highlighted mentions, %d in the summary", i, it.Canonical, n, it.Mentions)
		}
	}
	var dems []string
	for _, dm := range r.Demonyms {
		dems = append(dems, dm.Text+"→"+dm.Place)
	}
	if strings.Join(d.Dems, ",") != strings.Join(dems, ",") {
		t.Errorf("demonyms: page has %q, JSON has %q", d.Dems, dems)
	}
	if d.Scripts != 1 || d.Images != 0 || d.Pwned != "undefined" {
		t.Errorf("scripts %d (want the page's own 1), images %d, window.__pwned %s", d.Scripts, d.Images, d.Pwned)
	}
}

// hostile is input that would run scripts or break the markup if it were
// not escaped.
const hostile = `Kim Jong-un dijo en Moscú: <script>window.__pwned = "script"; document.title = "pwned"</script> y luego </mark><mark data-entity="0">Falso</mark> "><img src=x onerror="window.__pwned='img'; document.title='pwned'">
El presidente Vladímir Putin & <b>Kim</b> firmaron en '<style>body{display:none}</style>' Vladivostok con los norcoreanos.`

func TestBrowserPages(t *testing.T) {
	start := time.Now()
	ctx := browser(t)
	t.Logf("Chromium started in %v", time.Since(start).Round(time.Millisecond))
	t.Run("hostile", func(t *testing.T) {
		r := tag(t, `"><script>window.__pwned="source"</script>.txt`, hostile)
		if len(r.Entities) < 3 || len(r.Summary) == 0 {
			t.Fatalf("too few entities to test: %+v", r.Entities)
		}
		// as if a user gazetteer gave an entity hostile names
		r.Summary[0].Canonical = `"><img src=x onerror="window.__pwned='attr'">`
		r.Summary[0].ID = `x:"><script>window.__pwned="id"</script>`
		d := load(t, ctx, render(t, r, hostile))
		checkPage(t, d, r, hostile)
		if want := r.Source + " · prensa"; d.Title != want {
			t.Errorf("title %q, want %q", d.Title, want)
		}
	})
	seed, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Logf("%s is absent: seed page not checked", seedPath)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	text := string(seed)
	r := tag(t, "article-kim-putin.txt", text)
	url := render(t, r, text)
	t.Run("seed", func(t *testing.T) {
		d := load(t, ctx, url)
		checkPage(t, d, r, text)
		if len(d.Summary) < 2 || d.Summary[0].Canonical != "Kim Jong-un" || d.Summary[1].Canonical != "Vladímir Putin" {
			t.Errorf("summary starts %+v", d.Summary)
		}
	})
	t.Run("hover highlights one entity", func(t *testing.T) {
		// the first mention of Putin's entity; hovering it must light
		// up all of Putin's mentions and the summary row, and nothing else
		const js = `(function () {
  var m = document.querySelector('#text mark[data-entity="1"]');
  m.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  var on = Array.from(document.querySelectorAll(".active")).map(function (e) { return e.tagName + ":" + e.dataset.entity; });
  m.dispatchEvent(new MouseEvent("mouseout", {bubbles: true}));
  return JSON.stringify({on: on, after: document.querySelectorAll(".active").length});
})()`
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			On    []string `json:"on"`
			After int      `json:"after"`
		}
		if err := json.Unmarshal([]byte(s), &got); err != nil {
			t.Fatal(err)
		}
		marks, rows := 0, 0
		for _, o := range got.On {
			switch o {
			case "MARK:1":
				marks++
			case "LI:1":
				rows++
			default:
				t.Errorf("%s lit up by hovering entity 1", o)
			}
		}
		if marks != r.Summary[1].Mentions || rows != 1 || got.After != 0 {
			t.Errorf("hover: %d marks and %d rows lit (want %d and 1), %d still lit after", marks, rows, r.Summary[1].Mentions, got.After)
		}
	})
	if *update {
		// Kim Jong-un's mentions lit, as after hovering one
		if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.ID("summary"))); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#text mark[data-entity="0"]').dispatchEvent(new MouseEvent("mouseover", {bubbles: true}))`)); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join("..", "..", "..", "docs", "html-view.png")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(png))
	}
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
}
