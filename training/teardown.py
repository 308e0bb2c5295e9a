"""The end of the process groups (:func:`training.distributed.end_distributed`): what
holds a destroyed group is found and dropped, and what a user meets afterwards says so
in one line (a DDP or FSDP module, a ``DTensor`` of one, threads somebody else keeps).
Split from training/distributed.py (session 54); ``training.distributed`` re-exports
every name here."""

from __future__ import annotations

import gc
import os
import types

import torch
from torch import nn


def say_if_ended(tensors) -> None:
    """Clause ended_fsdp_says_so: the ended mesh's line (:func:`mesh_said`:
    :data:`ENDED_FSDP` for an FSDP module's mesh, :data:`ENDED_MESH` for another) when
    one of ``tensors`` is a ``DTensor`` (its mesh's group is what a collective on it
    uses) whose mesh was ended, or :data:`ENDED_FSDP` when no group is initialized any
    more."""
    from torch.distributed.tensor import DTensor

    for tensor in tensors:
        if isinstance(tensor, DTensor):
            said = mesh_said(tensor.device_mesh)
            if said or not torch.distributed.is_initialized():
                raise RuntimeError(said or ENDED_FSDP)


def mesh_ended(mesh) -> bool:
    """True for a ``DeviceMesh`` whose groups :func:`drop_group_holders` ended
    (clause ended_mesh_says_so), or one torch derived from such a mesh."""
    return mesh_said(mesh) is not None


def mesh_said(mesh) -> str | None:
    """The line an ended ``mesh`` says (:class:`_EndedNames`), else None. Clause
    derived_mesh_says_so (session 55): torch's private ``_concatenate`` /
    ``_unflatten`` copy an ended mesh's names into a plain list, so a mesh derived from
    it is read by the names themselves (:data:`ENDED_NAME` marks each one ended)."""
    names = getattr(mesh, MESH_NAMES, None)
    if isinstance(names, _EndedNames):
        return names.said()
    if isinstance(names, list) and any(str(n).endswith(ENDED_NAME) for n in names):
        return ENDED_MESH
    return None


def live_ddp_modules() -> list[nn.Module]:
    """Every ``DistributedDataParallel`` module the garbage collector tracks (alive,
    or in a cycle not collected yet), wherever it is held: a caller's variable, a
    traceback's frame (clause teardown_drops_every_reducer)."""
    ddp = nn.parallel.DistributedDataParallel
    # type(), not isinstance(): an object's own ``__class__`` property runs no code here
    return [o for o in gc.get_objects() if issubclass(type(o), ddp)]


def registered_groups() -> list:
    """The process groups torch.distributed has registered (the default group and every
    sub-group: what ``destroy_process_group()`` ends); empty where this torch keeps no
    ``_world.pg_map`` (there :func:`drop_group_holders` then drops nothing)."""
    from torch.distributed import distributed_c10d

    return list(getattr(getattr(distributed_c10d, "_world", None), "pg_map", None) or ())


