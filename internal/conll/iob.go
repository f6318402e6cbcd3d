package conll

// ToIOB2 returns tags converted to IOB2: an I-X that does not continue a
// chunk of type X (it follows O, the start of the sentence or another type)
// becomes B-X. IOB1 and IOB2 input both give IOB2 output; empty tags are
// kept and end any chunk. The input slice is not modified.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		out[i] = t
		if len(t) > 2 && t[0] == 'I' && t[1] == '-' {
			typ := t[2:]
			if len(prev) < 3 || prev[2:] != typ {
				out[i] = "B-" + typ
			}
		}
		prev = out[i]
	}
	return out
}
