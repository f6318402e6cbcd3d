package conll

// datelineWindow is how far into a sentence GuessDocs looks for a dateline.
const datelineWindow = 25

// GuessDocs assigns document indices to sentences read from a file without
// -DOCSTART- lines (all in document 0): a sentence whose first tokens hold a
// news-agency dateline such as "Madrid , 3 may ( EFE ) ." starts a new
// document. Sentences from files that mark documents are left as they are.
func GuessDocs(sents []Sentence) {
	for _, s := range sents {
		if s.Doc != 0 {
			return
		}
	}
	doc := 0
	for i := range sents {
		if i > 0 && isDateline(sents[i].Tokens) {
			doc++
		}
		sents[i].Doc = doc
	}
}

// isDateline reports whether toks contains "( AGENCY )" near its start,
// where AGENCY is an all-caps word of at least two letters.
func isDateline(toks []string) bool {
	for i := 0; i+2 < len(toks) && i < datelineWindow; i++ {
		if toks[i] == "(" && toks[i+2] == ")" && isUpperWord(toks[i+1]) {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
