package moderation

import (
	"math/rand/v2"
	"testing"
)

// TestFoldASCIILettersReadsAsBytes checks the eight-bytes-at-a-time
// reading of foldASCIILetters against a reading byte by byte, on runs of
// every length around the eight-byte boundaries and every kind of byte
// after them.
func TestFoldASCIILettersReadsAsBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := "aZbYzAqM -'.,0é\x80\xff@[`{"
	for range 20000 {
		b := make([]byte, r.IntN(24)+1)
		for k := range b {
			if r.IntN(3) > 0 {
				b[k] = "abcxyzABCXYZ"[r.IntN(12)]
			} else {
				b[k] = alphabet[r.IntN(len(alphabet))]
			}
		}
		text := string(b)
		for i := range len(text) {
			if !isASCIILetter(text[i]) {
				continue
			}
			prefix := []byte("x ")
			got, end, small := foldASCIILetters(prefix, text, i)
			want, wend, wsmall := []byte("x "), i, false
			for ; wend < len(text) && isASCIILetter(text[wend]); wend++ {
				if text[wend] >= 'a' {
					wsmall = true
				}
				want = append(want, text[wend]|0x20)
			}
			if string(got) != string(want) || end != wend || small != wsmall {
				t.Fatalf("%q from %d: %q %d %v, want %q %d %v", text, i, got, end, small, want, wend, wsmall)
			}
		}
	}
}

// TestWordHashIgnoresBytesPastTheWord checks that a word hashes the same
// alone and inside a buffer with other bytes after it, at every length
// around the eight-byte loads, and that words differing by one byte or
// by their length hash differently.
func TestWordHashIgnoresBytesPastTheWord(t *testing.T) {
	buf := []byte("abcdefghijklmnopqrstuvwxyz0123456789 abcdefghijklmnopqrstuvwxyz")
	seen := map[uint64]string{}
	for i := 0; i < 20; i++ {
		for j := i; j <= i+20; j++ {
			in := buf[i:j]
			alone := []byte(string(in))
			alone = alone[:len(alone):len(alone)]
			if a, b := wordHash(in), wordHash(alone); a != b {
				t.Fatalf("%q: %x in the buffer, %x alone", in, a, b)
			}
			h := wordHash(alone)
			if w, ok := seen[h]; ok && w != string(in) {
				t.Fatalf("%q and %q hash the same", w, in)
			}
			seen[h] = string(in)
			if len(in) > 0 {
				other := []byte(string(in))
				other[len(other)-1] ^= 1
				if wordHash(other) == h {
					t.Fatalf("%q and %q hash the same", in, other)
				}
			}
		}
	}
}
