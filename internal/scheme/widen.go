package scheme

import "github.com/prensa-nlp/prensa/internal/entity"

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

// withSurnameParticle returns a person's span widened over "De la" or "De
// las" before it: CoNLL-2002 counts the particle of a surname that starts
// with one ("De la Serna toreó"). Only a capital De is taken: "la casa de
// la Sota" is left as it is.
func withSurnameParticle(s *Sentence, sp Span) Span {
	st := s.Tokens
	if sp.Type == entity.PER && sp.Start >= 2 && st[sp.Start-2].Key == "De" &&
		(st[sp.Start-1].Key == "la" || st[sp.Start-1].Key == "las") {
		sp.Start -= 2
	}
	return sp
}

// withHonorific returns a person's span widened over the capitalized
// honorific or royal title right before it ("Doña Sofía", "el Rey Juan
// Carlos"), which CoNLL-2002 counts as part of the name.
func withHonorific(s *Sentence, sp Span) Span {
	if sp.Type == entity.PER && sp.Start > 0 && honorifics[s.Tokens[sp.Start-1].Key] {
		sp.Start--
	}
	return sp
}
