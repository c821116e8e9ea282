"""Hand-built .npz archives for the hostile-checkpoint tests: members whose .npy header or
zip entry declares far more data than the file holds compressed (deflate compresses zeros
about 1000:1), written without ever holding the uncompressed data in memory."""

from __future__ import annotations

import struct
import zlib

import numpy as np

CHUNK = 1 << 20  # bytes of zeros per repeated deflate block


def npy_header(shape: tuple, dtype) -> bytes:
    """The bytes of a version 1.0 .npy header for an array of this shape and dtype."""
    header = {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype)), "fortran_order": False}
    header["shape"] = shape
    text = repr(header).encode("latin1")
    total = len(np.lib.format.MAGIC_PREFIX) + 2 + 2 + len(text) + 1
    text += b" " * (-total % 64) + b"\n"  # the data starts 64-byte aligned, as numpy writes it
    return np.lib.format.magic(1, 0) + struct.pack("<H", len(text)) + text


def deflated_zeros(prefix: bytes, zero_bytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of prefix followed by zero_bytes zeros (a multiple of CHUNK), and
    its CRC-32. After a full flush the compressor starts afresh, so every CHUNK of zeros
    compresses to the same bytes: one block, compressed once, is repeated."""
    assert zero_bytes % CHUNK == 0
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = head.compress(prefix) + head.flush(zlib.Z_FULL_FLUSH)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(CHUNK)
    repeated = block.compress(zeros) + block.flush(zlib.Z_FULL_FLUSH)
    final = block.flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(zero_bytes // CHUNK):
        crc = zlib.crc32(zeros, crc)
    return stream + repeated * (zero_bytes // CHUNK) + final, crc


def write_zip(path, members: list) -> None:
    """A zip archive of members (name, data as stored, method (0 stored, 8 deflate), CRC-32,
    uncompressed size); sizes must stay below 4 GiB (no zip64)."""
    local, central = b"", b""
    for name, data, method, crc, size in members:
        encoded = name.encode()
        fields = (20, 0, method, 0, 33, crc, len(data), size, len(encoded), 0)
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, len(local)
        )
        central += encoded
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded + data
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0
    )
    with open(path, "wb") as f:
        f.write(local + central + end)


def stored(name: str, array: np.ndarray) -> tuple:
    """A member holding array as numpy writes it, uncompressed."""
    import io

    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, allow_pickle=False)
    data = buffer.getvalue()
    return f"{name}.npy", data, 0, zlib.crc32(data), len(data)