def drop_group_holders(doomed) -> int:
    """Clause teardown_joins_gloo_threads (session 52): after ``destroy_process_group``
    the references to the destroyed groups ``doomed`` (:func:`registered_groups` taken
    before the destroy; no other group, not one made later) that torch's own Python
    objects keep are dropped, so that the group's C++ object (and its ``pt_gloo_runloop``
    threads, joined by ``~ProcessGroupGloo``) goes when :func:`end_distributed` releases its own
    reference, while the interpreter is alive. Returns how many holders were changed.

    ``destroy_process_group`` only unregisters the group: its worker threads live as
    long as the object. Under FSDP2 the holders were (torch 2.13) the ``DeviceMesh``'s
    ``_pg_registry``, every FSDP state's mesh info (``shard_process_group``) and, for
    the interpreter's whole life, the default arguments ``group=group.WORLD`` of the
    ten functions of ``torch.distributed.nn.functional`` (FSDP imports that module
    after the group exists, so the defaults are the group object, not ``None``). The
    threads then lived until interpreter finalization, and a thread that was still
    freeing its last work's tensors (``workInProgress_[i].reset()`` after the result
    was handed to Python: ``TensorImpl::decref_pyobject`` takes the GIL) was ended by
    Python 3.11's ``take_gil`` with ``pthread_exit`` inside a ``noexcept`` destructor:
    ``std::terminate``, "terminate called without an active exception", SIGABRT after
    the rank's work (session 51's CI; pytorch PR #179291 describes the same end).

    A function default becomes ``None`` again (what it is when the module is imported
    before the group: the default group at call time, so a later group is used, not
    the destroyed one); an attribute of a ``torch.distributed`` object that is a group
    becomes ``None`` (:data:`ENDED_GROUP` in FSDP's own objects, clause
    ended_fsdp_says_so) and a dict of groups there loses them: those objects (a mesh, an
    FSDP module's state) cannot run a collective any more, as their group is gone.

    Clause ended_mesh_says_so (session 54): a ``DeviceMesh`` names its groups
    (``_dim_group_names``) and a ``DTensor``'s collectives (``full_tensor``,
    ``redistribute``) look the name up in torch's registry at call time. After the end
    that lookup failed with "Could not resolve the process group registered under the
    name 0", and after a NEW ``init_process_group`` in the same process (whose default
    group is named "0" again: the destroy resets the count) it found the NEW group and
    an old module's ``DTensor`` gathered over it without a word. A mesh naming a doomed
    group now gets :class:`_EndedNames` (the same names, read by index only through
    :data:`ENDED_FSDP`): both cases say so. Its :data:`MESH_KEY` becomes unique too: a
    mesh compares equal to another over the same ranks, and DTensor's caches (sharding
    propagation) handed the ended mesh to a NEW module's ``DTensor`` (its ``full_tensor``
    then said :data:`ENDED_FSDP`, seen in the probe of this clause)."""
    ids = {id(pg) for pg in doomed}  # ``doomed`` holds them: no id is reused meanwhile
    doomed_names = {group_name(pg) for pg in doomed} - {None}

    def is_doomed(value) -> bool:
        return id(value) in ids

    dropped = 0
    ended, fsdp_meshes = {}, set()  # an ended mesh's names by the mesh's id; FSDP's meshes
    for obj in gc.get_objects() if ids else ():
        kind = type(obj)
        home = obj.__module__ if kind is types.FunctionType else kind.__module__
        if not (isinstance(home, str) and home.startswith("torch.distributed")):
            continue
        if kind is types.FunctionType:
            defaults = obj.__defaults__ or ()
            if any(is_doomed(v) for v in defaults):
                obj.__defaults__ = tuple(None if is_doomed(v) else v for v in defaults)
                dropped += 1
            continue
        try:  # not getattr: no class's own __getattribute__ runs (a deprecation warning)
            attrs = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            continue
        if type(attrs) is not dict:
            continue
        for name, value in list(attrs.items()):
            if home.startswith(FSDP_HOME) and type(value).__module__ == MESH_HOME:
                fsdp_meshes.add(id(value))  # clause ended_mesh_names_its_owner
            if name == MESH_NAMES and type(value) is list and doomed_names & set(value):
                attrs[name] = ended[id(obj)] = _EndedNames(value, doomed_names)
                if MESH_KEY in attrs:  # equal to no live mesh: DTensor's caches miss it
                    attrs[MESH_KEY], attrs["_hash"] = ("ended", id(obj)), None
                dropped += 1
            elif is_doomed(value):  # FSDP's objects say so when used (ended_fsdp_says_so)
                attrs[name] = ENDED_GROUP if home.startswith(FSDP_HOME) else None
                dropped += 1
            elif type(value) is dict and any(is_doomed(v) for v in value.values()):
                for key in [k for k, v in value.items() if is_doomed(v)]:
                    del value[key]
                dropped += 1
    for mesh_id, names in ended.items():  # clause ended_mesh_names_its_owner
        names.fsdp = mesh_id in fsdp_meshes
    return dropped


