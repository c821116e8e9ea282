"""Recurrent cells: one module per cell, each pure numpy with the same interface:

STATE                      names of the state arrays, ("h", "c") or ("h",)
shapes(I, H)               {parameter name: shape}
init(rng, I, H, scale, dtype) -> params
forward(params, x, state) -> (hs (T, B, H), new_state, cache)
backward(dhs, cache, dstate) -> (grads, dx or None, dstate0)
gate_values(cache)         the gate values in the cache, each (T, B, H), in the cell's order
"""

from charlstm.cells import coupled, gru, lstm, peephole, rnn

CELLS = {"lstm": lstm, "rnn": rnn, "gru": gru, "peephole": peephole, "coupled": coupled}
