// Package conll reads and writes CoNLL-style column files (one token per
// line, the token in the first column and its tag in the last, a blank line
// after each sentence) and extracts entity chunks from IOB tag sequences with
// the semantics of the conlleval script.
package conll