ENDED_DDP = (
    "this DistributedDataParallel module's process group was destroyed by "
    "training.distributed.end_distributed: wrap the model again after a new "
    "init_process_group"
)


def drop_reducer(module: nn.Module | None) -> None:
    """The holders of the process group in a DDP ``module`` removed from it: its C++
    ``reducer`` and the ``logger`` built on it (their deallocs keep the GIL), and its
    ``process_group`` (so the group's threads are joined at the destroy, not when the
    module goes); other modules are left as they are.

    Clause ended_ddp_says_so (session 51 review): a caller that keeps the module (a
    notebook) and calls it again gets :data:`ENDED_DDP`, not DDP's own
    ``AttributeError: ... has no attribute 'logger'``."""
    if not isinstance(module, nn.parallel.DistributedDataParallel):
        return
    held = [name for name in ("logger", "reducer", "process_group") if name in module.__dict__]
    for name in held:
        del module.__dict__[name]  # released here, while the caller holds the group
    if held:  # once per module (the scan finds the module passed in again)
        module.register_forward_pre_hook(_ended_ddp)


def _ended_ddp(module: nn.Module, args) -> None:
    raise RuntimeError(ENDED_DDP)


ENDED_FSDP = (
    "this FSDP module's process group was destroyed by "
    "training.distributed.end_distributed: wrap the model again (and make its optimizer "
    "again) after a new init_process_group"
)


FSDP_HOME = "torch.distributed.fsdp"  # FSDP2's states, mesh infos, wrapped module classes


class EndedGroupError(RuntimeError, AttributeError):
    """Clause ended_group_keeps_probes (session 54): what a use of :data:`ENDED_GROUP`
    raises, with the one line :data:`ENDED_FSDP`. A ``RuntimeError`` (what a real use
    of a destroyed group is, as DDP's :data:`ENDED_DDP`) and an ``AttributeError``, so
    that a probe keeps its meaning: ``getattr(group, "bound_device_id", None)`` (torch's
    ``barrier``), ``hasattr(group, ...)`` give the default / ``False``. Before (session
    53) every such probe raised ``RuntimeError`` instead of returning its default."""


class _EndedGroup:
    """Clause ended_fsdp_says_so (session 53): what :func:`drop_group_holders` leaves
    where an object of FSDP's own (:data:`FSDP_HOME`: an FSDP2 module's mesh info and
    parameter groups) held a destroyed group. Before it left ``None``, and a forward or backward of
    the FSDP module after :func:`end_distributed` (a notebook reusing it) failed deep in
    FSDP with ``AttributeError: 'NoneType' object has no attribute 'size'``; now any use
    of the group (a method, an attribute) raises :class:`EndedGroupError`
    (:data:`ENDED_FSDP`), like DDP's :data:`ENDED_DDP`; ``getattr`` with a default and
    ``hasattr`` keep their meaning (clause ended_group_keeps_probes). Dunder look-ups
    (``copy``, ``pickle``, protocol probes) are a plain ``AttributeError``. Other
    ``torch.distributed`` objects get ``None`` as before: torch's own bookkeeping (the
    ``_World`` of ``distributed_c10d``) reads a group that is not ``None`` as one to look
    up, and ``destroy_process_group`` then raised "Invalid process group specified" (seen
    when the holders were dropped before a destroy)."""

    __slots__ = ()

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise EndedGroupError(ENDED_FSDP)

    def __repr__(self) -> str:
        return "<process group destroyed by training.distributed.end_distributed>"


ENDED_GROUP = _EndedGroup()

MESH_NAMES = "_dim_group_names"  # a DeviceMesh's group names, one a mesh dimension
MESH_HOME = "torch.distributed.device_mesh"  # where DeviceMesh is defined
ENDED_NAME = " (ended by training.distributed.end_distributed)"  # derived_mesh_says_so
ENDED_MESH = (
    "this DTensor's device mesh's process group was destroyed by "
    "training.distributed.end_distributed: make the mesh and its tensors again after a "
    "new init_process_group"
)
MESH_KEY = "_thread_id"  # a part of DeviceMesh's __eq__ and hash (torch 2.13), else unused


