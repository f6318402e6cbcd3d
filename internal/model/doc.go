// Package model is prensa's statistical named-entity tagger: an averaged
// structured perceptron (Collins 2002) over IOB2 labels with first-order
// Viterbi decoding, where an I-X label may only follow B-X or I-X.
//
// Features are never built as strings: each token's features are 64-bit
// hashes of (template, value) pairs computed incrementally over the token's
// bytes, looked up in an open-addressing table that maps a hash to a row of
// per-label weights. The table is stored already laid out in the model file,
// so loading a model is a matter of decoding a few slices.
package model
