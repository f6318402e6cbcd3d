package eval

import (
	"strings"
	"unicode/utf8"
)

// joinedGap returns how many spaces the gap of w spaces before unit i had
// in the original text, given that it touches a mark.
func joinedGap(line string, units []unit, mark []bool, i, w int) int {
	if i == 0 {
		return 0 // the line's start
	}
	left, right := units[i-1], units[i]
	lw := right.words[0]
	pw := left.words[len(left.words)-1]
	if glueAfter(pw, units, mark, i-1) || glueBefore(lw, units, mark, i) {
		return 0
	}
	if w > 3 {
		return w - 2
	}
	return 1
}

// glueAfter reports whether word pw, the last of unit j, takes no space
// after it: opening punctuation, or a hyphen or slash joined to a word or
// between two marks.
func glueAfter(pw string, units []unit, mark []bool, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(pw)
	switch r {
	case '¿', '¡', '(', '[', '{', '«', '“', '‘':
		return true
	case '"', '\'':
		// an opening quote stands alone or follows opening punctuation
		rest := strings.TrimRight(pw, "\"'")
		return rest == "" || strings.ContainsAny(rest[len(rest)-1:], "([{")
	case '-', '/':
		if len(pw) > 1 {
			return true
		}
		return j > 0 && mark[j-1] && units[j].start-units[j-1].end >= 2
	}
	return false
}

// glueBefore reports whether word lw, the first of unit j, takes no space
// before it: closing punctuation, or a hyphen or slash joined to a word or
// between two marks.
func glueBefore(lw string, units []unit, mark []bool, j int) bool {
	r, _ := utf8.DecodeRuneInString(lw)
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '”', '’', '…':
		return true
	case '"', '\'':
		// a closing quote stands alone or is followed by punctuation
		rest := strings.TrimLeft(lw, "\"'")
		return rest == "" || isPunctWord(rest)
	case '-', '/':
		if len(lw) > 1 {
			return true
		}
		return j+1 < len(units) && mark[j+1] && units[j+1].start-units[j].end >= 2
	}
	return false
}
