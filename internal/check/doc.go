// Package check turns scored fixtures into verdicts for CI: it lists the
// differences between expected and found entities (missing, unexpected,
// changed, each with line, column, mention and context), applies the
// thresholds, rewrites golden files on request and prints the verdicts as
// text, JSON, JUnit XML or GitHub workflow annotations. The scoring itself
// is package eval's, shared with 'prensa eval'.
package check
