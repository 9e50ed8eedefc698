"""The Arabic text layer: normalisation for matching, sentences, tokens. Never edits stored text."""
from .normalize import normalize, normalize_with_map, strip_clitics
from .sentences import split_sentences
from .tokens import tokenize

__all__ = ["normalize", "normalize_with_map", "strip_clitics", "split_sentences", "tokenize"]
