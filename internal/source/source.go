// Package source turns an input file into the documents it holds: a text
// file is one document; a compressed file (gzip, bzip2, zstd, xz) is what
// it decompresses to; an archive (zip, tar, tar.gz, tar.zst…) holds one
// document per member; a JSON Lines, JSON array or CSV/TSV export holds one
// document per record; an HTML page is one document, its article's text; a
// WARC file holds one document per HTML or text response.
//
// The kind of a file is found from its content (magic bytes) first, then
// from its name. Every command that reads inputs (tag, batch, check) goes
// through Docs, so they all read the same formats the same way.
package source

import (
	"encoding/json"
	"errors"
	"io"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Kind says how a document's content is held.
type Kind int

// The kinds of document content.
const (
	// Text is raw bytes in Body, to decode (decode.NewStream).
	Text Kind = iota
	// Decoded is UTF-8 text in Doc.Text (a field of an export's record).
	Decoded
	// HTML is a page's raw bytes in Body; its text is extracted by Prepare.
	HTML
)

// Doc is one document of an input.
type Doc struct {
	// Source names the document in the output: the file as given, a
	// member as archive.tar.gz!/path/in/archive.txt, a WARC response's
	// WARC-Target-URI. Records of an export are named by their file.
	Source string
	// Member is the path of the document inside the input's archive,
	// slash-separated and local (never leading outside a folder); "" for
	// the input itself. Inside an archive, it names the member that holds
	// the records.
	Member string
	// Record is set for one of several records of one file or member
	// (JSON, CSV, WARC): their outputs belong in one JSON Lines file.
	Record bool
	// ID is the record's id (the --id-field), or its line (JSON Lines,
	// CSV) or position (JSON array) when it has none; nil for files.
	ID json.RawMessage
	// Line is where the record began in a JSON Lines or CSV export.
	Line int
	// Kind says whether the content is in Body or Text.
	Kind Kind
	// Body is the content of Text and HTML documents. It is valid until
	// the next document of the sequence is asked for.
	Body io.Reader
	// Text is the content of Decoded documents.
	Text string
	// ContentType is the media type an HTTP response gave (WARC), which
	// may name the page's charset.
	ContentType string
	// Err, when set, is why the document could not be read: the document
	// is an error record.
	Err error
}

// Defaults of Options.
const (
	// DefaultMaxMemberBytes is the default expansion limit of one
	// document that comes out of a compressed file or an archive (1 GiB).
	DefaultMaxMemberBytes = 1 << 30
	// DefaultMaxRatio is the default limit of a decompressed stream's size
	// over its compressed size, checked past its first MiB.
	DefaultMaxRatio = 100
	// DefaultMaxRecordBytes is the default size limit of one record of an
	// export, of one HTML page and of one WARC record's payload (16 MiB).
	DefaultMaxRecordBytes = 16 << 20
)

// Options say how to read inputs. The zero value reads every format with
// the defaults.
type Options struct {
	// TextFields are the dotted paths of the fields whose text is tagged
	// in JSON and CSV records (default "text"). With several, their texts
	// are joined with a blank line ("\n\n") between, in this order;
	// offsets are into the joined text. A missing or null field is left
	// out; a record with none of them is an error.
	TextFields []string
	// IDField is the dotted path of a record's id (default "id").
	IDField string
	// Include are base-name globs that archive members must match (a name
	// matches without its compression suffix too: a.txt.gz matches
	// *.txt). Empty: every member.
	Include []string
	// MaxMemberBytes limits the size of one document that comes out of a
	// compressed file or archive (0: DefaultMaxMemberBytes).
	MaxMemberBytes int64
	// MaxRatio limits decompressed size over compressed size
	// (0: DefaultMaxRatio; negative: no limit).
	MaxRatio int64
	// MaxRecordBytes limits one record, page or WARC payload
	// (0: DefaultMaxRecordBytes).
	MaxRecordBytes int
}

func (o Options) withDefaults() Options {
	if len(o.TextFields) == 0 {
		o.TextFields = []string{"text"}
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.MaxMemberBytes <= 0 {
		o.MaxMemberBytes = DefaultMaxMemberBytes
	}
	if o.MaxRatio == 0 {
		o.MaxRatio = DefaultMaxRatio
	}
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = DefaultMaxRecordBytes
	}
	return o
}

// Matches reports whether a base name matches one of the globs, as is or
// without its compression suffix. No globs match everything.
func Matches(globs []string, name string) bool {
	if len(globs) == 0 {
		return true
	}
	bare := StripCompression(name)
	for _, p := range globs {
		if ok, _ := path.Match(p, name); ok {
			return true
		}
		if ok, _ := path.Match(p, bare); ok && bare != name {
			return true
		}
	}
	return false
}

// Docs returns the documents of the input r named name. A file opened by
// the caller (an *os.File) is read in place: an archive such as zip needs
// one; standard input is read as a stream. The sequence ends early when
// the input cannot be read on (a corrupt archive, a truncated stream),
// after an error document saying so.
func Docs(name string, r io.Reader, o Options) iter.Seq[*Doc] {
	o = o.withDefaults()
	return func(yield func(*Doc) bool) {
		rd := &reader{o: o, yield: yield}
		rd.docs(name, "", filepath.Base(name), r, 0, false)
	}
}

// Open returns the documents of the file at path, named name. The file is
// closed when the sequence ends.
func Open(path, name string, o Options) iter.Seq[*Doc] {
	return func(yield func(*Doc) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(&Doc{Source: name, Err: stripPath(err)})
			return
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			yield(&Doc{Source: name, Err: errors.New("is a directory")})
			return
		}
		for d := range Docs(name, f, o) {
			if !yield(d) {
				return
			}
		}
	}
}

// reader walks one input.
type reader struct {
	o     Options
	yield func(*Doc) bool
	stop  bool // the consumer stopped
}

// emit yields d, remembering whether the consumer wants more.
func (rd *reader) emit(d *Doc) bool {
	if rd.stop {
		return false
	}
	if !rd.yield(d) {
		rd.stop = true
	}
	return !rd.stop
}

// StripCompression drops a compression suffix (.gz, .bz2, .zst, .xz) from a
// name; .tgz becomes .tar.
func StripCompression(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".gz", ".gzip", ".bz2", ".zst", ".zstd", ".xz"} {
		if strings.HasSuffix(lower, ext) {
			return name[:len(name)-len(ext)]
		}
	}
	if strings.HasSuffix(lower, ".tgz") {
		return name[:len(name)-4] + ".tar"
	}
	return name
}

// stripPath drops the path from an *os.PathError so that messages name the
// file once.
func stripPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// IsArchiveName reports whether a file name is that of an archive (zip,
// tar, compressed tar), which 'prensa batch' walks into like a folder
// whatever --include says.
func IsArchiveName(name string) bool {
	lower := strings.ToLower(StripCompression(name))
	return strings.HasSuffix(lower, ".zip") || strings.HasSuffix(lower, ".tar")
}

// DefaultInclude are the names 'prensa batch' tags by default (also
// compressed: a.txt.gz matches *.txt); archives are always walked into.
var DefaultInclude = []string{"*.txt", "*.jsonl", "*.ndjson", "*.csv", "*.tsv", "*.html", "*.htm", "*.warc"}
