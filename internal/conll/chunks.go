package conll

// Chunk is an entity span over token positions [Start, End) with its type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the chunks of an IOB tag sequence with conlleval
// semantics: B-X starts a chunk; I-X continues a chunk of type X and starts
// a new one after O or after a chunk of a different type; O (or any tag
// without a B-/I- prefix) ends the current chunk.
func Chunks(tags []string) []Chunk {
	return AppendChunks(nil, tags)
}

// AppendChunks appends the chunks of tags (as Chunks gives them) to out.
func AppendChunks(out []Chunk, tags []string) []Chunk {
	start, typ := -1, ""
	for i, t := range tags {
		begin, inside := false, false
		ttype := ""
		if len(t) > 2 && t[1] == '-' && (t[0] == 'B' || t[0] == 'I') {
			ttype = t[2:]
			if t[0] == 'B' || start < 0 || ttype != typ {
				begin = true
			} else {
				inside = true
			}
		}
		if inside {
			continue
		}
		if start >= 0 {
			out = append(out, Chunk{Start: start, End: i, Type: typ})
			start, typ = -1, ""
		}
		if begin {
			start, typ = i, ttype
		}
	}
	if start >= 0 {
		out = append(out, Chunk{Start: start, End: len(tags), Type: typ})
	}
	return out
}
