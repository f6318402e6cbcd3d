package model

import (
	"unicode"
	"unicode/utf8"
)

// Token flags computed once per token.
const (
	flInitCap  = 1 << iota // first rune is upper case
	flAllCaps              // every letter is upper case and there are at least two
	flHasDigit             // some rune is a digit
	flAllDigit             // every rune is a digit
	flHyphen               // contains '-'
	flPunct                // no letter and no digit
	flPeriod               // contains '.'
	flMixed                // an upper-case letter after the first rune
	flLower                // every letter is lower case and there is one
)

// shapeClass maps a rune to its class character in word shapes.
func shapeClass(r rune) byte {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return byte(r)
	}
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	default:
		return '*'
	}
}

// analyze fills info with the value hashes and flags of word, using low and
// offs as scratch space, which it returns grown.
func analyze(word string, info *wordInfo, low []byte, offs []int) ([]byte, []int) {
	low, offs = low[:0], offs[:0]
	shape, sshape := uint64(fnvOffset), uint64(fnvOffset)
	var last byte
	run := 0
	letters, uppers, lowers, digits, n := 0, 0, 0, 0, 0
	var flags uint32
	// Cluster keys: digits 1-9 become 0 (as cluster.Normalize does), in the
	// exact, lower-case and capitalized forms.
	nword, nlower, ncap := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	for i, r := range word {
		nr := r
		if r >= '1' && r <= '9' {
			nr = '0'
		}
		lr := toLower(nr)
		cr := lr
		if i == 0 {
			cr = unicode.ToUpper(lr)
		}
		nword = hashRune(nword, nr)
		nlower = hashRune(nlower, lr)
		ncap = hashRune(ncap, cr)
		c := shapeClass(r)
		switch c {
		case 'X':
			letters++
			uppers++
			if i == 0 {
				flags |= flInitCap
			} else {
				flags |= flMixed
			}
		case 'x':
			letters++
			lowers++
		case 'd':
			digits++
		case '-':
			flags |= flHyphen
		case '.':
			flags |= flPeriod
		}
		if c == last {
			run++
		} else {
			run = 1
			sshape = (sshape ^ uint64(c)) * fnvPrime
		}
		if run <= 4 {
			shape = (shape ^ uint64(c)) * fnvPrime
		}
		last = c
		offs = append(offs, len(low))
		low = utf8.AppendRune(low, toLower(r))
		n++
	}
	if uppers == letters && letters >= 2 {
		flags |= flAllCaps
	}
	if lowers == letters && letters > 0 {
		flags |= flLower
	}
	if digits > 0 {
		flags |= flHasDigit
		if digits == n {
			flags |= flAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		flags |= flPunct
	}
	info.ckeys = [3]uint64{nword, nlower, ncap}
	info.word = hashString(word)
	info.lower = hashBytes(low)
	info.shape = shape
	info.sshape = sshape
	info.flags = flags
	info.nrunes = n
	// Prefixes and suffixes of the lower-cased word, 1 to 4 runes.
	for k := 1; k <= 4; k++ {
		if k > n {
			info.pre[k-1], info.suf[k-1] = 0, 0
			continue
		}
		end := len(low)
		if k < n {
			end = offs[k]
		}
		info.pre[k-1] = hashBytes(low[:end])
		info.suf[k-1] = hashBytes(low[offs[n-k]:])
	}
	return low, offs
}

// toLower is unicode.ToLower with a fast path for ASCII.
func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// hashRune feeds the UTF-8 bytes of r to the FNV-1a state h.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}
