// Package site is a realistic static page of a public service (a
// prefecture's procedure page) that embeds the avis widget with one script
// tag. `avis serve` mounts it at / in demo mode, and the widget's browser
// tests use it as a host page. The page has no inline script or style and is
// served under a strict Content-Security-Policy, to show that the widget
// needs neither.
package site

import (
	"bytes"
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
)

//go:embed page.html
var pageHTML string

//go:embed static
var static embed.FS

// Options configures Handler. A nil *Options means defaults.
type Options struct {
	// Service is the avis service slug the page collects feedback for;
	// default "demo".
	Service string
	// Procedure is the procedure slug; default "carte-grise".
	Procedure string
	// WidgetSrc is the widget's URL; default "/widget/v1/widget.js" (same
	// origin). An absolute URL adds its origin to the page's CSP.
	WidgetSrc string
	// Logger receives errors writing responses; default slog.Default().
	Logger *slog.Logger
}

// page is what the template needs for one language.
type page struct {
	Lang      string
	Service   string
	Procedure string
	WidgetSrc string
	T         map[string]string
}

type handler struct {
	pages  map[string][]byte // by path: "/" and "/en/"
	files  http.Handler
	csp    string
	logger *slog.Logger
}

// Handler returns the demo site: the procedure page in French at / and in
// English at /en/, and its stylesheet and images under /static/. Other paths
// are 404.
func Handler(opts *Options) http.Handler {
	p := page{Service: "demo", Procedure: "carte-grise", WidgetSrc: "/widget/v1/widget.js"}
	logger := slog.Default()
	if opts != nil {
		if opts.Service != "" {
			p.Service = opts.Service
		}
		if opts.Procedure != "" {
			p.Procedure = opts.Procedure
		}
		if opts.WidgetSrc != "" {
			p.WidgetSrc = opts.WidgetSrc
		}
		if opts.Logger != nil {
			logger = opts.Logger
		}
	}
	tmpl := template.Must(template.New("page").Parse(pageHTML))
	h := &handler{
		pages:  map[string][]byte{},
		files:  http.FileServerFS(static),
		csp:    contentSecurityPolicy(p.WidgetSrc),
		logger: logger,
	}
	for path, lang := range map[string]string{"/": "fr", "/en/": "en"} {
		p.Lang, p.T = lang, texts[lang]
		var buf bytes.Buffer
		if err := tmpl.Execute(&buf, p); err != nil {
			// The template and its data are compiled in: a failure is a bug.
			panic("site: render " + path + ": " + err.Error())
		}
		h.pages[path] = buf.Bytes()
	}
	return h
}

// contentSecurityPolicy is the strict policy the page is served under: only
// the page's own origin (plus the widget's, when elsewhere) may run scripts,
// be fetched, or style the page, and Trusted Types are required.
func contentSecurityPolicy(widgetSrc string) string {
	self := "'self'"
	if u, err := url.Parse(widgetSrc); err == nil && u.Scheme != "" && u.Host != "" {
		self += " " + u.Scheme + "://" + u.Host
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src " + self,
		"connect-src " + self,
		"style-src 'self'",
		"img-src 'self'",
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		"require-trusted-types-for 'script'",
		"trusted-types 'none'",
	}, "; ")
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if strings.HasPrefix(r.URL.Path, "/static/") {
		w.Header().Set("Cache-Control", "public, max-age=300")
		h.files.ServeHTTP(w, r)
		return
	}
	body, ok := h.pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", h.csp)
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	if _, err := w.Write(body); err != nil {
		h.logger.Debug("site: write page", "path", r.URL.Path, "err", err)
	}
}
