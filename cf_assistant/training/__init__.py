"""Training: the diffusion loop (`loop`), the auto-regressive baseline's loop, noising (the CPD
masks) and the three-term loss. Nothing at inference imports this package."""
