package model

import (
	"encoding/binary"
	"unsafe"
)

// littleEndian reports whether the machine stores integers as the model
// file does, so that the file's arrays can be used as they lie.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// uint64s returns b (a multiple of 8 bytes, little-endian) as a []uint64:
// b itself where the machine and b's alignment allow, a decoded copy
// otherwise.
func uint64s(b []byte) []uint64 {
	n := len(b) / 8
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// uint32s returns b (a multiple of 4 bytes, little-endian) as a []uint32,
// in place where it can, like uint64s.
func uint32s(b []byte) []uint32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
