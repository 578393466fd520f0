#!/bin/bash
# One lent-GPU session: four time-boxed training runs side by side on one GPU, then the weights
# (float16, split under 15 MiB) and the small files (configs, tokenizers, cards, logs) to $OUT.
# Build the kit first (benchmarks/device/make_kit.py), then, from the repository root there:
#     bash .devkit/go.sh 7.5 2>&1 | tee $OUT/go.log        (the device tool, carry: .devkit)
# MINUTES is each run's --max-minutes. SKIP_WHEELS=1 PY=python .devkit/go.sh 0.4 rehearses it
# on a CPU with the packages already installed. Runs land in /tmp/runs; $OUT defaults to /tmp/out.
M=${1:-7}
K=$PWD/.devkit
export PYTHONUNBUFFERED=1 TQDM_MININTERVAL=30 XDG_CACHE_HOME=/tmp/cfa-cache
PY=${PY:-python3}
[ -n "$SKIP_WHEELS" ] || $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site $K/whl/*.whl || exit 3
$PY $K/restore_minilm.py $K/minilm /tmp/minilm /tmp/site || exit 4
export PYTHONPATH=/tmp/site:$PWD
$PY -c "import torch, bashlex, tree_sitter_python, cf_assistant.cli.app; from cf_assistant.languages import get_language as g; print(torch.__version__, torch.cuda.is_available(), g('bash').validate('ls -l').valid, g('python').validate('x = 1').valid)" || exit 5
R=/tmp/runs; mkdir -p $R; TO=$(awk "BEGIN{print int($M*60+90)}")
t() { n=$1; shift; timeout $TO $PY -m cf_assistant.cli.app train "$@" --data $K/data --out $R/$n --eval-every 0 --eval-steps 1 --save-every 1500 --seed 0 --max-minutes $M --anneal-by-time > $R/$n.log 2>&1 & }
# RUNS picks the runs (default all four); BATCH and LR set the warm starts' batch and peak rate
BATCH=${BATCH:-128}; LR=${LR:-5e-4}
for r in ${RUNS:-bash-base python-base bash-warm python-warm}; do case $r in
  bash-base) t bash-base --lang bash --preset base --phase both --neighbours 64 ;;
  python-base) t python-base --lang python --preset base --phase both --neighbours 64 ;;
  bash-warm) t bash-warm --lang bash --preset small --phase finetune --init $K/init/bash --neighbours 64 --batch $BATCH --lr $LR --steps 100000 ;;
  python-warm) t python-warm --lang python --preset small --phase finetune --init $K/init/python --neighbours 64 --batch $BATCH --lr $LR --steps 100000 ;;
  *) echo "unknown run $r"; exit 6 ;;
esac; done
sleep 45; nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv 2>/dev/null
wait
for f in $R/*.log; do echo "== $f"; tr '\r' '\n' < $f | grep -v "^\s*$" | tail -4; done
$PY $K/export.py $R ${OUT:-/tmp/out}
ls -la ${OUT:-/tmp/out}
