#!/usr/bin/python3
"""Trains the n-gram half of the hybrid category scorer (issue 13 item 4) and writes
data/lexicon/zh.ngram, the weights the library embeds (format: top of that file).

The model: for each category c,
    score_c = lexicon_weight * lexicon_c + bias_c + sum of w[g][c] over the distinct
              character n-grams g (1 to 3 characters) of the text
where lexicon_c is the lexicon's own category total for the text (each word counted once).
It is multinomial logistic regression with lexicon_weight learnt jointly, so the lexicon
stays the explainable backbone and the n-grams add what no word list holds.

The same file (format 2) also scores one trigger, fund_safety:
    score = lexicon * [the lexicon found its words] + withdrawn * [such words were taken
            back] + bias + sum of the trigger weights of the distinct n-grams
and the trigger holds when the score is positive: binary logistic regression, its own
n-grams kept (TRIGGER_FEATURES), written as the 8th weight of each n-gram line.

Deterministic: no randomness except a seeded shuffle for the learning curve; numpy only;
no network. The lexicon totals come from the CLI (`shixian classify --lexicon-scores`),
so a build is needed:   /usr/bin/python3 scripts/train_classifier.py --cli build/examples/shixian

Only split == "train" of tests/classify/corpus/train.jsonl is read. The frozen split is
never opened here.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
CATEGORIES = ['service_attitude', 'account_transaction', 'fees_rates', 'product_sales',
              'privacy', 'facilities_system', 'other']
MAX_FEATURES = 3000    # n-grams kept (by largest weight). The dev and real splits (2026-12-04, 1,908
                       # texts): 3000 0.857 / 0.733, 6000 0.867 / 0.747, but 6000 is 7% slower in
                       # bench_classify (the previous build in the same run), and issue 13's
                       # 200,000 texts/s is met only at 3000. Earlier --cv: 12000 0.971, 1200 0.922.
                       # 2026-12-07 (7,254 texts; the 1,071 real complaints held out a third at a
                       # time, trained on the rest): 3000 0.790, 6000 0.797 (7 texts of 1,071, within
                       # what a refit moves): not worth 7% of bench_classify. The errors left are
                       # mostly service_attitude vs other (37 of 225: a refused toilet or a VIP
                       # queue-jump is labelled either way) and fees_rates vs account_transaction.
MIN_DF = 2             # an n-gram seen in one text only is that text, not a rule
L2 = 0.001  # chosen by --cv on the training split (0.02: 0.85, 0.005: 0.97, 0.001: 0.97) and confirmed
            # by --cv-source (2026-12-04, mean held-out source accuracy: 0.001 0.791, 0.005 0.782,
            # 0.02 0.788, 0.05 0.773; composed narratives held out: 0.53-0.56, the weak spot);
            # leaving one *writer* out (11 writers and sources, 3,568 texts, refit, 2026-12-04):
            # 0.001 0.848, 0.003 0.848 (real complaints held out 0.774 and 0.766)
# Weighting the real complaints more was tried (2026-12-04, fifth session, 3-fold over the
# 493 real training texts): x1 79.1%, x3 80.1%, x5 79.5%; dev 93.3% -> 93.0% at x3. Not kept.
STEPS = 800  # 400 was not enough once the corpus passed 4,200 texts: with set C added (2026-12-04) the fit
             # stopped at lexicon_weight 0.58 and dev 90.0%; at 800 it reaches 0.77 and 93.7% (93.7% at
             # 800 without set C too): the optimum, not a wobble, is what the figures should measure
LEARNING_RATE = 0.1
TRIGGER = 'fund_safety'
TRIGGER_FEATURES = 1000  # --cv-trigger (2026-12-04, leave one source out, 4,221 texts, without the composed
TRIGGER_STEPS = 300      # narratives): lexicon alone P 0.899 R 0.882, hybrid P 0.929 R 0.897 (1000 n-grams,
                         # 300 steps; 3000: P 0.93 R 0.89; 150 steps: recall lower). Unseen sets D and E
                         # (real complaints, before they joined the corpus, both labellers agreeing):
                         # F1 0.787 -> 0.913 and 0.667 -> 0.741; dev 0.950 -> 0.988.
# repeat and group as hybrids too, built as fund_safety's is (the rules' finding, words taken
# back, bias and 1000 n-grams, 300 steps, L2 0.001), were tried and not kept (2026-12-08,
# 7,376 training texts, lexicon zh-2026.31). The 1,193 real complaints of train_real held out
# a third at a time (every third by position; trained on the rest of train), lexicon alone
# -> hybrid: repeat P 0.808 R 0.643 F1 0.716 -> P 0.797 R 0.650 F1 0.716; group P 0.732
# R 0.723 F1 0.727 -> P 0.803 R 0.687 F1 0.740 (two seeded thirds: 0.750, 0.732). Leaving
# one source or writer out (without the composed narratives): repeat F1 0.908 -> 0.873
# (recall 0.883 -> 0.802), group 0.923 -> 0.941. No setting did better on the real thirds:
# 3000 n-grams at L2 0.01 copy the lexicon (repeat 0.716, group 0.727), the real texts
# weighted x3 give 0.720 and 0.745, and the best threshold read off the held-out scores
# themselves 0.716 and 0.752; the rules' head count beside the words, group 0.733. repeat's
# misses are phrasings no n-gram of the other texts carries; group gains at most 1-2 of 83
# texts, within what a refit moves. (The lexicon was checked on these texts, so both
# columns flatter it alike.)


def is_break(ch):
    """Characters an n-gram does not cross: blanks and punctuation (same set as
    src/classify/ngram.cpp's is_break)."""
    cp = ord(ch)
    if cp < 0x80:
        return not ch.isalnum()
    return (0x2000 <= cp <= 0x206F or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFF0F
            or 0xFF1A <= cp <= 0xFF20 or 0xFF3B <= cp <= 0xFF40 or 0xFF5B <= cp <= 0xFF65)


def fold(ch):
    cp = ord(ch)
    if '0' <= ch <= '9' or 0xFF10 <= cp <= 0xFF19:
        return '0'  # every digit is one symbol: amounts and dates vary, their place does not
    if 'A' <= ch <= 'Z':
        return ch.lower()
    return ch


def _simplify_table():
    """The classifier's traditional -> simplified map (and 帐 -> 账), read from its one
    definition, src/classify/simplify.cpp: the library scores n-grams of the simplified
    text, so the model must learn them from it too (it had learnt 帳戶 where the library
    reads 账户)."""
    import re
    with open(os.path.join(ROOT, 'src/classify/simplify.cpp'), encoding='utf-8') as f:
        pairs = re.findall(r'\{0x([0-9A-Fa-f]+), 0x([0-9A-Fa-f]+)\}', f.read())
    if len(pairs) < 100:
        sys.exit('train_classifier: could not read the pairs of src/classify/simplify.cpp')
    return {int(a, 16): int(b, 16) for a, b in pairs}


SIMPLIFY = _simplify_table()


def ngrams(text):
    """The distinct n-grams (1-3 characters) of a text, as strings, over the text as the
    library reads it (simplified)."""
    out = set()
    run = []
    for ch in text.translate(SIMPLIFY) + ' ':
        if is_break(ch):
            run = []
            continue
        run.append(fold(ch))
        if len(run) > 3:
            run.pop(0)
        for n in range(1, len(run) + 1):
            out.add(''.join(run[-n:]))
    return out


def load(path, split):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r['split'] == split:
                    rows.append(r)
    return rows


def lexicon_scores(cli, texts):
    """The lexicon's category totals for each text, and its finding on TRIGGER, from the CLI."""
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({'id': str(i), 'text': t}, ensure_ascii=False) + '\n')
        name = f.name
    try:
        out = subprocess.run([cli, 'classify', '--lexicon-scores', name], check=True,
                             capture_output=True, text=True, encoding='utf-8').stdout
    finally:
        os.unlink(name)
    L = np.zeros((len(texts), len(CATEGORIES)), dtype=np.float64)
    T = np.zeros((len(texts), 3), dtype=np.float64)  # the trigger's: words found, taken back,
    # and every word taken back by a statement of the whole outcome (钱也没扣), where the
    # classifier does not consult the model (src/classify/classify.cpp, `stated`)
    for line in out.splitlines():
        r = json.loads(line)
        i = int(r['id'])
        for k, c in enumerate(CATEGORIES):
            L[i, k] = r['lexicon_scores'].get(c, 0)
        T[i, 0] = TRIGGER in r['text_triggers']
        T[i, 1] = TRIGGER in r['withdrawn_triggers']
        T[i, 2] = TRIGGER in r.get('stated_triggers', [])  # absent from a CLI before zh-2026.20's
    return L, T


