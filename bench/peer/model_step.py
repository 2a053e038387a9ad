#!/usr/bin/python3
"""PyTorch side of the DenseNet-121 CPU train-step comparison (bench/peer/compare-training-cpu.sh).

Same work as bench/RadAudit.Benchmarks/TrainingStepBenchmark.cs: torchvision DenseNet-121 with a 1-logit head,
Adam (lr 1e-4), weighted BCE-with-logits, random 1-channel input replicated to 3 channels, batch 8, 224 px.
Prints one line: "pytorch <version> threads <n> images_per_second <value>" (median over the measured steps).
"""
import argparse
import statistics
import time

import torch
import torchvision


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=5)
    args = parser.parse_args()
    # Debian's torch defaults to one thread here and then takes a much slower path: set it explicitly.
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = torchvision.models.densenet121()
    model.classifier = torch.nn.Linear(model.classifier.in_features, 1)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    pixels = torch.rand(args.batch, 1, args.size, args.size)
    labels = (torch.arange(args.batch) % 2).float()
    weights = torch.full((args.batch,), 0.5)
    times = []
    for step in range(args.warmup + args.steps):
        start = time.perf_counter()
        optimizer.zero_grad()
        logits = model(pixels.expand(-1, 3, -1, -1)).squeeze(1)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels, weight=weights)
        loss.backward()
        optimizer.step()
        if step >= args.warmup:
            times.append(time.perf_counter() - start)
    print(f"pytorch {torch.__version__} threads {torch.get_num_threads()} images_per_second {args.batch / statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
