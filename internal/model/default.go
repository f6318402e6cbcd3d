package model

import (
	_ "embed"
	"sync"
)

// defaultData is the default model: CoNLL-2002 Spanish, regenerated with
// `make model` (see the train command).
//
//go:embed data/es-conll2002.model
var defaultData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded default model, decoded on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() { defaultModel, defaultErr = Load(defaultData) })
	return defaultModel, defaultErr
}