def predict(weights, bias, lw, rows, L):
    out = []
    for r, l in zip(rows, L):
        s = bias + lw * l
        for g in ngrams(r['text']):
            if g in weights:
                s = s + weights[g]
        out.append(CATEGORIES[int(np.argmax(s))])
    return out


def cross_validate(rows, L, folds=5):
    """Category accuracy of 5-fold cross-validation on the training split: how settings
    (L2, the number of n-grams kept) are chosen without looking at the frozen split."""
    order = np.random.RandomState(13).permutation(len(rows))
    for max_features in (MAX_FEATURES, 2500, 1200):
        right = 0
        for f in range(folds):
            test = set(order[f::folds].tolist())
            tr = [i for i in range(len(rows)) if i not in test]
            te = sorted(test)
            w, b, a = train([rows[i] for i in tr], L[tr], max_features)
            pred = predict(w, b, a, [rows[i] for i in te], L[te])
            right += sum(p == rows[i]['category'] for p, i in zip(pred, te))
        print(f'L2 {L2}, {max_features} n-grams kept: cross-validated category accuracy {right / len(rows):.3f}')


def source_group(row):
    """Which hand wrote a training text: the composed narratives, the relabelled complaints
    of tests/classify/complaints.jsonl, real complaints from public pages, or each writer
    of issue 13 (told apart by `labelled_by`): leaving one out is the nearest thing to
    text by a writer the model never saw."""
    src = row.get('source', '')
    if src.startswith('composed'):
        return 'composed'
    if src.startswith('tests/classify/complaints.jsonl'):
        return 'relabelled'
    if src.startswith('http'):
        return 'real'
    return row.get('labelled_by', 'written').split(' (')[0]


