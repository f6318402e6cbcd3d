package cli

import "github.com/prensa-nlp/prensa/internal/model"

// applyModelDefaults sets the feature groups and learning options of the
// default model (see the model's README section for the dev scores that
// chose them).
func applyModelDefaults(o *model.TrainOptions) {
	o.MinCount = 1
	o.Context = true
	o.Average = 4
}
