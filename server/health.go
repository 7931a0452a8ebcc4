package server

import (
	"context"
	_ "embed"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// readyTimeout bounds the store check of /readyz, so that a load balancer's
// probe never hangs on a stuck database.
const readyTimeout = 2 * time.Second

// healthz answers as long as the process serves HTTP.
func (s *Server) healthz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// readyz answers 200 when the store can serve requests, 503 otherwise.
func (s *Server) readyz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.logger.LogAttrs(ctx, slog.LevelWarn, "not ready", slog.Any("err", err))
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "checks": gin.H{"store": "unavailable"}})
		return
	}
	checks := gin.H{"store": "ok"}
	s.addRedisCheck(ctx, checks)
	c.JSON(http.StatusOK, gin.H{"status": "ok", "checks": checks})
}

//go:embed openapi.json
var openAPI []byte

// serveOpenAPI serves the OpenAPI 3.1 description of the public API.
func serveOpenAPI(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, "application/json", openAPI)
}
