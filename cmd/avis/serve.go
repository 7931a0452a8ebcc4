package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/avisproject/avis/examples/site"
	"github.com/avisproject/avis/server"
	"github.com/avisproject/avis/widget"
)

// shutdownTimeout bounds how long in-flight requests may finish after
// SIGINT or SIGTERM.
const shutdownTimeout = 15 * time.Second

// runServe runs the HTTP server until ctx is cancelled, then shuts it down
// gracefully.
func runServe(ctx context.Context, args []string, env func(string) string, stderr io.Writer) error {
	cfg, err := parseServe(args, env, stderr)
	if err != nil {
		return err
	}
	logger := newLogger(stderr, cfg.LogFormat, cfg.LogLevel)
	st, err := openStore(ctx, cfg.Database, logger)
	if err != nil {
		return err
	}
	defer st.Close()
	demo, err := seedDemo(ctx, st, logger)
	if err != nil {
		return fmt.Errorf("seed the demo service: %w", err)
	}
	key, err := loadSecret(cfg.Secret, cfg.Database, logger)
	if err != nil {
		return err
	}
	engine, err := newEngine(cfg.Agents, cfg.Lexicon, modelFlags{off: cfg.NoModels})
	if err != nil {
		return err
	}
	limiter, closeRedis, err := newRateLimiter(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer closeRedis()
	opts := &server.Options{
		RateLimiter:    limiter,
		Store:          st,
		Moderator:      engine,
		Logger:         logger,
		TrustedProxies: cfg.TrustedProxies,
		ClientHashKey:  key,
		BaseURL:        cfg.BaseURL,
		Widget:         widget.Handler(&widget.Options{Logger: logger}),
	}
	if demo {
		opts.Root = site.Handler(&site.Options{Service: demoSlug, Logger: logger})
	}
	if opts.Staff, err = staffOptions(st, cfg.BaseURL, env, logger); err != nil {
		return err
	}
	srv, err := server.New(opts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	return serveUntilDone(ctx, ln, srv, logger)
}

// serveUntilDone serves on ln until ctx is cancelled, then lets in-flight
// requests finish within shutdownTimeout.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	logger.Info("listening", slog.String("addr", ln.Addr().String()))
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}