def cross_validate_by_source(rows, L):
    """Category accuracy on each source group with the model trained on the others: a
    proxy for text written by other hands (5-fold CV mixes a writer's texts between
    train and test, and rewards memorising them). Settings are chosen by the mean."""
    groups = sorted({source_group(r) for r in rows})
    global L2
    kept = L2
    for l2 in (0.001, 0.005, 0.02, 0.05):
        for max_features in (MAX_FEATURES, 1200):
            L2 = l2
            accs = []
            for g in groups:
                tr = [i for i, r in enumerate(rows) if source_group(r) != g]
                te = [i for i, r in enumerate(rows) if source_group(r) == g]
                w, b, a = train([rows[i] for i in tr], L[tr], max_features)
                pred = predict(w, b, a, [rows[i] for i in te], L[te])
                accs.append(sum(p == rows[i]['category'] for p, i in zip(pred, te)) / len(te))
            print(f'L2 {l2}, {max_features} n-grams: held-out source accuracy ' +
                  ', '.join(f'{g} {x:.3f}' for g, x in zip(groups, accs)) + f'; mean {sum(accs) / len(accs):.3f}',
                  flush=True)
    L2 = kept


def sparse_pairs(grams, min_df, only=None):
    """The vocabulary (n-grams in at least min_df texts, within `only` if given) and the
    binary text x n-gram matrix as (doc, feat) index pairs."""
    df = {}
    for g in grams:
        for x in g:
            df[x] = df.get(x, 0) + 1
    vocab = sorted(x for x, n in df.items() if n >= min_df and (only is None or x in only))
    index = {x: i for i, x in enumerate(vocab)}
    doc, feat = [], []
    for d, g in enumerate(grams):
        for x in g:
            if x in index:
                doc.append(d)
                feat.append(index[x])
    return vocab, np.array(doc, dtype=np.int64), np.array(feat, dtype=np.int64)


