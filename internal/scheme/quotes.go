package scheme

// closingQuote maps an opening quotation mark to the one that closes it.
var closingQuote = map[string]string{`"`: `"`, "«": "»", "“": "”"}

// withQuotes returns the span widened over the quotation marks that
// enclose it exactly (`el diario " Reforma "`): CoNLL-2002 Spanish counts
// them as part of the name. A span not so enclosed is returned as it is.
func withQuotes(s *Sentence, sp Span) Span {
	st := s.Tokens
	if sp.Start == 0 || sp.End >= len(st) {
		return sp
	}
	if c, ok := closingQuote[st[sp.Start-1].Key]; ok && st[sp.End].Key == c {
		sp.Start--
		sp.End++
	}
	return sp
}
