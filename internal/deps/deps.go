package deps

import (
	_ "github.com/abadojack/whatlanggo"
	_ "github.com/chromedp/chromedp"
	_ "github.com/gin-gonic/gin"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/microcosm-cc/bluemonday"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/ulule/limiter/v3"
	_ "github.com/ulule/limiter/v3/drivers/store/memory"
	_ "github.com/ulule/limiter/v3/drivers/store/redis"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/text/runes"
	_ "golang.org/x/text/unicode/norm"
	_ "modernc.org/sqlite"
)