def adam(params, gradients, steps, decay):
    """Full-batch Adam: deterministic and insensitive to the scale of the lexicon's
    features. `gradients()` returns the gradient of each parameter, updated in place.
    `decay`: the step shrinks to 0 along a half cosine (else it stays LEARNING_RATE)."""
    m = [np.zeros_like(p) for p in params]
    s = [np.zeros_like(p) for p in params]
    for step in range(1, steps + 1):
        rate = LEARNING_RATE * (0.5 * (1 + np.cos(np.pi * (step - 1) / steps)) if decay else 1)
        for i, (p, g) in enumerate(zip(params, gradients())):
            m[i] = 0.9 * m[i] + 0.1 * g
            s[i] = 0.999 * s[i] + 0.001 * g * g
            p -= rate * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(s[i] / (1 - 0.999 ** step)) + 1e-8)


def train(rows, L, max_features=MAX_FEATURES, only=None):
    """Fits softmax regression; returns (ngram -> weights, bias, lexicon_weight). The fit
    over every n-gram picks the `max_features` strongest; a second fit over those alone
    (`only`) gives the weights shipped, so the n-grams dropped leave no hole the kept
    ones were not trained to cover (dev split, 2026-12-04: 85.7% pruned, 86.7% refit)."""
    vocab, doc, feat = sparse_pairs([ngrams(r['text']) for r in rows], MIN_DF, only)
    n, k, v = len(rows), len(CATEGORIES), len(vocab)
    y = np.array([CATEGORIES.index(r['category']) for r in rows])
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1
    W = np.zeros((v, k))
    b = np.zeros(k)
    a = np.zeros(1)

    def gradients():
        # X·W and Xᵀ·G for a binary sparse X given as (doc, feat) pairs, by bincount.
        Z = np.stack([np.bincount(doc, weights=W[feat, c], minlength=n) for c in range(k)], axis=1)
        Z += b + a[0] * L
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = np.stack([np.bincount(feat, weights=G[doc, c], minlength=v) for c in range(k)], axis=1)
        return [gW + L2 * W, G.sum(axis=0), np.array([(G * L).sum()])]

    # Decaying: at a constant step the last of 800 iterates was wherever an oscillation
    # left it (2026-12-04, fifth session: the same 4,508 texts in two orders gave models
    # 5 points apart on the frozen figure, 84.1% and 89.5%); decaying, both orders give
    # the same model (dev 93.3% both).
    adam([W, b, a], gradients, STEPS, decay=True)
    # Softmax does not change when a constant is added to one n-gram's weights; centring
    # them makes a weight read as "evidence for c against the others" in explanations.
    W -= W.mean(axis=1, keepdims=True)
    b -= b.mean()
    keep = np.argsort(-np.abs(W).max(axis=1), kind='stable')[:max_features]
    keep = np.sort(keep)
    weights = {vocab[i]: W[i] for i in keep if np.abs(W[i]).max() >= 0.005}
    if only is None and len(weights) < len(vocab):
        return train(rows, L, max_features, set(weights))
    return weights, b, float(a[0])


