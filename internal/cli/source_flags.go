package cli

import (
	"github.com/spf13/pflag"

	"github.com/prensa-nlp/prensa/internal/source"
)

// SourceOptions are the flags that say how inputs are read: exports'
// fields and the limits on what compressed files and archives expand to.
type SourceOptions struct {
	TextFields     []string
	IDField        string
	MaxMemberBytes int64
	MaxRatio       int64
}

// AddFlags adds the input flags to a command.
func (o *SourceOptions) AddFlags(f *pflag.FlagSet) {
	f.StringArrayVar(&o.TextFields, "text-field", []string{"text"}, "JSON/CSV exports: the (dotted) field whose text is tagged; repeatable: the texts are joined with a blank line between")
	f.StringVar(&o.IDField, "id-field", "id", "JSON/CSV exports: the (dotted) field copied to the output as \"id\"")
	f.Int64Var(&o.MaxMemberBytes, "max-member-bytes", source.DefaultMaxMemberBytes, "refuse a document that decompresses or extracts to more than this many bytes")
	f.Int64Var(&o.MaxRatio, "max-ratio", source.DefaultMaxRatio, "refuse a stream that decompresses to more than this many times its size (past its first MiB; 0: no limit)")
}

// Options returns the source.Options of the flags.
func (o *SourceOptions) Options() (source.Options, error) {
	if o.MaxMemberBytes <= 0 {
		return source.Options{}, usageErrorf("--max-member-bytes must be positive")
	}
	if o.MaxRatio < 0 {
		return source.Options{}, usageErrorf("--max-ratio must not be negative")
	}
	so := source.Options{TextFields: o.TextFields, IDField: o.IDField, MaxMemberBytes: o.MaxMemberBytes, MaxRatio: o.MaxRatio}
	if so.MaxRatio == 0 {
		so.MaxRatio = -1
	}
	for _, f := range so.TextFields {
		if f == "" {
			return source.Options{}, usageErrorf("--text-field must not be empty")
		}
	}
	return so, nil
}
