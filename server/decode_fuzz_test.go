package server

import (
	"testing"
	"unicode/utf8"

	"github.com/avisproject/avis/feedback"
)

// FuzzDecodeSubmission: whatever the body, decoding either succeeds or
// fails with an EINVALID error whose field, when named, is one a client
// sent; it never panics.
func FuzzDecodeSubmission(f *testing.F) {
	f.Add([]byte(validBody))
	f.Add([]byte(`{"service":"demo","rating":"good","clarity":"3","text":"ok"}`))
	f.Add([]byte(`{"nickname":1}`))
	f.Add([]byte("{\"text\":\"caf\xe9\"}"))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"clarity":1e400}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var req submitRequest
		err := decodeStrict(body, &req)
		if err != nil {
			if feedback.ErrorCode(err) != feedback.EINVALID || feedback.ErrorMessage(err) == "" {
				t.Fatalf("decode error %v is not an EINVALID with a message", err)
			}
			if fld := feedback.ErrorField(err); fld != "" && !utf8.ValidString(fld) {
				t.Fatalf("field %q is not valid UTF-8", fld)
			}
		}
		if !utf8.Valid(body) {
			fld := invalidUTF8Field(body)
			if fld != "" && !utf8.ValidString(fld) {
				t.Fatalf("invalid UTF-8 field name %q", fld)
			}
		}
	})
}