def train_trigger(rows, T, max_features=TRIGGER_FEATURES, only=None):
    """Fits TRIGGER's binary logistic regression; returns (ngram -> weight, bias,
    (lexicon, withdrawn)). Pruned and refitted as train() does. The texts whose own
    statement settled the trigger (T's third column) are left out: the classifier never
    consults the model on them, so they would only teach it what it is not asked."""
    if T.shape[1] == 3:
        asked = T[:, 2] == 0
        rows, T = [r for r, a in zip(rows, asked) if a], T[asked, :2]
    vocab, doc, feat = sparse_pairs([ngrams(r['text']) for r in rows], MIN_DF, only)
    n, v = len(rows), len(vocab)
    y = np.array([TRIGGER in r['triggers'] for r in rows], dtype=np.float64)
    W = np.zeros(v)
    b = np.zeros(1)
    a = np.zeros(T.shape[1])

    def gradients():
        z = np.bincount(doc, weights=W[feat], minlength=n) + b[0] + T @ a
        G = (1 / (1 + np.exp(-z)) - y) / n
        return [np.bincount(feat, weights=G[doc], minlength=v) + L2 * W, np.array([G.sum()]), T.T @ G]

    # A constant step, as in the cross-validation that chose TRIGGER_FEATURES and
    # TRIGGER_STEPS (the binary fit settles in 300 steps).
    adam([W, b, a], gradients, TRIGGER_STEPS, decay=False)
    keep = np.sort(np.argsort(-np.abs(W), kind='stable')[:max_features])
    weights = {vocab[i]: float(W[i]) for i in keep if abs(W[i]) >= 0.005}
    if only is None and len(weights) < len(vocab):
        return train_trigger(rows, T, max_features, set(weights))
    return weights, float(b[0]), (float(a[0]), float(a[1]))


def trigger_holds(model, rows, T):
    """As the classifier decides: the model's score, except where the text's own statement
    settled the trigger (then it does not hold: every word of it was taken back)."""
    weights, bias, (lw, ww) = model
    return np.array([not t[2] and bias + lw * t[0] + ww * t[1] + sum(weights.get(g, 0) for g in ngrams(r['text'])) > 0
                     for r, t in zip(rows, T)])


def cross_validate_trigger(rows, T):
    """TRIGGER's precision and recall on each source group with the model trained on the
    others, beside the lexicon's own finding (which was tuned on every group, so its
    figures flatter it): how TRIGGER_FEATURES and TRIGGER_STEPS are chosen."""
    y = np.array([TRIGGER in r['triggers'] for r in rows])
    groups = [source_group(r) for r in rows]
    held = np.zeros(len(rows), dtype=bool)
    for g in sorted(set(groups)):
        tr = [i for i, x in enumerate(groups) if x != g]
        te = [i for i, x in enumerate(groups) if x == g]
        held[te] = trigger_holds(train_trigger([rows[i] for i in tr], T[tr]), [rows[i] for i in te], T[te])

    def pr(pred, mask):
        tp = (pred & y & mask).sum()
        return tp / max(1, (pred & mask).sum()), tp / max(1, (y & mask).sum())

    for name, mask in (('all', np.ones(len(rows), dtype=bool)),
                       ('without the composed narratives', np.array([g != 'composed' for g in groups]))):
        lp, lr = pr(T[:, 0] > 0, mask)
        hp, hr = pr(held, mask)
        print(f'{TRIGGER}, {name}: lexicon P {lp:.3f} R {lr:.3f}; hybrid, source held out, P {hp:.3f} R {hr:.3f}')


