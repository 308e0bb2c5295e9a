"""Review (session 54) of clause ended_mesh_says_so (training.teardown): the rule reads
torch 2.13's private ``DeviceMesh`` fields (``_dim_group_names``, ``_thread_id``,
``_hash``), and pyproject allows torch>=2.4. Where a field is absent or shaped otherwise
(torch 2.4-2.6 keep ``_dim_group_infos``, tuples of tag, ranks and name; a torch whose
mesh has no ``_thread_id``; names kept as a tuple), the end must still complete: no
crash in :func:`drop_group_holders`, the mesh left as it was (only the clearer message
is lost) and no field added. And EndedGroupError must stay both a RuntimeError (what
``except RuntimeError`` callers catch) and an AttributeError (getattr/hasattr probes).

No process group is needed: ``drop_group_holders`` reads every object of a
``torch.distributed`` module the garbage collector tracks, so a mesh-shaped object of a
class whose ``__module__`` is torch's mesh module is what it meets on such a torch."""

from __future__ import annotations

import types

import pytest

from training import teardown
from training.distributed import ENDED_FSDP, ENDED_GROUP, ENDED_MESH, EndedGroupError

NAME = "review-s54-doomed"  # no live group of another test has it
LIVE = "review-s54-live"


def _mesh(**fields):
    """An object shaped like a ``DeviceMesh`` of another torch, homed where torch's is."""
    kind = type("DeviceMesh", (), {"__module__": "torch.distributed.device_mesh"})
    mesh = kind()
    mesh.__dict__.update(fields)
    return mesh


def _group(name: str):
    return types.SimpleNamespace(group_name=name)


def test_a_mesh_of_an_older_torch_is_left_as_it_was():
    doomed = _group(NAME)
    infos = [("ptd:0", [0, 1], NAME)]  # torch 2.4-2.6: (tag, ranks, name), no _dim_group_names
    old = _mesh(_dim_group_infos=infos, _thread_id=None)
    as_tuple = _mesh(_dim_group_names=(NAME,), _thread_id=None)  # names not a list
    assert teardown.drop_group_holders([doomed]) == 0
    assert old.__dict__ == {"_dim_group_infos": infos, "_thread_id": None}
    assert as_tuple.__dict__ == {"_dim_group_names": (NAME,), "_thread_id": None}
    assert not teardown.mesh_ended(old) and not teardown.mesh_ended(as_tuple)


def test_a_mesh_without_thread_id_still_says_so_and_gets_no_new_field():
    doomed = _group(NAME)
    names = [NAME]
    mesh = _mesh(_dim_group_names=names)  # no _thread_id, no _hash (another torch)
    other = _mesh(_dim_group_names=[LIVE], _thread_id=None, _hash=7)  # a live group's mesh
    assert teardown.drop_group_holders([doomed]) == 1
    assert teardown.mesh_ended(mesh) and set(mesh.__dict__) == {"_dim_group_names"}
    # derived_mesh_says_so: the name itself is marked; no FSDP object held it: ENDED_MESH
    assert list(mesh._dim_group_names) == [NAME + teardown.ENDED_NAME]
    assert len(mesh._dim_group_names) == 1
    try:
        mesh._dim_group_names[0]
    except RuntimeError as error:
        assert str(error) == ENDED_MESH and not isinstance(error, AttributeError)
    else:
        raise AssertionError("an ended mesh's name was read")
    assert other.__dict__ == {"_dim_group_names": [LIVE], "_thread_id": None, "_hash": 7}


def test_a_mesh_of_this_torch_gets_a_unique_key():
    doomed = _group(NAME)
    mesh = _mesh(_dim_group_names=[NAME], _thread_id=None, _hash=12345)
    assert teardown.drop_group_holders([doomed]) == 1
    assert mesh._thread_id == ("ended", id(mesh)) and mesh._hash is None


def test_ended_group_error_is_both_kinds():
    assert issubclass(EndedGroupError, RuntimeError) and issubclass(EndedGroupError, AttributeError)
    assert getattr(ENDED_GROUP, "bound_device_id", "DEFAULT") == "DEFAULT"
    assert not hasattr(ENDED_GROUP, "size")
    try:
        ENDED_GROUP.size()
    except RuntimeError as error:
        assert type(error) is EndedGroupError and str(error) == ENDED_FSDP
    else:
        raise AssertionError("an ended group was used")


def _real_mesh_without(field: str, out: str) -> None:
    """A one-rank gloo group, a real ``DeviceMesh`` with ``field`` taken away (what a
    mesh of another torch lacks), a ``DTensor`` on it, then ``end_distributed``."""
    import json

    import torch
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.tensor import Replicate, Shard, distribute_tensor

    from tests.training.test_ended_fsdp_wtG_s53 import _said
    from training import distributed

    store = torch.distributed.HashStore()
    torch.distributed.init_process_group(
        "gloo", store=torch.distributed.HashStore(), rank=0, world_size=1
    )
    mesh = init_device_mesh("cpu", (1,))
    weight = distribute_tensor(torch.arange(4.0), mesh, [Shard(0)])
    replicated = distribute_tensor(torch.arange(4.0), mesh, [Replicate()])
    if field:
        del mesh.__dict__[field]
    report = {"end": _said(distributed.end_distributed)}
    report["ended"] = teardown.mesh_ended(mesh)
    report["fields"] = sorted(k for k in ("_thread_id", "_hash") if k in mesh.__dict__)
    report["full_tensor"] = _said(weight.full_tensor)
    report["name"] = _said(lambda: mesh._dim_group_names[0])  # how a collective finds it
    # no collective: only say_if_ended's mesh_ended check can say so (review plant P3)
    report["replicated_gather"] = _said(lambda: distributed.full_tensor(replicated))
    torch.distributed.init_process_group("gloo", store=store, rank=0, world_size=1)
    report["replicated_new_group"] = _said(lambda: distributed.full_tensor(replicated))
    torch.distributed.destroy_process_group()
    with open(f"{out}/{field}.json", "w") as f:
        json.dump(report, f)


@pytest.mark.slow
def test_a_real_mesh_without_a_field_still_ends(tmp_path):
    import json
    import multiprocessing

    from tests.training.rank_procs import join_ranks

    spawn = multiprocessing.get_context("spawn")
    fields = ("_dim_group_names", "_thread_id", "")
    procs = [spawn.Process(target=_real_mesh_without, args=(f, str(tmp_path))) for f in fields]
    for p in procs:
        p.start()
    join_ranks(procs, 240)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    old = json.loads((tmp_path / "_dim_group_names.json").read_text())
    assert old["end"] == "ok" and old["ended"] is False  # left as it was: torch's own words
    assert not old["full_tensor"].startswith("RuntimeError: " + ENDED_MESH), old
    keyless = json.loads((tmp_path / "_thread_id.json").read_text())
    assert keyless["end"] == "ok" and keyless["ended"] is True
    assert "_thread_id" not in keyless["fields"]  # no field this torch lacks is added
    # torch 2.13's own hash needs _thread_id (this mesh is a simulation): the name says so
    assert keyless["name"] == f"RuntimeError: {ENDED_MESH}", keyless
    whole = json.loads((tmp_path / ".json").read_text())  # this torch's mesh, nothing taken
    assert whole["end"] == "ok" and whole["ended"] is True
    for use in ("replicated_gather", "replicated_new_group"):  # also after a new group
        assert whole[use] == f"RuntimeError: {ENDED_MESH}", whole  # a mesh, not FSDP's
