#!/usr/bin/env python3
"""Score a moderation command on the batteries of testdata/batteries.

    python3 scripts/battery.py --cmd "/tmp/avis moderate" [FILE...]

A battery is a JSON-lines file of {"id", "lang", "text"} with, per kind:
threat (bool): threats caught (flagged threat and not published) and fair
texts flagged threat; abusive (bool): abusive texts held (flagged abuse or
threat and not published) and fair texts published; names / pii (lists
of strings): share of them gone from the output, and must_keep (list):
share still there. Only counts are printed, per language: the blind
batteries are scored without reading their texts (--misses lists misses
of the others).
"""
import argparse
import collections
import glob
import json
import os
import shlex
import subprocess
import sys


def run(cmd, items):
    inp = ''.join(json.dumps({'id': it['id'], 'text': it['text']}) + '\n' for it in items)
    out = subprocess.run(shlex.split(cmd) + ['--details'], input=inp, capture_output=True, text=True, check=True).stdout.splitlines()
    if len(out) != len(items):
        sys.exit('%d outputs for %d items' % (len(out), len(items)))
    return [json.loads(l) for l in out]


def score(path, cmd, misses):
    items = [json.loads(l) for l in open(path)]
    outs = run(cmd, items)
    c = collections.Counter()
    shown = []
    for it, o in zip(items, outs):
        lang = it.get('lang', '?')
        if 'threat' in it:
            flagged = any(d['kind'] == 'threat' for d in o.get('details', [])) and o['decision'] != 'publish'
            if it['threat']:
                c[lang, 'threats'] += 1
                c[lang, 'caught'] += flagged
                if not flagged:
                    shown.append('%s threat missed: %s' % (it['id'], o['decision']))
            else:
                c[lang, 'fair'] += 1
                c[lang, 'fair flagged'] += flagged
                if flagged:
                    shown.append('%s fair flagged threat: %s' % (it['id'], o['decision']))
        if 'abusive' in it:
            kinds = {d['kind'] for d in o.get('details', [])}
            if it['abusive']:
                c[lang, 'abusive'] += 1
                c[lang, 'held'] += bool(kinds & {'abuse', 'threat'}) and o['decision'] != 'publish'
                if not (kinds & {'abuse', 'threat'} and o['decision'] != 'publish'):
                    shown.append('%s abusive published: %s' % (it['id'], o['decision']))
            else:
                c[lang, 'clean'] += 1
                c[lang, 'published'] += o['decision'] == 'publish'
                if o['decision'] != 'publish':
                    shown.append('%s clean %s %s' % (it['id'], o['decision'], sorted(kinds)))
        for key, gone in (('names', True), ('pii', True), ('must_keep', False)):
            for s in it.get(key, []):
                c[lang, key] += 1
                ok = (s not in o['text']) if gone else (s in o['text'])
                c[lang, key + ' ok'] += ok
                if not ok:
                    shown.append('%s %s %r' % (it['id'], key, s))
    langs = sorted({k[0] for k in c})
    print(os.path.basename(path))
    for what in ('caught/threats', 'fair flagged/fair', 'held/abusive', 'published/clean', 'names ok/names', 'pii ok/pii', 'must_keep ok/must_keep'):
        num, den = what.split('/')
        total = sum(c[l, den] for l in langs)
        if total:
            print('  %-22s %d/%d  ' % (what.replace('/', ' of '), sum(c[l, num] for l in langs), total) +
                  ' '.join('%s %d/%d' % (l, c[l, num], c[l, den]) for l in langs if c[l, den]))
    if misses and 'blind' not in os.path.basename(path):
        for s in shown[:misses]:
            print('   ', s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cmd', required=True)
    ap.add_argument('--misses', type=int, default=0)
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    files = a.files or sorted(glob.glob(os.path.join(here, '..', 'testdata', 'batteries', '*.jsonl')))
    for f in files:
        score(f, a.cmd, a.misses)


if __name__ == '__main__':
    main()
