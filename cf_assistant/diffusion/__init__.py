"""CodeFusion itself: the network (E, N, D, H, L), the MiniLM encoder, the code tokenizer, the
utterance and literal-slot preparation, the noise scheduler, the sampler and checkpoints.

Nothing here knows a language's grammar or the training loop. Not called `model`, so it never
shares a name with the repository's top-level `model/` folder of shipped checkpoints.
"""
