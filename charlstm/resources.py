"""How many processes and BLAS threads a run uses, chosen for the model's size and the cores.

Two ways to put more than one core to work: BLAS threads inside one process, or worker
processes that each take a share of the batch (parallel.py), each with one BLAS thread.
OpenBLAS's threads wait for work by spinning: when another program holds a core, every
product of every time step waits for a thread that is not running. With one busy neighbour
process on 2 cores, a 1 × 32 run gave 9,304 chars/s with OpenBLAS's default of one thread
per core against 126,667 with one thread (issue 12), while worker processes, which wait on
a socket rather than spin, only share the cores fairly (benchmarks/threads.py measures
both; docs/speed.md has the table). So charlstm trains and
scores with one BLAS thread per process and uses the other cores through workers when the
model is large enough for them to pay.

The thread count is set at run time through OpenBLAS's own set_num_threads, found in the
libraries this process has loaded (numpy's bundled scipy-openblas, or a system OpenBLAS);
where there is none (another BLAS, or no /proc), nothing is changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import os

# Worker processes pay only when every worker gets enough of the batch and the layers are
# wide enough that the per-step products and elementwise passes outweigh the exchange with
# the workers at every step (benchmarks/threads.py, 2 cores, docs/speed.md): at 1 × 32 one
# process was faster than 2 workers; from 1 × 128 up, 2 workers were faster.
MIN_HIDDEN_FOR_WORKERS = 64
MIN_COLUMNS_PER_WORKER = 8
# Every training process, the main one and each worker, runs one BLAS thread.
TRAINING_BLAS_THREADS = 1

_SET_NAMES = (
    "openblas_set_num_threads",
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
)
_GET_NAMES = tuple(name.replace("set_num", "get_num") for name in _SET_NAMES)


def cores() -> int:
    """The cores this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def worker_count(hidden: int, batch_size: int, available: int | None = None) -> int:
    """train.workers = auto (and eval's default): the process count for a model of this
    width and a batch of this many streams on `available` cores (default: this machine's)."""
    available = cores() if available is None else available
    if hidden < MIN_HIDDEN_FOR_WORKERS:
        return 1
    return max(1, min(available, batch_size // MIN_COLUMNS_PER_WORKER))


def resolve_workers(setting, hidden: int, batch_size: int) -> int:
    """The count for a train.workers setting: the number itself, or the rule for "auto"."""
    return worker_count(hidden, batch_size) if setting == "auto" else int(setting)


def _openblas_libraries() -> list:
    """Every OpenBLAS library loaded in this process (found in /proc/self/maps)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            paths = {line.split()[-1] for line in f if "openblas" in line.lower()}
    except OSError:
        return []
    libraries = []
    for path in sorted(p for p in paths if os.path.isabs(p)):
        try:  # RTLD_NOLOAD: a handle to the copy already loaded, never a second copy
            libraries.append(ctypes.CDLL(path, mode=os.RTLD_NOLOAD | getattr(os, "RTLD_LOCAL", 0)))
        except OSError:
            continue
    return libraries


def _openblas_functions(libraries: list, names: tuple[str, ...]) -> list:
    """From each library that has one of `names` (OpenBLAS's get or set function under the
    names its builds use), the first it has."""
    found = []
    for library in libraries:
        name = next((name for name in names if hasattr(library, name)), None)
        if name is not None:
            found.append(getattr(library, name))
    return found


def _threads_of(libraries: list) -> int | None:
    """The thread count of the first of these libraries that reports one, or None."""
    functions = _openblas_functions(libraries, _GET_NAMES)
    if not functions:
        return None
    functions[0].restype = ctypes.c_int
    return int(functions[0]())


def blas_threads_now() -> int | None:
    """The thread count of the first loaded OpenBLAS, or None when there is none."""
    return _threads_of(_openblas_libraries())


def set_blas_threads(count: int) -> int | None:
    """Set every loaded OpenBLAS to `count` threads; returns the previous count (None when
    no OpenBLAS is loaded, and then nothing changes)."""
    libraries = _openblas_libraries()
    previous = _threads_of(libraries)
    for function in _openblas_functions(libraries, _SET_NAMES):
        function.argtypes = [ctypes.c_int]
        function(count)
    return previous


def blas_thread_setter():
    """A function count -> None that sets every loaded OpenBLAS to `count` threads, with the
    libraries found once here: for a caller that changes the count often (generation's
    thread rule, once every few hundred characters), where set_blas_threads would read the
    process's maps at every call. Does nothing where no OpenBLAS is loaded."""
    functions = _openblas_functions(_openblas_libraries(), _SET_NAMES)
    for function in functions:
        function.argtypes = [ctypes.c_int]

    def set_threads(count: int) -> None:
        for function in functions:
            function(count)

    return set_threads


def idle_cpu_reader():
    """A function () -> (idle, total, own): the CPU time, in clock ticks, that the cores this
    process may run on have spent idle and in all since boot (Linux's /proc/stat), and the
    time this process's own threads have run (os.times), or None where /proc/stat cannot
    be read. Between two readings, (total − idle − own) / total × cores is how many cores
    other programs kept busy: a BLAS thread of this process that is still spinning after
    its last product is not a neighbour."""
    allowed = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    ticks_per_second = os.sysconf("SC_CLK_TCK")

    def read() -> tuple[int, int, int] | None:
        try:
            with open("/proc/stat", encoding="ascii") as f:
                lines = f.readlines()
        except OSError:
            return None
        times = os.times()
        idle = total = 0
        for line in lines:
            name, *fields = line.split()
            if not (name.startswith("cpu") and name[3:].isdigit()):
                continue
            if allowed is not None and int(name[3:]) not in allowed:
                continue
            ticks = [int(v) for v in fields[:8]]  # user nice system idle iowait irq softirq steal
            idle += ticks[3] + ticks[4]
            total += sum(ticks)
        own = round((times.user + times.system) * ticks_per_second)
        return (idle, total, own) if total else None

    return read


# glibc's malloc gives large freed blocks back to the system: a block at or above the mmap
# threshold is a mapping of its own, unmapped when freed, and the heap's top is trimmed past the
# trim threshold (both adapt, but only upwards and only after such a free). A training step's
# temporaries are megabytes each, so a process could get every one back as fresh pages that
# the kernel faults in and zeroes one by one: 2,500 page faults a step in the worker process
# at bench config a (21.6 ms a step, against 15.8 without them) and 11,800 in the main
# process at config c (benchmarks/page_faults.py, docs/speed.md). The largest threshold glibc
# accepts (32 MB on 64-bit systems) and a trim threshold of 1 GB keep the freed blocks mapped
# for the next step, which needs as much again. Blocks above 32 MB (config d's gate arrays,
# 33.5 MB a process) were still mapped afresh at every step, so mappings are turned off
# altogether (a mapping count of 0): in the main thread, where training and scoring
# compute, every block comes from the heap and is reused (another thread's arena still maps
# blocks over its 64 MB).
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 1 << 30
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _M_MMAP_MAX = -1, -3, -4  # mallopt's parameters


def keep_freed_memory() -> bool:
    """Have this process's malloc keep large freed blocks for reuse instead of returning them
    to the system (glibc's mallopt; elsewhere nothing changes). True when it was applied. It
    stays in force for the life of the process: a training or scoring process is the one
    that allocates such blocks at every step."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError, TypeError):  # no mallopt (musl, macOS) or no CDLL(None)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return all(
        mallopt(parameter, value)
        for parameter, value in (
            (_M_MMAP_THRESHOLD, MMAP_THRESHOLD),
            (_M_TRIM_THRESHOLD, TRIM_THRESHOLD),
            (_M_MMAP_MAX, 0),
        )
    )


@contextlib.contextmanager
def computing(threads: int):
    """How a training or scoring process computes: `threads` BLAS threads for the block
    (blas_threads) and freed memory kept for reuse (keep_freed_memory)."""
    keep_freed_memory()
    with blas_threads(threads):
        yield


@contextlib.contextmanager
def blas_threads(count: int):
    """Run the block with `count` BLAS threads, restoring the previous count afterwards."""
    import numpy  # noqa: F401  (OpenBLAS is loaded with numpy)

    previous = set_blas_threads(count)
    try:
        yield
    finally:
        if previous is not None:
            set_blas_threads(previous)
