package scheme

// withQuotes returns the span widened over the quotation marks that
// enclose it exactly (`el diario " Reforma "`): CoNLL-2002 Spanish counts
// them as part of the name. Every kind of double quotation mark (« », “ ”)
// has the key `"`. A span not so enclosed is returned as it is.
func withQuotes(s *Sentence, sp Span) Span {
	st := s.Tokens
	if sp.Start > 0 && sp.End < len(st) && st[sp.Start-1].Key == `"` && st[sp.End].Key == `"` {
		sp.Start--
		sp.End++
	}
	return sp
}
