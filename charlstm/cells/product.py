"""One time step's recurrent product, left·W, in the form that measures fastest for its
shape among those with the same bits as the reference form: plain, transposed, W's columns
in blocks, or the inner dimension in the pieces OpenBLAS cuts it into (the comment below
says how and why). Every cell runs its per-step products through recurrent_product."""

from __future__ import annotations

import functools
import time
from typing import NamedTuple

import numpy as np

# One step's recurrent product, left·W, (B, K)·(K, N), runs in one of several forms that
# OpenBLAS executes differently: plain; the other way round, Wᵀ·leftᵀ into an (N, B) block
# that the add after it reads transposed; or W's columns cut into n blocks, multiplied as one
# stacked product (numpy calls the BLAS once per block, and OpenBLAS has a faster kernel for
# small matrices: (16, 128)·(128, 512) ran as 4 blocks of 128 columns in 11 µs against 21 for
# the whole, on this project's Intel machine). Which is fastest depends on the shape and
# the machine (docs/speed.md, "The step's product, measured per shape"), so it is measured:
# once per process for each shape, among the forms whose products are the same bits as the
# reference form, the one the cell ran before (plain, or for a wide LSTM layer and a small
# batch the fixed rule's transposed one), so that timing never changes a result. Where the
# forms differ (here: B = 1, a matrix-vector product; the backward of a narrow layer in
# blocks, whose outputs sum their 4H terms in another order), they are not candidates.
#
# Why those blocks differ: for a long inner dimension K, OpenBLAS's main kernel cuts K into
# pieces and adds each piece's product into the result, while its kernel for small matrices
# (which the blocks run on) sums all K terms in one go. A cut form multiplies by the pieces
# itself, each piece's blocks as one stacked product, and adds the partial products in
# order: where its pieces are OpenBLAS's, its bits are the plain product's, and faster
# ((16, 512)·(512, 128) as two pieces of 256: 20.3 against 26.4 µs on the AMD EPYC,
# docs/speed.md "The gates block by block, and the product in pieces"). The pieces follow
# OpenBLAS's rule (blas_pieces) for a set of block depths; which, if any, has the plain
# product's bits is found by the same check as for every form.
TRANSPOSED_MIN_HIDDEN = 256  # the LSTM's fixed rule: transposed from this width up,
TRANSPOSED_MAX_BATCH_SHARE = 4  # for a batch below H / 4
PRODUCT_SPLITS = (2, 4, 8)  # the column blocks a split form may cut W into
BLAS_DEPTHS = (128, 192, 256, 320, 384, 448, 512, 640, 768)  # K-block depths that OpenBLAS's
BLAS_UNROLLS = (4, 8, 16, 32)  # kernels use (GEMM_Q) and their unrolling (GEMM_UNROLL_M)
MEASURED_MIN_MACS = 1 << 17  # a smaller product runs in the reference form, untimed
FORM_ROUNDS = 5  # each candidate timed this many times in turns; the best of each


def transposed_by_rule(B: int, H: int) -> bool:
    """The LSTM's fixed rule for its reference form: transposed where H ≥ 256 and B < H/4
    (measured on 2026-12-01 for the product alone)."""
    return H >= TRANSPOSED_MIN_HIDDEN and B * TRANSPOSED_MAX_BATCH_SHARE < H


