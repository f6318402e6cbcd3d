// Command prensa finds the named entities in Spanish news text and prints
// them as JSON. See 'prensa --help'.
package main

import (
	"os"

	"github.com/prensa-nlp/prensa/internal/cli"
)

func main() {
	os.Exit(int(cli.Main()))
}
