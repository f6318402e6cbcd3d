package model

// Labels are the IOB2 labels the model predicts, in weight-row order.
var Labels = [NumLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// NumLabels is the number of labels the model predicts.
const NumLabels = 9

// startState is the index of the virtual label before the first token in
// the transition matrix.
const startState = NumLabels

// labelIndex returns the index of an IOB2 label; AGENCY maps to ORG and any
// unknown type or malformed label maps to O.
func labelIndex(tag string) int {
	if len(tag) > 2 && tag[1] == '-' {
		typ := tag[2:]
		if typ == "AGENCY" {
			typ = "ORG"
		}
		off := 0
		switch typ {
		case "PER":
			off = 1
		case "LOC":
			off = 3
		case "ORG":
			off = 5
		case "MISC":
			off = 7
		default:
			return 0
		}
		switch tag[0] {
		case 'B':
			return off
		case 'I':
			return off + 1
		}
	}
	return 0
}

// allowed reports whether label cur may follow label prev (prev may be
// startState) under IOB2: an I-X only after B-X or I-X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev != startState && prev != 0 && (prev+1)/2 == cur/2
}
