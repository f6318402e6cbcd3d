package model

import "math/bits"

// FNV-1a 64-bit constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashBytes returns the FNV-1a hash of b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix finalizes a 64-bit value (the splitmix64 finalizer).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// quickMix finalizes a 64-bit value in five operations (xor-shift,
// multiply, xor-shift): enough for feature keys, whose inputs are hashes
// already, and cheaper than mix on the per-token path.
func quickMix(x uint64) uint64 {
	x ^= x >> 32
	x *= 0xd6e8feb86659fd93
	x ^= x >> 32
	return x
}

// feat returns the key of feature template t with value hash v. The key is
// never 0, which marks empty table slots.
func feat(t uint64, v uint64) uint64 {
	k := quickMix(v ^ mix(t+0x9e3779b97f4a7c15))
	if k == 0 {
		k = 1
	}
	return k
}

// feat2 returns the key of template t over two value hashes a and b (in
// that order), with the template's part from templateMix so that it is
// small enough to be inlined.
func feat2(t uint64, a, b uint64) uint64 {
	k := quickMix(a*0x9e3779b97f4a7c15 ^ bits.RotateLeft64(b, 23) ^ templateMix[t])
	if k == 0 {
		k = 1
	}
	return k
}

// templateMix[t] is mix(t+0x9e3779b97f4a7c15), the template's part of
// feat, for the template numbers feat2 takes.
var templateMix = func() (m [256]uint64) {
	for t := range m {
		m[t] = mix(uint64(t) + 0x9e3779b97f4a7c15)
	}
	return m
}()
