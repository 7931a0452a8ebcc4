package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageNames are the pages built on templates/layout.html.
var pageNames = []string{"login", "queue", "item", "answers", "users", "error"}

// parsePages parses each page with the layout into its own template set.
func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"date": func(t time.Time) string { return t.UTC().Format("02/01/2006 15:04 UTC") },
		"iso":  func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"age":  age,
		"has":  func(list []string, s string) bool { return containsString(list, s) },
	}
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("server: parse page %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// assets are the pages' CSS and JavaScript, served with a content hash in
// their URL so that they can be cached for a year.
type assets struct {
	files map[string]asset
}

type asset struct {
	body  []byte
	ctype string
	hash  string
}

func loadAssets() (*assets, error) {
	a := &assets{files: map[string]asset{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a.files[path.Base(p)] = asset{body: b, ctype: mime.TypeByExtension(path.Ext(p)), hash: hex.EncodeToString(sum[:8])}
		return nil
	})
	return a, err
}

// url returns the cache-busting address of an asset.
func (a *assets) url(name string) string {
	return "/moderation/static/" + name + "?v=" + a.files[name].hash
}

func (st *staff) serveAsset(c *gin.Context) {
	f, ok := st.assets.files[c.Param("file")]
	if !ok {
		c.Status(http.StatusNotFound)
		return
	}
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	c.Data(http.StatusOK, f.ctype, f.body)
}

const nonceKey = "avis.nonce"

// pageHeaders sets the security headers of every staff page: a CSP that
// runs only scripts carrying this response's nonce, no framing, no
// sniffing, no referrer leaving the site, and HSTS on https.
func (st *staff) pageHeaders(c *gin.Context) {
	nonce := feedback.NewSecret(18) // 144 random bits, base64url: valid CSP nonce characters
	c.Set(nonceKey, nonce)
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", strings.Join([]string{
		"default-src 'none'",
		"script-src 'nonce-" + nonce + "'",
		"style-src 'self'",
		"img-src 'self'",
		"connect-src 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		"base-uri 'none'",
	}, "; "))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	if c.Request.TLS != nil || strings.HasPrefix(st.baseURL, "https://") {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
}

// page is what every page template gets.
type page struct {
	Lang   string
	T      map[string]string
	Nonce  string
	CSS    string
	JS     string
	Title  string
	User   *feedback.User
	Notice string // a status message after an action
	Error  string // an error message on a form
	Data   any    // the page's own data
}

// render writes a page with a status.
func (st *staff) render(c *gin.Context, status int, name, titleKey string, data any, edit func(*page)) {
	lang := pageLang(c)
	p := &page{Lang: lang, T: messages[lang], Nonce: c.GetString(nonceKey), CSS: st.assets.url("staff.css"),
		JS: st.assets.url("staff.js"), Data: data}
	p.Title = p.T[titleKey]
	if v, ok := c.Get(principalKey); ok {
		p.User = v.(*principal).user
	}
	if edit != nil {
		edit(p)
	}
	var buf bytes.Buffer
	if err := st.pages[name].Execute(&buf, p); err != nil {
		st.logger.LogAttrs(c.Request.Context(), slog.LevelError, "render page", slog.String("page", name), slog.Any("err", err))
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error"))
		c.Abort()
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// pageError renders an error as a page with the status its code maps to.
// Internal errors are logged and shown generically.
func (st *staff) pageError(c *gin.Context, err error) {
	status, ok := statusOf[feedback.ErrorCode(err)]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status == http.StatusInternalServerError {
		st.logger.LogAttrs(c.Request.Context(), slog.LevelError, "internal error", slog.String("route", c.FullPath()), slog.Any("err", err))
	}
	st.render(c, status, "error", "error_title", nil, func(p *page) { p.Error = feedback.ErrorMessage(err) })
	c.Abort()
}
