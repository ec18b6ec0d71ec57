#!/usr/bin/env python3
"""Writes the five alert sounds under resources/sounds/: one per priority, told apart by ear.

P1 is an urgent, repeated high two-tone; P2 two beeps; P3 one beep; P4 a soft falling chime;
P5 one soft low chime. 16-bit mono 22050 Hz, each under a second. The output is deterministic,
so running this again changes no byte. Python standard library only (wave, math, struct).

    /usr/bin/python3 scripts/make_sounds.py
"""

import math
import pathlib
import struct
import wave

RATE = 22050
OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq, seconds, volume, fade=0.008, harmonics=((1, 1.0),), decay=0.0):
    """A sine tone with short linear fades (no clicks) and an optional exponential decay (a chime)."""
    n = int(RATE * seconds)
    fade_n = max(1, int(RATE * fade))
    total = sum(weight for _, weight in harmonics)
    samples = []
    for i in range(n):
        t = i / RATE
        value = sum(weight * math.sin(2 * math.pi * freq * k * t) for k, weight in harmonics) / total
        envelope = min(1.0, i / fade_n, (n - 1 - i) / fade_n)
        if decay:
            envelope *= math.exp(-decay * t)
        samples.append(volume * envelope * value)
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))
    seconds = len(samples) / RATE
    size = path.stat().st_size
    assert seconds < 1.0 and size < 50_000, (name, seconds, size)
    print(f"{path.relative_to(OUT.parent.parent)}: {seconds:.2f} s, {size} bytes")


def p1():
    # Three rising high two-tones in quick succession: hard to sleep through, unlike any other.
    out = []
    for _ in range(3):
        out += tone(988, 0.12, 0.8) + tone(1319, 0.12, 0.8) + silence(0.04)
    return out


def p2():
    return tone(880, 0.15, 0.7) + silence(0.1) + tone(880, 0.15, 0.7)


def p3():
    return tone(660, 0.25, 0.6)


def p4():
    bell = ((1, 1.0), (2, 0.35), (3, 0.1))
    return tone(659, 0.3, 0.35, fade=0.004, harmonics=bell, decay=6.0) + tone(
        523, 0.45, 0.35, fade=0.004, harmonics=bell, decay=5.0
    )


def p5():
    return tone(392, 0.5, 0.25, fade=0.004, harmonics=((1, 1.0), (2, 0.25)), decay=5.0)


if __name__ == "__main__":
    for index, make in enumerate((p1, p2, p3, p4, p5), start=1):
        write(f"p{index}.wav", make())
