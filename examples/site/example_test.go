package site_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/avisproject/avis/examples/site"
	"github.com/avisproject/avis/widget"
)

// The demo site and the widget share one origin, as in `avis serve`.
func ExampleHandler() {
	mux := http.NewServeMux()
	mux.Handle("/widget/", widget.Handler(nil))
	mux.Handle("/", site.Handler(&site.Options{Service: "demo"}))

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"))
	// Output: 200 text/html; charset=utf-8
}
