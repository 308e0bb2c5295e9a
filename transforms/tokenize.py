"""Tokenize structured documents with a Hugging Face ``tokenizers`` tokenizer.

Tokens keep their character offsets into the normalized text, so structure
(sentences, paragraphs, sections) maps onto token positions with one
``np.searchsorted``. Special tokens are not added: EOS and separators are placed
by the chunker, where they mean something.

Cost: the Rust tokenizer dominates; documents are encoded in batches with
``encode_batch`` so the tokenizer's own thread pool works across documents.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from tokenizers import Tokenizer

from schemas import StructuredDocument, TokenizedDocument
from transforms.beam_utils import RejectDocument


def load_tokenizer(path: str) -> Tokenizer:
    """Load ``tokenizer.json`` from a local path or any Beam filesystem (gs://...)."""
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems

        with FileSystems.open(path) as handle:
            return Tokenizer.from_str(handle.read().decode("utf-8"))
    import os

    if not os.path.isfile(path):
        raise FileNotFoundError(
            f"tokenizer {path!r} not found: pass --tokenizer path/to/tokenizer.json "
            "(any Hugging Face fast tokenizer saves one with save_pretrained)"
        )
    try:
        return Tokenizer.from_file(path)
    except Exception as error:
        raise ValueError(f"{path!r} is not a tokenizers tokenizer.json: {error}") from None


def eos_token_id(tokenizer: Tokenizer) -> int:
    """The id used to separate packed documents: the tokenizer's end-of-text token."""
    for name in ("<|endoftext|>", "</s>", "<|end_of_text|>", "<|im_end|>", "<eos>", "[SEP]"):
        token_id = tokenizer.token_to_id(name)
        if token_id is not None:
            return token_id
    raise ValueError(
        "tokenizer has no end-of-text token (<|endoftext|>, </s>, ...); "
        "add one to tokenizer.json so packed documents can be separated"
    )


def _to_tokenized(doc: StructuredDocument, encoding) -> TokenizedDocument:
    ids = np.asarray(encoding.ids, dtype=np.int32)
    if ids.size == 0:
        raise RejectDocument("no_tokens", "the tokenizer produced no tokens for this document")
    offsets = np.asarray(encoding.offsets, dtype=np.int32).reshape(-1, 2)
    return TokenizedDocument(
        doc_id=doc.doc_id,
        source=doc.source,
        split=doc.split,
        text=doc.text,
        structure=doc.structure,
        token_ids=ids,
        token_offsets=offsets,
        boilerplate_chars=doc.boilerplate_chars,
    )


def tokenize_document(doc: StructuredDocument, tokenizer: Tokenizer) -> TokenizedDocument:
    return _to_tokenized(doc, tokenizer.encode(doc.text, add_special_tokens=False))


def tokenize_documents(
    docs: Sequence[StructuredDocument], tokenizer: Tokenizer
) -> list[TokenizedDocument | RejectDocument]:
    """Batch version: one result per document, a ``RejectDocument`` where it failed."""
    encodings = tokenizer.encode_batch([d.text for d in docs], add_special_tokens=False)
    results: list[TokenizedDocument | RejectDocument] = []
    for doc, encoding in zip(docs, encodings, strict=True):
        try:
            results.append(_to_tokenized(doc, encoding))
        except RejectDocument as e:
            results.append(e)
    return results
