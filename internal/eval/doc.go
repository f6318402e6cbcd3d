// Package eval is prensa's one scorer. It compares predicted entity spans
// with gold ones using the semantics of the conlleval script (a prediction
// is correct when its span and type equal a gold one's), counts true and
// false positives and false negatives overall and per type, and prints
// reports in the conlleval text layout or as JSON.
//
// It also reads the three kinds of gold data prensa accepts — CoNLL files,
// text files with a golden JSON beside them, and spaced texts — and runs
// the pipeline over them (Run), so that 'prensa eval' and 'prensa check'
// score the same way.
package eval
