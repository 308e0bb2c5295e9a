"""Reuse of a freed inode (clause mark_names_folder_birth): a killed build's and export's
staging folder saved with `cp -a`, removed, restored under its name; does the next
build (export) delete the restored copy? Usage: python bench/mark_reuse.py [PARENT]"""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.getcwd())
from pipeline import export_staging, output

base = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wtG31b"
hits = {"build": 0, "export": 0}
for kind in ("build", "export"):
    for i in range(5):
        lib = tempfile.mkdtemp(dir=base)
        if kind == "build":
            staging = os.path.join(lib, "ds.tmp-0123abcd")
            output.release(output.create_staging(staging))
            os.makedirs(os.path.join(staging, "rejected"))
            open(os.path.join(staging, "rejected", "rejected.jsonl"), "w").write('{"id": 1}\n')
        else:
            staging, fd = export_staging.create(os.path.join(lib, "parquet"))
            export_staging.release(fd)
            os.makedirs(os.path.join(staging, "train"))
            open(os.path.join(staging, "train", "w512-00000-of-00001.parquet"), "wb").write(
                b"PAR1 user"
            )
        save = os.path.join(base, f"save-{kind}-{i}")
        subprocess.run(["cp", "-a", staging, save], check=True)
        ino = os.stat(staging).st_ino
        subprocess.run(["rm", "-r", staging], check=True)
        subprocess.run(["cp", "-a", save, staging], check=True)  # the user's restore
        same = os.stat(staging).st_ino == ino
        said = (
            output.clean_leftovers(os.path.join(lib, "ds"))
            if kind == "build"
            else export_staging.clean_leftovers(os.path.join(lib, "parquet"))
        )
        gone = not os.path.exists(staging)
        hits[kind] += gone
        print(
            kind,
            i,
            "same inode" if same else "new inode",
            "DELETED" if gone else "kept",
            said[0][:110],
        )
        subprocess.run(["rm", "-rf", lib, save])
print(hits)
