"""Review (session 55) of clauses derived_mesh_says_so and ended_mesh_names_its_owner
(training.teardown), without a process group (as test_ended_mesh_degrade_wtG_s54: a
mesh-shaped object homed in torch's mesh module is what :func:`drop_group_holders`
meets). The two-rank run (test_ended_derived_wtG_s55) covers the real torch; these pin
the parts a plant there left to one assertion or to none:

* only a name of a doomed group is marked: a mesh naming a doomed and a live group
  keeps the live name as it was (no normal path sees a changed name);
* a mesh torch derives by copying the names into a plain list (``_concatenate``
  extends a list with them) is ended by the marked names alone; a plain list without a
  mark is a live mesh;
* the owner: a mesh an FSDP object holds says :data:`ENDED_FSDP`, another
  :data:`ENDED_MESH`."""

from __future__ import annotations

import types

from training import teardown
from training.distributed import ENDED_FSDP, ENDED_MESH

NAME = "review-s55-doomed"  # no live group of another test has it
LIVE = "review-s55-live"


def _mesh(names):
    kind = type("DeviceMesh", (), {"__module__": teardown.MESH_HOME})
    mesh = kind()
    mesh.__dict__["_dim_group_names"] = names
    return mesh


def _said(names) -> str:
    try:
        names[0]
    except RuntimeError as error:
        return str(error)
    return "read"


def test_only_a_doomed_name_is_marked_and_a_live_mesh_is_left():
    mixed = _mesh([NAME, LIVE])
    live = _mesh([LIVE])
    assert teardown.drop_group_holders([types.SimpleNamespace(group_name=NAME)]) == 1
    assert list(mixed._dim_group_names) == [NAME + teardown.ENDED_NAME, LIVE]
    assert live._dim_group_names == [LIVE] and type(live._dim_group_names) is list
    assert teardown.mesh_said(live) is None and not teardown.mesh_ended(live)


def test_a_derived_plain_list_of_marked_names_is_ended():
    ended = _mesh([NAME])
    assert teardown.drop_group_holders([types.SimpleNamespace(group_name=NAME)]) == 1
    derived_names = []
    derived_names.extend(ended._dim_group_names)  # what torch's _concatenate does
    derived = _mesh(derived_names)
    assert type(derived._dim_group_names) is list
    assert derived_names == [NAME + teardown.ENDED_NAME]
    assert teardown.mesh_said(derived) == ENDED_MESH and teardown.mesh_ended(derived)
    assert teardown.mesh_said(_mesh([NAME])) is None  # the same name unmarked: live


def test_the_owner_decides_the_line():
    doomed = types.SimpleNamespace(group_name=NAME)
    fsdp_kind = type("FSDPMeshInfo", (), {"__module__": teardown.FSDP_HOME + "._fully_shard"})
    held, alone = _mesh([NAME]), _mesh([NAME])
    holder = fsdp_kind()
    holder.mesh = held
    assert teardown.drop_group_holders([doomed]) == 2
    assert teardown.mesh_said(held) == ENDED_FSDP and _said(held._dim_group_names) == ENDED_FSDP
    assert teardown.mesh_said(alone) == ENDED_MESH and _said(alone._dim_group_names) == ENDED_MESH
    assert holder.mesh is held
