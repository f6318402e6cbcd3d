// Command compile writes the compiled built-in gazetteer entries
// (internal/gazetteer/data/entries.compiled), their matcher index
// (entries.index) and the word lists' table (lists.index) from the data
// files beside them: merged, with the token keys of every form, so that
// prensa starts without parsing them. Run it from the module root after changing an
// entry file:
//
//	go run ./internal/gazetteer/gen/compile
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/prensa-nlp/prensa/internal/gazetteer"
)

func main() {
	dir := filepath.Join("internal", "gazetteer", "data")
	out, err := gazetteer.Compile(os.DirFS(dir), ".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "compile:", err)
		os.Exit(1)
	}
	idx, err := gazetteer.CompileIndex(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compile:", err)
		os.Exit(1)
	}
	lists, err := gazetteer.CompileLists(os.DirFS(dir), ".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "compile:", err)
		os.Exit(1)
	}
	for name, data := range map[string][]byte{gazetteer.CompiledFile: out, gazetteer.IndexFile: idx, gazetteer.ListsFile: lists} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "compile:", err)
			os.Exit(1)
		}
	}
}
