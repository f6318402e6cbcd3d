package extract

import (
	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/tokenize"
)

// storyCodes makes every agency story reference of the window ("ME2125",
// "SV2093": two capitals and four digits, one token) a MISC span, as
// CoNLL-2002 tags them: a span that is exactly the code is retyped, a code
// no span covers gets one.
func storyCodes(toks []tokenize.Token, sents []tokenize.Sentence, all [][]span) {
	for i, spans := range all {
		st := toks[sents[i].First:sents[i].Last]
		added := false
		k := 0 // spans before k end before token j
		for j, t := range st {
			if !isStoryCode(t.Key) {
				continue
			}
			for k < len(spans) && spans[k].end <= j {
				k++
			}
			switch {
			case k < len(spans) && spans[k].start == j && spans[k].end == j+1:
				spans[k].typ = entity.MISC
			case k < len(spans) && spans[k].start <= j:
				// inside a longer span: leave it
			default:
				spans = append(spans, ruleSpan(j, j+1, entity.MISC))
				added = true
			}
		}
		if added {
			sortSpans(spans)
			all[i] = spans
		}
	}
}

// isStoryCode reports whether a token is an agency's story reference: two
// capital letters and four digits ("ME2125").
func isStoryCode(s string) bool {
	if len(s) != 6 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	return digitRun(s[2:]) == 4
}
