"""A small dataset built by the real pipeline from real text (Shakespeare): the
export tests' material (``tests/training/test_export_training.py``,
``tests/pipeline/test_export_safety.py``)."""

from __future__ import annotations

import json

# Real text, from defaults/shakespeare (Project Gutenberg): the Tempest's two songs and
# two speeches, and Sonnet XVIII. The two songs are packed into one row.
TEMPEST_SONG = """Full fathom five thy father lies:
Of his bones are coral made:
Those are pearls that were his eyes:
Nothing of him that doth fade."""
BEE_SONG = """Where the bee sucks, there suck I:
In a cowslip's bell I lie;
There I couch when owls do cry."""
CALIBAN = """Be not afeard: the isle is full of noises,
Sounds, and sweet airs, that give delight, and hurt not.
Sometimes a thousand twangling instruments
Will hum about mine ears; and sometimes voices,
That, if I then had wak'd after long sleep,
Will make me sleep again: and then, in dreaming,
The clouds methought would open and show riches
Ready to drop upon me; that, when I wak'd,
I cried to dream again."""
PROSPERO = """You do look, my son, in a mov'd sort,
As if you were dismay'd: be cheerful, sir:
Our revels now are ended. These our actors,
As I foretold you, were all spirits and
Are melted into air, into thin air:
And, like the baseless fabric of this vision,
The cloud-capp'd towers, the gorgeous palaces,
The solemn temples, the great globe itself,
Yea, all which it inherit, shall dissolve
And, like this insubstantial pageant faded,
Leave not a rack behind. We are such stuff
As dreams are made on, and our little life
Is rounded with a sleep.--Sir, I am vex'd:
Bear with my weakness; my old brain is troubled.
Be not disturb'd with my infirmity."""
SONNET = """Shall I compare thee to a summer's day?
Thou art more lovely and more temperate:
Rough winds do shake the darling buds of May,
And summer's lease hath all too short a date:
Sometime too hot the eye of heaven shines,
And often is his gold complexion dimm'd,
And every fair from fair sometime declines,
By chance, or nature's changing course untrimm'd:
But thy eternal summer shall not fade,
Nor lose possession of that fair thou ow'st,
Nor shall death brag thou wander'st in his shade,
When in eternal lines to time thou grow'st,
  So long as men can breathe, or eyes can see,
  So long lives this, and this gives life to thee."""


def build_tempest(root, tokenizer: str, windows: str = "64,256"):
    """Build the texts above into ``root/ds`` (all in train); returns (OUT, manifest).
    The two songs are short enough to be packed into one 256-token row."""
    from pipeline.build import build

    inputs = root / "in"
    inputs.mkdir()
    docs = {"song": TEMPEST_SONG, "bee": BEE_SONG, "caliban": CALIBAN, "prospero": PROSPERO}
    lines = [json.dumps({"id": k, "text": v}) for k, v in docs.items()]
    (inputs / "tempest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inputs / "sonnet18.txt").write_text("XVIII\n\n" + SONNET + "\n", encoding="utf-8")
    out = root / "ds"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer]
    manifest, _ = build(args + ["--windows", windows, "--validation-fraction", "0"])
    return out, manifest


def tree_digest(root) -> str:
    """sha256 of every file under ``root``: its path, size, modification time and
    contents (what a test of the dataset can read, ``_COMPLETE``'s time included)."""
    import hashlib
    import os

    digest = hashlib.sha256()
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            st = os.stat(path)
            digest.update(
                f"{os.path.relpath(path, root)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode()
            )
            with open(path, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()


def unchanged_shared_build(built) -> None:
    """Guard (review, session 51): the shared build of ``tempest_built`` is as it was
    made; a test that wrote into it would change what every later test of the worker
    copies, so the next copy (and the session's end) fails, naming the folder."""
    source, _, digest = built
    if tree_digest(source) != digest:
        raise AssertionError(
            f"the shared Tempest build in {source} was changed by a test: "
            "write into a copy (copy_tempest), never into tempest_built's folder"
        )


def copy_tempest(built, root):
    """What ``build_tempest(root, tokenizer)`` leaves in ``root`` (``in`` and ``ds``),
    copied from ``built``, the ``(root, manifest, digest)`` of a build made once per
    pytest process (tests/conftest.py ``tempest_built``): a test that needs the dataset
    but does not check the build itself gets the same files without a Beam build of its
    own (session 51, CI time: ten builds of the same dataset became one per worker).
    Not for a test whose later build to OUT reads the dataset's ``_BUILD`` mark: it names
    its folder's inode, so a copy is not the build's own (clause staging_marked_this_folder;
    test_leftover_replaced_said's rebuild tests failed with a copy). Returns (OUT,
    manifest), as ``build_tempest`` does; the manifest is the test's own copy, and the
    shared build is checked unchanged first (``unchanged_shared_build``)."""
    import copy
    import shutil

    unchanged_shared_build(built)
    source, manifest, _ = built
    for name in ("in", "ds"):
        shutil.copytree(source / name, root / name)
    return root / "ds", copy.deepcopy(manifest)
