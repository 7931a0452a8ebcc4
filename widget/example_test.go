package widget_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/avisproject/avis/widget"
)

func ExampleHandler() {
	mux := http.NewServeMux()
	mux.Handle("/widget/", widget.Handler(nil))

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/widget/v1/widget.js", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Cache-Control"))
	// Output: 200 text/javascript; charset=utf-8 public, max-age=300
}
