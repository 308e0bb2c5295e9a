"""A tiny model, optimizer and scheduler for the checkpoint tests, and its weights as one
vector (shared by test_checkpoint_replace, test_checkpoint_kept_copy, test_checkpoint_full_disk)."""

import torch


def tiny_parts(seed: int = 0):
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Linear(8, 2))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1.0)
    return model, optimizer, scheduler


def flat_weights(model) -> torch.Tensor:
    return torch.cat([p.detach().flatten() for p in model.parameters()])