def recurrent_product(
    W: np.ndarray,
    B: int,
    steps: int,
    transposed_reference: bool = False,
    scale: np.ndarray | None = None,
    contiguous: bool = False,
):
    """A function left (B, K) -> left·W (B, N), for a sequence of `steps` steps at batch B,
    in the form measured fastest for this shape, dtype and memory order among those with
    the reference form's bits: the plain product, or the transposed one where
    transposed_reference. With `scale` (N,), W's columns times it; with `contiguous`, the
    plain form multiplies by a C-ordered copy of W (where W is a transposed view). Each form
    makes its operand from W in one or two passes. For one step (generation's), the
    reference form, unmeasured: preparing another would cost more than it saves. The
    function's result is a buffer of its own (or a transposed view of one), overwritten by
    its next call. The first call for a shape times it, in each process: 13–95 ms at the
    bench's shares (H = 128–512) on the AMD EPYC; at H = 2,048, B = 32, both directions 4.1–6.0
    s and 584 MB of peak memory (every candidate's operand of random values at once; 1.6 s
    and 362 MB before the cut forms).

    The measurement multiplies C-ordered left operands and a C- or F-ordered W; a W that is
    neither (a strided view, which numpy multiplies without the BLAS) runs the reference
    form untimed, and so does a call with a left operand that is not C-ordered (a caller's
    initial state), whose bits the measurement did not check."""
    reference = "transposed" if transposed_reference else "plain"
    copied = contiguous or scale is not None
    if steps == 1 or not (copied or W.flags.c_contiguous or W.flags.f_contiguous):
        return product_in_form(reference, W, B, scale, contiguous)
    K, N = W.shape
    fortran = not (copied or W.flags.c_contiguous)
    form = measured_form(B, K, N, W.dtype.str, fortran, reference)
    if form == reference:
        return product_in_form(form, W, B, scale, contiguous)
    measured = product_in_form(form, W, B, scale, contiguous)
    # the reference's operand only for a call that needs it (rare: a caller's own initial
    # state), not a second W-sized copy at every layer call
    as_before = functools.cache(lambda: product_in_form(reference, W, B, scale, contiguous))

    def product(left):
        return measured(left) if left.flags.c_contiguous else as_before()(left)

    return product


class Cut(NamedTuple):
    """A cut form: K in the pieces blas_pieces(K, depth, unroll) gives, W's columns in
    `blocks` blocks."""

    depth: int
    unroll: int
    blocks: int

    def __str__(self) -> str:
        return f"cut {self.depth}/{self.unroll}, {self.blocks} block{'s' * (self.blocks > 1)}"


