"""Copy each finished run's weights to $OUT as float16 (split under 15 MiB a file) and the
small files of all runs (config, tokenizer, card, logs) into one tar."""
import sys, tarfile
from pathlib import Path
from safetensors.torch import load_file, save_file

runs, out = Path(sys.argv[1]), Path(sys.argv[2])
LIMIT = 15 * 2**20
with tarfile.open(out / "meta.tar.gz", "w:gz") as tar:
    for log in sorted(runs.glob("*.log")):
        tar.add(log, arcname=log.name)
    for run in sorted(p for p in runs.iterdir() if p.is_dir()):
        w = run / "model.safetensors"
        if not w.is_file():
            print("no weights:", run.name); continue
        for n in ("config.json", "tokenizer.json", "model_card.md"):
            if (run / n).is_file():
                tar.add(run / n, arcname=f"{run.name}/{n}")
        st = {k: v.half().contiguous() for k, v in load_file(str(w)).items()}
        parts, cur, size = [], {}, 0
        for k, v in st.items():
            b = v.numel() * 2
            if cur and size + b > LIMIT:
                parts.append(cur); cur, size = {}, 0
            cur[k] = v; size += b
        parts.append(cur)
        for i, p in enumerate(parts):
            save_file(p, str(out / f"{run.name}.{i}.safetensors"))
        print(run.name, len(parts), "parts")
