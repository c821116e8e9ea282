"""charlstm: character-level LSTM language models in plain numpy, with hand-written backprop."""

__version__ = "0.1.0"