class _EndedNames(list):
    """Clause ended_mesh_says_so: an ended ``DeviceMesh``'s group names. Read by index
    (``mesh._dim_group_names[dim]``: how a ``DTensor`` collective and ``get_group`` find
    the group) it raises ``RuntimeError`` (:meth:`said`), whatever group torch has
    registered under the name now (not an ``AttributeError``: raised inside a property of
    a class with ``__getattr__`` it would turn into "has no attribute"); ``len``,
    iteration and copying stay a list's (torch's unpickling of a mesh iterates the names
    and tolerates a miss).

    Clause derived_mesh_says_so (session 55): each ended name gets :data:`ENDED_NAME`
    appended. torch's private ``_concatenate`` (``extend``) and ``_unflatten``
    (``.copy()``) copy the names into a plain list: with the old names a mesh derived
    after a NEW ``init_process_group`` resolved "0" to the NEW group and gathered over it
    without a word (a real two-rank gloo run, torch 2.13); now no group is registered
    under a marked name (torch: "Could not resolve the process group registered under the
    name 0 (ended by ...)") and :func:`say_if_ended` says :data:`ENDED_MESH`.

    Clause ended_mesh_names_its_owner (session 55): ``fsdp`` is set where an FSDP object
    held the mesh (:func:`drop_group_holders`): :data:`ENDED_FSDP` then, else
    :data:`ENDED_MESH` (a mesh a user made for tensor parallelism was told "this FSDP
    module")."""

    __slots__ = ("fsdp",)

    def __init__(self, names=(), doomed=()):
        super().__init__(f"{n}{ENDED_NAME}" if n in doomed else n for n in names)
        self.fsdp = False

    def said(self) -> str:
        return ENDED_FSDP if getattr(self, "fsdp", False) else ENDED_MESH

    def __getitem__(self, index):
        raise RuntimeError(self.said())


def group_name(group) -> str | None:
    """``group.group_name``, or None where this torch's group has none."""
    try:
        return group.group_name
    except (AttributeError, RuntimeError):
        return None


def gloo_threads() -> set[int]:
    """This process's ``pt_gloo_runloop`` threads (a gloo group's workers, named by torch)
    by thread id, read from ``/proc/self/task``; empty where there is no ``/proc``."""
    tasks = "/proc/self/task"
    tids = set()
    for tid in os.listdir(tasks) if os.path.isdir(tasks) else ():
        try:
            with open(f"{tasks}/{tid}/comm", encoding="utf-8") as f:
                if f.read().strip() == "pt_gloo_runloop":
                    tids.add(int(tid))
        except OSError:
            pass  # a thread that ended while listed
    return tids


THREADS_LEFT = (
    "{n} gloo worker threads (pt_gloo_runloop) outlived "
    "training.distributed.end_distributed: something outside torch still holds the "
    "destroyed process group (a function default such as group=dist.group.WORLD, an "
    "object's attribute, a sub-group kept in a variable); use group=None as the default "
    "and drop those references before the end, or the interpreter's exit may abort "
    "(SIGABRT, 'terminate called without an active exception')"
)


def warn_threads_left(left: set[int]) -> None:
    """Clause teardown_says_threads_left (session 53): gloo threads that were alive
    before the destroy and are still alive after :func:`end_distributed` dropped every
    holder it knows (:func:`drop_group_holders`) belong to a group somebody else holds:
    a user's function default ``group=dist.group.WORLD`` (evaluated when the function was
    made, after the group), an object's attribute. They live into interpreter
    finalization, where a thread still freeing a tensor can abort the process (session
    52's mechanism). Not a crash: one warning line saying what to do."""
    if left:
        import warnings

        warnings.warn(THREADS_LEFT.format(n=len(left)), RuntimeWarning, stacklevel=3)
