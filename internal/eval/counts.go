package eval

// Counts holds the true positives (correct), false positives and false
// negatives of a comparison.
type Counts struct {
	TP, FP, FN int
}

// Gold is the number of gold mentions: TP+FN.
func (c Counts) Gold() int { return c.TP + c.FN }

// Found is the number of predicted mentions: TP+FP.
func (c Counts) Found() int { return c.TP + c.FP }

// Precision is TP/(TP+FP), or 0 when nothing was predicted (as conlleval).
func (c Counts) Precision() float64 {
	if c.Found() == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Found())
}

// Recall is TP/(TP+FN), or 0 when there is nothing to find (as conlleval).
func (c Counts) Recall() float64 {
	if c.Gold() == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Gold())
}

// F1 is the harmonic mean of precision and recall, or 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Empty reports whether there was nothing to find and nothing was found,
// so that precision, recall and F1 say nothing.
func (c Counts) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}
