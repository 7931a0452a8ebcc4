// Package widget embeds avis's feedback widget (one hand-written JavaScript
// file, no framework, no build step) and serves it with the headers a
// third-party script needs: an immutable versioned URL and a short-cached
// major-version alias, a content-hash ETag, gzip, open CORS and
// Cross-Origin-Resource-Policy, and the Subresource Integrity hash of each
// version.
package widget

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

// Version is the version of the embedded widget. Its versioned URL
// (/widget/v<Version>/widget.js) is immutable; bump it whenever widget.js
// changes.
const Version = "1.1.0"

// Major is the alias path segment that follows the latest Version.
const Major = "v1"

//go:embed widget.js
var source []byte

// Source returns the widget's JavaScript exactly as it is served.
func Source() []byte { return bytes.Clone(source) }

// SRI returns the Subresource Integrity value ("sha384-…") of the widget
// served at the versioned URL, for a script tag's integrity attribute.
func SRI() string {
	sum := sha512.Sum384(source)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Options configures Handler. A nil *Options means defaults.
type Options struct {
	// Prefix is the path the handler is mounted at; default "/widget/".
	Prefix string
	// Logger receives errors writing responses; default slog.Default().
	Logger *slog.Logger
}

// asset is one file prepared once at start: its bytes, its gzip form and
// its content-hash ETag.
type asset struct {
	body        []byte
	gz          []byte
	etag        string
	contentType string
}

func newAsset(body []byte, contentType string) (*asset, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(body); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	return &asset{
		body:        body,
		gz:          buf.Bytes(),
		etag:        `"` + hex.EncodeToString(sum[:16]) + `"`,
		contentType: contentType,
	}, nil
}

// route is what the handler answers for one path.
type route struct {
	asset        *asset
	cacheControl string
}

// Cache lifetimes: the versioned file never changes, the alias moves with
// each release, so browsers check it again after a few minutes.
const (
	immutableCache = "public, max-age=31536000, immutable"
	aliasCache     = "public, max-age=300"
)

type handler struct {
	routes map[string]route
	logger *slog.Logger
}

// SRIDocument is the JSON served at /widget/v1/sri.json: for each version,
// its immutable path and integrity value.
type SRIDocument struct {
	Latest   string                `json:"latest"`
	Versions map[string]SRIVersion `json:"versions"`
}

// SRIVersion is one published version of the widget.
type SRIVersion struct {
	Path      string `json:"path"`
	Integrity string `json:"integrity"`
}

// Handler returns an http.Handler serving the widget under opts.Prefix:
//
//	<prefix>v<Version>/widget.js   immutable, for use with SRI
//	<prefix>v1/widget.js           alias of the latest 1.x, short cache
//	<prefix>v1/sri.json            SRIDocument
//
// Any other path is 404; methods other than GET and HEAD are 405.
func Handler(opts *Options) http.Handler {
	prefix, logger := "/widget/", slog.Default()
	if opts != nil {
		if opts.Prefix != "" {
			prefix = opts.Prefix
		}
		if opts.Logger != nil {
			logger = opts.Logger
		}
	}
	if !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	js, err := newAsset(source, "text/javascript; charset=utf-8")
	if err != nil {
		// gzip into memory cannot fail; a failure here is a broken build.
		panic("widget: compress widget.js: " + err.Error())
	}
	versioned := prefix + "v" + Version + "/widget.js"
	doc, err := json.MarshalIndent(SRIDocument{
		Latest:   Version,
		Versions: map[string]SRIVersion{Version: {Path: versioned, Integrity: SRI()}},
	}, "", "  ")
	if err != nil {
		panic("widget: encode sri.json: " + err.Error())
	}
	sri, err := newAsset(append(doc, '\n'), "application/json; charset=utf-8")
	if err != nil {
		panic("widget: compress sri.json: " + err.Error())
	}
	return &handler{
		logger: logger,
		routes: map[string]route{
			versioned:                     {js, immutableCache},
			prefix + Major + "/widget.js": {js, aliasCache},
			prefix + Major + "/sri.json":  {sri, aliasCache},
		},
	}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rt, ok := h.routes[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", rt.asset.contentType)
	hd.Set("Cache-Control", rt.cacheControl)
	hd.Set("ETag", rt.asset.etag)
	hd.Set("Vary", "Accept-Encoding")
	hd.Set("Access-Control-Allow-Origin", "*")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Cross-Origin-Resource-Policy", "cross-origin")
	if etagMatch(r.Header.Get("If-None-Match"), rt.asset.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := rt.asset.body
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		body = rt.asset.gz
		hd.Set("Content-Encoding", "gzip")
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	if _, err := w.Write(body); err != nil {
		h.logger.Debug("widget: write response", "path", r.URL.Path, "err", err)
	}
}

// etagMatch reports whether an If-None-Match header value lists etag (or
// "*"). Weak validators match too, as RFC 9110 asks for GET.
func etagMatch(header, etag string) bool {
	for _, v := range strings.Split(header, ",") {
		v = strings.TrimPrefix(strings.TrimSpace(v), "W/")
		if v == "*" || v == etag {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether an Accept-Encoding header value allows gzip
// (a q=0 parameter refuses it).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") && strings.TrimSpace(name) != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
