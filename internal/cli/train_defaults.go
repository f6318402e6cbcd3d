package cli

import "github.com/prensa-nlp/prensa/internal/model"

// applyModelDefaults sets the feature groups and learning options of the
// default model; the model README section lists the dev scores that chose
// them.
func applyModelDefaults(o *model.TrainOptions) {
	o.MinCount = 1
	o.Context = true
	o.More = true
	o.FlagWindow = true
	o.Average = 8
	o.Prune = 0.03
	o.VClusWindow = true
	o.Topic = true
}