def write_model(path, weights, bias, lexicon_weight, trigger, n_train):
    t_weights, t_bias, (t_lexicon, t_withdrawn) = trigger
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# shixian n-gram model (format 2): the learnt half of the hybrid category\n'
                '# scorer and of the fund_safety trigger (include/shixian/classify/ngram.hpp).\n'
                '# Generated by scripts/train_classifier.py from tests/classify/corpus/train.jsonl;\n'
                '# do not edit by hand, retrain. A bank may replace it: `shixian classify --model FILE`.\n'
                '#\n'
                '# For each category c the score is\n'
                '#   lexicon_weight * (the lexicon\'s total for c, each word once)\n'
                '#   + bias_c + the weights for c of every distinct n-gram of the text\n'
                '# and the highest score wins. The trigger named by @trigger holds when\n'
                '#   lexicon * (1 if the lexicon found its words) + withdrawn * (1 if such words\n'
                '#   were negated or settled) + bias + the trigger weights of the distinct n-grams\n'
                '# is positive. An n-gram is 1 to 3 characters of the simplified text, not across\n'
                '# blanks or punctuation; ASCII letters lower case; every digit 0.\n'
                '#\n'
                '# Directives: @format 2 (1: categories only, no @trigger, seven weights a line);\n'
                '# @version TEXT; @categories NAME… (the seven, in this order); @lexicon_weight X;\n'
                '# @bias X… (one per category); @trigger NAME lexicon=X withdrawn=Y bias=Z (before\n'
                '# the n-grams). Then one n-gram per line:\n'
                '#   NGRAM W1 … W7 WT   (weights in @categories order, then the trigger\'s; each in\n'
                '#                      -100..100)\n')
        f.write('@format 2\n')
        f.write(f'@version zh-ngram-2026.29 ({n_train} training texts)\n')
        f.write('@categories ' + ' '.join(CATEGORIES) + '\n')
        f.write(f'@lexicon_weight {lexicon_weight:.4f}\n')
        f.write('@bias ' + ' '.join(f'{x:.4f}' for x in bias) + '\n')
        f.write(f'@trigger {TRIGGER} lexicon={t_lexicon:.4f} withdrawn={t_withdrawn:.4f} bias={t_bias:.4f}\n')
        zero = np.zeros(len(CATEGORIES))
        for g in sorted(set(weights) | set(t_weights)):
            f.write(g + ' ' + ' '.join(f'{x:.3f}' for x in weights.get(g, zero)) + f' {t_weights.get(g, 0.0):.3f}\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'tests/classify/corpus/train.jsonl'))
    ap.add_argument('--cli', default=os.path.join(ROOT, 'build/examples/shixian'),
                    help='the shixian CLI, for the lexicon totals')
    ap.add_argument('--out', default=os.path.join(ROOT, 'data/lexicon/zh.ngram'))
    ap.add_argument('--limit', type=int, default=0,
                    help='train on the first N rows of a seeded shuffle (learning curve)')
    ap.add_argument('--cv', action='store_true', help='5-fold cross-validation on the training split')
    ap.add_argument('--cv-source', action='store_true',
                    help='leave one source group out (composed, relabelled, written): settings for other hands')
    ap.add_argument('--cv-trigger', action='store_true',
                    help=f'{TRIGGER}: precision and recall with each source group held out, beside the lexicon')
    args = ap.parse_args()
    rows = load(args.corpus, 'train')
    if args.limit:
        order = np.random.RandomState(13).permutation(len(rows))
        rows = [rows[i] for i in order[:args.limit]]
    if not os.access(args.cli, os.X_OK):
        sys.exit(f'train_classifier: no CLI at {args.cli} (build the shixian_cli target, or --cli PATH)')
    L, T = lexicon_scores(args.cli, [r['text'] for r in rows])
    if args.cv:
        cross_validate(rows, L)
        return
    if args.cv_source:
        cross_validate_by_source(rows, L)
        return
    if args.cv_trigger:
        cross_validate_trigger(rows, T)
        return
    weights, bias, lw = train(rows, L)
    trigger = train_trigger(rows, T)
    write_model(args.out, weights, bias, lw, trigger, len(rows))
    print(f'{args.out}: {len(set(weights) | set(trigger[0]))} n-grams, lexicon_weight {lw:.3f}, '
          f'{TRIGGER} lexicon={trigger[2][0]:.3f} withdrawn={trigger[2][1]:.3f} bias={trigger[1]:.3f}, '
          f'{len(rows)} training texts')


if __name__ == '__main__':
    main()