def blas_pieces(K: int, depth: int, unroll: int) -> tuple:
    """The pieces OpenBLAS's level-3 driver cuts an inner dimension K into, for a kernel
    whose K-block depth is `depth` (GEMM_Q) and whose unrolling is `unroll`: whole blocks
    while two or more remain, then what is left, in two near halves where it is more than
    one block."""
    pieces, left = [], K
    while left > 0:
        piece = left
        if left >= 2 * depth:
            piece = depth
        elif left > depth:
            piece = (left // 2 + unroll - 1) // unroll * unroll
        pieces.append(piece)
        left -= piece
    return tuple(pieces)


def cut_forms(K: int, N: int) -> list:
    """The cut forms of a (·, K)·(K, N) product: one per distinct way of cutting K into two
    or more pieces (BLAS_DEPTHS × BLAS_UNROLLS), each with W's columns whole and in each
    split of PRODUCT_SPLITS that divides N."""
    forms, seen = [], set()
    for depth in BLAS_DEPTHS:
        for unroll in BLAS_UNROLLS:
            pieces = blas_pieces(K, depth, unroll)
            if len(pieces) > 1 and pieces not in seen:
                seen.add(pieces)
                forms += [Cut(depth, unroll, n) for n in (1, *PRODUCT_SPLITS) if N % n == 0]
    return forms


def product_forms(K: int, N: int) -> list:
    """The forms a (·, K)·(K, N) product can take: "plain", "transposed", each split (an int,
    the number of column blocks) that divides N, and the cut forms (cut_forms)."""
    return ["plain", "transposed", *(n for n in PRODUCT_SPLITS if N % n == 0), *cut_forms(K, N)]


def form_operand(form, W: np.ndarray, scale=None, contiguous: bool = False):
    """The right operand a form multiplies by, made from W (K, N) (times `scale` on its
    columns, when given) in one pass: W itself, or C-ordered, for "plain"; Wᵀ C-ordered (N, K)
    for "transposed" (no copy where W is a transposed view); (n, K, N/n) blocks for a split;
    for a cut, [(start, piece, count, (count, n, piece, N/n) blocks)] for each run of `count`
    equal pieces from row `start` of W."""
    K, N = W.shape
    if isinstance(form, Cut):
        whole = c_ordered(W, scale)  # rows of W in order, then cut: no strided reads below
        n, runs, start = form.blocks, [], 0
        for piece in blas_pieces(K, form.depth, form.unroll):
            if runs and runs[-1][1] == piece and runs[-1][0] + runs[-1][1] * runs[-1][2] == start:
                runs[-1][2] += 1
            else:
                runs.append([start, piece, 1])
            start += piece
        return [
            (
                a,
                piece,
                count,
                np.ascontiguousarray(
                    whole[a : a + piece * count]
                    .reshape(count, piece, n, N // n)
                    .transpose(0, 2, 1, 3)
                ),
            )
            for a, piece, count in runs
        ]
    if form == "plain":
        view, factor = W, scale
        if scale is None and not contiguous:
            return W
    elif form == "transposed":
        view, factor = W.T, None if scale is None else scale[:, None]
    else:
        view = W.reshape(K, form, N // form).transpose(1, 0, 2)
        factor = None if scale is None else scale.reshape(form, 1, N // form)
    return c_ordered(view, factor)


CONFLICTING_ROW_BYTES = 512  # a transposed copy reads across rows this many bytes apart (or
CACHE_LINE = 64  # a multiple) through few cache sets; see c_ordered


def c_ordered(view: np.ndarray, factor=None) -> np.ndarray:
    """view's values in C order (times `factor`, broadcast against it, when given): a new
    array, or view itself where it is C-ordered and there is no factor. A transposed view of
    a C-ordered matrix whose rows lie a multiple of 512 bytes apart, an LSTM's (H, 4H) W_h
    for H a multiple of 32, is first copied row by row into rows padded to an odd number of
    cache lines: read straight across such rows, the copy maps them to a few cache sets and
    evicts its own lines. The same values either way: 28 against 149 µs for a (128, 512)
    float32 W_h, 158 against 751 for (256, 1024) (docs/speed.md, "The gates block by block,
    and the product in pieces")."""
    source = view
    if (
        view.ndim == 2
        and view.T.flags.c_contiguous
        and view.strides[1] % CONFLICTING_ROW_BYTES == 0
    ):
        rows, row = view.T.shape
        lines = -(-row * view.itemsize // CACHE_LINE)
        lines += 1 - lines % 2  # an odd number of lines apart: spread over every set
        padded = np.empty((rows, lines * CACHE_LINE // view.itemsize), view.dtype)[:, :row]
        np.copyto(padded, view.T)
        source = padded.T
    if factor is None:
        return np.ascontiguousarray(source)
    return np.multiply(source, factor, out=np.empty(view.shape, view.dtype))


def product_in_form(form, W: np.ndarray, B: int, scale=None, contiguous: bool = False):
    """recurrent_product's function for a given form (product_forms)."""
    operand = form_operand(form, W, scale, contiguous)
    N = W.shape[1]
    if isinstance(form, Cut):
        return cut_product(operand, B, N, form.blocks, W.dtype)
    if form == "transposed":  # (N, K)·(K, B), read back transposed
        out_T = np.empty((N, B), W.dtype)

        def product(left):
            np.matmul(operand, left.T, out=out_T)
            return out_T.T

        return product
    out = np.empty((B, N), W.dtype)
    # a split's (n, K, N/n) blocks write their products into the (B, N) columns they fill
    target = out if form == "plain" else out.reshape(B, form, N // form).transpose(1, 0, 2)

    def product(left):
        np.matmul(left, operand, out=target)
        return out

    return product


def cut_product(runs: list, B: int, N: int, n: int, dtype):
    """product_in_form's function for a cut form, given its operand (form_operand): each run
    of equal pieces one stacked product of the left operand's pieces by W's, into (count, n,
    B, N/n) partial products, which are then added in piece order into the (B, N) result (the
    first two summed, then each next one added, as OpenBLAS adds its pieces into C)."""
    out = np.empty((B, N), dtype)
    target = out.reshape(B, n, N // n).transpose(1, 0, 2)  # (n, B, N/n) view
    partials = [np.empty((count, n, B, N // n), dtype) for _, _, count, _ in runs]
    pieces = [p for partial in partials for p in partial]  # (n, B, N/n) each, in order

    def product(left):
        for (start, piece, count, blocks), partial in zip(runs, partials, strict=True):
            part = left[:, start : start + piece * count].reshape(B, count, piece)
            np.matmul(part.transpose(1, 0, 2)[:, None], blocks, out=partial)
        np.add(pieces[0], pieces[1], out=target)
        for p in pieces[2:]:
            np.add(target, p, out=target)
        return out

    return product


@functools.lru_cache(maxsize=256)
def measured_form(B: int, K: int, N: int, dtype: str, fortran: bool, reference: str):
    """The fastest form of a (B, K)·(K, N) product among those with the reference form's bits
    ("plain" or "transposed"; fastest_form over form_steps)."""
    if B * K * N < MEASURED_MIN_MACS:
        return reference
    return fastest_form(form_steps(B, K, N, dtype, fortran, reference), reference)


def form_steps(B: int, K: int, N: int, dtype, fortran: bool, reference=None) -> dict:
    """{form: a step} for every form of a (B, K)·(K, N) product: each step forms base +
    left·W, the product and the add after it, on fixed random values of these shapes (W in
    the caller's memory order), and returns the product. Given the reference form, only
    the cut forms whose pieces give its bits (checked one way of cutting at a time, with W's
    columns whole): each holds a copy of W, and there can be 9 ways of cutting K."""
    rng = np.random.default_rng(0)
    W = rng.random((K, N), dtype=dtype)
    W -= 0.5
    if fortran:
        W = np.asfortranarray(W)
    left = rng.standard_normal((B, K), dtype=dtype)
    base = rng.standard_normal((B, N), dtype=dtype)
    total = np.empty_like(base)

    def step_in(form):
        product = product_in_form(form, W, B)

        def step():
            result = product(left)
            np.add(base, result, out=total)
            return result

        return step

    forms = product_forms(K, N)
    if reference is not None:
        expected = step_in(reference)().copy()
        whole = {
            (form.depth, form.unroll)
            for form in forms
            if isinstance(form, Cut) and form.blocks == 1 and same_bits(step_in(form)(), expected)
        }
        forms = [f for f in forms if not isinstance(f, Cut) or (f.depth, f.unroll) in whole]
    return {form: step_in(form) for form in forms}


def same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two float arrays hold the same bits (unlike ==, telling −0 from +0)."""
    unsigned = np.dtype(f"u{a.dtype.itemsize}")
    return a.shape == b.shape and np.array_equal(a.view(unsigned), b.view(unsigned))


def fastest_form(
    ways: dict,
    reference,
    rounds: int = FORM_ROUNDS,
    round_s: float = 1e-3,
    clock=time.perf_counter,
):
    """Given each form of a step as a function returning its product: the fastest of those
    whose product is the same bits as the reference's, each timed over the number of calls
    that makes one reference round last about round_s, in turns with the others, best of
    `rounds` (a single call's time, cold, chose wrongly at (32, 256))."""
    expected = ways[reference]().copy()
    candidates = [form for form, way in ways.items() if same_bits(way(), expected)]
    if len(candidates) == 1:
        return reference
    started = clock()
    ways[reference]()
    calls = max(1, int(round_s / max(clock() - started, 1e-7)))
    best = dict.fromkeys(candidates, float("inf"))
    for _ in range(rounds):
        for form in candidates:
            started = clock()
            for _ in range(calls):
                ways[form]()
            best[form] = min(best[form], clock() - started)
    return min(candidates, key=best.__getitem__)
