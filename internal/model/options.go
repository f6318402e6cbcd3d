package model

// Example is one training or evaluation sentence with its gold IOB2 tags.
// Sentences of the same document are consecutive and share Doc.
type Example struct {
	Tokens []Token
	Tags   []string
	Doc    int
}

// TrainOptions configures Train.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 12).
	Epochs int
	// MinCount drops features seen fewer times in training (default 2).
	MinCount int
	// Seed seeds the deterministic shuffle of the training data.
	Seed uint64
	// BestOnDev keeps the epoch with the best dev F1 instead of the last.
	BestOnDev bool
	// Clusters maps words to Brown cluster bit paths; it is copied into the
	// model.
	Clusters map[string]string
	// NoDocFeatures turns off the document-level features.
	NoDocFeatures bool
	// FlagWindow adds the flags of neighbouring tokens and a previous
	// word × shape conjunction.
	FlagWindow bool
	// Context adds quote/parenthesis/headline context and the ±3 words.
	Context bool
	// Average trains this many base models with different shuffles and
	// averages their weights (default 1).
	Average int
	// ExtMore adds external features of the ±2 words and ext × shape.
	ExtMore bool
	// ClusWindow adds the clusters of the ±1 words.
	ClusWindow bool
	// Prune drops features whose weights are all below this fraction of
	// the largest weight (0 keeps every feature with a non-zero weight).
	Prune float64
	// More adds cased ±1 words, ±1 suffixes and capitalized runs.
	More bool

	// KMeans maps words to k-means clusters of word vectors, one number
	// per granularity (at most 3, each below 1024); it is copied into the
	// model.
	KMeans map[string][]int
	// VClusWindow adds the k-means clusters of the ±1 words.
	VClusWindow bool
	// ExtWord adds conjunctions of each external feature with the previous
	// and the next lower-case word.
	ExtWord bool
	// Topic adds the document's topic (how much of it is about sport)
	// crossed with the capitalization and the external features of
	// capitalized tokens.
	Topic bool
	// CRF trains a linear-chain CRF by L-BFGS instead of the averaged
	// perceptron, with L2 penalty CRFL2 for at most CRFIters iterations.
	CRF      bool
	CRFL2    float64
	CRFIters int

	clusters *clusterTable
	kmeans   *kmeansTable
}
